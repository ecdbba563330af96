package org.quoteattributor.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quoteattributor.QuoteMarks;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/**
 * The quotation finder on its own: the role it gives each mark, and the spans, paragraphs and
 * groups of what it finds, before any speaker is linked.
 */
class QuotationFinderTest {

    private static final SpeechVerbs VERBS = new SpeechVerbs(Set.of(), Set.of());

    /** One finder run over one text, with helpers to look at it by snippet. */
    private static final class Run {
        final String text;
        final TokenBuffer tokens;
        final QuotationFinder.Result result;

        Run(String text, boolean[] families) {
            this.text = text;
            this.tokens = Lexer.tokenize(text);
            this.result = new QuotationFinder(families, VERBS).find(tokens);
        }

        /** The role of the mark at the {@code nth} (0-based) occurrence of {@code mark}. */
        String role(String mark, int nth) {
            int at = -1;
            for (int k = 0; k <= nth; k++) {
                at = text.indexOf(mark, at + 1);
            }
            if (at < 0) {
                throw new AssertionError("test bug: no " + nth + "th «" + mark + "» in «" + text + "»");
            }
            int tok = tokens.indexAt(at);
            return MarkRole.name(result.roles[tok]);
        }

        String role(String mark) {
            return role(mark, 0);
        }

        List<FoundQuote> quotes() {
            return result.quotes;
        }

        FoundQuote only() {
            assertEquals(1, result.quotes.size(), () -> "quotations in «" + text + "»: " + result.quotes);
            return result.quotes.get(0);
        }

        String span(FoundQuote q) {
            return text.substring(q.start, q.end);
        }

        String content(FoundQuote q) {
            return text.substring(q.contentStart, q.contentEnd);
        }

        List<String> nested(FoundQuote q) {
            List<String> out = new ArrayList<>();
            if (q.nested != null) {
                for (int[] n : q.nested) {
                    out.add(text.substring(n[0], n[1]));
                }
            }
            return out;
        }
    }

    /** The families on by default: all but dialogue dashes. */
    private static boolean[] defaults() {
        boolean[] families = new boolean[QuoteMarks.values().length];
        Arrays.fill(families, true);
        families[QuoteMarks.DIALOGUE_DASH.ordinal()] = false;
        return families;
    }

    private static Run find(String text) {
        return new Run(text, defaults());
    }

    /** {@link #find} with dialogue dashes on, as {@code --dashes} asks. */
    private static Run withDashes(String text) {
        boolean[] families = defaults();
        families[QuoteMarks.DIALOGUE_DASH.ordinal()] = true;
        return new Run(text, families);
    }

    private static List<String> spans(Run r) {
        List<String> out = new ArrayList<>();
        for (FoundQuote q : r.quotes()) {
            out.add(r.span(q));
        }
        return out;
    }

    private static Run findWithout(String text, QuoteMarks off) {
        boolean[] families = defaults();
        families[off.ordinal()] = false;
        return new Run(text, families);
    }

    @Nested
    class Roles {

        @Test
        void marksAroundAMarkupAttributeValueAreMarkup() {
            Run r = find("<post id=\"42\" by=\"@ann\">Rain today.</post> “Yes,” she said.");
            assertEquals("markup", r.role("\"", 0));
            assertEquals("markup", r.role("\"", 1));
            assertEquals("markup", r.role("\"", 3));
            assertEquals(1, r.quotes().size());
        }

        @Test
        void anAttributeValueEndingWithALineBreakIsMarkupToo() {
            Run r = find("<post by=\"@ann\" date=\"May 2\n\">Rain today.</post> “Yes,” she said.");
            assertEquals("markup", r.role("\"", 2));
            assertEquals("markup", r.role("\"", 3));
            assertEquals(1, r.quotes().size());
        }

        @Test
        void marksAroundAnUtteranceOpenAndClose() {
            Run r = find("“Yes,” she said.");
            assertEquals("open", r.role("“"));
            assertEquals("close", r.role("”"));
        }

        @Test
        void aMarkBeforeDigitsIsAnElision() {
            assertEquals("elision", find("the ’90s were loud").role("’"));
        }

        @Test
        void aMarkBeforeALeftOutSyllableIsAnElision() {
            assertEquals("elision", find("’Tis the season").role("’"));
            assertEquals("elision", find("rock 'n' roll").role("'"));
        }

