package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code supporting}, {@code endorsing}, {@code embracing}, {@code discussing} and {@code highlighting} after a form of be are
 * the progressive of a verb of stance, which reports its object.
 */
class IndirectProgressiveStanceTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void isSupportingReportsItsObject() {
        assertEquals(List.of("Vasko for mayor of Dunmere / Rep. Tova Hollin"),
                reports("Rep. Tova Hollin is supporting Vasko for mayor of Dunmere."));
    }

    @Test
    void adverbMayStandAfterBe() {
        assertEquals(List.of("Brisa in the harbour race / The wardens"),
                reports("The wardens are now endorsing Brisa in the harbour race."));
    }

    @Test
    void participleAfterANounReportsNothing() {
        assertEquals(List.of(), reports("A fund supporting the ferry crews spent heavily in Harrowgate."));
    }

    @Test
    void wasDiscussingReportsItsObject() {
        assertEquals(List.of("the new toll on the bridge / Ilse Tovey"),
                reports("Ilse Tovey was discussing the new toll on the bridge."));
    }
}
