package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A finite verb of disputing or talking before a question it is about speaks through the subject right before it. */
class IndirectTopicVerbSubjectTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void theSubjectOfDisagreeAfterButSpeaks() {
        assertEquals(List.of("that the pier needs repair / ", "who will pay for the new planks / the keepers"),
                reports("There is wide agreement that the pier needs repair, but the keepers disagree over who will pay for the new planks."));
    }

    @Test
    void theSubjectOfDifferAfterAnOpeningPhraseSpeaks() {
        assertEquals(List.of("how the tolls are shared / the ferry owners"),
                reports("After a long season on the river, the ferry owners differ over how the tolls are shared."));
    }
}
