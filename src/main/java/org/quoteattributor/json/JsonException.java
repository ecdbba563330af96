package org.quoteattributor.json;

/**
 * Malformed JSON: what was wrong and the char offset in the input where it was found.
 *
 * <pre>{@code
 * try {
 *     Json.parse("{\"a\" 1}");
 * } catch (JsonException e) {
 *     e.offset();    // 5
 *     e.detail();    // expected ':' after an object key, found '1'
 *     e.getMessage() // expected ':' after an object key, found '1' at offset 5
 * }
 * }</pre>
 */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;
    private final int offset;

    /**
     * @param detail what was wrong, without the offset
     * @param offset the index in the input (UTF-16 code units) where the problem was found
     */
    public JsonException(String detail, int offset) {
        super(detail + " at offset " + offset);
        this.detail = detail;
        this.offset = offset;
    }

    /** What was wrong, without the offset. */
    public String detail() {
        return detail;
    }

    /** The index in the input (UTF-16 code units) where the problem was found. */
    public int offset() {
        return offset;
    }
}
