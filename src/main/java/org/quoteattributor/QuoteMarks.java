package org.quoteattributor;

/**
 * Families of quotation marks the attributor can recognise; choose them with
 * {@link QuoteAttributor.Builder#quoteMarks(java.util.Set)}.
 *
 * <pre>{@code
 * Attributor a = QuoteAttributor.builder()
 *         .quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE, QuoteMarks.STRAIGHT_DOUBLE))
 *         .build();
 * }</pre>
 */
public enum QuoteMarks {
    /** {@code "} */
    STRAIGHT_DOUBLE,
    /** {@code '} (also an apostrophe; told apart by context) */
    STRAIGHT_SINGLE,
    /** {@code “ ”} and the reversed {@code ‟} */
    CURLY_DOUBLE,
    /** {@code ‘ ’} and the reversed {@code ‛} ({@code ’} is also an apostrophe) */
    CURLY_SINGLE,
    /** {@code „} and {@code ‚}, the low-9 openers of German and Czech text */
    LOW_NINE,
    /** {@code « »} and {@code ‹ ›} */
    GUILLEMETS,
    /** {@code 「 」} and {@code 『 』} */
    CORNER_BRACKETS,
    /**
     * A paragraph of dialogue opened by a dash instead of marks ({@code — Hola —dijo ella—. ¿Y tú?}):
     * the words after the dash, up to a dash that opens narration, are the quotation.
     */
    DIALOGUE_DASH
}
