package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattributor.Texts.mention;
import static org.quoteattributor.Texts.onlyQuote;
import static org.quoteattributor.Texts.spanOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects found by review and fixed: one minimal reproduction each, so that they stay fixed. */
class RegressionTest {

    @Test
    void aQuotationMissingItsOpenerNeverHoldsItsOwnSpeaker() {
        // The quotation with no opening mark starts over "we", which another rule named as a speaker.
        for (String text : List.of("we(we\" )said \"\"", "we said \" )said \"\"")) {
            Attributor withTerms = QuoteAttributor.builder().includeTerms(true).build();
            Invariants.inOrder(withTerms.attribute(text));
            Invariants.inOrder(QuoteAttributor.attribute(text));
        }
    }

    @Test
    void aNameClosingTheTextAfterACommaIsLookedPastWithoutThrowing() {
        // The check for "…, the Herald reported." read the token after a name that ends the text.
        String text = "according to S:n(\u201d!d\u201e d d e,D R";
        assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
    }

    @Test
    void aRelativePronounOpeningTheTextHasNoAntecedentAndThrowsNothing() {
        // The look for the comma before "who" read the token before the first.
        String text = "who said \u201cWe will win.\u201d";
        List<Quote> quotes = assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
        assertEquals(1, quotes.size());
        assertEquals(spanOf(text, "\u201cWe will win.\u201d"), quotes.get(0).span());
    }

    @Test
    void aNameConnectorOpeningTheTextIsNotLookedPast() {
        // A name was sought back over "van" to the token before the first.
        String text = "van Dyke said \u201cNo.\u201d";
        List<Quote> quotes = assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
        assertEquals(1, quotes.size());
        assertEquals("Dyke", quotes.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void aPronounOpeningTheTextBeforeAnInvertedAttributionIsNotLookedPast() {
        // Whether a he or she is a clause of its own asked about the token before the first.
        String text = "she, said Lee, called it \u201ca sham.\u201d";
        List<Quote> quotes = assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
        assertEquals(1, quotes.size());
        assertEquals(spanOf(text, "\u201ca sham.\u201d"), quotes.get(0).span());
    }

    @Test
    void aSubordinateClauseOpeningTheTextIsNotLookedPastForAComma() {
        // Whether the subject after "When" followed a comma asked about the token before the first.
        String text = "When Lee, a man Kay told, said the plan was \u201ca sham.\u201d";
        List<Quote> quotes = assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
        assertEquals(1, quotes.size());
        assertEquals(spanOf(text, "\u201ca sham.\u201d"), quotes.get(0).span());
    }

    @Test
    void aReportOpeningTheTextAfterASpaceIsNotLookedPast() {
        // Whether a comma stood before a report's opening phrase asked about the token before the
        // first when a space, no token, came before it.
        Attributor withIndirect = QuoteAttributor.builder().includeIndirect(true).build();
        String text = "When she got there, she said, there were two boats.";
        List<Quote> plain = withIndirect.attribute(text);
        List<Quote> padded = assertDoesNotThrow(() -> withIndirect.attribute(" " + text));
        assertEquals(plain.size(), padded.size());
        for (int k = 0; k < plain.size(); k++) {
            assertEquals(plain.get(k).span().start() + 1, padded.get(k).span().start());
            assertEquals(plain.get(k).text(), padded.get(k).text());
        }
    }

    @Test
    void singleQuotationClosedOnTheNextLineThenADoubleOpenerThrows() {
        String text = "‘We will\nwin,’ she said. “Yes.”";
        assertDoesNotThrow(() -> QuoteAttributor.attribute(text));
    }

    @Test
    void nestedSpanOutsideItsQuotationWhenTheQuotationIsCutAtALineBreak() {
        String text = "Smith said: “We will win\nthe ‘big’ race.\n“Next,” Jones said.";
        Quote first = QuoteAttributor.attribute(text).get(0);
        for (Span n : first.nested()) {
            assertTrue(first.content().contains(n), n + " outside " + first.content());
        }
    }

    @Test
    void nestedSpansAreOutermostFirst() {
        String text = "“She wrote ‘he said “go” to me’ once,” Smith said.";
        Quote q = onlyQuote(text);
        assertEquals(List.of(spanOf(text, "he said “go” to me"), spanOf(text, "go")), q.nested());
    }

    @Test
    void sameGlyphNestingReportsNoBogusNestedSpan() {
        String text = "“He said “no” twice,” Smith said.";
        Quote q = onlyQuote(text);
        assertEquals(List.of(spanOf(text, "no")), q.nested());
    }

    @Test
    void groupIsAnIndexIntoTheReturnedListWhenATermIsLeftOut() {
        String text = "He hosts “Meet the Press” now. “We will win,” Smith said.";
        Quote q = onlyQuote(text);
        assertEquals(0, q.group());
    }

    @Test
    void interruptedQuotationWithACommaKeepsOneGroup() {
        String text = "“Yes,” she said, “we will.”";
        List<Quote> quotes = QuoteAttributor.attribute(text);
        assertEquals(quotes.get(0).group(), quotes.get(1).group());
    }

    @Test
    void unclosedQuotationInTextWithoutBlankLinesEndsAtItsLine() {
        String text = "Smith said: “We will win.\nThe end came later.";
        assertEquals(spanOf(text, "“We will win."), onlyQuote(text).span());
    }

    @Test
    void quotationOverLinesInTextWithoutBlankLinesKeepsItsGroupAndSpeaker() {
        String text = "Smith said: “We will fight.\n“We will never stop.”\nThe crowd cheered.";
        List<Quote> quotes = QuoteAttributor.attribute(text);
        assertEquals(2, quotes.size());
        assertEquals(quotes.get(0).group(), quotes.get(1).group());
        assertEquals("Smith", mention(quotes.get(1)));
    }

    @Test
    void accordingToAfterTheQuotation() {
        String text = "“We will win,” according to Smith.";
        assertEquals("Smith", mention(onlyQuote(text)));
    }

    @Test
    void nullSpeechVerbIsRejectedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> QuoteAttributor.builder().addSpeechVerbs("quipped", null));
        assertNotNull(e.getMessage());
    }

