package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Invariants of an attributor that also returns reported speech without marks: well-formed and in
 * order (an indirect clause holding only the fragments it lists as nested, each returned after it),
 * the quotations with marks exactly those of the default attributor, and generated "X said that …"
 * sentences attributed to X, with or without a fragment quoted in the clause (in double marks the
 * fragment alone reports it).
 */
class IndirectProperties {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    @Property
    void anyStringGivesWellFormedQuotationsInOrder(@ForAll @StringLength(max = 200) String text) {
        List<Quote> quotes = INDIRECT.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void hostileTextGivesWellFormedQuotationsInOrder(@ForAll("reportingText") String text) {
        List<Quote> quotes = INDIRECT.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void storiesGiveWellFormedQuotationsInOrder(@ForAll("stories") Stories.Story story, @ForAll Stories.Style style) {
        String text = story.render(style);
        List<Quote> quotes = INDIRECT.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void quotationsWithMarksAreThoseOfTheDefault(@ForAll("reportingText") String text) {
        assertSameMarked(text);
    }

    @Property(tries = 300)
    void storiesKeepTheirQuotationsWithMarks(@ForAll("stories") Stories.Story story) {
        assertSameMarked(story.render(Stories.Style.CURLY));
    }

    /**
     * The quotations with marks are those the default attributor returns; only their group numbers
     * may differ, since a group is numbered by its first part's index in the whole list.
     */
    private static void assertSameMarked(String text) {
        List<Quote> all = INDIRECT.attribute(text);
        List<Quote> marked = all.stream().filter(q -> q.kind() != Quote.Kind.INDIRECT).toList();
        List<Quote> plain = QuoteAttributor.attribute(text);
        assertEquals(renumbered(plain), renumbered(marked), text);
        for (Quote q : all) {
            assertEquals(q, all.get(q.group()).group() == q.group() ? q : null, "a group is its first part's index");
        }
    }

    /** The quotations with each group numbered by its first part's index in {@code quotes}. */
    private static List<Quote> renumbered(List<Quote> quotes) {
        List<Quote> out = new java.util.ArrayList<>();
        for (Quote q : quotes) {
            int first = 0;
            while (quotes.get(first).group() != q.group()) {
                first++;
            }
            out.add(new Quote(q.span(), q.content(), q.text(), q.kind(), q.speaker(), q.addressee(), q.cue(), first,
                    q.rule(), q.nested()));
        }
        return out;
    }

    @Property(tries = 300)
    void reportedClauseIsAttributedToTheNameBeforeTheVerb(@ForAll("names") String name, @ForAll("clauses") String clause) {
        String text = name + " said that " + clause + ".";
        Quote q = onlyIndirect(text);
        assertEquals("that " + clause, q.text(), text);
        assertEquals(q.content(), q.span(), text);
        assertEquals(name, q.speaker().orElseThrow().mention(), text);
        assertEquals("said", q.cue().orElseThrow().text(), text);
    }

    @Property(tries = 300)
    void clauseBeforeATrailingAttributionIsAttributedToItsName(@ForAll("names") String name,
                                                              @ForAll("clauses") String clause) {
        String sentence = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        String text = sentence + ", " + name + " said.";
        Quote q = onlyIndirect(text);
        assertEquals(sentence, q.text(), text);
        assertEquals(name, q.speaker().orElseThrow().mention(), text);
        assertEquals("trailing-verb", q.rule(), text);
    }

    @Property(tries = 300)
    void clauseQuotingAFragmentInSingleMarksHoldsItAndKeepsItsSpeaker(@ForAll("names") String name,
                                                                      @ForAll("clauses") String clause,
                                                                      @ForAll("fragments") String fragment) {
        String text = name + " said " + clause + " ‘" + fragment + "’ for now.";
        List<Quote> quotes = INDIRECT.attribute(text);
        assertEquals(2, quotes.size(), () -> text + "\n" + quotes);
        Quote reported = quotes.get(0);
        Quote quoted = quotes.get(1);
        assertEquals(Quote.Kind.INDIRECT, reported.kind(), text);
        assertEquals(clause + " ‘" + fragment + "’ for now", reported.text(), text);
        assertEquals(name, reported.speaker().orElseThrow().mention(), text);
        assertEquals(Quote.Kind.MIXED, quoted.kind(), text);
        assertEquals(fragment, quoted.text(), text);
        assertEquals(List.of(quoted.content()), reported.nested(), text);
        assertEquals(reported.speaker(), quoted.speaker(), text);
        assertEquals(reported.cue(), quoted.cue(), text);
        assertSameMarked(text);
    }

    /** A generated name that spells a verb ({@code Kalo Deride said …}) may be read as one: the names spell none. */
    @Example
    void generatedNamesSpellNoVerbOfTheLexicons() {
        assertFalse(Stories.usableName("Deride"));
        assertFalse(Stories.usableName("Rebuke"));
        assertTrue(Stories.usableName("Kalo"));
    }

    @Property(tries = 300)
    void clauseQuotingAFragmentInDoubleMarksIsLeftToTheFragment(@ForAll("names") String name,
                                                                @ForAll("clauses") String clause,
                                                                @ForAll("fragments") String fragment) {
        String text = name + " said " + clause + " “" + fragment + "” for now.";
        List<Quote> quotes = INDIRECT.attribute(text);
        assertEquals(1, quotes.size(), () -> text + "\n" + quotes);
        assertEquals(Quote.Kind.MIXED, quotes.get(0).kind(), text);
        assertEquals(fragment, quotes.get(0).text(), text);
        assertEquals(name, quotes.get(0).speaker().orElseThrow().mention(), text);
        assertSameMarked(text);
    }

    @Property(tries = 300)
    void everyQuotationOverlappingAClauseIsAFragmentNestedInIt(@ForAll("reportingText") String text) {
        List<Quote> quotes = INDIRECT.attribute(text);
        for (Quote c : quotes) {
            if (c.kind() != Quote.Kind.INDIRECT) {
                continue;
            }
            assertTrue(c.content().end() <= text.length() && c.span().equals(c.content()), text);
            for (Quote q : quotes) {
                if (q != c && q.span().overlaps(c.span())) {
                    assertTrue(Invariants.holds(c, q), () -> q + " overlaps " + c + " in " + text);
                }
            }
        }
    }

    @Property(tries = 200)
    void paddingShiftsEveryOffset(@ForAll("reportingText") String text, @ForAll("padding") String padding) {
        List<Quote> plain = INDIRECT.attribute(text);
        assertEquals(Invariants.shifted(plain, padding.length()), INDIRECT.attribute(padding + text));
    }

    private static Quote onlyIndirect(String text) {
        List<Quote> quotes = INDIRECT.attribute(text);
        assertEquals(1, quotes.size(), () -> text + "\n" + quotes);
        Quote q = quotes.get(0);
        assertEquals(Quote.Kind.INDIRECT, q.kind(), text);
        return q;
    }

    @Provide
    Arbitrary<String> names() {
        return Stories.names();
    }

    /** A clause of three to eight words of the story vocabulary, opened by a subject. */
    @Provide
    Arbitrary<String> clauses() {
        Arbitrary<String> subject = Arbitraries.of("the plan", "prices", "the mayor", "our team", "the bridge");
        Arbitrary<String> verb = Arbitraries.of("would", "will", "could", "must");
        Arbitrary<String> rest = Arbitraries.of("win", "stop", "fail soon", "reopen in May", "rise again", "never change");
        return net.jqwik.api.Combinators.combine(subject, verb, rest).as((s, v, r) -> s + " " + v + " " + r);
    }

    /** A phrase of two or three words, quoted in a clause. */
    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of("a disgrace", "far too slow", "long overdue", "a real step back", "simply unfair");
    }

    @Provide
    Arbitrary<Stories.Story> stories() {
        return Stories.stories();
    }

    /** Reporting words, names, marks and punctuation in any order. */
    @Provide
    Arbitrary<String> reportingText() {
        List<String> pieces = List.of(" ", " ", " ", "Smith", "she", "The mayor", "officials", "said", "says",
                "told", "reporters", "that", "according", "to", "believes", "adding", "the", "plan", "would", "fail",
                "win", "in", "May", ",", ",", ".", ".", ":", ";", "—", "“", "”", "\"", "'", "‘", "’", "\n", "\n\n",
                "Mr.", "who", "and", "\uD83D\uDE00", "\u200B", "According to", ", according to", "aides", "plans",
                "(", ")", "U.S.", "but", "adding that");
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(' ', '\t', '\u00a0').ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 5)
    void veryLongParagraphsOfReportedSpeech(@ForAll("names") String name) {
        Assume.that(!name.isBlank());
        String text = (name + " said that the plan would fail, officials said, adding that prices would rise. ")
                .repeat(4_000);
        List<Quote> quotes = INDIRECT.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
        assertTrue(quotes.size() >= 4_000, "a clause in every sentence");
    }
}
