package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation inside a quotation typed with the same marks: two pieces in reportage, one in a story. */
class SameMarkNestedTest {

    private static final String NEWS = "Mayor Tibbald toured the Dunmere dam on Tuesday. “It will hold,” she said.\n\n"
            + "Hoskins, her rival, wrote on Wednesday: “The mayor’s “review” of the sluices was a sham from start to finish.”\n";

    private static final String STORY = "Nessa toured the dam at dusk. “It will hold,” she said.\n\n"
            + "“I heard the keeper say “never” to the boatman before the storm,” her brother said at last.\n";

    @Test
    void inReportageTheInnerMarksCloseOnePieceAndOpenTheNext() {
        List<Quote> quotes = QuoteAttributor.attribute(NEWS);
        assertEquals(3, quotes.size());
        Quote head = quotes.get(1);
        Quote tail = quotes.get(2);
        assertEquals("The mayor’s ", head.text());
        assertEquals(" of the sluices was a sham from start to finish.", tail.text());
        assertEquals(NEWS.indexOf("“The mayor’s"), head.start());
        assertEquals(NEWS.indexOf("“review”"), head.end());
        assertEquals(NEWS.indexOf("” of the sluices") + 1, tail.start());
        assertEquals(head.group(), tail.group());
        assertEquals(Texts.name(head), Texts.name(tail));
        assertEquals("Hoskins", Texts.name(tail));
    }

    @Test
    void theInnerQuotationIsATermBetweenThePieces() {
        List<Quote> quotes = QuoteAttributor.builder().includeTerms(true).build().attribute(NEWS);
        assertEquals(4, quotes.size());
        Quote inner = quotes.get(2);
        assertEquals("review", inner.text());
        assertEquals(Quote.Kind.TERM, inner.kind());
        assertTrue(inner.speaker().isEmpty());
        assertEquals(quotes.get(1).end(), inner.start(), "the first piece ends where the inner quotation starts");
        assertEquals(inner.end(), quotes.get(3).start(), "the second starts where it ends");
    }

    @Test
    void inAStoryTheQuotationStaysWhole() {
        List<Quote> quotes = QuoteAttributor.attribute(STORY);
        assertEquals(2, quotes.size());
        assertEquals("I heard the keeper say “never” to the boatman before the storm,", quotes.get(1).text());
    }

    @Test
    void withNoWordsAfterTheInnerQuotationNothingSplits() {
        String text = "Mayor Tibbald toured the Dunmere dam on Tuesday. “It will hold,” she said.\n\n"
                + "Hoskins wrote on Wednesday: “The sluices are “sound”.”\n";
        List<Quote> quotes = QuoteAttributor.attribute(text);
        assertEquals(2, quotes.size());
        assertTrue(quotes.get(1).text().startsWith("The sluices are"));
    }

    @Test
    void everySuchQuotationOfATextSplitsInOrder() {
        StringBuilder text = new StringBuilder("Mayor Tibbald toured the Dunmere dam on Tuesday. “It will hold,” she said.\n\n");
        int n = 300;
        for (int i = 0; i < n; i++) {
            text.append("Hoskins wrote on Wednesday: “The mayor’s “review” of sluice ").append(i).append(" was a sham.”\n\n");
        }
        List<Quote> quotes = QuoteAttributor.attribute(text.toString());
        assertEquals(1 + 2 * n, quotes.size());
        for (int k = 1; k < quotes.size(); k++) {
            assertTrue(quotes.get(k - 1).end() <= quotes.get(k).start());
        }
        assertEquals(" of sluice 299 was a sham.", quotes.get(quotes.size() - 1).text());
    }
}
