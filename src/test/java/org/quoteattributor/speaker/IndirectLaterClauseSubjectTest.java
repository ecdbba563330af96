package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech: a participle after a comma speaks for the subject of the clause it hangs on. */
class IndirectLaterClauseSubjectTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static String speakerOf(String text, String cue) {
        List<Quote> found = INDIRECT.attribute(text).stream()
                .filter(q -> q.kind() == Quote.Kind.INDIRECT && q.cue().map(c -> c.text().equals(cue)).orElse(false))
                .toList();
        assertEquals(1, found.size(), found::toString);
        return found.get(0).speaker().orElseThrow().mention();
    }

    @Test
    void aParticipleAfterAClauseOfTimeSpeaksForThatClausesSubject() {
        assertEquals("the warden", speakerOf(
                "The crowd grew restless after the warden climbed the steps, warning that the pier was unsafe.", "warning"));
    }

    @Test
    void aParticipleOfNamingAfterAClauseOfCauseSpeaksForThatClausesSubject() {
        assertEquals("the ferryman", speakerOf(
                "The meeting ended early because the ferryman walked out in anger, calling the new toll a theft.", "calling"));
    }

    @Test
    void aParticipleAfterARelativeClauseOpenedByAPrepositionSpeaksForItsSubject() {
        assertEquals("the toll keeper", speakerOf("The guild held a long hearing on the pier, during which the toll keeper "
                + "opened his ledger, insisting that the fees were fair.", "insisting"));
    }

    @Test
    void aClauseOfTimeOpeningTheSentenceLeavesTheMainSubjectTheSpeaker() {
        assertEquals("the ferrymen", speakerOf(
                "When the toll rose, the ferrymen left the pier, warning that trade would suffer.", "warning"));
    }

    @Test
    void aPrepositionWithNoClauseOfItsOwnLeavesTheMainSubjectTheSpeaker() {
        assertEquals("The warden", speakerOf(
                "The warden stayed on the pier until dusk, warning that the planks were rotten.", "warning"));
    }

    @Test
    void aReportAfterToAndAVerbOfGoingOnSpeaksForThatVerbsSubjectAfterASubordinator() {
        assertEquals("the ferrymen", speakerOf(
                "The board grew restless when the ferrymen began to claim that the pier was crumbling.", "claim"));
        assertEquals("the orchard growers", speakerOf(
                "The toll went up in spring, while the orchard growers continued to insist that their young trees were unharmed.", "insist"));
    }

    @Test
    void aReportAfterToAndAVerbOfTryingSpeaksForTheSubjectPronounBeforeIt() {
        assertEquals("he", speakerOf(
                "The harbour was quiet, and for most of the evening he attempted to explain how the ferry ran late.", "explain"));
    }

    @Test
    void twoHeadsJoinedByAndBeforeAVerbOfGoingOnAreOneSubject() {
        assertEquals("The wardens", speakerOf(
                "The wardens and the ferrymen continued to argue that the toll was unfair.", "argue"));
    }

    @Test
    void aParticipleAfterAClauseOpenedByItSpeaksForIt() {
        assertEquals("it", speakerOf(
                "The mayor urged the ferry company to cut its fares, but it refused, pointing to the cost of fuel.", "pointing to"));
        assertEquals("it", speakerOf("After the growers pressed the mill to buy their apples, it balked, blaming the frost.", "blaming"));
    }

    @Test
    void anItBeforeAFormOfBeIsNoHostOfTheParticiple() {
        assertNotEquals("it", speakerOf("The guild said the toll would rise, but it is unclear, arguing that the pier is old.", "arguing"));
    }
}
