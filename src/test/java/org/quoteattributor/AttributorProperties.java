package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Invariants of the attributor over generated text: well-formed offsets for any string, shift
 * invariance, straight and curly marks alike, generated "X said" structures attributed to X, and
 * no exception on hostile input.
 */
class AttributorProperties {

    // ---- any string -------------------------------------------------------------------------

    @Property
    void anyStringGivesWellFormedQuotationsInOrder(@ForAll @StringLength(max = 200) String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void anyStringOfMarksAndLettersGivesWellFormedQuotationsInOrder(@ForAll("markHeavyStrings") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property
    void textWithoutMarksHasNoQuotations(@ForAll @StringLength(max = 200) String any) {
        StringBuilder b = new StringBuilder();
        any.chars().filter(c -> !ALL_MARKS.contains(String.valueOf((char) c))).forEach(c -> b.append((char) c));
        String text = b + " Smith said that we will win.";
        assertEquals(List.of(), QuoteAttributor.attribute(text));
    }

    @Example
    void nullIsRefusedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> QuoteAttributor.attribute(null));
        assertEquals("text", e.getMessage());
    }

    // ---- generated stories -------------------------------------------------------------------

    @Property(tries = 300)
    void storiesGiveWellFormedQuotationsInOrder(@ForAll("stories") Stories.Story story, @ForAll Stories.Style style) {
        String text = story.render(style);
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void everyQuotationOfAStoryIsFoundWithItsSpeaker(@ForAll("stories") Stories.Story story) {
        // A quotation over lines of a text without blank lines is left out here: its later parts
        // are not linked to the first today.
        Assume.that(story.blankLines() || !story.has(Stories.Pattern.OVER_PARAGRAPHS));
        String text = story.render(Stories.Style.CURLY);
        long opened = text.chars().filter(c -> c == '“').count();
        List<Quote> quotes = QuoteAttributor.attribute(text);
        // Every pattern opens each of its quotations with “ and always names a speaker.
        assertEquals(opened, quotes.size(), () -> text + "\n" + quotes);
        for (Quote q : quotes) {
            assertTrue(q.speaker().isPresent(), () -> text + "\n" + q);
        }
    }

    @Property(tries = 300)
    void straightAndCurlyMarksGiveTheSameQuotations(@ForAll("stories") Stories.Story story) {
        String straight = story.render(Stories.Style.STRAIGHT);
        String curly = story.render(Stories.Style.CURLY);
        assertEquals(straight.length(), curly.length());
        assertEquals(structure(QuoteAttributor.attribute(curly)), structure(QuoteAttributor.attribute(straight)),
                () -> straight + "\n" + curly);
    }

    /** Everything but the text: the texts differ by their marks. */
    private static List<String> structure(List<Quote> quotes) {
        List<String> out = new ArrayList<>();
        for (Quote q : quotes) {
            out.add(q.span() + " content " + q.content() + " " + q.kind() + " group " + q.group() + " " + q.rule()
                    + " nested " + q.nested()
                    + " speaker " + q.speaker().map(s -> s.span() + " " + s.type() + " " + s.name()).orElse("-")
                    + " cue " + q.cue().map(Cue::span).map(Span::toString).orElse("-"));
        }
        return out;
    }

    // ---- shift invariance --------------------------------------------------------------------

    @Property(tries = 300)
    void leadingSpacesShiftEveryOffsetOfAStory(@ForAll("stories") Stories.Story story, @ForAll Stories.Style style,
                                                @ForAll("padding") String padding) {
        String text = story.render(style);
        assertShifted(text, padding);
    }

    @Property(tries = 300)
    void leadingSpacesShiftEveryOffsetOfHostileText(@ForAll("hostileLines") String text, @ForAll("padding") String padding) {
        assertShifted(text, padding);
    }

    private static void assertShifted(String text, String padding) {
        List<Quote> plain = QuoteAttributor.attribute(text);
        List<Quote> padded = QuoteAttributor.attribute(padding + text);
        assertEquals(Invariants.shifted(plain, padding.length()), padded);
    }

    /** Spaces, tabs and no-break spaces: they make no token, so they change no word, sentence or paragraph. */
    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(' ', '\t', '\u00a0').ofMinLength(1).ofMaxLength(40);
    }

