package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of wish or expectation reports a bare noun phrase after it ({@code wants more funding}), and a
 * verb of belief an object pronoun or plural before an infinitive ({@code expects them to …}); {@code hoping for}
 * reports what is hoped for.
 */
class IndirectWishObjectTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void bareObjectWithAdjectiveIsWhatIsWanted() {
        assertEquals(List.of("new funding for the pier at Dunmere / Vasko"),
                reports("Vasko wants new funding for the pier at Dunmere."));
    }

    @Test
    void quantityOpensTheObject() {
        assertEquals(List.of("more ferries on the winter route / The wardens"),
                reports("The wardens want more ferries on the winter route."));
    }

    @Test
    void relativeThatAfterBareObjectStaysInTheObject() {
        assertEquals(List.of("policies that cut the fees / Farmers", "policies that raise them / skippers"),
                reports("Farmers want policies that cut the fees, and skippers want policies that raise them."));
    }

    @Test
    void objectPronounBeforeInfinitiveIsTheClause() {
        assertEquals(List.of("them to raise the toll at Harrowgate / Tindall"),
                reports("Tindall expects them to raise the toll at Harrowgate."));
    }

    @Test
    void pluralObjectBeforeInfinitiveIsTheClause() {
        assertEquals(List.of("skippers to sign the letter to the board / Brisa"),
                reports("Brisa wanted skippers to sign the letter to the board."));
    }

    @Test
    void passiveWithAnAdverbReportsNoObject() {
        assertEquals(List.of(), reports("The new boats were expected anytime soon in Brightwater."));
    }

    @Test
    void participleAfterThanIsNoVerb() {
        assertEquals(List.of(), reports("The harbour posted better than expected results this year."));
    }

    @Test
    void phraseOfTimeIsNoObject() {
        assertEquals(List.of("which / the board"), reports("The rule, which the board first proposed last July, drew many letters."));
    }

    @Test
    void adjectiveBeforeInfinitiveIsNoObject() {
        assertEquals(List.of(), reports("Quarmby feels free to walk the pier at night."));
    }

    @Test
    void hopingForReportsWhatIsHoped() {
        assertEquals(List.of("a calm winter on the Brightwater route / Halcott"),
                reports("Halcott is hoping for a calm winter on the Brightwater route."));
    }
}
