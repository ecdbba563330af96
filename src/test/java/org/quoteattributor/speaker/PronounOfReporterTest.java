package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.Speaker;

/**
 * A he or she stands for a name no pronoun has told the gender of, when that name is the subject
 * of a reporting verb before it.
 */
class PronounOfReporterTest {

    private static Speaker speaker(String text) {
        Quote q = QuoteAttributor.attribute(text).get(0);
        return q.speaker().orElseThrow();
    }

    @Test
    void pronounAfterANameOfUnknownGenderThatReports() {
        Quote q = QuoteAttributor.attribute("Teodor Vasko said the vote was binding. “There is nothing left,” he wrote.").get(0);
        assertEquals("he", q.speaker().orElseThrow().mention());
        assertEquals("Teodor Vasko", q.speaker().orElseThrow().name());
    }

    @Test
    void pronounAfterANameWithItsAge() {
        assertEquals("Teodor Vasko", speaker("The guild's lawyer, Teodor Vasko, 54, said in a letter that the vote was binding. "
                + "“There is nothing left,” he wrote.").name());
    }

    @Test
    void aNameBeforeANounIsNoOneWhoReports() {
        assertEquals("he", speaker("Quillfield growers are asking the mayor to act. “Not now,” he said.").name());
    }
}
