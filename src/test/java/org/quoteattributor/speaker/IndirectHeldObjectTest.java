package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code boast} and {@code assume} take a thing held or taken on as their plain object ({@code the town
 * boasts a harbor}, {@code she assumed the office}): a noun phrase after them is a report only when a verb
 * of its own follows; a {@code that} clause, a clause with its own verb and the object of {@code boast about}
 * or {@code boast of} still are.
 */
class IndirectHeldObjectTest {

    private static List<String> reports(String text) {
        return Reports.reports(text);
    }

    @Test
    void thingHeldIsNoReport() {
        assertEquals(List.of(), reports("The harbor at Dunmere still boasts one small market and two inns."));
    }

    @Test
    void leadHeldIsNoReport() {
        assertEquals(List.of(), reports("Mayor Tibbald boasts a lead of ten points among the ferry crews."));
    }

    @Test
    void boastedThatReports() {
        assertEquals(List.of("that the pier was safe / Mayor Tibbald"), reports("Mayor Tibbald boasted that the pier was safe."));
    }

    @Test
    void boastedClauseWithItsVerbReports() {
        assertEquals(List.of("he would win the vote / Mayor Tibbald"), reports("Mayor Tibbald boasted he would win the vote."));
    }

    @Test
    void boastAboutReportsItsObject() {
        assertEquals(List.of("that he had bought the old mill / Mayor Tibbald", "his new hotel / Mayor Tibbald"),
                reports("Mayor Tibbald went on to note that he had bought the old mill, and boast about his new hotel."));
    }

    @Test
    void officeTakenOnIsNoReport() {
        assertEquals(List.of(), reports("Nessa Quillon assumed her post at the harbor board in March."));
    }

    @Test
    void infinitiveOfAssumeWithAnOfficeIsNoReport() {
        assertEquals(List.of(), reports("Quillon would be the youngest person to assume the office."));
    }

    @Test
    void assumedClauseWithItsVerbReports() {
        assertEquals(List.of("the council will back the plan / Quillon"), reports("Quillon assumes the council will back the plan."));
    }

    @Test
    void assumedThatReports() {
        assertEquals(List.of("that the council would back the plan / Quillon"),
                reports("Quillon assumed that the council would back the plan."));
    }
}