    @Test
    void singleMarksAroundAQuestionStartingWithIs() {
        String text = "‘Is it over?’ she asked.";
        assertEquals("she", mention(onlyQuote(text)));
    }

    @Test
    void itIsNoSpeaker() {
        assertTrue(onlyQuote("“We will win,” and so it was said.").speaker().isEmpty());
    }

    @Test
    void anElisionInsideSingleMarksDoesNotCloseThem() {
        String text = "‘I love rock ’n’ roll,’ she said.";
        Quote q = onlyQuote(text);
        assertEquals(spanOf(text, "‘I love rock ’n’ roll,’"), q.span());
        assertEquals("she", mention(q));
    }

    @Test
    void aQuotationRightAfterSaidIsSpeechEvenWithoutASpeaker() {
        assertEquals(1, QuoteAttributor.attribute("Someone said \"hi\" to me.").size());
    }

    @Test
    void aDescriptionHoldingANumber() {
        assertEquals("the 45-year-old senator", mention(onlyQuote("“We will win,” the 45-year-old senator said.")));
    }

    @Test
    void aPlaceInsideADescriptionIsNotTheSpeaker() {
        String text = "“We will win,” the senator from Ohio said.";
        assertTrue(onlyQuote(text).speaker().map(s -> !s.mention().equals("Ohio")).orElse(true));
    }

    @Test
    void policeIsASpeaker() {
        assertEquals("police", mention(onlyQuote("“We will win,” police said.")));
    }

    @Test
    void aNameWithADottedCapitalIDoesNotCrashAndKeepsItsLength() {
        String text = "\u201CYes,\u201D said \u0130pek.";
        Quote q = onlyQuote(text);
        assertEquals("\u0130pek", q.speaker().orElseThrow().name());
        assertDoesNotThrow(() -> QuoteAttributor.attribute("\u201C\u009D\u0130\u200D"));
    }
}
