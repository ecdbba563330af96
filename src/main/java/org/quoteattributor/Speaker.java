package org.quoteattributor;

import java.util.Objects;

/**
 * Who said a quotation, or to whom it was said ({@link Quote#addressee()}): the mention in the
 * text, and the name it stands for when the text makes it knowable.
 *
 * <pre>{@code
 * // "Ann Lee spoke first. “Thank you,” she said."
 * speaker.mention();   // she
 * speaker.type();      // PRONOUN
 * speaker.name();      // Ann Lee
 * }</pre>
 *
 * @param mention the words in the text that name the speaker ({@code Vance}, {@code she},
 *     {@code a White House official})
 * @param span where the mention lies
 * @param type whether the mention is a name, a pronoun or a description
 * @param name the fullest name the text gives for this speaker; the mention itself when there is none;
 *     on one line, each run of white space in it (a line break in wrapped text) written as one space
 */
public record Speaker(String mention, Span span, Type type, String name) {

    /** What sort of words name the speaker. */
    public enum Type {
        /** A proper name, with any title: {@code Sen. Ted Cruz}, {@code Mr. Darcy}. */
        NAME,
        /** A personal pronoun: {@code he}, {@code she}, {@code they}, {@code I}, {@code we}. */
        PRONOUN,
        /** A description: {@code the spokesman}, {@code a White House official}, {@code officials}. */
        DESCRIPTION
    }

    /** Checks that every part is given. */
    public Speaker {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
