package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBufferTest {

    @Test
    void shortTokensKeepTheirOffsetsAndKinds() {
        TokenBuffer t = Lexer.tokenize("Yes, 42 “ok”");
        assertEquals(6, t.size());
        assertEquals(0, t.start(0));
        assertEquals(3, t.end(0));
        assertEquals(TokenBuffer.WORD, t.kind(0));
        assertEquals(TokenBuffer.PUNCTUATION, t.kind(1));
        assertEquals(5, t.start(2));
        assertEquals(2, t.length(2));
        assertEquals(TokenBuffer.NUMBER, t.kind(2));
        assertEquals(TokenBuffer.QUOTE_MARK, t.kind(3));
        assertTrue(t.is(5, '”'));
    }

    @Test
    void aTokenEndsWithASuffixOfItsOwnCharsOnly() {
        TokenBuffer t = Lexer.tokenize("ed walked d LOOKED");
        assertTrue(t.endsWith(0, "ed"));
        assertTrue(t.endsWith(1, "ed"));
        assertFalse(t.endsWith(2, "ed"), "a token shorter than the suffix, not the chars before it");
        assertFalse(t.endsWith(3, "ed"), "case counts");
    }

    @Test
    void tokensCompareWithWordsAndEachOtherInPlace() {
        TokenBuffer t = Lexer.tokenize("Pier pier PIERS pie");
        assertTrue(t.textEquals(0, "Pier"));
        assertFalse(t.textEquals(1, "Pier"), "case counts");
        assertFalse(t.textEquals(0, "Pie"), "the whole token, not a prefix");
        assertTrue(t.equalsIgnoreCase(0, 1));
        assertFalse(t.equalsIgnoreCase(0, 2), "another length");
        assertFalse(t.equalsIgnoreCase(0, 3));
    }

    @Test
    void tokensTooLongToPackKeepTheirEnds() {
        String word = "a".repeat(20_000);
        String dashes = "-".repeat(9_000);
        String text = "He said " + word + " then " + dashes + " and " + "b".repeat(8_191) + ".";
        TokenBuffer t = Lexer.tokenize(text);
        int w = t.indexAt(text.indexOf(word));
        assertEquals(text.indexOf(word), t.start(w));
        assertEquals(text.indexOf(word) + 20_000, t.end(w));
        assertEquals(20_000, t.length(w));
        assertEquals(TokenBuffer.WORD, t.kind(w));
        int d = t.indexAt(text.indexOf(dashes));
        assertEquals(9_000, t.length(d));
        assertEquals(TokenBuffer.DASH, t.kind(d));
        int b = t.indexAt(text.indexOf("bbb"));
        assertEquals(8_191, t.length(b));
        assertEquals(text.length() - 1, t.end(b));
        assertTrue(t.is(t.size() - 1, '.'));
        assertEquals(b, t.indexAt(text.length() - 2));
        assertEquals("then", t.string(w + 1));
    }
}
