package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** The speaker mention found next to a reporting verb. */
class MentionsTest {

    /**
     * The mention of the speaker of the first quotation of {@code text}, once linked after a
     * paragraph of narration (so that paragraphs are blank-line separated, not one a line).
     */
    private static String speakerOf(String text) {
        return Linking.linked("The sky was grey.\n\n" + text).mention(0);
    }

    @Test
    void aFunctionWordOrItWithAContractedIsIsNoNameWord() {
        Document d = Linking.found("That’s it. It’s late. There's time. Lee’s plan. He’s here. “Yes.”").document();
        assertFalse(d.mentions.isNameWord(0), "That’s");
        assertFalse(d.mentions.isNameWord(3), "It’s");
        assertFalse(d.mentions.isNameWord(6), "There's");
        assertTrue(d.mentions.isNameWord(9), "Lee’s");
    }

    @Test
    void aSubjectPronounWithAContractedAuxiliaryIsOneOfTheListsOnBothSidesOfItsApostrophe() {
        // She’ll(0) and(1) they've(2) ,(3) I’d(4) ,(5) he's(6) but(7) ma'am's(8) ,(9) we’re(10) ,(11) she'sn't(12) .(13)
        Document d = Linking.found("She’ll and they've, I’d, he's but ma'am's, we’re, she'sn't. “Yes.”").document();
        assertTrue(d.mentions.contractedSubjectPronoun(0), "She’ll");
        assertTrue(d.mentions.contractedSubjectPronoun(2), "they've");
        assertTrue(d.mentions.contractedSubjectPronoun(4), "I’d");
        assertTrue(d.mentions.contractedSubjectPronoun(6), "he's");
        assertFalse(d.mentions.contractedSubjectPronoun(1), "and");
        assertFalse(d.mentions.contractedSubjectPronoun(8), "ma'am's");
        assertFalse(d.mentions.contractedSubjectPronoun(10), "we’re");
        assertFalse(d.mentions.contractedSubjectPronoun(12), "she'sn't");
    }

    @Test
    void anAdjectiveOfNationIsNoNameWordAloneButIsOneInsideAName() {
        Document d = Linking.found("I am Welsh. Sir Cedric French came. The Dutch stayed. “Yes.”").document();
        assertFalse(d.mentions.isNameWord(2), "Welsh");
        assertTrue(d.mentions.isNameWord(6), "French");
        assertFalse(d.mentions.isNameWord(9), "Dutch");
    }

    @Test
    void anAdverbOrDeterminerOpeningASentenceIsNoNameWord() {
        // Such(0) a(1) storm(2) !(3) Next(4) she(5) ran(6) ,(7) Next(8) she(9) hid(10)
        Document d = Linking.found("Such a storm! Next she ran, Next she hid. “Yes.”").document();
        assertFalse(d.mentions.isNameWord(0), "Such");
        assertFalse(d.mentions.isNameWord(4), "Next");
        assertFalse(d.mentions.isNameWord(8), "Next after a comma");
    }

    @Test
    void oneIsNoNameWordAloneButMayOpenANameInsideASentence() {
        // One(0) said(1) no(2) .(3) Whenever(4) Quellby(5) came(6) ,(7) the(8) band(9) One(10) Quellby(11) played(12)
        Document d = Linking.found("One said no. Whenever Quellby came, the band One Quellby played. “Fine.”").document();
        assertFalse(d.mentions.isNameWord(0), "One");
        assertFalse(d.mentions.isNameWord(4), "Whenever");
        assertTrue(d.mentions.isNameWord(10), "One Quellby");
    }

    @Test
    void aPhraseOfAPauseBetweenTheSubjectAndItsVerbIsNoSpeaker() {
        assertEquals("Bramwen", speakerOf("Bramwen after some thought said, “Carrots grow slowly.”"));
        assertEquals("she", speakerOf("Orsolya blinked. Then she after another yawn asked, “Has Tadeo eaten?”"));
    }

    @Test
    void aRoughCountOfPeopleAfterAnOpeningPhraseIsTheSubject() {
        assertEquals("about 300 nurses", speakerOf("Outside the clinic, about 300 nurses stood in the rain, chanting “Fair pay now.”"));
        assertEquals("40 angry tenants", speakerOf("At the hearing, 40 angry tenants rose, shouting “No more rent hikes.”"));
    }

