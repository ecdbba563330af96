package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattributor.Texts.cue;
import static org.quoteattributor.Texts.mention;
import static org.quoteattributor.Texts.name;
import static org.quoteattributor.Texts.onlyQuote;
import static org.quoteattributor.Texts.spanOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The front door with the default configuration: which quotations are found in a sentence, and
 * who is named as the speaker of each. Builder options are in {@link AttributorTest}.
 */
class QuoteAttributorTest {

    @Nested
    class ReportingPatterns {

        @Test
        void verbAfterQuotationWithSubjectFirst() {
            String text = "“We will win,” Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "“We will win,”"), q.span());
            assertEquals("Smith", mention(q));
            assertEquals(spanOf(text, "Smith"), q.speaker().orElseThrow().span());
            assertEquals(spanOf(text, "said"), q.cue().orElseThrow().span());
            assertEquals("trailing-verb", q.rule());
        }

        @Test
        void straightMarksWorkLikeCurlyOnes() {
            String text = "\"We will win,\" Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "\"We will win,\""), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void verbAfterQuotationWithSubjectAfterIt() {
            String text = "“We will win,” said Smith.";
            Quote q = onlyQuote(text);
            assertEquals("Smith", mention(q));
            assertEquals("said", cue(q));
            assertEquals("trailing-verb-inverted", q.rule());
        }

