package org.quoteattributor.text;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays of offsets and kinds: no per-token objects, no
 * substrings. Six bytes a token: its start, and its length and kind packed into one char; the
 * rare token too long for that keeps its end in a side list. Internal, not API; the public view
 * is {@link org.quoteattributor.Tokenizer}.
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

    /** Bits of a kind in {@link #lengthKinds}; the length takes the rest. */
    private static final int KIND_BITS = 3;
    private static final int KIND_MASK = (1 << KIND_BITS) - 1;
    /** The packed length that means "longer: see {@link #longEnds}". */
    private static final int LONG = (1 << (16 - KIND_BITS)) - 1;

    private final String text;
    private int[] starts;
    /** Per token: {@code length << KIND_BITS | kind}, or {@code LONG << KIND_BITS | kind}. */
    private char[] lengthKinds;
    private int size;
    /** The tokens of {@link #LONG} chars or more, in order, with their ends. */
    private int[] longTokens = new int[0];
    private int[] longEnds = new int[0];
    private int longCount;

    TokenBuffer(String text, int capacity) {
        this.text = text;
        int c = Math.max(16, capacity);
        starts = new int[c];
        lengthKinds = new char[c];
    }

    /**
     * Makes room for more tokens, {@code end} chars into the text: as many as the text so far
     * foretells for the whole of it, a sixteenth more (so one copy usually does), and at least a
     * quarter more than now (so a text that turns denser copies a bounded number of times).
     */
    private void grow(int end) {
        long foretold = (long) size * text.length() / Math.max(1, end);
        long c = Math.max(foretold + (foretold >> 4) + 16, size + (size >> 2) + 16);
        int capacity = (int) Math.min(c, Integer.MAX_VALUE - 8);
        starts = Arrays.copyOf(starts, capacity);
        lengthKinds = Arrays.copyOf(lengthKinds, capacity);
    }

    void add(int start, int end, int kind) {
        if (size == starts.length) {
            grow(end);
        }
        int length = end - start;
        if (length >= LONG) {
            if (longCount == longTokens.length) {
                longTokens = Arrays.copyOf(longTokens, longCount * 2 + 4);
                longEnds = Arrays.copyOf(longEnds, longCount * 2 + 4);
            }
            longTokens[longCount] = size;
            longEnds[longCount++] = end;
            length = LONG;
        }
        starts[size] = start;
        lengthKinds[size] = (char) (length << KIND_BITS | kind);
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
        int length = lengthKinds[i] >>> KIND_BITS;
        return length != LONG ? starts[i] + length : longEnds[Arrays.binarySearch(longTokens, 0, longCount, i)];
    }

    public int kind(int i) {
        return lengthKinds[i] & KIND_MASK;
    }

    /** The first char of token {@code i}. */
    public char first(int i) {
        return text.charAt(starts[i]);
    }

    /** The length of token {@code i}. */
    public int length(int i) {
        int length = lengthKinds[i] >>> KIND_BITS;
        return length != LONG ? length : end(i) - starts[i];
    }

    /** Whether token {@code i} is a word or number. */
    public boolean isWordLike(int i) {
        int kind = kind(i);
        return kind == WORD || kind == NUMBER;
    }

    /** Whether token {@code i} is a line or paragraph break. */
    public boolean isBreak(int i) {
        int kind = kind(i);
        return kind == LINE_BREAK || kind == PARAGRAPH_BREAK;
    }

    /** Whether token {@code i} is the single char {@code c}. */
    public boolean is(int i, char c) {
        return lengthKinds[i] >>> KIND_BITS == 1 && text.charAt(starts[i]) == c;
    }

    /** Whether token {@code i} equals {@code s}, ignoring case. */
    public boolean equalsIgnoreCase(int i, String s) {
        int len = length(i);
        return len == s.length() && Chars.regionEqualsIgnoreCase(text, starts[i], s);
    }

    /** Whether tokens {@code i} and {@code j} are the same word, ignoring case; unlike comparing their strings, allocates nothing. */
    public boolean equalsIgnoreCase(int i, int j) {
        int len = length(i);
        return len == length(j) && text.regionMatches(true, starts[i], text, starts[j], len);
    }

    /** Whether token {@code i} is {@code s}, case included; unlike {@code string(i).equals(s)}, allocates nothing. */
    public boolean textEquals(int i, String s) {
        int len = length(i);
        return len == s.length() && text.startsWith(s, starts[i]);
    }

    /** Whether token {@code i} ends with {@code suffix}, case included. */
    public boolean endsWith(int i, String suffix) {
        int n = suffix.length();
        return length(i) >= n && text.startsWith(suffix, end(i) - n);
    }

    /**
     * Whether token {@code i} is a word starting with an upper-case letter, or with the Arabic
     * article {@code al-} or {@code el-} before one, as a family name may ({@code al-Khalidi}).
     */
    public boolean isCapitalized(int i) {
        if (kind(i) != WORD) {
            return false;
        }
        char c = text.charAt(starts[i]);
        if (c < 0x80) {   // most of a text: no look-up, and the article only for a word opening with a or e
            return c >= 'A' && c <= 'Z' || (c == 'a' || c == 'e') && Chars.articleBeforeCapital(text, starts[i], end(i));
        }
        return Character.isUpperCase(c);
    }

    /** The text of token {@code i} (allocates). */
    public String string(int i) {
        return text.substring(starts[i], end(i));
    }

    /** The index of the first token that ends after {@code offset}, or {@link #size()}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
