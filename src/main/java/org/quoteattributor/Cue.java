package org.quoteattributor;

import java.util.Objects;

/**
 * The words that tie a quotation to its speaker: a reporting verb ({@code said}, {@code told},
 * {@code wrote}), a phrase ({@code according to}) or a colon.
 *
 * <pre>{@code
 * // "“No,” she replied."
 * cue.text();   // replied
 * cue.span();   // [10, 17)
 * }</pre>
 *
 * @param text the words as written
 * @param span where they lie
 */
public record Cue(String text, Span span) {

    /** Checks that both parts are given. */
    public Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
