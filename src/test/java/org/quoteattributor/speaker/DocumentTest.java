package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a document tells of its text as a whole. */
class DocumentTest {

    @Test
    void aBaseFormAfterADeterminerANameAndANounIsANoun() {
        // In(0) opposing(1) the(2) Ames(3) zoning(4) request(5)
        Document d = Linking.found("In opposing the Ames zoning request, the lawyer wrote that it was “futile.”").document();
        assertEquals(0, d.verbAt(5));
    }

    @Test
    void aVerbAfterANameAndANounForASpeakerStaysAVerb() {
        // The(0) Ames(1) spokesman(2) added(3)
        Document d = Linking.found("The Ames spokesman added that it was “futile.”").document();
        assertEquals(1, d.verbAt(3));
    }

    @Test
    void anIngFormAfterAPluralNounBeforeACommaIsAVerb() {
        // with(0) her(1) flyers(2) asking(3) ,(4)
        Document d = Linking.found("with her flyers asking, “Who pays for the bridge?”").document();
        assertEquals(1, d.verbAt(3));
        Linking l = Linking.linked("The race went on.\n\nRoss went after Lark, with her flyers asking, “Who pays for the bridge?”");
        assertEquals("her flyers", l.mention(0));
    }

    @Test
    void anIngFormAfterAnAdjectiveStaysANoun() {
        // a(0) blunt(1) warning(2) :(3)
        Document d = Linking.found("a blunt warning: “Mind the ferry steps.”").document();
        assertEquals(0, d.verbAt(2));
    }

    @Test
    void aFullStopInsideAWebAddressEndsNoSentence() {
        // Visit(0) plansite(1) .(2) com(3) today(4) .(5)
        Document d = Linking.found("Visit plansite.com today.").document();
        assertFalse(d.endsSentence(2));
        assertTrue(d.endsSentence(5));
    }

    @Test
    void aTextOfOneSentenceALineReadsAsSuch() {
        assertTrue(Document.readsAsSentencePerLine("Mr. Hale went out to the barn .\nIt was cold .\n".repeat(10)));
    }

    @Test
    void aTextWithBlankLinesHasParagraphs() {
        assertFalse(Document.readsAsSentencePerLine("Mr. Hale went out to the barn .\n\nIt was cold .\n".repeat(10)));
    }

    @Test
    void linesOfSeveralSentencesAreParagraphs() {
        assertFalse(Document.readsAsSentencePerLine("He went out to the barn. It was cold. The door stuck.\n".repeat(20)));
    }

    @Test
    void aShortTextTellsNothing() {
        assertFalse(Document.readsAsSentencePerLine("He went out .\nIt was cold .\n"));
    }

    @Test
    void weekdaysAndOfficesOftenNamedMakeATextReportage() {
        String dated = "Gov. Ada Pell toured the dam on Tuesday. “It will hold,” she said.\n\n"
                + "“The sluices open Friday,” her aide said on Wednesday.";
        String told = "Ada Pell toured the dam at dusk. “It will hold,” she said.\n\n"
                + "“The sluices open soon,” her aide said at last.";
        assertTrue(Linking.found(dated).document().reportage);
        assertFalse(Linking.found(told).document().reportage);
    }

    @Test
    void oneYearInAShortStoryMakesNoReportage() {
        String story = "It was the summer of '98 and the band had been on the road for weeks.\n\n"
                + "\"We're not playing that song again,\" said Dunmore. \"I'm sick of it.\"\n\n"
                + "\"The crowd loves it,\" said Okafor.\n\n\"Watch me.\"";
        Linking l = Linking.linked(story);
        assertFalse(l.document().reportage);
        assertEquals("Dunmore", l.name(3));
    }

    @Test
    void weekdaysInTheTalkOfAStoryMakeNoReportage() {
        String story = "Hollin waited on the pier.\n\n“The ferry's off till Thursday,” he said.\n\n"
                + "“Or Friday.”\n\n“Or never.”\n\n“Then we walk,” said Tova.";
        assertFalse(Linking.found(story).document().reportage);
    }

