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
    void thePeopleWhoSpeakAreThePressSecretaryTheVicePresidentAndThePresident() {
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals(quotes, a.quotes());
        assertEquals(List.of(quotes.get(0)), person(a, "Caroline Leavitt").quotes());
        assertEquals(List.of(quotes.get(1)), person(a, "J.D. Vance").quotes());
        assertEquals(List.of(quotes.get(2), quotes.get(3), quotes.get(4)), person(a, "Donald Trump").quotes());
        long speaking = a.people().stream().filter(p -> !p.quotes().isEmpty()).count();
        assertEquals(3, speaking, a.people()::toString);
    }

    @Test
    void theVicePresidentIsOnePersonUnderEveryFormOfHisName() {
        Person vance = person(QuoteAttributor.analyze(text), "J.D. Vance");
        List<String> forms = vance.mentions().stream().map(Mention::text).distinct().toList();
        assertEquals(List.of("Vice President J.D. Vance", "Vance"), forms);
    }

    @Test
    void thePressSecretarysPronounIsHerMention() {
        Person leavitt = person(QuoteAttributor.analyze(text), "Caroline Leavitt");
        assertEquals(List.of("Caroline Leavitt", "she"), leavitt.mentions().stream().map(Mention::text).toList());
        assertEquals(quotes.get(0).speaker().orElseThrow().span(), leavitt.mentions().get(1).span());
    }

    @Test
    void thePresidentsNamedButSilentCounterpartIsAPersonWithoutQuotations() {
        assertEquals(List.of(), person(QuoteAttributor.analyze(text), "Vladimir Putin").quotes());
    }

    @Test
    void placesAndAgenciesAreNoPeople() {
        List<String> names = QuoteAttributor.analyze(text).people().stream().map(Person::name).toList();
        for (String thing : List.of("Ukraine", "Istanbul", "Reuters", "White House", "Moscow", "Turkey")) {
            assertFalse(names.contains(thing), () -> thing + " in " + names);
        }
    }

    private static Person person(Attribution a, String name) {
        List<Person> found = a.people().stream().filter(p -> p.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> name + " in " + a.people());
        return found.get(0);
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
