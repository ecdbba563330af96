package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Invariants of {@link QuoteAttributor#analyze(String)}: the people's quotations are quotations of
 * the list, and each is one person's; every mention lies in the text and reads as its span; the
 * addressee is never the speaker.
 */
class AttributionProperties {

    static void consistent(String text, Attribution a) {
        Invariants.wellFormed(text, a.quotes());
        Map<Quote, Person> owner = new IdentityHashMap<>();
        for (Person p : a.people()) {
            assertFalse(p.name().isBlank(), () -> "blank name: " + p);
            assertFalse(p.mentions().isEmpty(), () -> "no mention: " + p);
            for (Quote q : p.quotes()) {
                assertTrue(a.quotes().stream().anyMatch(x -> x == q), () -> "not in the quotation list: " + q);
                assertTrue(owner.put(q, p) == null, () -> "said by two people: " + q);
                assertTrue(q.speaker().isPresent(), () -> "a person's quotation without speaker: " + q);
            }
            Span before = null;
            for (Mention m : p.mentions()) {
                assertTrue(m.span().end() <= text.length(), () -> "mention past the text: " + m);
                assertEquals(m.span().of(text), m.text(), () -> "mention is not its span's text: " + m);
                assertTrue(before == null || before.end() <= m.span().start(), () -> "mentions out of order: " + p);
                assertTrue(m.type() != Speaker.Type.DESCRIPTION, () -> "a description as a person's mention: " + m);
                before = m.span();
            }
        }
        for (Quote q : a.quotes()) {
            q.addressee().ifPresent(to -> {
                assertTrue(to.span().end() <= text.length(), () -> "addressee past the text: " + q);
                assertEquals(to.span().of(text), to.mention(), () -> "addressee is not its span's text: " + q);
                q.speaker().ifPresent(s -> {
                    assertFalse(s.span().overlaps(to.span()), () -> "addressee is the speaker's mention: " + q);
                    assertTrue(a.speakerOf(q).isEmpty() || !a.speakerOf(q).equals(a.addresseeOf(q)),
                            () -> "addressee is the speaker's person: " + q);
                });
            });
        }
    }

    @Property(tries = 300)
    void storiesGiveConsistentPeople(@ForAll("stories") Stories.Story story, @ForAll Stories.Style style) {
        String text = story.render(style);
        consistent(text, QuoteAttributor.analyze(text));
    }

    @Property(tries = 300)
    void dialogueGivesConsistentPeopleAndAddressees(@ForAll("dialogue") String text) {
        consistent(text, QuoteAttributor.analyze(text));
    }

    @Property
    void anyStringGivesConsistentPeople(@ForAll @StringLength(max = 200) String text) {
        consistent(text, QuoteAttributor.analyze(text));
    }

    @Property(tries = 200)
    void theQuotationsAreThoseOfAttribute(@ForAll("dialogue") String text) {
        assertEquals(QuoteAttributor.attribute(text), QuoteAttributor.analyze(text).quotes());
    }

    @Provide
    Arbitrary<Stories.Story> stories() {
        return Stories.stories();
    }

    /** Turns of dialogue between named people, with vocatives and told/asked/said-to tags. */
    @Provide
    Arbitrary<String> dialogue() {
        Arbitrary<String> name = Arbitraries.of("Nora", "Tom Reyes", "Mrs. Pratt", "Reyes", "Alma Pratt", "Mr. Lund");
        Arbitrary<String> addressee = Arbitraries.oneOf(name, Arbitraries.of("him", "her", "reporters", "the crowd", "herself"));
        Arbitrary<String> words = Arbitraries.of("the boat is late", "come here", "yes", "we should go",
                "nobody knows", "it is cold").map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        Arbitrary<String> turn = Arbitraries.oneOf(
                Combinators.combine(words, name, addressee).as((w, s, t) -> "“" + w + ",” " + s + " told " + t + "."),
                Combinators.combine(words, name, addressee).as((w, s, t) -> s + " said to " + t + ", “" + w + ".”"),
                Combinators.combine(words, name, name).as((w, s, t) -> "“" + w + ", " + t + ",” said " + s + "."),
                Combinators.combine(name, words, name).as((t, w, s) -> "“" + t + ", " + w.toLowerCase() + ".” " + s + " asked " + t + "."),
                words.map(w -> "“" + w + "?”"),
                name.map(n -> n + " looked away."));
        return Combinators.combine(turn.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("\n\n", " "))
                .as((turns, between) -> String.join(between, turns));
    }
}