    /** A scene whose turns mostly follow a line of narration: few turns follow one another. */
    private static final String SCENE = "A peddler came to Quillfield at dusk and knocked at the smithy.\n\n"
            + "“Closed,” said the smith’s daughter.\n\n"
            + "He leaned on the door. “I only want water for the horse.”\n\n"
            + "She looked at him a long while. “The trough is round the back.”\n\n"
            + "He thanked her and went. Her father came out wiping his hands.\n\n"
            + "“Who was that?” he asked her.\n\n"
            + "She shrugged and went back in. “Nobody. A man with a horse.”\n\n"
            + "The smith watched the road until the peddler was gone.\n\n"
            + "“Nobody,” he said.";

    @Test
    void aSceneOfShortTurnsToldByHeAndSheReadsAsDialogue() {
        assertFalse(Linking.found(SCENE).document().reportage);
    }

    /** A scene whose turns mostly follow a beat of narration, with two of them opening their paragraphs. */
    private static final String BEATS = "The caravan stopped at noon, and Maelis climbed down from the lead wagon.\n\n"
            + "“How far?” she asked the guide.\n\n"
            + "Jarrick squinted at the horizon. “Two days.”\n\n"
            + "Maelis swore under her breath. “Tell them I will come.”\n\n"
            + "Jarrick shrugged. “Your choice.”\n\n"
            + "Maelis did not answer. She walked back along the line to the mare.\n\n"
            + "Behind her Jarrick had come up quietly. “I will tell the others,” he said.\n\n"
            + "Maelis looked up at him. “I thought you said we could not wait.”\n\n"
            + "“I said it would cost us.” He turned away.";

    @Test
    void aSceneOfTurnsAfterBeatsReadsAsDialogueThoughFewOpenTheirParagraphs() {
        Linking l = Linking.linked(BEATS);
        assertFalse(l.document().reportage);
        assertFalse(l.quote(6).term);   // the untagged last turn stays a quotation
    }

    @Test
    void aShortReportWithItsQuotationsAfterCommasStaysReportage() {
        String report = "Ostley: Council 'Had No Idea' About the Ferry Fees.\n\n"
                + "Councillor Nessa Ostley said that she had \"no idea\" the fees had risen when she spoke on \"Morning Desk.\"\n\n"
                + "Ostley was asked, \"If you had known, would you have voted against it?\" She answered, \"I have no idea. I trust the clerk.\"\n\n"
                + "Follow Tibbald Hoskins on the wire.";
        assertTrue(Linking.found(report).document().reportage);
    }

    @Test
    void theUntaggedTurnsOfSuchASceneAreFound() {
        String scene = "A drover came to Quillfield on the last night of the fair and asked at the inn for a bed.\n\n"
                + "“We’re full,” said the innkeeper’s wife.\n\n“I can pay twice over.”\n\n“Then we’re full twice over.”\n\n"
                + "The drover set a coin on the counter anyway. “My name is Tolliver. I’ve come about the mill.”\n\n"
                + "At that she looked up. “The mill’s been shut for years.”\n\n"
                + "“I know,” Tolliver said to her. “I mean to open it.”\n\n"
                + "Her husband came out of the back room. “Open it with what?” he asked.\n\n"
                + "“With money, and with men, if any will work.”\n\n"
                + "The husband looked at his wife, and she at him.\n\n"
                + "“There’s a room over the stable,” he said at last.";
        Linking l = Linking.linked(scene);
        assertFalse(l.document().reportage);
        assertEquals(10, l.document().quotes.size());
        assertEquals("the innkeeper’s wife", l.mention(2));
    }

    @Test
    void theSameSceneReadsAsReportageWhenItsNarrationCounts() {
        String counted = SCENE.replace("at dusk", "at 6:40 on the 12th");
        assertTrue(Linking.found(counted).document().reportage);
    }

    /** A diary of two dated days whose talk runs turn after turn. */
    private static final String DIARY = "14 May. Rain again. Father says the river will rise.\n\n"
            + "“We shall sleep upstairs,” he told us.\n\n“And the hens?” she asked him.\n\n“The hens can swim.”\n\n"
            + "“Not those hens.”\n\nHe laughed at her and went out.\n\n"
            + "15 May. The river rose. Mr. Tibbald came at dawn.\n\n“Get your things,” he shouted.\n\n“All of them?”\n\n"
            + "“All you can carry.”";

    @Test
    void aDiaryWhoseTurnsRunOnStaysAStoryThoughItsNarrationCounts() {
        assertFalse(Linking.found(DIARY).document().reportage);
    }

