package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StringPoolTest {

    @Test
    void theSameCharsGiveTheSameString() {
        String text = "Ada met Bo, then Ada left.";
        StringPool pool = new StringPool(text, false);
        String first = pool.get(0, 3);
        assertEquals("Ada", first);
        assertSame(first, pool.get(17, 20));
    }

    @Test
    void differentCharsGiveDifferentStrings() {
        StringPool pool = new StringPool("Ada and Adam", false);
        assertEquals("Ada", pool.get(0, 3));
        assertEquals("Adam", pool.get(8, 12));
        assertNotSame(pool.get(0, 3), pool.get(8, 12));
        assertSame(pool.get(0, 3), pool.get(8, 11));   // the "Ada" inside "Adam"
    }

    @Test
    void aLowerCasingPoolFoldsCaseCharByChar() {
        StringPool pool = new StringPool("KIM said kim and K\u0130M", true);
        String kim = pool.get(0, 3);
        assertEquals("kim", kim);
        assertSame(kim, pool.get(9, 12));
        assertEquals(3, pool.get(17, 20).length());   // the dotted capital I folds to one char, not two
    }

    @Test
    void stringsStayTheSameAcrossGrowth() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("w").append(i).append(' ');
        }
        String text = sb.toString();
        StringPool pool = new StringPool(text, false);
        String w7 = pool.get(text.indexOf("w7 "), text.indexOf("w7 ") + 2);
        for (int i = 0, start = 0; i < 500; i++) {
            int end = text.indexOf(' ', start);
            assertEquals(text.substring(start, end), pool.get(start, end));
            start = end + 1;
        }
        assertSame(w7, pool.get(text.indexOf("w7 "), text.indexOf("w7 ") + 2));
    }
}