        @Test
        void aMarkAfterAPluralIsAnApostrophe() {
            assertEquals("apostrophe", find("the students’ union").role("’"));
        }

        @Test
        void aMarkAfterALeftOutLetterIsAnApostrophe() {
            assertEquals("apostrophe", find("we were goin’ home").role("’"));
        }

        @Test
        void aMarkEndingAClippedWordInsideSingleMarksIsAnElisionAndTheQuotationGoesOn() {
            Run r = find("‘I was mendin’ the nets,’ he said.");
            assertEquals("elision", r.role("’", 0));
            assertEquals("close", r.role("’", 1));
            assertEquals("‘I was mendin’ the nets,’", r.span(r.only()));
            Run straight = find("'A jug o' cider an' bread,' she said.");
            assertEquals("'A jug o' cider an' bread,'", straight.span(straight.only()));
            Run beforeComma = find("'We were waitin',' said the ferryman.");
            assertEquals("'We were waitin','", beforeComma.span(beforeComma.only()));
        }

        @Test
        void aMarkAfterAClippedWordClosesWhenAQuotationOpensAfterADashOrABracket() {
            Run dash = find("‘Keep rowin’ he shouted—‘faster,’ she added.");
            assertEquals("close", dash.role("’", 0));
            assertEquals("‘Keep rowin’", dash.span(dash.quotes().get(0)));
            assertEquals("‘faster,’", dash.span(dash.quotes().get(1)));
            Run bracket = find("'Keep rowin' he shouted ('faster,' she added).");
            assertEquals("'Keep rowin'", bracket.span(bracket.quotes().get(0)));
            assertEquals("'faster,'", bracket.span(bracket.quotes().get(1)));
        }

        @Test
        void aMarkAfterAWordInInClosesWhenNoMarkClosesLater() {
            Run r = find("'Mind the cabin' was all she wrote. Then she left for 'the pier' at noon.");
            assertEquals("close", r.role("'", 1));
            assertEquals("'Mind the cabin'", r.span(r.quotes().get(0)));
            Run opened = find("'Mind the cabin' and then, 'the pier,' she said.");
            assertEquals("'Mind the cabin'", opened.span(opened.quotes().get(0)));
        }

        @Test
        void anOpeningSingleGlyphInsideAWordIsAnApostrophe() {
            Run r = find("“We will win,” said the mayor‘s aide. “We must.”");
            assertEquals("apostrophe", r.role("‘"));
            assertEquals(2, r.quotes().size());
            assertEquals("“We must.”", r.span(r.quotes().get(1)));
        }

        @Test
        void aPossessiveInsideSingleMarksIsAnApostropheAndTheQuotationGoesOn() {
            Run r = find("‘The boys’ room is ours,’ she said.");
            assertEquals("apostrophe", r.role("’", 0));
            assertEquals("close", r.role("’", 1));
        }

        @Test
        void singleMarksInsideDoubleOnesAreNested() {
            Run r = find("“He said ‘no’ twice,” Smith said.");
            assertEquals("nested-open", r.role("‘"));
            assertEquals("nested-close", r.role("’"));
            assertEquals("close", r.role("”"));
        }

        @Test
        void aMarkOfAFamilySwitchedOffIsDisabled() {
            Run r = findWithout("\"Yes,\" she said.", QuoteMarks.STRAIGHT_DOUBLE);
            assertEquals("disabled", r.role("\"", 0));
            assertEquals("disabled", r.role("\"", 1));
            assertTrue(r.quotes().isEmpty());
        }

        @Test
        void aDoubleCloserInsideASingleQuotationIsUnpaired() {
            Run r = find("‘We win” now,’ she said.");
            assertEquals("unpaired", r.role("”"));
            assertEquals("‘We win” now,’", r.span(r.only()));
        }

        @Test
        void anUnclosedSingleMarkIsTakenForAnApostropheAndDropped() {
            Run r = find("He said ‘maybe and left.\n\nThen it rained.");
            assertEquals("unpaired", r.role("‘"));
            assertTrue(r.quotes().isEmpty());
        }

