package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void oneLineShortensLongTextWithAnEllipsis() {
        String s = Chars.oneLine("word ".repeat(50), 20);
        assertEquals(20, s.length());
        assertEquals("word word word word\u2026", s);
        assertEquals("short", Chars.oneLine("  short  ", 20));
    }

    @Test
    void oneLineNeverSplitsASurrogatePairWhenShortening() {
        String s = Chars.oneLine("abcdefghi\ud83d\ude00xyz", 11);
        assertEquals("abcdefghi\u2026", s);
    }

    @Test
    void oneLineWritesEachRunOfWhiteSpaceAsOneSpace() {
        assertEquals("the grey porter", Chars.oneLine("the\ngrey \u00a0 porter\r\n", Integer.MAX_VALUE));
    }

    @Test
    void oneLineGivesBackTheStringItselfWhenNothingChanges() {
        String s = "Ann Lee";
        assertSame(s, Chars.oneLine(s, Integer.MAX_VALUE));
    }

    @Test
    void anArticleBeforeACapitalOpensAFamilyName() {
        assertTrue(Chars.articleBeforeCapital("al-Khalidi", 0, 10));
        assertTrue(Chars.articleBeforeCapital("said el-Quarrie", 5, 15));
        assertFalse(Chars.articleBeforeCapital("al-khalidi", 0, 10));
        assertFalse(Chars.articleBeforeCapital("all-Star", 0, 8));
        assertFalse(Chars.articleBeforeCapital("al-", 0, 3));
    }
}
