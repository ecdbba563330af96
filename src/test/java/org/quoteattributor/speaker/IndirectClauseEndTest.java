package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Where the clause of a reporting verb after it ends, and who says it, in reported speech without marks. */
class IndirectClauseEndTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    private static void assertOnly(String text, String clause, String speaker) {
        List<Quote> found = indirect(text);
        assertEquals(1, found.size(), () -> text + "\n" + found);
        assertEquals(clause, found.get(0).text(), text);
        assertEquals(speaker, found.get(0).speaker().orElseThrow().mention(), text);
    }

    @Test
    void aSecondNounJoinedToAnOpenedSubjectBeforeItsVerbKeepsTheClauseWhole() {
        assertOnly("Vandermolen said the fog and scattered showers would stay until Friday.",
                "the fog and scattered showers would stay until Friday", "Vandermolen");
        assertOnly("The memo says that the trials in Ohio and Utah show a clear gain.",
                "that the trials in Ohio and Utah show a clear gain", "The memo");
        assertOnly("Quillon said both she and Okafor promised to stay.", "both she and Okafor promised to stay", "Quillon");
    }

    @Test
    void aSubjectOpenedByBecauseOrUnlessInsideTheClauseGoesOnPastAndToItsVerb() {
        assertOnly("The skipper wrote that the ferry was late because the crew and the harbor pilot argued about the tide.",
                "that the ferry was late because the crew and the harbor pilot argued about the tide", "The skipper");
        assertOnly("The growers say prices will stay low unless the millers and the bakers agree to a new rate.",
                "prices will stay low unless the millers and the bakers agree to a new rate", "The growers");
    }

    @Test
    void aSubjectAfterWhileIsNoPartOfTheReportBeforeIt() {
        assertOnly("The growers said the wells were low, while the miller and his sons doubted it.", "the wells were low", "The growers");
    }

    @Test
    void aReportOfTheMainClauseAfterAnOpeningSubordinateClauseGoesOnPastItsOwnCommas() {
        assertOnly("While tolls rose, the guild said that the pier, which is old, will close soon.",
                "that the pier, which is old, will close soon", "the guild");
        assertOnly("If the weather holds, the skipper says the ferry, now freshly painted, will sail at noon.",
                "the ferry, now freshly painted, will sail at noon", "the skipper");
    }

    @Test
    void aReportInsideAnOpeningSubordinateClauseStillEndsAtItsComma() {
        assertOnly("Although the guild, which is old, said that the pier is safe, few trust it.", "that the pier is safe", "the guild");
        assertOnly("Although the guild said that the pier is safe, few trust it.", "that the pier is safe", "the guild");
    }

    @Test
    void aReportInsideAnOpeningPhraseOfWithOrDespiteEndsAtItsComma() {
        assertOnly("With the ferries idle and the guild threatening to close the pier, growers sent their apples by road.",
                "to close the pier", "the guild");
        assertOnly("Despite the guild saying that the pier is safe, the growers of the valley will not use it.", "that the pier is safe", "the guild");
        assertOnly("With tolls rising, the guild said that the pier, which is old, will close soon.",
                "that the pier, which is old, will close soon", "the guild");
    }

    @Test
    void anAppositionOrAConcessionBetweenTheSubjectAndItsVerbStaysInTheReport() {
        assertOnly("The clerk said the pier, an old wooden dock, will be closed in May.",
                "the pier, an old wooden dock, will be closed in May", "The clerk");
        assertOnly("The clerk said that the toll, although steep, was fair.", "that the toll, although steep, was fair", "The clerk");
        assertOnly("The clerk said the pier was closed, a blow to the growers.", "the pier was closed", "The clerk");
    }

    @Test
    void aListWithCommasInTheSubjectOfAnOpenedClauseGoesOnPastAnd() {
        assertOnly("The report must show how large, rusty and damaged barges are towed past the pier.",
                "how large, rusty and damaged barges are towed past the pier", "The report");
    }

    @Test
    void theLastItemOfAListAfterACommaAndAndStaysInTheReport() {
        assertOnly("The harbor master said the toll covers ferries, barges, and the old pier.",
                "the toll covers ferries, barges, and the old pier", "The harbor master");
        assertOnly("Okafor praised the pilots, the deckhands, and the cooks for their work.",
                "the pilots, the deckhands, and the cooks for their work", "Okafor");
    }

    @Test
    void aFigureAfterAColonStaysInTheReport() {
        assertOnly("The ferry guild found that the new toll had one clear effect: 40 percent fewer crossings in May.",
                "that the new toll had one clear effect: 40 percent fewer crossings in May", "The ferry guild");
        assertOnly("Okafor said the pier repairs would cost a great deal: $12,000 for the planks alone.",
                "the pier repairs would cost a great deal: $12,000 for the planks alone", "Okafor");
    }

    @Test
    void aRelativeClauseAfterTheSubjectOfTheReportKeepsItWholeUpToItsVerb() {
        assertOnly("The clerks said that the ferry, which sank in May, will be raised next week.",
                "that the ferry, which sank in May, will be raised next week", "The clerks");
        assertOnly("The wardens believe the new pier, which cost a fortune, is already cracking.",
                "the new pier, which cost a fortune, is already cracking", "The wardens");
        assertOnly("Quillon asked whether the barge, which was late again, would sail at all.",
                "whether the barge, which was late again, would sail at all", "Quillon");
    }

    @Test
    void aPhraseOfAParticipleAfterTheSubjectOfTheReportKeepsItWholeUpToItsVerb() {
        assertOnly("The guild said the barges, numbering about forty, must be moved.",
                "the barges, numbering about forty, must be moved", "The guild");
        assertOnly("The guild said that the barges, which number about forty, must be moved.",
                "that the barges, which number about forty, must be moved", "The guild");
        assertEquals("the pier was shut", indirect("The clerks said the pier was shut, forcing the skippers to wait.").get(0).text());
    }

    @Test
    void aRelativeClauseAfterAClauseWithItsVerbStaysOutOfIt() {
        assertOnly("Okafor said the pier was shut, which angered the skippers.", "the pier was shut", "Okafor");
    }

    @Test
    void aClauseOfTimeAfterAsEndsTheObjectBeforeIt() {
        assertOnly("The skippers condemned the new toll as the warden raised it again.", "the new toll", "The skippers");
        assertOnly("Okafor tweeted his notes of the fair as the crowd gathered at the gate.", "his notes of the fair", "Okafor");
        assertEquals("some errors", indirect("The clerks admitted some errors even as they defended the count.").get(0).text());
    }

    @Test
    void aJudgementAfterAsStaysInTheObject() {
        assertOnly("The wardens described the pier as a hazard.", "the pier as a hazard", "The wardens");
        assertOnly("The guild portrayed the clerk as more careful with the ledgers.", "the clerk as more careful with the ledgers", "The guild");
        assertOnly("Tindall sees the warden as wholly loyal to the guild.", "the warden as wholly loyal to the guild", "Tindall");
    }

    @Test
    void aReportInAClauseOfConcessionOrTimeInsideTheSentenceEndsBeforeTheMainClause() {
        assertOnly("Still, though the guild says the pier is safe, the skippers stay away.", "the pier is safe", "the guild");
        assertOnly("Last week, when Quillon asked the warden if he would close the pier, he looked away.",
                "if he would close the pier", "Quillon");
        assertOnly("The ferry is slow, and while Okafor insists the engine is fine, few trust it.", "the engine is fine", "Okafor");
    }

    @Test
    void aListInTheReportIsNoMainClauseAfterIt() {
        assertOnly("The toll rose, while the clerks said the pier, the quay and the gate would close.",
                "the pier, the quay and the gate would close", "the clerks");
    }

    @Test
    void theEventAfterTheObjectOfAVerbOfStanceStaysInIt() {
        assertOnly("Okafor praised the crew's quick work after the flood.", "the crew's quick work after the flood", "Okafor");
        assertOnly("Quillon praised the crew after the guild voted to close the pier.", "the crew", "Quillon");
    }

    @Test
    void aClauseWithItsVerbStillEndsBeforeTheSpeakersNextAct() {
        assertEquals("the pier was safe", indirect("The warden said the pier was safe and reopened it on Monday.").get(0).text());
        assertEquals("she likes the plan", indirect("Tindall said she likes the plan and praised the crew.").get(0).text());
    }

    @Test
    void theSubjectOfAPassiveVerbOfReportIsNoSpeaker() {
        for (String text : List.of("Okafor was asked to name one vote he regretted.", "Tindall isn't expected to attend the fair.",
                "I was told that the ferry would not sail.", "Quillon has repeatedly been asked to step down.")) {
            List<Quote> found = indirect(text);
            assertEquals(1, found.size(), () -> text + "\n" + found);
            assertTrue(found.get(0).speaker().isEmpty(), text);
            assertEquals("passive-cue", found.get(0).rule(), text);
        }
        assertEquals("to name one vote he regretted", indirect("Okafor was asked to name one vote he regretted.").get(0).text());
        Quote known = indirect("Okafor hired a skipper known to be cautious.").get(0);
        assertEquals("to be cautious", known.text());
        assertTrue(known.speaker().isEmpty());
    }

    @Test
    void anActiveVerbOfReportKeepsItsSubject() {
        assertOnly("The guild said that the ferry would sail.", "that the ferry would sail", "The guild");
        assertOnly("Okafor asked the warden to reopen the pier.", "the warden to reopen the pier", "Okafor");
    }

    @Test
    void anEmptyItBeforeAVerbOfSeemingIsNoSpeaker() {
        for (String text : List.of("It appears that the ferry is late.", "It seemed that the ferry was late.")) {
            List<Quote> found = indirect(text);
            assertEquals(1, found.size(), () -> text + "\n" + found);
            assertTrue(found.get(0).speaker().isEmpty(), text);
            assertEquals("seeming", found.get(0).rule(), text);
        }
        assertOnly("It says the ferry is late.", "the ferry is late", "It");
    }

    @Test
    void anAmountSaidBeforeAboutLeavesTheTopicAsTheReport() {
        assertOnly("Okafor said little about the levy in May.", "the levy", "Okafor");
        assertOnly("Tindall revealed almost nothing new about the pier.", "the pier", "Tindall");
        assertOnly("Okafor said much of the levy was wasted.", "much of the levy was wasted", "Okafor");
    }

    @Test
    void aComparisonOfTheNarratorsAfterACommaEndsTheClause() {
        assertOnly("Okafor said she backs the levy, as have most growers.", "she backs the levy", "Okafor");
        assertOnly("Tindall said the pier was closed, as was the case in May.", "the pier was closed", "Tindall");
    }

    @Test
    void andWithThereOrASubordinateWordAfterACommaEndsTheClause() {
        assertEquals("the pier was closed", indirect("Okafor said the pier was closed, and there was no ferry.").get(0).text());
        assertEquals("the pier was closed", indirect("Tindall said the pier was closed, and after the storm the town emptied.").get(0).text());
        assertEquals("the pier was closed, and that the ferry was late",
                indirect("Okafor said the pier was closed, and that the ferry was late.").get(0).text());
    }

    @Test
    void butNotOrButAlsoSetsOnePartOfTheReportAgainstAnotherAndKeepsTheClause() {
        assertOnly("Quellmar said the toll should fall on trucks, but not on bikes.",
                "the toll should fall on trucks, but not on bikes", "Quellmar");
        assertOnly("Quellmar said the plan would help not only the mill, but also the harbor.",
                "the plan would help not only the mill, but also the harbor", "Quellmar");
        assertOnly("Quellmar said the board would meet again, but only in the spring.",
                "the board would meet again, but only in the spring", "Quellmar");
    }

    @Test
    void evenIfPutsAConditionOnTheReportAndKeepsTheClause() {
        assertOnly("Oskerby said the mill would stay open, even if prices fell again.",
                "the mill would stay open, even if prices fell again", "Oskerby");
    }

    @Test
    void butBeforeItsOwnSubjectStillOpensTheNarratorsClause() {
        assertOnly("Oskerby said the mill would stay open, but the workers left anyway.",
                "the mill would stay open", "Oskerby");
    }

    @Test
    void aParticipleThatWorksAsAPrepositionKeepsTheClause() {
        assertOnly("Oskerby said the storm had closed nine roads, including two near the harbor.",
                "the storm had closed nine roads, including two near the harbor", "Oskerby");
        assertOnly("Oskerby said the fares would rise, depending on the price of fuel.",
                "the fares would rise, depending on the price of fuel", "Oskerby");
    }

    @Test
    void aThatAfterAPrepositionOrInsideAQuestionDoesNotOpenTheClause() {
        assertOnly("Okafor argued her vote against that levy cost the guild dearly.",
                "her vote against that levy cost the guild dearly", "Okafor");
        assertOnly("Okafor never learned what that clause meant for the guild.", "what that clause meant for the guild", "Okafor");
        assertOnly("Quillon will not reveal whether the guild favors that the pier close.",
                "whether the guild favors that the pier close", "Quillon");
        assertOnly("The ledger reveals exactly how thin that margin was.", "exactly how thin that margin was", "The ledger");
        assertOnly("The guild said that the ferry was late.", "that the ferry was late", "The guild");
    }

    @Test
    void aPhraseOfTheOccasionOrMediumOfSayingEndsTheObjectBeforeIt() {
        assertOnly("Quellby criticized the new pier tolls in a long radio interview.", "the new pier tolls", "Quellby");
        assertOnly("The orchard guild praised the ferry crews on Twitter.", "the ferry crews", "The orchard guild");
        assertOnly("A clerk confirmed the sale on condition of secrecy.", "the sale", "A clerk");
    }

    @Test
    void aPhraseOfTimeBetweenANounOfSayingAndItsThatKeepsTheObjectWhole() {
        assertOnly("The mayor questioned her claim in April that fares were unfair.",
                "her claim in April that fares were unfair", "The mayor");
        assertOnly("The growers welcomed the vote in May.", "the vote", "The growers");
    }

    @Test
    void aDateThatClosesTheSentenceIsTheTimeOfSayingNotPartOfTheObject() {
        assertOnly("Brisco announced her bid in June 2019.", "her bid", "Brisco");
        assertOnly("Brisco announced her bid in June at the pier.", "her bid in June at the pier", "Brisco");
    }

    @Test
    void aChannelOrNetworkAfterOnIsTheMediumOfSaying() {
        assertOnly("Brisco discussed the ferry fares on Tidemark Harbor Radio.", "the ferry fares", "Brisco");
    }

    @Test
    void theGroundsOfAStanceAfterOnAreNoPartOfTheObject() {
        assertOnly("Brisco opposed the toll on moral grounds.", "the toll", "Brisco");
    }

    @Test
    void theOneToldAfterAPronounObjectIsNoPartOfTheReport() {
        assertOnly("The clerk explained it to the ferrymen.", "it", "The clerk");
    }

    @Test
    void oneThroughWhomTheSpeakerSpeaksIsNoPartOfTheObject() {
        assertOnly("The miller denied the claims through his lawyer.", "the claims", "The miller");
    }

    @Test
    void aNameAloneBeforeAPhraseOfOccasionIsTheWholeObject() {
        assertOnly("Tamsin Brisco criticized Quellby during the debate.", "Quellby", "Tamsin Brisco");
    }

    @Test
    void anObjectThatGoesOnPastThePhraseOfOccasionOrHasNoOccasionStaysWhole() {
        assertOnly("Quellby urged the growers at a briefing on Friday to sell the orchard.",
                "the growers at a briefing on Friday to sell the orchard", "Quellby");
        assertOnly("Brisco cited the pier repairs in recent speeches as proof of waste.",
                "the pier repairs in recent speeches as proof of waste", "Brisco");
        assertOnly("Quellby condemned the noise in public debate.", "the noise in public debate", "Quellby");
        assertOnly("Brisco said the tolls rose sharply in a podcast.", "the tolls rose sharply in a podcast", "Brisco");
    }

    @Test
    void aFiniteVerbAfterAPlainObjectAndAConjunctionIsTheSpeakersNextAct() {
        assertOnly("The Brightwater Courier mentioned the mayor's remarks and went back to its weather report.",
                "the mayor's remarks", "Brightwater Courier");
        assertOnly("Tamsin referred to the harbour levy but was careful not to name the ferry.", "the harbour levy", "Tamsin");
        assertOnly("Okonjo urged the growers to hold their grain, and took the first cart to market herself.",
                "the growers to hold their grain", "Okonjo");
    }

    @Test
    void aClauseWithAVerbOfItsOwnOrANounAfterTheConjunctionGoesOn() {
        assertOnly("Vasko argues the levy costs the town too much and could ruin the fair.",
                "the levy costs the town too much and could ruin the fair", "Vasko");
        assertOnly("Halbrook said the ferry was late and would not sail until noon.",
                "the ferry was late and would not sail until noon", "Halbrook");
        assertOnly("Brackwell praised the ferry and the harbour.", "the ferry and the harbour", "Brackwell");
        assertOnly("Tindall mentioned the toll and never the fee.", "the toll and never the fee", "Tindall");
    }

    @Test
    void aClauseWhoseVerbIsABaseFormOrAnIrregularPastGoesOnPastAConjunctionAndAnAuxiliary() {
        assertOnly("Tibbald said the levy hurt the growers and would ruin the fair.",
                "the levy hurt the growers and would ruin the fair", "Tibbald");
        assertOnly("Quarmby said the millers sell their flour cheaply and will go broke.",
                "the millers sell their flour cheaply and will go broke", "Quarmby");
        // a participle or a preposition before a determiner is no verb: the plain object still ends
        assertOnly("Tamsin praised the guild's work preserving the old pier but was careful not to name the ferry.",
                "the guild's work preserving the old pier", "Tamsin");
        assertOnly("Tamsin praised the guild's work across the valley and was careful not to name the ferry.",
                "the guild's work across the valley", "Tamsin");
    }

    @Test
    void aReportInsideAnOpeningClauseOfTimeAfterAnAdverbOrAMeasureEndsAtItsComma() {
        assertOnly("Even as the growers vowed to carry on, the mood in Harrowgate was grim.", "to carry on", "the growers");
        assertOnly("Three years after the guild vowed to court the millers, the board has done the opposite.",
                "to court the millers", "the guild");
        assertOnly("Now that Tibbald has claimed that the pier is unsafe, the ferry stays in port.", "that the pier is unsafe", "Tibbald");
    }

    @Test
    void aMeasureOfTimeInFiguresBeforeTheSubordinatingWordCountsToo() {
        assertOnly("10 years after the guild vowed to court the millers, the board has done the opposite.",
                "to court the millers", "the guild");
    }
}
