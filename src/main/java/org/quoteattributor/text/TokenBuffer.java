package org.quoteattributor.text;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays of offsets and kinds: no per-token objects, no
 * substrings. Internal, not API; the public view is {@link org.quoteattributor.Tokenizer}.
 */
public final class TokenBuffer {

    /** Kind codes, the ordinals of {@link org.quoteattributor.TokenKind}. */
    public static final int WORD = 0;
    public static final int NUMBER = 1;
    public static final int QUOTE_MARK = 2;
    public static final int DASH = 3;
    public static final int PUNCTUATION = 4;
    public static final int SYMBOL = 5;
    public static final int LINE_BREAK = 6;
    public static final int PARAGRAPH_BREAK = 7;

    private final String text;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int size;

    TokenBuffer(String text, int capacity) {
        this.text = text;
        int c = Math.max(16, capacity);
        starts = new int[c];
        ends = new int[c];
        kinds = new byte[c];
    }

    void add(int start, int end, int kind) {
        if (size == starts.length) {
            int c = size + (size >> 1) + 16;
            starts = Arrays.copyOf(starts, c);
            ends = Arrays.copyOf(ends, c);
            kinds = Arrays.copyOf(kinds, c);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) kind;
        size++;
    }

    /** The text these tokens were taken from. */
    public String text() {
        return text;
    }

    /** How many tokens there are. */
    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int kind(int i) {
        return kinds[i];
    }

    /** The first char of token {@code i}. */
    public char first(int i) {
        return text.charAt(starts[i]);
    }

    /** The length of token {@code i}. */
    public int length(int i) {
        return ends[i] - starts[i];
    }

    /** Whether token {@code i} is a word or number. */
    public boolean isWordLike(int i) {
        return kinds[i] == WORD || kinds[i] == NUMBER;
    }

    /** Whether token {@code i} is a line or paragraph break. */
    public boolean isBreak(int i) {
        return kinds[i] == LINE_BREAK || kinds[i] == PARAGRAPH_BREAK;
    }

    /** Whether token {@code i} is the single char {@code c}. */
    public boolean is(int i, char c) {
        return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    /** Whether token {@code i} equals {@code s}, ignoring case. */
    public boolean equalsIgnoreCase(int i, String s) {
        int len = ends[i] - starts[i];
        return len == s.length() && text.regionMatches(true, starts[i], s, 0, len);
    }

    /** Whether token {@code i} is a word starting with an upper-case letter. */
    public boolean isCapitalized(int i) {
        return kinds[i] == WORD && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** The text of token {@code i} (allocates). */
    public String string(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The index of the first token that ends after {@code offset}, or {@link #size()}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