    // ---- generated "X said" sentences ------------------------------------------------------

    @Property(tries = 200)
    void quotationThenNameSaid(@ForAll("quotedWords") String words, @ForAll("names") String name) {
        String text = "“" + words + ",” " + name + " said.";
        assertSpokenBy(text, "“" + words + ",”", name, "trailing-verb");
    }

    @Property(tries = 200)
    void straightQuotationThenNameSaid(@ForAll("quotedWords") String words, @ForAll("names") String name) {
        String text = "\"" + words + ",\" " + name + " said.";
        assertSpokenBy(text, "\"" + words + ",\"", name, "trailing-verb");
    }

    @Property(tries = 200)
    void quotationThenSaidName(@ForAll("quotedWords") String words, @ForAll("names") String name) {
        String text = "“" + words + ",” said " + name + ".";
        assertSpokenBy(text, "“" + words + ",”", name, "trailing-verb-inverted");
    }

    @Property(tries = 200)
    void nameSaidColonQuotation(@ForAll("quotedWords") String words, @ForAll("names") String name) {
        String text = name + " said: “" + capital(words) + ".”";
        assertSpokenBy(text, "“" + capital(words) + ".”", name, "leading-verb");
    }

    @Property(tries = 200)
    void nameSaidColonQuotationAfterAnotherSentence(@ForAll("quotedWords") String words, @ForAll("names") String name,
                                                    @ForAll("names") String other) {
        // A name sharing a word with the other person's may resolve to theirs: the same last word
        // ("Baba" after "Lome Baba") or the other's given name alone ("Lome") rightly; that given name
        // after a word opening the sentence ("Kiti Lome") as "Honest Ann" after "Ann Lee" would, a
        // known limit of the rule for epithets when the first word is no given name of the lexicon.
        Assume.that(Collections.disjoint(List.of(name.split(" ")), List.of(other.split(" "))));
        String text = other + " walked in. " + name + " said: “" + capital(words) + ".”";
        assertSpokenBy(text, "“" + capital(words) + ".”", name, "leading-verb");
    }

    private static void assertSpokenBy(String text, String quoted, String name, String rule) {
        Quote q = Texts.onlyQuote(text);
        assertEquals(Texts.spanOf(text, quoted), q.span(), text);
        Speaker s = q.speaker().orElseThrow(() -> new AssertionError("no speaker in " + text));
        assertEquals(name, s.mention(), text);
        assertEquals(name, s.name(), text);
        assertEquals(Speaker.Type.NAME, s.type(), text);
        assertEquals(Optional.of("said"), q.cue().map(Cue::text), text);
        assertEquals(rule, q.rule(), text);
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @Provide
    Arbitrary<String> quotedWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)
                .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> names() {
        return Stories.names();
    }

    @Provide
    Arbitrary<Stories.Story> stories() {
        return Stories.stories();
    }

    // ---- hostile input ------------------------------------------------------------------------

    /** Every glyph the finder reads as a quotation mark or apostrophe. */
    static final List<String> ALL_MARKS = List.of("\"", "'", "`", "“", "”", "‟", "‘", "’", "‛", "„", "‚", "«", "»",
            "‹", "›", "「", "」", "『", "』", "′", "″");

    /** Marks of the double families only. */
    static final List<String> DOUBLE_MARKS = List.of("\"", "“", "”", "‟", "„", "«", "»", "「", "」", "″", "''", "``");

