package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Span}: a stretch of text by UTF-16 index, end exclusive. */
class SpanTest {

    @Test
    void theTextItCovers() {
        assertEquals("\"hi\" ", new Span(4, 9).of("say \"hi\" now"));
        assertEquals(5, new Span(4, 9).length());
    }

    @Test
    void anEmptySpanIsAllowed() {
        assertEquals("", new Span(3, 3).of("abc"));
        assertEquals(0, new Span(3, 3).length());
    }

    @Test
    void aNegativeStartIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertTrue(e.getMessage().contains("[-1, 2)"), e.getMessage());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }

    @Test
    void aSpanPastTheTextCannotBeRead() {
        assertThrows(IndexOutOfBoundsException.class, () -> new Span(2, 9).of("abc"));
    }

    @Test
    void spansThatShareACharOverlap() {
        assertTrue(new Span(0, 5).overlaps(new Span(4, 8)));
        assertTrue(new Span(4, 8).overlaps(new Span(0, 5)));
        assertTrue(new Span(0, 9).overlaps(new Span(3, 4)));
    }

    @Test
    void spansThatOnlyTouchDoNotOverlap() {
        assertFalse(new Span(0, 5).overlaps(new Span(5, 8)));
        assertFalse(new Span(5, 8).overlaps(new Span(0, 5)));
    }

    @Test
    void containsIncludesTheEdges() {
        assertTrue(new Span(2, 8).contains(new Span(2, 8)));
        assertTrue(new Span(2, 8).contains(new Span(3, 8)));
        assertTrue(new Span(2, 8).contains(new Span(5, 5)));
        assertFalse(new Span(2, 8).contains(new Span(1, 4)));
        assertFalse(new Span(2, 8).contains(new Span(7, 9)));
    }

    @Test
    void printsAsAHalfOpenInterval() {
        assertEquals("[4, 9)", new Span(4, 9).toString());
    }

    @Test
    void spansAreValues() {
        assertEquals(new Span(1, 2), new Span(1, 2));
        assertEquals(new Span(1, 2).hashCode(), new Span(1, 2).hashCode());
    }
}
