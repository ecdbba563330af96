package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * The first piece of a report that stands before its cue across commas: before an attribution set
 * off by commas in the middle of its sentence, and the subject of an impression before an aside.
 */
class IndirectOpeningPieceTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    /** The two pieces of one report, in order, with the same speaker and group. */
    private static void assertTwoPieces(String text, String first, String second) {
        List<Quote> found = indirect(text);
        assertEquals(2, found.size(), () -> text + "\n" + found);
        assertEquals(first, found.get(0).text(), text);
        assertEquals(text.indexOf(first), found.get(0).start(), text);
        assertEquals(second, found.get(1).text(), text);
        assertEquals(found.get(1).speaker().orElseThrow().mention(), found.get(0).speaker().orElseThrow().mention(), text);
        assertEquals(found.get(1).group(), found.get(0).group(), text);
    }

    @Test
    void aSpeakerPhraseOpenedByAsBetweenCommasSplitsTheReport() {
        assertTwoPieces("The ferry, as a warden of the port remarked, seldom sails at night.", "The ferry",
                "seldom sails at night");
    }

    @Test
    void aSpeakerWhoseMentionIsTheEndOfALongerPhraseSplitsTheReport() {
        assertTwoPieces("The scheme, a clerk of the harbour board said, would shut the pier in May.", "The scheme",
                "would shut the pier in May");
        assertTwoPieces("Most winters, several clerks of the mayor said, the toll made skippers angry.",
                "Most winters", "the toll made skippers angry");
    }

    @Test
    void aConjunctionOpeningALongerFirstPieceIsTheNarratorsLink() {
        assertTwoPieces("But the toll, as a clerk of the guild remarked, rose again.", "the toll", "rose again");
    }

    @Test
    void aClauseThatAConjunctionAndTheAttributionFollowIsNoPiece() {
        List<Quote> found = indirect("The pier was closed, and as a clerk of the guild remarked, the toll rose again.");
        assertEquals(List.of("the toll rose again"), found.stream().map(Quote::text).toList());
    }

    @Test
    void anOpeningPhraseBeforeASubordinateClauseIsNoPiece() {
        List<Quote> found = indirect("That evening, after the clerk concluded, Brevik told the skippers he would stay.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("That evening")), found::toString);
    }

    @Test
    void aParticipleAfterTheAttributionLeavesTheOpeningAlone() {
        List<Quote> found = indirect("Pondering the fee, the old clerk of the guild agreed, thanking the wardens.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("Pondering the fee")), found::toString);
    }

    @Test
    void anOpeningWithACommaOfItsOwnIsNoSinglePiece() {
        List<Quote> found = indirect("In June, the clerk, someone fond of the wardens said, left the pier.");
        assertTrue(found.stream().noneMatch(q -> q.start() == 0), found::toString);
    }

    @Test
    void anOpeningPhraseBeforeAccordingToIsTheReportsFirstPiece() {
        assertTwoPieces("After the flood, according to the guild, the wardens stopped their patrols.", "After the flood",
                "the wardens stopped their patrols");
        assertTwoPieces("Behind the quarrel, according to the harbour clerk, lies the toll.", "Behind the quarrel",
                "lies the toll");
    }

    @Test
    void aLinkOfTheNarratorsBeforeAccordingToIsNoPiece() {
        List<Quote> found = indirect("Moreover, according to the guild, the wardens stopped their patrols.");
        assertEquals(List.of("the wardens stopped their patrols"), found.stream().map(Quote::text).toList());
    }

    /** The two pieces of an impression reported by no one named, in order, in one group. */
    private static void assertImpression(String text, String subject, String complement) {
        List<Quote> found = indirect(text);
        assertEquals(2, found.size(), () -> text + "\n" + found);
        assertEquals(subject, found.get(0).text(), text);
        assertEquals(complement, found.get(1).text(), text);
        assertTrue(found.get(0).speaker().isEmpty(), text);
        assertEquals(found.get(1).group(), found.get(0).group(), text);
    }

    @Test
    void theSubjectOfAnImpressionBeforeAnAsideIsAPieceWithTheAside() {
        assertImpression("The guild, for its part, seemed bound for a long fight.", "The guild, for its part", "bound for a long fight");
        assertImpression("The harbour board, which kept its fees flat all winter, is expected to decide in June.",
                "The harbour board, which kept its fees flat all winter", "to decide in June");
    }

    @Test
    void anAsideOpenedByAParticipleIsLeftOutOfTheSubject() {
        assertImpression("The old barge, repainted by the guild, appears fit to sail.", "The old barge", "fit to sail");
    }

    @Test
    void theEndOfAListOrAnAsideOfARelativeOwnerIsNoSubject() {
        List<Quote> found = indirect("The skiffs, the barges, and the ferries seemed ready to sail.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("the barges")), found::toString);
        found = indirect("The clerk, whose brother, a pilot, is ill, seems eager to leave.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("brother")), found::toString);
    }

    @Test
    void aSourceWithAPhraseAfterItsMentionStillSetsOffAccordingTo() {
        assertTwoPieces("The course they chose, according to a clerk near the harbour board, was to close the pier.",
                "The course they chose", "was to close the pier");
    }

    @Test
    void aRelativeAfterTheSourcesPhraseGoesOnWithNoReport() {
        List<Quote> found = indirect("The mayor is ahead in Salem, according to a survey of the county, where the harbour vote falls in May.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("where")), found::toString);
    }

    @Test
    void theNounAClauseWithoutARelativeWordDescribesIsThePieceBeforeTheSpeaker() {
        assertTwoPieces("The cut was a thing the wardens think is likely before winter.", "a thing",
                "is likely before winter");
        assertTwoPieces("The ferry needs skippers, pilots and the clerks the guild said were missing.", "the clerks", "were missing");
    }

    @Test
    void aClauseWithItsOwnSubjectOrARelativeThatLeavesTheNounAlone() {
        List<Quote> found = indirect("The cut was a thing the wardens think the mayor wants.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("a thing")), found::toString);
        found = indirect("The guild called a walkout that mill owners warned would ruin the harvest.");
        assertTrue(found.stream().noneMatch(q -> q.rule().equals("relative-object")), found::toString);
    }
}
