package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * An untagged turn is not given, by turn-taking from the turns after it, to someone the text has
 * not yet named or spoken of by the end of the turn's paragraph: one who comes in later has not
 * spoken before.
 */
class NewcomerLaterTurnTest {

    private static final String SCENE = ""
            + "Captain Oduya did not like the new lieutenant. He had said so twice already, once to the quartermaster and once to the ship's cat.\n\n"
            + "\"Lieutenant Sorrel reporting, sir.\"\n\n"
            + "Oduya looked up from the chart. Sorrel was very young and very straight, and her uniform had clearly never been worn in weather.\n\n"
            + "\"So I see,\" Oduya said. \"You've come from the academy at Vell?\"\n\n"
            + "\"Yes, sir. Top of my year, sir.\"\n\n"
            + "\"Top of your year.\" The captain put down his pencil. \"And what did they teach you, at the top of your year?\"\n\n"
            + "\"Navigation, sir. Gunnery. Signals. The law of the sea.\"\n\n"
            + "\"Did they teach you to be sick over the side and not the deck?\"\n\n"
            + "Sorrel's ears went pink. \"No, sir.\"\n\n"
            + "\"Pity. You'll learn.\" He turned back to the chart. \"Darrow!\"\n\n"
            + "A heavy man with a tattooed neck put his head round the door. \"Captain?\"\n\n"
            + "\"This is Lieutenant Sorrel. Show her the ship. Show her everything. Don't let her touch anything.\"\n\n"
            + "\"Aye, Captain.\" Darrow looked at Sorrel and grinned. \"This way, Lieutenant.\"\n\n"
            + "They went out. Oduya listened to their footsteps on the ladder, and then he took a flask from the drawer of his desk and drank from it.\n\n"
            + "Up on deck, Darrow walked Sorrel from bow to stern. He talked the whole time.\n\n"
            + "\"That's the foremast. That's the mainmast. That's the mizzen, we don't use it much. That's Talwyn, the bosun, don't cross him. That's the galley, don't go in there either.\"\n\n"
            + "\"Is there anywhere I can go?\" Sorrel asked.\n\n"
            + "Darrow considered this. \"Your cabin,\" he said. \"And the rail. You'll want the rail by tonight, I'd guess.\"\n\n"
            + "\"I've never been seasick in my life.\"\n\n"
            + "\"No, miss,\" said Darrow. \"Course not.\"\n\n"
            + "Talwyn, coiling a rope by the hatch, looked up. \"New one, Darrow?\"\n\n"
            + "\"New one, Bosun. The captain says she's top of her year.\"\n\n"
            + "\"Is she now.\" Talwyn spat over the side. \"Well, Lieutenant, welcome to the Gull. You'll find we're bottom of ours.\"";

    @Test
    void theTurnsBeforeSomeoneIsNamedAreNotHis() {
        List<Quote> quotes = QuoteAttributor.attribute(SCENE);
        assertEquals("Yes, sir. Top of my year, sir.", quotes.get(3).text());
        assertEquals("Sorrel", quotes.get(3).speaker().orElseThrow().name());
        assertEquals("Navigation, sir. Gunnery. Signals. The law of the sea.", quotes.get(6).text());
        assertEquals("Sorrel", quotes.get(6).speaker().orElseThrow().name());
    }

    @Test
    void onceCalledForHeMaySpeak() {
        List<Quote> quotes = QuoteAttributor.attribute(SCENE);
        assertEquals("Captain?", quotes.get(11).text());
        assertEquals("Darrow", quotes.get(11).speaker().orElseThrow().name());
    }
}
