package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
    void regionEqualsIgnoreCaseAnswersAsRegionMatchesForEveryCharAgainstEveryAsciiChar() {
        for (char b = 0; b < 0x80; b++) {
            String word = "x" + b;
            for (int a = 0; a <= 0xffff; a++) {
                String text = "yX" + (char) a + "z";
                if (text.regionMatches(true, 1, word, 0, 2) != Chars.regionEqualsIgnoreCase(text, 1, word)) {
                    fail("text char " + Integer.toHexString(a) + ", word char " + Integer.toHexString(b));
                }
            }
        }
    }

    @Test
    void regionEqualsIgnoreCaseLeavesCharsBeyondAsciiToTheJdk() {
        String[][] pairs = {{"\u017fhe", "she"}, {"\u0130", "i"}, {"\u212a", "k"}, {"\u00c9T\u00c9", "\u00e9t\u00e9"},
            {"don\u2019t", "don't"}, {"\ud801\udc00x", "\ud801\udc28x"}, {"\ud801\udc00", "\ud801\udc00"}};
        for (String[] p : pairs) {
            assertEquals(p[0].regionMatches(true, 0, p[1], 0, p[1].length()), Chars.regionEqualsIgnoreCase(p[0], 0, p[1]), p[1]);
        }
        assertTrue(Chars.regionEqualsIgnoreCase("he SAID so", 3, "said"));
        assertFalse(Chars.regionEqualsIgnoreCase("he said", 5, "said"));   // runs past the end
        assertFalse(Chars.regionEqualsIgnoreCase("he said", -1, "he"));
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
