package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * A speaker described by a phrase with a preposition ({@code the head of the guild}, {@code a clerk
 * at the pier}) is the head of the phrase, also before an apposition or a relative clause set off by
 * commas, and as the antecedent of {@code who}.
 */
class HeadOfPhraseTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void headSpeaksPastARelativeClause() {
        List<Quote> found = indirect("The head of the guild, who is new, said the ferry would sail late.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("the ferry would sail late", found.get(0).text());
        assertEquals("The head", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void headSpeaksPastAnApposition() {
        Quote q = QuoteAttributor.attribute("“We sail at dawn,” the head of the guild, who is new, said.").get(0);
        assertEquals("the head", q.speaker().orElseThrow().mention());
    }

    @Test
    void relativePronounStandsForTheHead() {
        List<Quote> found = indirect("A clerk at the pier, who declined to be named, said the ferry would sail late.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("to be named", found.get(0).text());
        assertEquals("who", found.get(0).speaker().orElseThrow().mention());
        assertEquals("A clerk", found.get(0).speaker().orElseThrow().name());
        // the report inside the relative clause does not hide the sentence's own
        assertEquals("the ferry would sail late", found.get(1).text());
        assertEquals("A clerk", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void aNameBeforeItsPlaceStaysTheSpeaker() {
        List<Quote> found = indirect("Ellery of the ferry guild, who declined to be named, said the tolls would rise.");
        assertEquals("Ellery", found.get(0).speaker().orElseThrow().name());
        assertEquals("Ellery", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void aNameSetOffAfterThePhraseSpeaks() {
        List<Quote> found = indirect("The keeper of the tollhouse, Ann Lee, said the ferry was late.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Ann Lee", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void theHeadSpeaksBeforeABodysNameAfterThe() {
        List<Quote> found = indirect("A clerk at the Orchard Trust said the ferry would sail late.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("A clerk", found.get(0).speaker().orElseThrow().mention());
        found = indirect("Reporters for the Toll Bureau asked whether the fees would rise.");
        assertEquals("Reporters", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void aNameSpeaksBeforeABodysNameAfterThe() {
        List<Quote> found = indirect("Tom Vandergrift of the Pier Wardens Guild wrote that the tolls were fair.");
        assertEquals("Tom Vandergrift", found.get(0).speaker().orElseThrow().mention());
        Quote q = QuoteAttributor.attribute("“The tolls are fair,” Mr. Quillon of the Orchard Trust said.").get(0);
        assertEquals("Mr. Quillon", q.speaker().orElseThrow().mention());
    }

    @Test
    void theObjectOfAPrepositionOrAnAdverbHeadsNoBodysName() {
        List<Quote> found = indirect("In a talk with the board of the Pier Wardens Guild Quillon said the fees would rise.");
        assertNotEquals("the board", found.get(0).speaker().orElseThrow().mention());
        found = indirect("The reeve looked sadly at the Grey Heron, who said that the pier was shut.");
        assertEquals("Grey Heron", found.get(0).speaker().orElseThrow().name());
    }

    @Test
    void theHeadSpeaksPastARelativeClauseWithNoComma() {
        Quote q = QuoteAttributor.attribute("“The fares are a scandal,” a ferryman who hid his name said.").get(0);
        assertEquals("a ferryman who hid his name", q.speaker().orElseThrow().mention());
        List<Quote> found = indirect("Growers who sold the orchard last spring say the tolls are too high.");
        assertEquals("the tolls are too high", found.get(found.size() - 1).text());
        assertEquals("Growers who sold the orchard", found.get(found.size() - 1).speaker().orElseThrow().mention());
    }

    @Test
    void aClauseOfItsOwnInsideTheRelativeKeepsItsSubject() {
        List<Quote> found = indirect("The clerk, who got less thanks than wardens say he deserves, left.");
        assertEquals("wardens", found.get(0).speaker().orElseThrow().mention());
        found = indirect("The pier, which she said was unsafe, closed.");
        assertEquals("she", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void aDescriptionOfPeopleSpeaksBeforeABarePluralAfterItsPreposition() {
        List<Quote> found = indirect("Some advocates for lower tolls said the ferry should stay open.");
        assertEquals("Some advocates", found.get(0).speaker().orElseThrow().mention());
        found = indirect("Pier hands in small ports say the tolls are fair.");
        assertEquals("Pier hands", found.get(0).speaker().orElseThrow().mention());
    }
}