    @Test
    void aWeekdayOrMonthDatingTheNounOfADescriptionBelongsToIt() {
        assertEquals("a Friday editorial", speakerOf("“The mayor has failed this city,” reads a Friday editorial in the Gazette."));
        assertEquals("the March memo", speakerOf("“The plan is not ready,” reads the March memo from the board."));
    }

    @Test
    void aCapitalizedVerbFormAfterACapitalInADescriptionIsPartOfTheName() {
        assertEquals("the Elmtown Post", speakerOf("“The vote is over,” said the Elmtown Post in an editorial."));
        Linking l = Linking.linked("The harbor reopened.\n\nCrews said the pier was a “floating ruin,” the Elmtown Post"
                + " reported last spring.");
        assertEquals("the Elmtown Post", l.mention(0));
    }

    @Test
    void aWeekdayAfterTheDeterminerOfATimePhraseIsNoDescription() {
        // We(0) met(1) the(2) Friday(3) before(4) .(5)
        Document d = Linking.found("We met the Friday before. “No,” she said.").document();
        assertFalse(d.mentions.subjectAfter(2, 5, new Mentions.Mention()));
    }

    @Test
    void aCountOfTimesIsNoSubject() {
        assertNotEquals("9,000 times", speakerOf("Then all you do is repeat, 9,000 times, “Less is more,” and wait."));
    }

    @Test
    void anAppositionSetOffByDashesIsSkipped() {
        assertEquals("Ann Lee", speakerOf("Ann Lee — a former aide to the mayor — said, “We were never asked.”"));
        assertEquals("Ann Lee", speakerOf("Ann Lee -- a former aide to the mayor -- said, “We were never asked.”"));
    }

    @Test
    void aDescriptionEndsBeforeAVerbWithAnObjectPronoun() {
        assertEquals("My aunt", speakerOf("My aunt heard me on the stairs and said: “Supper went cold an hour ago.”"));
        assertEquals("The guard", speakerOf("The guard stopped us and said: “Tickets, please, all of you.”"));
    }

    @Test
    void aDescriptionEndsBeforeAVerbInThePastThatEndsItsClause() {
        assertEquals("The clerk", speakerOf("The clerk nodded and said, “The room is ready for you.”"));
        assertEquals("the old porter", speakerOf("Before we left, the old porter came up to the desk and said: “The room is ready.”"));
        assertEquals("the astonished father", speakerOf("“The room is ready,” said the astonished father."));
    }

    @Test
    void aWordInEdBeforeANumberOrFunctionWordEndsTheDescriptionAsItsVerb() {
        assertEquals("The board", speakerOf("The board voted 6-1 for the motion, whose text said the town "
                + "“rejects all such talk from the mayor and his staff.”"));
        assertEquals("The city's embattled mayor", speakerOf("The city's embattled mayor said, “We will stay.”"));
    }

    @Test
    void dashesOfTwoKindsSetOffNoApposition() {
        assertNotEquals("Ann Lee", speakerOf("Ann Lee — a former aide to the mayor -- said, “We were never asked.”"));
    }

    @Test
    void aPhraseOfTimeBetweenTheSubjectAndItsVerbIsSkipped() {
        assertEquals("Tom Kent", speakerOf("The mayor, who Tom Kent on Wednesday called “a fraud,” did not reply."));
        assertEquals("Tom Kent", speakerOf("Tom Kent in 2019 wrote, “The bridge will not last.”"));
    }

    @Test
    void aTitleWithItsOfficeOpensTheNameAfterIt() {
        assertEquals("Speaker of the House Ann Lee", speakerOf("Speaker of the House Ann Lee said the bill was “dead on arrival.”"));
        assertEquals("Secretary of State Tom Kent", speakerOf("The plan, Secretary of State Tom Kent said, is “a mess.”"));
        assertEquals("Secretary of State Tom Kent", speakerOf("“We will not go,” said Secretary of State Tom Kent."));
    }

    @Test
    void aPlaceAfterTheNameIsNoOffice() {
        assertEquals("Gov. Ann Lee", speakerOf("Gov. Ann Lee of Ohio said the plan was “a mess.”"));
    }

    @Test
    void aDescriptionEndsBeforeAVerbThatAnObjectFollows() {
        assertEquals("The drivers", speakerOf("The drivers printed a flyer, with these words in red: “Fair pay or no buses.”"));
        assertEquals("The old clerk", speakerOf("The old clerk shook his head and said, “Not today.”"));
        assertEquals("The board", speakerOf("The board decided that it was clear: “The fees are too high.”"));
    }

