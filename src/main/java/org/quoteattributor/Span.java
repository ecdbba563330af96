package org.quoteattributor;

/**
 * A stretch of the input text, given as Java {@code String} indices (UTF-16 code units), end
 * exclusive.
 *
 * <pre>{@code
 * Span s = new Span(4, 9);
 * s.of("say \"hi\" now");   // "\"hi\" "
 * }</pre>
 *
 * @param start index of the first char, {@code 0 <= start <= end}
 * @param end index just past the last char
 */
public record Span(int start, int end) {

    /** Checks {@code 0 <= start <= end}. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span needs 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    /** The number of chars covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span and {@code other} share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * The text this span covers in {@code text}.
     *
     * @throws IndexOutOfBoundsException if the span does not fit the text
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
