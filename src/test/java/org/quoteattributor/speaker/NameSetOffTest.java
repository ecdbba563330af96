package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.Speaker;

/** A description with a name set off by commas right after it stands for that name. */
class NameSetOffTest {

    private static Speaker speaker(String text) {
        Quote q = QuoteAttributor.attribute(text).get(0);
        return q.speaker().orElseThrow();
    }

    @Test
    void nameAfterADescriptionAfterTheQuotation() {
        Speaker s = speaker("“We sail at dawn,” the guild's treasurer, Ilse Brannock, said.");
        assertEquals("the guild's treasurer", s.mention());
        assertEquals("Ilse Brannock", s.name());
    }

    @Test
    void nameAfterAnInvertedDescription() {
        assertEquals("Ilse Brannock", speaker("“We sail at dawn,” said the treasurer, Ilse Brannock.").name());
    }

    @Test
    void nameAfterADescriptionWithAnOwner() {
        Speaker s = speaker("Its treasurer, Tolliver Quarnby, wrote: “We are broke.”");
        assertEquals("Its treasurer", s.mention());
        assertEquals("Tolliver Quarnby", s.name());
    }

    @Test
    void anItemOfAListIsNoName() {
        assertNotEquals("Ilse Brannock", speaker("“We sail at dawn,” the treasurer, Ilse Brannock, and the clerk said.").name());
    }

    @Test
    void theFirstOfANamedListIsNoName() {
        Speaker s = speaker("“We will close the pier at dusk,” said the wardens, Tobin Meeve, Brisco Vantle and Tessaly Hask.");
        assertEquals("the wardens", s.mention());
        assertNotEquals("Tobin Meeve", s.name());
    }

    @Test
    void aGivenNameAloneAfterANounOfAPerson() {
        Speaker s = speaker("“He says so every spring,” his wife, Wrenna, added.");
        assertEquals("his wife", s.mention());
        assertEquals("Wrenna", s.name());
    }

    @Test
    void aWordAloneAfterANounOfAThingIsNoName() {
        assertEquals("the harbour", speaker("“It was calm,” the harbour, Dunmere, said.").name());
    }
}
