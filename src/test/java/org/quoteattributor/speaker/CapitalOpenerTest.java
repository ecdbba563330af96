package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** A capitalised adjective opening the sentence before a bare plural is part of the speaker's description, not a name. */
class CapitalOpenerTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static String speakerOf(String text) {
        Quote q = INDIRECT.attribute(text).get(0);
        return q.speaker().orElseThrow().mention() + "/" + q.speaker().orElseThrow().type();
    }

    @Test
    void adjectiveAndPluralBeforeAColon() {
        assertEquals("Angry growers/DESCRIPTION", speakerOf("Angry growers said: “It is a disgrace.”"));
    }

    @Test
    void adjectiveAndPluralBeforeAReportedClause() {
        assertEquals("Local growers/DESCRIPTION", speakerOf("Local growers said the toll was too high."));
    }

    @Test
    void wordOfQuantityAndPluralBeforeAFragment() {
        assertEquals("Multiple growers/DESCRIPTION", speakerOf("Multiple growers said the toll was “a disgrace.”"));
    }

    @Test
    void aParticipleOpensAPhraseOfItsOwn() {
        assertEquals("the crowd/DESCRIPTION", speakerOf("Holding signs, the crowd chanted “Lower the toll!” at the pier."));
    }
}
