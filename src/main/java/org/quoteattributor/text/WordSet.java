package org.quoteattributor.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * An immutable set of lower-case words that answers "is this stretch of the text one of them?"
 * without making a string: open addressing over a case-folded hash of the chars. Internal, not API.
 */
public final class WordSet {

    private final String[] slots;
    private final int mask;

    public WordSet(Collection<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        slots = new String[cap];
        mask = cap - 1;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            int h = hash(lw, 0, lw.length()) & mask;
            while (slots[h] != null && !slots[h].equals(lw)) {
                h = (h + 1) & mask;
            }
            slots[h] = lw;
        }
    }

    /** Whether {@code text[start, end)} is in the set, ignoring case. */
    public boolean contains(CharSequence text, int start, int end) {
        int h = hash(text, start, end) & mask;
        int len = end - start;
        while (true) {
            String s = slots[h];
            if (s == null) {
                return false;
            }
            if (s.length() == len && equalsIgnoreCase(s, text, start)) {
                return true;
            }
            h = (h + 1) & mask;
        }
    }

    /** Whether {@code word} is in the set, ignoring case. */
    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /** The number of words. */
    public int size() {
        return (int) Arrays.stream(slots).filter(s -> s != null).count();
    }

    static boolean equalsIgnoreCase(String s, CharSequence text, int start) {
        for (int i = 0; i < s.length(); i++) {
            if (fold(text.charAt(start + i)) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
