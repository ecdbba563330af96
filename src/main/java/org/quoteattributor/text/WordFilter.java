package org.quoteattributor.text;

import java.util.Collection;
import java.util.Locale;

/**
 * A quick test that a stretch of text cannot be one of a set of words, from its length and first
 * char alone, to skip a hash look-up for most words: "no" is sure, "maybe" needs the look-up.
 * Case is ignored as {@link WordSet} ignores it. Immutable. Internal, not API.
 *
 * <pre>{@code
 * WordFilter f = new WordFilter(List.of("he", "she"));
 * f.mayContain("the house", 4, 9);   // false: no word of five chars
 * }</pre>
 */
public final class WordFilter {

    /** Lengths kept apart; longer words share the last entry. */
    private static final int LENGTHS = 32;

    /** Per length, a bit per first char (folded, modulo 64) of the words of that length. */
    private final long[] firstChars = new long[LENGTHS + 1];

    public WordFilter(Collection<String> words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!lw.isEmpty()) {
                firstChars[Math.min(lw.length(), LENGTHS)] |= 1L << lw.charAt(0);
            }
        }
    }

    /** Whether {@code text[start, end)} may be one of the words (ignoring case); false is sure. */
    public boolean mayContain(CharSequence text, int start, int end) {
        int len = end - start;
        return len > 0 && (firstChars[Math.min(len, LENGTHS)] & 1L << WordSet.fold(text.charAt(start))) != 0;
    }
}
