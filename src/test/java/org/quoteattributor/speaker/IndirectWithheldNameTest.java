package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A request for a name withheld ends at its participle; the report after the relative clause is its head's. */
class IndirectWithheldNameTest {

    private static List<String> reports(String text) {
        return Reports.spokenReports(text);
    }

    @Test
    void theRequestEndsAtTheNameWithheldAndTheHeadReportsTheRest() {
        assertEquals(List.of("who: not to be named", "A ferryman who asked not to be named: the pier was shut"),
                reports("A ferryman who asked not to be named said the pier was shut."));
    }

    @Test
    void aRequestToBeIdentifiedEndsBeforeWhatFollows() {
        assertEquals(List.of("who: to be identified"),
                reports("The toll keeper, who declined to be identified and left early, stayed calm.").stream()
                        .filter(s -> s.startsWith("who")).toList());
    }
}
