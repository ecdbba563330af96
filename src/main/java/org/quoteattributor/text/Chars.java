package org.quoteattributor.text;

/**
 * Character classes used by the tokenizer and the quotation finder. Internal, not API.
 */
public final class Chars {

    private Chars() {
    }

    /** Whether {@code c} is a quotation mark or apostrophe glyph of any family. */
    public static boolean isQuoteMark(char c) {
        switch (c) {
            case '"', '\'', '`', '\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a', '\u201f', '\u201b',
                    '\u00ab', '\u00bb', '\u2039', '\u203a', '\u300c', '\u300d', '\u300e', '\u300f', '\u2032', '\u2033' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Whether {@code text[start, end)} opens with the Arabic article {@code al-} or {@code el-}
     * and an upper-case letter, as family names do ({@code al-Khalidi}, {@code el-Quarrie}).
     */
    public static boolean articleBeforeCapital(String text, int start, int end) {
        return end - start > 3 && (text.charAt(start) == 'a' || text.charAt(start) == 'e') && text.charAt(start + 1) == 'l'
                && text.charAt(start + 2) == '-' && Character.isUpperCase(text.charAt(start + 3));
    }

    /**
     * Whether {@code text} holds {@code word} at {@code start}, ignoring case: the answer of {@code
     * text.regionMatches(true, start, word, 0, word.length())}. Two ASCII chars are compared here,
     * without the JDK's four case look-ups a char; at the first other pair the JDK compares the
     * whole (it reads surrogate pairs as one char). Lexicon words are ASCII, so is most of a text,
     * and most compares end at the first char: this runs for every word a rule tests against a list.
     */
    public static boolean regionEqualsIgnoreCase(String text, int start, String word) {
        int len = word.length();
        if (start < 0 || start > text.length() - len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char a = text.charAt(start + k);
            char b = word.charAt(k);
            if (a == b) {
                continue;
            }
            if ((a | b) >= 0x80) {
                return text.regionMatches(true, start, word, 0, len);   // from the start: a pair may begin before k
            }
            int la = a | 0x20;
            if (la != (b | 0x20) || la < 'a' || la > 'z') {
                return false;   // ASCII: equal ignoring case only as the two cases of one letter
            }
        }
        return true;
    }

    /** {@link Character#isLowerCase(char)}, answered without a look-up for ASCII, most of a text. */
    public static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** {@link Character#toLowerCase(char)}, answered without a look-up for ASCII, most of a text. */
    public static char toLowerCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c : Character.toLowerCase(c);
    }

    /** Whether {@code c} may stand between two letters inside a word as an apostrophe. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    /** Whether {@code c} ends a line. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085' || c == '\u000b' || c == '\u000c';
    }

    /** Whether {@code c} is blank space that is not a line break (includes no-break and zero-width spaces). */
    public static boolean isSpace(char c) {
        if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
            return true;
        }
        if (c < 0x80) {
            return c < ' ' && !isLineBreak(c);   // other C0 controls count as space
        }
        if (c >= '\u2000' && c <= '\u200a' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\u1680') {
            return true;
        }
        return false;
    }

    /**
     * {@code s} on one line: each run of white space in it (spaces of any width, line breaks) as one
     * space, none at its ends, and cut to {@code max} chars ending in "…" when longer, never inside
     * a surrogate pair; {@code s} itself when that changes nothing.
     */
    public static String oneLine(String s, int max) {
        int n = s.length();
        boolean clean = n <= max && (n == 0 || !isGap(s.charAt(0)) && !isGap(s.charAt(n - 1)));
        for (int i = 0; clean && i < n; i++) {
            char c = s.charAt(i);
            clean = !isGap(c) || c == ' ' && !isGap(s.charAt(i + 1));
        }
        if (clean) {
            return s;
        }
        StringBuilder b = new StringBuilder(Math.min(n, max) + 1);
        boolean gap = false;
        for (int i = 0; i < n && b.length() <= max; i++) {
            char c = s.charAt(i);
            if (isGap(c)) {
                gap = b.length() > 0;
            } else {
                if (gap) {
                    b.append(' ');
                    gap = false;
                }
                b.append(c);
            }
        }
        if (b.length() > max) {
            int cut = max - 1;
            if (cut > 0 && Character.isHighSurrogate(b.charAt(cut - 1))) {
                cut--;   // never split a surrogate pair
            }
            b.setLength(cut);
            b.append('\u2026');
        }
        return b.toString();
    }

    /** Whether {@code c} is white space or a space of any width, no-break ones included: {@link #oneLine}'s gaps. */
    private static boolean isGap(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code c} is space, a line break or a paragraph separator. */
    public static boolean isBlank(char c) {
        return isSpace(c) || isLineBreak(c) || c == '\u2029';
    }

    /** Whether {@code c} is a dash used as punctuation (not the plain hyphen). */
    public static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012' || c == '\u2212';
    }

    /** Whether {@code c} can be part of a word: a letter, digit, combining mark or joiner. */
    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (c == '\u200c' || c == '\u200d') {
            return true;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whether a surrogate pair at {@code i} encodes a letter, digit or mark. */
    public static boolean isWordCodePoint(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return false;
        }
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code c} is a letter or digit (no marks). */
    public static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
    }

    /** Whether {@code c} is a sentence- or clause-level punctuation mark. */
    public static boolean isPunctuation(char c) {
        switch (c) {
            case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '\u2026', '\u00bf', '\u00a1', '/', '\\',
                    '\u3002', '\u3001', '\uff0c', '\uff01', '\uff1f', '\uff1a' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
