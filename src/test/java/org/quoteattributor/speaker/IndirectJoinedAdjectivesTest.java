package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Two words in -ed joined by "and" between a determiner and their noun are adjectives of one phrase, not two predicates. */
class IndirectJoinedAdjectivesTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void objectGoesOnPastJoinedAdjectives() {
        Quote q = indirect("The growers are worried about the hurried and botched repairs to the pier.").get(0);
        assertEquals("the hurried and botched repairs to the pier", q.text());
        assertEquals("The growers", q.speaker().orElseThrow().mention());
    }

    @Test
    void aSecondPredicateStillEndsTheClause() {
        assertEquals("the pier was inspected", indirect("The guild said the pier was inspected and reopened the next day.").get(0).text());
    }
}