    @Test
    void aRelativeThatDoesNotEndTheDescriptionBeforeIt() {
        assertEquals("The tenant group", speakerOf("The tenant group that won the vote was clear: “We will not pay.”"));
    }

    @Test
    void anInvertedSubjectOnTheNextLineOfHardWrappedText() {
        assertEquals("Mr. Lyle", speakerOf("“It will rain,” answered\nMr. Lyle, looking up."));
    }

    @Test
    void aNameSetOffByCommasAfterADescriptionIsTheSubject() {
        assertEquals("Dan Orwin", speakerOf("“Positions will soften,” Ohio Rep. Tim Hale’s chief of staff, Dan Orwin, told the Gazette."));
        assertEquals("Ann Ross", speakerOf("“We lost,” Ann Ross, Lee Jones’ campaign manager, said."));
    }

    @Test
    void aRoleJoinedByOfBeforeANameAfterTheVerbOpensThatName() {
        assertEquals("Ravi Menon", speakerOf("“The gates stay shut,” said head of security Ravi Menon."));
        assertEquals("Effie Garber", speakerOf("“The ferry is late again,” said chief of staff Effie Garber."));
        assertEquals("one of the organizers", speakerOf("“Welcome,” said one of the organizers."));
    }

    @Test
    void aYearAfterTheDeterminerBelongsToTheDescription() {
        assertEquals("a 2012 convention delegate", speakerOf("“It was a long night,” said a 2012 convention delegate."));
        assertEquals("a 2019 study", speakerOf("According to a 2019 study, the fees were “far too high.”"));
    }

    @Test
    void aDeterminerAndCapitalsEndingInARoleNounAreADescription() {
        assertEquals("another Ohio Republican", speakerOf("“We lost,” another Ohio Republican added."));
        assertEquals("The Idaho Democrat", speakerOf("The Idaho Democrat asks for “a full inquiry.”"));
    }

    @Test
    void theApostropheOfAPluralPossessiveIsNoQuotationMark() {
        assertEquals("Ann Ross", speakerOf("“We lost,” Ann Ross, Lee Jones’ campaign manager, said in a statement."));
        assertEquals("the Democrats’ leader", speakerOf("“We lost,” the Democrats’ leader said."));
        assertEquals("Ann Ross", speakerOf("“We lost,” Ann Ross, the Democrats' leader, said."));
    }

    @Test
    void aSubjectOnTheLineBeforeItsVerb() {
        assertEquals("she", speakerOf("“It will rain,” she\nanswered, looking up."));
    }

    @Test
    void aDeterminerEndingALineOpensTheDescriptionOnTheNext() {
        // No line ends on "the": the capitalized head on the next line is the speaker, as a lower-case one is.
        assertEquals("the\nHarbourmaster", speakerOf("“I call it folly,” cried the\nHarbourmaster quite rudely."));
        assertEquals("the\nMajor", speakerOf("“A most desirable change,” replied the\nMajor."));
        assertEquals("the\nferryman", speakerOf("“Not a bit,” said the\nferryman."));
    }

    @Test
    void literaryReportingVerbsTagAnInvertedSubject() {
        assertEquals("Tollan", speakerOf("“It is folly,” asseverated Tollan."));
        assertEquals("Wilda", speakerOf("“Of course,” riposted Wilda."));
        assertEquals("Brisa", speakerOf("“I cannot,” faltered Brisa."));
        assertEquals("the ferryman", speakerOf("“Where is he?” quavered the ferryman."));
        assertEquals("Vasko", speakerOf("“She did,” corroborated Vasko."));
        assertEquals("Provost", speakerOf("“Very well,” the Provost acquiesced."));
        assertEquals("Okafor", speakerOf("“Nonsense!” spluttered Okafor."));
        assertEquals("the fiddler", speakerOf("“Good night to you all,” warbled the fiddler."));
        assertEquals("Halcott", speakerOf("“Out of my way!” vociferated Halcott."));
    }

    @Test
    void aTitleEndingALineBelongsToTheNameOnTheNext() {
        assertEquals("Mr.\nLyle", speakerOf("“It will rain,” said Mr.\nLyle, looking up."));
        assertEquals("Mrs.\nLyle", speakerOf("“It will rain,” Mrs.\nLyle said."));
    }

