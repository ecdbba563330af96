package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * A full name opening the sentence right before a quotation that opens the next sentence, or set
 * off after a short description opening it, is the he or she tagging that quotation, though nothing
 * else shows it to be someone's ({@code Vasko Corvane disagreed. “…,” he told the Courier.}).
 */
class SubjectBeforeTaggedQuoteTest {

    private static final String BEFORE = "Orrin Tallis said the board had no choice. \u201cThe hull failed,\u201d Tallis said.\n\n";

    private static String speakerName(String text, int index) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        return quotes.get(index).speaker().map(s -> s.name()).orElse("(none)");
    }

    @Test
    void theSubjectOfTheSentenceBeforeSpeaks() {
        assertEquals("Vasko Corvane", speakerName(BEFORE
                + "Vasko Corvane disagreed. \u201cThe hull has been failing for six years,\u201d he told the Courier.", 1));
    }

    @Test
    void alsoBeforeTheTagOfAQuestion() {
        assertEquals("Vasko Corvane", speakerName(BEFORE
                + "Vasko Corvane looked away. \u201cWho will pay for a new hull?\u201d he asked.", 1));
    }

    @Test
    void alsoSetOffAfterADescriptionOpeningTheSentence() {
        assertEquals("Teodor Vasko", speakerName(BEFORE
                + "Her deputy, Teodor Vasko, was blunter. \u201cThey think we will get tired,\u201d he said.", 1));
        assertEquals("Teodor Vasko", speakerName(BEFORE
                + "The mate, Teodor Vasko, did not appear. \u201cI stand by every entry,\u201d he said in a statement.", 1));
    }

    @Test
    void notANameThatNoVerbFollows() {
        assertEquals("Orrin Tallis", speakerName(BEFORE
                + "Vasko Corvane, 54. \u201cThe hull has been failing for six years,\u201d he said.", 1));
    }

    @Test
    void notTheNameOfABody() {
        assertEquals("Orrin Tallis", speakerName(BEFORE
                + "Dunmere Harbour Board disagreed. \u201cThe hull has been failing for six years,\u201d he said.", 1));
    }

    @Test
    void notWhenAnotherSentenceStandsBetween() {
        assertEquals("Orrin Tallis", speakerName(BEFORE
                + "Vasko Corvane disagreed. The hull was old. \u201cIt has been failing for six years,\u201d he said.", 1));
    }
}
