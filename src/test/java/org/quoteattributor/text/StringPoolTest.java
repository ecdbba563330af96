package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

    @Test
    void stretchesSharingOneHashStillComeBackEqual() {
        // "Aa" and "BB" hash alike, so every word of twelve such pairs has one hash: 4,096 words.
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 4096; w++) {
            for (int bit = 0; bit < 12; bit++) {
                sb.append((w >> bit & 1) == 0 ? "Aa" : "BB");
            }
            sb.append(' ');
        }
        String text = sb.toString();
        StringPool pool = new StringPool(text, false);
        for (int round = 0; round < 2; round++) {
            for (int start = 0; start < text.length(); start += 25) {
                assertEquals(text.substring(start, start + 24), pool.get(start, start + 24));
            }
        }
        String first = pool.get(0, 24);
        assertSame(first, pool.get(0, 24));   // the first of them did find a place
    }

    @Test
    void manyStretchesSharingOneHashTakeLinearTime() {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 50_000; w++) {
            for (int bit = 0; bit < 18; bit++) {
                sb.append((w >> bit & 1) == 0 ? "Aa" : "BB");
            }
            sb.append(' ');
        }
        String text = sb.toString();
        // Probing every earlier string would take minutes; a bounded probe takes milliseconds.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            StringPool pool = new StringPool(text, false);
            for (int start = 0; start < text.length(); start += 37) {
                pool.get(start, start + 36);
            }
        });
    }
}