    @Test
    void theNameOfATitleEndingALineIsTheNameAlone() {
        Linking l = Linking.linked("The sky was grey.\n\n“It will rain,” said Mr.\nLyle.");
        assertEquals("Lyle", l.name(0));
    }

    @Test
    void aBlankLineStillEndsTheParagraph() {
        Linking l = Linking.linked("“It will rain,” answered\n\nMr. Lyle came in.");
        assertTrue(!l.quote(0).hasSpeaker() || !l.mention(0).contains("Lyle"));
    }
    @Test
    void aRelativePronounIsTheSubjectAndStandsForTheNameBeforeIt() {
        Linking l = Linking.linked("The sky was grey.\n\nThe mayor turned to Nora Vance, who said, “It will rain.”");
        assertEquals("who", l.mention(0));
        assertEquals("Nora Vance", l.name(0));
    }

    @Test
    void aRelativePronounAfterAnAppositionStandsForTheName() {
        Linking l = Linking.linked("The sky was grey.\n\nThe mayor spoke to Nora Vance, the club's treasurer, who said:"
                + " “The picnic is off for good.”");
        assertEquals("who", l.mention(0));
        assertEquals("Nora Vance", l.name(0));
    }

    @Test
    void aRestrictiveRelativeClauseHasItsOwnSubject() {
        Linking l = Linking.linked("The sky was grey.\n\nThe hall was full of farmers who called the plan “a joke that will cost us the harvest.”");
        assertEquals("who", l.mention(0));
        assertEquals("farmers", l.name(0));
    }

    @Test
    void aRelativePronounStaysTheSubjectAcrossAPhraseOfTime() {
        Linking l = Linking.linked("The sky was grey.\n\nThe ferry is run by Nora Vance, who in 2019 called the timetable “a puzzle for nobody.”");
        assertEquals("who", l.mention(0));
        assertEquals("Nora Vance", l.name(0));
        l = Linking.linked("The sky was grey.\n\nThe ferry is run by Nora Vance, who has in the past called the timetable “a puzzle.”");
        assertEquals("who", l.mention(0));
        l = Linking.linked("The sky was grey.\n\nThe ferry is run by Nora Vance, who last week called the timetable “a puzzle.”");
        assertEquals("who", l.mention(0));
    }

    @Test
    void aFunctionWordTheTextUsesAsAFamilyNameIsAName() {
        Linking l = Linking.linked("Ann T. Will runs a polling firm in Ohio.\n\n“It was a close race,” Will said.\n\n"
                + "Will described the count as “painfully slow.”");
        assertEquals("Will", l.mention(0));
        assertEquals("Will", l.mention(1));
        l = Linking.linked("Jane May spoke in Leeds.\n\n“We will not wait,” May said.");
        assertEquals("May", l.mention(0));
    }

    @Test
    void aFunctionWordAfterTheGivenNameAlIsAFamilyName() {
        Linking l = Linking.linked("The ferry runs twice a day.\n\n“The fares went up in spring,” said Al Upon, who"
                + " sells tickets at the pier.\n\nRiders grumbled, but the boat was full, Upon said. “Nobody walks to the island.”");
        assertEquals("Al Upon", l.mention(0));
        assertEquals("Upon", l.mention(1));
        assertEquals("Al Upon", l.name(1));
    }

    @Test
    void aCapitalizedFillerBetweenTheVerbAndANameOpensTheName() {
        Linking l = Linking.linked("The coach stood in the yard.\n\n“Is it late?” asked Will Quince, and nobody knew.");
        assertEquals("Will Quince", l.mention(0));
        l = Linking.linked("The coach stood in the yard.\n\n“Is it late?” she asked. “We will see.”\n\n“It will,” said Ann. “Soon.”");
        assertEquals("Ann", l.mention(2));
    }

    @Test
    void aCountOfChildrenAfterAPersonNounBelongsToTheSubject() {
        Linking l = Linking.linked("Fees at the pool went up again.\n\nWhen asked about the fees, the 41-year-old father of"
                + " two replied, “We will get by somehow.”");
        assertEquals("the 41-year-old father of two", l.mention(0));
        l = Linking.linked("Fees at the pool went up again.\n\nA mother of 4 said, “We will get by somehow.”");
        assertEquals("A mother of 4", l.mention(0));
    }

