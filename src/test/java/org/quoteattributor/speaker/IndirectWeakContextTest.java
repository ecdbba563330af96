package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech: the contexts where a reporting verb reports nothing, and no clause is returned. */
class IndirectWeakContextTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void anInfinitiveTagsNoWordsBeforeItAsAnAttribution() {
        String text = "The clerk I was working with, Ines Okafor, stopped me halfway through to announce, \"We are closed.\"";
        assertTrue(indirect(text).isEmpty(), () -> indirect(text).toString());
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(1, all.size(), all::toString);
        assertEquals("Ines Okafor", all.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void aVerbInIngTagsNoOpeningPhraseAsAPieceOfTheReport() {
        List<Quote> found = indirect("On Monday, the guild led the union, yet even with all crews reporting, the race stayed close.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("On Monday")), found::toString);
    }

    @Test
    void aVerbAfterARelativeWhoTagsNoNameBeforeIt() {
        List<Quote> found = indirect("Tom Vasko met her in May. She said Vasko knew about it.\n\n"
                + "Ines Okafor, who said Vasko struck her in 1998, described the matter on a local radio show.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("Ines Okafor")), found::toString);
        Quote q = found.stream().filter(x -> x.text().equals("Vasko struck her in 1998")).findFirst().orElseThrow();
        assertEquals("who", q.speaker().orElseThrow().mention());
    }

    @Test
    void aParticleOrPrepositionOfDirectionAfterTheVerbOpensNoReport() {
        assertTrue(indirect("The guild backed down on Friday.").isEmpty());
        assertTrue(indirect("Okafor backed away from his offer.").isEmpty());
        assertTrue(indirect("Okafor roared back in May.").isEmpty());
        assertTrue(indirect("The warden screamed into a megaphone.").isEmpty());
    }

    @Test
    void aWordOfDirectionBeforeANumberOrAfterAPassiveStillOpensTheReport() {
        assertEquals("over 40 skippers left", indirect("Okafor said over 40 skippers left.").get(0).text());
        assertEquals("over the levy", indirect("Okafor was later questioned over the levy.").get(0).text());
    }

    @Test
    void anImpressionInTheInfinitiveIsWantedOrShunnedNotReported() {
        assertTrue(indirect("The mayor hated to be perceived as soft on tolls.").isEmpty());
        assertTrue(indirect("Okafor strove to appear calm before the vote.").isEmpty());
        assertTrue(indirect("The warden has a fair shot to be deemed a hero if the pier holds.").isEmpty());
        assertEquals(2, indirect("The plan seems to work.").size());
    }

    @Test
    void aVerbInIngMakesNoOpeningPhraseThePieceOfAQuotationAfterIt() {
        String text = "On Facebook, she answered a post of the warden's on Monday by saying, \"We will not pay.\"";
        assertTrue(indirect(text).isEmpty(), () -> indirect(text).toString());
        List<Quote> found = indirect("In short, the guild is saying, \"We will not pay.\"");
        assertEquals("In short", found.get(0).text(), found::toString);
    }

    @Test
    void aYesOrNoQuestionForTheReaderReportsNoStance() {
        assertTrue(indirect("The toll rises in May.\n\nDo you favor the ferry toll?").isEmpty(),
                () -> indirect("Do you favor the ferry toll?").toString());
        assertTrue(indirect("The pier is shut. Did you fight the pier tax?").isEmpty());
        List<Quote> found = indirect("The skippers favor the ferry toll.");
        assertEquals("the ferry toll", found.get(0).text(), found::toString);
    }

    @Test
    void knowBeforeACommaAfterAPronounIsAFillerOrARelativeClause() {
        assertTrue(indirect("Ferries, you know, sail late.").isEmpty(), () -> indirect("Ferries, you know, sail late.").toString());
        assertTrue(indirect("You know, ferries sail late each winter.").isEmpty());
        List<Quote> found = indirect("The warden you all knew, a gruff sort, has retired.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("a gruff sort")), found::toString);
        assertEquals("that ferries sail late", indirect("The skippers knew that ferries sail late.").get(0).text());
    }
}
