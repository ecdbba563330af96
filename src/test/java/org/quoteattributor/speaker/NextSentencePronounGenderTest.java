package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.lexicon.Lexicon;

/**
 * A name of no known gender that opens a sentence as its subject, with no pronoun in it, is of
 * the gender of a He or She opening the next sentence of the paragraph: the subject goes on.
 */
class NextSentencePronounGenderTest {

    @Test
    void theSheOpeningTheNextSentenceIsTheSubjects() {
        assertEquals(Lexicon.FEMALE, Linking.speakerGender("The letter came for Zorana. Zorana found it under the door. She carried it in. "
                + "\u201cWell?\u201d Zorana said.", "Zorana"));
    }

    @Test
    void notAfterSomeoneElseInTheSentence() {
        assertEquals(Lexicon.ANY, Linking.speakerGender("The letter came for Zorana. Zorana met a woman at the gate. She smiled. "
                + "\u201cWell?\u201d Zorana said.", "Zorana"));
    }

    @Test
    void notAcrossAParagraph() {
        assertEquals(Lexicon.ANY, Linking.speakerGender("The letter came for Zorana. Zorana found it under the door.\n\nShe carried it in. "
                + "\u201cWell?\u201d Zorana said.", "Zorana"));
    }

    @Test
    void theHeOfATagPassesTheWomanForTheManNamedAfterHer() {
        String text = "Zorana found the letter under the door on the morning of the fair. She carried it into the kitchen, "
                + "where her brother Kasimir was burning the eggs.\n\n"
                + "\u201cRead it out,\u201d he said, without turning round.\n\n"
                + "She broke the seal. \u201cIt is from our uncle,\u201d she said.\n\n"
                + "Kasimir snorted. \u201cWhat does he want?\u201d\n\n"
                + "\u201cHe wants me at Quessmoor.\u201d\n\n"
                + "Kasimir scraped the eggs onto two plates. \u201cI can\u2019t go.\u201d\n\n"
                + "\u201cThen I\u2019ll go alone,\u201d said Zorana.";
        Quote first = QuoteAttributor.attribute(text).get(0);
        assertEquals("Kasimir", first.speaker().orElseThrow().name());
    }
}
