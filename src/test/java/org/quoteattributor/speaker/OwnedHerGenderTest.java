package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.lexicon.Lexicon;

/**
 * A "her" owning the word after it, in a sentence a name of no known gender opens as the subject
 * of a verb, tells that the name is a woman's, whether the name is one word or more; a "her"
 * after a verb of perceiving or causing ({@code watched her go}) tells nothing.
 */
class OwnedHerGenderTest {

    @Test
    void aOneWordNameOwningHerThingIsAWomans() {
        assertEquals(Lexicon.FEMALE, Linking.speakerGender("The guide waited for Maelis. Maelis swore under her breath. "
                + "\u201cWell?\u201d Maelis said.", "Maelis"));
    }

    @Test
    void herAfterAVerbOfWatchingIsNoOwner() {
        assertEquals(Lexicon.ANY, Linking.speakerGender("Tavish Quarmby stood on the quay. Tavish Quarmby watched her go. "
                + "\u201cWell?\u201d Tavish Quarmby said.", "Tavish Quarmby"));
        assertEquals(Lexicon.ANY, Linking.speakerGender("The boat waited for Tavish. Tavish let her pass. "
                + "\u201cWell?\u201d Tavish said.", "Tavish"));
    }

    @Test
    void theHeOfAScenePassesTheWomanWhoseThingsAreHers() {
        String text = "The caravan stopped at noon, and Maelis climbed down from the lead wagon.\n\n"
                + "\u201cHow far?\u201d she asked the guide.\n\n"
                + "Jarrick squinted at the horizon. \u201cTwo days.\u201d\n\n"
                + "Maelis swore under her breath. \u201cTell them I will come.\u201d\n\n"
                + "Jarrick shrugged. \u201cYour choice.\u201d\n\n"
                + "Maelis did not answer. She walked back along the line to the mare.\n\n"
                + "Behind her Jarrick had come up quietly. \u201cI will tell the others,\u201d he said.\n\n"
                + "Maelis looked up at him. \u201cI thought you said we could not wait.\u201d\n\n"
                + "\u201cI said it would cost us.\u201d He turned away.";
        for (Quote q : QuoteAttributor.attribute(text)) {
            if (q.text().startsWith("I will tell")) {
                assertEquals("Jarrick", q.speaker().orElseThrow().name());
                return;
            }
        }
        throw new AssertionError("turn not found");
    }
}
