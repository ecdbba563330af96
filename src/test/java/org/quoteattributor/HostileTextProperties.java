package org.quoteattributor;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hostile generator at full strength: every mark family together with every kind of break. */
class HostileTextProperties {

    @Property(tries = 1000)
    void hostileParagraphsOfEveryFamilyGiveWellFormedQuotationsInOrder(@ForAll("everything") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        Invariants.wellFormed(text, quotes);
        Invariants.inOrder(quotes);
    }

    @Property(tries = 1000)
    void groupsPointAtAnEarlierReturnedQuotation(@ForAll("everything") String text) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        for (int i = 0; i < quotes.size(); i++) {
            int g = quotes.get(i).group();
            if (g < 0 || g > i) {
                throw new AssertionError("group " + g + " of quotation " + i + ": " + quotes);
            }
        }
    }

    @Provide
    Arbitrary<String> everything() {
        List<String> pieces = new ArrayList<>(AttributorProperties.HOSTILE_PIECES);
        pieces.addAll(AttributorProperties.ALL_MARKS);
        pieces.addAll(AttributorProperties.ALL_MARKS);
        pieces.addAll(AttributorProperties.BREAKS);
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