        @Test
        void marksDeeperThanTheLimitAreText() {
            // Alternating families, each opener inside the one before: 1 outer + 15 nested + 1 too deep.
            StringBuilder b = new StringBuilder();
            for (int level = 0; level <= QuotationFinder.MAX_DEPTH; level++) {
                b.append(level % 2 == 0 ? '“' : '‘').append("word ");
            }
            Run r = find(b.toString());
            assertEquals("open", r.role("“", 0));
            assertEquals("nested-open", r.role("‘", 7));
            assertEquals("too-deep", r.role("“", QuotationFinder.MAX_DEPTH / 2));
        }
    }

    @Nested
    class Spans {

        @Test
        void spanIncludesTheMarksAndContentLiesBetweenThem() {
            Run r = find("“We will win,” Smith said.");
            FoundQuote q = r.only();
            assertEquals("“We will win,”", r.span(q));
            assertEquals("We will win,", r.content(q));
            assertFalse(q.single);
        }

        @Test
        void singleMarksMakeASingleQuotation() {
            FoundQuote q = find("‘We will win,’ Smith said.").only();
            assertTrue(q.single);
        }

        @Test
        void nestedQuotationsAreContentSpans() {
            Run r = find("“He said ‘no’ twice,” Smith said.");
            assertEquals(List.of("no"), r.nested(r.only()));
        }

        @Test
        void aSameFamilyOpenerInsideNestsUntilTheNextCloser() {
            Run r = find("“The topic is the “bloodshed,” Smith wrote.");
            FoundQuote q = r.only();
            assertEquals("“The topic is the “bloodshed,”", r.span(q));
            assertEquals(List.of("bloodshed,"), r.nested(q));
        }

        @Test
        void anUnclosedQuotationEndsAtItsParagraphsLastToken() {
            Run r = find("Smith said: “We will win.  \n\nThe end came later.");
            assertEquals("“We will win.", r.span(r.only()));
            assertEquals(-1, r.only().closeMark);
        }

        @Test
        void germanMarksPairLowWithHigh() {
            Run r = find("„Gut,“ sagte sie.");
            assertEquals("open", r.role("„"));
            assertEquals("close", r.role("“"));
            assertEquals("„Gut,“", r.span(r.only()));
        }

        @Test
        void inwardGuillemetsPair() {
            Run r = find("»Ja,« sagte er.");
            assertEquals("»Ja,«", r.span(r.only()));
        }

        @Test
        void curlyMarksInsideSpacedGuillemetsNestAndTheOuterQuotationGoesOn() {
            Run r = find("Vasko shrugged. « Il a dit : “Partez.” Voilà tout », she said.");
            assertEquals("« Il a dit : “Partez.” Voilà tout »", r.span(r.only()));
            assertEquals("nested-open", r.role("“"));
            assertEquals("nested-close", r.role("”"));
            assertEquals(List.of("Partez."), r.nested(r.only()));
        }

        @Test
        void aDashLineGoesOnAfterEachOfItsTagsUpToTheNarrationAfterThem() {
            Run r = withDashes("— Yes, said Tallis, we will, said Wilda, at dawn —she added— and not later.");
            assertEquals(List.of("Yes,", "we will,", "at dawn", "and not later."), spans(r));
        }

        @Test
        void aDashLineOfManyTagsTakesLinearTime() {
            String text = "— Go" + ", said Tallis, go".repeat(300_000) + ".";
            // Looking for the narration again from each piece would take minutes; once, milliseconds.
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> withDashes(text));
            assertEquals(300_001, r.quotes().size());
        }

        @Test
        void guillemetsInsideSpacedGuillemetsNest() {
            Run r = find("Vasko shrugged. « Il a dit : « Partez. » Voilà tout », she said.");
            assertEquals("« Il a dit : « Partez. » Voilà tout »", r.span(r.only()));
        }

        @Test
        void guillemetsInsideCurlyMarksNest() {
            Run r = find("“He told us: «Go.» That was all,” said Vasko.");
            assertEquals("“He told us: «Go.» That was all,”", r.span(r.only()));
            assertEquals("nested-close", r.role("»"));
        }

        @Test
        void tokenizedTextWithSpacedMarksPairs() {
            Run r = find("\" Yes , \" he said .");
            assertEquals("\" Yes , \"", r.span(r.only()));
        }

