package org.quoteattributor.text;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable map from lower-case words to int values (bit sets of word classes, or indices),
 * looked up ignoring case straight from a stretch of the text, without making a string. Open
 * addressing over the same case-folded hash as {@link WordSet}. Internal, not API.
 */
public final class WordTable {

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    public WordTable(Map<String, Integer> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new String[cap];
        hashes = new int[cap];
        values = new int[cap];
        mask = cap - 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            int full = WordSet.hash(k, 0, k.length());
            int h = full & mask;
            while (keys[h] != null && !keys[h].equals(k)) {
                h = (h + 1) & mask;
            }
            keys[h] = k;
            hashes[h] = full;
            values[h] = values[h] | e.getValue();
        }
    }

    /** The value for {@code text[start, end)}, ignoring case; 0 when the word is absent. */
    public int get(CharSequence text, int start, int end) {
        int full = WordSet.hash(text, start, end);
        int h = full & mask;
        int len = end - start;
        while (true) {
            String k = keys[h];
            if (k == null) {
                return 0;
            }
            if (hashes[h] == full && k.length() == len && WordSet.equalsIgnoreCase(k, text, start)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
    }
}
