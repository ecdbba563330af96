package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech: a participle after a paper someone put out speaks for its author, past the time it went out. */
class IndirectAuthorOfPaperTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static String speakerOf(String text) {
        List<Quote> found = INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertEquals(1, found.size(), found::toString);
        return found.get(0).speaker().orElseThrow().mention();
    }

    @Test
    void aWeekdayAfterOnBetweenThePaperAndTheParticipleIsPassed() {
        assertEquals("The orchard board", speakerOf("The orchard board posted a note on Friday asking the toll keepers to lower the fee."));
    }

    @Test
    void aBareWeekdayWithAPartOfTheDayIsPassed() {
        assertEquals("The ferry company", speakerOf(
                "The ferry company put out a memo Sunday morning promising that the fares would fall."));
    }

    @Test
    void lastWeekIsPassed() {
        assertEquals("The orchard growers", speakerOf(
                "The orchard growers filed a motion last week asking the court to halt the toll."));
    }

    @Test
    void aWeekdayAfterAPersonMetIsNoPaper() {
        assertEquals("the ferryman", speakerOf("The board met the ferryman on Sunday promising that the fares would fall."));
    }
}