    /** Words, names, punctuation and the chars that trip up text code, without line breaks or marks. */
    static final List<String> HOSTILE_PIECES = List.of(" ", " ", " ", "  ", "\t", "\u00a0", "we", "win", "said",
            "Smith", "she", "told", "wrote", "according", "to", "the", "a", "spokesman", "Sen.", "J.D.", "Mr.", "I",
            ",", ".", ":", ";", "?", "!", "…", "(", ")", "–", "—", "-", "--", "\uD83D\uDE00", "\uD83D", "\uDE00",
            "\u0000", "\u200F", "\u200E", "\u202E", "\u200D", "\u200C", "\u0301", "e\u0301", "\uFEFF", "\u200B",
            "\u05D0\u05D1", "\u0627\u0644", "9", "1,000", "’90s", "don’t", "students’", "rock 'n' roll");

    /** Every kind of line and paragraph break. */
    static final List<String> BREAKS = List.of("\n", "\n\n", "\r", "\r\n", "\r\n\r\n", "\u2028", "\u2029",
            "\u0085", "\u000B", "\u000C", "\n \n");

    @Provide
    Arbitrary<String> markHeavyStrings() {
        List<String> pieces = new ArrayList<>(DOUBLE_MARKS);
        pieces.addAll(List.of(" ", " ", "a", "We", "said", "Smith", ",", ".", "\n", "\n\n"));
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    /** One line of every mark family among hostile pieces. */
    @Provide
    Arbitrary<String> hostileLines() {
        List<String> pieces = new ArrayList<>(HOSTILE_PIECES);
        pieces.addAll(ALL_MARKS);
        pieces.addAll(ALL_MARKS);
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    /** Paragraphs of double marks among hostile pieces and every kind of break. */
    @Provide
    Arbitrary<String> hostileParagraphs() {
        List<String> pieces = new ArrayList<>(HOSTILE_PIECES);
        pieces.removeIf(p -> p.indexOf('\'') >= 0 || p.indexOf('’') >= 0);
        pieces.addAll(DOUBLE_MARKS);
        pieces.addAll(DOUBLE_MARKS);
        pieces.addAll(BREAKS);
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void hostileLinesGiveWellFormedQuotationsInOrder(@ForAll("hostileLines") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 500)
    void hostileParagraphsGiveWellFormedQuotationsInOrder(@ForAll("hostileParagraphs") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 300)
    void runsOfMarksGiveWellFormedQuotationsInOrder(@ForAll("markRuns") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Provide
    Arbitrary<String> markRuns() {
        Arbitrary<String> run = Arbitraries.of(ALL_MARKS).list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<String> between = Arbitraries.of("", " ", "a", " We ", ", ", ". ");
        return Combinators.combine(run, between).as(String::concat).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 5)
    void tenThousandLevelsOfAlternatingMarks(@ForAll @IntRange(min = 0, max = 3) int closing, @ForAll boolean straight) {
        String open1 = straight ? "\"" : "“";
        String open2 = straight ? "'" : "‘";
        String close1 = straight ? "\"" : "”";
        String close2 = straight ? "'" : "’";
        int depth = 10_000;
        StringBuilder b = new StringBuilder("Smith said: ");
        for (int level = 0; level < depth; level++) {
            b.append(level % 2 == 0 ? open1 : open2).append("word ");
        }
        // Close none, some or all of the levels.
        int closed = closing * depth / 3;
        for (int level = closed - 1; level >= 0; level--) {
            b.append("end").append(level % 2 == 0 ? close1 : close2).append(' ');
        }
        String text = b.toString();
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
        assertTrue(!quotes.isEmpty(), "the outermost quotation is found");
    }

    @Property(tries = 5)
    void veryLongParagraphs(@ForAll("stories") Stories.Story story, @ForAll Stories.Style style) {
        // One paragraph of some 200 000 chars: the story's sentences over and over without a break.
        String line = story.render(style).replace('\n', ' ');
        String text = line.repeat(Math.max(1, 200_000 / line.length()));
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }
}
