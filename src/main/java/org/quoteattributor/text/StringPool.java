package org.quoteattributor.text;

/**
 * Makes one string per distinct stretch of a text, however often it recurs: a name written a
 * hundred times is copied once, and the strings handed out, being the same objects, hash once and
 * compare by reference in the maps that count them. Either as written or lower-cased char by
 * char ({@link Character#toLowerCase(char)}, so a string is exactly as long as its stretch).
 * Open addressing, doubled when half full: linear in the chars looked up. One per call, not
 * thread-safe. Internal, not API.
 */
public final class StringPool {

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

    /** {@code text[start, end)}, lower-cased if this pool does so: the same object for the same chars. */
    public String get(int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + at(i);
        }
        h ^= h >>> 16;
        int mask = strings.length - 1;
        int slot = h & mask;
        int len = end - start;
        while (true) {
            String s = strings[slot];
            if (s == null) {
                break;
            }
            if (hashes[slot] == h && s.length() == len && sameChars(s, start)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String s = make(start, end);
        strings[slot] = s;
        hashes[slot] = h;
        if (++size * 2 > strings.length) {
            grow();
        }
        return s;
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
        for (int k = 0; k < oldStrings.length; k++) {
            if (oldStrings[k] != null) {
                int slot = oldHashes[k] & mask;
                while (strings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = oldStrings[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
