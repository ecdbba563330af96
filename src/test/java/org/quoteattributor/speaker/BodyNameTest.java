package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.Speaker;

/** The name of a body written with "of" is one name, and the one who speaks for it is the head before a preposition. */
class BodyNameTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static Speaker speaker(String text) {
        Quote q = INDIRECT.attribute(text).get(0);
        return q.speaker().orElseThrow();
    }

    @Test
    void bodyWithOfIsOneName() {
        Speaker s = speaker("The Bureau of Tolls said the pier would close.");
        assertEquals("The Bureau of Tolls", s.mention());
        assertEquals("Bureau of Tolls", s.name());
    }

    @Test
    void bodyWithOfAfterTheQuotation() {
        assertEquals("Bank of New Harbor", speaker("“The pier will close,” the Bank of New Harbor said.").name());
    }

    @Test
    void speakerNounBeforeTheBodySpeaks() {
        assertEquals("Officials", speaker("Officials at the Bureau of Tolls said the pier would close.").mention());
    }

    @Test
    void personBeforeThePlaceSpeaks() {
        assertEquals("Ann Lee", speaker("Ann Lee of New Harbor said the pier would close.").mention());
    }

    @Test
    void nameSetOffAfterARoleAtABodySpeaks() {
        assertEquals("Jane Roe", speaker("The director of the Bureau of Tolls, Jane Roe, said the pier would close.").mention());
    }
}