        @Test
        void inTokenizedTextASingleMarkAfterTheTagOfAQuotationGoesOnWithIt() {
            Run r = find("' Not yet , ' said the clerk , ' but by noon it will be . '");
            assertEquals(2, r.quotes().size());
            assertEquals("' but by noon it will be . '", r.span(r.quotes().get(1)));
        }

        @Test
        void inTokenizedTextASpacedSingleMarkAfterACommaWithNoQuotationBeforeIsAnApostrophe() {
            Run r = find("the girls , ' coats were wet .");
            assertEquals("apostrophe", r.role("'"));
        }

        @Test
        void inTokenizedTextASpacedSingleMarkAfterAPluralBeforeACapitalIsAnApostrophe() {
            Run r = find("He worked in the Weavers ' Hall for years .\nThe porters ' lodge was shut .");
            assertEquals("apostrophe", r.role("'", 0));
            assertEquals(0, r.quotes().size());
        }

        @Test
        void inTokenizedTextASpacedSingleMarkAfterAReportingVerbInSOpensBeforeACapital() {
            Run r = find("And then he says ' Wait for me . '");
            assertEquals(1, r.quotes().size());
        }

        @Test
        void aDoubleQuotedSpeechOfManySentencesOneALineRunsToItsClosingMark() {
            StringBuilder b = new StringBuilder("Ann stood up : \" Listen .\n");
            for (int k = 0; k < 20; k++) {
                b.append("We walk on .\n");
            }
            b.append("That is all . \"\nShe sat down .");
            Run r = find(b.toString());
            assertEquals(1, r.quotes().size());
            assertTrue(r.span(r.only()).endsWith("That is all . \""));
        }

        @Test
        void speechLeftOpenOverLinesThatAddressSomebodyRunsToTheLineBeforeTheNextOpeningMark() {
            Run r = find("Ann said : \" Mind you go now .\nYou know the way .\n\" And be back soon . \"\nShe waved .");
            assertEquals(2, r.quotes().size());
            assertEquals("\" Mind you go now .\nYou know the way .", r.span(r.quotes().get(0)));
            assertEquals(r.quotes().get(0).group, r.quotes().get(1).group);
        }

        @Test
        void aQuotationLeftOpenBeforeALineOfNarrationEndsWithItsOwnLine() {
            Run r = find("\" Hello .\nShe left the room .\n\" Bye , \" he said .");
            assertEquals("\" Hello .", r.span(r.quotes().get(0)));
        }

        @Test
        void aQuotationLeftOpenBeforeALineOpeningWithAReportingVerbEndsWithItsOwnLine() {
            Run r = find("Tom rose .\n“ Not again !\nexclaimed Tom , and left .\nThe door shut .\nWe sat on . ”");
            assertEquals("“ Not again !", r.span(r.quotes().get(0)));
        }

        @Test
        void aSpacedMarkAfterALowerCaseWordOpensWhileAQuotationRunsOverLines() {
            Run r = find("Tom said : \" We will go .\nIt is late .\nHe called it \" the end \" and left .");
            assertEquals(2, r.quotes().size());
            assertEquals("\" We will go .", r.span(r.quotes().get(0)));
            assertEquals("\" the end \"", r.span(r.quotes().get(1)));
        }

        @Test
        void aTitleQuotedInsideSpeechRunningOverLinesIsNestedInIt() {
            Run r = find("Ann said : “ We rode home .\nMy aunt read only the “ Courier , ” and slept .\nThat was all . ”\nShe sat down .");
            assertEquals(1, r.quotes().size());
            assertTrue(r.span(r.only()).endsWith("That was all . ”"));
            assertEquals("nested-open", r.role("“", 1));
        }

        @Test
        void aQuotationAfterALowerCaseWordWithNoSecondCloserEndsTheSpeechLeftOpen() {
            Run r = find("Ann said : “ We rode home .\nMy aunt read only the “ Courier , ” and slept .\nShe sat down .");
            assertEquals(2, r.quotes().size());
            assertEquals("“ Courier , ”", r.span(r.quotes().get(1)));
        }

        @Test
        void inTokenizedTextAMarkFirstOnALineBeforeACapitalOpens() {
            // The first line lost its closing mark; the second line's mark must not close it.
            Run r = find("\" We are late .\n\" Then run , \" said Tom .");
            assertEquals(2, r.quotes().size());
            assertEquals("\" Then run , \"", r.span(r.quotes().get(1)));
        }

