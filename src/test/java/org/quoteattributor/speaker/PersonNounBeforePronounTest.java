package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.lexicon.Lexicon;

/**
 * A he or she after a name, in its sentence, tells nothing of the name's gender when a noun for a
 * person of that gender stands between them: the pronoun may well be that person's.
 */
class PersonNounBeforePronounTest {

    @Test
    void hisAfterAManIsTheMans() {
        assertEquals(Lexicon.ANY, Linking.speakerGender("The coach waited for Zorana. Zorana sat opposite an old man with a basket on his knees. "
                + "\u201cWell?\u201d Zorana said.", "Zorana"));
    }

    @Test
    void hisWithNoPersonBetweenStillTells() {
        assertEquals(Lexicon.MALE, Linking.speakerGender("The coach waited for Zorana. Zorana sat with a basket on his knees. "
                + "\u201cWell?\u201d Zorana said.", "Zorana"));
    }

    @Test
    void sheOfAWomanOnceWronglyCountedAsAManIsHers() {
        String text = ""
                + "Zorana found the letter under the door on the morning of the fair. She carried it into the kitchen, where her brother Kasimir was burning the eggs.\n\n"
                + "\u201cRead it out,\u201d he said, without turning round.\n\n"
                + "She broke the seal and unfolded the page. \u201c\u2018My dear Zorana,\u2019\u201d she read. \u201c\u2018I write in haste, as the coach leaves within the hour. Your aunt is unwell and asks for you. Come to Quessmoor as soon as you are able, and bring Kasimir if he can be spared from his duties, which I doubt.\u2019\u201d\n\n"
                + "Kasimir snorted. \u201cWho is it from?\u201d\n\n"
                + "\u201cUncle Vintrel. Listen. \u2018There is also the matter of the house, which I would rather not set down on paper. You will understand when you arrive. Your affectionate uncle, V.\u2019\u201d\n\n"
                + "\u201cThat\u2019s all?\u201d\n\n"
                + "\u201cThat\u2019s all.\u201d\n\n"
                + "*He knows something,* Zorana thought. *He always knows something.*\n\n"
                + "Kasimir scraped the eggs onto two plates and sat down. \u201cI can\u2019t go. The fair\u2019s today.\u201d\n\n"
                + "\u201cThen I\u2019ll go alone.\u201d\n\n"
                + "\u201cYou can\u2019t go alone.\u201d\n\n"
                + "\u201cWatch me.\u201d\n\n"
                + "* * *\n\n"
                + "The coach to Quessmoor was half empty. Zorana sat by the window opposite an old man with a basket of hens on his knees. He talked for most of the journey.\n\n"
                + "\u201cI was born in Quessmoor,\u201d he told her. \u201cSeventy-one years ago this winter. My father kept the toll gate on the east road.\n\n"
                + "\u201cIn those days there were wolves in the wood, real ones, and the gate was shut at dusk. Nobody came in and nobody went out until the sun was up.\n\n"
                + "\u201cNow there's no wolves and no gate. Just the road.\u201d\n\n"
                + "\u201cDo you miss it?\u201d Zorana asked.\n\n"
                + "\u201cThe wolves? No.\u201d He laughed. \u201cThe gate, a little.\u201d";
        List<Quote> quotes = QuoteAttributor.attribute(text);
        assertEquals("Zorana", quotes.get(1).speaker().orElseThrow().name());   // she read the letter out
        assertEquals("Zorana", quotes.get(4).speaker().orElseThrow().name());
    }
}
