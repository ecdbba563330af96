package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** A request for a name withheld ends at its participle; the report after the relative clause is its head's. */
class IndirectWithheldNameTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<String> reports(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
                .map(q -> q.speaker().map(s -> s.mention()).orElse("") + ": " + q.text()).toList();
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