    @Test
    void aShareOfPeopleIsTheSubjectOfItsVerb() {
        Linking l = Linking.linked("The ferry poll closed on Friday.\n\nRoughly seven in 10 said the fares were “far too high.”");
        assertEquals("Roughly seven in 10", l.mention(0));
        l = Linking.linked("The ferry poll closed on Friday.\n\nTwo in five said the fares were “far too high.”");
        assertEquals("Two in five", l.mention(0));
    }

    @Test
    void aFunctionWordIsNoNameWhenTheTextNamesNobodyByIt() {
        Linking l = Linking.linked("The polls had closed.\n\n“It was a close race,” Will said.");
        assertTrue(!l.quote(0).hasSpeaker() || !l.mention(0).equals("Will"));
    }

    @Test
    void theRelativeClauseOfTheSubjectDoesNotTakeAFragmentFromTheMainVerb() {
        Linking l = Linking.linked("The sky was grey.\n\nNora Vance, who met the mayor on Friday, said the plan was “a joke.”");
        assertEquals("Nora Vance", l.mention(0));
    }
    @Test
    void aPhraseVerbAfterADescriptionIsAVerbNotANoun() {
        // "the mayor put" is no noun phrase like "a snappy retort": "put it" after a title or a
        // noun for a speaker reports; after another noun ("the rain went on") it stays narration
        assertEquals("the mayor", speakerOf("As the mayor put it, “We are broke.”"));
        assertEquals("The senator", speakerOf("The senator put it plainly: “The vault is empty.”"));
    }

    @Test
    void anAgeAfterADeterminerNamesAPerson() {
        assertEquals("the 52-year-old", speakerOf("“We will rebuild the barn,” said the 52-year-old."));
        assertEquals("the 52-year-old", speakerOf("“We will rebuild the barn,” the 52-year-old said."));
        assertEquals("the 52-year-old farmer", speakerOf("“We will rebuild the barn,” said the 52-year-old farmer."));
    }
    @Test
    void aPartitiveNamesThePartAfterTheVerb() {
        assertEquals("one of the farmers", speakerOf("“We will rebuild the barn,” said one of the farmers."));
        assertEquals("two of her sisters", speakerOf("“We will rebuild the barn,” said two of her sisters."));
    }

    @Test
    void aDescriptionBrokenByAHardWrappedLineGoesOnOnTheNext() {
        assertEquals("the tall\nbaker", speakerOf("“The bread is late,” said the tall\nbaker, wiping his hands."));
        assertEquals("the old\nlady", speakerOf("“Close the gate,” cried the old\nlady from the porch."));
        assertEquals("the\nbaker", speakerOf("“The bread is late,” said the\nbaker, wiping his hands."));
    }

    @Test
    void adjectivesSetOffByACommaBelongToTheDescriptionOfAPerson() {
        assertEquals("a stout, cheerful woman", speakerOf("“Come in out of the wind,” cried a stout, cheerful woman."));
        assertEquals("the clerk", speakerOf("“Next, please,” said the clerk, yawning."));
    }

    @Test
    void aHyphenCountsOnlyInsideItsOwnWord() {
        // The(0) calm(1) ,(2) well-read(3) envoy(4) came(5) .(6) A(7) half-built(8) hall(9) .(10)
        Document d = Linking.found("The calm, well-read envoy came. A half-built hall. “Yes.”").document();
        assertTrue(d.mentions.hasHyphen(3), "well-read");
        assertFalse(d.mentions.hasHyphen(1), "calm: the hyphens later in the text are other words'");
        assertFalse(d.mentions.hasHyphen(4), "envoy");
        assertEquals("the well-read, calm envoy", speakerOf("“Sit down,” the well-read, calm envoy said."));
    }

    @Test
    void aQuantifierStandingForPeopleIsTheSubjectOfTheVerbAfterIt() {
        assertEquals("the two", speakerOf("“The dam will hold,” the two wrote."));
        assertEquals("both", speakerOf("“The dam will hold,” both told the council."));
        assertEquals("Another", speakerOf("Many readers wrote in. Another posted, “The dam will hold.”"));
        assertEquals("they", speakerOf("“The dam will hold,” they both said."));
    }

    @Test
    void aQuantifierBeforeANounOrAfterAnAdjectiveIsNoSubjectOnItsOwn() {
        assertEquals("another report", speakerOf("“The dam will hold,” another report said."));
        assertEquals("two reports", speakerOf("“The dam will hold,” two reports said."));
        assertEquals("the tall one", speakerOf("“The dam will hold,” the tall one said."));
    }

