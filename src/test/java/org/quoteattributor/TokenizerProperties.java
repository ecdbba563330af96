package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Invariants of the tokenizer over any string and over hostile text. */
class TokenizerProperties {

    @Property
    void tokensAreInOrderNonEmptyAndInsideTheText(@ForAll("anyText") String text) {
        int last = 0;
        for (Token t : Tokenizer.tokenize(text)) {
            assertTrue(t.start() >= last, () -> t + " starts before the end of the token before, " + last(text));
            assertTrue(t.end() > t.start(), () -> t + " is empty");
            assertTrue(t.end() <= text.length(), () -> t + " runs past the text");
            assertTrue(!splitsPair(text, t.start()) && !splitsPair(text, t.end()), () -> t + " splits a surrogate pair");
        }
    }

    @Property
    void onlySpacesAreLeftBetweenTokens(@ForAll("anyText") String text) {
        boolean[] covered = covered(text);
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i]) {
                char c = text.charAt(i);
                assertTrue(isSpace(c), () -> String.format("U+%04X makes no token", (int) c));
            }
        }
    }

    @Property
    void everyLineBreakIsInABreakToken(@ForAll("anyText") String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (Token t : tokens) {
            boolean isBreak = t.kind() == TokenKind.LINE_BREAK || t.kind() == TokenKind.PARAGRAPH_BREAK;
            String s = t.span().of(text);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isLineBreak(c)) {
                    assertTrue(isBreak, () -> t + " holds a line break");
                } else if (isBreak) {
                    assertTrue(isSpace(c), () -> t + " is a break holding " + (int) c);
                }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                int at = i;
                assertTrue(tokens.stream().anyMatch(t -> t.start() <= at && at < t.end()), () -> "break at " + at + " in no token");
            }
        }
    }

    @Property
    void aParagraphBreakHoldsABlankLine(@ForAll("anyText") String text) {
        for (Token t : Tokenizer.tokenize(text)) {
            String s = t.span().of(text).replace("\r\n", "\n");
            long breaks = s.chars().filter(c -> isLineBreak((char) c)).count();
            if (t.kind() == TokenKind.PARAGRAPH_BREAK) {
                assertTrue(breaks >= 2 || s.indexOf('\u2029') >= 0, () -> t + " is a paragraph break of one line break");
            } else if (t.kind() == TokenKind.LINE_BREAK) {
                assertEquals(1, breaks, () -> t + " is a line break of " + breaks);
            }
        }
    }

    @Property
    void kindsFitTheirFirstChar(@ForAll("anyText") String text) {
        for (Token t : Tokenizer.tokenize(text)) {
            int c = text.codePointAt(t.start());
            switch (t.kind()) {
                case NUMBER -> assertTrue(Character.isDigit(c), () -> t + " is a number starting with " + c);
                case WORD -> assertTrue(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK
                        || Character.getType(c) == Character.ENCLOSING_MARK || c == '\u200c' || c == '\u200d',
                        () -> t + " is a word starting with " + c);
                case QUOTE_MARK -> assertTrue(AttributorProperties.ALL_MARKS.contains(t.span().of(text))
                        || t.span().of(text).equals("''") || t.span().of(text).equals("``"), () -> t + " is no mark");
                case DASH -> assertTrue(c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212',
                        () -> t + " is no dash");
                default -> {
                }
            }
        }
    }

    @Property
    void leadingSpacesShiftEveryToken(@ForAll("anyText") String text, @ForAll @StringLength(min = 1, max = 30) String pad) {
        String spaces = " ".repeat(pad.length());
        List<Token> plain = Tokenizer.tokenize(text);
        List<Token> padded = Tokenizer.tokenize(spaces + text);
        List<Token> expected = new ArrayList<>();
        for (Token t : plain) {
            expected.add(new Token(t.kind(), new Span(t.start() + spaces.length(), t.end() + spaces.length())));
        }
        assertEquals(expected, padded);
    }

    @Property
    void tokenizingTwiceGivesTheSameTokens(@ForAll("anyText") String text) {
        assertEquals(Tokenizer.tokenize(text), Tokenizer.tokenize(text));
    }

    /** Any string, and hostile text made of marks, breaks and awkward chars. */
    @Provide
    Arbitrary<String> anyText() {
        List<String> pieces = new ArrayList<>(AttributorProperties.HOSTILE_PIECES);
        pieces.addAll(AttributorProperties.ALL_MARKS);
        pieces.addAll(AttributorProperties.BREAKS);
        pieces.addAll(List.of("J.", "U.S.", "e.g.", "3.5", "90s", "well-known", "'", "''", "...", "--"));
        Arbitrary<String> hostile = Arbitraries.of(pieces).list().ofMaxSize(50).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120), Arbitraries.strings().all().ofMaxLength(60), hostile);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static boolean[] covered(String text) {
        boolean[] covered = new boolean[text.length()];
        for (Token t : Tokenizer.tokenize(text)) {
            for (int i = t.start(); i < t.end(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    private static String last(String text) {
        return "in «" + text + "»";
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** Line breaks as the tokenizer counts them, the paragraph separator included. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000b' || c == '\u000c';
    }

    /** Blank chars that make no token: spaces of every width, tabs, zero-width spaces and control chars. */
    private static boolean isSpace(char c) {
        return !isLineBreak(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < ' '
                || c == '\u200b' || c == '\ufeff');
    }
}