    @Test
    void butTheSameNumbersInLongTurnsStillCount() {
        String longer = DIARY.replace("“The hens can swim.”", "“The hens can swim better than most of the village can, and better than the pig, "
                + "which never learned and never will learn now.”").replace("“Not those hens.”", "“Not those hens, which are the "
                + "oldest and the fattest we have ever kept on this farm.”").replace("“All of them?”", "“All of them, even the "
                + "books and the clock and the chair that was my grandmother's?”").replace("“All you can carry.”", "“All you can carry "
                + "down the stairs and onto the cart before the water reaches the step.”");
        assertTrue(Linking.found(longer).document().reportage);
    }

    @Test
    void oneNumberInTheNarrationLeavesTheSceneItsStorysVoice() {
        String dated = SCENE.replace("at dusk", "at dusk on the 12th");
        assertFalse(Linking.found(dated).document().reportage);
    }

    @Test
    void twoNumbersInALongerNarrationTakeTheStorysVoiceAway() {
        // two numbers in this much narration do not count much (Document.NUMBERS_PER_THOUSAND_WORDS):
        // only the check of the voice tells this
        String longer = SCENE.replace("at dusk", "at dusk on the 12th, after 3 days on the road")
                .replace("The smith watched the road until the peddler was gone.",
                        "The smith watched the road until the peddler was gone. " + "He watched the wind come down off the hills while she lit the lamp. ".repeat(40));
        assertTrue(Linking.found(longer).document().reportage);
    }

    @Test
    void theSameSceneReadsAsReportageWhenItsQuotationsAreLong() {
        String longer = SCENE.replace("“Closed,”", "“We closed at noon, as we always do on the day before the market, and we will open again at seven,”")
                .replace("“I only want water for the horse.”", "“I only want water for the horse, and a place to rest until the road is clear in the morning, if you have one.”")
                .replace("“The trough is round the back.”", "“The trough is round the back, past the woodpile, where the old cart used to stand before the river took it.”")
                .replace("“Who was that?”", "“Who was that at the door just now, and what did he want with us at this hour of the evening?”")
                .replace("“Nobody. A man with a horse.”", "“Nobody at all, only a man with a tired horse who wanted water and went on his way.”")
                .replace("“Nobody,” he said.", "“Nobody, she says, and yet he knocked at our door and nobody else's in the whole of the village,” he said.");
        assertTrue(Linking.found(longer).document().reportage);
    }

    @Test
    void aBaseFormAfterAnOwnerAndAnAdjectiveIsANounButAfterAPluralAVerb() {
        // Tam(0) Roe’s(1) stiff(2) reply(3) came(4) late(5) .(6)
        Document d = Linking.found("Tam Roe’s stiff reply came late. “Wait.”").document();
        assertEquals(0, d.verbAt(3));
        // Tam(0) Roe’s(1) neighbours(2) reply(3) that(4) …
        Document e = Linking.found("Tam Roe’s neighbours reply that the mill is loud. “Wait.”").document();
        assertTrue(e.verbAt(3) > 0);
    }

    @Test
    void aPluralAfterAnOwnerAndAParticipleIsANoun() {
        // Tallis(0) faulted(1) Corrow’s(2) heated(3) remarks(4) on(5) …
        Document d = Linking.found("Tallis faulted Corrow’s heated remarks on the pier. “Wait.”").document();
        assertEquals(0, d.verbAt(4));
        // The(0) guild(1) dropped(2) its(3) stated(4) claims(5) …
        Document e = Linking.found("The guild dropped its stated claims about the tolls. “Wait.”").document();
        assertEquals(0, e.verbAt(5));
    }

    @Test
    void aVerbAfterAnOwnerAndAParticipleForPeopleStaysAVerb() {
        // Tallis’s(0) hired(1) crews(2) said(3) …; a past verb after the participle is no plural noun
        Document d = Linking.found("Tallis’s hired crews said the pier was safe. “Wait.”").document();
        assertTrue(d.verbAt(3) > 0);
    }

    @Test
    void theSpeakerOfAFragmentAfterAnOwnedPluralIsTheOneAddingIt() {
        Linking l = Linking.linked("The mayor met the guild on Monday. Tallis also faulted Corrow’s heated remarks on "
                + "the pier, adding that the ferryman had “never once paid a toll” there.");
        assertEquals("Tallis", l.mention(0));
        assertEquals("adding", l.cue(0));
    }
}