        @Test
        void inTokenizedTextAMarkLastOnALineAfterTheTagOfAClosedQuotationOpensTheNextLine() {
            Run r = find("\" Come in , \" she said . \"\nThe kettle is on .\nSit down . \"\nHe sat .");
            assertEquals(2, r.quotes().size());
            assertEquals("\"\nThe kettle is on .\nSit down . \"", r.span(r.quotes().get(1)));
            r = find("' Come in , ' she said . '\nThe kettle is on . '\nHe sat .");
            assertEquals(2, r.quotes().size());
            assertEquals("'\nThe kettle is on . '", r.span(r.quotes().get(1)));
        }

        @Test
        void inTokenizedTextAMarkAfterATagsFullStopAtTheVeryEndOfTheTextIsRead() {
            Run r = find("\" Come in , \" she said . \"");
            assertEquals("\" Come in , \"", r.span(r.quotes().get(0)));
            assertEquals("\"", r.span(r.quotes().get(r.quotes().size() - 1)), "the last mark opens, with nothing to hold");
            assertTrue(find(". \"").quotes().size() <= 1, "a mark with nothing after it");
            assertTrue(find("\"").quotes().size() <= 1, "a text of one mark");
        }

        @Test
        void inTokenizedTextAMarkLastOnALineAfterAFullStopWithNoTagCloses() {
            Run r = find("\" Come in , \" and the door shut . \"\nThe kettle is on .");
            assertEquals(1, r.quotes().size());
        }