    @Test
    void aQuantifierFloatingAfterAnAuxiliaryIsNoSubjectOnItsOwn() {
        assertNotEquals("both", speakerOf("“The dam will hold,” Ann Vole and Tom Lane have both said."));
    }

    @Test
    void aQuantifierAloneAfterTheVerbStandsForAPerson() {
        assertEquals("one", speakerOf("Two guards stood at the gate. “Halt,” said one."));
        assertEquals("another", speakerOf("“Let them pass,” said another, yawning."));
        assertEquals("another\nguard", speakerOf("“Let them pass,” said another\nguard."));
    }

    @Test
    void capitalsOpeningARoleBeforeANameAfterTheVerbAreNotTheSpeaker() {
        assertEquals("Ann Vole", speakerOf("“We will not pay,” said City Hall spokeswoman Ann Vole."));
        assertEquals("Ann Vole", speakerOf("“We will not pay,” said KXQ radio host Ann Vole, laughing."));
    }

    @Test
    void aParticipleAfterTheNameOpensNoRole() {
        assertEquals("Tom", speakerOf("“I wish,” said Tom turning to Mr. Lane, “you had come.”"));
        assertEquals("Tom", speakerOf("“I wish,” said Tom facing Mr. Lane."));
    }

    @Test
    void twoLowerCaseConnectorsInsideAName() {
        assertEquals("Mrs. van der Berg", speakerOf("“We will not pay,” said Mrs. van der Berg."));
        assertEquals("Mr. de la Cruz", speakerOf("“We will not pay,” Mr. de la Cruz said."));
    }

    @Test
    void aRelativePronounAfterADashStandsForTheNameBeforeIt() {
        Linking l = Linking.linked("The sky was grey.\n\n"
                + "Councillor Brin Maddock — who once said she would “sell the old pier for a dollar” — abstained.");
        assertEquals("who", l.mention(0));
        assertEquals("Brin Maddock", l.quote(0).speakerName);
    }

    @Test
    void onePartOfACountedGroupAfterAnInvertedVerbIsTheSpeaker() {
        assertEquals("one of three engineers", speakerOf("“The dam will hold,” said one of three engineers at the site."));
    }

    @Test
    void aPronounContractedWithItsAuxiliaryIsTheSubjectOfTheVerbAfterIt() {
        assertEquals("she’s", speakerOf("For a decade she’s told every visitor to the mill: “Nothing here is for sale.”"));
        assertEquals("they’ve", speakerOf("Local boatmen say the fees are steep, and they’ve warned that the toll is “a slow robbery.”"));
    }

    @Test
    void aNameWithAPossessiveBeforeAVerbFormIsNoSubject() {
        Document d = Linking.found("The mayor’s report came out. “Wait.”").document();
        assertEquals(0, d.verbAt(2));
    }

    @Test
    void whichRightAfterANameStandsForItWithoutAComma() {
        Linking l = Linking.linked("The sky was grey.\n\nThe clerks asked the Harbor Trust which replied “not this year” to every request.");
        assertEquals("which", l.mention(0));
        assertEquals("Harbor Trust", l.quote(0).speakerName);
    }

    @Test
    void aMonthAndItsDayDatingTheNounOfADescriptionBelongToIt() {
        assertEquals("A Nov. 4 notice", speakerOf("A Nov. 4 notice of the Quarry Board warns that the dig is “a costly gamble.”"));
        assertEquals("A June 9 memo", speakerOf("A June 9 memo by the Quarry Board says the dig is “a costly gamble.”"));
    }

    @Test
    void aNameBeforeAnAppositionHoldingAListIsTheSubject() {
        assertEquals("Wren Halloway", speakerOf("“The locks stay open,” Wren Halloway, keeper of canals, weirs, and sluices, said on Monday."));
        assertEquals("Wren Halloway", speakerOf("Wren Halloway, keeper of canals, weirs, and sluices, said the locks are “open for good.”"));
    }

    @Test
    void anAgeAfterAnInvertedVerbDescribesTheNamedSpeakerAfterIt() {
        assertEquals("Tam Brandt", speakerOf("“The ferry runs late,” said 61-year-old deckhand Tam Brandt."));
        assertEquals("Tam Brandt", speakerOf("“The ferry runs late,” said 61-year-old Tam Brandt."));
    }

