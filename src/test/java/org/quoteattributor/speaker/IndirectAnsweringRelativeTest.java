package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative clause of {@code who} that ends in the answer {@code yes} or {@code no} describes the
 * speaker of the reporting verb after it ({@code Members who voted no said …}); the {@code no} is
 * the answer given, not the determiner of the verb.
 */
class IndirectAnsweringRelativeTest {

    private static List<String> reports(String text) {
        return Reports.spokenReports(text);
    }

    @Test
    void thoseWhoVotedNoSpeak() {
        assertEquals(List.of("Members who voted no: the levy would drive riders to the road"),
                reports("Members who voted no said the levy would drive riders to the road."));
    }

    @Test
    void thoseWhoVotedYesSpeak() {
        assertEquals(List.of("Those who voted yes: the ferry could not survive without it"),
                reports("Those who voted yes said the ferry could not survive without it."));
    }

    @Test
    void aNoBeforeANounStaysItsDeterminer() {
        assertEquals(List.of(), reports("Wardens who offered no comment left early."));
    }
}
