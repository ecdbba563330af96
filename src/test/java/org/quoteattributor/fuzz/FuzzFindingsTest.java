package org.quoteattributor.fuzz;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.Tokenizer;

/**
 * Inputs the fuzzer found breaking {@link ResultContract}, kept as plain tests once fixed, each
 * shrunk to the fewest chars that still broke it. The same inputs are in the seed corpus.
 */
class FuzzFindingsTest {

    private static final Attributor WITH_TERMS = QuoteAttributor.builder().includeTerms(true).build();

    @Test
    void aCloserAfterAnEmptyPairDoesNotReopenTheQuotationBeforeIt() {
        // Gave [0, 2) and [0, 3) with includeTerms(true): two quotations over the same marks.
        holds("\u2018\u2019\u201D");
        holds("'\u2019\u201D");
    }

    @Test
    void aCloserWithNoOpenerDoesNotStartBeforeTheLastQuotation() {
        // Gave [0, 2) and then [0, 7), overlapping, from the default attributor.
        holds("t\"'\u2019 s\u201D said E");
        holds("\u201CHalf straight\" and 'half curly\u2019 marks,\u201D said Ed.");
    }

    @Test
    void anUnclosedQuotationAfterTripleApostrophesAndALineBreakDoesNotCrash() {
        // Threw NullPointerException in QuotationFinder (closing an unclosed quotation at a lazy break).
        holds("a'''b\nc\u2018\"\"");
    }

    @Test
    void aNestedQuotationPastTheLineBreakThatEndsItsQuotationIsNotKept() {
        // Kept nested [16, 18) in a quotation cut to [10, 14) by the line break.
        holds("Ann said, \u201CYes\n\u2018no\u2019 is \u201Cmaybe");
        holds("\u201Ca\n\u2018b\u2019 c \u201Cd");
    }

    private static void holds(String text) {
        ResultContract.checkTokens(text, Tokenizer.tokenize(text));
        ResultContract.checkQuotes(text, QuoteAttributor.attribute(text), false);
        ResultContract.checkQuotes(text, WITH_TERMS.attribute(text), true);
    }
}
