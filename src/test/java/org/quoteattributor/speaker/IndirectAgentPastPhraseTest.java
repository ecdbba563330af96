package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent after {@code by} speaks for a passive of report even past a short phrase of a preposition before it. */
class IndirectAgentPastPhraseTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void theAgentPastAPhraseOfForSpeaks() {
        assertEquals(List.of("The ferry master / the guild"), reports("The ferry master was praised for the new pier by the guild."));
    }

    @Test
    void theAgentPastAPhraseOfOnSpeaks() {
        assertEquals(List.of("The orchard keepers / the toll clerks"),
                reports("The orchard keepers were criticized on their prices by the toll clerks."));
    }

    @Test
    void theAgentPastAListenerSpeaksForAViewInThePassive() {
        assertEquals(List.of("The new tolls / the harbour clerk"), reports("The new tolls were described to the growers by the harbour clerk."));
    }

    @Test
    void noAgentPastAClause() {
        assertEquals(List.of("The ferry master / "), reports("The ferry master was praised for the work that is done by the guild."));
    }
}
