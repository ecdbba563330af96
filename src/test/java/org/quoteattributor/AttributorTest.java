package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattributor.Texts.cue;
import static org.quoteattributor.Texts.mention;
import static org.quoteattributor.Texts.onlyQuote;
import static org.quoteattributor.Texts.spanOf;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Attributors built with {@link QuoteAttributor#builder()}: each option, and how bad settings are refused. */
class AttributorTest {

    private static final String SAID = "“We will win,” Smith said.";

    @Nested
    class SpeechVerbs {

        @Test
        void anAddedVerbBecomesACue() {
            String text = "Smith harrumphed: “We will win.”";
            assertTrue(QuoteAttributor.attribute(text).get(0).cue().isEmpty());
            Attributor a = QuoteAttributor.builder().addSpeechVerbs("harrumphed").build();
            Quote q = onlyQuote(a.attribute(text), text);
            assertEquals("Smith", mention(q));
            assertEquals("harrumphed", cue(q));
            assertEquals("leading-verb", q.rule());
        }

        @Test
        void anAddedVerbMatchesIgnoringCase() {
            Attributor a = QuoteAttributor.builder().addSpeechVerbs("HARRUMPHED").build();
            assertEquals("harrumphed", cue(a.attribute("Smith harrumphed: “We will win.”").get(0)));
        }

        @Test
        void anAddedPhraseIsMatchedWordByWord() {
            String text = "“We will win,” Smith piped up.";
            Attributor a = QuoteAttributor.builder().addSpeechVerbs("  piped   up ").build();
            Quote q = onlyQuote(a.attribute(text), text);
            assertEquals("Smith", mention(q));
            assertEquals("piped up", cue(q));
        }

        @Test
        void verbsMayBeAddedAsACollection() {
            Attributor a = QuoteAttributor.builder().addSpeechVerbs(List.of("harrumphed", "grumbled")).build();
            assertEquals("grumbled", cue(a.attribute("Smith grumbled: “We will win.”").get(0)));
        }

        @Test
        void aRemovedFormIsNoLongerACue() {
            Attributor a = QuoteAttributor.builder().removeSpeechVerbs("said").build();
            Quote q = onlyQuote(a.attribute(SAID), SAID);
            assertTrue(q.speaker().isEmpty());
            assertEquals("none", q.rule());
        }

        @Test
        void removingOneFormLeavesTheOtherForms() {
            Attributor a = QuoteAttributor.builder().removeSpeechVerbs("said").build();
            assertEquals("Smith", mention(a.attribute("“We will win,” Smith says.").get(0)));
        }

        @Test
        void removingAfterAddingWins() {
            Attributor a = QuoteAttributor.builder().addSpeechVerbs("harrumphed").removeSpeechVerbs("Harrumphed").build();
            assertTrue(a.attribute("Smith harrumphed: “We will win.”").get(0).cue().isEmpty());
        }

        @Test
        void addingAfterRemovingWins() {
            Attributor a = QuoteAttributor.builder().removeSpeechVerbs("said").addSpeechVerbs("said").build();
            assertEquals("Smith", mention(a.attribute(SAID).get(0)));
        }
    }

    @Nested
    class QuoteMarkFamilies {

        @Test
        void straightDoubleMarksSwitchedOff() {
            Attributor a = QuoteAttributor.builder().quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE)).build();
            assertEquals(List.of(), a.attribute("\"We will win,\" Smith said."));
            assertEquals("Smith", mention(a.attribute(SAID).get(0)));
        }

        @Test
        void curlySingleMarksSwitchedOffAreNeitherQuotationsNorNested() {
            Set<QuoteMarks> marks = EnumSet.complementOf(EnumSet.of(QuoteMarks.CURLY_SINGLE, QuoteMarks.DIALOGUE_DASH));
            Attributor a = QuoteAttributor.builder().quoteMarks(marks).build();
            assertEquals(List.of(), a.attribute("‘We will win,’ Smith said."));
            String text = "“He said ‘no’ twice,” Smith said.";
            Quote q = onlyQuote(a.attribute(text), text);
            assertEquals(spanOf(text, "“He said ‘no’ twice,”"), q.span());
            assertEquals(List.of(), q.nested());
        }

        @Test
        void guillemetsSwitchedOff() {
            Attributor a = QuoteAttributor.builder()
                    .quoteMarks(EnumSet.complementOf(EnumSet.of(QuoteMarks.GUILLEMETS, QuoteMarks.DIALOGUE_DASH))).build();
            assertEquals(List.of(), a.attribute("«We will win,» Smith said."));
        }

        @Test
        void aLowNineMarkSwitchedOffIsNoOpener() {
            Attributor a = QuoteAttributor.builder()
                    .quoteMarks(EnumSet.complementOf(EnumSet.of(QuoteMarks.LOW_NINE, QuoteMarks.DIALOGUE_DASH))).build();
            String text = "„We will win,“ Smith said.";
            Quote q = onlyQuote(a.attribute(text), text);
            // Only the high mark is left: a closer with no opener, so the quotation runs from the paragraph start.
            assertEquals(0, q.content().start());
            assertEquals("„We will win,", q.text());
        }

        @Test
        void dialogueDashesAreOffByDefault() {
            assertEquals(List.of(), QuoteAttributor.attribute("— We will win —said Smith."));
        }

        @Test
        void dialogueDashesWhenAskedFor() {
            String text = "— We will win —said Smith.";
            Attributor a = QuoteAttributor.builder()
                    .quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE, QuoteMarks.DIALOGUE_DASH)).build();
            Quote q = onlyQuote(a.attribute(text), text);
            assertEquals(spanOf(text, "We will win"), q.span());
            assertEquals("Smith", mention(q));
        }

        @Test
        void anEnglishTagAfterACommaEndsALineOfDialogueOpenedByADash() {
            String text = "The talks went on.\n\n— We will stay as long as it takes, said one docker.\n\n— And longer, she said.";
            Attributor a = QuoteAttributor.builder()
                    .quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE, QuoteMarks.DIALOGUE_DASH)).build();
            List<Quote> quotes = a.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(spanOf(text, "We will stay as long as it takes,"), quotes.get(0).span());
            assertEquals("one docker", mention(quotes.get(0)));
            assertEquals(spanOf(text, "And longer,"), quotes.get(1).span());
            assertEquals("she", mention(quotes.get(1)));
        }

        @Test
        void theSpeechGoesOnAfterATagClosedByAComma() {
            String text = "— Yes, said Tallis, we will pay.";
            Attributor a = QuoteAttributor.builder()
                    .quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE, QuoteMarks.DIALOGUE_DASH)).build();
            List<Quote> quotes = a.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(spanOf(text, "we will pay."), quotes.get(1).span());
            assertEquals("Tallis", mention(quotes.get(1)));
            assertEquals(quotes.get(0).group(), quotes.get(1).group());
        }

        @Test
        void everyFamilySwitchedOffFindsNothing() {
            Attributor a = QuoteAttributor.builder().quoteMarks(EnumSet.noneOf(QuoteMarks.class)).build();
            assertEquals(List.of(), a.attribute(SAID));
            assertEquals(List.of(), a.attribute("\"We will win,\" Smith said. «Yes,» Jones said."));
        }

        @Test
        void theBuilderCopiesTheSetItIsGiven() {
            EnumSet<QuoteMarks> marks = EnumSet.of(QuoteMarks.CURLY_DOUBLE);
            QuoteAttributor.Builder b = QuoteAttributor.builder().quoteMarks(marks);
            marks.clear();
            assertEquals(1, b.build().attribute(SAID).size());
        }
    }

    @Nested
    class MaxSpeakerDistance {

        @Test
        void aCueFurtherThanTheDistanceIsNotFollowed() {
            Attributor a = QuoteAttributor.builder().maxSpeakerDistance(3).build();
            Quote q = onlyQuote(a.attribute(SAID), SAID);
            assertTrue(q.speaker().isEmpty());
        }

        @Test
        void aLeadingVerbFurtherThanTheDistanceIsNotFollowed() {
            String text = "Smith said at the rally in the town square on Monday evening: “We will win.”";
            assertEquals("Smith", mention(onlyQuote(text)));
            Attributor a = QuoteAttributor.builder().maxSpeakerDistance(20).build();
            assertTrue(a.attribute(text).get(0).cue().map(c -> !c.text().equals("said")).orElse(true));
        }

        @Test
        void theDefaultReachesANearbyCue() {
            assertEquals(250, QuoteAttributor.Builder.DEFAULT_MAX_SPEAKER_DISTANCE);
            Attributor a = QuoteAttributor.builder().maxSpeakerDistance(QuoteAttributor.Builder.DEFAULT_MAX_SPEAKER_DISTANCE).build();
            assertEquals(QuoteAttributor.attribute(SAID), a.attribute(SAID));
        }

        @Test
        void theLargestDistanceIsAccepted() {
            Attributor a = QuoteAttributor.builder().maxSpeakerDistance(Integer.MAX_VALUE).build();
            assertEquals("Smith", mention(a.attribute(SAID).get(0)));
        }

        @Test
        void zeroIsAccepted() {
            Attributor a = QuoteAttributor.builder().maxSpeakerDistance(0).build();
            assertEquals(1, a.attribute(SAID).size());
        }
    }

    @Nested
    class Terms {

        private static final String TITLE = "He hosts “Meet the Press” on Sundays.";

        @Test
        void quotedTitlesAreLeftOutByDefault() {
            assertEquals(List.of(), QuoteAttributor.attribute(TITLE));
        }

        @Test
        void quotedTitlesAreReturnedAsTermsWhenAskedFor() {
            Attributor a = QuoteAttributor.builder().includeTerms(true).build();
            Quote q = onlyQuote(a.attribute(TITLE), TITLE);
            assertEquals(Quote.Kind.TERM, q.kind());
            assertEquals(spanOf(TITLE, "“Meet the Press”"), q.span());
        }

        @Test
        void aShortFragmentInTheParagraphOfAnAttributedQuotationIsTheSpeakersWord() {
            String text = "Smith called the ruling “absurd and cruel.” It was “a farce.”";
            List<Quote> quotes = QuoteAttributor.attribute(text);
            assertEquals(2, quotes.size());
            assertEquals(Quote.Kind.MIXED, quotes.get(1).kind());
            assertEquals("same-paragraph", quotes.get(1).rule());
        }

        @Test
        void aShortFragmentAloneInItsParagraphIsATerm() {
            String text = "Smith called the ruling “absurd and cruel.”\n\nThe ruling was “a farce.”";
            Attributor a = QuoteAttributor.builder().includeTerms(true).build();
            assertEquals(Quote.Kind.TERM, a.attribute(text).get(1).kind());
        }

        @Test
        void speechIsReturnedEitherWay() {
            Attributor a = QuoteAttributor.builder().includeTerms(true).build();
            assertEquals(QuoteAttributor.attribute(SAID), a.attribute(SAID));
        }
    }

    @Nested
    class Validation {

        @Test
        void aNegativeDistanceIsRefusedByBuildNamingTheSetting() {
            QuoteAttributor.Builder b = QuoteAttributor.builder().maxSpeakerDistance(-1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
            assertTrue(e.getMessage().contains("maxSpeakerDistance"), e.getMessage());
            assertTrue(e.getMessage().contains("-1"), e.getMessage());
        }

        @Test
        void aBlankVerbIsRefused() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> QuoteAttributor.builder().addSpeechVerbs(" \t "));
            assertTrue(e.getMessage().contains("speech verb"), e.getMessage());
        }

        @Test
        void aBlankVerbToRemoveIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().removeSpeechVerbs(""));
        }

        @Test
        void aNullVerbCollectionIsRefusedNamingIt() {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> QuoteAttributor.builder().addSpeechVerbs((Collection<String>) null));
            assertEquals("verbs", e.getMessage());
        }

        @Test
        void aNullVerbToRemoveIsRefusedNamingIt() {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> QuoteAttributor.builder().removeSpeechVerbs("said", null));
            assertEquals("verb", e.getMessage());
        }

        @Test
        void aNullSetOfFamiliesIsRefusedNamingIt() {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> QuoteAttributor.builder().quoteMarks(null));
            assertEquals("families", e.getMessage());
        }

        @Test
        void aNullFamilyIsRefusedNamingIt() {
            Set<QuoteMarks> marks = new java.util.HashSet<>();
            marks.add(null);
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> QuoteAttributor.builder().quoteMarks(marks));
            assertTrue(e.getMessage().contains("families"), e.getMessage());
        }

        @Test
        void nullTextIsRefusedNamingIt() {
            Attributor a = QuoteAttributor.builder().build();
            NullPointerException e = assertThrows(NullPointerException.class, () -> a.attribute(null));
            assertEquals("text", e.getMessage());
        }
    }

    @Nested
    class Immutability {

        @Test
        void changingTheBuilderLaterLeavesABuiltAttributorAlone() {
            QuoteAttributor.Builder b = QuoteAttributor.builder();
            Attributor before = b.build();
            b.removeSpeechVerbs("said").quoteMarks(EnumSet.noneOf(QuoteMarks.class)).maxSpeakerDistance(0);
            assertEquals("Smith", mention(before.attribute(SAID).get(0)));
            assertEquals(List.of(), b.build().attribute(SAID));
        }

        @Test
        void aBuiltAttributorGivesTheSameResultEveryTime() {
            Attributor a = QuoteAttributor.builder().build();
            assertEquals(a.attribute(SAID), a.attribute(SAID));
        }
    }
}
