package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The few words before a reporting verb taken as its subject only when they can be a noun phrase. */
class IndirectPredicateWordsTest {

    private static List<String> speakers(String text) {
        return Reports.speakers(text);
    }

    @Test
    void aParticipleInIngIsNoSubjectTheSentenceSubjectIs() {
        assertEquals(List.of("The wardens", "The wardens"),
                speakers("The wardens met the growers at the pier -- having argued in a letter that the toll was unfair -- "
                        + "but said they would wait."));
    }

    @Test
    void aBareWordAfterToIsAVerbNoSubject() {
        List<String> found = speakers("The guild meets to help show the ferrymen that the toll is fair.");
        assertTrue(found.stream().noneMatch(s -> s.equals("help")), found.toString());
    }

    @Test
    void wordsAfterAnAuxiliaryAreNoSubject() {
        List<String> found = speakers("The keeper quarrels with the growers and is letting us know he thinks the pier is unsafe.");
        assertTrue(found.stream().noneMatch(s -> s.startsWith("letting")), found.toString());
    }

    @Test
    void aNegatedAuxiliaryIsNoSubject() {
        List<String> found = speakers("And don't expect the ferry to sail on time.");
        assertTrue(found.stream().noneMatch(s -> s.equals("don't")), found.toString());
    }

    @Test
    void aNounAfterToStaysInTheSubject() {
        assertEquals(List.of("Sources close to the talks"), speakers("Sources close to the talks say the toll will rise."));
    }
}