    @Test
    void aNameWithALoneApostropheOwnsTheDescriptionAfterIt() {
        assertEquals("Corin Hoskins’ latest memo", speakerOf("Corin Hoskins’ latest memo warns that the levy is “a tax on bread.”"));
    }

    @Test
    void aPronounContractedWithItsAuxiliaryStandsForThePersonBeforeIt() {
        Linking l = Linking.linked("The sky was grey.\n\nTamsin Orr runs the ferry. “The river is high,” she’s said all week.");
        assertEquals("Tamsin Orr", l.quote(0).speakerName);
        Linking m = Linking.linked("The sky was grey.\n\nTamsin Orr runs the ferry. She’s been saying that the crossing is"
                + " “too steep for the old barge.”");
        assertEquals("She’s", m.mention(0));
        assertEquals("Tamsin Orr", m.quote(0).speakerName);
    }

    @Test
    void aSpacedPossessiveBeforeANounOfAPersonMakesThatPersonTheSpeaker() {
        Linking l = Linking.linked("“ Is the ferry late ? ” asked my cousin ’s wife .\n“ An hour , ” I said .");
        assertEquals("my cousin ’s wife", l.mention(0));
    }

    @Test
    void aSpacedPossessiveBeforeAVoiceLeavesThePossessorTheSpeaker() {
        Linking l = Linking.linked("“ Is the ferry late ? ” called my cousin ’s voice .\n“ An hour , ” I said .");
        assertEquals("my cousin", l.mention(0));
    }

    @Test
    void theNounBeforeARelationOfKnowingOrNearnessSpeaksWithItsWholePhrase() {
        assertEquals("A clerk familiar with the toll books", speakerOf("A clerk familiar with the toll books said, “The fees rose twice.”"));
        assertEquals("The skippers close to the harbour guild", speakerOf("The skippers close to the harbour guild argue, “The pier is too short.”"));
        assertEquals("The ferrymen with long knowledge of the tides", speakerOf("The ferrymen with long knowledge of the tides warned, “Sail at dawn.”"));
    }

    @Test
    void aPlaceAfterARelationThatNoNounPrecedesStaysTheMention() {
        assertEquals("the Quaystone guild", speakerOf("Close to noon, the Quaystone guild said, “The pier is shut.”"));
    }

    @Test
    void theDeterminerBeforeANumberOpensTheDescription() {
        assertEquals("The two wardens", speakerOf("The two wardens said, “The pier stays shut.”"));
        assertEquals("her three brothers", speakerOf("At the orchard gate her three brothers shouted, “Pick faster.”"));
    }

    @Test
    void anIrregularPastAfterTheNounEndsTheDescriptionBeforeIt() {
        assertEquals("The toll keeper", speakerOf("The toll keeper grew weary at the gate and said, “Pay or turn back.”"));
        assertEquals("The pier crew", speakerOf("The pier crew strode past the sheds, shouting “Clear the road for the cart.”"));
        assertEquals("The old bent ferryman", speakerOf("The old bent ferryman said, “The tide is turning.”"));
    }

    @Test
    void aLinkingVerbAfterTheNounEndsTheDescriptionBeforeIt() {
        Quote q = QuoteAttributor.attribute("The sky was grey.\n\nThe harbour ledger seems to call the new fare “a fair bargain” for the island.").get(0);
        assertEquals("The harbour ledger", q.speaker().get().mention());
    }

    @Test
    void anIrregularPastBeforeTheHeadEndsTheDescriptionReadBackwards() {
        Quote q = QuoteAttributor.builder().includeIndirect(true).build()
                .attribute("The sky was grey.\n\nThe harbour vote got residents wondering whether the fares would rise.").get(0);
        assertEquals("residents", q.speaker().get().mention());
    }

    @Test
    void putOrSetAfterTheNounEndsTheDescriptionBeforeIt() {
        Quote put = QuoteAttributor.attribute("The sky was grey.\n\nThe pier office put up a notice saying the toll “will rise in May.”").get(0);
        assertEquals("The pier office", put.speaker().get().mention());
        Quote set = QuoteAttributor.attribute("The sky was grey.\n\nThe toll board set out its plan, calling the new fee “fair to all.”").get(0);
        assertEquals("The toll board", set.speaker().get().mention());
    }

    @Test
    void setRightAfterADeterminerIsNoVerb() {
        assertEquals("the set crew", speakerOf("“We start at dawn,” the set crew said."));
    }
}
