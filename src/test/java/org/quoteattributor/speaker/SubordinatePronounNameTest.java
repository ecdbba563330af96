package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * A lone capitalized word of no list that only opens sentences is a person's name when a he or
 * she in its sentence goes on with it as the subject of a clause of time, cause or concession
 * ({@code Wilda stood by the window before she spoke.}), or when a description by trade or of a
 * person is set off after it before a verb ({@code Quarrie, the harbour clerk, read …}).
 */
class SubordinatePronounNameTest {

    private static String speakerName(String text, int index) {
        List<Quote> quotes = QuoteAttributor.attribute(text);
        return quotes.get(index).speaker().map(s -> s.name()).orElse("(none)");
    }

    @Test
    void theSheOfAClauseOfTimeMakesTheOpeningWordSomeone() {
        String text = "Brisa Tollan took the last chair by the stove.\n\n"
                + "Wilda stood by the window before she spoke. \u201cI have lived here forty years,\u201d she said.";
        assertEquals("Wilda", speakerName(text, 0));
    }

    @Test
    void theHeOfAClauseOfCauseDoesToo() {
        String text = "Brisa Tollan took the last chair by the stove.\n\n"
                + "Hollin waited because he was afraid. \u201cWe should go back,\u201d he said.";
        assertEquals("Hollin", speakerName(text, 0));
    }

    @Test
    void aDescriptionByTradeSetOffAfterTheWordMakesItSomeone() {
        String text = "Brisa Tollan voted against it.\n\n"
                + "Quarrie, the harbour clerk, read the result aloud. \u201cSeven for, five against,\u201d he announced.";
        assertEquals("Quarrie", speakerName(text, 0));
    }

    @Test
    void butNotADescriptionOfAThing() {
        String text = "Brisa Tollan voted against it.\n\n"
                + "Harrowgate, the old port, lies to the north. \u201cSeven for, five against,\u201d he announced.";
        assertNotEquals("Harrowgate", speakerName(text, 0));
    }

    @Test
    void notWhenASailorStandsBetween() {
        String text = "Brisa Tollan took the last chair by the stove.\n\n"
                + "Wilda sat by a sailor before he spoke. \u201cWe should go back,\u201d he said.";
        assertNotEquals("Wilda", speakerName(text, 0));
    }

    @Test
    void notForAPronounOutsideAClauseOfItsOwn() {
        String text = "Brisa Tollan took the last chair by the stove.\n\n"
                + "Wilda took the letter and she read it. \u201cWe should go back,\u201d she said.";
        assertNotEquals("Wilda", speakerName(text, 0));
    }
}
