package org.quoteattributor.text;

/**
 * Makes one string per distinct stretch of a text, however often it recurs: a name written a
 * hundred times is copied once, and the strings handed out, being the same objects, hash once and
 * compare by reference in the maps that count them. Either as written or lower-cased char by
 * char ({@link Character#toLowerCase(char)}, so a string is exactly as long as its stretch).
 * Open addressing, doubled when half full. A look-up probes at most {@link #MAX_PROBES} slots and a
 * stretch that finds no place within them is copied afresh instead of kept: chars chosen to share
 * one hash (easy for a polynomial hash) cost more strings, never quadratic time. One per call,
 * not thread-safe. Internal, not API.
 */
public final class StringPool {

    /** Slots looked at, at most, for one stretch. */
    private static final int MAX_PROBES = 16;

    private final String text;
    private final boolean lowerCase;
    private String[] strings = new String[64];
    private int[] hashes = new int[64];
    private int size;

    /**
     * @param text      the text the stretches are taken from
     * @param lowerCase whether to hand out the stretches lower-cased
     */
    public StringPool(String text, boolean lowerCase) {
        this.text = text;
        this.lowerCase = lowerCase;
    }

    /**
     * {@code text[start, end)}, lower-cased if this pool does so: the same object for the same chars
     * (an equal one when the pool found no place for it).
     */
    public String get(int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + at(i);
        }
        h ^= h >>> 16;
        int mask = strings.length - 1;
        int slot = h & mask;
        int len = end - start;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            String s = strings[slot];
            if (s == null) {
                s = make(start, end);
                strings[slot] = s;
                hashes[slot] = h;
                if (++size * 2 > strings.length) {
                    grow();
                }
                return s;
            }
            if (hashes[slot] == h && s.length() == len && sameChars(s, start)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        return make(start, end);   // no place near its hash: an equal string, not the same one
    }

    private char at(int i) {
        char c = text.charAt(i);
        return lowerCase ? Character.toLowerCase(c) : c;
    }

    private boolean sameChars(String s, int start) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != at(start + k)) {
                return false;
            }
        }
        return true;
    }

    private String make(int start, int end) {
        if (!lowerCase) {
            return text.substring(start, end);
        }
        char[] cs = new char[end - start];
        for (int k = 0; k < cs.length; k++) {
            cs[k] = at(start + k);
        }
        return new String(cs);
    }

    private void grow() {
        String[] oldStrings = strings;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        hashes = new int[oldStrings.length * 2];
        int mask = strings.length - 1;
        size = 0;
        for (int k = 0; k < oldStrings.length; k++) {
            if (oldStrings[k] != null) {
                int slot = oldHashes[k] & mask;
                for (int probe = 0; probe < MAX_PROBES; probe++) {
                    if (strings[slot] == null) {
                        strings[slot] = oldStrings[k];
                        hashes[slot] = oldHashes[k];
                        size++;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                // a string with no place near its hash is dropped: asked for again, it is copied again
            }
        }
    }
}
