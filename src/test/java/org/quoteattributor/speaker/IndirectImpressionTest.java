package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech: the pieces of an impression ({@code The pier seems safe.}), where they start and end. */
class IndirectImpressionTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    private static List<String> seeming(String text) {
        return indirect(text).stream().filter(q -> "seeming".equals(q.rule())).map(Quote::text).toList();
    }

    @Test
    void theComplementOfAnImpressionEndsBeforeAClauseOfTimeOrCondition() {
        assertEquals(List.of("The ferry crew", "to be in good spirits"),
                seeming("The ferry crew seemed to be in good spirits when the storm broke over the bay."));
        assertEquals(List.of("Mirela", "ready to sign the lease"),
                seeming("Mirela appeared ready to sign the lease even if the rent rose in spring."));
        assertEquals(List.of("The new levy", "to be popular with growers"),
                seeming("The new levy seems to be popular with growers despite the cost of the permits."));
    }

    @Test
    void theComplementOfAnImpressionEndsAtItsComma() {
        assertEquals(List.of("The harbour", "quiet again"), seeming("The harbour seems quiet again, at least for this week."));
        assertEquals(List.of("The guild", "to be gaining members"),
                seeming("The guild appears to be gaining members, and its dues are falling."));
    }

    @Test
    void examplesAfterACommaStayInTheComplement() {
        assertEquals(List.of("Most donors", "to live abroad, including two of the founders"),
                seeming("Most donors appear to live abroad, including two of the founders."));
    }

    @Test
    void theObjectOfAPrepositionIsNoSubjectOfAnImpression() {
        assertEquals(List.of("to deepen every winter"), seeming("The old rift between the two towns seems to deepen every winter."));
        assertEquals(List.of("keen to sell the orchard"), seeming("Mirela has in recent weeks seemed keen to sell the orchard."));
        assertEquals(List.of("to waver in dry years"), seeming("Their loyalty to the old guild seems to waver in dry years."));
    }

    @Test
    void aRelativeWordAfterAPrepositionStillOpensTheImpression() {
        assertEquals(List.of("what", "to be a leak in the hull"), seeming("The crew searched for what appeared to be a leak in the hull."));
    }

    @Test
    void anImpressionInARelativeClauseOnThatReportsNothing() {
        assertEquals(List.of(), seeming("Growers are stuck with a toll that seems unfair to them."));
        assertEquals(List.of(), seeming("The guild backed plans that appeared likely to raise the tolls in spring."));
    }

    @Test
    void aDemonstrativeThatStillGivesTheComplement() {
        assertEquals(List.of("odd to the growers"), seeming("That seems odd to the growers."));
    }

    @Test
    void failingToSeemIsNoImpression() {
        assertEquals(List.of(), seeming("The old skipper just can't seem to find a crew this year."));
        assertEquals(List.of(), seeming("The two guilds cannot seem to agree on the tolls."));
        assertEquals(List.of("The two guilds", "to agree on the tolls"), seeming("The two guilds seem to agree on the tolls."));
    }

    @Test
    void aPassiveOfViewingWithItsAgentGivesSubjectAndViewForTheAgent() {
        List<Quote> found = indirect("The new toll is seen by many skippers as a burden on the poor.");
        assertEquals(List.of("The new toll", "as a burden on the poor"), found.stream().map(Quote::text).toList());
        assertEquals("many skippers", found.get(0).speaker().orElseThrow().mention());
        assertEquals("many skippers", found.get(1).speaker().orElseThrow().mention());
        assertEquals("is seen", found.get(1).cue().orElseThrow().text());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void aShareOfPeopleAloneIsTheAgentOfAView() {
        List<Quote> found = indirect("The harbour fee was regarded by most as a tax on the ferrymen.");
        assertEquals(List.of("The harbour fee", "as a tax on the ferrymen"), found.stream().map(Quote::text).toList());
        assertEquals("most", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void anAdverbBeforeThePassiveOfViewingStaysOutOfTheSubject() {
        List<Quote> found = indirect("The old pier will surely be judged by the guild as a costly folly.");
        assertEquals(List.of("The old pier", "as a costly folly"), found.stream().map(Quote::text).toList());
        assertEquals("the guild", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void aPassiveOfBlameBeforeAsGivesSubjectAndJudgement() {
        List<Quote> found = indirect("The ferry timetable was roundly mocked as confusing.");
        assertEquals(List.of("The ferry timetable", "confusing"), found.stream().map(Quote::text).toList());
        assertEquals("was roundly mocked as", found.get(1).cue().orElseThrow().text());
        assertEquals("passive-report", found.get(1).rule());
        assertTrue(found.get(1).speaker().isEmpty());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void thePerfectAuxiliaryOfAJudgementBelongsToTheCue() {
        List<Quote> found = indirect("The orchard guild has also been hailed as a model for small growers.");
        assertEquals(List.of("The orchard guild", "a model for small growers"), found.stream().map(Quote::text).toList());
        assertEquals("has also been hailed as", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void asBeforeASubjectPronounOpensNoJudgement() {
        assertEquals(List.of(), indirect("The toll was praised as soon as we lowered the fee."));
        assertEquals(List.of(), indirect("The pier was mocked as we walked past it."));
    }
}