        @Test
        void inTokenizedTextAMarkLastOnALineCloses() {
            // An opener went missing: the mark ending the line closes, it does not open.
            Run r = find("Tom left .\nWe will stay here . \"\n\" No , \" said Ann .");
            assertEquals("\" No , \"", r.span(r.quotes().get(r.quotes().size() - 1)));
        }
    }

    @Nested
    class Repairs {

        @Test
        void aClosingGlyphOpensAtTheStartOfAParagraph() {
            Run r = find("Smith spoke.\n\n” We will win,” Smith said.");
            assertEquals("open", r.role("”", 0));
            assertEquals("” We will win,”", r.span(r.only()));
        }

        @Test
        void aCloserAfterAnAttributionContinuesTheQuotationAfterADash() {
            Run r = find("“We will win,” Smith said. – We will fight on.”");
            assertEquals(2, r.quotes().size());
            FoundQuote second = r.quotes().get(1);
            assertEquals("We will fight on.”", r.span(second));
            assertEquals(-1, second.openMark);
            assertEquals(r.quotes().get(0).group, second.group);
        }

        @Test
        void aCloserWithoutAttributionBetweenMakesThePreviousCloserANestedOpener() {
            Run r = find("“I will ask him:” are you sure?” Smith said.");
            FoundQuote q = r.only();
            assertEquals("nested-open", r.role("”", 0));
            assertEquals("close", r.role("”", 1));
            assertEquals("“I will ask him:” are you sure?”", r.span(q));
            assertEquals(List.of(" are you sure?"), r.nested(q));
        }

        @Test
        void aCloserWithNothingBeforeItStartsAtTheParagraphStart() {
            Run r = find("Intro.\n\nWe will win, we will fight.” Smith said it twice.");
            FoundQuote q = r.only();
            assertEquals("We will win, we will fight.”", r.span(q));
            assertEquals(q.start, q.contentStart);
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void blankLinesSeparateParagraphsWhenTheTextHasThem() {
            QuotationFinder.Result r = find("One.\n\nTwo\nthree.\n\nFour.").result;
            assertEquals(3, r.paragraphs);
        }

        @Test
        void lineBreaksSeparateParagraphsInATextWithoutBlankLines() {
            QuotationFinder.Result r = find("One.\nTwo.\nThree.").result;
            assertEquals(3, r.paragraphs);
        }

        @Test
        void aLineOpeningInLowerCaseGoesOnWithTheParagraphBefore() {
            Run r = find("The door banged.\n“Stop!”\ncried a voice from the hall.\nNobody moved.");
            assertEquals(3, r.result.paragraphs);
            assertEquals(1, r.only().paragraph);
        }

        @Test
        void paragraphOfFindsTheParagraphOfAToken() {
            Run r = find("One.\n\nTwo words.");
            int two = r.tokens.indexAt(r.text.indexOf("words"));
            assertEquals(1, r.result.paragraphOf(two));
            assertEquals(0, r.result.paragraphOf(0));
        }

        @Test
        void eachQuotationKnowsItsParagraph() {
            Run r = find("“A,” he said.\n\n“B,” she said.");
            assertEquals(0, r.quotes().get(0).paragraph);
            assertEquals(1, r.quotes().get(1).paragraph);
        }

        @Test
        void aQuotationRunOverParagraphsSharesOneGroup() {
            Run r = find("Smith said: “We will fight.\n\n“We will never stop.\n\n“Not ever.”\n\nThe end.");
            assertEquals(3, r.quotes().size());
            for (FoundQuote q : r.quotes()) {
                assertEquals(0, q.group, r.span(q));
            }
            assertEquals(-1, r.quotes().get(0).closeMark);
            assertEquals("“Not ever.”", r.span(r.quotes().get(2)));
        }

        @Test
        void aQuotationNotContinuedInTheNextParagraphEndsItsGroup() {
            Run r = find("Smith said: “We will fight.\n\nJones left. “No,” he said.");
            assertEquals(0, r.quotes().get(0).group);
            assertEquals(1, r.quotes().get(1).group);
        }

        @Test
        void inATextWithBlankLinesALongLineEndingASentenceEndsAnUnclosedQuotationBeforeALineOpeningAnother() {
            Run r = find("The vote.\n\nLee spoke first. “We have waited for this bridge for twenty years, and the town "
                    + "has paid for it twice over, in tolls and in time.\n“It opens in May,” Kim said.");
            assertEquals(2, r.quotes().size());
            assertEquals(-1, r.quotes().get(0).closeMark);
            assertEquals("“It opens in May,”", r.span(r.quotes().get(1)));
        }

        @Test
        void aLongLineEndingASentenceBeforeASingleMarkDoesNotEndTheQuotation() {
            Run r = find("The vote.\n\nLee spoke first. “We have waited for this bridge for twenty years, and the town "
                    + "has paid for it twice over, in tolls and in time.\n‘Soon’ is the word they use.”\nKim said no.");
            assertEquals(1, r.quotes().size());
            assertEquals(1, r.nested(r.only()).size());
        }

        @Test
        void inAHardWrappedTextAShortLineEndingASentenceDoesNotEndTheQuotation() {
            Run r = find("The vote.\n\nLee said, “We waited.\n“Long” is the word. Twenty years.”\nKim said no.");
            assertEquals(1, r.quotes().size());
            assertEquals(1, r.nested(r.only()).size());
        }

        @Test
        void aQuotationMayRunOverLinesThatItsNextMarkCloses() {
            Run r = find("Smith said: “We will win\nthe race.”\nJones left.");
            assertEquals("“We will win\nthe race.”", r.span(r.only()));
        }

        @Test
        void anOpenerOnALaterLineCutsTheOpenQuotationAtTheLineBreak() {
            Run r = find("Smith said: “We will win.\nJones said: “No.”");
            assertEquals(2, r.quotes().size());
            assertEquals("“We will win.", r.span(r.quotes().get(0)));
            assertEquals("“No.”", r.span(r.quotes().get(1)));
        }
    }

    @Test
    void aTextWithoutMarksHasNoQuotationsAndNoRoles() {
        Run r = find("Nothing is quoted here.");
        assertTrue(r.quotes().isEmpty());
        for (byte role : r.result.roles) {
            assertEquals(MarkRole.NONE, role);
        }
    }

    @Test
    void everyRoleHasAName() {
        for (byte role = MarkRole.NONE; role <= MarkRole.TOO_DEEP; role++) {
            assertFalse(MarkRole.name(role).isEmpty());
        }
        assertEquals("none", MarkRole.name((byte) 99));
    }

    @Test
    void aFreshQuotationHasNoSpeaker() {
        FoundQuote q = find("“Yes.”").only();
        assertFalse(q.hasSpeaker());
        assertEquals("none", q.rule);
        assertNull(q.nested);
    }
}
