package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattributor.Texts.mention;
import static org.quoteattributor.Texts.name;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed document kept in {@code seeds/}: a news report with five quotations, among them an
 * opener typed as a closer, a nested quotation closed with the wrong glyph and a quotation
 * continued after a dash with no opening mark.
 */
class SeedTest {

    private static final Path SEEDS = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "seeds");
    private static final String NEWS = "000_bb17e687d577230a.txt";

    private static String text;
    private static List<Quote> quotes;

    @BeforeAll
    static void attribute() throws IOException {
        text = Files.readString(SEEDS.resolve(NEWS), StandardCharsets.UTF_8);
        quotes = QuoteAttributor.attribute(text);
    }

    /** From the start of {@code first} to the end of {@code last}, searching {@code last} after {@code first}. */
    private static Span from(String first, String last) {
        int s = text.indexOf(first);
        assertTrue(s >= 0, first);
        int e = text.indexOf(last, s);
        assertTrue(e >= 0, last);
        return new Span(s, e + last.length());
    }

    @Test
    void fiveQuotations() {
        assertEquals(5, quotes.size(), quotes::toString);
    }

    @Test
    void thePressSecretarysQuotationGoesToHerPronoun() {
        Quote q = quotes.get(0);
        assertEquals(from("“The president has made", "of the conflict,”"), q.span());
        assertEquals("she", mention(q));
        assertEquals("Caroline Leavitt", name(q));
        assertEquals(Quote.Kind.DIRECT, q.kind());
    }

    @Test
    void theVicePresidentsQuotationRunsOverTheMisusedCloserToItsLastMark() {
        Quote q = quotes.get(1);
        assertEquals(from("“We recognise", "the war,'”"), q.span());
        assertEquals("Vance", mention(q));
        assertEquals("J.D. Vance", name(q));
        assertFalse(q.nested().isEmpty(), "the question to the other president is nested");
    }

    @Test
    void thePostOpensWithAClosingMark() {
        Quote q = quotes.get(2);
        assertEquals(from("” The topic of the call", "“bloodshed,”"), q.span());
        assertEquals("Trump", mention(q));
        assertEquals("Donald Trump", name(q));
        assertEquals("wrote", q.cue().orElseThrow().text());
        assertEquals(List.of(from("bloodshed,", "bloodshed,")), q.nested());
    }

    @Test
    void thePostGoesOnAfterTheDashWithoutAnOpeningMark() {
        Quote q = quotes.get(3);
        assertEquals(from("Hopefully it will be", "will end.”"), q.span());
        assertEquals(q.span().start(), q.content().start());
        assertEquals("Trump", mention(q));
        assertEquals("Donald Trump", name(q));
        assertEquals(quotes.get(2).group(), q.group());
    }

    @Test
    void theWovenInFragmentIsMixedAndGoesToTheSubject() {
        Quote q = quotes.get(4);
        assertEquals(from("“just stalling", "for time”"), q.span());
        assertEquals(Quote.Kind.MIXED, q.kind());
        assertEquals("Trump", mention(q));
        assertEquals("Donald Trump", name(q));
        assertEquals("suggested", q.cue().orElseThrow().text());
    }

    @Test
    void quotationsOfTheOtherGroupsStandAlone() {
        assertEquals(0, quotes.get(0).group());
        assertEquals(1, quotes.get(1).group());
        assertEquals(2, quotes.get(2).group());
    }

    @Test
    void everySeedIsAttributedWithinItsText() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path p : files) {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            for (Quote q : QuoteAttributor.attribute(t)) {
                assertTrue(q.end() <= t.length(), p + ": " + q);
                assertEquals(q.content().of(t), q.text(), p + ": " + q);
                q.speaker().ifPresent(s -> assertEquals(s.span().of(t), s.mention(), p + ": " + q));
            }
        }
    }
}
