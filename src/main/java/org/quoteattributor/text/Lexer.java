package org.quoteattributor.text;

import java.util.List;


/**
 * Splits text into tokens in one pass over its chars: a small state machine that hands out offsets
 * and makes no strings. Internal, not API; the public view is {@link org.quoteattributor.Tokenizer}.
 */
public final class Lexer {

    /** Words that keep a following period, since it marks an abbreviation rather than a sentence end. */
    private static final WordSet ABBREVIATIONS = new WordSet(List.of(
            "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "st", "sen", "sens", "rep", "reps", "gov", "gen",
            "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "jr", "sr", "prof", "rev", "hon",
            "fr", "esq", "vs", "inc", "corp", "ltd", "co", "dept", "univ", "ave", "mt", "ft", "pres",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "supt", "insp", "det", "atty", "govs", "del"));

    /** What a char below 0x80 starts, in the order {@link #tokenize} tests it; built from {@link Chars}. */
    private static final byte SPACE = 0;
    private static final byte BREAK = 1;
    private static final byte WORD = 2;
    private static final byte OTHER = 3;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = Chars.isSpace(c) ? SPACE : Chars.isLineBreak(c) ? BREAK : Chars.isWordChar(c) ? WORD : OTHER;
        }
    }

    private Lexer() {
    }

    /** Tokenizes {@code text}. Linear in its length; never throws on any string. */
    public static TokenBuffer tokenize(String text) {
        int n = text.length();
        // Room for the first few thousand tokens; the buffer then grows once to what they foretell.
        TokenBuffer out = new TokenBuffer(text, Math.min(n / 4, 4096));
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // The common case first, without the calls below: space, a line break or a word.
                byte a = ASCII[c];
                if (a == SPACE) {
                    i++;
                    continue;
                } else if (a == WORD) {
                    i = word(text, i, out);
                    continue;
                } else if (a == BREAK) {
                    i = lineBreak(text, i, out);
                    continue;
                }
            }
            if (Chars.isSpace(c)) {
                i++;
            } else if (Chars.isLineBreak(c) || c == '\u2029') {
                i = lineBreak(text, i, out);
            } else if (Chars.isWordChar(c) || Chars.isWordCodePoint(text, i)) {
                i = word(text, i, out);
            } else if (Chars.isQuoteMark(c)) {
                // Two apostrophes or backticks typed for one double mark: ''like this'', ``or this''.
                int len = (c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c ? 2 : 1;
                out.add(i, i + len, TokenBuffer.QUOTE_MARK);
                i += len;
            } else if (Chars.isDash(c) || c == '-') {
                int j = i + 1;
                while (j < n && text.charAt(j) == c) {
                    j++;
                }
                out.add(i, j, TokenBuffer.DASH);
                i = j;
            } else if (c == '.') {
                int j = i + 1;
                while (j < n && text.charAt(j) == '.') {
                    j++;
                }
                out.add(i, j, TokenBuffer.PUNCTUATION);
                i = j;
            } else if (Chars.isPunctuation(c)) {
                out.add(i, i + 1, TokenBuffer.PUNCTUATION);
                i++;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) {
                    j++;
                }
                out.add(i, j, TokenBuffer.SYMBOL);
                i = j;
            }
        }
        return out;
    }

    /** A run of line breaks and the spaces between them: one token, a paragraph break if a line is blank. */
    private static int lineBreak(String text, int i, TokenBuffer out) {
        int n = text.length();
        int breaks = 0;
        int j = i;
        int last = i;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\r' && j + 1 < n && text.charAt(j + 1) == '\n') {
                j += 2;
                breaks++;
                last = j;
            } else if (Chars.isLineBreak(c)) {
                j++;
                breaks++;
                last = j;
            } else if (c == '\u2029') {
                j++;
                breaks += 2;
                last = j;
            } else if (Chars.isSpace(c)) {
                j++;
            } else {
                break;
            }
        }
        out.add(i, last, breaks >= 2 ? TokenBuffer.PARAGRAPH_BREAK : TokenBuffer.LINE_BREAK);
        return last;
    }

    /** A word or number, with inner apostrophes, hyphens, abbreviation dots and digit separators. */
    private static int word(String text, int i, TokenBuffer out) {
        int n = text.length();
        char first = text.charAt(i);
        boolean number = first < 0x80 ? first <= '9' : Character.isDigit(first);
        boolean innerDot = false;
        int segment = i;
        int j = i + (Character.isHighSurrogate(first) && Chars.isWordCodePoint(text, i) ? 2 : 1);
        // Plain ASCII letters and digits, the bulk of a word, in a tight loop first.
        while (j < n) {
            char c = text.charAt(j);
            if (c >= 0x80 || ASCII[c] != WORD) {
                if (c == ' ') {
                    // The usual end of a word: a space neither joins nor abbreviates it.
                    out.add(i, j, number ? TokenBuffer.NUMBER : TokenBuffer.WORD);
                    return j;
                }
                break;
            }
            j++;
        }
        while (j < n) {
            char c = text.charAt(j);
            if (c < 0x80 ? ASCII[c] == WORD : Chars.isWordChar(c)) {
                j++;
                continue;
            }
            if (c >= 0x80 && Chars.isWordCodePoint(text, j)) {
                j += 2;   // a letter or digit outside the Basic Multilingual Plane
                continue;
            }
            if (j + 1 >= n) {
                break;
            }
            char next = text.charAt(j + 1);
            char prev = text.charAt(j - 1);
            if ((Chars.isApostrophe(c) || c == '-' || c == '\u2010' || c == '\u2011')
                    && Chars.isLetterOrDigit(prev) && Chars.isLetterOrDigit(next)) {
                j += 2;
            } else if (c == '.' && !number && j - segment <= 2 && Character.isLetter(next)
                    && Character.isLetter(prev)) {
                innerDot = true;
                j += 2;
                segment = j - 1;
            } else if ((c == '.' || c == ',' || c == ':') && number && Character.isDigit(prev)
                    && Character.isDigit(next)) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && text.charAt(j) == '.' && !number && keepsPeriod(text, i, j, innerDot)) {
            j++;
        }
        out.add(i, j, number ? TokenBuffer.NUMBER : TokenBuffer.WORD);
        return j;
    }

    /** Whether a digit stands at {@code k}, or after one space there. */
    private static boolean numberFollows(String text, int k) {
        if (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9';
    }

    private static boolean keepsPeriod(String text, int start, int end, boolean innerDot) {
        int len = end - start;
        if (innerDot) {
            return true;
        }
        if (len == 1) {
            char c = text.charAt(start);
            return Character.isUpperCase(c) && c != 'I';
        }
        if (len == 2 && text.charAt(start) == 'N' && text.charAt(start + 1) == 'o') {
            return numberFollows(text, end + 1);   // "the No. 2 official": a number sign, not "No." ending a sentence
        }
        // "then-Sen.", "ex-Gov.": a prefix joined to a capitalized title keeps the title's period.
        int hyphen = end - 1;
        while (hyphen > start && text.charAt(hyphen) != '-') {   // within the word only: linear
            hyphen--;
        }
        if (hyphen > start && end - hyphen - 1 >= 2 && end - hyphen - 1 <= 4 && Character.isUpperCase(text.charAt(hyphen + 1))) {
            return ABBREVIATIONS.contains(text, hyphen + 1, end);
        }
        if (len > 5) {
            return false;
        }
        return ABBREVIATIONS.contains(text, start, end);
    }
}
