package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** {@code Also about the vote reported the Gazette.}: a topic opening the sentence, the verb, then its subject. */
class IndirectTopicInvertedTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void topicBeforeTheVerbIsReportedForTheSubjectAfterIt() {
        List<Quote> found = indirect("The clerk said that the pier was closed. Also about the closing of the pier reported the Harbor Gazette.");
        assertEquals(2, found.size(), found::toString);
        Quote q = found.get(1);
        assertEquals("the closing of the pier", q.text());
        assertEquals("the Harbor Gazette", q.speaker().orElseThrow().mention());
        assertEquals("reported", q.cue().orElseThrow().text());
        assertEquals("trailing-verb-inverted", q.rule());
    }

    @Test
    void topicWithAVerbInIngOpeningTheText() {
        Quote q = indirect("About the mending of the nets wrote the guild's newsletter.").get(0);
        assertEquals("the mending of the nets", q.text());
        assertEquals("the guild's newsletter", q.speaker().orElseThrow().mention());
    }

    @Test
    void aboutANumberCountsTheSubject() {
        for (String text : List.of("About twenty skippers wrote the guild.", "About a dozen clerks told the warden.",
                "About 40 growers told the warden.")) {
            for (Quote q : indirect(text)) {
                assertNotEquals("trailing-verb-inverted", q.rule(), q::toString);
            }
        }
    }

    @Test
    void aClauseAfterTheVerbIsNoInvertedSubject() {
        for (Quote q : indirect("About the toll said the clerk was wrong.")) {
            assertNotEquals("trailing-verb-inverted", q.rule(), q::toString);
        }
    }
}
