package org.quoteattributor.fuzz;

import java.util.List;

/**
 * Turns fuzzer bytes into text made mostly of what the attributor looks at: quotation marks of
 * every family, apostrophes, dashes, line and paragraph breaks, reporting verbs, pronouns, names,
 * punctuation, and lone surrogates. Arbitrary strings rarely hold enough of these close together.
 *
 * <p>Each byte is one piece of text. Printable ASCII, tab, line feed and carriage return stand for
 * themselves, so a seed can be mostly plain text; any other byte {@code b} stands for
 * {@code PIECES.get(b % PIECES.size())}. Bytes 0x80 to 0xFF reach every piece.
 */
final class QuoteHeavyText {

    /**
     * The pieces that non-ASCII bytes stand for. Append only: the committed seeds of
     * {@code AttributeFuzzTest#quoteHeavyText} depend on this order, and it must stay at most 128 long.
     */
    static final List<String> PIECES = List.of(
            // 0: quotation marks and apostrophes of every family
            "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u201A", "\u00AB", "\u00BB",
            // 10
            "\u2039", "\u203A", "\u300C", "\u300D", "\u300E", "\u300F", "\u201F", "\u201B", "``", "''",
            // 20: dashes
            "\u2014", "\u2013", "\u2012", "\u2015", "--", " - ",
            // 26: line and paragraph breaks, odd spaces
            "\n", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\u00A0",
            // 36: surrogates, lone and paired (a pair for an emoji, a pair for a mathematical letter)
            "\uD83D", "\uDE00", "\uDBFF", "\uDC00", "\uD83D\uDE00", "\uD835\uDC00",
            // 42: reporting verbs and cues
            " said", " says", " asked", " told", " replied", " added", " wrote", " according to", ":",
            // 51: who speaks
            " she", " he", " they", " I", " we", " it", " Ann", " Lee", " Ann Lee", " Mr.", " Mrs. Okafor",
            // 62
            " Dr. Corrow", " Smith", " the spokesman", " officials", " His mother", " that", " and", " Yes",
            // 70: words with apostrophes
            " don't", "'s", "'em", " O'Neil", " '90s", " rock 'n' roll",
            // 76: punctuation
            ",", ".", ";", "?", "!", "...", "\u2026", "(", ")", "[", "]", " ",
            // 88: zero-width and combining marks, a byte order mark, an abbreviation
            "\u200B", "\u0301", "\uFEFF", " J.D.",
            // 92: whole turns
            "\u201CYes,\u201D she said.", " \"No,\" he said, \"", "\u2018Why?\u2019 asked Ann.", "\n\n\u201C");

    private QuoteHeavyText() {
    }

    /** The text the bytes stand for. */
    static String from(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 3);
        for (byte x : bytes) {
            int v = x & 0xFF;
            if ((v >= 0x20 && v < 0x7F) || v == '\t' || v == '\n' || v == '\r') {
                b.append((char) v);
            } else {
                b.append(PIECES.get(v % PIECES.size()));
            }
        }
        return b.toString();
    }
}
