package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document the project started from: every quotation found, with its speaker. */
class SeedDocumentTest {

    private static String text;
    private static List<Quote> quotes;

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            Path seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            text = Files.readString(seed, StandardCharsets.UTF_8);
        }
        quotes = QuoteAttributor.attribute(text);
    }

    /** The index of {@code snippet} in the seed, checked to occur once. */
    private static int at(String snippet) {
        int i = text.indexOf(snippet);
        assertTrue(i >= 0, "seed lacks " + snippet);
        assertEquals(i, text.lastIndexOf(snippet), "seed has " + snippet + " more than once");
        return i;
    }

    private static void assertQuote(Quote q, int start, int end, String mention, String name) {
        assertEquals(new Span(start, end), q.span(), () -> "span of " + q.text());
        assertEquals(mention, q.speaker().orElseThrow().mention());
        assertEquals(name, q.speaker().orElseThrow().name());
    }

    @Test
    void findsFiveQuotations() {
        assertEquals(5, quotes.size(), () -> quotes.toString());
    }

    @Test
    void pronounSpeakerIsThePressSecretary() {
        int open = at("“The president has made");
        int close = at("of the conflict,”") + "of the conflict,”".length();
        assertQuote(quotes.get(0), open, close, "she", "Caroline Leavitt");
        assertEquals("said", quotes.get(0).cue().orElseThrow().text());
    }

    @Test
    void nestedQuoteTypedWithTheWrongGlyphStaysInsideTheOuterOne() {
        int open = at("“We recognise");
        int close = at("of the war,'”") + "of the war,'”".length();
        Quote q = quotes.get(1);
        assertQuote(q, open, close, "Vance", "J.D. Vance");
        assertEquals(1, q.nested().size(), () -> q.nested().toString());
    }

    @Test
    void closingMarkUsedAsOpenerStartsTheQuotation() {
        int open = at("” The topic");
        int close = at("“bloodshed,”") + "“bloodshed,”".length();
        assertQuote(quotes.get(2), open, close, "Trump", "Donald Trump");
        assertEquals("wrote", quotes.get(2).cue().orElseThrow().text());
    }

    @Test
    void quotationContinuedAfterADashKeepsItsSpeakerAndGroup() {
        int open = at("Hopefully it will be");
        int close = at("will end.”") + "will end.”".length();
        assertQuote(quotes.get(3), open, close, "Trump", "Donald Trump");
        assertEquals(quotes.get(2).group(), quotes.get(3).group());
    }

    @Test
    void partialQuoteIsMixedAndAttributedThroughTheVerbBeforeIt() {
        int open = at("“just stalling for time”");
        Quote q = quotes.get(4);
        assertQuote(q, open, open + "“just stalling for time”".length(), "Trump", "Donald Trump");
        assertEquals(Quote.Kind.MIXED, q.kind());
        assertEquals("suggested", q.cue().orElseThrow().text());
    }
}