        @Test
        void speakerAndVerbBeforeAColon() {
            String text = "Smith said: “We will win.”";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "“We will win.”"), q.span());
            assertEquals("Smith", mention(q));
            assertEquals("leading-verb", q.rule());
        }

        @Test
        void theListenerOfToldIsNotTheSpeaker() {
            String text = "Smith told Jones “we will win.”";
            Quote q = onlyQuote(text);
            assertEquals("Smith", mention(q));
            assertEquals("told", cue(q));
        }

        @Test
        void theListenerOfToldIsNotTheSpeakerAfterTheQuotationEither() {
            String text = "“We will win,” Smith told Jones.";
            assertEquals("Smith", mention(onlyQuote(text)));
        }

        @Test
        void writtenQuotationWithPlaceAfterTheVerb() {
            String text = "“We will win,” Smith wrote in a post.";
            Quote q = onlyQuote(text);
            assertEquals("Smith", mention(q));
            assertEquals("wrote", cue(q));
        }

        @Test
        void writtenQuotationEndingInAFullStop() {
            String text = "“We will win.” Smith wrote in a post.";
            assertEquals("Smith", mention(onlyQuote(text)));
        }

        @Test
        void accordingToBeforeTheQuotation() {
            String text = "According to Smith, the plan is “dead on arrival.”";
            Quote q = onlyQuote(text);
            assertEquals("Smith", mention(q));
            assertEquals("According to", cue(q));
            assertEquals("according-to", q.rule());
        }

        @Test
        void aFragmentWovenIntoNarrationIsMixed() {
            String text = "Smith said the plan was “a disgrace to the city.”";
            Quote q = onlyQuote(text);
            assertEquals(Quote.Kind.MIXED, q.kind());
            assertEquals("Smith", mention(q));
        }

        @Test
        void aQuotationStandingAloneIsDirect() {
            assertEquals(Quote.Kind.DIRECT, onlyQuote("“We will win,” Smith said.").kind());
        }

        @Test
        void noSpeakerIsGuessedWithoutAnyCue() {
            Quote q = onlyQuote("“We will never stop.”");
            assertTrue(q.speaker().isEmpty());
            assertTrue(q.cue().isEmpty());
            assertEquals("none", q.rule());
        }
    }

    @Nested
    class Speakers {

        @Test
        void aTitleStaysInTheMentionButNotInTheName() {
            String text = "“We will win,” said Sen. Jane Roe.";
            Quote q = onlyQuote(text);
            assertEquals("Sen. Jane Roe", mention(q));
            assertEquals(Speaker.Type.NAME, q.speaker().orElseThrow().type());
            assertEquals("Jane Roe", name(q));
        }

        @Test
        void initialsAreOneWordOfTheName() {
            String text = "“We will win,” J.K. Doe said.";
            Quote q = onlyQuote(text);
            assertEquals("J.K. Doe", mention(q));
            assertEquals("J.K. Doe", name(q));
        }

        @Test
        void severalTitlesBeforeInitials() {
            String text = "Vice President J.K. Doe told reporters: “We will win.”";
            Quote q = onlyQuote(text);
            assertEquals("Vice President J.K. Doe", mention(q));
            assertEquals("J.K. Doe", name(q));
        }

        @Test
        void aSurnameStandsForTheFullNameGivenEarlier() {
            String text = "Jane Roe spoke at noon. “We will win,” Roe said.";
            Quote q = onlyQuote(text);
            assertEquals("Roe", mention(q));
            assertEquals("Jane Roe", name(q));
        }

        @Test
        void aPronounStandsForThePersonNamedBefore() {
            String text = "Ann Lee spoke first. “Thank you,” she said.";
            Quote q = onlyQuote(text);
            assertEquals("she", mention(q));
            assertEquals(Speaker.Type.PRONOUN, q.speaker().orElseThrow().type());
            assertEquals("Ann Lee", name(q));
        }

        @Test
        void aPronounSkipsAPersonOfTheOtherGender() {
            String text = "Mrs. Jane Roe thanked Mr. Bob Smith. “We will win,” she said.";
            assertEquals("Jane Roe", name(onlyQuote(text)));
        }

        @Test
        void aPronounWithNobodyBeforeItStaysAPronoun() {
            Quote q = onlyQuote("“We will win,” she said.");
            assertEquals("she", mention(q));
            assertEquals("she", name(q));
        }

        @Test
        void aDescriptionWithItsDeterminer() {
            String text = "“We will win,” a campaign spokeswoman said.";
            Quote q = onlyQuote(text);
            assertEquals("a campaign spokeswoman", mention(q));
            assertEquals(Speaker.Type.DESCRIPTION, q.speaker().orElseThrow().type());
        }

        @Test
        void aDescriptionAfterTheVerb() {
            assertEquals("a campaign spokeswoman", mention(onlyQuote("“We will win,” said a campaign spokeswoman.")));
        }

        @Test
        void aBarePluralRoleNoun() {
            Quote q = onlyQuote("“We will win,” officials said.");
            assertEquals("officials", mention(q));
            assertEquals(Speaker.Type.DESCRIPTION, q.speaker().orElseThrow().type());
        }

        @Test
        void anAppositionBetweenSubjectAndVerb() {
            String text = "Jane Roe, a senator from Ohio, said: “We will win.”";
            assertEquals("Jane Roe", mention(onlyQuote(text)));
        }
    }

    @Nested
    class Interrupted {

        @Test
        void bothPartsHaveTheSpeaker() {
            String text = "“Yes,” she said, “we will.”";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(spanOf(text, "“Yes,”"), quotes.get(0).span());
            assertEquals(spanOf(text, "“we will.”"), quotes.get(1).span());
            assertEquals(quotes.get(0).speaker(), quotes.get(1).speaker());
            assertEquals("she", mention(quotes.get(1)));
        }

        @Test
        void aSecondSentenceAfterAFullStopKeepsTheSpeakerButNotTheGroup() {
            String text = "“Yes,” Smith said. “We will.”";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(0, quotes.get(0).group());
            assertEquals(1, quotes.get(1).group());
            assertEquals("Smith", mention(quotes.get(1)));
        }

        @Test
        void anotherSpeakersQuotationStartsItsOwnGroup() {
            String text = "“We will win,” Smith told Jones. “You will lose,” Jones said.";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(1, quotes.get(1).group());
            assertEquals("Jones", mention(quotes.get(1)));
        }
    }

    @Nested
    class Apostrophes {

        @Test
        void contractionsPossessivesAndElisionsAreNoQuotations() {
            String text = "I don’t know why the students’ union met in the ’90s to play rock 'n' roll.";
            assertEquals(List.of(), QuoteAttributor.attribute(text));
        }

        @Test
        void straightApostrophesAreNoQuotations() {
            assertEquals(List.of(), QuoteAttributor.attribute("The students' union met in the '90s."));
        }

        @Test
        void poeticElisionsAreNoQuotations() {
            assertEquals(List.of(), QuoteAttributor.attribute("’Tis the season, and we’re goin’ home ’round noon."));
        }

        @Test
        void apostrophesInsideAQuotationStayInItsText() {
            String text = "“I don’t know what the ’90s meant,” she said.";
            Quote q = onlyQuote(text);
            assertEquals("I don’t know what the ’90s meant,", q.text());
            assertEquals("she", mention(q));
        }

        @Test
        void aPossessiveInsideSingleMarksDoesNotCloseThem() {
            String text = "‘The boys’ room is ours,’ she said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "‘The boys’ room is ours,’"), q.span());
        }

        @Test
        void singleMarksAroundAnUtterance() {
            String text = "‘We will win,’ Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "‘We will win,’"), q.span());
            assertEquals("Smith", mention(q));
        }
    }

    @Nested
    class Nesting {

        @Test
        void theOutermostQuotationIsReportedWithTheInnerOneNested() {
            String text = "“He said ‘no’ twice,” Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "“He said ‘no’ twice,”"), q.span());
            assertEquals(List.of(spanOf(text, "no")), q.nested());
            assertEquals("Smith", mention(q));
        }

        @Test
        void straightSingleMarksInsideStraightDoubleOnes() {
            String text = "\"He said 'no' twice,\" Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "\"He said 'no' twice,\""), q.span());
            assertEquals(List.of(spanOf(text, "no")), q.nested());
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void anUnclosedQuotationEndsAtItsParagraphsEnd() {
            String text = "Smith said: “We will win and they will lose.\n\nThe end came later.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "“We will win and they will lose."), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void aSingleLineBreakDoesNotEndAParagraphInTextWithBlankLines() {
            String text = "Smith said: “We will win\nand they will lose.\n\nThe end came later.";
            Quote q = onlyQuote(text);
            assertEquals("We will win\nand they will lose.", q.text());
        }

        @Test
        void aQuotationOverParagraphsOpensEachAndClosesOnlyTheLast() {
            String text = "Smith said: “We will fight.\n\n“We will never stop.”\n\nThe crowd cheered.";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(spanOf(text, "“We will fight."), quotes.get(0).span());
            assertEquals(spanOf(text, "“We will never stop.”"), quotes.get(1).span());
            assertEquals(quotes.get(0).group(), quotes.get(1).group());
            assertEquals("Smith", mention(quotes.get(1)));
        }

        @Test
        void inTextWithoutBlankLinesAnOpenerOnTheNextLineEndsTheOpenQuotation() {
            String text = "Smith said: “We will win.\n“No,” Jones said.";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(spanOf(text, "“We will win."), quotes.get(0).span());
            assertEquals("Smith", mention(quotes.get(0)));
            assertEquals("Jones", mention(quotes.get(1)));
        }

        @Test
        void inTextWithoutBlankLinesAQuotationRunsOnWhenTheNextLineClosesIt() {
            String text = "Smith said: “We will win.\nThey will lose.”";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "“We will win.\nThey will lose.”"), q.span());
        }

        @Test
        void crlfLineBreaksMakeBlankLinesToo() {
            String text = "Smith said: “We will win\r\nand they will lose.\r\n\r\nThe end came later.";
            assertEquals("We will win\r\nand they will lose.", onlyQuote(text).text());
        }
    }

    @Nested
    class Repairs {

        @Test
        void aClosingMarkUsedAsAnOpenerAtTheStartOfAParagraph() {
            String text = "Smith spoke.\n\n” We will win,” Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "” We will win,”"), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void aQuotationContinuedAfterADashWithoutAnOpeningMark() {
            String text = "“We will win,” Smith said. – We will fight on.”";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            Quote second = quotes.get(1);
            assertEquals(spanOf(text, "We will fight on.”"), second.span());
            assertEquals(second.span().start(), second.content().start());
            assertEquals(quotes.get(0).group(), second.group());
            assertEquals("Smith", mention(second));
            assertEquals("continued", second.rule());
        }

        @Test
        void aClosingMarkWithNoOpenerStartsItsQuotationAtTheParagraphStart() {
            String text = "We will win, we will fight.” Smith said it twice.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "We will win, we will fight.”"), q.span());
        }
    }

    @Nested
    class MarkFamilies {

        @Test
        void germanLowNineOpenerClosedByTheHighOne() {
            String text = "„We will win,“ Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "„We will win,“"), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void guillemets() {
            String text = "«We will win,» Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "«We will win,»"), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void spacedGuillemetsAsInFrenchTypesetting() {
            String text = "« We will win », Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(spanOf(text, "« We will win »"), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void guillemetsPointingInward() {
            String text = "»We will win,« Smith said.";
            assertEquals(spanOf(text, "»We will win,«"), onlyQuote(text).span());
        }

        @Test
        void singleGuillemets() {
            String text = "‹We will win,› Smith said.";
            assertEquals(spanOf(text, "‹We will win,›"), onlyQuote(text).span());
        }

        @Test
        void cornerBrackets() {
            String text = "「We will win,」 Smith said.";
            assertEquals(spanOf(text, "「We will win,」"), onlyQuote(text).span());
        }
    }

    @Nested
    class Input {

        @Test
        void nullTextIsRejectedNamingTheArgument() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> QuoteAttributor.attribute(null));
            assertEquals("text", e.getMessage());
        }

        @Test
        void emptyAndBlankTextHaveNoQuotations() {
            assertEquals(List.of(), QuoteAttributor.attribute(""));
            assertEquals(List.of(), QuoteAttributor.attribute(" \n\n\t "));
        }

        @Test
        void textWithoutMarksHasNoQuotations() {
            assertEquals(List.of(), QuoteAttributor.attribute("Smith said that they will win."));
        }

        @Test
        void theResultIsUnmodifiable() {
            List<Quote> quotes = QuoteAttributor.attribute("“We will win,” Smith said.");
            assertThrows(UnsupportedOperationException.class, () -> quotes.remove(0));
            assertThrows(UnsupportedOperationException.class, () -> quotes.get(0).nested().add(new Span(0, 0)));
        }

        @Test
        void theFrontDoorUsesTheDefaultAttributor() {
            assertSame(QuoteAttributor.defaultAttributor(), QuoteAttributor.defaultAttributor());
            String text = "“We will win,” Smith said.";
            assertEquals(QuoteAttributor.defaultAttributor().attribute(text), QuoteAttributor.attribute(text));
        }

        @Test
        void offsetsCountUtf16UnitsPastEmoji() {
            String text = "\uD83D\uDE00 “We will win,” Smith said.";
            Quote q = onlyQuote(text);
            assertEquals(new Span(3, 17), q.span());   // the emoji is two chars, then a space
            assertEquals(spanOf(text, "Smith"), q.speaker().orElseThrow().span());
        }
    }
}
