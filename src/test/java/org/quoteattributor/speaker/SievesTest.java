package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each attribution rule: a sentence it catches, with the rule's name in the result, and a
 * sentence it must leave alone, tried with that rule on its own.
 */
class SievesTest {

    /** Applies the sieve of {@code type} alone to quotation {@code qi} of {@code text}. */
    private static boolean applyAlone(Class<? extends SpeakerLinker.Sieve> type, String text, int qi) {
        Linking l = Linking.found(text);
        return Linking.sieve(type).apply(l.document(), qi);
    }

    @Nested
    class Classify {

        @Test
        void aWordRightBeforeTheQuotationMakesItMixed() {
            Linking l = Linking.found("The mayor called the plan “a disgrace to the city.”");
            Sieves.classify(l.document(), 0);
            assertTrue(l.quote(0).mixed);
        }

        @Test
        void aQuotationAfterAnAbbreviationEndingTheSentenceIsWhole() {
            Linking l = Linking.found("“No,” said Sen. Ann Lee, R-S.C. “I get that.”");
            l.document();
            assertFalse(l.quote(1).mixed);
        }

        @Test
        void aQuotationAfterAColonIsWhole() {
            Linking l = Linking.found("Smith said: “We will win.”");
            l.document();
            assertFalse(l.quote(0).mixed);
        }

        @Test
        void aQuotationRightAfterSaidIsWhole() {
            Linking l = Linking.found("Smith said “we will win and then we will rest.”");
            l.document();
            assertFalse(l.quote(0).mixed);
        }

        @Test
        void aWordEndingTheWrappedLineBeforeTheQuotationMakesItMixed() {
            Linking l = Linking.found("The old clerk swore the ledger had been\n“balanced to the penny,” and nobody\nargued.\n\n"
                    + "“Is that so?” asked Mira.");
            l.document();
            assertTrue(l.quote(0).mixed);
            assertFalse(l.quote(1).mixed);
        }

        @Test
        void aWordEndingTheParagraphBeforeTheQuotationDoesNot() {
            Linking l = Linking.found("The old clerk shut the ledger and looked at the door\n\n“Is that so?” asked Mira.");
            l.document();
            assertFalse(l.quote(0).mixed);
        }

        @Test
        void aShortFragmentWithNarrationAfterItIsMixed() {
            Linking l = Linking.found("The so-called “plan” failed.");
            l.document();
            assertTrue(l.quote(0).mixed);
        }
    }

    @Nested
    class TrailingVerb {

        @Test
        void aParticiplePhraseSetOffAfterTheSubjectIsPassedOver() {
            Linking l = Linking.linked("The harbour board met on Tuesday.\n\n“It is a sad day,” Orrin Vexley,"
                    + " speaking to reporters outside the hall, said of the vote.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Orrin Vexley", l.mention(0));
            assertEquals("said", l.cue(0));
        }

        @Test
        void aParticiplePhraseWithNoVerbAfterItTagsNothing() {
            Linking l = Linking.linked("The harbour board met on Tuesday.\n\n“It is a sad day,” Vexley, adding that the vote was close.");
            assertFalse(l.quote(0).hasSpeaker());
        }

        @Test
        void aVerbInAClauseOfConditionAfterAFragmentIsNoTag() {
            Linking l = Linking.linked("The vote is due in May.\n\nTamsin Vardy granted on the ferry radio"
                    + " “the vote will be very close” when she argues for the toll.\n\nThe group also ran an ad.");
            assertNotEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Tamsin Vardy", l.mention(0));
        }

        @Test
        void aClauseOfTimeAfterAQuotationThatAClauseIntroducedIsNoTag() {
            Linking l = Linking.linked("The guild met at the pier.\n\nTallis told the growers, “The orchard road stays open,”"
                    + " when Corrow pressed him on the tolls.");
            assertNotEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Tallis", l.mention(0));
        }

