package org.quoteattributor;

import java.util.List;
import java.util.Objects;

/**
 * Someone the text names: one person however the text writes the name ({@code J.D. Vance},
 * {@code Vance}, {@code Vice President J.D. Vance}; {@code Margaret Barlow}, {@code Mrs. Barlow},
 * {@code Barlow}), with every mention and every quotation the text gives them.
 *
 * <pre>{@code
 * Attribution a = QuoteAttributor.analyze(
 *         "Ann Lee stood up. “Thank you,” she said. Lee left at noon.");
 * Person ann = a.people().get(0);
 * ann.name();                 // Ann Lee
 * ann.mentions();             // Ann Lee [0, 7), she [31, 34), Lee [41, 44)
 * ann.quotes().get(0).text(); // Thank you,
 * }</pre>
 *
 * <p>Names are told apart by their last word: two people of one family in one text count as one.
 * A given name alone is the person whose full name it opens ({@code Nora} is {@code Nora Quill})
 * when the text writes that full name more than once and no one else of that family.
 * A pronoun or a description ({@code the captain}) counts as a mention only where it names a
 * speaker or addressee the library resolved to this person.
 *
 * @param name the fullest name the text gives, without titles ({@code J.D. Vance}), on one line as
 *     {@link Speaker#name()}
 * @param mentions the names, resolved pronouns and resolved descriptions that stand for this
 *     person, in text order, none overlapping another; never empty
 * @param quotes the quotations this person says, in text order: the same {@link Quote} records as
 *     in {@link Attribution#quotes()}
 */
public record Person(String name, List<Mention> mentions, List<Quote> quotes) {

    /** Checks the parts and copies the lists. */
    public Person {
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }
}
