package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A share given as a number, or a word of quantity standing for people, after {@code by} is the agent of a
 * passive of report; a count of votes or a set phrase is not.
 */
class IndirectNumberAgentTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void aPercentAfterByIsTheAgent() {
        assertEquals(List.of("The ferry toll / 70%"), reports("The ferry toll is backed by 70% of the orchard keepers."));
    }

    @Test
    void aQuantityBeforeInIsTheAgent() {
        assertEquals(List.of("The ferry toll / many"), reports("The ferry toll was criticized by many in the guild."));
    }

    @Test
    void aQuantityBeforeOrIsTheAgent() {
        assertEquals(List.of("The old pier / two"), reports("The old pier was praised by two or three of the ferry crews."));
    }

    @Test
    void aQuantityBeforeANounIsNoAgentAlone() {
        assertEquals(List.of("The ferry toll / "), reports("The ferry toll was backed by all accounts."));
    }

    @Test
    void aCountOfVotesIsNoAgent() {
        assertEquals(List.of("The ferry toll / "), reports("The ferry toll was backed by 12 to 3."));
    }
}
