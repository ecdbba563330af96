package org.quoteattributor.json;

import java.util.Objects;

/**
 * Reads and writes JSON (RFC 8259) with plain Java values, for the command line's input and output.
 * Internal, not API.
 *
 * <pre>{@code
 * Map<?, ?> doc = (Map<?, ?>) Json.parse("{\"id\": 7, \"text\": \"\\u201cHi,\\u201d she said.\"}");
 * doc.get("id");     // 7L
 * doc.get("text");   // “Hi,” she said.
 * Json.write(doc);   // {"id":7,"text":"“Hi,” she said."}
 * }</pre>
 *
 * <p>Values map to Java as: object → an unmodifiable {@code Map<String, Object>} in document order;
 * array → an unmodifiable {@code List<Object>}; string → {@link String} (escaped surrogates are kept
 * as the UTF-16 units they name, paired or not); integer → {@link Long}, or
 * {@link java.math.BigDecimal} beyond the long range; any other number →
 * {@link java.math.BigDecimal} (exact); {@code true}/{@code false} → {@link Boolean}; {@code null} →
 * {@code null}.
 */
public final class Json {

    /** The default limit on how deeply arrays and objects may nest. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    private Json() {
    }

    /**
     * Reads one JSON value that makes up the whole of {@code text} (whitespace around it allowed).
     *
     * @throws JsonException with the offset of the first problem: bad syntax, trailing text, a
     *     duplicate key in one object, or nesting deeper than {@link #DEFAULT_MAX_DEPTH}
     */
    public static Object parse(String text) {
        return parse(text, DEFAULT_MAX_DEPTH);
    }

    /**
     * Reads one JSON value, allowing arrays and objects to nest {@code maxDepth} levels deep. The
     * reader never recurses, so any limit is safe; it exists to bound the work on hostile input.
     *
     * @throws IllegalArgumentException if {@code maxDepth < 1}
     * @throws JsonException as {@link #parse(String)}
     */
    public static Object parse(String text, int maxDepth) {
        Objects.requireNonNull(text, "text");
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        }
        return new JsonParser(text, maxDepth).parseDocument();
    }

    /**
     * Writes {@code value} as compact JSON; see {@link JsonWriter#value(Object)} for the types taken
     * and the order of object members.
     *
     * @throws IllegalArgumentException for a value with no JSON form
     */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).value(value);
        return b.toString();
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        Objects.requireNonNull(s, "s");
        return write(s);
    }
}
