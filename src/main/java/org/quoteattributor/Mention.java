package org.quoteattributor;

import java.util.Objects;

/**
 * One place where the text names a person: a name, with any titles ({@code Vice President J.D.
 * Vance}, {@code Vance}), or a pronoun resolved to them ({@code she}).
 *
 * <pre>{@code
 * // "Ann Lee stood up. “Thank you,” she said."
 * mention.text();   // she
 * mention.span();   // [31, 34)
 * mention.type();   // PRONOUN
 * }</pre>
 *
 * @param text the words as written ({@code span} of the text)
 * @param span where they lie
 * @param type whether they are a name or a pronoun
 */
public record Mention(String text, Span span, Speaker.Type type) {

    /** Checks that every part is given. */
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
