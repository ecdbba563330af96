package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quoted terms told from quoted speech. */
class TermDetectorTest {

    @Test
    void aTitleWithTheSentencesFullStopInsideItsMarksIsATerm() {
        Linking l = Linking.linked("The senator spoke on Sunday on the network's “Face the Week.”");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aTitleWithTheSentencesCommaInsideItsMarksIsATerm() {
        Linking l = Linking.linked("She appeared on “Good Morning Town,” a breakfast show, last year.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aShortExclamationInsideASentenceIsNotATerm() {
        Linking l = Linking.linked("As the mayor spoke, a woman shouted “Go Home!” from the back.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortCapitalizedLineOfDialogueIsNotATerm() {
        Linking l = Linking.linked("“Where to?”\n\n“Grand Central.”\n\nThe driver nodded.");
        assertFalse(l.quote(1).term);
    }

    @Test
    void aCapitalizedQuotationAfterANounForAWorkIsItsTitle() {
        Linking l = Linking.linked("Copies of her memoir, “Roads We Took Together,” sold out in a week.");
        assertTrue(l.quote(0).term);
        l = Linking.linked("He starred in the movie “Night Train to Nowhere” last year.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aCapitalizedQuotationThatAnAppositionWithANounForAWorkDescribesIsItsTitle() {
        Linking l = Linking.linked("“Salt and Iron,” a cable drama about a harbor town, returns next spring.");
        assertTrue(l.quote(0).term);
        l = Linking.linked("Then came “Harbor Lights, Again!” — a film nobody asked for.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aQuotationThatASentenceOpenedByAnArticleFollowsIsNotATitle() {
        Linking l = Linking.linked("“We will win the harbor vote.” A film crew recorded every word.");
        assertFalse(l.quote(0).term);
        l = Linking.linked("“Stay calm and keep rowing,” a deckhand said.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aNicknameInsideANameIsATerm() {
        Linking l = Linking.linked("The senate voted on Monday.\n\nThe bill was written by Rep. Vessrin “Vess” Okonjo and "
                + "two aides. “It will pass,” Okonjo said.");
        assertTrue(l.quote(0).term);
        assertFalse(l.quote(1).term);
    }

    @Test
    void aLowerCaseQuotationAfterANounForAWorkIsNotATitle() {
        Linking l = Linking.linked("The show, “as everyone knows by now, is a disaster for the network,” the critic wrote.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortCapitalizedQuotationAfterAPossessiveNameIsATitle() {
        Linking l = Linking.linked("The governor told the station's viewers as much on WXYZ's “Daybreak” this week.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aQuotationWithInnerPunctuationAfterAPossessiveNameIsNotATitle() {
        Linking l = Linking.linked("He bowed at Anna's “Glad to meet you, Mr. Brown.”");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aQuotationInATitleCaseHeadlineIsATerm() {
        Linking l = Linking.linked("Mayor Lee Calls New Budget ‘A Disaster For Working Families.’\n\nThe mayor spoke on Monday.");
        assertTrue(l.quote(0).term);
    }

    /** A story below a headline, whose speech has double marks. */
    private static final String STORY_BELOW = "\n\nThe mayor of Elm Bay said on Monday that the harbor plan was “too costly by half.” "
            + "“We cannot pay for it,” she said. “Nobody can.”\n\nThe council meets again in May.";

    @Test
    void aSingleQuotedQuotationInAShortParagraphAboveAStoryWithDoubleMarksIsAHeadline() {
        Linking l = Linking.linked("Mayor Okafor calls harbor plan ‘a costly mistake’" + STORY_BELOW);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aSingleQuotedQuotationIsNoHeadlineWhereSpeechHasSingleMarksOrBesideDoubleMarks() {
        Linking l = Linking.linked("Mayor Okafor calls harbor plan ‘a costly mistake’\n\nThe mayor said on Monday that the plan was "
                + "‘too costly by half.’ ‘We cannot pay for it,’ she said.\n\nThe council meets again in May.");
        assertFalse(l.quote(0).term);
        l = Linking.linked("Okafor called it ‘a costly mistake’ and said “No.”" + STORY_BELOW);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Okafor said “No,” then called the plan ‘a costly mistake for all of us’" + STORY_BELOW);
        assertFalse(l.quote(1).term);
    }

    /**
     * Narration that makes the paragraph of the sentence under test too long for a headline, then
     * speech in double marks.
     */
    private static final String DOUBLE_SPEECH = " The harbor has seen three new piers, two ferry lines and a fish market "
            + "open since the spring, and the old warehouses along the quay are being turned into flats."
            + "\n\n“We are proud,” the mayor said. “Very proud,” she added. “It shows.”\n\nThe council meets again in May.";

    @Test
    void aShortSingleQuotedQuotationInASentenceWhereSpeechHasDoubleMarksIsTheWritersTerm() {
        Linking l = Linking.linked("Officials say the pier, finished in May, is now a key part of the city's ‘revival’ and a draw "
                + "for tourists." + DOUBLE_SPEECH);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aShortSingleQuotedQuotationAfterAVerbOfSayingOrCastingIsStillSpeech() {
        Linking l = Linking.linked("Rivals portrayed the harbor plan as a ‘giveaway’ all spring." + DOUBLE_SPEECH);
        assertFalse(l.quote(0).term);
        l = Linking.linked("The mayor told the board on Friday that the harbor was ‘thriving’ again." + DOUBLE_SPEECH);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aQuotationWithATagInLowerCaseIsNotInAHeadline() {
        Linking l = Linking.linked("“Good Evening, Mr. Lee,” said Anna Brown.\n\nHe nodded.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortSingleQuotedParagraphInATextOfDoubleQuotesIsASubhead() {
        Linking l = Linking.linked("“We start at dawn,” Lee said.\n\n‘A long road ahead.’\n\n“It will be hard,” Lee said. "
                + "“We know that,” Kim said.");
        assertTrue(l.quote(1).term);
    }

    @Test
    void aShortSingleQuotedParagraphInATextOfSingleQuotesIsSpeech() {
        Linking l = Linking.linked("‘We start at dawn,’ Lee said.\n\n‘A long road ahead.’\n\n‘It will be hard,’ Lee said.");
        assertFalse(l.quote(1).term);
    }

    @Test
    void aTitleInsideASentenceIsATermEvenWithAVerbAfterIt() {
        Linking l = Linking.linked("Later on “Week in Review,” Senator Ann Lee said the bill would pass.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aTitleMayHaveASubtitle() {
        Linking l = Linking.linked("He kept quoting from “Salt Roads: A History of Trade Routes” all evening.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aFragmentOpeningInLowerCaseIsNotATitle() {
        Linking l = Linking.linked("The voters will choose \"and that will surely be Mayor Lee,\" he said.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aQuotationFollowedByACommaAndAnAuthorIsATitle() {
        Linking l = Linking.linked("Worth reading: “Why the harbor towns are emptying out,” by Jane Roe of the Ledger.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void anAuthorMayFollowByTheOrACommaBeforeANestedClosingMark() {
        Linking l = Linking.linked("Also worth reading: “Ferries are coming back to the bay,” by the Ledger's Tom Reyes.");
        assertTrue(l.quote(0).term);
        l = Linking.linked("Stage news: “Ann Okafor is leaving ‘Night Train,’” by Tom Reyes: the actress will go on tour.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aLowerCaseQuotationBeforeByIsNotATitle() {
        Linking l = Linking.linked("He regretted the “cruel and careless words,” by Lee and others, that started it.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortItemAfterATermInAListIsATermToo() {
        Linking l = Linking.linked("The filter caught words such as “import tariff rates,” “border levy rules” and "
                + "“customs duty forms” in the files.");
        assertTrue(l.quote(0).term);
        assertTrue(l.quote(1).term);
        assertTrue(l.quote(2).term);
    }

    /** A paragraph of narration alone after the sentence under test, so that the text reads as reportage. */
    private static final String NEWS_END = "\n\nThe council meets again in May.";

    @Test
    void wordsAfterAVerbOfCallingWithAPersonAsItsSubjectAreSpeech() {
        Linking l = Linking.linked("At the rally the mayor called the new levy “reckless” twice." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Residents worried about what two council members called “a slow leak.”" + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Lee described the talks as “useful” and left." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void wordsAfterAsAndAVerbOfCastingAreSpeech() {
        Linking l = Linking.linked("Some neighbors saw the new tower as a “monster” from the start." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Ms. Okafor referred to the council chair, a former ally, as “the boss” at every meeting." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void wordsAfterAsWithNoVerbOfCastingOrAfterSuchAsStayTerms() {
        Linking l = Linking.linked("The clerk listed towns such as “Elmwood” in the file." + NEWS_END);
        assertTrue(l.quote(0).term);
        l = Linking.linked("As the “quiet” season ends, the shops close early." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aVerbOfCastingGivesNoSpeechAfterSuchAsOrInAnotherSentence() {
        Linking l = Linking.linked("Critics saw towns such as “Elmwood” as rivals." + NEWS_END);
        assertTrue(l.quote(0).term);
        l = Linking.linked("Critics saw the plan fail. As a “gift” it came late." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aVerbOfCallingUsedAsANounGivesNoSpeech() {
        Linking l = Linking.linked("Nobody heeded his call for “cool heads” that week." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aThingCalledSomethingHasATitle() {
        Linking l = Linking.linked("She wrote a weekly column called “Notes From Elm Street” for years." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aPassiveOfCallingNamesAThingUnlessItsAgentFollows() {
        Linking l = Linking.linked("The old bridge is called “the iron lady” in town." + NEWS_END);
        assertTrue(l.quote(0).term);
        l = Linking.linked("The plan was labeled “reckless” by two senators." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aFormOfBeBeforeAnIngFormOfCallingMakesNoPassive() {
        Linking l = Linking.linked("The new ferry is what commuters are calling a “lifesaver.”" + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void whatTheWriterCallsSomethingIsNoQuotation() {
        Linking l = Linking.linked("We went back to what we called “the shed” every summer." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void theWordsSomebodyUsesAreTheirs() {
        Linking l = Linking.linked("The governor promised to stop using the phrase “tax relief” in her ads." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("His use of the term “fair share” drew jeers." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("The word “tariff” appears twice in the bill." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void wordsAfterSoCalledAreATermEvenAfterAVerbOfCalling() {
        Linking l = Linking.linked("Lee described the so-called “reform” in detail." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void inAStoryWhatSomeoneCallsAThingIsTheNarratorsTerm() {
        Linking l = Linking.linked("“Come in,” she said.\n\n“Thank you,” he said.\n\n“Sit down,” she said.\n\n"
                + "“I will,” he said, and looked at what her aunt called “the good chair.”");
        assertTrue(l.quote(4).term);
    }

    /** Ten turns of dialogue: a text that reads as a story, not as reportage, whatever one sentence after them. */
    private static final String STORY_TURNS = "“Come in,” she said.\n\n“Thank you,” he said.\n\n“Sit down,” she said.\n\n"
            + "“Where?” he said.\n\n“Anywhere,” she said.\n\n“Here?” he said.\n\n“Yes,” she said.\n\n“Tea?” he said.\n\n"
            + "“Later,” she said.\n\n“Fine,” he said.\n\n";

    @Test
    void inAStoryWhatSomeoneLikesToCallAThingIsANameEvenNextToTheirSpeech() {
        Linking l = Linking.linked(STORY_TURNS + "“I will,” he said. His whole life was in what he liked to call “the big ledger of small debts.”");
        assertTrue(l.quote(11).term);
        l = Linking.linked(STORY_TURNS + "“I will,” he said, and hung up a long coat of the kind called a “drover,” then sat.");
        assertTrue(l.quote(11).term);
    }

    @Test
    void inAStoryAPlaceKnownAsSomethingHasAName() {
        Linking l = Linking.linked(STORY_TURNS + "“I will,” he said, and sat by the stove in the room known as “the back parlour.”");
        assertTrue(l.quote(11).term);
    }

    @Test
    void inAStoryWordsCalledOutOrCalledToSomebodyAreSpeech() {
        Linking l = Linking.linked(STORY_TURNS + "From the porch her mother called out “Supper is on the table!” and went in.");
        assertFalse(l.quote(10).term);
        l = Linking.linked(STORY_TURNS + "At the gate they heard the boy call “Come back, all of you!” across the yard.");
        assertFalse(l.quote(10).term);
    }

    @Test
    void inAStoryAShortLowerCaseQuotationInsideANarratedSentenceIsTheNarratorsWord() {
        Linking l = Linking.linked(STORY_TURNS + "The jar on the shelf was marked “salt,” so he tipped some into the pan.");
        assertTrue(l.quote(10).term);
        l = Linking.linked(STORY_TURNS + "Every Sunday the boys were “volunteered” for the choir.");
        assertTrue(l.quote(10).term);
    }

    @Test
    void inAStoryAShortQuotationThatEndsAnUtteranceOrOpensAClauseIsStillSpeech() {
        Linking l = Linking.linked(STORY_TURNS + "He thought for a while and said “not yet.” Then he left.");
        assertFalse(l.quote(10).term);
        l = Linking.linked(STORY_TURNS + "He told her twice that “tomorrow” was too late for the mill.");
        assertFalse(l.quote(10).term);
        l = Linking.linked(STORY_TURNS + "Somebody in the hall said “hello” to nobody.");
        assertFalse(l.quote(10).term);
    }

    @Test
    void aCommaInsideTheClosingMarkOfAShortQuotationInASentenceIsTheSentences() {
        Linking l = Linking.linked("It was all very well to write “never mind,” but the hat was gone for good.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void aCommaAfterTheClosingMarkThenAConjunctionIsTheSentenceGoingOnNotATag() {
        Linking l = Linking.linked("The old shed was a “folly”, and nobody went there.");
        assertTrue(l.quote(0).term);
        l = Linking.linked("“Goodnight”, he said.");
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortFragmentReportedByAVerbOfSayingEarlierInItsSentenceIsSpeech() {
        Linking l = Linking.linked("The mayor is telling every crowd that the budget is “broken” and must be fixed." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("About half of them said they were “angry” at the board." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aWordRightAfterAVerbOfSayingIsATerm() {
        Linking l = Linking.linked("Nobody ever says “sorry” here." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void whatItIsSaidToBeIsNobodysWords() {
        Linking l = Linking.linked("It was said that the board had “no idea” about it." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aVerbOfSayingInAnotherClauseDoesNotReportTheFragment() {
        Linking l = Linking.linked("Asked twice, he left; the board had “no idea” then." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aShortFragmentAfterANounForSomethingSaidIsSpeech() {
        Linking l = Linking.linked("The mayor's claim that there were “hundreds” of complaints fell apart." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("His promise of “free rides” won votes." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortFragmentAfterANounOfThoughtIsATerm() {
        Linking l = Linking.linked("She kept the lamp lit with the idea that it would be “a help” to them." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aNounForSomethingSaidInAnotherClauseDoesNotReportTheFragment() {
        Linking l = Linking.linked("His claim of victory, a bold one, looked “shaky” by noon." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void whatACrowdChantsIsSpeechEvenInTitleCase() {
        Linking l = Linking.linked("The crowd chanted “Four More Years” as she left." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Fans greeted him with chants of “Go Home Now” on Friday." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void theWordsOnASignAreWritten() {
        Linking l = Linking.linked("Outside, a man held a sign that read “Vote No Today.”" + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aBookSomeoneReadOrASongSungHasATitle() {
        Linking l = Linking.linked("She has read “War and Peace” twice." + NEWS_END);
        assertTrue(l.quote(0).term);
        l = Linking.linked("The choir sang “Silent Night” at dusk." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void speechBrokenOffBeforeItsClosingMarkIsNoTitle() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“The Harbor Master ”\n\nHe stopped there.");
        assertFalse(l.quote(2).term);
        l = Linking.linked(turns + "“The Harbor Master” was on the shelf.");
        assertTrue(l.quote(2).term);
    }

    @Test
    void aShortFragmentOpeningAClauseAfterThatIsSpeech() {
        Linking l = Linking.linked("Dock workers in Pellham reckon that the “outsiders” will take their jobs." + NEWS_END);
        assertFalse(l.quote(0).term);
        l = Linking.linked("Stall owners grumbled that “nobody listens” any more." + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void wordsListedSideBySideAfterThatStayTerms() {
        Linking l = Linking.linked("The ledger that the “clerks” and the “porters” kept was lost." + NEWS_END);
        assertTrue(l.quote(0).term);
        assertTrue(l.quote(1).term);
    }

    @Test
    void aCapitalThatOpeningTheSentenceIsNoConjunction() {
        Linking l = Linking.linked("That “fair fares” pledge was dropped within a week." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    /** Two paragraphs of reportage about tolls, before and after the quotation under test. */
    private static final String TOLL_NEWS = "The harbor board raised the ferry toll by two dollars on Monday, "
            + "the third rise in four years.\n\n";

    @Test
    void aWholeQuotationOfReportageThatNoRuleAttributesIsATerm() {
        Linking l = Linking.linked("“The pier will hold,” the engineer said.\n\n" + TOLL_NEWS
                + "“Every crossing will cost more than the one before it.”" + NEWS_END);
        assertTrue(l.document().reportage);
        assertFalse(l.quote(1).hasSpeaker());
        assertTrue(l.quote(1).term);
    }

    @Test
    void anUnattributedQuotationIsATermOnlyWhereTheTextTagsItsSpeech() {
        String tagged = "“The pier will hold,” the engineer said.\n\n";
        Linking l = Linking.linked(tagged + TOLL_NEWS + "“Every crossing will cost more than the one before it.”" + NEWS_END);
        assertTrue(l.quote(1).term);
        l = Linking.linked("“Every crossing will cost more than the one before it.”" + NEWS_END);
        assertFalse(l.quote(0).term);
    }

    @Test
    void anAnswerToAQuestionOfAnInterviewIsSpeechOverAllItsParagraphs() {
        String tagged = "“The pier will hold,” the engineer said.\n\n";
        Linking l = Linking.linked(tagged + TOLL_NEWS + "Why do you say ferries should sail less?\n\n"
                + "“Because most crossings run half empty. The greenest ferry is the one at the pier.\n\n"
                + "“When a town asks me for a new route, I first ride the old one.”" + NEWS_END);
        assertFalse(l.quote(1).term);
        assertFalse(l.quote(2).term);
    }

    @Test
    void anAnswerLabelledWithAColonIsSpeechToo() {
        String tagged = "“The pier will hold,” the engineer said.\n\n";
        Linking l = Linking.linked(tagged + TOLL_NEWS + "Q: Why do you say ferries should sail less?\n\n"
                + "A: “Because most crossings run half empty. The greenest ferry is the one at the pier.”\n\n"
                + "“When a town asks me for a new route, I first ride the old one.”" + NEWS_END);
        assertFalse(l.quote(1).term);
        assertFalse(l.quote(2).term);
    }

    @Test
    void butTheLabelAfterAParagraphThatIsNoQuestionLeavesItATerm() {
        String tagged = "“The pier will hold,” the engineer said.\n\n";
        Linking l = Linking.linked(tagged + TOLL_NEWS + "The warden spoke to us at the pier.\n\n"
                + "A: “Because most crossings run half empty. The greenest ferry is the one at the pier.”" + NEWS_END);
        assertTrue(l.quote(1).term);
    }

    @Test
    void butNotAQuotationAfterAParagraphThatIsNoQuestion() {
        String tagged = "“The pier will hold,” the engineer said.\n\n";
        Linking l = Linking.linked(tagged + TOLL_NEWS + "The warden spoke to us at the pier.\n\n"
                + "“Because most crossings run half empty. The greenest ferry is the one at the pier.”" + NEWS_END);
        assertTrue(l.quote(1).term);
    }

    @Test
    void aWholeQuotationOfReportageWithItsTagIsSpeech() {
        Linking l = Linking.linked(TOLL_NEWS + "“Every crossing will cost more than the one before it,” a skipper said."
                + NEWS_END);
        assertTrue(l.quote(0).hasSpeaker());
        assertFalse(l.quote(0).term);
    }

    @Test
    void aShortFragmentThatAnAttributionClosingItsSentenceGivesIsSpeech() {
        Linking l = Linking.linked(TOLL_NEWS + "The pier lights stayed “mostly dark” all winter, and the night ferry ran only twice a week, "
                + "the warden said."
                + NEWS_END);
        assertTrue(l.quote(0).hasSpeaker());
        assertTrue(l.quote(0).rule.equals("closing-tag"), l.quote(0).rule);
        assertFalse(l.quote(0).term);
    }

    @Test
    void aWholeQuotationOfAStoryThatNoRuleAttributesIsStillSpeech() {
        String turns = "“Come along,” she said.\n\n“Right away,” he answered.\n\n“Mind the step.”\n\n“I see it.”\n\n";
        Linking l = Linking.linked(turns + "The kettle sang on the hob.\n\n“Every crossing will cost more than the one before it.”");
        assertFalse(l.document().reportage);
        assertFalse(l.quote(4).term);
    }

    /**
     * A story of one sentence a line, with no numbers or weekdays, whose woven fragments alone make
     * it read as reportage.
     */
    private static final String STORY_LINES = "The road ran down to the river .\n".repeat(20)
            + "The boys called the old mill “ the castle ” all summer .\n"
            + "Their mother called the river “ the moat ” and laughed .\n";

    @Test
    void aStoryOfOneSentenceALineQuotesAWordInItsNarrationEvenWhenWovenFragmentsMakeItReadAsReportage() {
        Linking l = Linking.linked(STORY_LINES + "The jar was not marked “ salt , ” so her aunt ventured a taste .\n");
        assertTrue(l.document().sentencePerLine);
        assertTrue(l.document().reportage);
        assertTrue(l.quote(2).term);
    }

    @Test
    void numbersOrWeekdaysStillMakeWovenFragmentsOfAStoryOfOneSentenceALineSpeech() {
        String dated = STORY_LINES.replace("all summer", "on Monday and Friday") + "The mayor said on Friday that the plan was “ dead , ” and left .\n";
        Linking l = Linking.linked(dated);
        assertTrue(l.document().reportage);
        assertFalse(l.quote(2).term);
    }

    @Test
    void whatHeOrSheCalledSomethingInAStoryIsTheirWords() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "Each such chore he called “keeping the peace at home” and nobody argued.");
        assertFalse(l.quote(2).term);
        l = Linking.linked(turns + "The old mill was what the boys called “the castle” that year.");
        assertTrue(l.quote(2).term);
    }

    @Test
    void inAStoryWordsAfterAWordForAnInscriptionOrALabelAreWrittenNotSpoken() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "He bent to read the inscription, “Rest Here, Weary One,” and stood up.");
        assertTrue(l.quote(2).term);
        l = Linking.linked(turns + "On the shelf stood a tin, labelled: “Tea. Not for the cook.” It was empty.");
        assertTrue(l.quote(2).term);
    }

    @Test
    void inAStoryWordsBeforeWasEngravedAreWrittenNotSpoken() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“For the brave lads of the mill,” was carved into the bell.");
        assertTrue(l.quote(2).term);
    }

    @Test
    void speechGoingOnAfterItsTagAndAWordForALabelIsStillSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“This is fine,” he said, tapping the label, “and it will keep for a week.”");
        assertFalse(l.quote(3).term);
    }

    @Test
    void inAStoryOneCapitalizedWordAfterAnArticleOrOfIsAName() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n".repeat(6);
        Linking l = Linking.linked(turns + "“Go on,” he said, and she read aloud from the “Almanack,” slowly.");
        assertTrue(l.quote(13).term);
        l = Linking.linked(turns + "“Well,” she said, and at last she gave the name of “Dobbin.”");
        assertTrue(l.quote(13).term);
    }

    @Test
    void inAStoryOneCapitalizedWordCalledOutAfterAnArticleStaysSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n".repeat(6);
        Linking l = Linking.linked(turns + "“Well,” she said, and gave a loud “Bravo!” from the door.");
        assertFalse(l.quote(13).term);
    }

    @Test
    void inAStoryWhatIsSungOrACopyOfIsASongOrATitle() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "He had wanted all week to hear the girls sing “Over the Green Hill.”");
        assertTrue(l.quote(2).term);
        l = Linking.linked(turns + "She laughed and began to sing, “Oh, the wind will carry me home.”");
        assertTrue(l.quote(2).term);
        l = Linking.linked(turns + "In her lap lay a worn copy of “Verses on leaving the valley, by a friend.”");
        assertTrue(l.quote(2).term);
    }

    @Test
    void inAStoryWhatIsSaidAfterAVerbOfSingingFurtherBackIsSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "She sang for an hour, and then she said, “Oh, the wind will carry me home.”");
        assertFalse(l.quote(2).term);
    }

    @Test
    void inAStoryAQuotationOverALineOpeningWithADashAndACapitalIsAnEpigraph() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked("PART ONE\n\n“The river keeps no count of the years.”\n\n— An Old Song of the Hills\n\n" + turns.repeat(4));
        assertTrue(l.quote(0).term);
    }

    @Test
    void inAStoryAQuotationOverALineOfNarrationIsSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“The river keeps no count of the years.”\n\nShe turned away.");
        assertFalse(l.quote(2).term);
    }

    @Test
    void inAStoryShortQuotationsJoinedByAndOrOrAreWordsNamedAsWords() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n".repeat(6);
        Linking l = Linking.linked(turns + "At school we learned to write, “parlour” and “larder” instead of rooms.");
        assertTrue(l.quote(12).term);
        assertTrue(l.quote(13).term);
    }

    @Test
    void inAStoryShortQuotationsJoinedByAndAfterAVerbOfSayingAreSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n".repeat(6);
        Linking l = Linking.linked(turns + "The twins came in and murmured “hello” and “good night,” and went up.");
        assertFalse(l.quote(12).term);
    }

    @Test
    void aQuotationFollowedByIsAndANounForAWordIsThatWord() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“Dreich,” being a good northern adjective, fits the weather there.");
        assertTrue(l.quote(2).term);
        l = Linking.linked("“Shadow fleet” is a loose term for the tankers, the minister said in May." + NEWS_END);
        assertTrue(l.quote(0).term);
    }

    @Test
    void aNounForAWordEndingTheTextIsReadToItsLastToken() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        assertTrue(Linking.linked(turns + "“Dreich” is an old word").quote(2).term);
        assertDoesNotThrow(() -> Linking.linked(turns + "“Dreich” is a"), "the text ends at the article");
    }

    @Test
    void aQuotationFollowedByWereTheFirstWordsIsSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "“Is nobody coming to help?” were the first words she said.");
        assertFalse(l.quote(2).term);
    }

    @Test
    void inAStoryWhatALookSeemedToSayIsMeantNotSpoken() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "Her aunt frowned, as much as to say, “Not in this house, you won't.”");
        assertTrue(l.quote(2).term);
        l = Linking.linked(turns + "The old dog lifted its head and seemed to say:\n“Leave me be.”");
        assertTrue(l.quote(2).term);
        l = Linking.linked(turns + "He waved at the gate, indicating “Go that way.”");
        assertTrue(l.quote(2).term);
    }

    @Test
    void aCommaOrAColonOpeningTheTextLeavesNoWordBeforeTheQuotation() {
        assertFalse(Linking.linked(", “Leave me be.”").quote(0).term);
        assertFalse(Linking.linked(":\n“Leave me be.”").quote(0).term);
        assertDoesNotThrow(() -> Linking.linked("sing “"), "a mark with nothing after it");
    }

    @Test
    void inAStoryWhatSomebodyGoesOnToSayIsSpeech() {
        String turns = "“Come in,” she said.\n\n“Thank you,” he said.\n\n";
        Linking l = Linking.linked(turns + "Her aunt frowned and went on to say, “Not in this house, you won't.”");
        assertFalse(l.quote(2).term);
    }
}
