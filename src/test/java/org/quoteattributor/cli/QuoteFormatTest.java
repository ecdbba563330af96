package org.quoteattributor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attribution;
import org.quoteattributor.Cue;
import org.quoteattributor.Mention;
import org.quoteattributor.Person;
import org.quoteattributor.Quote;
import org.quoteattributor.Span;
import org.quoteattributor.Speaker;
import org.quoteattributor.json.JsonWriter;

class QuoteFormatTest {

    private static final String TEXT = "Ann Lee stood.\n\u201cWe\n  will   win,\u201d she said.";

    private static final Speaker SHE = new Speaker("she", new Span(34, 37), Speaker.Type.PRONOUN, "Ann Lee");

    private static Quote quote(Optional<Speaker> speaker, Quote.Kind kind) {
        return new Quote(new Span(15, 33), new Span(16, 32), "We\n  will   win,", kind, speaker, Optional.empty(),
                Optional.of(new Cue("said", new Span(38, 42))), 0, "trailing-verb", List.of());
    }

    @Test
    void aLineFoldsWhitespaceAndNamesWhomAPronounMeans() {
        assertEquals("15-33  she (Ann Lee)  [trailing-verb]  \u201cWe will win,\u201d",
                QuoteFormat.line(quote(Optional.of(SHE), Quote.Kind.DIRECT), TEXT));
    }

    @Test
    void aLineMarksMixedQuotesAndMissingSpeakers() {
        assertEquals("15-33  -  [trailing-verb, mixed]  \u201cWe will win,\u201d",
                QuoteFormat.line(quote(Optional.empty(), Quote.Kind.MIXED), TEXT));
    }

    @Test
    void jsonHasEveryFieldInOrder() {
        StringBuilder b = new StringBuilder();
        QuoteFormat.json(new JsonWriter(b), quote(Optional.of(SHE), Quote.Kind.DIRECT));
        assertEquals("{\"start\":15,\"end\":33,\"content_start\":16,\"content_end\":32,"
                + "\"text\":\"We\\n  will   win,\",\"kind\":\"direct\",\"speaker\":\"Ann Lee\",\"speaker_start\":34,"
                + "\"speaker_end\":37,\"speaker_name\":\"Ann Lee\",\"speaker_mention\":\"she\","
                + "\"speaker_type\":\"pronoun\",\"cue\":\"said\",\"cue_start\":38,\"cue_end\":42,\"group\":0,"
                + "\"rule\":\"trailing-verb\",\"addressee\":null,\"addressee_start\":null,\"addressee_end\":null,"
                + "\"addressee_mention\":null,\"addressee_type\":null}", b.toString());
    }

    @Test
    void jsonGivesTheAddresseeAfterTheRule() {
        Speaker ann = new Speaker("Ann", new Span(0, 3), Speaker.Type.NAME, "Ann Lee");
        Quote q = new Quote(new Span(15, 33), new Span(16, 32), "We\n  will   win,", Quote.Kind.DIRECT,
                Optional.of(SHE), Optional.of(ann), Optional.empty(), 0, "trailing-verb", List.of());
        StringBuilder b = new StringBuilder();
        QuoteFormat.json(new JsonWriter(b), q);
        assertTrue(b.toString().endsWith("\"rule\":\"trailing-verb\",\"addressee\":\"Ann Lee\",\"addressee_start\":0,"
                + "\"addressee_end\":3,\"addressee_mention\":\"Ann\",\"addressee_type\":\"name\"}"), b.toString());
    }

    @Test
    void aLineNamesTheAddresseeAfterTo() {
        Speaker ann = new Speaker("Ann", new Span(0, 3), Speaker.Type.NAME, "Ann Lee");
        Quote q = new Quote(new Span(15, 33), new Span(16, 32), "We\n  will   win,", Quote.Kind.DIRECT,
                Optional.of(SHE), Optional.of(ann), Optional.empty(), 0, "trailing-verb", List.of());
        assertEquals("15-33  she (Ann Lee) to Ann (Ann Lee)  [trailing-verb]  \u201cWe will win,\u201d",
                QuoteFormat.line(q, TEXT));
    }

    @Test
    void aDocumentListsItsPeopleWithTheIndicesOfTheirQuotations() {
        Quote q = quote(Optional.of(SHE), Quote.Kind.DIRECT);
        Person ann = new Person("Ann Lee", List.of(new Mention("Ann Lee", new Span(0, 7), Speaker.Type.NAME),
                new Mention("she", new Span(34, 37), Speaker.Type.PRONOUN)), List.of(q));
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b).beginObject();
        QuoteFormat.document(w, new Attribution(List.of(q), List.of(ann)));
        w.endObject();
        assertTrue(b.toString().endsWith("\"people\":[{\"name\":\"Ann Lee\",\"mentions\":["
                + "{\"start\":0,\"end\":7,\"text\":\"Ann Lee\",\"type\":\"name\"},"
                + "{\"start\":34,\"end\":37,\"text\":\"she\",\"type\":\"pronoun\"}],\"quotes\":[0]}]}"), b.toString());
    }
}
