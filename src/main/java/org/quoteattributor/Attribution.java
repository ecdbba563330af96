package org.quoteattributor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything found in one text: its quotations, and the people it names with what each says.
 *
 * <pre>{@code
 * Attribution a = QuoteAttributor.analyze(text);
 * for (Person p : a.people()) {
 *     System.out.println(p.name() + ": " + p.quotes().size() + " quotations, "
 *             + p.mentions().size() + " mentions");
 * }
 * Quote first = a.quotes().get(0);
 * a.speakerOf(first).map(Person::name);     // the person who said it, when named
 * a.addresseeOf(first).map(Person::name);   // the person it was said to, when named
 * }</pre>
 *
 * <p>A person is anyone quoted under a name, and anyone else the text shows to be a person (a
 * title such as {@code Mrs.} or {@code Senator}, a given name, {@code he} or {@code she} used of
 * them, being called by name in a quotation), even with nothing to say; places and organisations never quoted are not people.
 * Speakers given only by a description ({@code the spokesman}) or an unresolved pronoun
 * ({@code I}, {@code they}) belong to no person: their quotations are in {@link #quotes()} only.
 *
 * @param quotes the quotations in text order, as {@link Attributor#attribute(String)} returns them
 * @param people the people named, in the order of their first mention
 */
public record Attribution(List<Quote> quotes, List<Person> people) {

    /** Checks the parts and copies the lists. */
    public Attribution {
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }

    /** The person who says {@code quote}, when the speaker is a named person. */
    public Optional<Person> speakerOf(Quote quote) {
        Objects.requireNonNull(quote, "quote");
        for (Person p : people) {
            if (p.quotes().contains(quote)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The person {@code quote} is said to, when the addressee is a named person: the one with a
     * mention where the addressee stands.
     */
    public Optional<Person> addresseeOf(Quote quote) {
        Objects.requireNonNull(quote, "quote");
        if (quote.addressee().isEmpty()) {
            return Optional.empty();
        }
        Span at = quote.addressee().get().span();
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                if (m.span().overlaps(at)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
