package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative word before the subject of a verb of thought whose clause opens with an auxiliary
 * ({@code which he believes will fail}) is the subject of that clause: the relative word and the
 * clause are two pieces of one report.
 */
class IndirectGappedPredicateTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void predicateAfterBeliefIsTheSecondPiece() {
        assertEquals(List.of("the wardens / Vasko", "which / he", "will make the crossing impossible in winter / he"),
                reports("Vasko blamed the wardens, which he believes will make the crossing impossible in winter."));
    }

    @Test
    void bothPiecesShareAGroup() {
        List<org.quoteattributor.Quote> quotes = org.quoteattributor.QuoteAttributor.builder().includeIndirect(true).build()
                .attribute("The guild raised the toll, which the skippers fear will drive the ferries away.");
        assertEquals(2, quotes.size());
        assertEquals(quotes.get(0).group(), quotes.get(1).group());
    }

    @Test
    void freeRelativeWhatKeepsItsOwnVerb() {
        assertEquals(List.of("what / many skippers"),
                reports("But what many skippers heard was a plea for a new pier at Dunmere."));
    }

    @Test
    void clauseWithoutRelativeWordGivesItsPredicate() {
        assertEquals(List.of("would anger the crews at the pier / he"),
                reports("On the agenda was a fare he knew would anger the crews at the pier."));
    }

    @Test
    void relativeThatBeforeAVerbOfHopeGivesItsPredicate() {
        assertEquals(List.of("will end the feud over the pier / the guild"),
                reports("The guild sent a letter, a move that the guild hopes will end the feud over the pier."));
    }

    @Test
    void nounOfEvidenceBeforeItsVerbIsNoGap() {
        assertEquals(List.of(), reports("The award show is one of the best nights in Harrowgate."));
    }

    @Test
    void whatOpeningTheSentenceIsNoGap() {
        assertEquals(List.of(), reports("What the skippers believe is of no concern to the board in Harrowgate."));
    }
}
