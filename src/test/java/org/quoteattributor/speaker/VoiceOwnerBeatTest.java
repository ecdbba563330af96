package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * A sentence of narration whose subject is someone's voice ({@code My mother's voice carried
 * across the yard.}) stands, next to a quotation, for the one whose voice it is, as a sentence
 * with that person as its subject would.
 */
class VoiceOwnerBeatTest {

    private static final String SCENE = "My name is Anwen Talwyn, and I was nineteen the summer the survey ship came down on Kesh.\n\n"
            + "\"Anwen!\" My mother's voice carried across the whole compound. \"Anwen, get down from there!\"\n\n"
            + "I climbed down from the water tower. Below me, Corvin was waiting with his hands in his pockets.\n\n"
            + "\"She's in a mood,\" he said.\n\n"
            + "\"She's always in a mood.\"\n\n"
            + "\"Not like this. Your father's back. He brought someone.\"\n\n"
            + "I brushed the rust off my hands. \"Who?\"";

    @Test
    void theOwnerOfAVoiceInTheBeatSpeaksTheTurnsAroundIt() {
        List<Quote> quotes = QuoteAttributor.attribute(SCENE);
        assertEquals("My mother", quotes.get(0).speaker().orElseThrow().mention());
        assertEquals("My mother", quotes.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void theNarratorIsStillTheOneWhoAnswers() {
        List<Quote> quotes = QuoteAttributor.attribute(SCENE);
        assertEquals("Anwen Talwyn", quotes.get(3).speaker().orElseThrow().name());
    }
}
