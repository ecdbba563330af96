package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech: a {@code that} before a speaker stands for a noun only where a noun can stand before it. */
class IndirectRelativeThatTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> relativeObjects(String text) {
        return INDIRECT.attribute(text).stream()
                .filter(q -> q.kind() == Quote.Kind.INDIRECT && "relative-object".equals(q.rule())).toList();
    }

    @Test
    void aThatAfterAPronounOfAPersonOpensAClause() {
        assertTrue(relativeObjects("Judge for yourself that the mayor said the pier was safe.").isEmpty());
    }

    @Test
    void aThatAfterAgoOpensAClause() {
        assertTrue(relativeObjects("It was two years ago that the guild said it would sell the orchard.").isEmpty());
    }

    @Test
    void aThatAfterAnAdjectiveOfAFusedSubjectAndBeOpensAClause() {
        assertTrue(relativeObjects("From his notes it's plain that we never said the levy was fair.").isEmpty());
        assertTrue(relativeObjects("She wants the old pier rebuilt; it's obvious that she told the guild so.").isEmpty());
    }

    @Test
    void aThatAfterANounStillStandsForIt() {
        List<Quote> found = relativeObjects("The guild sold the orchard that Mirela said was worth little.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("that", found.get(0).text());
        assertEquals("Mirela", found.get(0).speaker().orElseThrow().mention());
    }
}
