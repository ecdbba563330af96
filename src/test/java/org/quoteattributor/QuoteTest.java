package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The result records: {@link Quote}, {@link Speaker}, {@link Cue} and {@link Token} check what they are given. */
class QuoteTest {

    private static final String TEXT = "“We will win,” Smith said.";
    private static final Span SPAN = new Span(0, 14);
    private static final Span CONTENT = new Span(1, 13);

    private static Quote quote(Span span, Span content, List<Span> nested) {
        return new Quote(span, content, content.of(TEXT), Quote.Kind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                "none", nested);
    }

    @Test
    void startAndEndAreThoseOfTheSpan() {
        Quote q = quote(SPAN, CONTENT, List.of());
        assertEquals(0, q.start());
        assertEquals(14, q.end());
    }

    @Test
    void contentOutsideTheSpanIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> quote(new Span(1, 13), new Span(0, 14), List.of()));
        assertEquals("content [0, 14) lies outside span [1, 13)", e.getMessage());
    }

    @Test
    void theNestedListIsCopiedAndUnmodifiable() {
        List<Span> nested = new ArrayList<>(List.of(new Span(2, 4)));
        Quote q = quote(SPAN, CONTENT, nested);
        nested.clear();
        assertEquals(List.of(new Span(2, 4)), q.nested());
        assertThrows(UnsupportedOperationException.class, () -> q.nested().clear());
    }

    @Test
    void nullPartsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Quote(SPAN, CONTENT, "x",
                Quote.Kind.DIRECT, null, Optional.empty(), Optional.empty(), 0, "none", List.of()));
        assertEquals("speaker", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> new Quote(SPAN, CONTENT, "x", Quote.Kind.DIRECT,
                Optional.empty(), Optional.empty(), Optional.empty(), 0, null, List.of()));
        assertEquals("rule", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> new Quote(SPAN, CONTENT, "x", Quote.Kind.DIRECT,
                Optional.empty(), null, Optional.empty(), 0, "none", List.of()));
        assertEquals("addressee", e.getMessage());
    }

    @Test
    void aSpeakerNeedsEveryPart() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Speaker("Smith", new Span(15, 20), Speaker.Type.NAME, null));
        assertEquals("name", e.getMessage());
    }

    @Test
    void aCueNeedsTextAndSpan() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Cue("said", null));
        assertEquals("span", e.getMessage());
    }

    @Test
    void aTokenNeedsKindAndSpan() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Token(null, new Span(0, 1)));
        assertEquals("kind", e.getMessage());
    }
}