        @Test
        void aTagAfterAWordSetOffByACommaBelongsToTheNextSentence() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n“The pier is old,” said"
                    + " Tamsin Brackett, a toll clerk. “Nobody mends the planks.” Perhaps, she said, the guild will pay.");
            assertNotEquals("trailing-verb", l.quote(1).rule);
            assertEquals("Tamsin Brackett", l.mention(1));
        }

        @Test
        void aShortTagAfterAQuotationClosedByAFullStopStillAttributesIt() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n“Nobody mends the planks.”"
                    + " She said it twice.");
            assertEquals("trailing-verb", l.quote(0).rule);
        }

        @Test
        void aShortFragmentBeforeAClauseOfItsOwnKeepsItsTag() {
            Linking l = Linking.linked("The vote is due in May.\n\nThe growers rallied against the “rigged toll” that"
                    + " Tamsin Vardy says keeps them poor.\n\nThe group also ran an ad.");
            assertEquals("Tamsin Vardy", l.mention(0));
        }

        @Test
        void aTitleAfterTheAdjectivesOfAnInvertedDescriptionOpensTheSpeakersName() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Twice today,” said the anxious Mrs. Quimby.\n\n"
                    + "“Then we wait,” cried the stout Mr. Thaddeus\nQuimby.\n\n“Wait for what?” asked Lavinia.");
            assertEquals("Mrs. Quimby", l.mention(1));
            assertEquals("Mr. Thaddeus\nQuimby", l.mention(2));
        }

        @Test
        void theVoiceOfANamedPersonIsThatPersons() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Twice today,” said the anxious Mrs. Quimby.\n\n"
                    + "“Unbolt it,” croaked the gruff voice of Thaddeus Quimby beyond the hedge.\n\n“Wait for what?” asked Lavinia.");
            assertEquals("Thaddeus Quimby", l.mention(2));
        }

        @Test
        void aDemonstrativeOpensAnInvertedSubjectInAStory() {
            Linking l = Linking.linked("Lavinia rested under a walnut tree beside a bailiff.\n\n“Is it noon?” asked Lavinia.\n\n"
                    + "“Nearly,” said the bailiff.\n\n“The plums are ripe,” said that plump bailiff, “so pick them.”\n\n"
                    + "“Mind the pears,” wailed this tall gardener to her.");
            assertEquals("trailing-verb-inverted", l.quote(2).rule);
            assertEquals("that plump bailiff", l.mention(2));
            assertEquals("this tall gardener", l.mention(4));
        }

        @Test
        void aDemonstrativeSubjectMayEndTheTextOrItsParagraphWithoutAStop() {
            String before = "Lavinia rested under a walnut tree beside a bailiff.\n\n“Is it noon?” asked Lavinia.\n\n"
                    + "“Nearly,” said the bailiff.\n\n";
            assertEquals("that plump bailiff", Linking.linked(before + "“The figs are soft,” said that plump bailiff").mention(2));
            assertEquals("that plump bailiff",
                    Linking.linked(before + "“The figs are soft,” said that plump bailiff\n\n“Pick them.”").mention(2));
        }

        @Test
        void aDescriptionAfterADemonstrativeHasFourWordsAtMostWrappedOrNot() {
            String before = "Lavinia rested under a walnut tree beside a bailiff.\n\n“Is it noon?” asked Lavinia.\n\n"
                    + "“Nearly,” said the bailiff.\n\n";
            assertEquals("that big tall old bailiff", Linking.linked(before + "“The figs are soft,” said that big tall old bailiff.").mention(2));
            assertEquals("that big tall\nold bailiff", Linking.linked(before + "“The figs are soft,” said that big tall\nold bailiff.").mention(2));
            assertNotEquals("that big tall old grey bailiff",
                    Linking.linked(before + "“The figs are soft,” said that big tall old grey bailiff.").mention(2));
            assertNotEquals("that big tall old\ngrey bailiff",
                    Linking.linked(before + "“The figs are soft,” said that big tall old\ngrey bailiff.").mention(2));
        }

        @Test
        void anInfinitiveAfterTheQuotationHasNoInvertedSubject() {
            Linking l = Linking.linked("The council met on Monday.\n\n“We lost,” said Vera Pryce.\n\nMost voters call the plan"
                    + " “about right,” though many are expected to say Pryce’s budget is too lean.\n\n“Come in!” but the clerk was"
                    + " too tired to answer Maro Kell and went up the stairs.");
            assertNotEquals("Pryce’s budget", l.mention(1));
            assertNotEquals("Maro Kell", l.mention(2));
        }

        @Test
        void inNewsAQuotationSetOffByDashesBelongsToTheClauseBeforeIt() {
            Linking l = Linking.linked("The council met on Monday.\n\nVera Pryce lamented the delay - “does the town have to wait"
                    + " so long?” - and voters in the town said the wait was fine.");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Vera Pryce", l.mention(0));
        }

        @Test
        void quothTagsAQuotation() {
            Linking l = Linking.linked("“Come here,” quoth the old ferryman.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("the old ferryman", l.mention(0));
        }

        @Test
        void aVoiceThatCameFromSomeoneAfterTheQuotationIsTheirs() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“Open the doors,” came a cry from the back row, "
                    + "and the ushers froze.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("the back row", l.mention(0));
            l = Linking.linked("The senate voted on Monday.\n\n“Never,” came an angry reply from Brisa Tollan.");
            assertEquals("Brisa Tollan", l.mention(0));
        }

        @Test
        void aQuotationAfterTheVerbEndingAnOpeningClauseIsThatClausesNotTheMainClauses() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nTollan read the list aloud and said, “Stop me if a name "
                    + "sounds wrong.”\n\nAs someone at the door shouted, “Nessa,” Tollan smiled and went on, "
                    + "“Thank you, that one is new.”");
            assertEquals("leading-verb", l.quote(1).rule);
            assertEquals("someone", l.mention(1));
        }

        @Test
        void anIndefinitePronounBeforeAPlaceIsTheSubject() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“Louder,” somebody in the hall yelled.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("somebody", l.mention(0));
        }

        @Test
        void aPluralNounWithNoDeterminerAfterTheQuotationIsTheSubject() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The toll is too high,” growers said.\n\n"
                    + "“Not again,” angry ferry hands said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("growers", l.mention(0));
            assertEquals("angry ferry hands", l.mention(1));
        }

        @Test
        void aPluralNounIsNoSubjectOfAVerbInS() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The toll is too high,” ferry hands says.");
            assertNotEquals("ferry hands", l.mention(0));
        }

        @Test
        void aNounThatCountsPeopleBeforeOfNamesTheSpeakersWithTheWhole() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The toll is too high,” a group of growers said.\n\n"
                    + "“Too late,” a handful of the wardens wrote.");
            assertEquals("a group of growers", l.mention(0));
            assertEquals("a handful of the wardens", l.mention(1));
        }

        @Test
        void aCountBeforeOfAndTheWholeAfterItAreOneSpeaker() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“Too late,” one of the growers said.\n\n"
                    + "“Not now,” some of us said.");
            assertEquals("one of the growers", l.mention(0));
            assertEquals("some of us", l.mention(1));
        }

        @Test
        void aDescriptionBeforeOfIsTheSpeakerNotTheNounAfterIt() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The toll is too high,” the head of the guild said.\n\n"
                    + "“Mind the rope,” the owner of the barge shouted.");
            assertEquals("the head", l.mention(0));
            assertEquals("the owner", l.mention(1));
            assertEquals("a keeper", Linking.linked("The senate voted on Monday.\n\n“Mind the gate,” a keeper at the lock said.").mention(0));
            assertEquals("an aide", Linking.linked("The senate voted on Monday.\n\n“Not today,” an aide to the harbour master said.").mention(0));
        }

        @Test
        void aVerbAfterAndTakesNoSubjectAfterIt() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nOn Friday Tollan praised the ferry crews - “the finest "
                    + "on any coast” - and noted the harbor's debts.");
            assertNotEquals("trailing-verb-inverted", l.quote(0).rule);
            assertNotEquals("the harbor's debts", l.mention(0));
        }

        @Test
        void aNameAfterAnIndefiniteArticleModifiesANounAndIsNoSubject() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nBrisa Tollan is describing as “petty” "
                    + "a Vessrin Okonjo tweet about the ferry fares. She says the fares must fall.");
            assertNotEquals("Vessrin Okonjo", l.mention(0));
            assertNotEquals("trailing-verb", l.quote(0).rule);
        }

        @Test
        void anAbbreviatedTitleOfADelegateEndsNoSentenceInTheTag() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“Vote early, and bring a friend!” "
                    + "Okonjo's cousin, state Del. Brisa Tollan, told the room.\n\nOkonjo left.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Okonjo's cousin", l.mention(0));
        }

        @Test
        void aNumberOpeningTheRoleBeforeANameAfterTheVerbLeavesTheNameTheSpeaker() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The bridge must stay open,” said 4/12 flood survivor Brisa Tollan.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("Brisa Tollan", l.mention(0));
            l = Linking.linked("The senate voted on Monday.\n\n“We ran a clean race,” said 2008 nominee Brisa Tollan.");
            assertEquals("Brisa Tollan", l.mention(0));
        }

        @Test
        void aDescriptionWhoseFirstAdjectiveACommaSetsOffIsTheSubject() {
            Linking l = Linking.linked("The senate voted on Monday.\n\n“The harbor comes first,” "
                    + "the soft-spoken, white-haired envoy said on Tuesday.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("the soft-spoken, white-haired envoy", l.mention(0));
        }

        @Test
        void aNounAfterOfThatReadsAsAVerbGivesAFragmentNoSubject() {
            Linking l = Linking.linked("The council met on Monday.\n\nThe panel judged half of the Green party's pledges to be "
                    + "“hard to keep,” compared with 15% of Liberal claims.");
            assertNotEquals("Liberal", l.mention(0));
            assertNotEquals("trailing-verb", l.quote(0).rule);
        }

        @Test
        void aQuotationAfterAPassiveVerbOfNamingIsTheAgentsAfterBy() {
            Linking l = Linking.linked("The sky was grey.\n\nThe levy has been labeled as “a tax on work” by its critics, "
                    + "and the vote is close.");
            assertEquals("trailing-verb-passive", l.quote(0).rule);
            assertEquals("its critics", l.mention(0));
        }

        @Test
        void notAfterAVerbThatNamesNothing() {
            Linking l = Linking.linked("The sky was grey.\n\nThe levy was passed as “a tax on work” by the council.");
            assertNotEquals("trailing-verb-passive", l.quote(0).rule);
        }

        @Test
        void theAgentOfAPassiveOfSeeingBeforeAsNamedTheThingSo() {
            Linking l = Linking.linked("The board met on Monday.\n\nThe loan, long seen by"
                    + " its backers as a “bridge” to better years, was cut in half.");
            assertEquals("trailing-verb-passive", l.quote(0).rule);
            assertEquals("its backers", l.mention(0));
            l = Linking.linked("The board met on Monday.\n\nThe merger of the two clubs was soon known by"
                    + " some aldermen as the \"deal\" of the decade.");
            assertEquals("trailing-verb-passive", l.quote(0).rule);
            assertEquals("some aldermen", l.mention(0));
        }

        @Test
        void notWhenByOpensNoAgentOfSeeing() {
            Document d = Linking.found("The plan was put by the door as a “gift” to the town.").document();
            assertEquals(null, Sieves.agentBeforeAs(d, 0));
        }

        @Test
        void aQuotationIntroducedByAClauseIsNotTheNextSentencesSubjects() {
            Linking l = Linking.linked("The sky was grey.\n\nAnn Lee wrote back to him with, “You did very well!” "
                    + "Tom Kent replied that he had help.");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void aQuotationOpeningItsSentenceStillTakesTheVerbAfterIt() {
            Linking l = Linking.linked("The sky was grey.\n\n“You did very well!” Tom Kent replied.");
            assertEquals("Tom Kent", l.mention(0));
        }

        @Test
        void aVerbOnTheLineAfterALongLineThatEndsWithTheQuotationIsNotItsOwn() {
            Linking l = Linking.linked("The debate ran late.\n\n"
                    + "“They always sue,” Kent said of the families who had taken the county to court over the last twenty years or so."
                    + " “Everybody sues, right?”\n"
                    + "Later, Ann Lee claimed that the county had never lost a case in court and that the fund would last for years.");
            assertEquals("Kent", l.mention(1));
        }

        @Test
        void subjectThenVerbAfterTheQuotation() {
            Linking l = Linking.linked("“We will win,” Smith said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
            assertEquals("said", l.cue(0));
        }

        @Test
        void aWordInEdRightAfterTheQuotationAndANameClosingTheClauseAttributeIt() {
            Linking l = Linking.linked("The race was over.\n\n“We did it!” beamed Ann Lee, waving her hat.");
            assertEquals("trailing-unknown-verb", l.quote(0).rule);
            assertEquals("Ann Lee", l.mention(0));
            assertEquals("beamed", l.cue(0));
            l = Linking.linked("The race was over.\n\n“Not yet,” yawned Mrs. Hale.");
            assertEquals("Mrs. Hale", l.mention(0));
            l = Linking.linked("The race was over.\n\n“Not bad for a first try!” grinned Lou Parrish of Brackwater.");
            assertEquals("trailing-unknown-verb", l.quote(0).rule);
            assertEquals("Lou Parrish", l.mention(0));
        }

        @Test
        void aClauseBetweenDashesThatPartsAQuotationIsItsTag() {
            Linking l = Linking.linked("Tova looked at the sky. “I think”—she paused—“we should turn back.”");
            assertEquals(2, l.found.quotes.size());
            assertEquals("trailing-unknown-verb", l.quote(0).rule);
            assertEquals("she", l.mention(0));
            assertEquals("paused", l.cue(0));
            assertFalse(l.quote(0).term);
            assertEquals("interrupted", l.quote(1).rule);
            l = Linking.linked("The skipper frowned. “Not today”--he glanced at the clouds--“maybe tomorrow.”");
            assertEquals("he", l.mention(0));
            assertFalse(l.quote(0).term);
        }

        @Test
        void aClauseAfterADashWithNoQuotationAfterItIsNoTag() {
            Linking l = Linking.linked("Tova looked at the sky. “I think”—she paused—and the rain came.");
            assertNotEquals("trailing-unknown-verb", l.quote(0).rule);
        }

        @Test
        void aPluralBeforeAVerbOfSpeechEndsTheSubjectAndIsNoUnknownVerb() {
            Linking l = Linking.linked("The ferry was late.\n\n“We will wait all night,” Several growers said at the pier.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Several growers", l.mention(0));
            assertEquals("said", l.cue(0));
            l = Linking.linked("The ferry was late.\n\n“We will wait all night,” the toll keepers said.");
            assertEquals("the toll keepers", l.mention(0));
        }

        @Test
        void aDescriptionOfAFewWordsBeforeAnUnknownVerbAfterACommaIsTheSpeaker() {
            Linking l = Linking.linked("The match was over.\n\n“Next year is ours,” the club's new captain winked at the crowd.");
            assertEquals("trailing-unknown-verb", l.quote(0).rule);
            assertEquals("the club's new captain", l.mention(0));
        }

        @Test
        void aNameThatAnArticleAndAWordDescribeBeforeAnUnknownVerbIsTheSpeaker() {
            Linking l = Linking.linked("The match was over.\n\n“Next year is ours,” an angry Kent retaliated.");
            assertEquals("trailing-unknown-verb", l.quote(0).rule);
            assertEquals("Kent", l.mention(0));
        }

        @Test
        void aPronounAndAnUnknownVerbOnTheLineAfterTheQuotationAttributeIt() {
            Linking l = Linking.linked("Rolf Maddern sat by the stove .\nHis sister Una came in .\n"
                    + "“ Will it snow ? ”\nasked Una .\n“ No . ”\n“ How can you know ? ”\nshe persisted .\n“ I just do . ”\n");
            assertEquals("trailing-unknown-verb", l.quote(2).rule);
            assertEquals("she", l.mention(2));
            assertEquals("persisted", l.cue(2));
        }

        @Test
        void aWordInSAfterTheAndANumberIsTheNounOfTheMentionNoVerb() {
            Linking l = Linking.linked("The race was over.\n\n“Not again,” the two old pilots groaned.");
            assertEquals("the two old pilots", l.mention(0));
            assertEquals("groaned", l.cue(0));
        }

        @Test
        void aWordInEdAfterTheQuotationThatStartsALongerClauseAttributesNothing() {
            Linking l = Linking.linked("The race was over.\n\n“We did it!” printed Ann Lee on her shirt.");
            assertFalse(l.quote(0).hasSpeaker() && l.quote(0).rule.equals("trailing-unknown-verb"));
        }

        @Test
        void aFragmentClosingItsSentenceIsNotAttributedByTheNextSentenceQuotingAnew() {
            Linking l = Linking.linked("The talks failed on Monday.\n\n"
                    + "Kent branded the offer “a poor deal for the whole town.” Lee insisted that the board “listen to the farmers.”");
            assertNotEquals("Lee", l.mention(0));
            assertEquals("Lee", l.mention(1));
        }

        @Test
        void aRelativeClauseBetweenTheSubjectAndItsVerbIsSkipped() {
            Linking l = Linking.linked("The vote was close.\n\n“We will win the next one,” Ann Lee, who led the drive for a recount"
                    + " and proposed a new count, said on Monday.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Ann Lee", l.mention(0));
            assertEquals("said", l.cue(0));
        }

        @Test
        void aRelativeClauseInAnAppositionThatNoCommaClosesIsNotTheSubject() {
            Linking l = Linking.linked("The budget was late.\n\n“We have to fix the roads first,” Mara Quill, the planner"
                    + " who drafted the county budget said on Monday. “Nothing else matters.”");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Mara Quill", l.mention(0));
            assertEquals("said", l.cue(0));
            assertEquals("Mara Quill", l.mention(1));
        }

        @Test
        void aSecondSubjectAfterAClosedAppositionIsKept() {
            Linking l = Linking.linked("The vote was close.\n\n“We will win the next one,” Ann Lee, the mayor, and her deputy"
                    + " Tom Kent said on Monday.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Tom Kent", l.mention(0));
        }

        @Test
        void aShortQuotedNicknameInsideTheTagDoesNotEndIt() {
            Linking l = Linking.linked("The roof was raised at noon.\n\n\"The beams held,\" the builder's daughter, Rosa"
                    + " \"Ro\" Delacroix, told reporters at the site.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("the builder's daughter", l.mention(0));
            assertEquals("told", l.cue(0));
        }

        @Test
        void aQuotedSloganInAnAppositionDoesNotEndTheTag() {
            Linking l = Linking.linked("The count went on.\n\n“We lost more than we won,” Pat Ruane, whose old truck still"
                    + " bore a faded “Ruane for Mayor” sticker, said quietly.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Pat Ruane", l.mention(0));
        }

        @Test
        void aLongerQuotationAfterTheFirstIsNotSkippedAsPartOfTheTag() {
            String text = "The count went on.\n\n“We lost,” Pat Ruane and “the whole of the west wing staff” agreed.";
            Linking l = Linking.found(text);
            Document d = l.document();
            assertEquals(-1, Sieves.quotedNameInTag(d, 0, d.afterToken(0), d.firstToken(1)));
        }

        @Test
        void theSubjectOfIsQuotedAsSayingIsTheSpeaker() {
            Linking l = Linking.linked("The bridge is late.\n\n“It will be done by June,” Holt is quoted as saying."
                    + " “The steel is here.”");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Holt", l.mention(0));
            assertEquals("saying", l.cue(0));
            assertEquals("Holt", l.mention(1));
        }

        @Test
        void statesAfterItsSubjectIsTheVerbOfTheTag() {
            Linking l = Linking.linked("The letter was short.\n\n“The levy is fair,” the trustees state in their"
                    + " yearly letter. “It will pass.”");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("the trustees", l.mention(0));
            assertEquals("state", l.cue(0));
            assertEquals("the trustees", l.mention(1));
            l = Linking.linked("The spot aired twice.\n\n“Vote for the bridge,” a narrator in the spot states.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("a narrator", l.mention(0));
            assertEquals("states", l.cue(0));
        }

        @Test
        void stateAsANounInTheTagIsNoVerb() {
            Linking l = Linking.linked("The filing was short.\n\n“The levy is fair,” the state director of the fund said.");
            assertEquals("said", l.cue(0));
            Linking m = Linking.found("The count went on.\n\n“We lost,” the state of the roads shows.");
            Document d = m.document();
            Mentions.Mention s = new Mentions.Mention();
            for (int i = d.afterToken(0); i < d.t.size(); i++) {
                assertFalse(Sieves.statesAfterSubject(d, d.afterToken(0), i, s));
            }
        }

        @Test
        void aFormerTitleJoinedByAHyphenEndsNoSentence() {
            Linking l = Linking.linked("“We held the line,” then-Gov. Ann Lee said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertTrue(l.mention(0).endsWith("Ann Lee"));
        }

        @Test
        void aPartyAndStateAbbreviationSetOffByCommasEndsNoSentence() {
            Linking l = Linking.linked("“We held the line,” Sen. Ann Lee, D-Ore., said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertTrue(l.mention(0).endsWith("Ann Lee"));
        }

        @Test
        void aCapitalAfterAFullStopAndALineBreakStartsANewSentence() {
            String text = "The talks ended.\n\n“We tried,” Smith said. “It is over.”\n"
                    + "Later that week the Prime Minister of the island also spoke out against the deal.";
            assertFalse(applyAlone(Sieves.TrailingVerb.class, text, 1));
        }

        @Test
        void inReportageTheVerbMayFollowALongApposition() {
            Linking l = Linking.linked("The court ruled on Monday.\n\n“It is an overreach of federal power,” Ann Rossi, the "
                    + "attorney general of Ohio and one of the officials who sued over the rule, said at a meeting.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("said", l.cue(0));
        }

        @Test
        void verbThenSubjectAfterTheQuotation() {
            Linking l = Linking.linked("“We will win,” said the spokesman.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("the spokesman", l.mention(0));
        }

        @Test
        void aMixedFragmentTakesAVerbAfterItWhenNoneIsBefore() {
            Linking l = Linking.linked("The plan is “a disgrace,” Smith said.");
            assertTrue(l.quote(0).mixed);
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
        }

        @Test
        void anAuxiliaryBetweenSubjectAndVerbIsSkipped() {
            assertEquals("Smith", Linking.linked("“We will win,” Smith has said.").mention(0));
        }

        @Test
        void doesNotLookPastABlankLine() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We will win.”\n\nSmith said nothing more.", 0));
        }

        @Test
        void doesNotLookIntoALongSentenceAfterAFullStop() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class,
                    "“We will win.” The crowd in the square was loud and Smith said nothing.", 0));
        }

        @Test
        void doesNotLookPastAnotherQuotation() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We will win,” “we will,” Smith said.", 0));
        }

        @Test
        void aPronounAfterTheVerbThatStartsTheReportedClauseIsNotInvertedAfterAFragment() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "Few of the “undecided” said they would vote.", 0));
        }

        @Test
        void aNamesPossessiveOwnsTheSpeaker() {
            assertEquals("Powell’s office", Linking.linked("“We have no record of it,” Powell’s office said.").mention(0));
        }

        @Test
        void aShareOfPeopleSpeaksForThem() {
            assertEquals("21 percent", Linking.linked("Asked about the plan, 21 percent said “never.”").mention(0));
        }

        @Test
        void aFragmentDoesNotTakeTheVerbOfTheNextClause() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class,
                    "Jones hoped for a “strong and fair deal,” and then Smith said no.", 0));
        }

        @Test
        void aWrittenTextReadsItsWords() {
            assertEquals("the statement", Linking.linked("“We regret the delay,” the statement read.").mention(0));
        }

        @Test
        void theNounAfterToldIsItsObjectNotItsSubject() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We are ready,” told the reporters at noon.", 0));
            assertEquals("Smith", Linking.linked("“We are ready,” Smith told the Herald.").mention(0));
        }

        @Test
        void theNounAfterAnIngFormIsNotItsSubject() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We are ready,” saying Jones was wrong.", 0));
        }

        @Test
        void aCueMustHaveASpeaker() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We will win,” is often said.", 0));
        }

        @Test
        void calledRightAfterATurnReportsItAndItsSubjectFollows() {
            Linking l = Linking.linked("Wren rapped twice on the shed.\n\n“Bring the lamp!” called the ferryman, waving.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("the ferryman", l.mention(0));
        }

        @Test
        void aClauseWhoseListenerEndsInAParenthesisIntroducesTheQuotation() {
            // "She added," opens the next quotation: the clause before the first one introduced it
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "The board met at noon. Tamsin Brauer spoke to the Tidewater"
                    + " Courier (TC), “We have had the same trouble for years.” She added, “So the town should act first.”", 0));
        }

        @Test
        void calledAfterAFragmentStillNamesItsObject() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "Orla brushed aside the tally as “rigged,” called Pim a liar.", 0));
        }

        @Test
        void perAndASourceRightAfterAQuotationNameItsSpeaker() {
            Linking l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "Dogs must stay “beyond the boathouse gate,” per the rowing club’s rules.");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the rowing club’s rules", l.mention(1));
        }

        @Test
        void anAndJoiningTheLastItemOfAListInAnAppositionLetsAFragmentReachItsVerb() {
            Linking l = Linking.linked("The sky was grey.\n\nThe new dikes “will not stop every storm, but they help,” Bram Ostler,"
                    + " warden of moors, fens, and heaths, said on Monday.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Bram Ostler", l.mention(0));
        }

        @Test
        void aGivenNamePerBeforeTheVerbIsTheSpeakerNotASource() {
            Linking l = Linking.linked("“The ferry is late,” Per Holmgard said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Per Holmgard", l.mention(0));
        }
    }

    @Nested
    class JoinedFragment {

        @Test
        void aFragmentJoinedByAndToAnAttributedOneHasItsSpeaker() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\nThe pier was loud all day, with "
                    + "dozens of growers chanting “Open the pier to all” and “No more tolls on the orchard road.”");
            assertEquals("dozens of growers", l.mention(1));
            assertEquals("leading-verb-joined", l.quote(1).rule);
            assertEquals("chanting", l.cue(1));
        }

        @Test
        void aFragmentAfterOtherWordsThanAndIsLeftAlone() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\nThe growers chanted “Open the "
                    + "pier to all” and soon the skippers answered “No more tolls on the orchard road.”");
            assertEquals("The growers", l.mention(0));
            assertNotEquals("leading-verb-joined", l.quote(1).rule);
        }
    }

    @Nested
    class Citation {

        @Test
        void aNameAndAYearInParenthesesAfterAQuotationAreItsSource() {
            Linking l = Linking.linked("The harbor study was blunt: “The pier will not hold” (Brannock, 2019).");
            assertEquals("citation", l.quote(0).rule);
            assertEquals("Brannock", l.mention(0));
            l = Linking.linked("In the end the tide “decides everything” (Quarrie et al. 2021, p. 14).");
            assertEquals("Quarrie", l.mention(0));
        }

        @Test
        void notAThingAndItsYear() {
            Linking l = Linking.linked("The walls showed “Vote Early” (Dunmere election poster 2003).");
            assertNotEquals("citation", l.quote(0).rule);
        }

        @Test
        void notANameWithoutAYear() {
            Linking l = Linking.linked("The sign read “Closed” (Brannock).");
            assertNotEquals("citation", l.quote(0).rule);
        }
    }

    @Nested
    class DashCredit {

        @Test
        void aNameAfterADashEndingTheLineCreditsTheQuotation() {
            Linking l = Linking.linked("“We were never asked.” — Jane Doe\n“Nobody listens.” — Omar Haddad, Dayton");
            assertEquals("dash-credit", l.quote(0).rule);
            assertEquals("Jane Doe", l.mention(0));
            assertEquals("Omar Haddad", l.mention(1));
        }

        @Test
        void aDashAndANameOpeningTheNextParagraphCreditTheQuotationEndingThisOne() {
            Linking l = Linking.linked("Here is what they said at the fair.\n\n“The rides cost too much.”\n\n- Ann Lee.\n\n"
                    + "“We will be back next year.”\n\n-Tom Kent, Dayton.\n\nThe fair closes on Sunday.");
            assertEquals("dash-credit", l.quote(0).rule);
            assertEquals("Ann Lee", l.mention(0));
            assertEquals("Tom Kent", l.mention(1));
        }

        @Test
        void aDashBeforeMoreNarrationIsNoCredit() {
            assertFalse(applyAlone(Sieves.DashCredit.class, "“We were never asked” — Jane Doe knew it well.", 0));
        }
    }

    @Nested
    class ColonParagraph {

        @Test
        void aParagraphEndingInAColonIntroducesTheQuotationOpeningTheNext() {
            Linking l = Linking.linked("The mayor spoke last.\n\nAfterwards Smith told the crowd:\n\n“We will rebuild the bridge.”");
            assertEquals("colon-paragraph", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
            assertEquals("told", l.cue(0));
        }

        @Test
        void withoutAReportingVerbTheSentencesSubjectIntroducesIt() {
            Linking l = Linking.linked("Jones took the panel on:\n\n“Your questions are unfair.”");
            assertEquals("Jones", l.mention(0));
        }

        @Test
        void narrationBeforeTheQuotationInItsParagraphStopsIt() {
            assertFalse(applyAlone(Sieves.ColonParagraph.class,
                    "Smith told the crowd:\n\nThen the rain came. “We will rebuild.”", 0));
        }

        @Test
        void aParagraphEndingInAVerbAndACommaIntroducesItToo() {
            Linking l = Linking.linked("The lamp was lit.\n\nAnne Lee exclaimed,\n\n“We never finished it.”");
            assertEquals("colon-paragraph", l.quote(0).rule);
            assertEquals("Anne Lee", l.mention(0));
            assertEquals("exclaimed", l.cue(0));
        }

        @Test
        void aCommaIntroducesItOnlyRightAfterTheVerb() {
            assertFalse(applyAlone(Sieves.ColonParagraph.class,
                    "Anne Lee exclaimed twice that night, and at dawn,\n\n“We never finished it.”", 0));
            assertFalse(applyAlone(Sieves.ColonParagraph.class, "Anne Lee sat by the window,\n\n“We never finished it.”", 0));
        }

        @Test
        void aParagraphNotEndingInAColonDoesNotIntroduceIt() {
            assertFalse(applyAlone(Sieves.ColonParagraph.class, "Smith told the crowd.\n\n“We will rebuild.”", 0));
        }

        @Test
        void anAdverbOpeningTheSentenceStandsBeforeItsSubject() {
            String text = "Oona folded the map.\n\nAbruptly Tavi Marr spun round, and cried:\n\n“The bridge is out!”";
            Linking l = Linking.linked(text);
            assertEquals("colon-paragraph", l.quote(0).rule);
            assertEquals("Tavi Marr", l.mention(0));
        }

        @Test
        void aGivenNameInLyIsNoAdverb() {
            String text = "Oona folded the map.\n\nEmily Marr spun round, and cried:\n\n“The bridge is out!”";
            assertEquals("Emily Marr", Linking.linked(text).mention(0));
        }
    }

    @Nested
    class ReportedContinuation {

        private static final String REPORT = "The council met on Monday.\n\n"
                + "“We will rebuild the bridge,” Smith said.\n\n"
                + "“It will take two years.”\n\n"
                + "The vote is due in May.";

        @Test
        void inReportageAQuotationParagraphGoesOnWithTheLastSpeaker() {
            Linking l = Linking.linked(REPORT);
            assertEquals("reported-continuation", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void aParagraphClosingWithAFragmentAndItsAttributionGoesOnIntoTheNext() {
            Linking l = Linking.linked("The council met on Monday.\n\n"
                    + "The mayor called the vote “a turning point for the city,” Ann Lee said.\n\n"
                    + "“We have waited long enough.”");
            assertEquals("reported-continuation", l.quote(1).rule);
            assertEquals("Ann Lee", l.mention(1));
        }

        @Test
        void inDialogueTheSameLayoutIsTheNextTurn() {
            String dialogue = "“Where are you going?” Tom asked.\n\n“Out.”\n\n“When will you be back?”\n\n“Late.”";
            Linking l = Linking.found(dialogue);
            assertFalse(l.document().reportage);
            assertFalse(applyAlone(Sieves.ReportedContinuation.class, dialogue, 1));
        }

        @Test
        void textWithOneSentenceALineReadsAsReportageOnlyByWovenFragmentsOrNumbers() {
            String dialogue = "The road ran down to the river .\n".repeat(20)
                    + "“ Where are you going ? ” Tom asked .\nHe looked at the door .\n“ Out . ”\nShe took her coat .\n"
                    + "“ When will you be back ? ”\nThe clock struck .\n“ Late . ”\n";
            assertTrue(Linking.found(dialogue).document().sentencePerLine);
            assertFalse(Linking.found(dialogue).document().reportage);
            String news = dialogue + "The mayor called the plan “ a disgrace ” and the vote “ a sham . ”\n"
                    + "Her rival called her “ reckless . ”\n";
            assertTrue(Linking.found(news).document().reportage);
        }

        @Test
        void fragmentsWovenIntoNarrationMakeReportageOfQuotationParagraphsInARow() {
            String text = "The mayor called the plan “a disgrace” on Monday.\n\n“We will fight it,” she said.\n\n"
                    + "“It will not pass.”\n\n“Not this year.”\n\nHer rival called her “reckless” and the vote “a sham.”";
            Linking l = Linking.linked(text);
            assertTrue(Linking.found(text).document().reportage);
            assertEquals("reported-continuation", l.quote(2).rule);
            assertEquals("she", l.mention(2));
        }

        @Test
        void manyNumbersMakeReportageOfQuotationParagraphsInARow() {
            String text = "The council voted 7 to 2 on May 4.\n\n“We will rebuild the bridge by 2030,” Lee said.\n\n"
                    + "“It will cost $40 million.”\n\n“And it will bring 300 jobs.”";
            Linking l = Linking.linked(text);
            assertTrue(Linking.found(text).document().reportage);
            assertFalse(Linking.found(text.replaceAll("[0-9]+", "many")).document().reportage);
            assertEquals("reported-continuation", l.quote(1).rule);
            assertEquals("Lee", l.mention(1));
        }

        @Test
        void aFragmentThatEndsTheLastParagraphGoesOnToo() {
            String text = "The council met on Monday.\n\nSmith said the bridge was “the first thing we will rebuild.”\n\n"
                    + "“It will take two years.”\n\nThe vote is due in May.";
            Linking l = Linking.linked(text);
            assertEquals("reported-continuation", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void aQuotationAttributedAfterAColonIsGoneOnWithToo() {
            String text = "The council met on Monday.\n\nSmith was blunt: “We will rebuild the bridge.”\n\n"
                    + "“It will take two years.”\n\nThe vote is due in May.";
            Linking l = Linking.linked(text);
            assertEquals("colon-subject", l.quote(0).rule);
            assertEquals("reported-continuation", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void aFragmentInsideTheLastParagraphDoesNot() {
            String text = "The council met on Monday.\n\nSmith called the bridge “a priority” at the meeting.\n\n"
                    + "“It will take two years.”\n\nThe vote is due in May.";
            Linking l = Linking.linked(text);
            assertEquals("Smith", l.mention(0));
            assertNotEquals("reported-continuation", l.quote(1).rule);
        }

        @Test
        void narrationBeforeTheQuotationInItsParagraphStopsIt() {
            String text = REPORT.replace("“It will", "Jones disagreed. “It will");
            Linking l = Linking.found(text);
            assertTrue(l.document().reportage);
            assertFalse(applyAlone(Sieves.ReportedContinuation.class, text, 1));
        }

        @Test
        void aQuestionPutToSomeoneIsAnsweredByAnother() {
            String text = "The ferry to Holm stopped running in March.\n\n“Will it sail again?” asked Ivo Brandt, a baker.\n\n"
                    + "“Not before the spring.”\n\nThe harbour board meets in June.";
            assertTrue(Linking.found(text).document().reportage);
            assertEquals("Ivo Brandt", Linking.linked(text).mention(0));
            assertNotEquals("reported-continuation", Linking.linked(text).quote(1).rule);
            Linking rhetorical = Linking.linked(text.replace("asked", "said"));
            assertEquals("reported-continuation", rhetorical.quote(1).rule);
            assertEquals("Ivo Brandt", rhetorical.mention(1));
        }
    }

    @Nested
    class NearestSubject {

        @Test
        void aFragmentGoesToTheNearestPersonWhoIsASubjectInItsSentence() {
            Linking l = Linking.linked("Asked about it in 2010 Smith hoped it would be “over soon.”");
            assertEquals("nearest-subject", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
        }

        @Test
        void aDescriptionIsNotEnough() {
            assertFalse(applyAlone(Sieves.NearestSubject.class, "Asked about it in 2010 the city hoped it would be “over soon.”", 0));
        }

        @Test
        void aNameAfterAVerbIsItsObjectNotTheSubject() {
            String known = "Lee Jones spoke first.\n\n";
            assertTrue(applyAlone(Sieves.NearestSubject.class, known + "Back in 2010 Lee Jones hired a “builder of bridges.”", 0));
            assertFalse(applyAlone(Sieves.NearestSubject.class, known + "Back in 2010 the mayor hired Lee Jones as a “builder of bridges.”", 0));
        }

        @Test
        void inReportageANameOwningTheNextWordIsNoSubject() {
            String text = "Lee Baker spoke first.\n\nAsked about it in 2010 Lee Baker’s plan looked “over soon.”";
            assertTrue(Linking.found(text).document().reportage);
            assertFalse(applyAlone(Sieves.NearestSubject.class, text, 0));
            assertTrue(applyAlone(Sieves.NearestSubject.class, "Lee Baker spoke first.\n\nAsked about it in 2010 Lee Baker hoped it looked “over soon.”", 0));
        }
    }

    @Nested
    class DashAsideSubject {

        @Test
        void aQuotationSetOffByDashesAfterAPersonsClauseIsTheirs() {
            Linking l = Linking.linked("The council met on Monday.\n\nAs Vera Pryce left the stage — “We are not done"
                    + " yet!” — the band played.");
            assertEquals("dash-aside", l.quote(0).rule);
            assertEquals("Vera Pryce", l.mention(0));
        }

        @Test
        void aThingIsNoSpeaker() {
            String text = "The council met on Monday.\n\nThe vote came late — “a long night for all” — and the hall emptied.";
            assertFalse(applyAlone(Sieves.DashAsideSubject.class, text, 0));
        }
    }

    @Nested
    class ClosingTag {

        @Test
        void aTagClosingTheSentenceFarAfterTheQuotationAttributesIt() {
            Linking l = Linking.linked("The council met on Monday.\n\n“I stood with them” for hours at the hall on Monday before the long"
                    + " vote on the budget for the ferry and the bridge and the road, Vera Pryce said.");
            assertEquals("closing-tag", l.quote(0).rule);
            assertEquals("Vera Pryce", l.mention(0));
        }

        @Test
        void aPluralBeforeTheVerbEndingTheTagIsItsSubject() {
            Linking l = Linking.linked("The council met on Monday.\n\n“We want answers,” a tenant said. The new fees further"
                    + " “a climate of fear” spread by the landlords and their agents in the city, the tenants say.");
            assertEquals("closing-tag", l.quote(1).rule);
            assertEquals("the tenants", l.mention(1));
        }

        @Test
        void aClauseAfterTheCommaIsNoTag() {
            String text = "The council met on Monday.\n\n“We want answers,” a tenant said. The new fees further"
                    + " “a climate of fear” spread by the landlords and their agents in the city, and the tenants stay.";
            assertFalse(applyAlone(Sieves.ClosingTag.class, text, 1));
        }
    }

    @Nested
    class AfterAttribution {

        @Test
        void aFragmentInTheSentenceAfterATagGoesOnWithItsSpeaker() {
            Linking l = Linking.linked("The council met on Monday to vote on the ferry budget.\n\n"
                    + "“We will not quit,” Vera Pryce said after the vote. But “the fight is far from over.”");
            assertEquals("after-attribution", l.quote(1).rule);
            assertEquals("Vera Pryce", l.mention(1));
        }

        @Test
        void soDoesOneWhoseSentenceNamesSomeoneElseOnlyAsItsTopic() {
            Linking l = Linking.linked("The council met on Monday.\n\n"
                    + "“No one saw it coming,” said Lia Brandt, who runs the ferry. Tovey “simply misread the river.”");
            assertEquals("after-attribution", l.quote(1).rule);
            assertEquals("Lia Brandt", l.mention(1));
        }

        @Test
        void soDoesOneAfterASentenceThatReportsWhatSomeoneSaid() {
            Linking l = Linking.linked("The council met on Monday.\n\nVera Pryce has warned that the ferry will sink the budget."
                    + " Even now, there remains “a deep hole in the budget.”");
            assertEquals("after-attribution", l.quote(0).rule);
            assertEquals("Vera Pryce", l.mention(0));
        }

        @Test
        void aSentenceBeforeThatReportsNothingGivesNoSpeaker() {
            String text = "The council met on Monday.\n\nVera Pryce rode the ferry to the hall at dawn."
                    + " Even now, there remains “a deep hole in the budget.”";
            assertFalse(applyAlone(Sieves.AfterAttribution.class, text, 0));
        }

        @Test
        void aCapitalizedPluralOpeningTheSentenceBeforeIsNoName() {
            String text = "The council met on Monday.\n\nPilgrims requested a new ferry at the hall."
                    + " Even now, there remains “a deep hole in the budget.”";
            assertFalse(applyAlone(Sieves.AfterAttribution.class, text, 0));
        }

        @Test
        void aSentenceOfNarrationBetweenBreaksTheThread() {
            String text = "The council met on Monday to vote on the budget.\n\n“We will not quit,” Vera Pryce said."
                    + " The vote is set for May. Tovey “misread the river and the town.”";
            assertNotEquals("after-attribution", Linking.linked(text).quote(1).rule);
        }

        @Test
        void aTagBeforeTheQuotationIsNoTagAfterIt() {
            String text = "The council met on Monday to vote on the budget.\n\nVera Pryce said: “We will not quit,” and left."
                    + " But “the fight is far from over.”";
            assertNotEquals("after-attribution", Linking.linked(text).quote(1).rule);
        }
    }

    @Nested
    class SayingNounOwner {

        @Test
        void aPossessivePronounBeforeANounOfSayingIsTheSpeaker() {
            Linking l = Linking.linked("The ruling rests on her claim that she had “never seen a ballot box.”");
            assertEquals("saying-noun-owner", l.quote(0).rule);
            assertEquals("her", l.mention(0));
        }

        @Test
        void aPossessiveNameBeforeANounOfSayingIsTheSpeaker() {
            Linking l = Linking.linked("Much turned on Ann Baker’s remark during the hearing that “rules are for others.”");
            assertEquals("saying-noun-owner", l.quote(0).rule);
            assertEquals("Ann Baker’s", l.mention(0));
        }

        @Test
        void theOwnerOfAPromiseToDoSomethingIsTheSpeaker() {
            Linking l = Linking.linked("Much rests on his pledge to stay “neutral in every dispute.”");
            assertEquals("saying-noun-owner", l.quote(0).rule);
            assertEquals("his", l.mention(0));
        }

        @Test
        void aNounOfSayingWithoutAnOwnerGivesNoSpeaker() {
            assertFalse(applyAlone(Sieves.SayingNounOwner.class, "The claim that the vote was “rigged” spread fast.", 0));
        }

        @Test
        void aNounThatIsNotOneOfSayingGivesNoSpeaker() {
            assertFalse(applyAlone(Sieves.SayingNounOwner.class, "It was his car that had been “borrowed.”", 0));
        }
    }

    @Nested
    class HeadlineCredit {

        private static final String DIGEST = "TOP NEWS.\n\n"
                + "CITY BUDGET FALLS SHORT “The council found a gap of two million in the plan.” [Gazette.]\n\n"
                + "RAIN AHEAD “Expect storms by noon.” [Weather Desk.]\n\n"
                + "More tomorrow.";

        @Test
        void anExcerptAfterAHeadlineInCapitalsIsCreditedToIt() {
            Linking l = Linking.linked(DIGEST);
            assertEquals("headline", l.quote(0).rule);
            assertEquals("CITY BUDGET FALLS SHORT", l.mention(0));
        }

        @Test
        void twoWordsInCapitalsAreNoHeadline() {
            assertFalse(applyAlone(Sieves.HeadlineCredit.class, DIGEST, 1));
        }

        @Test
        void capitalsInTheMiddleOfASentenceAreNoHeadline() {
            assertFalse(applyAlone(Sieves.HeadlineCredit.class,
                    "The storm came.\n\nThe sign read STOP RIGHT HERE NOW “or else.”", 0));
        }
    }

    @Nested
    class FragmentSubject {

        @Test
        void aFragmentWithNoVerbBelongsToTheSentencesSubject() {
            Linking l = Linking.linked("Jones has long branded the levy “a tax on work.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("Jones", l.mention(0));
        }

        @Test
        void inDialogueOnlyANamedSubjectTakesAFragment() {
            String dialogue = "The rain stopped, and the “Oh, look at that!” of the children rang out.";
            assertFalse(Linking.found(dialogue).document().reportage);
            assertFalse(applyAlone(Sieves.FragmentSubject.class, dialogue, 0));
            assertTrue(applyAlone(Sieves.FragmentSubject.class, "Jones smiled, and the “Oh, look at that!” rang out.", 0));
        }

        @Test
        void aFragmentInAnOpeningPhraseOfAnIngFormBelongsToTheMainClausesSubject() {
            Linking l = Linking.linked("The sky was grey.\n\nAfter calling the new bridge “a waste of good steel,” Ann Lee left the hall.");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void aFragmentAfterTheOpeningPhraseHasClosedIsNotItsSubjects() {
            Linking l = Linking.found("The sky was grey.\n\nAfter the vote, calling the bridge “a waste of good steel,” Ann Lee left.");
            Document d = l.document();
            assertFalse(Sieves.participleOpening(d, Sieves.sentenceStart(d, d.firstToken(0)), 0, new Mentions.Mention()));
        }

        @Test
        void inNewsAWholeQuotationAfterAVerbNoListKnowsBelongsToTheSubject() {
            Linking l = Linking.linked("The strike began on Monday.\n\nThe drivers printed a flyer with one line, “Fair pay or no buses at all.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("The drivers", l.mention(0));
        }

        @Test
        void aWholeQuotationOfAWordOrTwoIsNotGivenTheSubject() {
            assertFalse(applyAlone(Sieves.FragmentSubject.class,
                    "The strike began on Monday.\n\nThe drivers printed a flyer with one line, “Fair pay.”", 0));
        }

        @Test
        void inDialogueAWholeQuotationIsNotGivenTheSubject() {
            String dialogue = "Jones printed a flyer with one line, “Fair pay or no buses at all.”";
            assertFalse(Linking.found(dialogue).document().reportage);
            assertFalse(applyAlone(Sieves.FragmentSubject.class, dialogue, 0));
        }

        @Test
        void aWholeQuotationIsNotAFragment() {
            assertFalse(applyAlone(Sieves.FragmentSubject.class, "Jones looked up. “We are done.”", 0));
        }

        @Test
        void aFragmentInAClauseOpenedByWhileBelongsToThatClausesSubject() {
            Linking l = Linking.linked("The strike began on Monday.\n\nDana Pell likes the drivers as “our heroes,”"
                    + " while Vic Orly regards them as “a costly nuisance.”");
            assertEquals("Dana Pell", l.mention(0));
            assertEquals("fragment-subject", l.quote(1).rule);
            assertEquals("Vic Orly", l.mention(1));
        }

        @Test
        void aFragmentInAClauseOpenedByBeforeOrIfBelongsToThatClausesSubject() {
            Linking l = Linking.linked("The strike began on Monday.\n\nThe depot was full, long before Vic Orly grew"
                    + " tired of “a fleet held together with tape.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("Vic Orly", l.mention(0));
        }

        @Test
        void asOpensAClauseOnlyBeforeANameOrAPronounAndAVerb() {
            Linking l = Linking.linked("The strike began on Monday.\n\nThe crowd grew as she held out for"
                    + " “a fleet held together with tape.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("she", l.mention(0));
            l = Linking.linked("The strike began on Monday.\n\nDana Pell grew tired of the buses, while Vic Orly"
                    + " grew fond of them as “a fleet held together with tape.”");
            assertEquals("Vic Orly", l.mention(0));
        }

        @Test
        void aFragmentInAClauseOpenedByInWhichBelongsToThatClausesSubject() {
            Linking l = Linking.linked("The strike began on Monday.\n\nThe union sent a letter in which Dana Pell"
                    + " weighed “the cost to riders who walk” against the savings.");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("Dana Pell", l.mention(0));
        }

        @Test
        void aFragmentInARelativeClauseBelongsToItsWhoOrToTheHeOrSheAfterIt() {
            Linking l = Linking.linked("The strike began on Monday.\n\nThe drivers booed Dana Pell, who has long"
                    + " styled herself the “friend of the bus.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("who", l.mention(0));
            assertEquals("Dana Pell", l.name(0));
            l = Linking.linked("The strike began on Monday.\n\nShe spent the day mocking Vic Orly, who she dubbed"
                    + " “the toll king.”");
            assertEquals("she", l.mention(0));
        }

        @Test
        void aClauseClosedByACommaBeforeTheFragmentLeavesItToTheSentencesSubject() {
            Linking l = Linking.linked("The strike began on Monday.\n\nDana Pell left when the drivers arrived,"
                    + " still holding her sign for “fair fares.”");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("Dana Pell", l.mention(0));
        }

        @Test
        void aSentenceWithoutAPersonAsSubjectGivesNoSpeaker() {
            assertFalse(applyAlone(Sieves.FragmentSubject.class, "In the end there was only “a tax on work.”", 0));
        }

        @Test
        void aDatelineOpeningTheSentenceIsPassedOverToTheSubjectAfterItsDash() {
            Linking l = Linking.linked("Dikes hold.\n\nMILLBROOK, Feb. 9 (Wire) — The harbor board issued a statement on Monday,"
                    + " offering “a full and prompt review” to the fishermen.");
            assertEquals("fragment-subject", l.quote(0).rule);
            assertEquals("The harbor board", l.mention(0));
        }
    }

    @Nested
    class LeadingVerb {

        @Test
        void anAgeSetOffBeforeAnAppositionIsTheNamesToo() {
            Linking l = Linking.linked("The harbour board met on Tuesday.\n\n"
                    + "Vexley, 61, a former ferry captain, put it bluntly: “We lost.”");
            assertEquals("Vexley", l.mention(0));
            assertEquals("leading-verb", l.quote(0).rule);
        }

        @Test
        void aRelativeThatBeforeAPluralIsNotTheSpeakers() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n"
                    + "It is a toll that critics said was “plainly doomed.”");
            assertEquals("critics", l.mention(0));
            l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n"
                    + "“It is plainly doomed,” that analysis said.");
            assertEquals("that analysis", l.mention(0));
            l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n"
                    + "“It is plainly doomed,” this series says.");
            assertEquals("this series", l.mention(0));
        }

        @Test
        void aBaseFormAfterAPluralThatThatCannotDetermineIsItsVerb() {
            Linking l = Linking.linked("The toll rose again on Monday, the harbour board said.\n\n"
                    + "It is a toll that growers say would “ruin the orchards.”");
            assertEquals("growers", l.mention(0));
            assertEquals("say", l.cue(0));
        }

        @Test
        void aNameOpeningTheSentenceSpeaksAcrossAnAppositionHoldingATitle() {
            String intro = "The toll rose again on Monday, the harbour board said.\n\n";
            Linking l = Linking.linked(intro + "Brackett, the author of “Salt and Planks,” about the old ferries, wrote"
                    + " the guild once kept “a single toll for all” at the pier.");
            assertEquals("leading-verb", l.quote(1).rule);
            assertEquals("Brackett", l.mention(1));
            l = Linking.linked(intro + "Brackett, the author of “Salt and Planks,” wrote the guild once kept"
                    + " “a single toll for all” at the pier.");
            assertEquals("Brackett", l.mention(1));
        }

        @Test
        void aVerbJoinedToTheVerbOfAnObjectRelativeClauseSharesItsSubject() {
            String intro = "The toll rose again on Monday, the harbour board said.\n\n";
            Linking l = Linking.linked(intro + "The ferry levy, which Brackett described as a “disgrace” and vowed to"
                    + " “scrap for good,” stays in place.");
            assertEquals("leading-verb", l.quote(1).rule);
            assertEquals("Brackett", l.mention(1));
        }

        @Test
        void aClauseAfterThatIsNoRelativeClauseOfTheNounBeforeIt() {
            String intro = "The toll rose again on Monday, the harbour board said.\n\n";
            Linking l = Linking.found(intro + "Brackett said that the clerks described the levy as a “disgrace” and vowed"
                    + " to “scrap it for good,” then left.");
            Document d = l.document();
            int promised = l.text.indexOf("vowed");
            int verb = -1;
            for (int i = 0; i < l.tokens.size(); i++) {
                if (l.tokens.start(i) == promised) {
                    verb = i;
                }
            }
            assertFalse(Sieves.objectRelativeSubject(d, 0, verb, new Mentions.Mention()));
        }

        @Test
        void aTitleInTheAppositionOfAnOpeningNameHasNoInvertedTag() {
            String intro = "The toll rose again on Monday, the harbour board said.\n\n";
            Linking l = Linking.linked(intro + "Brackett, the author of “Salt and Planks,” wrote the guild once kept one toll.");
            assertNotEquals("trailing-verb-inverted", l.quote(0).rule);
            l = Linking.linked(intro + "The toll is a kind of “theft on the water,” said Brackett.");
            assertEquals("trailing-verb-inverted", l.quote(0).rule);
            assertEquals("Brackett", l.mention(0));
        }

        @Test
        void anItOpeningTheSentenceIsTheSubjectOfAParticipleAfterItsClause() {
            String intro = "The Brunnock trust runs the ferries.\n\n";
            Linking l = Linking.linked(intro + "Later, it faulted the mayor, saying he “has let the piers rot.”\n\nThe vote is due in May.");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("it", l.mention(0));
            l = Linking.linked(intro + "It faulted the mayor, saying he “has let the piers rot.”\n\nThe vote is due in May.");
            assertEquals("It", l.mention(0));
        }

        @Test
        void anEmptyItBeforeBeIsNoSubjectOfAParticiple() {
            Linking l = Linking.linked("The Brunnock trust runs the ferries.\n\nIt was late, saying he “has let the piers rot.”"
                    + "\n\nThe vote is due in May.");
            assertNotEquals("It", l.mention(0));
        }

        @Test
        void theSubjectAfterASubordinatorIsTheSpeakerPastANamedBodyItBelongsTo() {
            String fares = "The fare went up by a dollar on Monday, 3 weeks after the 2 ferries came back.\n\n";
            Linking l = Linking.linked(fares + "However, as Tamsin Brauer of the Harbor Board told the Tidewater Courier,"
                    + " “We have had the same trouble for years.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Tamsin Brauer", l.mention(0));
            l = Linking.linked(fares + "As the head of the Harbor Board told the Tidewater Courier, “We have had the same trouble.”");
            assertEquals("the head", l.mention(0));
        }

        @Test
        void aSubordinateClauseWithAVerbOfItsOwnGivesItsSubjectNoWords() {
            Linking l = Linking.linked("The fare went up by a dollar on Monday, 3 weeks after the 2 ferries came back.\n\n"
                    + "When Tamsin Brauer came in he said, “We have had the same trouble for years.”");
            assertNotEquals("Tamsin Brauer", l.mention(0));
        }

        @Test
        void aFourLetterNameInIngOpeningTheSentenceIsNoParticiple() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nOkonjo was rising in his sport then. "
                    + "Ling says Okonjo “never once missed a morning swim.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Ling", l.mention(0));
        }

        @Test
        void aParticipleAfterALateClauseThatAPhraseOpensIsItsSubjectPronouns() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nMayor Tollan has been mocked for the plan, though "
                    + "at a dinner on Friday she took a harder line, saying the fee “will never pass.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("she", l.mention(0));
            assertEquals(l.text.lastIndexOf(" she ") + 1, l.quote(0).speakerStart);
        }

        @Test
        void aFragmentFollowedByAnAsClauseWithAReportingVerbIsThatClausesSubjects() {
            Linking l = Linking.linked("The rules changed.\n\nMany firms said the main test is a “lawful source of income,”"
                    + " as Holt noted.");
            assertEquals("Holt", l.mention(0));
            assertTrue(Sieves.asClauseAfter(l.document(), 0));
        }

        @Test
        void anAsClauseWithoutAReportingVerbLeavesTheFragmentToTheSentence() {
            Linking l = Linking.linked("The rules changed.\n\nMany firms said the main test is a “lawful source of income,”"
                    + " as Holt left the room.");
            assertEquals("Many firms", l.mention(0));
        }

        @Test
        void aFragmentInARelativeClauseWhoseObjectIsTheNextSubjectIsThatClausesSubjects() {
            Linking l = Linking.linked("The vote came late.\n\nRoss Kemper faulted the bridge fees, which an audit said were"
                    + " “far too high” for a small town.");
            assertEquals("an audit", l.mention(0));
            l = Linking.linked("The vote came late.\n\nKemper praised the deal the mayor says is “a win for us all” and left.");
            assertEquals("the mayor", l.mention(0));
        }

        @Test
        void aFragmentReportedWithoutARelativeClauseIsStillTheOuterSubjects() {
            Linking l = Linking.linked("The vote came late.\n\nRoss Kemper said the mayor told aides the fees were “far too high.”");
            assertEquals("Ross Kemper", l.mention(0));
        }

        @Test
        void theObjectOfThroughBeforeTheVerbIsNotItsSubject() {
            Linking l = Linking.linked("The sky was grey.\n\nFans marching through the streets chanted “We want more!”");
            assertEquals("Fans", l.mention(0));
        }

        @Test
        void aFragmentAfterASemicolonIsNotTheEarlierClausesSubjects() {
            Linking l = Linking.linked("The sky was grey.\n\nThe report prompted the board to meet in May; one member "
                    + "called it “a disgrace.”");
            assertEquals("one member", l.mention(0));
        }

        @Test
        void aPrepositionOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
            Linking l = Linking.linked("The sky was grey.\n\nLike Vale, Brisk voted no, calling the levy "
                    + "“a tax on hope.”");
            assertEquals("Brisk", l.mention(0));
        }

        @Test
        void despiteOpeningTheSentenceLeavesTheSubjectAfterItsPhrase() {
            Linking l = Linking.linked("The sky was grey.\n\nDespite Reyl, the council voted yes, calling the levy "
                    + "“a fair price.”");
            assertEquals("the council", l.mention(0));
        }

        @Test
        void aConjunctionOpeningTheSentenceIsPassedOverForItsSubject() {
            Linking l = Linking.linked("The sky was grey.\n\nBut a source close to the talks said the buyers were hoping for "
                    + "“a quick deal.”");
            assertEquals("a source close to the talks", l.mention(0));
        }

        @Test
        void aQuotedTitleInAnOpeningPhraseDoesNotHideTheSubjectAfterIt() {
            Linking l = Linking.linked("The sky was grey.\n\nWith the help of “Night Shift”, the actor held a mock audition "
                    + "and asked the cast to act “calmer.”");
            assertEquals("the actor", l.mention(1));
        }

        @Test
        void aQuotedTitleClosingOnItsCommaInAnOpeningPhraseDoesNotHideTheSubjectAfterIt() {
            Linking l = Linking.linked("The pier stayed shut.\n\nIn a long talk on “Pier Hour,” the old skipper stood by the gate, "
                    + "calling the toll “a burden on every boat.”");
            assertEquals("the old skipper", l.mention(1));
        }

        @Test
        void aQuotedTitleClosingOnItsCommaAfterAVerbIsNoOpeningPhrase() {
            Mentions.Mention m = new Mentions.Mention();
            String text = "That pier was part of “Orchard Days,” a fair where growers tell buyers why the fruit is good.";
            Document d = Linking.found(text).document();
            int tell = 0;
            while (d.t.start(tell) != text.indexOf("tell")) {
                tell++;
            }
            assertFalse(Sieves.sentenceSubject(d, 0, tell, m) && d.t.start(m.first) == text.indexOf("a fair"));
        }

        @Test
        void anInfinitiveInAPhraseOpenedByWithHasThatPhrasesSubject() {
            Linking l = Linking.linked("The wardens met on Friday.\n\nThe ferry board let the fee stand, with Tallis going on "
                    + "the radio to call the toll “plainly unfair to the orchards.”");
            assertEquals("Tallis", l.mention(0));
            assertEquals("call", l.cue(0));
        }

        @Test
        void aVerbJoinedByAndToAnotherHasThatVerbsSubject() {
            Linking l = Linking.linked("The sky was grey.\n\nWhen Tom Kent, the council clerk was asked if the vote would pass, "
                    + "he laughed and said, “We will see.”");
            assertEquals("he", l.mention(0));
        }

        @Test
        void aFirstVerbWithAnObjectIsLeftToTheOtherRules() {
            Mentions.Mention m = new Mentions.Mention();
            Linking l = Linking.found("Ann Lee saw him and said, “Hello.”");
            Document d = l.document();
            int said = d.firstToken(0) - 2;
            assertFalse(Sieves.firstVerbSubject(d, -1, said, m));
        }

        @Test
        void aVerbAfterAModalReportsNothingSaidYetSoTheOuterSubjectSpeaks() {
            Linking l = Linking.linked("The sky was grey.\n\nAnn Lee said on Monday that the committee would tell the council, "
                    + "“We have read the letter and will answer it.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void inNewsAWholeQuotationInAClauseThatAnEarlierVerbReportsIsTheReportersSource() {
            Linking l = Linking.linked("The sky was grey.\n\nAides say that Tom Kent told the mayor, "
                    + "“We will not sign this year.”");
            assertTrue(l.document().reportage);
            assertEquals("Aides", l.mention(0));
            l = Linking.linked("The sky was grey.\n\nOfficials have said he said “no more delays.”");
            assertEquals("Officials", l.mention(0));
        }

        @Test
        void inNewsAQuotationAfterAConditionInAReportedClauseIsTheReportersQuotation() {
            Linking l = Linking.linked("The sky was grey.\n\nAnn Lee said that once the board goes on leave, "
                    + "“I will speak for it in the town.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void outsideNewsAVerbWithoutAModalInAReportedClauseKeepsItsOwnSubject() {
            Linking l = Linking.linked("“Where?” she asked.\n\n“Here,” he said.\n\n“Why?” she asked.\n\n"
                    + "Ann Lee said on Monday that the committee told the council, “We have read the letter and will answer it.”");
            assertFalse(l.document().reportage);
            assertEquals("the committee", l.mention(3));
        }

        @Test
        void aNameAfterTheVerbThatStartsTheReportedClauseIsNotTheSpeaker() {
            // "said Jones had …": Jones is the subject of what was said, not of "said".
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "Yesterday said Jones had been “a disaster.”", 0));
        }

        @Test
        void aNameAfterTheVerbThatEndsTheClauseIsTheSpeaker() {
            Linking l = Linking.linked("Said Jones: “We will not wait.”");
            assertEquals("leading-verb-inverted", l.quote(0).rule);
            assertEquals("Jones", l.mention(0));
        }

        @Test
        void aCapitalizedWordOpeningTheSentenceIsNoNameUnlessTheTextUsesItAsOne() {
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "Shortly said the plan was “a disgrace.”", 0));
            assertEquals("Jones", Linking.linked("Jones said the plan was “a disgrace.”").mention(0));
            Linking l = Linking.linked("We met Harding. Harding said the plan was “a disgrace.”");
            assertEquals("Harding", l.mention(0));
        }

        @Test
        void aReportingWordAfterAnAdjectiveIsANoun() {
            // "retort" after "a quick" is the noun: the sentence has no reporting verb.
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "Jones gave a quick retort: “Never.”", 0));
            assertEquals("the spokesman", Linking.linked("Later the spokesman said: “Never.”").mention(0));
        }

        @Test
        void aFragmentsOutermostSourceIsNotTheSubjectOfAnOpeningSubordinateClause() {
            Linking l = Linking.linked("After Smith said the cuts were needed, Jones said they were “a blunder.”");
            assertEquals("Jones", l.mention(0));
            l = Linking.linked("Brown said Jones told aides the cuts were “a blunder.”");
            assertEquals("Brown", l.mention(0));
        }

        @Test
        void aHeOrSheInAClauseOfItsOwnIsTheFragmentsSourceRatherThanTheNameBefore() {
            Linking l = Linking.linked("Ann Lee says that although the vote was close, she thinks the result was “a fair one.”");
            assertEquals("she", l.mention(0));
            l = Linking.linked("Ann Lee spoke for an hour, but she called the plan “far from done.”");
            assertEquals("she", l.mention(0));
            l = Linking.linked("Ann Lee praised the mayor, whom she described as “a steady hand.”");
            assertEquals("she", l.mention(0));
        }

        @Test
        void aHeOrSheOpeningTheReportedClauseLeavesTheSourceToTheNameBefore() {
            Linking l = Linking.linked("Ann Lee said she thinks the plan is “far from done.”");
            assertEquals("Ann Lee", l.mention(0));
            l = Linking.linked("Ann Lee told reporters that she believes the plan is “far from done.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void theObjectOfAPrepositionBeforeTheVerbIsNotTheSpeaker() {
            Linking l = Linking.linked("A source speaking to the Herald said, “The deal is off.”");
            assertEquals("A source", l.mention(0));
            l = Linking.linked("Mary Jones spoke on Monday. Jones, during a visit to Dayton, Ohio, said she was “going to win.”");
            assertEquals("Jones", l.mention(0));
        }

        @Test
        void aCountOfPeopleOpeningTheSentenceIsTheSubjectWithItsNoun() {
            assertEquals("Several growers", Linking.linked("Several growers quoted the warden as saying “the pier will close.”").mention(0));
            assertEquals("A number of papers",
                    Linking.linked("A number of papers quoted the warden as saying “the pier will close.”").mention(0));
            assertEquals("a number of harbour papers", Linking.linked(
                    "At noon, a number of harbour papers quoted wardens as saying “the pier will close.”").mention(0));
            assertEquals("Hundreds of growers",
                    Linking.linked("Hundreds of growers marched on the pier, chanting “lower the toll.”").mention(0));
        }

        @Test
        void aVerbJoinedByAndTakesTheSubjectOfItsOwnClause() {
            Linking l = Linking.linked("A group of parents asked for a meeting, and the school board firmly rejected the plan and said it would “stay the course.”");
            assertEquals("the school board", l.mention(0));
            l = Linking.linked("The growers asked for a vote, and the toll board turned it down and said it would “wait a year.”");
            assertEquals("the toll board", l.mention(0), "the clause after the comma and its own subject reports alone");
            l = Linking.linked("Ann Lee toured the plant and said the jobs would “stay here.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void anIngFormAfterACommaAndAnAdverbTakesTheSentencesSubject() {
            Linking l = Linking.linked("Ann Lee has shown doubt, and even a little worry, about the vote, also telling a friend she is unsure “which way it will go.”");
            assertEquals("Ann Lee", l.mention(0));
            l = Linking.linked("Ann Lee has shown doubt, and even a little worry, about the vote, recently telling a friend she is unsure “which way it will go.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void anIngFormAfterALateWhenClauseTakesThatClausesSubject() {
            Linking l = Linking.linked("The trouble began at the fair in Dayton, when the angry farmers interrupted the talk, shouting “no more cuts!”");
            assertEquals("the angry farmers", l.mention(0));
            l = Linking.linked("When the farmers left, Ann Lee went on, saying “no more cuts!”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void anIngFormAfterALateClauseOpenedByEvenAsOrThoughTakesThatClausesSubject() {
            Linking l = Linking.linked("The sky was grey.\n\nTed Marsh conceded the race was lost even as he thanked his"
                    + " volunteers, adding, “We will be back in four years.”");
            assertEquals("he", l.mention(0));
            l = Linking.linked("The sky was grey.\n\nThe count dragged on, though the clerks kept their good humor,"
                    + " joking “one more box and we are done.”");
            assertEquals("the clerks", l.mention(0));
        }

        @Test
        void anIngFormAfterALateWhereClauseSetOffByADashTakesThatClausesSubject() {
            Linking l = Linking.linked("The mayor spoke near the old mill — where a few hundred growers had gathered at dawn, "
                    + "chanting “save our orchards.”");
            assertEquals("a few hundred growers", l.mention(0));
        }

        @Test
        void aWhereClauseClosedByADashIsNotTheIngFormsSubject() {
            Linking l = Linking.linked("The growers walked by the old mill - where the band played a waltz - "
                    + "while chanting “save our orchards.”");
            assertEquals("The growers", l.mention(0));
        }

        @Test
        void anIngFormAfterKeptOrBeganTakesTheSubjectBeforeThem() {
            Linking l = Linking.linked("The hearing was tense when the mayor spoke in May, and Ann Lee kept asking him why the plan was “on hold.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void aPlaceAfterANameAndOfIsNotTheSpeaker() {
            Linking l = Linking.linked("The worry grew on Friday when Gov. Ann Lee of Ohio lamented the “sad” state of things.");
            assertEquals("Gov. Ann Lee", l.mention(0));
        }

        @Test
        void aMeasureOfTimeOpeningTheSentenceIsNotItsSubject() {
            Linking l = Linking.linked("The plan failed. A week later, she toured the plant and explained why “the jobs” mattered.");
            assertEquals("she", l.mention(0));
            l = Linking.linked("The plan failed. A Lee aide later walked it back, saying it was “a mistake.”");
            assertEquals("A Lee aide", l.mention(0));
        }

        @Test
        void theIngFormsOfPhrasalVerbsAreSpelledRight() {
            Linking l = Linking.linked("Smith kept cutting in: “That is not true.”");
            assertEquals("Smith", l.mention(0));
            assertEquals("cutting in", l.cue(0));
        }

        @Test
        void thePastFormsOfVerbsDoublingTheirLastLetterAreSpelledRight() {
            assertEquals("slammed", Linking.linked("Lee slammed the plan as “a joke.”").cue(0));
            assertEquals("shot back", Linking.linked("“Not true,” Lee shot back.").cue(0));
        }

        @Test
        void aCrowdChantingAndASpeakerFumingAreReporting() {
            Linking l = Linking.linked("The crowd chanted, “Open the gates.” Lee fumed: “It is a disgrace.”");
            assertEquals("The crowd", l.mention(0));
            assertEquals("fumed", l.cue(1));
        }

        @Test
        void anIngFormAfterACommaInsideClosingMarksTakesTheSentencesSubject() {
            Linking l = Linking.linked("The post spread.\n\nKerpen mocked the “expert,” saying, “An expert who posts on request!”");
            assertEquals("leading-verb", l.quote(1).rule);
            assertEquals("Kerpen", l.mention(1));
        }

        @Test
        void theMentionBetweenWithAndAnIngFormIsItsSubject() {
            Linking l = Linking.linked("Critics were unhappy, with Sen. Ann Lee calling the bill “a blank check.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertTrue(l.mention(0).endsWith("Ann Lee"));
        }

        @Test
        void aFragmentAfterWithAndAnIngFormIsNotTheOuterSubjectsWords() {
            Linking l = Linking.linked("The county board was quick to respond, with Mayor Tilda Brenn telling reporters the audit was “a whitewash.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertTrue(l.mention(0).endsWith("Tilda Brenn"));
            l = Linking.linked("Senators said they would vote no, with Ann Lee warning that it was a “blank check.”");
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void aVerbJoinedToOneInASubordinateClauseHasThatClausesSubject() {
            Linking l = Linking.linked("The worry about the levy grew on Monday when Mayor Ann Pell lamented the \"sorry\" state of the budget"
                    + " and criticized the \"reckless spending\" of the council.");
            assertEquals("leading-verb", l.quote(1).rule);
            assertTrue(l.mention(1).endsWith("Ann Pell"));
        }

        @Test
        void alreadyMayStandBetweenTheSubjectAndItsVerb() {
            Linking l = Linking.linked("Lee had already told them, “Go home.”");
            assertEquals("Lee", l.mention(0));
            l = Linking.linked("“The gate is shut,” the wardens have already said.");
            assertEquals("the wardens", l.mention(0));
        }

        @Test
        void theSubjectAfterWithMayBeFollowedByAnAdverbOrHoldAPhraseOfItsOwn() {
            Linking l = Linking.linked("The vote went ahead, with Ann Lee reportedly calling it “a sham.”");
            assertEquals("Ann Lee", l.mention(0));
            l = Linking.linked("The bill passed late at night, with the union of bus drivers calling it “a win for riders.”");
            assertEquals("the union of bus drivers", l.mention(0));
        }

        @Test
        void aQuotationClosedAfterAFullStopAtALinesEndEndsTheSentence() {
            Linking l = Linking.linked("The guild met on Monday.\n\n“We stand firm,” the guild said. “No comment.”\n"
                    + "In a statement on Thursday, Rep. Ann Lee (D-Ore.) reacted to the news, saying: “He belongs in prison.”");
            assertEquals("leading-verb", l.quote(2).rule);
            assertEquals("Rep. Ann Lee", l.mention(2));
        }

        @Test
        void theFullStopOfNoBeforeANumberEndsNoSentence() {
            Linking l = Linking.linked("As Ann Lee, the No. 2 in the party, put it: “We will not vote for this.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Ann Lee", l.mention(0));
        }

        @Test
        void aPlaceSetOffByCommasInAnOpeningPhraseIsNotTheSubject() {
            Linking l = Linking.linked("Speaking at a diner in Dover, Delaware, Harding turned on his rival, calling him “a fraud.”");
            assertEquals("Harding", l.mention(0));
        }

        @Test
        void aSubjectFollowedByAnAppositionStaysTheSubject() {
            Linking l = Linking.linked("Jane Roe, the party's treasurer, took aim at Smith, calling him “a fraud.”");
            assertEquals("Jane Roe", l.mention(0));
        }

        @Test
        void aSubjectAfterAnIntroductoryPhraseBeatsAnUnknownCapitalOpeningTheSentence() {
            Linking l = Linking.linked("Minutes later, she sent a note saying, “Done.”");
            assertEquals("she", l.mention(0));
        }

        @Test
        void aFullStopInsideAPartyAndStateParenthesisEndsNoSentence() {
            Linking l = Linking.linked("On Friday, Rep. Jane Roe (D-N.Y.) reacted, saying: “This is a disgrace.”");
            assertEquals("Rep. Jane Roe", l.mention(0));
            l = Linking.linked("“We lost,” Sen. Ann Lee (D-Mo.) said. “We will be back.”");
            assertEquals("Sen. Ann Lee", l.mention(0));
            assertEquals("Sen. Ann Lee", l.mention(1));
        }

        @Test
        void theOneAddingIsTheOneWhoSaid() {
            Linking l = Linking.linked("Lee and Park will meet next week, Ortiz said, adding, “They need to talk.”");
            assertEquals("Ortiz", l.mention(0));
        }

        @Test
        void theObjectOfCalledIsNotTheSpeaker() {
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "Then called Jones “a coward.”", 0));
        }

        @Test
        void subjectAndVerbBeforeTheQuotation() {
            Linking l = Linking.linked("Smith said: “We will win.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
        }

        @Test
        void theSubjectOfAParticipleIsTheSentencesSubject() {
            Linking l = Linking.linked("Smith issued a statement, saying “we will win.”");
            assertEquals("Smith", l.mention(0));
            assertEquals("saying", l.cue(0));
        }

        @Test
        void verbThenSubjectBeforeTheQuotation() {
            Linking l = Linking.linked("Said Smith: “We will win.”");
            assertEquals("leading-verb-inverted", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
        }

        @Test
        void aSubordinateClausesSubjectGivesWayToTheMainClauses() {
            Linking l = Linking.linked("When the mayor announced the plan, the farmers promptly branded it “a joke.”");
            assertEquals("leading-verb-main-clause", l.quote(0).rule);
            assertEquals("the farmers", l.mention(0));
        }

        @Test
        void aSubordinateClauseRightBeforeTheQuotationKeepsItsSubject() {
            Linking l = Linking.linked("The plan stalled after the mayor called it “a joke.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("the mayor", l.mention(0));
        }

        @Test
        void aFragmentInARelativeClauseSetOffAboutTheSpeakerIsTheRelativesNotTheOuterVerbs() {
            Linking l = Linking.linked("“The fair went well,” said Lee, who said the rides were “too dear for families.”");
            assertEquals("leading-verb", l.quote(1).rule);
            assertEquals("who", l.mention(1));
            assertEquals("Lee", l.name(1));
        }

        @Test
        void aFragmentInARestrictiveRelativeClauseStaysTheOuterSpeakers() {
            Linking l = Linking.linked("Lee mocked the critics who said the rides were “too dear for families.”");
            assertEquals("Lee", l.mention(0));
        }

        @Test
        void aPartyAndStateAbbreviationSetOffByCommasEndsNoSentenceBeforeTheVerb() {
            Linking l = Linking.linked("The hearing ran late.\n\nSen. Ann Lee, D-Ore., said at the hearing, “The agency failed.”");
            assertEquals("leading-verb", l.quote(0).rule);
            assertTrue(l.mention(0).endsWith("Ann Lee"));
        }

        @Test
        void aVerbInAnOpeningSubordinateClauseIsNotTheFragmentsOuterSource() {
            Linking l = Linking.linked("While not all that Lee says is wrong, Kim said the plan was “a fantasy.”");
            assertEquals("Kim", l.mention(0));
            assertEquals("said", l.cue(0));
        }

        @Test
        void aSubordinateClauseAfterACommaHoldsTheFragmentsSource() {
            assertEquals("Kim", Linking.linked("Lee said the plan failed, while Kim said it was “a fantasy.”").mention(0));
            assertEquals("he", Linking.linked("Lee raised the issue in May, when he told the board that costs were “out of control.”")
                    .mention(0));
        }

        @Test
        void accordingTo() {
            Linking l = Linking.linked("According to Smith, the plan is “dead on arrival.”");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
            assertEquals("According to", l.cue(0));
        }

        @Test
        void doesNotLookIntoTheSentenceBefore() {
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "Smith said nothing. “We will win.”", 0));
        }

        @Test
        void aVerbAfterADeterminerIsANoun() {
            assertFalse(applyAlone(Sieves.LeadingVerb.class, "In the report: “We will win.”", 0));
        }

        @Test
        void aParticipleJoinedByAndIsTheLaterClausesSubjects() {
            Linking l = Linking.linked("Abel Cranmoor stayed up in the cart, and Effie Ostley climbed down and walked round it,"
                    + " grumbling and asking: “Who packed this?”");
            assertEquals("Effie Ostley", l.mention(0));
        }

        @Test
        void aSourceInWhoseWordsTheQuotationIsGivenIsTheSpeaker() {
            Linking l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "The pier stays shut because, in the Tidewater Ledger’s words, “no crane can reach it.”");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the Tidewater Ledger’s", l.mention(1));
            l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "In the words of Mayor Ines Varga, “the pier will wait.”");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("Mayor Ines Varga", l.mention(1));
        }

        @Test
        void thePlainMarkOfAPluralPossessiveBeforeWordsBelongsToTheSource() {
            Linking l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "Nobody fishes there now since, in the Pellingtons’ words, “the pond is cursed.”");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the Pellingtons", l.mention(1));
        }

        @Test
        void aVerbJoinedByAndAfterASemicolonHasTheSubjectThatAllOrBothOpens() {
            Linking l = Linking.linked("The depot was quiet on Friday.\n\nNobody there expected a strike; all the bus drivers "
                    + "had to do was sit tight and repeat, loudly, “No new shifts.”");
            assertEquals("the bus drivers", l.mention(0));
            l = Linking.linked("The depot was quiet on Friday.\n\nThe talks ran late, and both the unions walked out and declared "
                    + "the offer “an insult to every driver.”");
            assertEquals("the unions", l.mention(0));
        }
    }

    @Nested
    class ReportedBy {

        @Test
        void aSourceAfterATrailingAttributionIsTheSpeaker() {
            Linking l = Linking.linked("“The bridge stays open,” the mayor said Monday, according to the Gazette.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("the Gazette", l.mention(0));
            assertEquals("according to", l.cue(0));
        }

        @Test
        void aBareNounAfterAccordingToIsTheSource() {
            Linking l = Linking.linked("“The bridge stays open,” the mayor told the council, according to aides who were present.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("aides", l.mention(0));
            l = Linking.linked("“The bridge stays open,” the mayor said, according to notes of the meeting.");
            assertEquals("notes", l.mention(0));
        }

        @Test
        void aPaperFromItsAuthorIsTheWholePhrase() {
            Linking l = Linking.linked("The ferry is “safe and sound,” according to a statement from the harbor board.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("a statement from the harbor board", l.mention(0));
        }

        @Test
        void theAgentOfAPhraseAfterAccordingToIsTheSource() {
            Linking l = Linking.linked("“The bridge stays open,” the mayor told the board, according to footage of the"
                    + " meeting kept by the Gazette.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("the Gazette", l.mention(0));
        }

        @Test
        void aFullStopInsideAPartyAndStateDoesNotEndTheAttribution() {
            Linking l = Linking.linked("“The bridge stays open,” she told Sen. Jo Ames (R-Utah), according to aides.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("aides", l.mention(0));
        }

        @Test
        void aSourceAfterAFragmentIsTheSpeaker() {
            Linking l = Linking.linked("Lee said the vote was “a disgrace” to the town, according to a recording of the meeting.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("a recording", l.mention(0));
        }

        @Test
        void anOutletReportingTheAttributionIsTheSpeaker() {
            assertEquals("the Gazette",
                    Linking.linked("“We lost,” said Ann Ross, a farmer from Dayton, reports the Gazette.").mention(0));
            assertEquals("the Gazette", Linking.linked("“We lost,” Lee said on Monday, the Gazette reported.").mention(0));
            assertEquals("Lee", Linking.linked("“We lost,” Lee said, the Gazette reported on Friday in a long story.").mention(0));
        }

        @Test
        void aPollOpeningTheSentenceSpeaksForItsRespondents() {
            Linking l = Linking.linked("The vote is on Friday.\n\n"
                    + "In a Gazette poll released Monday, 41 percent of voters said the levy was “a mistake.”");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("a Gazette poll", l.mention(0));
            assertEquals("Lee", Linking.linked("In an interview on Monday, Lee said the plan was “a mistake.”").mention(0));
        }

        @Test
        void aPollThatIsTheSentencesSubjectSpeaksForTheShareItCounts() {
            Linking l = Linking.linked("The vote is on Friday.\n\n"
                    + "The Gazette poll also finds that, while 40 percent of voters say the levy is “a mistake,” 22 percent back it.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("The Gazette poll", l.mention(0));
            l = Linking.linked("The vote is on Friday.\n\nThe mayor is worried: 40 percent of voters say the levy is “a mistake.”");
            assertEquals("40 percent of voters", l.mention(0));
        }

        @Test
        void aSourceWithoutACommaAfterTheAttributionIsTheSpeakerToo() {
            Linking l = Linking.linked("“We lost,” Lee said in a statement according to the Gazette.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("the Gazette", l.mention(0));
        }

        @Test
        void theSecondPartOfAnInterruptedQuotationFollows() {
            Linking l = Linking.linked("“We tried,” Lee said, according to the Gazette. “It did not work.”");
            assertEquals("the Gazette", l.mention(0));
            assertEquals("the Gazette", l.mention(1));
        }

        @Test
        void aSourceOpeningTheSentenceIsTheSpeaker() {
            Linking l = Linking.linked("The vote is on Friday.\n\n“We will win,” Lee said.\n\n"
                    + "According to the Gazette, a council aide said on Monday: “The bridge stays open.”");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the Gazette", l.mention(1));
        }

        @Test
        void aSourceOpeningTheSentenceAfterASingleLineBreakIsTheSpeaker() {
            // one blank line after the headline: the lines after it are one paragraph, each sentence
            // opening after a line break
            Linking l = Linking.linked("Ferry fares rise again\n\nThe fare went up by a dollar on Monday, Brandt said.\n"
                    + "According to the Tidewater Ledger, Brandt said: “The fare is fair.”\n"
                    + "According to the Tidewater Ledger, Brandt called the rise “a small price” for the new boats.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("the Tidewater Ledger", l.mention(0));
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the Tidewater Ledger", l.mention(1));
        }

        @Test
        void aSubjectAndVerbClosingTheSentenceAfterAFragmentAreTheOuterSource() {
            Linking l = Linking.linked("Lee said the vote was “a disgrace to the town,” the Gazette reported.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("the Gazette", l.mention(0));
        }

        @Test
        void aSourceAfterAFragmentClosedByACommaInsideTheMarksIsTheSpeaker() {
            Linking l = Linking.linked("Lee said the council should “start again,” according to the Gazette.");
            assertEquals("according-to", l.quote(0).rule);
            assertEquals("the Gazette", l.mention(0));
        }

        @Test
        void aShortPhraseOfTimeMayCloseTheOuterSource() {
            Linking l = Linking.linked("Lee said the vote was “a disgrace to the town,” the Gazette reported in May.");
            assertEquals("the Gazette", l.mention(0));
            assertEquals("reported", l.cue(0));
        }

        @Test
        void aVerbBeforeAColonIntroducesTheNextQuotationNotTheOuterSource() {
            Linking l = Linking.linked("Lee said the vote was “a disgrace to the town,” Kim said: “We tried.”");
            assertEquals("Lee", l.mention(0));
            assertEquals("Kim", l.mention(1));
        }

        @Test
        void aNewClauseAfterAFragmentIsNoOuterSource() {
            Linking l = Linking.linked("Lee said the vote was “a disgrace to the town,” the Gazette reported on Friday in a long story.");
            assertEquals("Lee", l.mention(0));
        }

        @Test
        void notASourceInTheNextSentence() {
            Linking l = Linking.linked("Lee called the plan “a disgrace.” The cost, according to the Gazette, is high.");
            assertEquals("leading-verb", l.quote(0).rule);
            assertEquals("Lee", l.mention(0));
        }

        @Test
        void notASourceFarAfterTheAttribution() {
            Linking l = Linking.linked("“We tried,” Lee said as the council met for the last time before the long summer break"
                    + " that started in June, according to the Gazette.");
            assertEquals("Lee", l.mention(0));
        }
    }

    @Nested
    class ColonSubject {

        @Test
        void aNameObjectBeforeTheColonSpeaksWhenTheSubjectIsAThing() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nThe size of the crowd did not impress "
                    + "organizer Brisa Tollan: “We expected twice as many.”\n\nThe mayor "
                    + "quoted a motto in Latin: “Festina lente.”");
            assertEquals("colon-subject", l.quote(0).rule);
            assertEquals("Brisa Tollan", l.name(0));
            assertEquals("The mayor", l.mention(1));
        }

        @Test
        void theSubjectPronounOfTheLastClauseAfterACommaAndAConjunctionSpeaks() {
            Linking l = Linking.linked("The senate voted on Monday.\n\nTollan called both budgets “a mess,” but he "
                    + "offered the mayor some praise: “She has kept every promise to the harbor.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("he", l.mention(1));
        }

        private static final String NEWS = "The vote is on Friday.\n\n“We will win,” Smith said.\n\n";

        @Test
        void aColonInTheParagraphGivesTheQuotationToTheSentencesSubject() {
            Linking l = Linking.linked(NEWS + "The union's letter makes the case plainly: “Our members deserve better.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("The union's letter", l.mention(1));
        }

        @Test
        void aNameAfterADashBeforeTheColonIsCredited() {
            Linking l = Linking.linked(NEWS + "Turnout surprised the pollsters - Jane Roe: “Nobody saw this coming.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("Jane Roe", l.mention(1));
        }

        @Test
        void twoNamesAfterADashAreCreditedEvenAfterAReportingVerb() {
            Linking l = Linking.linked(NEWS + "Pollsters agree - Jane Roe and Tom Kent: “Nobody saw this coming.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("Jane Roe and Tom Kent", l.mention(1));
        }

        @Test
        void theSourceAfterFromOpeningTheSentenceIsCredited() {
            Linking l = Linking.linked(NEWS + "Smith's staff wrote most of the audit. From the audit: “Costs rose in every ward.”");
            assertEquals("colon-source", l.quote(1).rule);
            assertEquals("the audit", l.mention(1));
            l = Linking.linked(NEWS + "From Kent's blog post: “Costs rose in every ward.”");
            assertEquals("colon-source", l.quote(1).rule);
            assertEquals("Kent's blog post", l.mention(1));
        }

        @Test
        void theNamesAfterMoreFromAndADashAreCredited() {
            Linking l = Linking.linked(NEWS + "The wards show it - more from Jane Roe and Tom Kent: “Costs rose everywhere.”");
            assertEquals("colon-source", l.quote(1).rule);
            assertEquals("Jane Roe and Tom Kent", l.mention(1));
        }

        @Test
        void fromInsideTheSentenceCreditsNoSource() {
            Linking l = Linking.linked(NEWS + "Smith had a page from the audit: “Costs rose in every ward.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void notInDialogue() {
            String text = "“Where?” she asked.\n\n“Here,” he said.\n\n“Why?” she asked.\n\n"
                    + "The dog had one wish: “Walk me now.”";
            assertFalse(applyAlone(Sieves.ColonSubject.class, text, 3));
        }

        @Test
        void aNamePresentedByHereIsBeforeAColonIsTheSpeaker() {
            Linking l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "Here’s Mayor Ines Varga at the spring hearing: “Not one more dollar for that pier.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("Mayor Ines Varga", l.mention(1));
        }

        @Test
        void hereIsWithoutANameGivesNoSpeaker() {
            assertFalse(applyAlone(Sieves.ColonSubject.class, "The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "Here’s the catch: “nobody owns the pier.”", 1));
        }

        @Test
        void hereIsAfterALineBrokenInsideTheParagraph() {
            Linking l = Linking.linked("The ferry runs late again.\n\n“We are tired,” Hal Dunmore said.\n\n"
                    + "The board votes on Friday.\nHere is Alderman Petra Vantongeren on the fares: “Not a cent more.”");
            assertEquals("colon-subject", l.quote(1).rule);
            assertEquals("Alderman Petra Vantongeren", l.mention(1));
        }
    }

    @Nested
    class ColonLabel {

        @Test
        void aNameAfterAQuotationThatEndsASentenceOpensTheNextOne() {
            Linking l = Linking.linked("The rivals were asked about the war.\n\nLee: “We will end it.” Kim: “We will win it.”");
            assertEquals("colon-label", l.quote(1).rule);
            assertEquals("Kim", l.mention(1));
        }

        @Test
        void aPartyAndStateInParenthesesMayStandBetweenTheNameAndItsColon() {
            Linking l = Linking.linked("The hearing went on for hours. Rep. Ann Lee (R-Ohio): “I have not heard that figure before today.”");
            assertEquals("colon-label", l.quote(0).rule);
            assertEquals("Rep. Ann Lee", l.mention(0));
        }

        @Test
        void aNameRightBeforeAColon() {
            Linking l = Linking.linked("Smith: “We will win.”");
            assertEquals("colon-label", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
            assertEquals(":", l.cue(0));
        }

        @Test
        void aNounThatLabelsTheLineIsNoSpeaker() {
            assertFalse(applyAlone(Sieves.ColonLabel.class, "The fox ate the cheese.\n\nMoral: “Trust no one who praises you.”", 0));
            assertFalse(applyAlone(Sieves.ColonLabel.class, "The sign was in Quellish.\n\nTranslation: “Keep off the pier.”", 0));
        }

        @Test
        void theLineALabelSetsApartIsNoTurnOfTheTalkBefore() {
            Linking l = Linking.linked("“Flattery is a thief,” said the tortoise.\n\n“And you are a bore,” replied the hare.\n\n"
                    + "Moral: “Trust no one who praises you for what you lack.”");
            assertFalse(l.quote(2).hasSpeaker());
        }

        @Test
        void aPronounBeforeAColonIsNoLabel() {
            assertFalse(applyAlone(Sieves.ColonLabel.class, "She: “We will win.”", 0));
        }

        @Test
        void aColonFarFromTheQuotationIsNoLabel() {
            assertFalse(applyAlone(Sieves.ColonLabel.class, "Smith: the plan “works.”", 0));
        }
    }

    @Nested
    class SameGroup {

        @Test
        void aContinuationAfterADashTakesTheSpeakerOfItsFirstPart() {
            Linking l = Linking.linked("“We will win,” Smith said. – We will fight on.”");
            assertEquals("continued", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void partsOfAQuotationOverParagraphsShareTheSpeaker() {
            Linking l = Linking.linked("Smith said: “We will fight.\n\n“We will never stop.”");
            assertEquals("continued", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }
    }

    @Nested
    class Interrupted {

        @Test
        void theNextSentenceAfterTheAttribution() {
            Linking l = Linking.linked("“Yes,” Smith said. “We will.”");
            assertEquals("interrupted", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
            assertNotEquals(l.quote(0).group, l.quote(1).group);
        }

        @Test
        void theSecondHalfAfterACommaJoinsTheGroup() {
            Linking l = Linking.linked("“Yes,” Smith said, “we will.”");
            assertEquals("Smith", l.mention(1));
            assertEquals(l.quote(0).group, l.quote(1).group);
        }

        @Test
        void notWhenMoreNarrationFollowsTheAttribution() {
            Linking l = Linking.found("“Yes,” Smith said. Jones left. “We will.”");
            Document d = l.document();
            assertTrue(Linking.sieve(Sieves.TrailingVerb.class).apply(d, 0));
            assertFalse(Linking.sieve(Sieves.Interrupted.class).apply(d, 1));
        }

        @Test
        void notAcrossParagraphs() {
            Linking l = Linking.found("“Yes,” Smith said.\n\n“We will.”");
            Document d = l.document();
            assertTrue(Linking.sieve(Sieves.TrailingVerb.class).apply(d, 0));
            assertFalse(Linking.sieve(Sieves.Interrupted.class).apply(d, 1));
        }
    }

    @Nested
    class SameParagraph {

        @Test
        void someoneNewOpeningTheSentenceBeforeAnUntaggedQuotationSpeaksIt() {
            Linking l = Linking.linked("The warden locked the orchard gate. “Shut till morning,” he said. "
                    + "A pedlar with a heavy sack hurried up the lane. “Am I too late?”");
            assertEquals("he", l.mention(0));
            assertEquals("A pedlar", l.mention(1));
        }

        @Test
        void theOneWhoSpokeBeforeGoesOnAfterABeatOfTheirOwn() {
            Linking l = Linking.linked("The warden locked the orchard gate. “Shut till morning,” he said. "
                    + "He pocketed the key. “Come back at dawn.”");
            assertEquals("same-paragraph", l.quote(1).rule);
        }

        @Test
        void anotherAttributedQuotationInTheParagraph() {
            Linking l = Linking.linked("“We will win,” Smith said. Jones left. “We always do.”");
            assertEquals("same-paragraph", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void aFragmentInASentenceOfItsOwnGoesToThatSentencesSubject() {
            Linking l = Linking.linked("The council met on Monday.\n\nSmith called the budget “a fraud.” "
                    + "Jones has long seen the critics as “cranks with no plan.”");
            assertEquals("own-subject", l.quote(1).rule);
            assertEquals("Jones", l.mention(1));
        }

        @Test
        void aFragmentInAClauseOfItsOwnWithoutASentenceSubjectGoesToTheClausesSubject() {
            Linking l = Linking.linked("The vote went on.\n\nDana Pell called the count “a slog that never ends.” That is why"
                    + " she wants to “take it slow and get it right” with the tally.");
            assertEquals("own-subject", l.quote(1).rule);
            assertEquals("she", l.mention(1));
        }

        @Test
        void aFragmentInTheOtherQuotationsSentenceTakesItsSpeaker() {
            Linking l = Linking.linked("The council met on Monday.\n\nSmith said the budget was “a fraud” and the plan “a joke.”");
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void notFromAnotherParagraph() {
            Linking l = Linking.found("“We will win,” Smith said.\n\nJones left. “We always do.”");
            Document d = l.document();
            assertTrue(Linking.sieve(Sieves.TrailingVerb.class).apply(d, 0));
            assertFalse(Linking.sieve(Sieves.SameParagraph.class).apply(d, 1));
        }

        @Test
        void aQuotationBeforeOneALeadingVerbIntroducesIsNotThatSpeakers() {
            Linking l = Linking.linked("“Hello,” Anne said.\n\n“Hi,” Tom said.\n\n“Oh!” The wind rose and the door"
                    + " slammed. Then Tom said: “Come in.”\n\n“Thanks.”");
            assertEquals("leading-verb", l.quote(3).rule);
            assertNotEquals("same-paragraph", l.quote(2).rule);
            assertNotEquals("Tom", l.mention(2));
        }

        @Test
        void aQuotationBeforeOneATrailingVerbAttributesIsThatSpeakers() {
            Linking l = Linking.linked("The door opened.\n\n“Oh!” Tom looked up. “Come in,” he said.");
            assertEquals("same-paragraph", l.quote(0).rule);
            assertEquals("he", l.mention(0));
        }

        @Test
        void inNewsAWholeQuotationAfterASentenceOpenedByHeOrSheTakesThatPronoun() {
            Linking l = Linking.linked("The ferry sailed two hours late.\n\n“We wait for the tide,” Wen Ostrova said of the delays. "
                    + "She says the pier needs a new crane. “Nobody here has the money for it.”");
            assertEquals("paragraph-subject", l.quote(1).rule);
            assertEquals("She", l.mention(1));
        }

        @Test
        void inNewsAWholeQuotationAfterASentenceWhoseSubjectIsANameKeepsTheParagraphsSpeaker() {
            Linking l = Linking.linked("The ferry sailed two hours late.\n\n“We wait for the tide,” Wen Ostrova said of the delays. "
                    + "Dag Morrow says the pier needs a new crane. “Nobody here has the money for it.”");
            assertEquals("same-paragraph", l.quote(1).rule);
            assertEquals("Wen Ostrova", l.mention(1));
        }
    }

    @Nested
    class BeatAfter {

        @Test
        void theSubjectOfTheBeatAfterAnUntaggedTurnSpeaksIt() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Not since noon,” said Thaddeus.\n\n"
                    + "“Then we wait.” Amos folded his hands.");
            assertEquals("beat-after", l.quote(2).rule);
            assertEquals("Amos", l.mention(2));
        }

        @Test
        void theSubjectAfterAConjunctionOpeningTheBeat() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Not since noon,” said Thaddeus.\n\n"
                    + "“Then we wait.” But Amos folded his hands.");
            assertEquals("beat-after", l.quote(2).rule);
            assertEquals("Amos", l.mention(2));
        }

        @Test
        void theNarratorsBeat() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Not since noon,” said Thaddeus.\n\n"
                    + "“Then we wait.” I folded my hands.");
            assertEquals("beat-after", l.quote(2).rule);
            assertEquals("I", l.mention(2));
        }

        @Test
        void notANameTheTurnCalls() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Not since noon,” said Thaddeus.\n\n"
                    + "“Wait, Amos.” Amos folded his hands.");
            assertNotEquals("Amos", l.mention(2));
        }

        @Test
        void aHeOrSheThereIsLeftToTheTurns() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Mr. Orvick.\n\n“Not since noon,” said Mr. Dunmere.\n\n"
                    + "“Then we wait.” He folded his hands.");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void butOverrulesATurnOfTheOtherGender() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Mr. Orvick.\n\n“Not since noon,” said Mrs. Tessaly.\n\n"
                    + "“Then we wait.” She folded her hands.");
            assertEquals("beat-after", l.quote(2).rule);
            assertEquals("Tessaly", l.quote(2).speakerName);
        }
    }

    @Nested
    class ParagraphNarration {

        @Test
        void aClauseSettingTheSceneBeforeAColonGivesItsSubject() {
            Linking l = Linking.linked("Tom Webb stood by the fire. Then as he turned to us: “I cannot begin.”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("he", l.mention(0));
        }

        @Test
        void aTurnOpeningTheParagraphBeforeTheNarrationIsItsSubjectsToo() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Not yet.” Thaddeus tapped the barometer. “Tomorrow, perhaps.”");
            assertEquals("paragraph-subject", l.quote(1).rule);
            assertEquals("Thaddeus", l.mention(1));
            assertEquals("Thaddeus", l.mention(2));
        }

        @Test
        void butNotWhenThatTurnCallsTheSubjectByName() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\n“Look, Thaddeus.” Thaddeus tapped the barometer. “Tomorrow, perhaps.”");
            assertEquals("Thaddeus", l.mention(2));
            assertNotEquals("Thaddeus", l.mention(1));
        }

        @Test
        void theSubjectOfTheSentenceBefore() {
            Linking l = Linking.linked("Anne turned to her. “Can I go?”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("Anne", l.mention(0));
        }

        @Test
        void theSubjectAfterAnOpeningPhraseSetOffByAComma() {
            Linking l = Linking.linked("Tired of waiting, Anne Lee stood up. “Can I go?”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("Anne Lee", l.mention(0));
        }

        @Test
        void theSubjectAfterAnOpeningConjunction() {
            Linking l = Linking.linked("But Anne Lee stood up. “Can I go?”");
            assertEquals("Anne Lee", l.mention(0));
        }

        @Test
        void notADescription() {
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "The crowd cheered. “We will win.”", 0));
        }

        @Test
        void aDefiniteDescriptionOfOnePersonOfOneGender() {
            Linking l = Linking.linked("The old woman put down her cup. “Rain again.”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("The old woman", l.mention(0));
        }

        @Test
        void aDefiniteDescriptionOfOnePersonByTrade() {
            Linking l = Linking.linked("The porter set down the trunk. “Mind the step.”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("The porter", l.mention(0));
        }

        @Test
        void theOneByTradeWhoComesUpSpeaksTheTurnAfter() {
            Linking l = Linking.linked("“We should wait here,” said Tibbald.\n\n“For how long?” asked Wilda.\n\n"
                    + "The coach stopped. The guard came up.\n\n“What is in that case?”\n\n“Fishing rods.”");
            assertEquals("previous-paragraph-subject", l.quote(2).rule);
            assertEquals("The guard", l.mention(2));
        }

        @Test
        void notADescriptionOfSeveralOrOfAThing() {
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "The women put down their cups. “Rain again.”", 0));
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "The letter lay on the table. “Rain again.”", 0));
        }

        @Test
        void notANameTheQuotationSpeaksOf() {
            assertTrue(applyAlone(Sieves.ParagraphNarration.class, "Anne Lee turned to the window. “Nobody listens.”", 0));
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "Anne Lee turned to the window. “Nobody listens to Lee.”", 0));
        }

        @Test
        void notAPluralPronoun() {
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "They sat down. “We will win.”", 0));
        }

        @Test
        void inNewsTheSubjectOfTheSentenceBeforeMayCarryAnAsideOrBeADescription() {
            Linking l = Linking.linked("The council met on Monday.\n\n"
                    + "On the other side, Sen. Ann Lee (D-Ore.), who chairs the panel, posted a warning. "
                    + "“Nobody will vote for this bill.”\n\n"
                    + "The party leader added that the vote was close. “We need two more votes.”\n\n"
                    + "The vote is due in May.");
            assertTrue(l.document().reportage);
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("Sen. Ann Lee", l.mention(0));
            assertEquals("The party leader", l.mention(1));
        }

        @Test
        void inNewsNotASentenceWithAQuotationAfterItsSubject() {
            String text = "The council met on Monday.\n\n"
                    + "The party leader called the vote “close” on Monday. “We need two more votes.”\n\n"
                    + "The vote is due in May.";
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, text, 1));
        }

        @Test
        void notANameStandingAlone() {
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "Anne. “Can I go?”", 0));
        }

        @Test
        void aSentenceClosingOnAReportingVerbGivesTheSubjectOfThatVerbsClause() {
            Linking l = Linking.found("The rain had stopped. I handed the porter a coin and he tipped his cap and said: “Safe home, miss.”");
            assertTrue(Linking.sieve(Sieves.ParagraphNarration.class).apply(l.document(), 0));
            assertEquals("he", l.mention(0));
        }

        @Test
        void theSubjectOfTheReportingVerbsClauseMayCarryAnAside() {
            Linking l = Linking.found("Mira smiled at the boy, and Anton Weller, pulling off his gloves, declared: "
                    + "“We leave at dawn.”");
            assertTrue(Linking.sieve(Sieves.ParagraphNarration.class).apply(l.document(), 0));
            assertEquals("Anton Weller", l.mention(0));
        }

        @Test
        void theSubjectOfTheLastClauseJoinedByCommaAnd() {
            Linking l = Linking.found("She sat by the stove with her back to him, and he had not spoken for an hour. "
                    + "“Are you cold?”");
            assertTrue(Linking.sieve(Sieves.ParagraphNarration.class).apply(l.document(), 0));
            assertEquals("he", l.mention(0));
        }

        @Test
        void notAClauseJoinedByAndAlone() {
            Linking l = Linking.found("She sat by the stove and he read the paper. “Are you cold?”");
            assertTrue(Linking.sieve(Sieves.ParagraphNarration.class).apply(l.document(), 0));
            assertEquals("She", l.mention(0));
        }

        @Test
        void aSubjectWhoseSentenceIsWrappedOverTwoLines() {
            Linking l = Linking.linked("Rita filled the kettle and waited by the stove for a while. She\n"
                    + "looked out at the rain. “It will not stop tonight.”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("She", l.mention(0));
        }

        @Test
        void aClosingReportingVerbWrappedOntoTheNextLine() {
            Linking l = Linking.linked("Nobody moved for a long time; then, in his slow way, Oskar\n"
                    + "explained. “The bridge is gone.”");
            assertEquals("paragraph-subject", l.quote(0).rule);
            assertEquals("Oskar", l.mention(0));
        }
    }

    @Nested
    class PreviousParagraphNarration {

        @Test
        void aPronounStandingForThePersonTheTurnCallsByNameDoesNotSpeakIt() {
            Linking l = Linking.linked("“Has the ferry docked?” asked Lavinia.\n\nThaddeus Crump strode indoors. He unwound a soggy scarf.\n\n"
                    + "“Once seated, Thaddeus, warm your hands.”");
            assertNotEquals("previous-paragraph-subject", l.quote(1).rule);
            assertNotEquals("Thaddeus Crump", l.name(1));
        }

        @Test
        void aQuotationOpeningTheParagraphAfterNarrationIsItsSubjects() {
            Linking l = Linking.linked("The sky was grey.\n\nAnne Lee turned to the window.\n\n“Can I go?”");
            assertEquals("previous-paragraph-subject", l.quote(0).rule);
            assertEquals("Anne Lee", l.mention(0));
        }

        @Test
        void notAfterAParagraphWithAQuotation() {
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "“Hi,” Tom said. Anne Lee turned away.\n\n“Can I go?”", 1));
        }

        @Test
        void notANameTheQuotationSpeaksOf() {
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "The sky was grey.\n\nAnne Lee turned to the window.\n\n“Nobody listens to Lee.”", 0));
        }

        @Test
        void notAPluralPronoun() {
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "The sky was grey.\n\nThey walked on to the gate.\n\n“Can I go?”", 0));
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "The sky was grey.\n\nWe walked on to the gate.\n\n“Can I go?”", 0));
        }

        @Test
        void notForAQuotationAfterNarrationInItsOwnParagraph() {
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "Anne Lee turned away.\n\nThe rain stopped. “Can I go?”", 0));
        }

        @Test
        void theNarratorsRelativeIsOnePerson() {
            String text = "The kettle hissed on the stove.\n\nMy aunt set her knitting aside.\n\n“The pump has frozen again.”";
            assertTrue(applyAlone(Sieves.PreviousParagraphNarration.class, text, 0));
            assertEquals("My aunt", Linking.linked(text).mention(0));
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class, text.replace("My aunt", "Some aunt"), 0));
        }

        @Test
        void whenTheOneNamedAnswersInTheNextTurnTheOneWhoSpokeBeforeGoesOn() {
            Linking l = Linking.linked("“The bridge washed out in the night,” said Corwin.\n\nWinifred set down her cup.\n\n"
                    + "“We shall have to go round by the mill.”\n\n“That is six miles,” said Winifred.\n\n“Then we leave at dawn.”");
            assertEquals("goes-on", l.quote(1).rule);
            assertEquals("Corwin", l.mention(1));
        }

        @Test
        void aPronounAnsweringInTheNextTurnLeavesTheTurnBetweenToTheOneBefore() {
            Linking l = Linking.linked("“The bridge washed out in the night,” said Corwin.\n\nShe set down her cup.\n\n"
                    + "“We shall have to go round by the mill.”\n\n“That is six miles,” she said.\n\n“Then we leave at dawn.”");
            assertEquals("goes-on", l.quote(1).rule);
            assertEquals("Corwin", l.mention(1));
        }

        @Test
        void theOneWhoSpokeBeforeDoesNotGoOnInATurnThatSpeaksOfThemByName() {
            Linking l = Linking.linked("“The bridge washed out in the night,” said Mr. Corwin.\n\nWinifred set down her cup.\n\n"
                    + "“Mr. Corwin says we must go round by the mill.”\n\n“That is six miles,” said Winifred.\n\n“Then we leave at dawn.”");
            assertNotEquals("goes-on", l.quote(1).rule);
            assertNotEquals("Mr. Corwin", l.mention(1));
        }

        @Test
        void whenSomeoneElseAnswersNextTheOneNamedSpeaks() {
            Linking l = Linking.linked("“The bridge washed out in the night,” said Corwin.\n\nWinifred set down her cup.\n\n"
                    + "“We shall have to go round by the mill.”\n\n“That is six miles,” said Brisco.\n\n“Then we leave at dawn.”");
            assertEquals("previous-paragraph-subject", l.quote(1).rule);
            assertEquals("Winifred", l.mention(1));
        }

        @Test
        void theOneWhoSpokeBeforeGoesOnOnlyWhenTheNarrationNamesSomeoneElse() {
            // Quillan speaks before the narration, is its subject and answers after: the turn between
            // is not Quillan's going on, whoever's it is.
            Linking l = Linking.linked("“The lantern oil is nearly gone,” said Quillan.\n\nQuillan scratched at the tabletop.\n\n"
                    + "“Buy more at the market.”\n\n“The market shuts at noon,” said Quillan.\n\n“Then run there now.”");
            assertNotEquals("goes-on", l.quote(1).rule);
        }

        /** Three turns of Tallis and Wilda, the last Tallis's, before a paragraph of narration and a turn. */
        private static final String FERRY = "“The ferry is late again,” said Tallis.\n\n“It always is in spring,” said Wilda.\n\n"
                + "“You will stay for supper, Wilda?” said Tallis.\n\n";

        @Test
        void narrationReportingWhatItsSubjectSaidLeavesTheNextTurnToTheOneBefore() {
            // Wilda's answer is told in the narration's words: the next turn is not hers again.
            Linking l = Linking.linked(FERRY + "Wilda answered very quietly that she could not.\n\n“Then take some bread with you.”");
            assertEquals("goes-on", l.quote(3).rule);
            assertEquals("Tallis", l.mention(3));
        }

        @Test
        void aQuestionReportedWithAnObjectBetweenIsATurnToo() {
            Linking l = Linking.linked(FERRY + "Wilda asked him whether the river had risen.\n\n“It rose a foot in the night.”");
            assertEquals("goes-on", l.quote(3).rule);
            assertEquals("Tallis", l.mention(3));
        }

        @Test
        void oneWhoOnlyWondersWhetherToSpeakHasNotSpoken() {
            // "wondered whether" is thought, not talk: the one the narration names speaks next.
            Linking l = Linking.linked(FERRY + "Wilda wondered whether she should tell him.\n\n“I cannot stay.”");
            assertEquals("previous-paragraph-subject", l.quote(3).rule);
            assertEquals("Wilda", l.mention(3));
        }

        @Test
        void aVerbOfSayingWithoutTheClauseOfWhatWasSaidIsNoReport() {
            Linking l = Linking.linked(FERRY + "Wilda looked at him and answered him.\n\n“I cannot stay.”");
            assertEquals("previous-paragraph-subject", l.quote(3).rule);
            assertEquals("Wilda", l.mention(3));
        }
    }

    @Nested
    class Vocative {

        /** Three turns of Vasko and Tallis, the last calling Vasko by name, before a paragraph of narration. */
        private static final String BOAT = "“The boat is mended,” said Vasko.\n\n“Then I can go home,” said Tallis.\n\n"
                + "“When can I leave, Mr. Vasko?” said Tallis.\n\n";

        @Test
        void oneCalledWhoKeepsSilentDoesNotAnswerTheCall() {
            Linking l = Linking.linked(BOAT + "Vasko bent over his plate, but made no reply.\n\n“I asked when I can leave.”");
            assertNotEquals("vocative", l.quote(3).rule);
            assertEquals("Tallis", l.mention(3));
            l = Linking.linked(BOAT + "Vasko said nothing.\n\n“I asked when I can leave.”");
            assertEquals("Tallis", l.mention(3));
        }

        @Test
        void oneCalledWhoActsAfterTheCallMayStillAnswer() {
            Linking l = Linking.linked(BOAT + "Vasko bent over his plate.\n\n“Next week, perhaps.”");
            assertEquals("Vasko", l.mention(3));
        }

        @Test
        void theAnswerToAQuotationAddressingSomeoneIsTheirs() {
            Linking l = Linking.linked("“Will you come, Kate?” Tom asked.\n\n“Gladly.”");
            assertEquals("vocative", l.quote(1).rule);
            assertEquals("Kate", l.mention(1));
        }

        @Test
        void aTurnRunOnOverLinesAddressesByNameInItsFirstLine() {
            Linking l = Linking.linked("The road ran down to the river .\n".repeat(20) + "Tom put the kettle on .\n"
                    + "“ Take a seat , Kate , ” he said , smiling .\n“ The tea is hot . ”\n“ Thank you . ”\n");
            assertEquals("line-after-attribution", l.quote(1).rule);
            assertEquals("vocative", l.quote(2).rule);
            assertEquals("Kate", l.mention(2));
        }

        @Test
        void aNameAfterDearOrMyDearIsAddressed() {
            Linking l = Linking.linked("“My dear Kate, will you come?” Tom asked.\n\n“Gladly.”");
            assertEquals("vocative", l.quote(1).rule);
            assertEquals("Kate", l.mention(1));
            l = Linking.linked("“Will you come, dearest Kate?” Tom asked.\n\n“Gladly.”");
            assertEquals("Kate", l.mention(1));
        }

        @Test
        void aPlaceSetOffByCommasIsNoVocative() {
            Linking l = Linking.linked("“Where were you born?” Tom asked.\n\n“In Bramley, Hampshire.”\n\n“Fine.”");
            assertNotEquals("vocative", l.quote(2).rule);
            assertNotEquals("Hampshire", l.mention(2));
        }

        @Test
        void aNameInNestedQuoteMarksIsNoVocative() {
            Linking l = Linking.found("“Then the words ‘Hazel Court’ came to mind.”");
            assertFalse(Sieves.vocativeIn(l.document(), 0, new Mentions.Mention()));
        }

        @Test
        void notToThePersonTheAnswerSpeaksOf() {
            Linking l = Linking.linked("“Will you come, Kate?” Tom asked.\n\n“Nobody asks Kate.”");
            assertNotEquals("vocative", l.quote(1).rule);
            assertNotEquals("Kate", l.mention(1));
        }

        @Test
        void notWithinOneParagraph() {
            Linking l = Linking.found("“Will you come, Kate?” Tom asked. “Gladly.”");
            assertFalse(Linking.sieve(Sieves.Vocative.class).apply(l.document(), 1));
        }

        @Test
        void aGivenNameCalledGoesToThePersonOfThatNameWhoSpokeNearby() {
            Linking l = Linking.linked("“I am starving,” said Ned Harrop.\n\n“So am I,” Bettina said.\n\n“Then eat up, Ned.”\n\n"
                    + "“Not before you.”");
            assertEquals("vocative", l.quote(3).rule);
            assertEquals("Ned Harrop", l.mention(3));
        }

        @Test
        void aTurnGuessedFromTheTurnsAroundCountsOnlyAtTheTurnItCopied() {
            Linking l = Linking.linked("“The tide is turning,” said Ned Pryor. The gulls cried over the harbour."
                    + " “We should haul the nets.”\n\n“Take this rope, Ned,” Dora called.\n\n“In a moment.”\n\n"
                    + "“Hurry up,” Dora said.\n\n“Wait for me,” said Ned Harrop.");
            assertEquals("same-paragraph", l.quote(1).rule);
            assertEquals("vocative", l.quote(3).rule);
            assertEquals("Ned Harrop", l.mention(3));   // two turns after, found by words of its own; Ned Pryor's own turn is three before
        }

        @Test
        void aRankCalledAloneGoesToTheOnePersonNearbyWrittenWithThatRank() {
            Linking l = Linking.linked("Major Amos Quillfeather was cleaning his boots on the porch.\n\n"
                    + "“Will you ride out with us, Major?” Tom asked.\n\n“Not before noon.”");
            assertEquals("vocative", l.quote(1).rule);
            assertEquals("Major Amos Quillfeather", l.mention(1));
        }

        @Test
        void notARankThatTwoPeopleNearbyHold() {
            Linking l = Linking.linked("Major Amos Quillfeather and Major Cedric Ostrand were cleaning their boots on the porch.\n\n"
                    + "“Will you ride out with us, Major?” Tom asked.\n\n“Not before noon.”");
            assertNotEquals("vocative", l.quote(1).rule);
            assertFalse(Sieves.Vocative.titledPersonCalled(l.document(), 0, new Mentions.Mention()));
        }

        @Test
        void notARankRetoldInTheMiddleOfALongTurn() {
            Linking l = Linking.linked("Major Amos Quillfeather was cleaning his boots on the porch.\n\n"
                    + "“We got to the mill at dusk. I told the ferryman, Ride on, Major, the river is high. He frowned at that.”");
            assertFalse(Sieves.Vocative.titledPersonCalled(l.document(), 0, new Mentions.Mention()));
        }
    }

    @Nested
    class AddressedNext {

        @Test
        void aTurnAnsweredByNameIsThatPersons() {
            Linking l = Linking.linked("The door opened.\n\n“Oh!”\n\n“What is the trouble, Kate?” Tom asked.");
            assertEquals("addressed-next", l.quote(0).rule);
            assertEquals("Kate", l.mention(0));
        }

        @Test
        void notToAPersonNamedWithADescriptionInAnswer() {
            Linking l = Linking.linked("“A witness has fallen ill,” said Daskin.\n\n“Which witness?”\n\n“Mrs. Quarmby, the landlady.”");
            assertNotEquals("addressed-next", l.quote(1).rule);
            assertNotEquals("Mrs. Quarmby", l.mention(1));
        }

        @Test
        void notToThePersonTheTurnItselfAddresses() {
            Linking l = Linking.linked("The door opened.\n\n“Kate, hush!”\n\n“What is the trouble, Kate?” Tom asked.");
            assertNotEquals("addressed-next", l.quote(0).rule);
            assertNotEquals("Kate", l.mention(0));
        }

        @Test
        void notToAPersonTheTurnItselfSpeaksOf() {
            Linking l = Linking.linked("The door opened.\n\n“Where is Kate?”\n\n“What is the trouble, Kate?” Tom asked.");
            assertNotEquals("addressed-next", l.quote(0).rule);
            assertNotEquals("Kate", l.mention(0));
        }

        @Test
        void notToTheOneNamedAsSpeakerOfTheTurnBefore() {
            Linking l = Linking.linked("The forge was hot.\n\n“I can mend the hinge by noon,” said Ada Penrose.\n\n"
                    + "“Then I will wait here.”\n\n“Sit on the bench, Miss Penrose,” Tom said.");
            assertNotEquals("addressed-next", l.quote(1).rule);
            assertNotEquals("Penrose", l.mention(1));
        }

        @Test
        void notWithinOneParagraph() {
            Linking l = Linking.linked("The door opened.\n\n“Oh!” “What is the trouble, Kate?” Tom asked.");
            assertNotEquals("addressed-next", l.quote(0).rule);
        }

        @Test
        void aTurnAnsweredByAGivenNameGoesToTheMentionOfTheOneOfThatNameWhoSpokeBefore() {
            Linking l = Linking.linked("“Good night,” said Matilda Damery.\n\nThe shutters rattled.\n\n“Oh!”\n\n"
                    + "“Are you hurt, Matilda?” Hob asked.");
            assertEquals("addressed-next", l.quote(1).rule);
            assertEquals("Matilda Damery", l.mention(1));
        }

        @Test
        void notWhenSomeoneNewIsNamedInTheNarrationBeforeTheAnswer() {
            Linking l = Linking.linked("I had never planned to linger at the toll house. My cousin Corisande, however, wanted another cup.\n\n"
                    + "“One more pot,” she said, lifting the lid.\n\n“You said that at noon,” I told her.\n\n"
                    + "“Did I? Then I was wise at noon, and I am wise now.”\n\n"
                    + "The toll keeper, a thin man called Ferrant, walked up carrying the kettle. “Your cousin likes her tea,"
                    + " Miss Isolde,” he told me.");
            assertNotEquals("addressed-next", l.quote(2).rule);
            assertNotEquals("Isolde", l.name(2));
        }

        @Test
        void aTurnAnsweredByARankAloneIsTheOnePersonNearbyOfThatRank() {
            Linking l = Linking.linked("The gate banged.\n\n“The roses are ruined.”\n\n“All of them, Judge?” Tom asked.\n\n"
                    + "Judge Amos Pellingham sat down on the step.");
            assertEquals("addressed-next", l.quote(0).rule);
            assertEquals("Judge Amos Pellingham", l.mention(0));
        }
    }

    @Nested
    class AnswerToAddressee {

        @Test
        void theOneAVerbSaysIsAskedAnswers() {
            Linking l = Linking.linked("“Did the ferry run today?” Tom asked Kate.\n\n“Only the early one.”");
            assertEquals("answer-to-addressee", l.quote(1).rule);
            assertEquals("Kate", l.mention(1));
        }

        @Test
        void theOneSpokenToAfterToAnswers() {
            Linking l = Linking.linked("“The ferry is late again,” Tom said to Kate Mabry.\n\n“It always is in fog.”");
            assertEquals("answer-to-addressee", l.quote(1).rule);
            assertEquals("Kate Mabry", l.mention(1));
        }

        @Test
        void theNarratorAnswersWhenAskedAsMe() {
            Linking l = Linking.linked("“Is the tide out?” I asked Tamsin.\n\n“Not yet.”\n\n“Is the wind too much?” Tamsin asked me.\n\n“Only on the pier.”");
            assertEquals("answer-to-addressee", l.quote(1).rule);
            assertEquals("Tamsin", l.mention(1));
            assertEquals("answer-to-addressee", l.quote(3).rule);
            assertEquals("I", l.mention(3));
        }

        @Test
        void inATextOfOneSentenceALine() {
            Linking l = Linking.linked("The gulls rose over the pier .\n".repeat(20)
                    + "“ Did the ferry run today ? ” Tom asked Kate .\n“ Only the early one . ”\n");
            assertEquals("answer-to-addressee", l.quote(1).rule);
            assertEquals("Kate", l.mention(1));
        }

        @Test
        void whoseAnswerGoesOnInItsParagraph() {
            Linking l = Linking.linked("“Did the ferry run today?” Tom asked Kate.\n\n“Only the early one.” The boat rocked. “The rest were stopped.”");
            assertEquals("answer-to-addressee", l.quote(1).rule);
            assertEquals("same-paragraph", l.quote(2).rule);
            assertEquals("Kate", l.mention(2));
        }

        @Test
        void notWhenTheAnswerCallsThatPersonByGivenName() {
            Linking l = Linking.linked("“The ferry is late again,” Tom said to Kate Mabry.\n\n“Not when the mist is down, Kate.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
        }

        @Test
        void notToSomeoneDescribed() {
            Linking l = Linking.linked("“Did the ferry run today?” Tom asked the porter.\n\n“Only the early one.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
        }

        @Test
        void notToSomeoneDescribedThoughTheDescriptionEndsInAPersonsName() {
            Linking l = Linking.linked("“Is the bridge safe?” Bram asked the tall Effie Quince.\n\n“Safe enough for a cart.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
        }

        @Test
        void notToANameNothingShowsToBeAPerson() {
            Linking l = Linking.linked("“I shall miss you,” Bram said to Larchfield as the coach turned.\n\n“You will be back by spring.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
            assertNotEquals("Larchfield", l.mention(1));
        }

        @Test
        void afterTheOneTheTurnCallsByName() {
            Linking l = Linking.linked("“Will you row us over, Ann?” Tom asked Kate.\n\n“Only the early one.”");
            assertEquals("vocative", l.quote(1).rule);
            assertEquals("Ann", l.mention(1));
        }

        @Test
        void notAfterNarrationBetweenTheTurns() {
            Linking l = Linking.linked("“Did the ferry run today?” Tom asked Kate.\n\nThe wind shook the shutters.\n\n“Only the early one.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
        }

        @Test
        void notWhenTheAnswerSpeaksOfThatPerson() {
            Linking l = Linking.linked("“Did the ferry run today?” Tom asked Kate.\n\n“Kate was asleep, you know.”");
            assertNotEquals("answer-to-addressee", l.quote(1).rule);
            assertNotEquals("Kate", l.mention(1));
        }

        @Test
        void notByACueCopiedFromAnEarlierTurn() {
            // Tom's turn runs on into a new paragraph that keeps the cue of its opening part
            Linking l = Linking.linked("“Are you ready?” Tom asked Kate, “for the long walk?\n\n“We should set off before dark.”\n\n“I know.”");
            assertEquals("continued", l.quote(2).rule);
            assertNotEquals("answer-to-addressee", l.quote(3).rule);
        }
    }

    @Nested
    class AddressedByName {

        @Test
        void theNarrationSubjectATurnAddressesIsNotItsSpeaker() {
            Linking l = Linking.linked("“Is it done?” Tom asked.\n\nAda Varley looked up from her book.\n\n“Well, Ada, it is all settled.”");
            assertNotEquals("previous-paragraph-subject", l.quote(1).rule);
            assertNotEquals("Ada Varley", l.mention(1));
        }

        @Test
        void aQuotedNameAloneIsATitleNotAnAddress() {
            String text = "Carly Fenn made a film, “Citizen Carly,” last year.";
            Linking l = Linking.found(text);
            Mentions.Mention carly = new Mentions.Mention();
            carly.first = l.document().t.indexAt(text.indexOf("Carly"));
            carly.last = carly.first;
            assertFalse(Sieves.addressesByName(l.document(), 0, carly));
        }

        @Test
        void theNameTheTurnItselfAddressesIsNotItsSpeaker() {
            Linking l = Linking.linked("“Will you come, Kate?” Tom asked.\n\n“Come along, Kate, do.”");
            assertNotEquals("vocative", l.quote(1).rule);
        }
    }

    @Nested
    class Conversation {

        @Test
        void inOneSentenceALineTheAttributionOnTheNextLineCounts() {
            Linking l = Linking.linked("“Who is there?”\nasked Anne .\n“A friend .”\n“Come in , then .”");
            assertEquals("Anne", l.mention(0));
            assertEquals("Anne", l.mention(2));
        }

        @Test
        void unattributedTurnsAlternateBetweenTheTwoSpeakers() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\n“Then we can start.”\n\n“We can.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Anne", l.mention(2));
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Bob", l.mention(3));
        }

        @Test
        void aTurnCallingTheOneTheAlternationGivesIsAThirdPersonsNotTheOneWhoJustSpoke() {
            // Wilda, two turns back, is called by name; Tallis has just spoken: Tovey, the third, speaks.
            Linking l = Linking.linked("“Is the ferry running?” asked Tovey.\n\n“Not since noon,” said Wilda.\n\n"
                    + "“Then we wait,” said Tallis.\n\n“Wait? Well, Wilda, you may wait.”\n\n“I shall,” said Wilda.");
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Tovey", l.mention(3));
        }

        @Test
        void aTurnBeforeOneTaggedWithThePersonTheAlternationGivesIsAThirdPersonsToo() {
            Linking l = Linking.linked("“Where have you been all morning?” said Tovey to Wilda.\n\n“Where, pray?” Wilda replied.\n\n"
                    + "“Did you not know,” said Tallis, “that the two of us drove the cart to market?”\n\n“Yes, yes, I know that very well.”\n\n"
                    + "“Very much,” said Wilda.");
            assertEquals("turn-taking", l.quote(4).rule);
            assertEquals("Tovey", l.mention(4));
        }

        @Test
        void withOnlyTwoPeopleTheOneWhoJustSpokeGoesOnWhenTheOtherIsCalled() {
            // No third person: the turn is not the one it calls, so the one who spoke before goes on.
            Linking l = Linking.linked("“Not since noon,” said Wilda.\n\n“Then we wait,” said Tallis.\n\n"
                    + "“Wait? Well, Wilda, you may wait.”\n\n“I shall,” said Wilda.");
            assertEquals("Tallis", l.mention(2));
        }

        @Test
        void aTurnRightBeforeOneTaggedWithThePersonTheAlternationGivesIsTheOthers() {
            Linking l = Linking.linked("“Is the ferry late?” asked Tibbald.\n\n“An hour,” said Wilda.\n\n“Then I shall walk.”\n\n"
                    + "“Walk? In this rain?” said Tibbald.");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Wilda", l.mention(2));
        }

        @Test
        void aTitleUsedAsANameTwoTurnsBackBeatsANameFourTurnsBack() {
            Linking l = Linking.linked("“The boats are late,” said Mr. Dunmere.\n\n“The wind turned,” said Mr. Orvick.\n\n"
                    + "“It will turn again by night,” said the Harbourmaster.\n\n“I hope so,” said Mr. Orvick.\n\n“Trust me, it always does.”");
            assertEquals("turn-taking", l.quote(4).rule);
            assertEquals("the Harbourmaster", l.mention(4));
        }

        @Test
        void narrationAfterTheTurnKeepsTheAlternation() {
            Linking l = Linking.linked("“Is the ferry late?” asked Tibbald.\n\n“An hour,” said Wilda.\n\n“Then I shall walk.” "
                    + "Tibbald buttoned his coat.\n\n“Walk? In this rain?” said Tibbald.");
            assertEquals("beat-after", l.quote(2).rule);   // the beat after it names the one the alternation gives
            assertEquals("Tibbald", l.mention(2));
        }

        @Test
        void aTurnBetweenTwoTaggedTurnsOfTwoPeopleGoesOnWithTheOneBefore() {
            Linking l = Linking.linked("“The orchard gate is stuck,” said Tamsin.\n\n“It always sticks after rain.”\n\n"
                    + "“Oil it, then,” said Edric.");
            assertEquals("turn-taking", l.quote(1).rule);
            assertEquals("Tamsin", l.mention(1));
        }

        @Test
        void aTurnAnsweringAQuestionBetweenTwoTaggedTurnsIsTheNextSpeakers() {
            Linking l = Linking.linked("“Is the orchard gate stuck?” asked Tamsin.\n\n“It always sticks after rain.”\n\n"
                    + "“Oil it, then,” said Edric.");
            assertEquals("turn-taking", l.quote(1).rule);
            assertEquals("Edric", l.mention(1));
        }

        @Test
        void aGuessTwoTurnsBackWeighsLessThanAnAttributionOfItsOwnEightBack() {
            Linking l = Linking.linked("“The ferry is late again,” said Quarrie.\n\n“I saw it leave the far pier.”\n\n"
                    + "“Then it will dock by noon.”\n\n“Or by one,” said Tamsin.\n\n“The toll clerk will know.”\n\n"
                    + "“He never knows,” said Quarrie.\n\n“Ask him anyway.”\n\n“I will ask the guild,” said Edric.\n\n"
                    + "“The guild sleeps till ten.”");
            assertEquals("turn-taking", l.quote(6).rule);
            assertEquals("turn-taking", l.quote(8).rule);
            assertEquals("Quarrie", l.mention(8));
        }

        @Test
        void inOneSentenceALineTurnsGoOnAcrossAParagraphOfNarrationSplitIntoLines() {
            Linking l = Linking.linked("The road ran down to the river .\n".repeat(20)
                    + "“ Is the ferry running ? ” asked Anne Kell .\n“ Not today , ” said Bob Marr .\n"
                    + "The wind rose .\nThe rain came down hard .\nThe boat rocked at its rope .\n"
                    + "“ Then we wait . ”\n“ We do . ”\n");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Anne Kell", l.mention(2));
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Bob Marr", l.mention(3));
        }

        @Test
        void someoneNewThatNarrationBringsInIsNoAnchorOfTheExchangeBefore() {
            Linking l = Linking.linked("Lucinda waited on the pier for her brother Barnaby.\n\n"
                    + "“You look tired,” said Lucinda.\n\n“And you look cold.”\n\n“Is it far?”\n\n“Not far.”\n\n"
                    + "Gorvath, the toll keeper, sat in his hut counting coins.\n\n“Fares,” said Gorvath.");
            assertEquals("Barnaby", l.mention(1));
            assertEquals("Barnaby", l.mention(3));
            assertEquals("Gorvath", l.mention(4));
        }

        @Test
        void onePersonCalledInTheTalkBeforeTheNarrationIsNoNewcomer() {
            Linking l = Linking.linked("“Is the gate still shut, Gorvath?” asked Lucinda.\n\n“It opens at dawn.”\n\n"
                    + "“And it is dawn now.”\n\n“Near enough.”\n\n"
                    + "Gorvath, the toll keeper, unlocked his hut.\n\n“Fares first,” said Gorvath.");
            assertEquals("Gorvath", l.mention(1));
            assertEquals("Gorvath", l.mention(3));
        }

        @Test
        void noConversationRunsOverARowOfAsterisks() {
            Linking l = Linking.linked("“Shall we go?” asked Mona.\n\n“Not yet,” said Pavel.\n\n*    *    *\n\n"
                    + "“Is it late?”\n\n“Nearly midnight,” said the porter.");
            assertNotEquals("turn-taking", l.quote(2).rule);
            assertNotEquals("Mona", l.mention(2));
        }

        @Test
        void noConversationRunsOverAChapterHeading() {
            Linking l = Linking.linked("“Shall we go?” asked Mona.\n\n“Not yet,” said Pavel.\n\nCHAPTER IX\n\n"
                    + "“Is it late?”\n\n“Nearly midnight,” said the porter.");
            assertNotEquals("turn-taking", l.quote(2).rule);
            assertNotEquals("Mona", l.mention(2));
        }

        @Test
        void inNewsQuotationParagraphsBetweenTaggedOnesAreNoTurnsThatAlternate() {
            String text = "The toll board met on Monday at the pier, and 40 growers came.\n\n"
                    + "“Should the ferry toll go up again?” Okafor asked the hall.\n\n“No!” Quimby shouted.\n\n"
                    + "“Should the ferry run at night?”\n\n“Yes!”\n\nThe board will vote on May 9.";
            Linking l = Linking.linked(text);
            assertTrue(l.document().reportage);
            assertNotEquals("turn-taking", l.quote(2).rule);
            assertNotEquals("turn-taking", l.quote(3).rule);
            assertFalse(l.quote(3).hasSpeaker());
        }

        @Test
        void inNewsAQuotationParagraphIsNotGivenToTheOtherPersonNamedBeforeTheLastTurn() {
            String turn = "Tom Okafor sat beside Mrs. Quimby at the pier, and she called the toll “a burden” for the growers.\n\n"
                    + "“Not before the spring.”";
            Linking story = Linking.linked(turn);
            assertEquals("other-participant", story.quote(1).rule);
            Linking news = Linking.linked("The toll board met on Monday, and 40 growers came.\n\n" + turn
                    + "\n\nThe board will vote on May 9.");
            assertTrue(news.document().reportage);
            assertNotEquals("other-participant", news.quote(1).rule);
        }

        @Test
        void aNoteReadOutIsNoTurnOfTheConversation() {
            Linking l = Linking.linked("“Read it,” said Bob.\n\n“Come at noon and come alone,” it said.\n\n"
                    + "“Who wrote that?” asked Anne.\n\n“I do not know.”");
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Bob", l.mention(3));
        }

        @Test
        void aTurnBeforeItsAttributionsTakesTheSpeakerTwoTurnsOn() {
            Linking l = Linking.linked("“Are you ready?”\n\n“Almost,” Bob said.\n\n“Then hurry,” Anne said.");
            assertEquals("turn-taking", l.quote(0).rule);
            assertEquals("Anne", l.mention(0));
        }

        @Test
        void inOneSentenceALineALineGoingOnWithAnAttributedOneIsNoTurnOfItsOwn() {
            Linking l = Linking.linked("The road ran down to the river .\n".repeat(20) + "“ Hungry , boy ? ” asked Tom Reed .\n"
                    + "Ned Hale answered : “ No . ”\n“ Eat , then . ”\n“ I will not , ” said his nephew , frowning .\n"
                    + "“ I ate at noon . ”\n“ Nonsense . ”\n“ It is true . ”\n");
            assertEquals("line-after-attribution", l.quote(4).rule);
            assertEquals("turn-taking", l.quote(5).rule);
            assertEquals("Tom Reed", l.mention(5));
            assertEquals("Ned Hale", l.mention(6));
        }

        @Test
        void inOneSentenceALineATurnCuttingInOnOneBrokenOffOnItsLineIsTheOtherSpeakers() {
            Linking l = Linking.linked("The road ran down to the river .\n".repeat(20) + "“ Sit down , ” said Tom Reed .\n"
                    + "Ann Hale answered : “ I would rather stand . ”\n“ Then stand .\nAll I ask is -- ” “ Enough ! ”\n");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Tom Reed", l.mention(2));
            assertEquals("cut-in", l.quote(3).rule);
            assertEquals("Ann Hale", l.mention(3));
        }

        @Test
        void aTurnThatNamesItsSpeakerOutweighsANearerOneThatOnlyDescribesThem() {
            Linking l = Linking.linked("“Are you well?” asked Kate Moss.\n\n“Yes,” said Tom Reed.\n\n“Sure?” asked his guest."
                    + "\n\n“Quite.”\n\n“Good.”");
            assertEquals("his guest", l.mention(2));
            assertEquals("turn-taking", l.quote(4).rule);
            assertEquals("Kate Moss", l.mention(4));
        }

        @Test
        void aTurnThatNamesItsSpeakerSixBackOutweighsOneTwoBackThatOnlyDescribesThem() {
            Linking l = Linking.linked("“Is the ferry late?” asked Brisca Tolvan.\n\n“By an hour,” said Ned Quennel.\n\n"
                    + "“Why so?”\n\n“Fog on the river.”\n\n“It will clear,” said the ferrywoman.\n\n“I doubt it.”\n\n“Wait and see.”");
            assertEquals("the ferrywoman", l.mention(4));
            assertEquals("turn-taking", l.quote(6).rule);
            assertEquals("Brisca Tolvan", l.mention(6));
        }

        @Test
        void aDescriptionWithACapitalWeighsAsBeforeAgainstANameSixBack() {
            Linking l = Linking.linked("“Is the ferry late?” asked Brisca Tolvan.\n\n“By an hour,” said Ned Quennel.\n\n"
                    + "“Why so?”\n\n“Fog on the river.”\n\n“It will clear,” said the Harbourmaster.\n\n“I doubt it.”\n\n"
                    + "“Wait and see.”");
            assertEquals("the Harbourmaster", l.mention(4));
            assertEquals("turn-taking", l.quote(6).rule);
            assertEquals("the Harbourmaster", l.mention(6));
        }

        @Test
        void aDescriptionWithACapitalTwoBackOutweighsAPronounFourBack() {
            Linking l = Linking.linked("Mr. Wrexley strolled to the gate with Mrs. Brannock.\n\n“Is the pier open?” he asked.\n\n"
                    + "“Only to walkers,” she said.\n\n“Since when?”\n\n“Since the storm,” said the Pierwarden.\n\n"
                    + "“And the toll?”\n\n“Two pennies.”");
            assertEquals("she", l.mention(1));
            assertEquals("the Pierwarden", l.mention(3));
            assertEquals("turn-taking", l.quote(5).rule);
            assertEquals("the Pierwarden", l.mention(5));
        }

        @Test
        void anAttributionTwoTurnsOnOutweighsAGuessTwoBackInALongRunOfTurns() {
            Linking l = Linking.linked("“Hi,” Anne said.\n\n“Hello,” Bob said.\n\n“Cold?”\n\n“Very.”\n\n“Tea?”\n\n“Yes.”"
                    + "\n\n“Milk?”\n\n“No.”\n\n“Is there cake?”\n\n“Not for you.”\n\n“Then I go,” Carl said.");
            assertEquals("turn-taking", l.quote(6).rule);
            assertEquals("Anne", l.mention(6));
            assertEquals("turn-taking", l.quote(8).rule);
            assertEquals("Carl", l.mention(8));
        }

        @Test
        void theNearerAttributionDecides() {
            Linking l = Linking.linked("“Well?” Carl asked.\n\n“I am here,” Anne said.\n\n“So am I,” Bob said."
                    + "\n\n“Then we can start.”\n\n“We can,” Bob said.");
            assertEquals("Anne", l.mention(3));
        }

        @Test
        void theTurnTwoBackOutweighsAnAttributionTwoTurnsOn() {
            Linking l = Linking.linked("“Hi,” Anne said.\n\n“Hello,” Bob said.\n\n“Cold?”\n\n“Very.”\n\n“Tea?”"
                    + "\n\n“Yes.”\n\n“Here,” Carl said.");
            assertEquals("turn-taking", l.quote(4).rule);
            assertEquals("Anne", l.mention(4));
        }

        @Test
        void aLongRunGoesOnAlternatingPastItsLastAttribution() {
            StringBuilder text = new StringBuilder("“One,” Anne said.\n\n“Two,” Bob said.");
            for (int i = 0; i < 9; i++) {
                text.append("\n\n“More.”");
            }
            Linking l = Linking.linked(text.toString());
            assertEquals("Anne", l.mention(8));
            assertEquals("Bob", l.mention(9));
            assertEquals("Anne", l.mention(10));
        }

        @Test
        void aTurnThatAddressesThePersonAlternationGivesIsTheOthers() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\n“Well, Anne?”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Bob", l.mention(2));
        }

        @Test
        void aTurnThatSpeaksOfThePersonAlternationGivesByTitleIsTheOthers() {
            Linking l = Linking.linked("“Is the post in?” asked Mr. Tibbald.\n\n“Not yet,” said Nessa.\n\n"
                    + "“Then tell Mr. Tibbald the carrier from Dunmere is late again.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Nessa", l.mention(2));
        }

        @Test
        void aTitleOfTheOtherGenderNamesAnotherOfTheFamily() {
            Linking l = Linking.linked("“Is the post in?” asked Mr. Tibbald.\n\n“Not yet,” said Nessa.\n\n"
                    + "“Then Mrs. Tibbald must wait for her letter.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Mr. Tibbald", l.mention(2));
        }

        @Test
        void aTurnThatOpensWithThePersonsTitleAndNameIsTheOthers() {
            Linking l = Linking.linked("“Is the post in?” asked Mr. Tibbald.\n\n“Not yet,” said Nessa.\n\n"
                    + "“Mr. Tibbald is always in such a hurry.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Nessa", l.mention(2));
        }

        @Test
        void aTitledNameQuotedRightAtTheOpeningOfTheTurnIsNoOneSpokenOf() {
            Linking l = Linking.linked("“Is the post in?” asked Mr. Tibbald.\n\n“Not yet,” said Nessa.\n\n"
                    + "“‘Mr. Tibbald,’ you call me when you are cross.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Mr. Tibbald", l.mention(2));
        }

        @Test
        void aTitledNameQuotedInsideTheTurnIsNoOneSpokenOf() {
            Linking l = Linking.linked("“Is the post in?” asked Mr. Tibbald.\n\n“Not yet,” said Nessa.\n\n"
                    + "“You always call me ‘Mr. Tibbald’ when you are cross.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Mr. Tibbald", l.mention(2));
        }

        @Test
        void someoneWhoSpokeTheTwoTurnsBeforeDoesNotSpeakAThird() {
            Linking l = Linking.linked("“Hi,” Anne said.\n\n“Hello,” Carl said.\n\n“Are you well?” asked Carl.\n\n“Very.”");
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Anne", l.mention(3));
        }

        @Test
        void aLaterQuotationInATurnsParagraphIsTheSameSpeakers() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\n“Then we can start.”"
                    + " The room went quiet. “Now.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("same-paragraph", l.quote(3).rule);
            assertEquals("Anne", l.mention(3));
        }

        @Test
        void aLaterQuotationTakesTheSpeakerTheNarrationGaveAnEarlierOne() {
            Linking l = Linking.linked("The sky was grey.\n\n“Oh, no.” Anne turned to the window. “Not again.”"
                    + " The rain went on. “Never mind.”");
            assertEquals("paragraph-subject", l.quote(1).rule);
            assertEquals("same-paragraph", l.quote(2).rule);
            assertEquals("Anne", l.mention(2));
        }

        @Test
        void aTurnAfterAFewWordsOfNarrationStillAlternates() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\nThe clock struck."
                    + " “Then we can start.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Anne", l.mention(2));
        }

        @Test
        void aTurnAfterLongNarrationDoesNotAlternate() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\nThe clock struck"
                    + " nine, and the rain that had beaten on the roof all through the long evening at last grew"
                    + " quiet over the dark fields and the empty road. “Then we can start.”");
            assertFalse(l.quote(2).hasSpeaker());
        }

        @Test
        void aGroupIsNoTurnToAlternateWith() {
            Linking l = Linking.linked("“Come in,” Anne said.\n\n“Thank you,” they said.\n\n“Sit down.”\n\n“Where?”");
            assertEquals("Anne", l.mention(2));
            assertNotEquals("they", l.mention(3));
        }

        @Test
        void notWithOnlyOneSpeakerBefore() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“Then we can start.”");
            assertFalse(l.quote(1).hasSpeaker());
        }

        @Test
        void oneSpeakerAloneGoesOnAfterNarrationThatNamesNoOneElse() {
            Linking l = Linking.linked("“The gate is locked,” Wilma muttered.\n\n“And the key is gone,” Wilma added.\n\n"
                    + "The wind rattled the bars.\n\n“Someone has been here before me.”");
            assertEquals("monologue", l.quote(2).rule);
            assertEquals("Wilma", l.mention(2));
        }

        @Test
        void aPlaceNamedInTheNarrationIsNoOtherParticipant() {
            Linking l = Linking.linked("Rain fell on Millbrook Square.\n\n“Is this seat free?” Oona asked him.\n\n"
                    + "“It is, madam.”\n\n“I shall sit, then.”");
            assertFalse(l.quote(1).hasSpeaker());
        }

        @Test
        void aTurnCallingSomeoneByTheirGivenNameIsNotTheirs() {
            Linking l = Linking.linked("“I am starving,” said Ned Harrop.\n\n“So am I,” Bettina said.\n\n“Then eat up, Ned.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Bettina", l.mention(2));
        }

        @Test
        void aReplyRightAfterOneSpeakersTurnsIsNoMonologue() {
            Linking l = Linking.linked("“The gate is locked,” Wilma muttered.\n\n“And the key is gone,” Wilma added.\n\n"
                    + "“Someone has been here before me.”");
            assertNotEquals("monologue", l.quote(2).rule);
        }

        @Test
        void afterNarrationSayingSomeoneKeptSilentTheOneWhoSpokeBeforeGoesOn() {
            Linking l = Linking.linked("“Will you sign it?” asked Moll Tarrant.\n\nCedric said nothing.\n\n“You must sign it today.”");
            assertEquals("after-silence", l.quote(1).rule);
            assertEquals("Moll Tarrant", l.mention(1));
            Linking k = Linking.linked("“Will you sign it?” asked Moll Tarrant.\n\nCedric made no answer.\n\n“You must sign it today.”");
            assertEquals("Moll Tarrant", k.mention(1));
        }

        @Test
        void silenceTowardsSomeoneNamedByAPronounLeavesTheTurnWithTheOneWhoSpokeBefore() {
            Linking l = Linking.linked("“Is the ferry running?” asked Hadrian Quillan.\n\nCedric gave him no answer.\n\n"
                    + "“I can pay the toll twice.”");
            assertEquals("after-silence", l.quote(1).rule);
            assertEquals("Hadrian Quillan", l.mention(1));
        }

        @Test
        void aClauseAfterButSayingTheSubjectKeptSilentLeavesTheTurnWithTheOneWhoSpokeBefore() {
            Linking l = Linking.linked("“Will the orchard be sold?” asked Tamsin Brannock.\n\n"
                    + "Cedric kept pruning the pear tree, but made no answer.\n\n“Someone must tell me.”");
            assertEquals("after-silence", l.quote(1).rule);
            assertEquals("Tamsin Brannock", l.mention(1));
            Linking k = Linking.linked("“Will the orchard be sold?” asked Tamsin Brannock.\n\n"
                    + "Cedric climbed down the ladder, but he had nothing to say.\n\n“Someone must tell me.”");
            assertEquals("Tamsin Brannock", k.mention(1));
        }

        @Test
        void notWhenTheClauseAfterButSaysMoreThanSilence() {
            Linking l = Linking.linked("“Will the orchard be sold?” asked Tamsin Brannock.\n\n"
                    + "Cedric said nothing at first, but put down his shears.\n\n“Someone must tell me.”");
            assertNotEquals("after-silence", l.quote(1).rule);
        }

        @Test
        void notWhenTheSilentOneGoesOnToAct() {
            Linking l = Linking.linked("“Will you sign it?” asked Moll Tarrant.\n\nCedric said nothing until the clerk left,"
                    + " then signed it with a flourish.\n\n“You must sign it today.”");
            assertNotEquals("after-silence", l.quote(1).rule);
        }

        @Test
        void notWhenTheOneWhoKeptSilentIsTheOneWhoAskedCalledByHerGivenName() {
            Linking l = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nNora said nothing.\n\n“You must sign it today.”");
            assertNotEquals("after-silence", l.quote(1).rule);
        }

        @Test
        void notWhenAPronounOfTheAskersOwnGenderKeptSilent() {
            Linking l = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nShe stayed silent.\n\n“You must sign it today.”");
            assertNotEquals("after-silence", l.quote(1).rule);
        }

        @Test
        void afterAPronounOfTheOtherGenderStayedSilentTheOneWhoAskedGoesOn() {
            Linking l = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nHe stayed silent.\n\n“You must sign it today.”");
            assertEquals("after-silence", l.quote(1).rule);
            assertEquals("Nora Tarrant", l.mention(1));
        }

        @Test
        void afterTheNarratorSaysTheyDidNotAnswerTheOneWhoAskedGoesOn() {
            Linking l = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nI did not answer.\n\n“You must sign it today.”");
            assertEquals("after-silence", l.quote(1).rule);
            assertEquals("Nora Tarrant", l.mention(1));
        }

        @Test
        void stillBeforeAndAgainAfterTheWordsOfSilenceAreAllowed() {
            Linking l = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nCedric still kept silent.\n\n“You must sign it today.”");
            assertEquals("after-silence", l.quote(1).rule);
            Linking k = Linking.linked("“Will you sign it?” asked Nora Tarrant.\n\nCedric said nothing again.\n\n“You must sign it today.”");
            assertEquals("after-silence", k.quote(1).rule);
        }

        @Test
        void noMonologueForATurnThatCallsTheOneSpeakerByName() {
            Linking l = Linking.linked("“The gate is locked,” Wilma muttered.\n\n“And the key is gone,” Wilma added.\n\n"
                    + "The wind rattled the bars.\n\n“Come out, Wilma.”");
            assertNotEquals("monologue", l.quote(2).rule);
        }

        @Test
        void noMonologueAfterASingleAttributedTurn() {
            Linking l = Linking.linked("“The gate is locked,” Wilma muttered.\n\nThe wind rattled the bars.\n\n"
                    + "“Someone has been here before me.”");
            assertNotEquals("monologue", l.quote(1).rule);
        }

        @Test
        void aGivenNameAfterAnotherWordCallsSomeoneElseOfThatName() {
            Linking l = Linking.linked("“My boots are soaked,” said Bram Tollet.\n\n“Mine too,” Wenna said.\n\n"
                    + "“Then dry them by the stove, Uncle Bram.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Bram Tollet", l.mention(2));
        }

        @Test
        void noMonologueWhenTheLineBetweenOnlyAttributesTheTurnBefore() {
            Linking l = Linking.linked("Gorse grew thick along the cliff path .\n".repeat(20)
                    + "“ The boat is gone , ” said Wilma .\n“ And the oars as well . ”\nWilma answered sharply .\n"
                    + "“ Now we walk home . ”\n");
            assertEquals("next-line-attribution", l.quote(1).rule);
            assertNotEquals("monologue", l.quote(2).rule);
        }

        @Test
        void aBareBeatOfOnePersonBeforeAQuotationIsTheirsNotTheLineAfterIt() {
            Linking l = Linking.linked("Gorse grew thick along the cliff path .\n".repeat(20)
                    + "“ The ferry left at noon , ” said Wilma .\nHedvik laughed .\n“ Then we swim !\nOr we pay the toll twice ! ”\n"
                    + "Wilma sighed .\n“ Neither . ”\n");
            assertEquals("Hedvik", l.mention(1));
            assertEquals("Wilma", l.mention(2));
        }

        @Test
        void aBeatOfAPronounBeforeAQuotationLeavesItToTheLineAfter() {
            Linking l = Linking.linked("Gorse grew thick along the cliff path .\n".repeat(20)
                    + "“ The ferry left at noon , ” said Wilma .\nHe laughed .\n“ Then we swim ! ”\nI answered .\n");
            assertEquals("next-line-attribution", l.quote(1).rule);
            assertEquals("I", l.mention(1));
        }

        @Test
        void aLongerLineOfNarrationBeforeAQuotationLeavesItToTheLineAfter() {
            Linking l = Linking.linked("Gorse grew thick along the cliff path .\n".repeat(20)
                    + "“ The ferry left at noon , ” said Wilma .\nThe wind rose over the empty pier .\n“ Then we swim ! ”\n"
                    + "Hedvik answered .\n");
            assertEquals("next-line-attribution", l.quote(1).rule);
            assertEquals("Hedvik", l.mention(1));
        }

        @Test
        void aTurnAfterTwoOfOnePersonIsTheOneThatPersonCalledByName() {
            Linking l = Linking.linked("“Are you home already, Ezra?” Marit called from the porch.\n\n"
                    + "“Come in out of the rain,” Marit said.\n\n“Is there any soup left?”");
            assertEquals("partner-addressed", l.quote(2).rule);
            assertEquals("Ezra", l.mention(2));
        }

        @Test
        void noPartnerCalledByNameForATurnThatCallsThatNameItself() {
            Linking l = Linking.linked("“Are you home already, Ezra?” Marit called from the porch.\n\n"
                    + "“Come in out of the rain,” Marit said.\n\n“Is there any soup left, Ezra?”");
            assertNotEquals("partner-addressed", l.quote(2).rule);
        }

        @Test
        void theNameCalledInTheExchangeOutweighsAPersonTheNarrationNamesBefore() {
            Linking l = Linking.linked("Mr. Quarle had gone out to feed the hens.\n\n“Take the chair, Ezra,” Hesper said.\n\n"
                    + "“The kettle is nearly boiling,” Hesper said.\n\n“I can only stay a minute.”");
            assertEquals("partner-addressed", l.quote(2).rule);
            assertEquals("Ezra", l.mention(2));
        }

        @Test
        void afterNarrationTheOneWhoAnswersNextByName() {
            Linking l = Linking.linked("“Where is everyone?” asked Ezra.\n\n“The gate is locked,” said Marit.\n\n"
                    + "A hound yelped somewhere past the woodpile.\n\n“I have a key.”\n\n“Then open it,” said Ezra.\n\n“Gladly.”");
            assertEquals("goes-on", l.quote(2).rule);
            assertEquals("Marit", l.mention(2));
        }

        @Test
        void noGoingOnWithoutNarrationBetween() {
            Linking l = Linking.linked("“Where is everyone?” asked Ezra.\n\n“The gate is locked,” said Marit.\n\n"
                    + "“I have a key.”\n\n“Then open it,” said Ezra.\n\n“Gladly.”");
            assertEquals("turn-taking", l.quote(2).rule);
        }
    }

    @Nested
    class LineAfterAttribution {

        /** Twenty lines of narration, one sentence each, as a text split into sentences gives them. */
        private static final String SENTENCES = "The road ran down to the river .\n".repeat(20);

        @Test
        void aLineOfNarrationEndingOnItsReportingVerbIntroducesTheQuotationOnTheNextLine() {
            Linking l = Linking.linked(SENTENCES + "There was a long silence ; after which , at last , in his slow way , Tom Bexley explained .\n"
                    + "“ The bridge is out . ”\n");
            assertEquals("previous-paragraph-subject", l.quote(0).rule);
            assertEquals("Tom Bexley", l.mention(0));
        }

        @Test
        void aLineAfterAnAttributedQuestionIsNoPartOfItsTurn() {
            Linking l = Linking.linked(SENTENCES + "“ Who left the gate open ? ” asked Tom Bexley , frowning .\n“ The wind did . ”\n");
            assertEquals("Tom Bexley", l.mention(0));
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void aLineOfQuotationAfterAnAttributedOneGoesOnWithItsSpeaker() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is giving way . ”\n");
            assertEquals("Tom Bexley", l.mention(0));
            assertEquals("line-after-attribution", l.quote(1).rule);
            assertEquals("Tom Bexley", l.mention(1));
        }

        @Test
        void narrationOfWhatTheSpeakerDoesAfterTheQuotationCountsToo() {
            Linking l = Linking.linked(SENTENCES + "Tom Bexley cried : “ Stand back ! ” and raised his hand .\n“ The bank is giving way . ”\n");
            assertEquals("line-after-attribution", l.quote(1).rule);
            assertEquals("Tom Bexley", l.mention(1));
        }

        @Test
        void aLineAfterAnAttributionSplitOntoALineOfItsOwnGoesOnWithItsSpeaker() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ”\ncried Tom Bexley , raising his hand .\n“ The bank is giving way . ”\n");
            assertEquals("Tom Bexley", l.mention(0));
            assertEquals("line-after-attribution", l.quote(1).rule);
            assertEquals("Tom Bexley", l.mention(1));
        }

        @Test
        void aLineWhoseQuotationASentenceOfNarrationFollowsGoesOnToo() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is giving way . ” The mud slid into the water .\n");
            assertEquals("line-after-attribution", l.quote(1).rule);
            assertEquals("Tom Bexley", l.mention(1));
        }

        @Test
        void notWhenThatSentenceOpensWithSomeoneOfTheOtherGender() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is giving way . ” She pointed at the mud .\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
            Linking k = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is giving way . ” He pointed at the mud .\n");
            assertEquals("line-after-attribution", k.quote(1).rule);
        }

        @Test
        void notWhenAnotherQuotationFollowsOnItsLineAfterTheNarration() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is giving way . ” The mud slid . “ Run ! ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenTheQuotationFollowingNarrationDoesNotOpenItsLine() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\nThe mud slid . “ The bank is giving way . ” The water rose .\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenAnotherQuotationCutsInOnItsLine() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ The bank is — ” “ Hush ! ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenTheLineOpensWithAWordOfAnswering() {
            Linking l = Linking.linked(SENTENCES + "“ Come for a walk , ” said Tom Bexley , smiling .\n“ Oh , all right . ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
            Linking k = Linking.linked(SENTENCES + "“ Come for a walk , ” said Tom Bexley , smiling .\n“ Very well . ”\n");
            assertNotEquals("line-after-attribution", k.quote(1).rule);
        }

        @Test
        void aLineGoesOnWithATurnWhoseSpeakerTheTurnsAroundItGave() {
            Linking l = Linking.linked(SENTENCES + "“ Is the ferry running ? ” asked Anne Kell .\nBob Marr answered : “ Not today . ”\n"
                    + "“ And tomorrow ? ”\n“ Ask the ferryman . ” He shrugged .\n“ I only sell the tickets . ”\n");
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Bob Marr", l.mention(3));
            assertEquals("line-after-attribution", l.quote(4).rule);
            assertEquals("Bob Marr", l.mention(4));
        }

        @Test
        void notWhenSomeoneOfTheOtherGenderActsAfterTheQuotationBefore() {
            Linking l = Linking.linked(SENTENCES + "“ Sit still , ” said Ann Hale as he took the chair .\n“ It will not hurt . ”\n");
            assertEquals("Ann Hale", l.mention(0));
            assertNotEquals("line-after-attribution", l.quote(1).rule);
            Linking k = Linking.linked(SENTENCES + "“ Sit still , ” said Ann Hale as she took the chair .\n“ It will not hurt . ”\n");
            assertEquals("line-after-attribution", k.quote(1).rule);
        }

        @Test
        void notAfterALineOfAttributionThatIsASentenceOfItsOwn() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ”\nTom Bexley shouted .\n“ The bank is giving way . ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenTheTextHasParagraphs() {
            Linking l = Linking.linked(SENTENCES + "\n“ Stand back ! ” cried Tom Bexley .\n\n“ The bank is giving way . ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenNothingFollowsTheQuotationBeforeOnItsLine() {
            Linking l = Linking.linked(SENTENCES + "Tom Bexley cried : “ Stand back ! ”\n“ The bank is giving way . ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenNarrationFollowsOnTheQuotationsLine() {
            Linking l = Linking.linked(SENTENCES + "“ Stand back ! ” cried Tom Bexley .\n“ Why ? ” Ann stared at him .\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
        }

        @Test
        void notWhenTheLineOpensWithYesOrNo() {
            Linking l = Linking.linked(SENTENCES + "“ Have the corner chair , ” said Tom Bexley , moving his coat .\n“ No , keep it yourself . ”\n");
            assertNotEquals("line-after-attribution", l.quote(1).rule);
            Linking k = Linking.linked(SENTENCES + "“ Is the gate shut , ” said Tom Bexley , brushing his sleeve .\n“ Yes , since dusk . ”\n");
            assertNotEquals("line-after-attribution", k.quote(1).rule);
        }
    }

    @Nested
    class NextLineAttribution {

        /** Twenty lines of narration, one sentence each, as a text split into sentences gives them. */
        private static final String SENTENCES = "The road ran down to the river .\n".repeat(20);

        @Test
        void aLineOpeningWithSubjectAndVerbAttributesTheQuotationAbove() {
            Linking l = Linking.linked(SENTENCES + "“ Not a step further ! ”\nMary answered sharply .\n");
            assertEquals("next-line-attribution", l.quote(0).rule);
            assertEquals("Mary", l.mention(0));
        }

        @Test
        void notWhenTheVerbGoesOnWithMoreThanAWord() {
            Linking l = Linking.linked(SENTENCES + "“ Not a step further ! ”\nMary laughed for a long while .\n");
            assertNotEquals("next-line-attribution", l.quote(0).rule);
        }

        @Test
        void theNextQuotationIsNotGivenToThatSubjectAsNarration() {
            Linking l = Linking.linked(SENTENCES + "“ Not a step further ! ”\nMary answered sharply .\n“ Why not ? ”\n");
            assertNotEquals("previous-paragraph-subject", l.quote(1).rule);
        }
    }

    @Nested
    class CutIn {

        /** Twenty lines of narration, one sentence each, as a text split into sentences gives them. */
        private static final String SENTENCES = "The road ran down to the river .\n".repeat(20);

        @Test
        void aQuotationRightAfterOneBrokenOffWithADashIsTheOtherSpeakers() {
            Linking l = Linking.linked(SENTENCES + "“ Where is the key ? ” asked Ann Pole .\nTom Webb looked up .\n"
                    + "“ I think I left it by the -- ” “ By the door ? ”\n");
            assertEquals("Tom Webb", l.name(1));
            assertEquals("cut-in", l.quote(2).rule);
            assertEquals("Ann Pole", l.name(2));
        }

        @Test
        void whereParagraphsAreKeptOneParagraphIsOneSpeakers() {
            Linking l = Linking.linked("“Where is the key?” asked Ann Pole.\n\nTom Webb looked up.\n\n"
                    + "“I think I left it by the —” “by the door, I mean.”\n");
            assertEquals("Tom Webb", l.name(2));
        }
    }

    @Nested
    class AskedQuestion {

        @Test
        void aQuotationInAQuestionPutToSomeoneNamesNoSpeaker() {
            Linking l = Linking.linked("The landlord wrote to every flat.\n\n"
                    + "Tenants were asked in March whether the new boiler was “a real improvement,” and two in three answered no.");
            assertEquals("asked-question", l.quote(0).rule);
            assertFalse(l.quote(0).hasSpeaker());
        }

        @Test
        void theOneNamedAfterByAsksAndSoSpeaks() {
            Linking l = Linking.linked("The hearing ran late.\n\n"
                    + "Asked by Priya Ostrander whether the budget was “finally settled,” the treasurer only smiled.");
            assertEquals("asked-question", l.quote(0).rule);
            assertEquals("Priya Ostrander", l.mention(0));
        }

        @Test
        void theSubjectWhoAsksIsLeftToTheOtherRules() {
            assertFalse(applyAlone(Sieves.AskedQuestion.class, "The hearing ran late.\n\n"
                    + "Councillor Bram Tesh asked whether the budget was “finally settled” before the vote.", 0));
        }

        @Test
        void aQuotationAfterTheQuestionHasClosedIsTheAnswer() {
            assertFalse(applyAlone(Sieves.AskedQuestion.class, "The hearing ran late.\n\n"
                    + "Asked about the budget, Bram Tesh called it “finally settled.”", 0));
        }

        @Test
        void aQuotationRightAfterAPassiveAskedAndItsCommaIsTheQuestion() {
            Linking l = Linking.linked("The ferry sailed two hours late.\n\n"
                    + "The harbour master was asked, “Will the pier be mended by June?” She shrugged and walked off.");
            assertEquals("asked-question", l.quote(0).rule);
            assertFalse(l.quote(0).hasSpeaker());
        }

        @Test
        void aQuotationRightAfterSomeoneAskedIsLeftToTheOtherRules() {
            assertFalse(applyAlone(Sieves.AskedQuestion.class, "The ferry sailed two hours late.\n\n"
                    + "Odile Brennick asked, “Will the pier be mended by June?”", 0));
        }

        @Test
        void aQuotationAfterAReportingVerbIsTheAnswerThoughATitleHidTheComma() {
            assertFalse(applyAlone(Sieves.AskedQuestion.class, "The hearing ran late.\n\n"
                    + "Asked why he left the show “Night Desk,” Bram Tesh said the hours were “too long for anyone.”", 1));
        }

        @Test
        void aQuotationAfterTheCommaThatClosesTheQuestionIsNotInIt() {
            assertFalse(applyAlone(Sieves.AskedQuestion.class, "The hearing ran late.\n\n"
                    + "Asked about the dredging, the council's only word was “later.”", 0));
        }
    }

    @Nested
    class Inscription {

        @Test
        void aPlacardReadingWordsIsTheirSourceNotItsBearer() {
            Linking l = Linking.linked("Outside the depot, Wilma Ostrander waved a placard reading “Keep the Night Trains.”");
            assertEquals("inscription", l.quote(0).rule);
            assertEquals("a placard", l.mention(0));
        }

        @Test
        void aSignHeldByAQuantifierIsTheSignNotTheHolding() {
            Linking l = Linking.linked("Island residents packed the hall. Several held signs reading “Our ferry, not your bank.”");
            assertEquals("inscription", l.quote(0).rule);
            assertEquals("signs", l.mention(0));
        }

        @Test
        void aCapThatSaidWordsIsTheirSource() {
            Linking l = Linking.linked("At the turnip fair, Ezra Krell wore a cap that said, “Turnips Are Friends.”");
            assertEquals("inscription", l.quote(0).rule);
            assertEquals("a cap", l.mention(0));
        }

        @Test
        void theSourceOfTheWholeSentenceOutranksTheSign() {
            Linking l = Linking.linked("The toll vote is on Tuesday.\n\n“We will fight it,” Hal Dunmore said.\n\n"
                    + "According to the Tidewater Ledger, the banner read, “No Toll Road.”");
            assertEquals("according-to", l.quote(1).rule);
            assertEquals("the Tidewater Ledger", l.mention(1));
        }

        @Test
        void aLetterSayingWordsIsLeftToItsWriter() {
            assertFalse(applyAlone(Sieves.Inscription.class,
                    "Fenna Plumm sent a letter saying “the ferry must stay,” her aides said.", 0));
        }

        @Test
        void aNoteOrCardSayingWordsIsLeftToItsSender() {
            assertFalse(applyAlone(Sieves.Inscription.class,
                    "Petra Vantongeren sent the council a note saying “the well is dry.”", 0));
            assertFalse(applyAlone(Sieves.Inscription.class,
                    "Petra Vantongeren mailed her cousin a card that read, “Come home for the harvest.”", 0));
        }
    }

    @Nested
    class OwnedAnswer {

        @Test
        void aNameOwningTheReplyAfterTheQuotationIsTheSpeaker() {
            Linking l = Linking.linked("Cedric came in out of the rain.\n\n“Is the kettle on?” he asked.\n\n"
                    + "“It has been on this hour,” was Mrs. Tibbald’s tart reply.");
            assertEquals("owned-answer", l.quote(1).rule);
            assertEquals("Mrs. Tibbald’s", l.mention(1));
        }

        @Test
        void aPossessivePronounOwningTheAnswerIsTheSpeaker() {
            Linking l = Linking.linked("Winifred looked up from the ledger.\n\n“Not before Monday,” was her answer.");
            assertEquals("owned-answer", l.quote(0).rule);
            assertEquals("her", l.mention(0));
            assertEquals("Winifred", l.name(0));
        }

        @Test
        void myOwningTheReplyIsTheNarrator() {
            Linking l = Linking.linked("“Who are you?” asked the clerk.\n\n“Cedric Hoskins,” I said.\n\n"
                    + "“And your trade?”\n\n“I mend clocks,” was my reply.");
            assertEquals("owned-answer", l.quote(3).rule);
            assertEquals("Cedric Hoskins", l.name(3));
        }

        @Test
        void anotherOwnerBetweenThePronounAndTheNounIsNoOwnedAnswer() {
            assertFalse(applyAlone(Sieves.OwnedAnswer.class,
                    "Winifred sat down.\n\n“We leave at six,” was her brother’s answer.", 0));
        }

        @Test
        void aTextEndingInsideOrRightAfterTheAnswerIsReadToItsLastToken() {
            assertFalse(applyAlone(Sieves.OwnedAnswer.class, "“Never,” was", 0));
            assertFalse(applyAlone(Sieves.OwnedAnswer.class, "“Never,” was his", 0));
            assertFalse(applyAlone(Sieves.OwnedAnswer.class, "“Never,” was Mrs.", 0));
            assertTrue(applyAlone(Sieves.OwnedAnswer.class, "“Never,” was his answer", 0));
        }

        @Test
        void aNounGoingOnIntoAPhraseIsNoOwnedAnswer() {
            assertFalse(applyAlone(Sieves.OwnedAnswer.class,
                    "“Never,” was Cedric’s answer to the charge.", 0));
            assertFalse(applyAlone(Sieves.OwnedAnswer.class,
                    "“Never,” was the answer.", 0));
        }
    }

    @Nested
    class WithoutPastVerb {

        @Test
        void aVerbInEdAfterTheSubjectIsNoPartOfTheMention() {
            Linking l = Linking.linked("The old tollkeeper turned slowly and said, “The gate stays shut tonight.”");
            assertEquals("The old tollkeeper", l.mention(0));
        }

        @Test
        void aVerbInEdBeforeAnAdverbIsNoPartOfTheMention() {
            Linking l = Linking.linked("The clerk looked up. The tollkeeper frowned gravely over the ledger, "
                    + "and told the clerk “Raise the toll.”");
            assertEquals("The tollkeeper", l.mention(0));
        }

        @Test
        void aWordInEdAfterADeterminerIsTheHead() {
            Linking l = Linking.linked("The accused said, “I paid every toll.”");
            assertEquals("The accused", l.mention(0));
        }
    }

    @Nested
    class VoicePossessor {

        @Test
        void aNamedPersonsVoiceIsThatPerson() {
            Linking l = Linking.linked("“Is the tide in?” asked Wrenna.\n\n“Not yet,” said the pilot.\n\n"
                    + "“Then where is the ferry?” called Wrenna's voice from the dark.");
            assertEquals("Wrenna", l.mention(2));
            assertEquals(Mentions.NAME, l.quote(2).speakerType);
        }

        @Test
        void aDescribedPersonsVoiceIsThatPerson() {
            Linking l = Linking.linked("“Is the tide in?” asked Wrenna.\n\n“Not yet,” called the pilot's voice.");
            assertEquals("the pilot", l.mention(1));
            assertEquals(Mentions.DESCRIPTION, l.quote(1).speakerType);
        }
    }

    @Nested
    class NounAfterDeterminer {

        @Test
        void aCapitalizedDeterminerAloneOpensTheSpeakerNounAfterIt() {
            Linking l = Linking.linked("The pier closed early.\n\nAnother source inside the guild said, “Tolls will rise.”");
            assertEquals("Another source", l.mention(0));
            assertEquals(Mentions.DESCRIPTION, l.quote(0).speakerType);
        }
    }
    @Nested
    class EarlierSubject {

        private static final String TURNS = "“Is the ferry late?” asked Tavish.\n\n“It is always late,” said Quillon.\n\n"
                + "“Then we wait.”\n\n";

        @Test
        void aVerbAfterAListOfActsTakesTheSubjectPronounBeforeThem() {
            Linking l = Linking.linked(TURNS + "For a long while Quillon kept silent at the toll desk, counting coins, but at last he"
                    + " stacked the coins, shut the ledger, and said, “So the ferry is late once more.”");
            assertEquals("he", l.mention(3));
            assertEquals("earlier-subject", l.quote(3).rule);
        }

        @Test
        void aNameAfterAPrepositionIsPassedForTheSubjectBeforeIt() {
            Linking l = Linking.linked(TURNS + "For a long while Quillon kept silent at the toll desk, counting coins, but at last,"
                    + " nodding to Tavish, pointed at the pier and murmured, “The ferry will not come tonight.”");
            assertEquals("Quillon", l.mention(3));
            assertEquals("earlier-subject", l.quote(3).rule);
        }

        @Test
        void aPronounOpeningAClauseOfTimeIsNoSpeaker() {
            Linking l = Linking.found(TURNS + "Dervla counted the fares twice, and, as he pulled the skiff onto the shingle, remarked,"
                    + " “Bring the lantern too.”");
            assertTrue(new Sieves.EarlierSubject().apply(l.document(), 3));
            assertEquals("Dervla", l.mention(3));
        }

        @Test
        void aDescriptionOpeningTheSentenceSpeaksPastAnotherClause() {
            Linking l = Linking.found(TURNS + "His sister counted the fares twice; and, once the toll bell had rung, remarked,"
                    + " “We shall be home by dark.”");
            assertTrue(new Sieves.EarlierSubject().apply(l.document(), 3));
            assertEquals("His sister", l.mention(3));
        }

        @Test
        void aParagraphEndingOnTheVerbIntroducesTheNextQuotation() {
            Linking l = Linking.found(TURNS + "For a long while Quillon kept silent, but at last he leaned over the rail"
                    + " and, without looking up, went on:\n\n“The ferry will not come tonight.”");
            assertTrue(new Sieves.EarlierSubject().apply(l.document(), 3));
            assertEquals("he", l.mention(3));
        }
    }
}
