package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The object of a verb of viewing before its {@code as} may hold {@code and} or {@code of}. */
class IndirectViewedAsJoinedTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void objectJoinedByAndReachesItsAs() {
        assertEquals(List.of("the toll and the fees as a burden on the crews / Skippers"),
                reports("Skippers see the toll and the fees as a burden on the crews."));
    }

    @Test
    void objectWithOfReachesItsAs() {
        assertEquals(List.of("the campaign of Vasko as unfair to the growers / Many wardens"),
                reports("Many wardens view the campaign of Vasko as unfair to the growers."));
    }
}
