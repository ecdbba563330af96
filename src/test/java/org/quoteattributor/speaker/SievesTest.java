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
        void aShortFragmentWithNarrationAfterItIsMixed() {
            Linking l = Linking.found("The so-called “plan” failed.");
            l.document();
            assertTrue(l.quote(0).mixed);
        }
    }

    @Nested
    class TrailingVerb {

        @Test
        void subjectThenVerbAfterTheQuotation() {
            Linking l = Linking.linked("“We will win,” Smith said.");
            assertEquals("trailing-verb", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
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
        void aCueMustHaveASpeaker() {
            assertFalse(applyAlone(Sieves.TrailingVerb.class, "“We will win,” is often said.", 0));
        }
    }

    @Nested
    class LeadingVerb {

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
    }

    @Nested
    class ColonLabel {

        @Test
        void aNameRightBeforeAColon() {
            Linking l = Linking.linked("Smith: “We will win.”");
            assertEquals("colon-label", l.quote(0).rule);
            assertEquals("Smith", l.mention(0));
            assertEquals(":", l.cue(0));
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
        void anotherAttributedQuotationInTheParagraph() {
            Linking l = Linking.linked("“We will win,” Smith said. Jones left. “We always do.”");
            assertEquals("same-paragraph", l.quote(1).rule);
            assertEquals("Smith", l.mention(1));
        }

        @Test
        void notFromAnotherParagraph() {
            Linking l = Linking.found("“We will win,” Smith said.\n\nJones left. “We always do.”");
            Document d = l.document();
            assertTrue(Linking.sieve(Sieves.TrailingVerb.class).apply(d, 0));
            assertFalse(Linking.sieve(Sieves.SameParagraph.class).apply(d, 1));
        }
    }

    @Nested
    class ParagraphNarration {

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
        void notANameStandingAlone() {
            assertFalse(applyAlone(Sieves.ParagraphNarration.class, "Anne. “Can I go?”", 0));
        }
    }

    @Nested
    class PreviousParagraphNarration {

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
        void notForAQuotationAfterNarrationInItsOwnParagraph() {
            assertFalse(applyAlone(Sieves.PreviousParagraphNarration.class,
                    "Anne Lee turned away.\n\nThe rain stopped. “Can I go?”", 0));
        }
    }

    @Nested
    class Vocative {

        @Test
        void theAnswerToAQuotationAddressingSomeoneIsTheirs() {
            Linking l = Linking.linked("“Will you come, Emma?” Tom asked.\n\n“Gladly.”");
            assertEquals("vocative", l.quote(1).rule);
            assertEquals("Emma", l.mention(1));
        }

        @Test
        void notWithinOneParagraph() {
            Linking l = Linking.found("“Will you come, Emma?” Tom asked. “Gladly.”");
            assertFalse(Linking.sieve(Sieves.Vocative.class).apply(l.document(), 1));
        }
    }

    @Nested
    class AddressedNext {

        @Test
        void aTurnAnsweredByNameIsThatPersons() {
            Linking l = Linking.linked("The door opened.\n\n“Oh!”\n\n“What is the trouble, Emma?” Tom asked.");
            assertEquals("addressed-next", l.quote(0).rule);
            assertEquals("Emma", l.mention(0));
        }

        @Test
        void notWithinOneParagraph() {
            Linking l = Linking.linked("The door opened.\n\n“Oh!” “What is the trouble, Emma?” Tom asked.");
            assertNotEquals("addressed-next", l.quote(0).rule);
        }
    }

    @Nested
    class Conversation {

        @Test
        void unattributedTurnsAlternateBetweenTheTwoSpeakers() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\n“Then we can start.”\n\n“We can.”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Anne", l.mention(2));
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
        void theNearerAttributionDecides() {
            Linking l = Linking.linked("“Well?” Carl asked.\n\n“I am here,” Anne said.\n\n“So am I,” Bob said."
                    + "\n\n“Then we can start.”\n\n“We can,” Bob said.");
            assertEquals("Anne", l.mention(3));
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
        void notForAQuotationAfterNarrationInItsParagraph() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\nThe rain stopped. “Then we can start.”");
            assertFalse(l.quote(2).hasSpeaker());
        }

        @Test
        void aTurnThatAddressesThePersonAlternationGivesIsTheOthers() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“So am I,” Bob said.\n\n“Well, Anne?”");
            assertEquals("turn-taking", l.quote(2).rule);
            assertEquals("Bob", l.mention(2));
        }

        @Test
        void someoneWhoSpokeTheTwoTurnsBeforeDoesNotSpeakAThird() {
            Linking l = Linking.linked("“Hi,” Anne said.\n\n“Hello,” Carl said.\n\n“Are you well?” asked Carl.\n\n“Very.”");
            assertEquals("turn-taking", l.quote(3).rule);
            assertEquals("Anne", l.mention(3));
        }

        @Test
        void notWithOnlyOneSpeakerBefore() {
            Linking l = Linking.linked("“I am here,” Anne said.\n\n“Then we can start.”");
            assertFalse(l.quote(1).hasSpeaker());
        }
    }
}
