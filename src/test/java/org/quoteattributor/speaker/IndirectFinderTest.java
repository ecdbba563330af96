package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Reported speech without marks, through the public attributor that asks for it. */
class IndirectFinderTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<Quote> indirect(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    private static Quote only(String text) {
        List<Quote> found = indirect(text);
        assertEquals(1, found.size(), () -> text + "\n" + found);
        return found.get(0);
    }

    private static void assertReported(String text, String clause, String speaker, String cue, String rule) {
        Quote q = only(text);
        assertEquals(clause, q.text(), text);
        assertEquals(q.span(), q.content(), "no marks: span and content agree");
        assertEquals(text.indexOf(clause), q.start(), text);
        assertEquals(speaker, q.speaker().orElseThrow().mention(), text);
        assertEquals(cue, q.cue().orElseThrow().text(), text);
        assertEquals(rule, q.rule(), text);
    }

    @Test
    void clauseAfterSaidThatStartsAtThat() {
        assertReported("The harbour master said that the ferry would sail at noon.",
                "that the ferry would sail at noon", "The harbour master", "said", "leading-verb");
    }

    @Test
    void aParticipleUsedAsAPrepositionIsNoPartOfTheNameAfterIt() {
        assertReported("Following Tibbald's claim that the pier was unsafe, the board closed it.",
                "that the pier was unsafe", "Tibbald's", "claim", "claim-noun");
        assertEquals("Tibbald", only("Following Tibbald's claim that the pier was unsafe, the board closed it.")
                .speaker().orElseThrow().name());
    }

    @Test
    void aRelativeThatBeforeAPluralIsNotTheSpeakers() {
        assertReported("It was a toll that commuters say would drive them off the ferries.",
                "would drive them off the ferries", "commuters", "say", "leading-verb");
        assertReported("It was a toll that the commuters say would drive them off the ferries.",
                "would drive them off the ferries", "the commuters", "say", "leading-verb");
    }

    @Test
    void clauseWithoutThatStartsAfterTheVerb() {
        assertReported("Okafor says the orchard lost half its trees.", "the orchard lost half its trees", "Okafor",
                "says", "leading-verb");
    }

    @Test
    void anInfinitiveAfterTheVerbOpensTheClauseBeforeAnyThatInIt() {
        assertReported("The mayor hopes to avoid a fight that could delay the pier.",
                "to avoid a fight that could delay the pier", "The mayor", "hopes", "leading-verb");
    }

    @Test
    void aThatAVerbFollowsRelatesToTheNounBeforeItAndOpensNoClause() {
        assertReported("The board announced new fees that would double the tolls.",
                "new fees that would double the tolls", "The board", "announced", "leading-verb");
        assertReported("The guild said on Monday that costs had doubled.", "that costs had doubled", "The guild", "said",
                "leading-verb");
    }

    @Test
    void aVerbThatSeldomReportsAClauseReportsOneOpenedByThatAndItsSubject() {
        assertReported("The ferry guild responded that the new timetable was unworkable.",
                "that the new timetable was unworkable", "The ferry guild", "responded", "leading-verb");
        assertReported("Skippers maintain that they were never asked.", "that they were never asked", "Skippers", "maintain",
                "leading-verb");
        assertTrue(indirect("The hearing was so charged that the skippers walked out.").isEmpty());
    }

    @Test
    void aListenerAfterToBeforeThatIsNoPartOfTheClause() {
        assertReported("Ms. Brandt complained to skippers on Sunday that the tolls were unfair.",
                "that the tolls were unfair", "Ms. Brandt", "complained", "leading-verb");
        assertReported("Okafor joked to the harbour master that the pier would float away.",
                "that the pier would float away", "Okafor", "joked", "leading-verb");
        assertTrue(indirect("Okafor wrote to skippers about the tolls.").isEmpty());
    }

    @Test
    void aClauseOpenedByItsSubjectAfterAPhraseOfTheOccasionOfSayingAndItsCommaIsReported() {
        assertReported("Tolvane said in an interview, she would not run again.", "she would not run again", "Tolvane", "said",
                "leading-verb");
        assertReported("Tolvane argued in his letter, the fees were far too high.", "the fees were far too high", "Tolvane",
                "argued", "leading-verb");
        assertTrue(indirect("Tolvane spoke on Monday, the eve of the fair.").isEmpty());
    }

    @Test
    void aQuestionWordAfterTheListenerOfToOpensTheClause() {
        assertReported("Daskin explained to the wardens why the fees rose.", "why the fees rose", "Daskin", "explained",
                "leading-verb");
        assertReported("Daskin hinted to the wardens how the vote would go.", "how the vote would go", "Daskin", "hinted",
                "leading-verb");
    }

    @Test
    void aNameAfterTheDeterminerOfTheListenerOfToldIsTheListenersNotTheClauses() {
        assertReported("Okafor told the Gazette her crew never left the pier.", "her crew never left the pier", "Okafor", "told",
                "leading-verb");
        assertTrue(indirect("Okafor told the Harbour Gazette.").isEmpty());
    }

    @Test
    void aConjunctionRightAfterTheVerbOpensNoClause() {
        assertTrue(indirect("The skipper yelled and waved a flag at the ferry.").isEmpty());
        assertTrue(indirect("The mayor pledged and the crews cheered.").isEmpty());
        assertReported("Okafor said, and I quote, that the pier is fine.", "that the pier is fine", "Okafor", "said",
                "leading-verb");
    }

    @Test
    void aParticleAfterTheVerbIsTheVerbsAndOpensNoClause() {
        assertReported("The guild tweeted out a report on the tolls.", "a report on the tolls", "The guild", "tweeted",
                "leading-verb");
    }

    @Test
    void aTimeOfSayingWithoutTheCommaOfAMainClauseIsNoClause() {
        assertTrue(indirect("The skippers roared when the ferry docked at noon.").isEmpty());
        assertReported("Okafor said when the dam failed, repairs took a year.", "when the dam failed, repairs took a year",
                "Okafor", "said", "leading-verb");
    }

    @Test
    void aVerbFormAfterANumberOrAShareIsANounOrDescribesOne() {
        assertTrue(indirect("The guild printed its list of 25 recommended skippers on Monday.").isEmpty());
        assertTrue(indirect("Okafor has 40 percent support among skippers.").isEmpty());
        assertReported("About 40 percent blame the harbour board.", "the harbour board", "40 percent", "blame",
                "leading-verb");
    }

    @Test
    void theListenerAndTimeBeforeThatAreNoPartOfTheClause() {
        assertReported("Ms. Brandt told volunteers on Sunday that the shelter was full.",
                "that the shelter was full", "Ms. Brandt", "told", "leading-verb");
    }

    @Test
    void clauseBeforeATrailingAttributionEndsAtTheComma() {
        assertReported("The vote will be held again next spring, council officials said.",
                "The vote will be held again next spring", "council officials", "said", "trailing-verb");
    }

    @Test
    void invertedAttributionAfterTheClause() {
        assertReported("The museum will close for a year, said the curator.",
                "The museum will close for a year", "the curator", "said", "trailing-verb-inverted");
    }

    @Test
    void aSubjectWithAnAsideBeforeTheVerbIsNoClauseOfAnInvertedAttribution() {
        assertReported("Edda Vornholt, head of the ferry guild, criticized the new timetable.",
                "the new timetable", "Edda Vornholt", "criticized", "leading-verb");
        assertReported("The guild, which runs the night boats, criticized the new timetable.",
                "the new timetable", "The guild", "criticized", "leading-verb");
    }

    @Test
    void aParticipleAfterTheCommaIsNoInvertedAttribution() {
        Quote q = only("The mayor opened the new pier, criticizing the harbour fees.");
        assertEquals("the harbour fees", q.text());
        assertEquals("The mayor", q.speaker().orElseThrow().mention());
    }

    @Test
    void aSourceOfEvidenceOpenedByInReportsTheRestOfTheSentence() {
        assertReported("In a harbour board survey last spring, most skippers backed the new timetable.",
                "most skippers backed the new timetable", "a harbour board survey", "In", "in-source");
        assertReported("In the latest poll, conducted in June, Okafor led by nine points.", "Okafor led by nine points",
                "the latest poll", "In", "in-source");
    }

    @Test
    void aPollClosingTheSentenceAfterInReportsTheClauseBeforeIt() {
        assertReported("Pellworth leads Daskin by nine points in a new Harrowgate poll released on Monday.",
                "Pellworth leads Daskin by nine points", "a new Harrowgate poll", "in", "in-source");
        assertReported("In April, Daskin kept a slim edge in one harbour survey.", "Daskin kept a slim edge",
                "one harbour survey", "in", "in-source");
    }

    @Test
    void aPollAfterInStartsTheClauseAtTheSubordinateWordAfterTheLastComma() {
        assertReported("The ferry fees rose twice, although Pellworth kept her lead in the spring poll.",
                "Pellworth kept her lead", "the spring poll", "in", "in-source");
    }

    @Test
    void aStandingInThePollsOrAPollOfASubjectThatSpeaksIsNoReportOfAPoll() {
        assertTrue(indirect("Pellworth has gained in the polls.").isEmpty());
        assertReported("Growers in the spring survey said the fees were fair.", "the fees were fair", "Growers", "said",
                "leading-verb");
        assertTrue(indirect("Her gain in the spring poll has startled her rivals.").isEmpty());
    }

    @Test
    void aSlashBetweenTwoNamesJoinsThemInOneSourceOpenedByIn() {
        assertReported("In a Gazette/Harbour Radio survey, most skippers backed the new timetable.",
                "most skippers backed the new timetable", "a Gazette/Harbour Radio survey", "In", "in-source");
        assertTrue(indirect("In the harbour / town survey, most skippers stayed ashore.").isEmpty());
    }

    @Test
    void aSourceOpenedByInLeavesAReportingVerbAfterItToItsOwnRule() {
        assertReported("In his report, Okafor said the pier was unsafe.", "the pier was unsafe", "Okafor", "said",
                "leading-verb");
        assertTrue(indirect("In the wake of the report, Okafor resigned.").isEmpty());
    }

    @Test
    void theDatelineOpeningAStoryIsNoPartOfItsFirstClause() {
        assertReported("PORTVALE, Ore. (AP) — The ferry will stop running in May, its owners said.",
                "The ferry will stop running in May", "its owners", "said", "trailing-verb");
        assertReported("PORTVALE, Ore., Dec. 8 (AP) — The ferry will stop running in May, its owners said.",
                "The ferry will stop running in May", "its owners", "said", "trailing-verb");
        assertReported("Okafor — the harbour master — will retire, aides said.", "Okafor — the harbour master — will retire",
                "aides", "said", "trailing-verb");
    }

    @Test
    void aRelativeWordAfterAPrepositionIsNoPieceOfTheReport() {
        assertReported("The Gazette ran a story in which skippers said the tolls had doubled.", "the tolls had doubled",
                "skippers", "said", "leading-verb");
    }

    @Test
    void accordingToAfterTheClause() {
        assertReported("Rents rose by a tenth last year, according to the housing board.",
                "Rents rose by a tenth last year", "the housing board", "according to", "according-to");
    }

    private static void assertPieces(String text, String source, String... pieces) {
        List<Quote> found = indirect(text);
        assertEquals(List.of(pieces), found.stream().map(Quote::text).toList(), text);
        for (Quote q : found) {
            assertEquals(source, q.speaker().orElseThrow().mention(), text);
            assertEquals(found.get(0).group(), q.group(), text);
        }
    }

    @Test
    void theReportGoesOnPastAnAsideWhoseSourceHasWordsAfterItsHead() {
        assertPieces("First of the aims they set, according to a clerk near the guild, is widening the weir.", "a clerk",
                "First of the aims they set", "is widening the weir");
    }

    @Test
    void theReportGoesOnPastAnAsideBeforeAnAmount() {
        assertPieces("The mill takes in, according to one ledger, $9 million each season.", "one ledger",
                "The mill takes in", "$9 million each season");
    }

    @Test
    void anAsideAfterAnOpeningPhraseOfTimeLeavesTwoPiecesOfTheReport() {
        assertPieces("That week, according to Orrin, the crews quit the pier.", "Orrin", "That week", "the crews quit the pier");
        assertPieces("Early Friday, according to a harbor log, the barges cast off.", "a harbor log", "Early Friday",
                "the barges cast off");
        // a relative clause after the source describes the source: no piece of the report
        assertPieces("Vexley leads in Dunmore, according to the tally, where forty seats are open.", "the tally",
                "Vexley leads in Dunmore");
    }

    @Test
    void accordingToASourceThatTheSentenceGoesOnToDescribe() {
        assertReported("The three ferries will be sold, according to a filing by the harbour trust, which owns them.",
                "The three ferries will be sold", "a filing by the harbour trust", "according to", "according-to");
    }

    @Test
    void accordingToBeforeTheClause() {
        assertReported("According to the weather service, the storm will pass by morning.",
                "the storm will pass by morning", "the weather service", "According to", "according-to");
    }

    @Test
    void verbOfThoughtReportsAClauseOpenedByThat() {
        assertReported("Most growers believe that the frost is over.", "that the frost is over", "Most growers",
                "believe", "leading-verb");
    }

    @Test
    void verbOfThoughtWithoutAClauseReportsNothing() {
        assertEquals(List.of(), indirect("The rangers found the missing hikers near the lake."));
    }

    @Test
    void attributionInTheMiddleGivesBothPartsOneGroup() {
        List<Quote> found = indirect("The new bridge, the engineer said, will carry twice the traffic.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The new bridge", found.get(0).text());
        assertEquals("will carry twice the traffic", found.get(1).text());
        assertEquals(found.get(0).group(), found.get(1).group());
        assertEquals("the engineer", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void participleAfterAnAttributionKeepsItsSpeaker() {
        List<Quote> found = indirect("The dam is safe, the inspector said, adding that repairs would start in June.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("that repairs would start in June", found.get(1).text());
        assertEquals("the inspector", found.get(1).speaker().orElseThrow().mention());
        assertEquals("adding", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void thatAfterALongPhraseOfPlaceAndTimeOpensTheClause() {
        assertReported("Ms. Brandt said at a town meeting in Leeds last week that the depot would close.",
                "that the depot would close", "Ms. Brandt", "said", "leading-verb");
    }

    @Test
    void thatAfterAnAsideBetweenCommasOpensTheClause() {
        assertReported("The warden said, among other things, that the gates would stay shut.",
                "that the gates would stay shut", "The warden", "said", "leading-verb");
    }

    @Test
    void wordOfQuantityAloneIsTheSubject() {
        assertReported("Several said the canal was too shallow.", "the canal was too shallow", "Several", "said",
                "leading-verb");
        assertReported("Most argue that rents will keep rising.", "that rents will keep rising", "Most", "argue",
                "leading-verb");
    }

    @Test
    void shareOfPeopleInWordsIsTheSubject() {
        assertReported("Two in five said they would move away.", "they would move away", "Two in five", "said",
                "leading-verb");
        assertReported("Roughly a third say they rarely read the paper.", "they rarely read the paper", "a third", "say",
                "leading-verb");
    }

    @Test
    void shareOfPeopleAfterACommaAndButIsTheSubject() {
        List<Quote> found = indirect("Most growers backed the levy, but some said it was too high.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("it was too high", found.get(1).text());
        assertEquals("some", found.get(1).speaker().orElseThrow().mention());
        assertEquals("said", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void nounOfSpeechAfterAWordOfQuantityIsNoVerb() {
        assertReported("Some reports said the mill had been sold.", "the mill had been sold", "Some reports", "said",
                "leading-verb");
    }

    @Test
    void subjectOfAPassiveOfReportIsTheReportAndTheAgentItsSource() {
        assertReported("The merger was first reported by the Gazette.", "The merger", "the Gazette", "was first reported",
                "passive-subject");
    }

    @Test
    void subjectOfAPassiveOfStanceWithItsAgentIsWhatTheAgentHolds() {
        assertReported("The new levy was backed Friday by the guild.", "The new levy", "the guild", "was backed", "passive-subject");
        assertReported("Okafor is well liked by the wardens.", "Okafor", "the wardens", "is well liked", "passive-subject");
        assertTrue(indirect("The new levy was backed for a year.").isEmpty());
    }

    @Test
    void subjectOfAPassiveOfJudgementWithoutAgentHasNoSpeaker() {
        Quote q = only("Her budget has been widely criticized.");
        assertEquals("Her budget", q.text());
        assertEquals(Optional.empty(), q.speaker());
        assertEquals("been widely criticized", q.cue().orElseThrow().text());
        assertEquals("passive-subject", q.rule());
    }

    @Test
    void relativeWordBeforeAPassiveOfJudgementIsTheReport() {
        assertReported("The levy, which was condemned by farmers in May, passed.", "which", "farmers", "was condemned",
                "passive-subject");
    }

    @Test
    void passiveWithAComplementIsNoPassiveSubject() {
        assertTrue(indirect("The mill was reported to be closing.").stream().noneMatch(q -> q.rule().equals("passive-subject")));
        assertTrue(indirect("Ortiz was named the new coach.").stream().noneMatch(q -> q.rule().equals("passive-subject")));
    }

    @Test
    void subjectBeforeARelativeClauseOfStanceSpeaksAfterIt() {
        List<Quote> found = indirect("Ravel, who backed Lund in May, said on Friday that the count was wrong.");
        Quote q = found.get(found.size() - 1);
        assertEquals("that the count was wrong", q.text(), found::toString);
        assertEquals("Ravel", q.speaker().orElseThrow().mention());
        assertEquals("said", q.cue().orElseThrow().text());
    }

    @Test
    void subjectBeforeAPhraseOfTimeBeforeTheVerbSpeaks() {
        assertReported("Senator Okafor on Tuesday said that the port would reopen.", "that the port would reopen",
                "Senator Okafor", "said", "leading-verb");
    }

    @Test
    void relativeWhoAfterAPluralNameOrANumberStandsForThem() {
        Quote q = only("The levy angered Liberals who say the tax is unfair.");
        assertEquals("the tax is unfair", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("Liberals", q.speaker().orElseThrow().name());
        Quote r = only("Three in 10 who said the fares were fair.");
        assertEquals("the fares were fair", r.text());
        assertEquals("Three in 10", r.speaker().orElseThrow().name());
    }

    @Test
    void thatAfterAPlaceOfTwoNamesOpensTheClause() {
        assertReported("Ms. Brandt said at a fair in Salem, Oregon, that the depot would close.",
                "that the depot would close", "Ms. Brandt", "said", "leading-verb");
    }

    @Test
    void shortPhraseBeforeAnAttributionThatAQuotationFollowsIsItsFirstPiece() {
        List<Quote> all = INDIRECT.attribute("In short, Ms. Varga said, “the ferry is finished.”");
        assertEquals(2, all.size(), all::toString);
        assertEquals("In short", all.get(0).text());
        assertEquals(Quote.Kind.INDIRECT, all.get(0).kind());
        assertEquals("Ms. Varga", all.get(0).speaker().orElseThrow().mention());
        assertEquals(Quote.Kind.DIRECT, all.get(1).kind());
    }

    @Test
    void phraseOfTimeBeforeAnAttributionThatAQuotationFollowsIsNoPiece() {
        assertEquals(List.of(), indirect("On Tuesday, Ms. Varga said, “the ferry is finished.”"));
    }

    @Test
    void longOpeningPhraseBeforeAnAttributionThatAQuotationFollowsIsNoPiece() {
        assertEquals(List.of(), indirect("After a long pause at the podium, Ms. Varga said, “the ferry is finished.”"));
    }

    @Test
    void toBeforeTheOneSpokenToIsNoClause() {
        assertEquals(List.of(), indirect("Halvorsen wrote to the regional council in March."));
        assertEquals(List.of(), indirect("Halvorsen complained to him about the noise."));
        assertReported("Halvorsen pledged to rebuild the pier.", "to rebuild the pier", "Halvorsen", "pledged", "leading-verb");
    }

    @Test
    void relativeThatOrAnEmptyItBeforeAVerbOfImpressionIsNoPiece() {
        assertEquals(List.of("to be too high"),
                indirect("Riders face fares that now seem to be too high.").stream().map(Quote::text).toList());
        assertEquals(List.of("a long winter"), indirect("It seemed like a long winter.").stream().map(Quote::text).toList());
        assertEquals(List.of(), indirect("Riders face rules that were criticized.").stream()
                .filter(q -> q.rule().equals("passive-subject")).toList());
    }

    @Test
    void answerOfOneWordIsReported() {
        assertReported("The growers said yes.", "yes", "The growers", "said", "leading-verb");
        assertReported("The minister said so.", "so", "The minister", "said", "leading-verb");
    }

    @Test
    void otherClauseOfOneWordIsNot() {
        assertEquals(List.of(), indirect("The minister said nothing."));
    }

    @Test
    void requestToAListenerStartsAtTheListener() {
        assertReported("Ms. Hale asked the harbour board to delay the vote.", "the harbour board to delay the vote", "Ms. Hale",
                "asked", "leading-verb");
        assertReported("Ms. Hale called on the harbour board to delay the vote.", "the harbour board to delay the vote",
                "Ms. Hale", "called on", "leading-verb");
    }

    @Test
    void aRequestOpenedByThatRightAfterAskedIsReported() {
        assertReported("Ms. Hale asked that the hearing be delayed.", "that the hearing be delayed", "Ms. Hale", "asked",
                "leading-verb");
        assertTrue(indirect("Ms. Hale asked that question twice.").isEmpty());
    }

    @Test
    void verbOfStanceAfterToReportsNoObject() {
        assertTrue(indirect("The union met on Friday to endorse Corrow.").isEmpty());
        // after a report, a verb of stance would otherwise take the same speaker
        assertEquals(List.of("the levy was unfair"),
                indirect("The mayor said the levy was unfair and moved to endorse the plan.").stream().map(Quote::text).toList());
    }

    @Test
    void pluralNounOfSpeechAfterANounReportsNothing() {
        assertTrue(indirect("Aides made remarks about the budget on Friday.").isEmpty());
    }

    @Test
    void participleOfStanceDescribingANounReportsNothing() {
        assertTrue(indirect("A memo discussing the levy was leaked.").isEmpty());
        assertTrue(indirect("A fund supporting the ferry crews raised a million.").isEmpty());
    }

    @Test
    void whatWasAskedAboutEndsBeforeAPhraseOfTime() {
        assertReported("Ms. Hale asked repeatedly about the ferry levy during the debate on Monday.", "the ferry levy",
                "Ms. Hale", "asked", "leading-verb");
    }

    @Test
    void phraseOfTimeOrPlaceAfterTheVerbIsNoClause() {
        assertEquals(List.of(), indirect("Ravel spoke to us and Lund said in an interview."));
    }

    @Test
    void tagOfAQuotationWithMarksReportsNothingMore() {
        List<Quote> all = INDIRECT.attribute("“We will rebuild,” Alvarez said in a radio interview on Friday.");
        assertEquals(1, all.size(), all::toString);
        assertEquals(Quote.Kind.DIRECT, all.get(0).kind());
    }

    @Test
    void clauseQuotingAFragmentInDoubleMarksIsLeftToTheFragment() {
        String text = "Hollis said the new rules were “a step backwards” for small farms.";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(1, all.size(), all::toString);
        assertEquals(Quote.Kind.MIXED, all.get(0).kind());
        assertEquals("a step backwards", all.get(0).text());
        assertEquals("Hollis", all.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void reportAfterAClauseLeftToItsFragmentIsStillFound() {
        String text = "Hollis said the rules were “a step backwards” and warned that farms would close.";
        assertEquals(List.of("that farms would close"), indirect(text).stream().map(Quote::text).toList());
    }

    @Test
    void clauseQuotingAFragmentInSingleMarksHoldsItAndTheFragmentFollows() {
        String text = "Hollis said the new rules were ‘a step back’ for small farms.";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(2, all.size(), all::toString);
        Quote clause = all.get(0);
        Quote fragment = all.get(1);
        assertEquals(Quote.Kind.INDIRECT, clause.kind());
        assertEquals("the new rules were ‘a step back’ for small farms", clause.text());
        assertEquals("Hollis", clause.speaker().orElseThrow().mention());
        assertEquals("said", clause.cue().orElseThrow().text());
        assertEquals(Quote.Kind.MIXED, fragment.kind());
        assertEquals("a step back", fragment.text());
        assertEquals("Hollis", fragment.speaker().orElseThrow().mention());
        assertEquals(List.of(fragment.content()), clause.nested(), "the fragment is nested in the clause");
        assertTrue(clause.span().contains(fragment.span()));
        assertTrue(clause.group() != fragment.group(), "not parts of one quotation");
    }

    @Test
    void fragmentIsTheSameWithTheClauseAsWithout() {
        String text = "Hollis said the new rules were ‘a step back’ for small farms.";
        List<Quote> marked = INDIRECT.attribute(text).stream().filter(q -> q.kind() != Quote.Kind.INDIRECT).toList();
        Quote alone = QuoteAttributor.attribute(text).get(0);
        assertEquals(List.of(alone.span()), marked.stream().map(Quote::span).toList());
        assertEquals(alone.speaker(), marked.get(0).speaker());
        assertEquals(alone.cue(), marked.get(0).cue());
    }

    @Test
    void clauseQuotingTwoFragmentsNestsBoth() {
        String text = "Ms. Pratley said the ferry was ‘too slow’ and the fares ‘far too high’ for commuters.";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(3, all.size(), all::toString);
        assertEquals("the ferry was ‘too slow’ and the fares ‘far too high’ for commuters", all.get(0).text());
        assertEquals(List.of(all.get(1).content(), all.get(2).content()), all.get(0).nested());
        assertEquals(List.of("too slow", "far too high"), List.of(all.get(1).text(), all.get(2).text()));
    }

    @Test
    void clauseBeforeATrailingAttributionHoldsAFragmentEndingInAComma() {
        String text = "The toll was ‘a tax on commuting,’ the bus union said.";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(2, all.size(), all::toString);
        assertEquals("The toll was ‘a tax on commuting,’", all.get(0).text());
        assertEquals("the bus union", all.get(0).speaker().orElseThrow().mention());
        assertEquals("trailing-verb", all.get(0).rule());
        assertEquals(Quote.Kind.MIXED, all.get(1).kind());
    }

    @Test
    void fragmentEndingInACommaEndsTheClauseBeforeAnotherReport() {
        String text = "Okafor said the deal was ‘long overdue,’ adding that talks would go on.";
        List<Quote> reported = indirect(text);
        assertEquals(List.of("the deal was ‘long overdue,’", "that talks would go on"),
                reported.stream().map(Quote::text).toList());
        assertEquals("Okafor", reported.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void fragmentClosingTheSentenceStaysWholeInTheClause() {
        String text = "Pratley said the timetable was ‘a work of fiction.’ Then she left the hall.";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals("the timetable was ‘a work of fiction.’", all.get(0).text(), all::toString);
        assertEquals(List.of(all.get(1).content()), all.get(0).nested());
        assertEquals("a work of fiction.", all.get(1).text());
    }

    @Test
    void fragmentWithTooLittleAroundItIsLeftAlone() {
        List<Quote> all = INDIRECT.attribute("Hollis said that “the rules are a step backwards”.");
        assertEquals(1, all.size(), all::toString);
        assertEquals(Quote.Kind.MIXED, all.get(0).kind());
        assertEquals("Hollis", all.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void clauseEndsBeforeAQuotationWithMarks() {
        String text = "Dunmore said the vote had been fair: “Nobody was turned away.”";
        List<Quote> all = INDIRECT.attribute(text);
        assertEquals(2, all.size(), all::toString);
        assertEquals("the vote had been fair", all.get(0).text());
        assertEquals(Quote.Kind.DIRECT, all.get(1).kind());
        assertTrue(all.get(0).end() <= all.get(1).start());
    }

    @Test
    void pronounSpeakerIsGivenTheNameItStandsFor() {
        Quote q = only("Grace Akande arrived late. She said the trains had stopped at the border.");
        assertEquals("She", q.speaker().orElseThrow().mention());
        assertEquals("Grace Akande", q.speaker().orElseThrow().name());
    }

    @Test
    void surnameSpeakerIsGivenTheFullName() {
        Quote q = only("Tomas Varga runs the mill. Varga said that orders had doubled.");
        assertEquals("Varga", q.speaker().orElseThrow().mention());
        assertEquals("Tomas Varga", q.speaker().orElseThrow().name());
    }

    @Test
    void sentenceEndingInAQuotationStartsAfterIt() {
        String text = "Mara said: “We are done here.” Petrov said the talks had failed.";
        List<Quote> found = indirect(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals("the talks had failed", found.get(0).text());
        assertEquals("Petrov", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void introductoryPhraseIsNoClauseOfATrailingAttribution() {
        assertEquals(List.of(), indirect("In a long letter to the board, she explained herself."));
    }

    @Test
    void clauseEndsWhereAnotherAttributionStarts() {
        List<Quote> found = indirect("The council insists that the budget is balanced, and Ilse Moreau, its treasurer,"
                + " said the reserves would last a decade.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("that the budget is balanced", found.get(0).text());
        assertEquals("the reserves would last a decade", found.get(1).text());
        assertEquals("Ilse Moreau", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void plainNounPhraseOpeningTheSentenceIsTheSpeaker() {
        assertReported("Dairy farmers said the new quotas came too late.", "the new quotas came too late",
                "Dairy farmers", "said", "leading-verb");
    }

    @Test
    void nameWithALongAppositionIsTheSpeaker() {
        assertReported("Rafael Duarte, a retired engineer who built half the bridges in the valley, said the river was"
                + " rising.", "the river was rising", "Rafael Duarte", "said", "leading-verb");
    }

    @Test
    void toldWithoutThatReportsTheClauseAfterTheListener() {
        assertReported("Ahmadi told reporters the border would reopen.", "the border would reopen", "Ahmadi", "told",
                "leading-verb");
    }

    @Test
    void toldWithAPhraseAfterTheListenerReportsNothing() {
        assertEquals(List.of(), indirect("Ahmadi told reporters at a dinner in the capital."));
    }

    @Test
    void longSentenceOfVerbsEndingInAFragmentStaysLinear() {
        String text = "Lee said ".repeat(50_000) + "it was “bad” today.";
        long t0 = System.nanoTime();
        List<Quote> all = INDIRECT.attribute(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Quote.Kind.MIXED, all.get(all.size() - 1).kind());
        assertTrue(ms < 10_000, "took " + ms + " ms");
    }

    @Test
    void relativeWhoIsTheSpeakerNamedAfterItsAntecedent() {
        Quote q = only("The plan drew fire from Ted Lark, a senator from the coast, who said the dam was unsafe.");
        assertEquals("the dam was unsafe", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("Ted Lark", q.speaker().orElseThrow().name());
    }

    @Test
    void relativeWhoIsTheSpeakerOfTheSecondOfTwoJoinedPredicates() {
        Quote q = only("Orrin Rudd met Ilsa Marwick, who walked the bank and argued the sluice had jammed.");
        assertEquals("the sluice had jammed", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("Ilsa Marwick", q.speaker().orElseThrow().name());
    }

    @Test
    void relativeWhoSpeaksForASecondPredicateAfterAReportThatEndsAtItsAntecedent() {
        Quote q = indirect("The guild praised Vossberg, who walked along the pier and argued that the levy was unfair.").get(1);
        assertEquals("that the levy was unfair", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("Vossberg", q.speaker().orElseThrow().name());
    }

    @Test
    void relativeWhoSpeaksForAnIngFormAfterAPrepositionInItsClause() {
        Quote q = only("The mayor met Tindall, who had angered the guild by criticizing the new levy.");
        assertEquals("the new levy", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("Tindall", q.speaker().orElseThrow().name());
    }

    @Test
    void relativeWhoSpeaksForAnIngFormAfterSpentAndItsObject() {
        Quote q = only("The warden, who spent an hour of his speech defending the toll, left early.");
        assertEquals("the toll", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("The warden", q.speaker().orElseThrow().name());
    }

    @Test
    void relativeWhoAfterAPlainPluralSpeaksForItsSecondPredicate() {
        Quote q = only("Ferries carry the fruit of growers upriver, who own half the docks and regard the toll as a burden.");
        assertEquals("the toll as a burden", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("growers", q.speaker().orElseThrow().name());
    }

    @Test
    void aParticipleAfterACommaGoesPastAnAppositionOfTheObjectToTheSubject() {
        assertReported("Tindall hired a deputy, Teodor Brannock, conceding that the fees were too high.",
                "that the fees were too high", "Tindall", "conceding", "leading-verb");
    }

    @Test
    void aParticipleAfterACommaAndAnAdverbGoesToTheSubjectAfterAnOpeningPhrase() {
        assertReported("Despite the bad weather, Vasko had a plan ready, quickly reminding growers that the toll was hers.",
                "that the toll was hers", "Vasko", "reminding", "leading-verb");
    }

    @Test
    void aParticipleAfterACommaGoesPastAPhraseWithIncludingAndAPreposition() {
        assertReported("She has barred two weeklies, including the Ellery Courier, from the pier, citing the fees.",
                "the fees", "She", "citing", "leading-verb");
    }

    @Test
    void aParticipleAfterACommaGoesToTheSubjectOfTheClauseAfterAnd() {
        Quote q = indirect("Growers say the fee is too high, and the guild has now taken the town to court over the fee, "
                + "arguing it is unfair.").get(1);
        assertEquals("it is unfair", q.text());
        assertEquals("the guild", q.speaker().orElseThrow().mention());
    }

    @Test
    void aPhraseOfTimeWithLaterBeforeTheVerbIsNoSpeaker() {
        assertReported("The guild two days later said the toll was too high.", "the toll was too high", "The guild", "said",
                "leading-verb");
    }

    @Test
    void aPhraseOfTimeWithAPrepositionBeforeAStanceVerbIsNoSpeaker() {
        assertReported("Warden Tindall later in the evening touted the repairs to the pier.", "the repairs to the pier",
                "Warden Tindall", "touted", "leading-verb");
        assertReported("The audit on Friday for the second time cited a letter from the warden.", "a letter from the warden",
                "The audit", "cited", "leading-verb");
    }

    @Test
    void aPhraseOfTimeAfterARelativeClauseGivesWayToTheSubjectTheClauseBelongsTo() {
        Quote q = indirect("Okafor, who backed the levy in May, last week said the toll was too high.").get(1);
        assertEquals("the toll was too high", q.text());
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
    }

    @Test
    void aPaperNamedTimesIsNoPhraseOfTime() {
        assertReported("The Ellery Times said the toll was too high.", "the toll was too high", "Ellery Times", "said",
                "leading-verb");
    }

    @Test
    void aCueThatIsTheObjectOfAVerbSpeaksForThatVerbsSubject() {
        assertReported("She dropped plans to visit the harbour fair.", "to visit the harbour fair", "She", "plans", "leading-verb");
        assertReported("Okafor has twice made other firm promises to cut the toll.", "to cut the toll", "Okafor", "promises",
                "leading-verb");
        assertReported("The guild made promises on Monday that the toll would fall.", "that the toll would fall", "The guild",
                "promises", "leading-verb");
    }

    @Test
    void aVerbAfterItsSubjectIsNoObjectOfAnAdjectiveInEd() {
        assertReported("Registered growers say the toll is too high.", "the toll is too high", "Registered growers", "say",
                "leading-verb");
    }

    @Test
    void aNameSetOffAfterADescriptionIsTheSpeaker() {
        assertReported("One of the growers, Teodor Brannock, 61, has farmed by the weir for years and said the toll was unfair.",
                "the toll was unfair", "Teodor Brannock", "said", "leading-verb");
        assertReported("A second grower, Teodor Brannock, said that the toll was unfair.", "that the toll was unfair", "Teodor Brannock",
                "said", "leading-verb");
        assertReported("Overall, the warden of the pier, Teodor Brannock, backed the toll.", "the toll", "Teodor Brannock", "backed",
                "leading-verb");
    }

    @Test
    void aPlaceSetOffAfterADescriptionIsNoSpeaker() {
        assertReported("A grower from Dunmore, Vermont, said the toll was unfair.", "the toll was unfair", "A grower from Dunmore",
                "said", "leading-verb");
    }

    @Test
    void theSubjectOfAVerbOfSpeechOrStanceIsTheSpeakerOfTheVerbAndJoinsToIt() {
        assertReported("Weeks later Okafor claimed victory and argued the ferry had saved the town.", "the ferry had saved the town",
                "Okafor", "argued", "leading-verb");
        assertReported("At a dinner in Salcombe -- which hosts a vote on Friday -- Okafor claimed victory and argued the ferry had "
                + "saved the town.",
                "the ferry had saved the town", "Okafor", "argued", "leading-verb");
    }

    @Test
    void clauseAfterAVerbIsNoTrailingAttribution() {
        Quote q = only("Voters were angry, and officials said the dam was unsafe.");
        assertEquals("the dam was unsafe", q.text());
    }

    @Test
    void coordinatedVerbReportsASecondClauseOfTheSameSpeaker() {
        List<Quote> found = indirect("Oduya admitted that the map was wrong, but said the road would open in June.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("that the map was wrong", found.get(0).text());
        assertEquals("the road would open in June", found.get(1).text());
        assertEquals("Oduya", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void sourceOfEvidenceReportsAClauseWithoutThat() {
        assertReported("The survey shows most tenants want longer leases.", "most tenants want longer leases",
                "The survey", "shows", "leading-verb");
    }

    @Test
    void semicolonOpensANewPartWithItsOwnSpeaker() {
        Quote q = only("Opinions split sharply; 40% say the tax is fair.");
        assertEquals("the tax is fair", q.text());
        assertEquals("40%", q.speaker().orElseThrow().mention());
    }

    @Test
    void abbreviationEndingASentenceEndsTheClause() {
        List<Quote> found = indirect("Brock says the plant will move to the U.S. He says the jobs will stay.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the plant will move to the U.S.", found.get(0).text());
        assertEquals("the jobs will stay", found.get(1).text());
    }

    @Test
    void sentenceOpenedByASubordinateClauseBeforeATrailingAttribution() {
        assertReported("If the rain holds off, the harvest will be early, growers said.",
                "If the rain holds off, the harvest will be early", "growers", "said", "trailing-verb");
    }

    @Test
    void fullStopInsideAParenthesisDoesNotEndTheSentence() {
        assertReported("Sen. Ada Moss (D-Vt.) said the bill would pass.", "the bill would pass", "Sen. Ada Moss", "said",
                "leading-verb");
    }

    @Test
    void refusalReportsWhatWasRefused() {
        assertReported("The mayor declined to comment.", "to comment", "The mayor", "declined", "leading-verb");
    }

    @Test
    void clauseEndsBeforeTheNarratorsOwnClause() {
        Quote q = only("Pell said the mine would reopen, but the union was not convinced.");
        assertEquals("the mine would reopen", q.text());
    }

    @Test
    void participleAfterALeadingClauseStartsAClauseOfItsOwn() {
        List<Quote> found = indirect("Pell said the mine would reopen in spring, adding that wages would rise.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the mine would reopen in spring", found.get(0).text());
        assertEquals("that wages would rise", found.get(1).text());
        assertEquals("Pell", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void accordingToOpeningTheSentenceReportsAllOfTheRest() {
        assertReported("According to her aides, Vega plans to run for the senate.", "Vega plans to run for the senate",
                "her aides", "According to", "according-to");
    }

    @Test
    void attributionClosingTheSentenceReportsEveryVerbBeforeIt() {
        assertReported("Vega plans to run for the senate and hopes to win, two aides said.",
                "Vega plans to run for the senate and hopes to win", "two aides", "said", "trailing-verb");
    }

    @Test
    void accordingToAPlainNounPhrase() {
        assertReported("The count will take a week, according to election officials.", "The count will take a week",
                "election officials", "according to", "according-to");
    }

    @Test
    void invertedNameWithAnAppositionAfterIt() {
        assertReported("Turnout will be low this year, said Orla Finch, a historian at the college.",
                "Turnout will be low this year", "Orla Finch", "said", "trailing-verb-inverted");
    }

    @Test
    void openingPhraseIsNoClauseOfAnAttributionClosingTheSentence() {
        Quote q = only("In reply, the ministry said it would review the contract.");
        assertEquals("it would review the contract", q.text());
        assertEquals("leading-verb", q.rule());
    }

    @Test
    void personToldAfterATrailingAttribution() {
        assertReported("The road is closed, she told him.", "The road is closed", "she", "told", "trailing-verb");
    }

    @Test
    void knownNameBeforeAColonLabelsTheClause() {
        Quote q = only("Voters cheered for Ana Corrow on Monday.\n\nCorrow: The plan will fail in the fall.");
        assertEquals("The plan will fail in the fall", q.text());
        assertEquals("Ana Corrow", q.speaker().orElseThrow().name());
        assertEquals(":", q.cue().orElseThrow().text());
        assertEquals("colon-label", q.rule());
    }

    @Test
    void aLabelOfATranscriptLabelsItsWholeLine() {
        String text = "Ana Corrow spoke to Ben Tallis at the pier.\n\nTALLIS: Will the ferry run?\n\n"
                + "CORROW: It will. The tide is high. We leave at six.\n\nTALLIS: Good.";
        List<Quote> quotes = indirect(text);
        Quote q = quotes.stream().filter(x -> x.speaker().orElseThrow().name().equals("Ana Corrow")).findFirst().orElseThrow();
        assertEquals("It will. The tide is high. We leave at six", q.text());
        assertEquals("colon-label", q.rule());
    }

    @Test
    void aTranscriptsLabelMayHoldARoleInParentheses() {
        String text = "Tova Corrow spoke to Amos Tallis at the pier.\n\nTALLIS (Harbour Master): Will the ferry run? It is late.\n\n"
                + "CORROW (Skipper of the Wren): It will. The tide is high. We leave at six.\n\nTALLIS: Good.";
        List<Quote> quotes = indirect(text);
        Quote corrow = quotes.stream().filter(x -> x.speaker().orElseThrow().name().equals("Tova Corrow")).findFirst().orElseThrow();
        assertEquals("It will. The tide is high. We leave at six", corrow.text());
        assertEquals("colon-label", corrow.rule());
        assertTrue(quotes.stream().anyMatch(q -> q.text().equals("Will the ferry run? It is late")
                && q.speaker().orElseThrow().name().equals("Amos Tallis")), quotes.toString());
    }

    @Test
    void aTurnThatAQuotationCutsShortLeavesTheRestOfItsLineToBeRead() {
        String text = "Ana Corrow spoke to Ben Tallis at the pier.\n\nTALLIS: The toll is too high. “We will not pay,” "
                + "the growers wrote. The board said the pier would close.\n\nCORROW: The pier needs repair.\n\n"
                + "TALLIS: Then cut the fees.";
        List<Quote> quotes = indirect(text);
        assertTrue(quotes.stream().anyMatch(q -> q.text().equals("The toll is too high")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.text().equals("the pier would close")
                && q.speaker().orElseThrow().mention().equals("The board")), quotes.toString());
    }

    @Test
    void aTranscriptsLabelsAreOfFiveWordsAtMost() {
        String five = "Ana Corrow spoke to Ben Tallis at the pier.\n\nNotes From The Harbour Office: ferries.\n\n"
                + "Notes From The Harbour Office: tolls.\n\nTALLIS: The toll is too high. We will not pay it.";
        assertTrue(indirect(five).stream().anyMatch(q -> q.text().equals("The toll is too high. We will not pay it")));
        String six = five.replace("Notes From The Harbour", "Notes From The Old Harbour");
        assertTrue(indirect(six).stream().anyMatch(q -> q.text().equals("The toll is too high")));
    }

    @Test
    void aLabelGivenOnceLabelsOnlyItsSentence() {
        Quote q = only("Voters cheered for Ana Corrow on Monday.\n\nCorrow: The plan will fail. Ask the crews.");
        assertEquals("The plan will fail", q.text());
    }

    @Test
    void wordBeforeAColonThatIsNoNameLabelsNothing() {
        assertEquals(List.of(), indirect("Note: the plan will fail in the fall."));
    }

    @Test
    void verbOfThoughtClosingTheSentenceReportsWhatCameBefore() {
        assertReported("The drought will last into autumn, most farmers fear.", "The drought will last into autumn",
                "most farmers", "fear", "trailing-verb");
    }

    @Test
    void maintainsClosingTheSentenceReportsWhatCameBeforeButKeepsUpAnObject() {
        assertReported("The north pier will outlast the storm, the old ferryman maintains.",
                "The north pier will outlast the storm", "the old ferryman", "maintains", "trailing-verb");
        assertTrue(indirect("The old ferryman maintains the north pier.").isEmpty());
    }

    @Test
    void clauseEndsBeforeARelativeClauseAfterAComma() {
        Quote q = only("Pell said the vote favoured the mayor, who had expected to lose.");
        assertEquals("the vote favoured the mayor", q.text());
    }

    @Test
    void nothingByDefault() {
        assertEquals(List.of(), QuoteAttributor.attribute("The harbour master said that the ferry would sail at noon."));
    }

    @Test
    void removedSpeechVerbReportsNothing() {
        Attributor a = QuoteAttributor.builder().includeIndirect(true).removeSpeechVerbs("said").build();
        assertEquals(List.of(), a.attribute("The harbour master said that the ferry would sail at noon."));
    }

    @Test
    void addedSpeechVerbReportsAClause() {
        Attributor a = QuoteAttributor.builder().includeIndirect(true).addSpeechVerbs("harrumphed").build();
        Quote q = a.attribute("The colonel harrumphed that the tea was cold.").get(0);
        assertEquals("that the tea was cold", q.text());
        assertEquals("The colonel", q.speaker().orElseThrow().mention());
    }

    @Test
    void aSubjectPronounAfterTheVerbOpensTheClauseBeforeAnInnerThat() {
        assertReported("Dr. Varga said she hoped that the clinic would stay open.",
                "she hoped that the clinic would stay open", "Dr. Varga", "said", "leading-verb");
    }

    @Test
    void aSecondThatClauseAfterAndBelongsToTheSameReport() {
        assertReported("The coach said that the team was tired, and that the pitch was poor.",
                "that the team was tired, and that the pitch was poor", "The coach", "said", "leading-verb");
    }

    @Test
    void aSecondThatClauseAfterButBelongsToTheSameReport() {
        assertReported("Tolvane said the pier was safe, but that the road needed work.",
                "the pier was safe, but that the road needed work", "Tolvane", "said", "leading-verb");
    }

    @Test
    void thatStandingForWhatCameBeforeAfterButOpensTheNarratorsClause() {
        assertReported("Tolvane said the pier was safe, but that may shift.", "the pier was safe", "Tolvane", "said",
                "leading-verb");
        assertReported("Tolvane said the pier was safe, but that isn't all.", "the pier was safe", "Tolvane",
                "said", "leading-verb");
    }

    @Test
    void aDescriptionAfterACommaIsNoPartOfTheClause() {
        assertReported("The mayor said the tunnel must close, a step the council resisted.",
                "the tunnel must close", "The mayor", "said", "leading-verb");
    }

    @Test
    void theObjectOfAVerbOfStanceIsReported() {
        assertReported("The dockers union endorsed Ilse Moreau in April.", "Ilse Moreau", "The dockers union",
                "endorsed", "leading-verb");
    }

    @Test
    void aPluralRightBeforeAVerbOfStanceIsItsSubjectWhenNoRuleFindsOne() {
        List<Quote> found = indirect("Older skippers preferred the old pier, while younger crews backed the new one.");
        assertEquals(2, found.size(), found::toString);
        Quote q = found.get(1);
        assertEquals("the new one", q.text());
        assertEquals("crews", q.speaker().orElseThrow().mention());
        assertEquals("backed", q.cue().orElseThrow().text());
    }

    @Test
    void anOpeningAsWithASourceAndItsVerbReportsTheRestOfTheSentence() {
        assertReported("As the Tidewater Herald reported on Monday, the ferry will stop running in May.",
                "the ferry will stop running in May", "Tidewater Herald", "reported", "leading-verb");
        assertReported("As reported by the Tidewater Herald, the ferry will stop running in May.",
                "the ferry will stop running in May", "the Tidewater Herald", "reported", "leading-verb");
    }

    @Test
    void anOpeningAsWhoseVerbHasAnObjectTellsTheTimeAndReportsNoClause() {
        List<Quote> found = indirect("As the warden read her ruling, the crowd fell silent.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("the crowd")), found::toString);
    }

    @Test
    void aParticipleAfterAnAdverbReportsItsClauseForTheSentencesSubject() {
        List<Quote> found = indirect("Okafor has raised doubts about the pier, falsely suggesting that it was never inspected.");
        Quote q = found.get(found.size() - 1);
        assertEquals("that it was never inspected", q.text(), found::toString);
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
        assertEquals("suggesting", q.cue().orElseThrow().text());
    }

    @Test
    void theSubjectOfALongSentenceIsSoughtNoFurtherBackThanASentenceReaches() {
        String near = "Okafor walked along the pier" + " and the old dock".repeat(20) + " in the rain, suggesting that it was never inspected.";
        Quote q = indirect(near).stream().filter(x -> x.text().equals("that it was never inspected")).findFirst().orElseThrow();
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
        String far = "Okafor walked along the pier" + " and the old dock".repeat(90) + " in the rain, suggesting that it was never inspected.";
        List<Quote> found = indirect(far);
        assertTrue(found.stream().noneMatch(x -> x.speaker().map(s -> s.mention().equals("Okafor")).orElse(false)), found::toString);
    }

    @Test
    void aRelativeWhoWhosePersonNoRuleFindsIsTheSpeakerMention() {
        List<Quote> found = indirect("The guild backs Okafor, who says he feels lucky.");
        Quote q = found.get(found.size() - 1);
        assertEquals("he feels lucky", q.text(), found::toString);
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("says", q.cue().orElseThrow().text());
    }

    @Test
    void theObjectOfAVerbOfLeadingBeforeTheInfinitiveOfAReportingVerbIsItsSpeaker() {
        assertReported("The delay pushed some growers to argue that the board had been wrong.", "that the board had been wrong",
                "some growers", "argue", "leading-verb");
        assertReported("The vote prompted the harbour master to announce that the pier would close.",
                "that the pier would close", "the harbour master", "announce", "leading-verb");
    }

    @Test
    void theObjectOfAVerbOfStanceKeepsItsReason() {
        assertReported("Okafor praised the wardens for their patience.", "the wardens for their patience", "Okafor",
                "praised", "leading-verb");
    }

    @Test
    void aVerbOfStanceInThePassiveOrAsANounReportsNothing() {
        assertEquals(List.of(), indirect("The plan was opposed by the wardens."));
        assertEquals(List.of(), indirect("Their support for the plan grew."));
    }

    @Test
    void aVerbOfStanceInTheProgressiveIsNoPassive() {
        assertReported("The harbour board is calling for a second pier.", "a second pier", "The harbour board", "calling for",
                "leading-verb");
        assertReported("The growers were backing the levy.", "the levy", "The growers", "backing",
                "leading-verb");
    }

    @Test
    void anAdverbBetweenTheSubjectAndAVerbOfStanceKeepsTheSubject() {
        assertReported("Growers have long opposed the toll.", "the toll", "Growers", "opposed", "leading-verb");
        assertReported("The ferry guild had previously endorsed Ilse Moreau.", "Ilse Moreau", "The ferry guild", "endorsed",
                "leading-verb");
    }

    @Test
    void anAdverbAfterARelativeWhoKeepsItAsTheSpeaker() {
        Quote q = only("The warden, who has openly criticized the levy, left early.");
        assertEquals("the levy", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("The warden", q.speaker().orElseThrow().name());
    }

    @Test
    void aRelativeWhichAfterACommaSpeaksForTheBodyBeforeIt() {
        Quote q = only("The growers' union, which has endorsed Ilse Moreau, met on Monday.");
        assertEquals("Ilse Moreau", q.text());
        assertEquals("which", q.speaker().orElseThrow().mention());
        assertEquals("endorsed", q.cue().orElseThrow().text());
        assertEquals(List.of(), indirect("The ferry, which carried forty cars, sank."));
    }

    @Test
    void aVerbOfStanceJoinedByAndToAnEarlierPredicateTakesTheSentencesSubject() {
        assertReported("Ilse Moreau spoke at the fair and endorsed the levy.", "the levy", "Ilse Moreau", "endorsed",
                "leading-verb");
        assertReported("She met the growers on Monday and praised their patience.", "their patience", "She", "praised",
                "leading-verb");
    }

    @Test
    void aVerbOfStanceJoinedToAnInfinitiveReportsNothing() {
        assertEquals(List.of(), indirect("The council met to praise the wardens and defend the levy."));
    }

    @Test
    void aVerbInThePastAfterAnInfinitiveIsJoinedToTheVerbBeforeIt() {
        assertReported("The guild gathered to thank the ferrymen and endorsed Okonkwo.", "Okonkwo", "The guild", "endorsed",
                "leading-verb");
    }

    @Test
    void aVerbOfExpressingANounOfJudgementReportsTheNounsTopicOrClause() {
        assertReported("The growers expressed deep concern about the toll.", "the toll", "The growers",
                "expressed deep concern about", "leading-verb");
        assertReported("Okafor voiced her belief that the levy would fail.", "that the levy would fail", "Okafor",
                "voiced her belief", "leading-verb");
        assertReported("The growers expressed their thanks.", "their thanks", "The growers", "expressed", "leading-verb");
    }

    @Test
    void aVerbOfExpressingABareNounOfFeelingReportsWhatTheFeelingIsAbout() {
        assertReported("Okafor expressed confidence that its weir would hold.", "that its weir would hold", "Okafor",
                "expressed confidence", "leading-verb");
        assertReported("The keepers voiced dismay at plans to shut their lighthouse.", "plans to shut their lighthouse",
                "The keepers", "voiced dismay at", "leading-verb");
        assertReported("Okafor expressed warm support for a ferry to Brellin.", "warm support for a ferry to Brellin", "Okafor",
                "expressed", "leading-verb");
        assertReported("Okafor expressed her warm backing for a ferry to Brellin.", "her warm backing for a ferry to Brellin", "Okafor",
                "expressed", "leading-verb");
    }

    @Test
    void anAsideBetweenDashesStaysInTheClause() {
        assertReported("Lark said the plan — a gamble by any measure — would fail in May.",
                "the plan — a gamble by any measure — would fail in May", "Lark", "said", "leading-verb");
    }

    @Test
    void aClauseOpenedByAPhraseOfTimeRunsPastItsComma() {
        assertReported("The harbour trust noted that through the end of March, spending on ads had reached a record.",
                "that through the end of March, spending on ads had reached a record", "The harbour trust", "noted",
                "leading-verb");
    }

    @Test
    void aClauseOpenedByAConditionRunsPastItsComma() {
        assertEquals("when the dam failed, spending on repairs rose",
                indirect("Lark said when the dam failed, spending on repairs rose.").get(0).text());
    }

    @Test
    void anAsideBetweenDashesAfterTheVerbIsNoClause() {
        assertReported("Ms. Lark said — on the radio, as it happens — that the ferry raised four million.",
                "that the ferry raised four million", "Ms. Lark", "said", "leading-verb");
    }

    @Test
    void theSpeakerOfARestrictiveRelativeClauseIsTheNounItDescribes() {
        assertReported("Growers in the valley who watched the debate said they were calm.", "they were calm",
                "Growers in the valley who watched the debate", "said", "leading-verb");
        assertReported("Residents who spoke to the Gazette said the water rose.", "the water rose",
                "Residents who spoke to the Gazette", "said", "leading-verb");
    }

    @Test
    void aPaperFromItsAuthorOpeningTheSentenceIsTheWholeSource() {
        assertReported("According to a statement from the harbor board, the ferry sank in May.", "the ferry sank in May",
                "a statement from the harbor board", "According to", "according-to");
    }

    @Test
    void soIsItWhenTheClauseIsAVerbAloneOrWithAnAdverb() {
        assertReported("Officials who attended said the plan was bad.", "the plan was bad",
                "Officials who attended", "said", "leading-verb");
        assertReported("Residents who live nearby said the water rose.", "the water rose",
                "Residents who live nearby", "said", "leading-verb");
    }

    @Test
    void theMainVerbAfterAReportedRelativeClauseStillSpeaksForTheNounItDescribes() {
        String text = "Growers who backed the plan said the board should have asked first.";
        assertSpeakerOf(text, "the plan", "who");
        assertSpeakerOf(text, "the board should have asked first", "Growers who backed the plan");
    }

    @Test
    void aRelativeClauseEndsAtTheNamesSetOffAfterIt() {
        assertSpeakerOf("The two councillors who voted against the closure, Amos Tolvane and Brisa Corvane, issued a statement.",
                "the closure", "who");
        assertSpeakerOf("Residents who backed the levy, Tolvane among them, were pleased.", "the levy", "who");
    }

    @Test
    void aClauseAfterAnAppositionAndItsVerbIsNoInvertedSubject() {
        assertReported("Lark, who met the mayor, said the plan failed.", "the plan failed", "Lark", "said", "leading-verb");
        assertReported("Lark, a warden, said the plan failed.", "the plan failed", "Lark", "said", "leading-verb");
    }

    @Test
    void aSourceOfEvidenceReportsWhatItFoundFromANumber() {
        assertReported("A recent harbour survey found 90 percent support for the levy.", "90 percent support for the levy",
                "A recent harbour survey", "found", "leading-verb");
    }

    @Test
    void aWordLinkingToTheSentenceBeforeIsNoPartOfTheReport() {
        assertReported("However, the ferry will run late, officials said.", "the ferry will run late", "officials", "said",
                "trailing-verb");
        assertReported("Still, the levy failed, according to the harbour board.", "the levy failed", "the harbour board",
                "according to", "according-to");
    }

    @Test
    void aClauseEndsBeforeTheNarratorsDescriptionOrConcession() {
        assertEquals("she backed a new levy", indirect("Lark said she backed a new levy, one that would fund the pier.").get(0).text());
        assertEquals("the ferry would run", indirect("Lark said the ferry would run, even though the pier was shut.").get(0).text());
    }

    @Test
    void aColonBeforeALowerCaseWordStaysInTheClause() {
        assertReported("Lark said the plan had one flaw: it cost too much.", "the plan had one flaw: it cost too much", "Lark",
                "said", "leading-verb");
    }

    @Test
    void aSingleDashStillEndsTheClause() {
        assertEquals("the ferry would run late", indirect("Lark said the ferry would run late — again.").get(0).text());
    }

    @Test
    void theObjectOfAVerbOfStanceRunsOverAList() {
        assertReported("The senator questioned his tactics, his judgement and his record.",
                "his tactics, his judgement and his record", "The senator", "questioned", "leading-verb");
        assertReported("The council cited several reports, including one from the harbour board.",
                "several reports, including one from the harbour board", "The council", "cited", "leading-verb");
    }

    @Test
    void theObjectOfAVerbOfStanceEndsAtACommaBeforeAnotherClause() {
        assertEquals(List.of("Corrow", "Lee"),
                indirect("The union endorsed Corrow, and the growers backed Lee.").stream().map(Quote::text).toList());
    }

    @Test
    void aWordOfStanceBeforeAVerbOrAnotherNounIsANoun() {
        assertEquals(List.of(), indirect("Rural support is lower than it was in May."));
        assertEquals(List.of(), indirect("Union support and turnout will decide the race."));
    }

    @Test
    void voicingAndLayingOutReportTheirObject() {
        assertReported("The governor voiced doubts about the levy.", "the levy", "The governor",
                "voiced doubts about", "leading-verb");
        assertReported("Ms. Corrow laid out her plan for the harbour.", "her plan for the harbour", "Ms. Corrow",
                "laid out", "leading-verb");
    }

    @Test
    void aPhraseOfSeveralWordsReportsItsObject() {
        assertReported("The mayor took aim at the harbour toll.", "the harbour toll", "The mayor", "took aim at",
                "leading-verb");
        assertReported("The board took a swipe at the mayor's budget.", "the mayor's budget", "The board", "took a swipe at",
                "leading-verb");
        assertReported("Dunmore is taking swipes at the harbour board.", "the harbour board", "Dunmore",
                "taking swipes at", "leading-verb");
        assertReported("The nurse speaks out about the night shifts.", "the night shifts", "The nurse",
                "speaks out about", "leading-verb");
        assertReported("Okafor made it clear that the levy would stay.", "that the levy would stay", "Okafor", "made it clear",
                "leading-verb");
    }

    @Test
    void votingForReportsWhomTheVoteIsFor() {
        assertReported("Most dock workers voted for Halvorsen in May.", "Halvorsen", "Most dock workers",
                "voted for", "leading-verb");
        assertReported("The tenants would vote for the new charter.", "the new charter", "The tenants",
                "vote for", "leading-verb");
    }

    @Test
    void verbsOfBeliefAndHintingWithTheirPrepositionReportTheirObject() {
        assertReported("The growers believe in the new levy.", "the new levy", "The growers", "believe in", "leading-verb");
        assertReported("The mayor hinted at a second toll.", "a second toll", "The mayor", "hinted at", "leading-verb");
        assertReported("Ferry crews hint at a strike in June.", "a strike", "Ferry crews", "hint at", "leading-verb");
    }

    @Test
    void anAdjectiveOfStanceTakesAClauseWithoutThatAndAnAdverbBeforeIt() {
        assertReported("The growers are convinced the levy will pass.", "the levy will pass", "The growers", "are convinced",
                "stance-adjective");
        assertReported("The mayor was fully aware that the toll was high.", "that the toll was high", "The mayor",
                "was fully aware", "stance-adjective");
        assertReported("The warden is well aware that the pier is unsafe.", "that the pier is unsafe", "The warden",
                "is well aware", "stance-adjective");
    }

    @Test
    void amIsAFormOfBeBeforeAnAdjectiveOfStance() {
        assertReported("I am worried that the orchard will flood.", "that the orchard will flood", "I", "am worried",
                "stance-adjective");
        assertReported("I am truly certain that our ferry runs late.", "that our ferry runs late", "I", "am truly certain",
                "stance-adjective");
    }

    @Test
    void anAdjectiveOfFeelingReportsAClauseOpenedByThatOrAQuestionWord() {
        assertReported("The skippers were stunned that the toll rose.", "that the toll rose", "The skippers", "were stunned",
                "stance-adjective");
        assertReported("Some growers are now dismayed that the orchard closed.", "that the orchard closed", "Some growers",
                "are now dismayed", "stance-adjective");
        assertReported("I am puzzled why the pier shut.", "why the pier shut", "I", "am puzzled", "stance-adjective");
    }

    @Test
    void anAdjectiveOfFeelingReportsNoPhraseInfinitiveOrTimeOfTheFeeling() {
        assertTrue(indirect("The skippers were stunned by a toll rise.").isEmpty());
        assertTrue(indirect("The skippers were surprised when the ferry left.").isEmpty());
    }

    @Test
    void anAdjectiveOfStanceAfterAVerbOfStayingOrBecomingReportsItsClause() {
        assertReported("The skippers stay hopeful that the toll will fall.", "that the toll will fall", "The skippers",
                "stay hopeful", "stance-adjective");
        assertReported("Vasko came away sure that the pier was safe.", "that the pier was safe", "Vasko",
                "came away sure", "stance-adjective");
        assertReported("Some officials grew ever more wary that the toll would rise.", "that the toll would rise",
                "Some officials", "grew ever more wary", "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceAfterACommaOrASecondPredicateSpeaksForTheSubjectOfTheSentence() {
        assertReported("The skippers left the hall, confident that the toll would fall.", "that the toll would fall",
                "The skippers", "confident", "stance-adjective");
        assertReported("Vasko toured the pier and came away sure that the hull was sound.", "that the hull was sound", "Vasko",
                "came away sure", "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceTakesAQuestionWordAndMoreAdverbsBeforeIt() {
        assertReported("Okafor is much less certain where the money went.", "where the money went", "Okafor", "is much less certain",
                "stance-adjective");
        assertReported("Okafor was uncertain why the ferry had stopped.", "why the ferry had stopped", "Okafor", "was uncertain",
                "stance-adjective");
        assertReported("The skippers are now much more hopeful that the toll will fall.", "that the toll will fall",
                "The skippers", "are now much more hopeful", "stance-adjective");
        assertReported("The skippers have long been wary that the toll would rise.", "that the toll would rise",
                "The skippers", "been wary", "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceAfterASubjectFusedWithBeSpeaksForThatSubject() {
        assertReported("This spring we're anxious that the ferry will sail.", "that the ferry will sail", "we're",
                "anxious", "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceAfterTheEmptyItHasNoSpeaker() {
        Quote q = only("It is far less certain that the pier will stand.");
        assertEquals("that the pier will stand", q.text());
        assertTrue(q.speaker().isEmpty());
    }

    @Test
    void aQuestionAfterAWordOfTalkOrDisputeAndItsPrepositionIsReportedForTheSubject() {
        assertReported("Okafor offered few details about why the toll would be spent.", "why the toll would be spent", "Okafor",
                "details about", "question-topic");
        assertReported("Okafor and Vasko quarrelled over who should mend the pier.", "who should mend the pier", "Okafor",
                "quarrelled over", "question-topic");
        assertReported("Vasko was evasive about when she would vote on the toll.", "when she would vote on the toll", "Vasko",
                "evasive about", "question-topic");
    }

    @Test
    void aQuestionAfterAWordOfDisputeWithNoSubjectHasNoSpeaker() {
        Quote q = only("There is little agreement on whether the toll works.");
        assertEquals("whether the toll works", q.text());
        assertTrue(q.speaker().isEmpty());
    }

    @Test
    void aQuestionAfterAWordOfNeitherTalkNorDisputeIsNoReport() {
        assertTrue(indirect("The price hinges on how the vote goes.").isEmpty());
    }

    @Test
    void aNounOfSayingTakesAClauseOpenedByABareSubjectThatAnAuxiliaryFollows() {
        Quote fears = only("There were fears that rival crews would cut the fares.");
        assertEquals("that rival crews would cut the fares", fears.text());
        assertEquals("claim-noun", fears.rule());
        assertTrue(fears.speaker().isEmpty());
        Quote complaints = only("There were complaints that it cost too much.");
        assertEquals("that it cost too much", complaints.text());
        assertTrue(complaints.speaker().isEmpty());
    }

    @Test
    void nounsOfAssumingAgreeingAndRumourTakeAClauseOpenedByASubject() {
        Quote assumed = only("The growers plant early, working from the assumption that the frost will pass.");
        assertEquals("that the frost will pass", assumed.text());
        assertEquals("claim-noun", assumed.rule());
        assertEquals("that the toll was too high", only("There were rumors that the toll was too high.").text());
        assertEquals("that the orchard should be sold", only("Quennell had little doubt that the orchard should be sold.").text());
        assertEquals("that the pier needs new planks", only("The guild voiced its recognition that the pier needs new planks.").text());
    }

    @Test
    void aNounOfSayingWithItsSourceAfterFromOrAmongIsSaidByTheSource() {
        assertReported("The board ignored complaints from the growers that the toll was too high.", "that the toll was too high",
                "the growers", "complaints", "claim-noun");
        assertReported("There is broad recognition among ferry crews that the pier is unsafe.", "that the pier is unsafe",
                "ferry crews", "recognition", "claim-noun");
        assertReported("The guild heard warnings from Ansel Brightwater that the orchard would flood.",
                "that the orchard would flood", "Ansel Brightwater", "warnings", "claim-noun");
    }

    @Test
    void aNounOfSayingWithItsSourceOpensTheTextToo() {
        Quote q = indirect("Warnings from the toll clerks that the pier would close went unheeded.").stream()
                .filter(r -> r.rule().equals("claim-noun")).findFirst().orElseThrow();
        assertTrue(q.text().startsWith("that the pier would close"), q.text());
        assertEquals("the toll clerks", q.speaker().orElseThrow().mention());
        assertEquals("Warnings", q.cue().orElseThrow().text());
    }

    @Test
    void aClaimThatIsTheSubjectEndsBeforeTheSentencesVerbWithOrWithoutItsSource() {
        Quote sourced = indirect("Warnings from the toll clerks that the pier would close went unheeded.").stream()
                .filter(r -> r.rule().equals("claim-noun")).findFirst().orElseThrow();
        assertEquals("that the pier would close", sourced.text());
        Quote bare = indirect("The complaints that the toll is too high went unanswered.").stream()
                .filter(r -> r.rule().equals("claim-noun")).findFirst().orElseThrow();
        assertEquals("that the toll is too high", bare.text(), "went, a past without -ed, is the sentence's verb");
    }

    @Test
    void aSourceAfterANounOfSayingIsNoSourceWhenAVerbFollowsIt() {
        assertTrue(indirect("The board heard complaints from crews who were sure that the toll was too high.").stream()
                .noneMatch(q -> q.rule().equals("claim-noun")));
    }

    @Test
    void nounsOfSensingAndConcludingTakeAClauseOpenedByASubject() {
        Quote sensed = only("There is a growing sense that the ferry will not run this winter.");
        assertEquals("that the ferry will not run this winter", sensed.text());
        assertEquals("claim-noun", sensed.rule());
        assertEquals("that the tolls were fair", only("The clerk's conclusion that the tolls were fair surprised the guild.").text());
        assertEquals("that the orchard was too dry", only("The growers had a feeling that the orchard was too dry.").text());
    }

    @Test
    void aClauseAfterANounOfSayingMayOpenWithAWordOfQuantity() {
        assertEquals("that nobody would pay the new toll", only("The skippers kept their belief that nobody would pay the new toll.").text());
        assertEquals("that any pier can be mended by spring", only("The guild holds to a hope that any pier can be mended by spring.").text());
    }

    @Test
    void aContractedIsBeforeANounOfSayingOwnsNothing() {
        Quote q = only("There's general agreement that the ferry must run at night.");
        assertEquals("that the ferry must run at night", q.text());
        assertTrue(q.speaker().isEmpty(), () -> q.speaker().toString());
    }

    @Test
    void aNounOfSayingBeforeAThatAVerbFollowsTakesNoClause() {
        assertTrue(indirect("Her claim that angered the skippers was false.").isEmpty());
    }

    @Test
    void theQuestionBeforeBeAndAQuestionWordIsAskedByNoOneNamed() {
        Quote q = only("The question is when the ferry will sail.");
        assertEquals("when the ferry will sail", q.text());
        assertEquals("claim-noun", q.rule());
        assertTrue(q.speaker().isEmpty());
        assertEquals("how to mend the pier", only("The real question was how to mend the pier.").text());
    }

    @Test
    void aNounOfSayingBeforeIsThatTakesAClauseWhateverOpensIt() {
        assertReported("Her worry is that by next spring the toll will have risen.",
                "that by next spring the toll will have risen", "Her", "worry", "claim-noun");
    }

    @Test
    void aNounOfSayingReachesItsBeThatPastAPhraseOfTimeOrHasBeen() {
        assertReported("Her argument on Tuesday was that the toll was fair.", "that the toll was fair", "Her", "argument",
                "claim-noun");
        Quote q = only("The fear has been that the growers would leave.");
        assertEquals("that the growers would leave", q.text());
        assertEquals("claim-noun", q.rule());
        assertTrue(q.speaker().isEmpty());
    }

    @Test
    void aNounOfSayingReachesItsThatPastAShortPhraseOfTime() {
        assertReported("Her assertion Monday that the pier was safe drew jeers.", "that the pier was safe", "Her",
                "assertion", "claim-noun");
        assertReported("The clerk gave his boldest pledge yet that the toll would not rise.", "that the toll would not rise",
                "his", "pledge", "claim-noun");
        assertEquals(List.of(), indirect("The promise last week that angered the growers was dropped."));
    }

    @Test
    void determineReportsTheQuestionAfterIt() {
        assertReported("The clerks will determine whether any hull can float.", "whether any hull can float", "The clerks",
                "determine", "leading-verb");
        assertReported("The clerks are now determining how far the toll will rise.", "how far the toll will rise",
                "The clerks", "determining", "leading-verb");
    }

    @Test
    void theCaseOrThePointMadeReportsItsClauseForWhoeverMadeIt() {
        assertReported("Vasko is building a careful case to the skippers at the pier that the toll must fall.",
                "that the toll must fall", "Vasko", "building a careful case", "claim-noun");
        assertReported("Okafor made a fair point that the ferry was late.", "that the ferry was late", "Okafor", "made a fair point",
                "claim-noun");
        assertReported("Okafor set out on Monday to make a strong case that the ferry was safe.", "that the ferry was safe", "Okafor",
                "make a strong case", "claim-noun");
        assertReported("The vote let her make a plain case that the toll was fair.", "that the toll was fair", "her",
                "make a plain case", "claim-noun");
    }

    @Test
    void aCaseBeforeARelativeThatReportsNothing() {
        assertTrue(indirect("The clerks built a case that was settled in May.").isEmpty());
    }

    @Test
    void verbsOfReckoningNoticingAndReaffirmingReportTheirClause() {
        assertReported("The guild calculates that the toll will double.", "that the toll will double", "The guild", "calculates",
                "leading-verb");
        assertReported("Okafor noticed that the pier was gone.", "that the pier was gone", "Okafor", "noticed", "leading-verb");
        assertReported("The board reaffirmed that the ferry will sail.", "that the ferry will sail", "The board",
                "reaffirmed", "leading-verb");
    }

    @Test
    void aQuestionRightAfterThePronounToldIsWhatWasTold() {
        assertReported("The manager told us why the stock fell.", "why the stock fell", "The manager", "told",
                "leading-verb");
        assertTrue(indirect("Okafor told the skippers who had gathered at the pier.").stream()
                .noneMatch(q -> q.text().startsWith("who")));
    }

    @Test
    void anAdjectiveOfStanceAfterANegatedBeReportsItsQuestion() {
        assertReported("The clerks weren't certain whether they could help.", "whether they could help", "The clerks", "weren't certain",
                "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceWithInOnForOrToReportsItsObject() {
        assertReported("The growers are split on the new levy.", "the new levy", "The growers", "are split on",
                "stance-adjective");
        assertReported("The council is hostile to the toll.", "the toll", "The council", "is hostile to", "stance-adjective");
        assertReported("The mayor was proud of the ferry crews.", "the ferry crews", "The mayor", "was proud of",
                "stance-adjective");
    }

    @Test
    void aNounOfClaimingWithBeAndThatReportsTheClauseForItsOwner() {
        assertReported("Lark's view is that the levy will fail.", "that the levy will fail", "Lark's", "view", "claim-noun");
        assertReported("Her argument was that the toll is too high.", "that the toll is too high", "Her", "argument",
                "claim-noun");
    }

    @Test
    void aNounOfClaimingThatIsAlsoAVerbAfterItsSubjectIsThatVerb() {
        assertReported("The ferry guild fears that the old pier will flood.", "that the old pier will flood", "The ferry guild",
                "fears", "leading-verb");
        assertReported("Most skippers hope that the tolls will fall.", "that the tolls will fall", "Most skippers", "hope",
                "leading-verb");
    }

    @Test
    void aNounOfClaimingThatIsAlsoAVerbIsThatVerbByItsPlace() {
        assertReported("The skippers met at dawn, warning that the tolls would ruin them.", "that the tolls would ruin them",
                "The skippers", "warning", "leading-verb");
        assertReported("Most skippers still fear that the tolls will rise.", "that the tolls will rise", "Most skippers", "fear",
                "leading-verb");
        assertReported("The growers will have to pledge that the orchard stays open.", "that the orchard stays open",
                "The growers", "pledge", "leading-verb");
        Quote noun = only("Okafor ignored a stern warning that the dyke was failing.");
        assertEquals("claim-noun", noun.rule());
    }

    @Test
    void aNounOfClaimingWithNoOwnerIsReportedForTheSubjectOfTheVerbItIsTheObjectOf() {
        assertReported("Okafor aired the idea that a ferry could serve the island.", "that a ferry could serve the island",
                "Okafor", "idea", "claim-noun");
        assertReported("Both harbour masters gave firm assurances that the pier would reopen.", "that the pier would reopen",
                "Both harbour masters", "assurances", "claim-noun");
        assertTrue(only("The idea that a ferry could serve the island seems odd.").speaker().isEmpty());
    }

    @Test
    void aNounOfClaimingHeadingTheSubjectEndsItsClauseBeforeTheSentencesVerb() {
        assertReported("Okafor's pledge to cut the ferry fares has cost him votes.", "to cut the ferry fares", "Okafor's", "pledge",
                "claim-noun");
        assertReported("HARROWGATE — The mayor's decision to cancel the festival drew sharp criticism.", "to cancel the festival",
                "mayor's", "decision", "claim-noun");
        assertReported("Yet her decision to sell the orchard angered her neighbours.", "to sell the orchard", "her", "decision",
                "claim-noun");
        assertReported("Mirren's claim that the dam had cracked would soon be denied.", "that the dam had cracked", "Mirren's", "claim",
                "claim-noun");
        assertReported("Mirren's claim that the dam had cracked because the river rose was denied.",
                "that the dam had cracked because the river rose was denied", "Mirren's", "claim", "claim-noun");
        assertReported("Her decision to sell 40 unused boats surprised the crews.", "to sell 40 unused boats", "Her", "decision",
                "claim-noun");
    }

    @Test
    void aNounOfClaimingInAnOpeningPhraseEndsItsClauseAtTheComma() {
        assertReported("Despite Mirren's claims that the pier leaks, the ferry kept sailing.", "that the pier leaks", "Mirren's", "claims",
                "claim-noun");
    }

    @Test
    void aNounPhraseThatAClauseWithoutARelativeWordDescribesIsWhatItsSubjectHolds() {
        Quote q = only("The council dropped the ferry toll, a plan she once backed.");
        assertEquals("a plan", q.text());
        assertEquals("she", q.speaker().orElseThrow().mention());
        assertEquals("backed", q.cue().orElseThrow().text());
        assertEquals("relative-object", q.rule());
        Quote many = only("The storm fed the unease many growers feel about the harbour.");
        assertEquals("the unease", many.text());
        assertEquals("many growers", many.speaker().orElseThrow().mention());
    }

    @Test
    void aClauseWithoutARelativeWordWhoseVerbHasItsObjectReportsNoNounBeforeIt() {
        assertTrue(indirect("On the day she endorsed Okafor it rained.").stream().noneMatch(q -> q.text().contains("day")));
        assertTrue(indirect("The orchard Ferry Watch praised was sold.").stream().noneMatch(q -> "relative-object".equals(q.rule())));
        assertTrue(indirect("The wardens gained a strong support.").isEmpty());
    }

    @Test
    void anImpressionInARelativeClauseSetOffByCommasEndsAtTheCommaBeforeTheSentencesPredicate() {
        List<Quote> found = indirect("The new pier, which is expected to open in May, has cost the town dearly.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("to open in May", found.get(1).text());
        assertEquals("passive-report", found.get(1).rule());
        List<Quote> seems = indirect("Okafor, who seemed unsure of the levy, needs a new crew.");
        assertEquals("unsure of the levy", seems.get(seems.size() - 1).text());
    }

    @Test
    void anImpressionInARelativeClauseKeepsACommaInsideItsComplement() {
        List<Quote> found = indirect("Okafor, who is expected to give a long, angry speech, stayed home.");
        assertEquals("to give a long, angry speech", found.get(found.size() - 1).text());
    }

    @Test
    void theSubjectOfAVerbOfReceivingAJudgementIsWhatTheGiversJudged() {
        assertReported("The new toll drew sharp criticism from the growers.", "The new toll", "the growers",
                "drew sharp criticism from", "reception");
        assertReported("Okafor has won the backing of most wardens.", "Okafor", "most wardens", "won the backing of", "reception");
        assertReported("Her choice as the ferry board's chair drew praise from the wardens.", "Her choice as the ferry board's chair",
                "the wardens", "drew praise from", "reception");
    }

    @Test
    void aVerbOfReceivingReachesItsNounPastAQuantifierAndItsGiversPastAnOwner() {
        assertReported("Okafor has not received any backing from his fellow wardens.", "Okafor", "his fellow wardens",
                "received any backing from", "reception");
    }

    @Test
    void manyVerbsOfReceivingInOneSentenceWithoutAFullStopStayLinear() {
        String text = "the toll drew criticism from growers and ".repeat(20_000);
        List<Quote> found = indirect(text);
        assertEquals(20_000, found.size());
        Quote last = found.get(found.size() - 1);
        assertEquals("the toll", last.text());
        assertEquals("growers", last.speaker().orElseThrow().mention());
        assertEquals("reception", last.rule());
    }

    @Test
    void aLongObjectOfAVerbOfStanceWithManyComparisonsStaysLinear() {
        String text = "Okafor praised the plan" + " of the town".repeat(10_000) + " as big".repeat(10_000) + ".";
        Quote q = only(text);
        assertTrue(q.end() < 1_000, () -> "object ends at " + q.end());   // read up to a bound, not to the sentence end
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
        assertEquals("praised", q.cue().orElseThrow().text());
    }

    @Test
    void aLongObjectOfAVerbOfStanceWithManyDaysStaysLinear() {
        String text = "Okafor praised the plan" + " of the town".repeat(5_000) + " of 3 towns Monday".repeat(5_000) + ".";
        Quote q = only(text);
        assertTrue(q.end() < 1_000, () -> "object ends at " + q.end());   // read up to a bound, not to the sentence end
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
        assertEquals("praised", q.cue().orElseThrow().text());
    }

    @Test
    void manyVerbsSharingOneSubjectInASentenceWithoutAFullStopStayLinear() {
        String text = "Okafor said fees rose" + " and argues fees rose".repeat(10_000) + ".";
        List<Quote> found = indirect(text);
        assertEquals(10_001, found.size());
        Quote last = found.get(found.size() - 1);
        assertEquals("fees rose", last.text());
        assertEquals("argues", last.cue().orElseThrow().text());
        assertEquals("Okafor", last.speaker().orElseThrow().mention());
    }

    @Test
    void theOwnerOfSupportAmongGiversIsWhatTheyBack() {
        Quote q = indirect("Her support among younger growers has slipped.").get(0);
        assertEquals("Her", q.text());
        assertEquals("younger growers", q.speaker().orElseThrow().mention());
        assertEquals("reception", q.rule());
    }

    @Test
    void aVerbOfReceivingInASentenceThatAnAttributionClosesReportsNothingOfItsOwn() {
        Quote q = only("The toll drew criticism from growers, Okafor said.");
        assertEquals("trailing-verb", q.rule());
        assertTrue(indirect("The pier had a long history of support from the town.").stream().noneMatch(r -> "reception".equals(r.rule())));
    }

    @Test
    void aNounOfClaimingWithNoOwnerIsReportedForTheSubjectOfAVerbAFewWordsBeforeIt() {
        assertReported("Okafor clung to the faint hope that the pier would reopen.", "that the pier would reopen", "Okafor", "hope",
                "claim-noun");
        assertReported("The wardens persisted in their quiet belief that the dam leaked.", "that the dam leaked", "their", "belief",
                "claim-noun");
        assertReported("The wardens stuck to arguments that the dam leaked.", "that the dam leaked", "The wardens", "arguments",
                "claim-noun");
    }

    @Test
    void aNounOfReadinessOrOfAnAttemptReportsNoIntent() {
        assertTrue(indirect("Her willingness to sell the orchard surprised the crews.").isEmpty());
        assertTrue(indirect("His bid to buy the old pier failed.").isEmpty());
    }

    @Test
    void aDemonstrativeBeforeAccordingToIsWhatTheSourceSaid() {
        Quote q = indirect("The ferry lost money again. That’s according to the harbour board.").get(0);
        assertEquals("That’s", q.text());
        assertEquals("the harbour board", q.speaker().orElseThrow().mention());
        assertEquals("according-to", q.rule());
    }

    @Test
    void aPollClosingASentenceReportsTheClauseAfterASubordinatingWordWithoutAComma() {
        Quote q = only("Mirren toured the valley all week as Okafor stayed first in a new harbour poll.");
        assertEquals("Okafor stayed first", q.text());
        assertEquals("in-source", q.rule());
    }

    @Test
    void aNounOfClaimingAfterAnAdjectiveStaysANoun() {
        Quote q = only("The storm raised new fears that the old pier would flood.");
        assertEquals("that the old pier would flood", q.text());
        assertEquals("claim-noun", q.rule());
        Quote passing = only("It was a passing promise that the pier would reopen.");
        assertEquals("claim-noun", passing.rule());
    }

    @Test
    void aCallForIsANounWithAnOwnerAndAVerbWithASubject() {
        Quote noun = only("Lark's call for a recount was cheered by the growers.");
        assertEquals("a recount", noun.text());
        assertEquals("topic-noun", noun.rule());
        assertEquals("Lark's", noun.speaker().orElseThrow().mention());
        assertReported("Growers call for a recount.", "a recount", "Growers", "call for", "leading-verb");
    }

    @Test
    void aVerbWithItsPrepositionReportsItsObject() {
        assertReported("The nurses union called for a new contract.", "a new contract", "The nurses union",
                "called for", "leading-verb");
    }

    @Test
    void aReportEndsBeforeAnotherJoinedByAnd() {
        List<Quote> found = indirect("Ms. Haas said the roof leaked and the tenants said the heating failed.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the roof leaked", found.get(0).text());
        assertEquals("the heating failed", found.get(1).text());
    }

    @Test
    void aReportInASubordinateClauseEndsAtItsComma() {
        assertReported("While Okafor said the dam was safe, engineers kept checking it.", "the dam was safe", "Okafor",
                "said", "leading-verb");
    }

    @Test
    void theWordsRightBeforeTheVerbAreItsSubjectWhenNoOtherRuleFindsOne() {
        assertReported("In the end her rivals said the coverage hurt the mayor.", "the coverage hurt the mayor",
                "her rivals", "said", "leading-verb");
    }

    @Test
    void theBaseFormAfterAPluralNounIsAVerb() {
        assertReported("His neighbours say that the well ran dry.", "that the well ran dry", "His neighbours", "say",
                "leading-verb");
    }

    @Test
    void aQuestionAfterAskedOpeningTheSentenceIsReportedWithoutASpeaker() {
        List<Quote> found = indirect("Asked whether the dam was safe, the engineer nodded.");
        assertEquals(1, found.size(), found::toString);
        Quote q = found.get(0);
        assertEquals("whether the dam was safe", q.text());
        assertEquals(Optional.empty(), q.speaker());
        assertEquals("Asked", q.cue().orElseThrow().text());
        assertEquals("asked-question", q.rule());
    }

    @Test
    void aLongSourceAfterAccordingToEndsAtItsComma() {
        assertReported("According to a survey of farmers in the north, the harvest was poor.", "the harvest was poor",
                "a survey", "According to", "according-to");
    }

    @Test
    void whatSomeoneTalkedAboutIsReported() {
        assertReported("The mayor talked about the new bridge.", "the new bridge", "The mayor", "talked about",
                "leading-verb");
    }

    @Test
    void aParticipleOfStanceTakesTheSubjectOfItsSentence() {
        assertReported("Ms. Okafor left the hall, referring to the flood barriers.", "the flood barriers", "Ms. Okafor",
                "referring to", "leading-verb");
    }

    @Test
    void whatSomeoneDiscussedIsReported() {
        assertReported("The governor discussed the water rates with farmers.", "the water rates with farmers", "The governor",
                "discussed", "leading-verb");
    }

    @Test
    void aPronounContractedWithItsVerbOpensTheClauseAfterTheListenerOfTold() {
        assertReported("The ferry captain told us she's ready to sail.", "she's ready to sail", "The ferry captain", "told",
                "leading-verb");
        assertReported("Okafor told the wardens it’s too late for a second survey.", "it’s too late for a second survey", "Okafor",
                "told", "leading-verb");
    }

    @Test
    void aQuestionOpenedByWhichOrPastAnAdverbAfterAskedIsReportedWithoutASpeaker() {
        for (String[] c : new String[][] {
            {"Asked which bridge would close first, the engineer shrugged.", "which bridge would close first"},
            {"Asked plainly whether the levy would pass, the clerk laughed.", "whether the levy would pass"}}) {
            Quote q = only(c[0]);
            assertEquals(c[1], q.text(), c[0]);
            assertEquals(Optional.empty(), q.speaker(), c[0]);
            assertEquals("Asked", q.cue().orElseThrow().text(), c[0]);
            assertEquals("asked-question", q.rule(), c[0]);
        }
    }

    @Test
    void wouldLikeBeforeAnInfinitiveReportsTheWishAsWantsDoes() {
        assertReported("The rowing club would like to rename the boathouse.", "to rename the boathouse", "The rowing club", "like",
                "leading-verb");
        assertEquals(List.of(), indirect("The boathouse would look like a barn."));
    }

    @Test
    void aShareOfWhomOrAPercentWhoBeforeTheVerbIsTheSpeaker() {
        assertReported("The lock keepers, several of whom insist the gates leak, met on the quay.", "the gates leak",
                "several of whom", "insist", "leading-verb");
        assertReported("Most renters were upset, among them 12% who say the fees should fall.", "the fees should fall", "who",
                "say", "leading-verb");
    }

    @Test
    void aNumberMadeApproximateOpensAClauseNoPhraseBeforeAClosingAttribution() {
        assertReported("About 37 percent of owners renewed, according to figures the harbour office released on Monday.",
                "About 37 percent of owners renewed", "figures the harbour office released on Monday", "according to",
                "according-to");
        assertReported("At least 30 of the orchards lost fruit, according to a ledger the guild of growers kept in the spring.",
                "At least 30 of the orchards lost fruit", "a ledger the guild of growers kept in the spring", "according to",
                "according-to");
    }

    @Test
    void aVerbOfBeliefReportsAClauseOpenedByABareNounBeforeItsVerb() {
        assertReported("Most anglers fear trout will vanish from the upper lakes.", "trout will vanish from the upper lakes", "Most anglers",
                "fear", "leading-verb");
        assertEquals(List.of(), indirect("Most anglers fear trout in the upper lakes."));
    }

    @Test
    void aLongListenerAfterToldComesBeforeThat() {
        assertReported("Ms. Brandt told the volunteers of the old shelter on Sunday that the beds were full.",
                "that the beds were full", "Ms. Brandt", "told", "leading-verb");
    }
    @Test
    void aSecondPredicateOfTheSpeakerEndsTheClause() {
        assertReported("The mayor said the bridge would reopen in May and attempted to calm the shop owners.",
                "the bridge would reopen in May", "The mayor", "said", "leading-verb");
    }

    @Test
    void theObjectOfAVerbOfStanceKeepsItsPhrasesOfPlaceAndRole() {
        assertReported("The farmers union praised her record as mayor of the valley town.",
                "her record as mayor of the valley town", "The farmers union", "praised", "leading-verb");
    }
    @Test
    void anImpressionGivesItsSubjectAndComplementWithoutASpeaker() {
        List<Quote> found = indirect("The old ferry seemed oddly quiet that morning.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The old ferry", found.get(0).text());
        assertEquals("oddly quiet that morning", found.get(1).text());
        for (Quote q : found) {
            assertTrue(q.speaker().isEmpty(), q::toString);
            assertEquals("seeming", q.rule());
            assertEquals("seemed", q.cue().orElseThrow().text());
        }
    }

    @Test
    void theSubjectOfAnImpressionRunsOverAnOwnerInSAndARelativeClause() {
        assertEquals("The growers' plan", indirect("The growers' plan seems to work.").get(0).text());
        assertEquals("neither ferry", indirect("By May neither ferry seemed to be ready.").get(0).text());
        assertEquals("The warden who runs the pier", indirect("The warden who runs the pier seems to like them.").get(0).text());
    }

    @Test
    void anImpressionJoinedByAndToAnEarlierPredicateGivesNoSubjectPiece() {
        List<Quote> found = indirect("Okafor walked the pier on Monday and seemed rather tired of it.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("rather tired of it", found.get(0).text());
    }

    @Test
    void anAdverbOfReportInsideANounPhraseReportsNothing() {
        assertTrue(indirect("They walked along the supposedly safe pier at dawn.").stream().noneMatch(q -> "seeming".equals(q.rule())));
        assertEquals("seeming", indirect("The crews reportedly left the pier early.").get(0).rule());
    }

    @Test
    void theSubjectOfAnImpressionRunsOverPrepositionsAndCoordination() {
        assertEquals("The rally at the union hall", indirect("The rally at the union hall appeared to go well.").get(0).text());
        assertEquals("Crows and ravens", indirect("Crows and ravens are considered to be clever.").get(0).text());
    }

    @Test
    void theSubjectOfAnImpressionKeepsItsWordOfQuantity() {
        assertEquals("None of them", indirect("None of them seemed to mind the rain.").get(0).text());
        assertEquals("All the donors", indirect("All the donors appear to live abroad.").get(0).text());
    }

    @Test
    void aPassiveExpectedReportsWhatIsExpectedOfItsSubject() {
        List<Quote> found = indirect("The county board is widely expected to approve the budget on Friday.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The county board", found.get(0).text());
        assertEquals("to approve the budget on Friday", found.get(1).text());
        assertEquals("is widely expected", found.get(1).cue().orElseThrow().text());
        assertTrue(found.get(1).speaker().isEmpty());
    }

    @Test
    void appearingSomewhereIsNoImpression() {
        assertTrue(indirect("The senator appeared in court on Monday.").isEmpty());
    }
    @Test
    void aLongSourceAfterAccordingToRunsToItsComma() {
        assertReported("According to letters from two of the harbour pilots, the channel silted up in March.",
                "the channel silted up in March", "letters from two of the harbour pilots", "According to", "according-to");
    }

    @Test
    void accordingToAfterAnOpeningPhraseReportsTheRest() {
        // the opening phrase is the report's first piece (IndirectOpeningPieceTest)
        List<Quote> found = indirect("Since the storm, according to the coast guard, four boats have gone missing.");
        Quote rest = found.get(found.size() - 1);
        assertEquals("four boats have gone missing", rest.text());
        assertEquals("the coast guard", rest.speaker().orElseThrow().mention());
        assertEquals("according to", rest.cue().orElseThrow().text());
        assertEquals("according-to", rest.rule());
    }

    @Test
    void accordingToClosingTheSentenceTakesAllItsWordsAsTheSource() {
        assertReported("The fund lost a third of its value, according to records the trustees filed on Monday.",
                "The fund lost a third of its value", "records the trustees filed on Monday", "according to",
                "according-to");
    }
    @Test
    void aParticipleAfterAQuotationWithMarksReportsForItsSpeaker() {
        Quote q = only("“The nets are empty,” Okafor said, adding that the season had been the worst in years.");
        assertEquals("that the season had been the worst in years", q.text());
        assertEquals("Okafor", q.speaker().orElseThrow().mention());
        assertEquals("adding", q.cue().orElseThrow().text());
    }

    @Test
    void theVerbTaggingAQuotationWithMarksAlsoReportsAThatClauseAfterIt() {
        assertReported("“We never closed the pier,” but the warden denied that the ferries had stopped.",
                "that the ferries had stopped", "the warden", "denied", "leading-verb");
        assertReported("“The toll is fair,” the clerk said, twice, that the guild had voted for it.",
                "that the guild had voted for it", "the clerk", "said", "leading-verb");
        assertEquals(List.of(), indirect("“Nobody rows at dusk,” the warden said that night."));
        assertEquals(List.of(), indirect("“Nobody rows at dusk,” the warden wrote that summer."));
    }

    @Test
    void aWeekdayAfterTheVerbIsNoPartOfTheClause() {
        assertReported("The ferry company said Monday the crossings would resume.", "the crossings would resume",
                "The ferry company", "said", "leading-verb");
    }

    @Test
    void aThatAfterTheVerbOfTheReportedClauseBelongsToThatClause() {
        assertReported("Ms. Brandt said the council believes that the shelter is full.",
                "the council believes that the shelter is full", "Ms. Brandt", "said", "leading-verb");
    }
    @Test
    void aRelativeWordBeforeTheSpeakerIsAPieceOfTheReport() {
        List<Quote> found = indirect("The new tolls, which officials said will take effect in May, angered drivers.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("which", found.get(0).text());
        assertEquals("will take effect in May", found.get(1).text());
        assertEquals(found.get(0).group(), found.get(1).group());
        assertEquals("officials", found.get(0).speaker().orElseThrow().mention());
        assertEquals("relative-object", found.get(0).rule());
    }

    @Test
    void aRelativeWordIsWhatAVerbOfStanceWithoutObjectReports() {
        Quote q = only("It was a levy, which the harbour board endorsed.");
        assertEquals("which", q.text());
        assertEquals("the harbour board", q.speaker().orElseThrow().mention());
        assertEquals("endorsed", q.cue().orElseThrow().text());
    }

    @Test
    void aRelativeWordIsWhatAVerbOfNamingReportsWhenItsNameIsQuoted() {
        List<Quote> found = indirect("Daskin took aim at Quarrie, who she dubbed \u201cthe ferry king.\u201d");
        Quote who = found.stream().filter(q -> q.text().equals("who")).findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("she", who.speaker().orElseThrow().mention());
        assertEquals("dubbed", who.cue().orElseThrow().text());
        assertEquals("relative-object", who.rule());
        Quote what = only("The trust has cut what she calls waste at the port.");
        assertEquals("what", what.text());
        assertEquals("she", what.speaker().orElseThrow().mention());
    }

    @Test
    void aRelativeWordBeforeARoleOpeningTheSpeakersNameIsAPieceOfTheReport() {
        List<Quote> found = indirect("The vote brought what aide Ilsley Brannock called \u201ca new start.\u201d");
        assertEquals("what", found.get(0).text(), found::toString);
        assertEquals("Ilsley Brannock", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void theClauseOfARelativeWhoEndsWithTheRelativeClause() {
        assertReported("Corrow, who said the levy would fail, left the hall.", "the levy would fail", "who", "said",
                "leading-verb");
    }
    @Test
    void aVerbOfBeliefReportsAClauseOpenedByItsSubject() {
        assertReported("Many growers believe the new canal will ruin the valley.", "the new canal will ruin the valley",
                "Many growers", "believe", "leading-verb");
    }
    @Test
    void aVerbOfIntentReportsTheNounPhraseItWants() {
        assertReported("Dairy farmers want a recount of the vote.", "a recount of the vote", "Dairy farmers", "want",
                "leading-verb");
    }
    @Test
    void aNounOfSayingReportsTheClauseAfterItForItsOwner() {
        Quote q = only("Few trust Ted Lark's claim that the ferry had sunk.");
        assertEquals("that the ferry had sunk", q.text());
        assertEquals("claim-noun", q.rule());
        assertEquals("Ted Lark's", q.speaker().orElseThrow().mention());
    }

    @Test
    void aNounBeforeARelativeThatReportsNothing() {
        assertTrue(indirect("It was a plan that passed easily.").isEmpty());
    }
    @Test
    void thePersonAskedIsNoPartOfTheQuestion() {
        assertReported("A reporter asked Okafor whether the orchard would survive.", "whether the orchard would survive",
                "A reporter", "asked", "leading-verb");
    }

    @Test
    void askingSomeoneAQuestionReportsNothing() {
        assertTrue(indirect("The moderator asked him a question.").isEmpty());
    }

    @Test
    void theAuxiliaryBeforeAVerbOfImpressionIsNoPartOfTheSubject() {
        List<Quote> found = indirect("Voters like him because he doesn't seem like a career politician.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("he", found.get(0).text());
        assertEquals("a career politician", found.get(1).text());
    }
    @Test
    void aWordBeforeAnAttributionInsideTheClauseIsAPieceOfIt() {
        List<Quote> found = indirect("Otherwise, she said, the orchards will dry out by August.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Otherwise", found.get(0).text());
        assertEquals("the orchards will dry out by August", found.get(1).text());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void aSingleWordBeforeAnAttributionThatAQuotationFollowsIsAPieceOfWhatWasSaid() {
        List<Quote> found = indirect("The mill closed. But, the mayor added, \u201cwe will rebuild it.\u201d");
        assertEquals(1, found.size(), found::toString);
        assertEquals("But", found.get(0).text());
        assertEquals("the mayor", found.get(0).speaker().orElseThrow().mention());
        Quote inverted = only("The mill closed. Instead, said Tolvane, \u201cwe will rebuild it.\u201d");
        assertEquals("Instead", inverted.text());
        assertEquals("Tolvane", inverted.speaker().orElseThrow().mention());
    }

    @Test
    void aSingleWordBeforeAnAsideOfAccordingToIsAPieceOfTheReport() {
        List<Quote> found = indirect("Repairs, according to the harbour board, have stalled.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Repairs", found.get(0).text());
        assertEquals("have stalled", found.get(1).text());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void atLeastBeforeANumberAfterAnAttributionCarriesTheClauseOn() {
        List<Quote> found = indirect("Now, she says, at least nine towns have lost their shops.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Now", found.get(0).text());
        assertEquals("at least nine towns have lost their shops", found.get(1).text());
    }

    @Test
    void anOpeningPhraseBeforeAnAttributionIsAPieceOfTheReport() {
        List<Quote> found = indirect("When the ferry docked, he said, the crew had already left.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("When the ferry docked", found.get(0).text());
        assertEquals("the crew had already left", found.get(1).text());
        assertEquals("he", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void aRelativeWhoWithoutACommaIsTheSpeaker() {
        Quote q = only("The levy passed easily among growers who said the canal was worth the cost.");
        assertEquals("the canal was worth the cost", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
    }

    @Test
    void aShareOfPeopleIsTheSpeaker() {
        assertReported("More than six in 10 said the ferry fares were too high.", "the ferry fares were too high",
                "More than six in 10", "said", "leading-verb");
    }
    @Test
    void aPassiveOfViewingGivesSubjectAndComplement() {
        List<Quote> found = indirect("The new canal is widely seen as a gamble.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The new canal", found.get(0).text());
        assertEquals("a gamble", found.get(1).text());
        assertEquals("is widely seen as", found.get(1).cue().orElseThrow().text());
        assertEquals("passive-report", found.get(1).rule());
        assertTrue(found.get(1).speaker().isEmpty());
    }

    @Test
    void prepositionOfAPassiveOfChargingBelongsToTheCue() {
        List<Quote> found = indirect("The treasurer was accused of fraud.");
        assertEquals(List.of("The treasurer", "fraud"), found.stream().map(Quote::text).toList());
        assertEquals("was accused of", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void knownForGivesSubjectAndWhatItIsKnownFor() {
        List<Quote> found = indirect("The harbour trust is known for its thrift.");
        assertEquals(List.of("The harbour trust", "its thrift"), found.stream().map(Quote::text).toList());
        assertEquals("is known for", found.get(1).cue().orElseThrow().text());
        assertEquals("passive-report", found.get(1).rule());
        assertTrue(found.get(1).speaker().isEmpty());
    }

    @Test
    void anAdverbBeforeAPassiveOfReportBelongsToTheCue() {
        List<Quote> found = indirect("The trust is best known for its ferries.");
        assertEquals(List.of("The trust", "its ferries"), found.stream().map(Quote::text).toList());
        assertEquals("is best known for", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void itWasReportedThatGivesTheClauseAlone() {
        Quote q = only("It was reported that the dam had failed.");
        assertEquals("that the dam had failed", q.text());
        assertEquals("was reported", q.cue().orElseThrow().text());
    }
    @Test
    void anAdjectiveOfStanceReportsWhatFollowsItsPreposition() {
        assertReported("Harbour pilots are deeply worried about the silt in the channel.", "the silt in the channel",
                "Harbour pilots", "are deeply worried about", "stance-adjective");
    }

    @Test
    void anAdjectiveOfStanceReportsItsThatClause() {
        assertReported("The mayor is confident that the levy will pass.", "that the levy will pass", "The mayor",
                "is confident", "stance-adjective");
    }
    @Test
    void reportedlyGivesSubjectAndPredicateWithoutASpeaker() {
        List<Quote> found = indirect("The harbour master reportedly left the island before the storm.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The harbour master", found.get(0).text());
        assertEquals("left the island before the storm", found.get(1).text());
        assertEquals("reportedly", found.get(1).cue().orElseThrow().text());
        assertTrue(found.get(1).speaker().isEmpty());
    }
    @Test
    void aParticiplePhraseAfterACommaEndsTheClause() {
        assertReported("Officials said the canal would close in May, forcing barges to take the long route.",
                "the canal would close in May", "Officials", "said", "leading-verb");
    }
    @Test
    void aTrailingAttributionWithADeterminerBeforeItsNameEndsTheClause() {
        Quote q = only("The levy was tilted toward the rich, the Harbour Gazette said.");
        assertEquals("The levy was tilted toward the rich", q.text());
        assertEquals("trailing-verb", q.rule());
    }
    @Test
    void aNounLikeVerbOfIntentBeforeACommaReportsNothing() {
        assertTrue(indirect("Unless towns draw up better plans, the floods will return.").isEmpty());
    }
    @Test
    void aSecondPredicateReportsForTheSubjectNotForItsConjunction() {
        List<Quote> found = indirect("The mayor thanked the crews and said the bridge would reopen in May.");
        Quote q = found.get(found.size() - 1);
        assertEquals("the bridge would reopen in May", q.text());
        assertEquals("The mayor", q.speaker().orElseThrow().mention());
    }
    @Test
    void whatWasAskedAboutIsTheQuestion() {
        assertReported("A reporter asked Okafor about the failing orchards.", "the failing orchards", "A reporter", "asked",
                "leading-verb");
    }
    @Test
    void aRelativeThatBeforeAVerbOfStanceIsNoReport() {
        assertTrue(indirect("It was a levy that the harbour board endorsed.").isEmpty());
    }

    @Test
    void verbOfEvidenceClosingTheSentenceReportsWhatCameBefore() {
        assertReported("Most tenants want the tram back, the survey found.", "Most tenants want the tram back", "the survey",
                "found", "trailing-verb");
    }

    @Test
    void verbOfEvidenceWithAPhraseAfterItReportsNothingBeforeIt() {
        assertTrue(indirect("The kiln was cold, moulds found in the cellar.").isEmpty());
    }

    @Test
    void listenerAfterATrailingToldIsNoClause() {
        assertReported("The pier will be rebuilt, the harbour master told a council panel Friday.", "The pier will be rebuilt",
                "the harbour master", "told", "trailing-verb");
    }

    @Test
    void anAudienceOrANamedListenerAfterATrailingToldIsNoClause() {
        assertReported("The fire was set, Vardy told reporters on Monday.", "The fire was set", "Vardy", "told", "trailing-verb");
        assertReported("The fire was set, Vardy told the Harrowgate Gazette.", "The fire was set", "Vardy", "told", "trailing-verb");
        assertReported("The fire was set, Vardy told WDUN.", "The fire was set", "Vardy", "told", "trailing-verb");
    }

    @Test
    void subjectWithAPhraseAfterItsHeadClosesTheSentence() {
        Quote q = only("The ferry will stop in June, a source close to the owners said.");
        assertEquals("The ferry will stop in June", q.text());
        assertTrue(q.speaker().orElseThrow().mention().startsWith("a source"), q.toString());
        assertEquals("trailing-verb", q.rule());
    }

    @Test
    void openingConditionBeforeAnAttributionAQuotationFollowsIsItsFirstPiece() {
        assertReported("If the ferry fails again on the river, Okafor said, “we will walk to the mill.”",
                "If the ferry fails again on the river", "Okafor", "said", "trailing-verb");
        assertReported("As for the new tolls on the pier, Okafor said, “nobody asked us.”",
                "As for the new tolls on the pier", "Okafor", "said", "trailing-verb");
    }

    @Test
    void openingPhraseOfTheOccasionBeforeAnAttributionAQuotationFollowsIsNoPiece() {
        assertTrue(indirect("In a letter to the harbour board, Okafor said, “we will walk to the mill.”").isEmpty());
        assertTrue(indirect("As the crowd on the pier began to cheer, Okafor said, “we will walk to the mill.”").isEmpty());
    }

    @Test
    void attributionOpenedByAsInTheMiddleGivesBothPartsOneGroup() {
        List<Quote> found = indirect("The new toll, as Vasko pointed out, will hurt the growers.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The new toll", found.get(0).text());
        assertEquals("will hurt the growers", found.get(1).text());
        for (Quote q : found) {
            assertEquals("Vasko", q.speaker().orElseThrow().mention());
            assertEquals("pointed out", q.cue().orElseThrow().text());
        }
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void conjunctionOpeningTheSentenceIsNoPartOfAReportBeforeAnAttributionOpenedByAs() {
        List<Quote> found = indirect("And the toll, as Vasko noted on Friday, rose again in the spring.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the toll", found.get(0).text());
        assertEquals("rose again in the spring", found.get(1).text());
    }

    @Test
    void longStretchWithACommaBeforeAnAttributionOpenedByAsIsNoPiece() {
        List<Quote> found = indirect("Then again, the wardens who met on the pier had few doubts, as Vasko noted, and left early.");
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("Then again")), found::toString);
    }

    @Test
    void secondPredicateOfThoughtOrIntentGoesOnWithAClauseOpenedByASubjectPronoun() {
        assertReported("Okafor said she found the tolls unfair and favored a new ferry.",
                "she found the tolls unfair and favored a new ferry", "Okafor", "said", "leading-verb");
    }

    @Test
    void secondPredicateGoesOnWithAClauseThatHasASubjectAndVerbOfItsOwn() {
        assertReported("Okafor said the ferry line had debts and opposed the sale of its pier.",
                "the ferry line had debts and opposed the sale of its pier", "Okafor", "said", "leading-verb");
    }

    @Test
    void secondPredicateOfSpeechEndsAClauseThatHasASubjectOfItsOwn() {
        List<Quote> found = indirect("Okafor said the ferry line had debts and warned that the pier would close.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the ferry line had debts", found.get(0).text());
        assertEquals("that the pier would close", found.get(1).text());
    }

    @Test
    void secondPredicateAfterAnObjectWithoutAVerbIsTheSubjectsNextAct() {
        List<Quote> found = indirect("Okafor endorsed the ferry line and opposed the sale of its pier.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the ferry line", found.get(0).text());
        assertEquals("the sale of its pier", found.get(1).text());
    }

    @Test
    void secondPredicateOfSpeechEndsAClauseOpenedByASubjectPronoun() {
        List<Quote> found = indirect("Okafor said she found the tolls unfair and warned that the ferry would close.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("she found the tolls unfair", found.get(0).text());
        assertEquals("that the ferry would close", found.get(1).text());
        assertEquals("warned", found.get(1).cue().orElseThrow().text());
    }

    @Test
    void linkingPhraseOpeningTheSentenceIsNoPartOfAClauseAClosingAttributionReports() {
        assertReported("In contrast, the ferry kept its old fares all winter, the wardens said.",
                "the ferry kept its old fares all winter", "the wardens", "said", "trailing-verb");
        assertReported("As a result, the ferry kept its old fares all winter, according to the guild.",
                "the ferry kept its old fares all winter", "the guild", "according to", "according-to");
    }

    @Test
    void relativeWhoBeforeANounPhraseThatSpeaksIsAPieceOfTheReport() {
        List<Quote> found = indirect("Vasko, who many wardens say is close to the guild, left the pier early.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("who", found.get(0).text());
        assertEquals("relative-object", found.get(0).rule());
        assertEquals("many wardens", found.get(0).speaker().orElseThrow().mention());
        assertEquals("is close to the guild", found.get(1).text());
    }

    @Test
    void relativeWhoBeforeItsOwnPredicateIsNoPieceOfAReport() {
        assertTrue(indirect("The wardens who patrol the pier kept quiet all day.").stream()
                .noneMatch(q -> q.text().equals("who")));
    }

    @Test
    void asBeforeTheSubjectOfAClosingAttribution() {
        assertReported("The dam leaks, as the engineers have warned.", "The dam leaks", "the engineers", "warned",
                "trailing-verb");
    }

    @Test
    void anAdverbBetweenTheSubjectAndTheVerbOfAClosingAsAttribution() {
        assertReported("The ferry ran late all winter, as Vandrel has sometimes acknowledged.", "The ferry ran late all winter",
                "Vandrel", "acknowledged", "trailing-verb");
    }

    @Test
    void aTimeCountedBackAfterTheVerbOfAClosingAsAttribution() {
        assertReported("The ferry was sold to a bank, as the Brisco Courier reported two days later.", "The ferry was sold to a bank",
                "the Brisco Courier", "reported", "trailing-verb");
    }

    @Test
    void aClosingAsWithAVerbAndItsObjectTellsTheTimeAndReportsNothingBefore() {
        List<Quote> found = indirect("The ferry was sold, as the Brisco Courier announced the sale.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("The ferry was sold")), found.toString());
    }

    @Test
    void participleAfterACommaIsNoSubjectOfAClosingVerb() {
        List<Quote> found = indirect("The fair drew crowds, citing fears of rain.");
        assertTrue(found.stream().noneMatch(q -> q.text().equals("The fair drew crowds")), found.toString());
    }

    @Test
    void nounOfSayingWithItsOwnerReportsItsTopic() {
        assertReported("His attacks on the harbour board have cost him votes.", "the harbour board", "His", "attacks on",
                "topic-noun");
    }

    @Test
    void nounOfSayingWhoseTopicIsANameEndsBeforeThePhraseOfTheAct() {
        assertReported("Okafor kept up her attacks on Mayor Mirren at the fair.", "Mayor Mirren", "her", "attacks on", "topic-noun");
        assertReported("Okafor renewed her attacks on Mirren — loudly.", "Mirren", "her", "attacks on", "topic-noun");
        assertReported("Her attacks on Mirren's ferry plan at the fair angered him.", "Mirren's ferry plan at the fair", "Her",
                "attacks on", "topic-noun");
    }

    @Test
    void topicOfANounThatIsTheSubjectEndsBeforeAPlainPresentOrAnIrregularPast() {
        assertReported("His attacks on Mirren stand out for their tone.", "Mirren", "His", "attacks on", "topic-noun");
        assertReported("Her remarks about the harbour levy mirror those of her rivals.", "the harbour levy", "Her", "remarks about",
                "topic-noun");
        assertReported("Ilse Okafor's complaints about the ferry board put her at odds with Vasko.", "the ferry board",
                "Ilse Okafor's", "complaints about", "topic-noun");
    }

    @Test
    void topicOfANounThatIsTheSubjectEndsAtADashOfAnAside() {
        assertReported("Her attacks on the harbour levy — a first for a mayor — cost her votes.", "the harbour levy", "Her",
                "attacks on", "topic-noun");
    }

    @Test
    void nounOfSayingThatItsSubjectFacedHasNoSpeaker() {
        for (String text : List.of("Okafor faced questions about the ferry contract.",
                "Okafor has endured relentless questions about the ferry contract.")) {
            Quote q = only(text);
            assertEquals("the ferry contract", q.text(), text);
            assertEquals("topic-noun", q.rule(), text);
            assertTrue(q.speaker().isEmpty(), text);
        }
        assertReported("Okafor raised questions about the ferry contract.", "the ferry contract", "Okafor", "questions about",
                "topic-noun");
    }

    @Test
    void weekdayOrMediumAfterOnIsNoTopicOfANounOfSaying() {
        for (String text : List.of("Okafor repeated her remarks on Monday.", "Okafor kept up her attacks on Twitter.")) {
            assertTrue(indirect(text).stream().noneMatch(q -> q.rule().equals("topic-noun")), text);
        }
        assertReported("Okafor kept up her attacks on Monday's ferry vote.", "Monday's ferry vote", "her", "attacks on",
                "topic-noun");
    }

    @Test
    void claimInAPhraseOpenedByDespiteEndsAtItsComma() {
        String text = "Despite claims that the pier was unsafe, the ferry board kept it open for the fair.";
        Quote q = indirect(text).stream().filter(x -> x.rule().equals("claim-noun")).findFirst().orElseThrow();
        assertEquals("that the pier was unsafe", q.text(), text);
    }

    @Test
    void topicOfANounThatIsAnObjectRunsPastAWordLikeAPresent() {
        assertReported("She kept up her complaints about the ferry board put in place by Vasko.",
                "the ferry board put in place by Vasko", "She", "complaints about", "topic-noun");
    }

    @Test
    void nounOfSayingOwnedByThePronounOfItsVerbsSubjectReportsForThatSubject() {
        assertReported("She kept up her complaints about the ferry board.", "the ferry board", "She", "complaints about", "topic-noun");
        assertReported("They kept up their critique of the toll.", "the toll", "They", "critique of", "topic-noun");
        assertReported("He stuck to his claim that the pier was unsafe.", "that the pier was unsafe", "He", "claim", "claim-noun");
    }

    @Test
    void nounOfSayingOwnedByTheirOrItsReportsForTheNamedGroupThatIsItsVerbsSubject() {
        assertReported("The ferry crews kept up their complaints about the new toll.", "the new toll", "The ferry crews",
                "complaints about", "topic-noun");
        assertReported("The orchard guild has kept up its attacks on the toll.", "the toll", "The orchard guild", "attacks on",
                "topic-noun");
        assertReported("The board is leaning on the storm at the pier to sharpen its attacks on the ferry crews.", "the ferry crews",
                "its", "attacks on", "topic-noun");
    }

    @Test
    void aPlaceOpeningTheDatelineIsNoSpeakerTheSubjectAfterItsDashIs() {
        assertSpeakerOf("PORT TOLLAN, N.S. - Ilse Vantry kept up her attack on the ferry board on Monday, calling it slow and "
                + "questioning the toll.", "the toll", "Ilse Vantry");
        assertSpeakerOf("DUNMORE, Aug 3 (Wire) - The harbour guild's chief, Ilse Vantry, praised the ferry plan on Monday, "
                + "saying the pier was too slow.", "the pier was too slow", "The harbour guild's chief");
    }

    private static void assertSpeakerOf(String text, String clause, String speaker) {
        Quote q = indirect(text).stream().filter(x -> x.text().equals(clause)).findFirst().orElseThrow();
        assertEquals(speaker, q.speaker().orElseThrow().mention(), text);
    }

    @Test
    void nounOfClaimingAfterALongPhraseWithWithIsReportedForTheSubjectOfTheVerbBeforeIt() {
        assertReported("Vantry left the pier with a far sharper argument that the toll was unfair.", "that the toll was unfair",
                "Vantry", "argument", "claim-noun");
    }

    @Test
    void nounOfSayingOwnedByAPluralInSApostropheReportsForIt() {
        String text = "The local growers\u2019 claim that the levy was unfair, however, fell flat.";
        Quote q = indirect(text).stream().filter(x -> x.rule().equals("claim-noun")).findFirst().orElseThrow();
        assertTrue(q.text().startsWith("that the levy was unfair"), q.toString());
        assertEquals("local growers", q.speaker().orElseThrow().mention(), text);
    }

    @Test
    void nounOfSayingOwnedByAnotherPronounKeepsItsOwner() {
        assertReported("She shrugged off his claim that the pier was unsafe.", "that the pier was unsafe", "his", "claim", "claim-noun");
    }

    @Test
    void thatOfAResultOrAfterAnAdjectiveIsNoPieceOfTheReport() {
        for (String text : List.of("The hall was so full that the mayor said the doors would close.",
                "The toll grew so high over the winter that the mayor said the ferry would stop.",
                "It is plainly odd that the mayor said the pier would close.")) {
            List<Quote> found = indirect(text);
            assertTrue(found.stream().noneMatch(q -> q.text().equals("that")), found.toString());
            assertTrue(found.stream().anyMatch(q -> q.text().startsWith("the ") && q.rule().equals("leading-verb")), found.toString());
        }
    }

    @Test
    void thatAfterANounStaysAPieceOfTheReport() {
        List<Quote> found = indirect("The ferry lost the grant, a loss that the mayor said would hurt the town.");
        assertTrue(found.stream().anyMatch(q -> q.text().equals("that") && q.rule().equals("relative-object")), found.toString());
    }

    @Test
    void passiveVerbOfSayingReportsItsClauseWithoutASpeaker() {
        for (String[] c : new String[][] {{"The growers were warned that the pier would close.", "that the pier would close", "warned"},
                {"The mayor was repeatedly asked to choose a judge.", "to choose a judge", "asked"},
                {"The levy was never intended to fund the pier.", "to fund the pier", "intended"}}) {
            Quote q = only(c[0]);
            assertEquals(c[1], q.text(), c[0]);
            assertTrue(q.speaker().isEmpty(), c[0]);
            assertEquals(c[2], q.cue().orElseThrow().text(), c[0]);
        }
    }

    @Test
    void impressionWithTheEmptySubjectItHasNoSpeaker() {
        for (String[] c : new String[][] {{"It appears that the pier will close.", "that the pier will close", "appears"},
                {"Still, it did not seem that the ferry would run.", "that the ferry would run", "seem"}}) {
            Quote q = only(c[0]);
            assertEquals(c[1], q.text(), c[0]);
            assertTrue(q.speaker().isEmpty(), c[0]);
            assertEquals(c[2], q.cue().orElseThrow().text(), c[0]);
        }
    }

    @Test
    void impressionHadByTheOneAfterAnOpeningToIsTheirs() {
        List<Quote> found = indirect("To most growers, the new levy seems to hurt the small farms.");
        assertEquals(List.of("the new levy", "to hurt the small farms"), found.stream().map(Quote::text).toList());
        assertTrue(found.stream().allMatch(q -> q.speaker().orElseThrow().mention().equals("most growers")), found.toString());
        List<Quote> purpose = indirect("To stay open, the guild appears to lean on the mayor.");
        assertTrue(purpose.stream().allMatch(q -> q.speaker().isEmpty()), purpose.toString());
    }

    @Test
    void questionAskedBySomeoneNamedIsTheirs() {
        List<Quote> found = indirect("When asked by a clerk whether the pier was safe, the mayor nodded.");
        Quote q = found.stream().filter(x -> x.rule().equals("asked-question")).findFirst().orElseThrow();
        assertEquals("whether the pier was safe", q.text());
        assertEquals("a clerk", q.speaker().orElseThrow().mention());
        Quote plain = indirect("Asked whether the pier was safe, the mayor nodded.").get(0);
        assertTrue(plain.speaker().isEmpty(), plain.toString());
    }

    @Test
    void agentAfterByMayFollowLastWeekAndOpenWithBoth() {
        assertReported("The levy was backed last week by both the growers and the guild.", "The levy", "both the growers",
                "was backed", "passive-subject");
    }

    @Test
    void progressiveVerbOfSayingKeepsItsSubject() {
        assertReported("The mayor is urging growers to vote.", "growers to vote", "The mayor", "urging", "leading-verb");
    }

    @Test
    void verbInIngAfterOfOrForReportsNothingForTheSubjectBefore() {
        for (String[] c : new String[][] {{"The guild won praise for mocking the mayor.", "the mayor"},
                {"Growers made a sport of questioning the levy.", "the levy"}}) {
            List<Quote> found = indirect(c[0]);
            assertTrue(found.stream().noneMatch(q -> q.text().equals(c[1])), found.toString());
        }
    }

    @Test
    void nounOfSayingAfterAVerbReportsForTheVerbsSubject() {
        assertReported("The mayor raised new concerns about the levy.", "the levy", "The mayor", "concerns about",
                "topic-noun");
    }

    @Test
    void nounOfSayingWithNobodyBehindItReportsNothing() {
        assertTrue(indirect("Questions about the dam grew.").isEmpty());
    }

    @Test
    void verbOfNamingReportsTheObjectAndItsName() {
        assertReported("The mayor called the toll a disgrace.", "the toll a disgrace", "The mayor", "called", "leading-verb");
    }

    @Test
    void verbOfNamingWithAPronounAndAnAdjective() {
        assertReported("Most tenants call him reckless.", "him reckless", "Most tenants", "call", "leading-verb");
    }

    @Test
    void verbOfNamingWithAnObjectAndAnAdjectiveClosingItsName() {
        assertReported("The council called the new fees baseless, and the mayor agreed.", "the new fees baseless",
                "The council", "called", "leading-verb");
    }

    @Test
    void anAdjectiveClosingTheNameAtTheEndOfTheTextCountsAsAtTheEndOfItsSentence() {
        assertReported("The council called the new fees baseless", "the new fees baseless", "The council", "called", "leading-verb");
    }

    @Test
    void verbOfNamingWithABareObjectBeforeTheArticleOfItsName() {
        assertReported("The guild has called river tolls a burden on small farms.", "river tolls a burden on small farms",
                "The guild", "called", "leading-verb");
    }

    @Test
    void verbOfNamingWithoutASecondPhraseReportsNothing() {
        assertTrue(indirect("The mayor called the police on Monday.").isEmpty());
    }

    @Test
    void verbOfViewingWithAsReportsTheObjectAndWhatItIsSeenAs() {
        assertReported("Many growers see the levy as a gamble.", "the levy as a gamble", "Many growers", "see",
                "leading-verb");
    }

    @Test
    void verbOfViewingWithoutAsReportsNothing() {
        assertTrue(indirect("The guard saw the mayor leave.").isEmpty());
    }

    @Test
    void verbOfNamingBeforeAQuotedNameLeavesItToTheFragment() {
        assertTrue(indirect("The mayor called the toll a “disgrace” on Monday.").isEmpty());
    }

    @Test
    void sourceOfEvidenceHeadingALongerSubjectReportsTheClause() {
        assertReported("A recent survey by the tenants' union found most renters were behind on rent.",
                "most renters were behind on rent", "A recent survey", "found", "leading-verb");
    }

    @Test
    void sourceOfEvidenceIsTheSpeakerRatherThanAPhraseOfTime() {
        assertReported("A ferry poll this week found most riders content with the fares.", "most riders content with the fares",
                "A ferry poll", "found", "leading-verb");
    }

    @Test
    void relativeWhichAfterASourceOfEvidence() {
        assertReported("The port opened its records, which showed the pier was unsafe.", "the pier was unsafe", "its records", "showed",
                "leading-verb");
    }

    @Test
    void whenAskedAfterTheSpeakersOwnClauseIsAQuestionOfNoOneNamed() {
        List<Quote> found = indirect("Yes, the mayor said when asked whether the dam was safe.");
        Quote q = found.get(found.size() - 1);
        assertEquals("whether the dam was safe", q.text());
        assertEquals("asked-question", q.rule());
        assertTrue(q.speaker().isEmpty());
    }

    @Test
    void theAskerAfterByIsNoPartOfTheQuestion() {
        Quote q = only("When asked by a reporter whether the toll would rise, she smiled.");
        assertEquals("whether the toll would rise", q.text());
        assertEquals("asked-question", q.rule());
    }

    @Test
    void aPhraseOfTheTimeOrPlaceOfAskingIsNoPartOfTheQuestion() {
        Quote q = only("Asked on Friday whether the weir would hold, Okafor shrugged.");
        assertEquals("whether the weir would hold", q.text());
        assertEquals("asked-question", q.rule());
        assertTrue(q.speaker().isEmpty());
        Quote about = only("Okafor grinned when asked at a harbour meeting in 2019 about the ferry fares.");
        assertEquals("the ferry fares", about.text());
        assertEquals("asked-question", about.rule());
    }

    @Test
    void anAdverbOfDegreeBeforeANumberOrAQuestionWordOpensTheClause() {
        assertReported("Okafor said nearly every skipper backs the new timetable.", "nearly every skipper backs the new timetable",
                "Okafor", "said", "leading-verb");
        assertReported("The harbour board has explained precisely how the dredging works.",
                "precisely how the dredging works", "The harbour board", "explained", "leading-verb");
        assertReported("Okafor said quietly that the dredging would cost more.", "that the dredging would cost more", "Okafor",
                "said", "leading-verb");
    }

    @Test
    void aLonePronounObjectEndsBeforeAPhraseOfTheSaying() {
        assertReported("Okafor explained it at a meeting of the guild.", "it", "Okafor", "explained", "leading-verb");
        assertReported("The harbour board endorsed him during the debate.", "him", "The harbour board", "endorsed",
                "leading-verb");
        assertReported("Okafor has said so on several occasions.", "so", "Okafor", "said", "leading-verb");
        assertReported("Okafor said it would cost the growers dearly.", "it would cost the growers dearly", "Okafor", "said",
                "leading-verb");
    }

    @Test
    void aNumberInTheListenerOfAskedKeepsTheQuestion() {
        assertReported("The paper asked the 2016 candidate if he had a plan.", "if he had a plan", "The paper", "asked",
                "leading-verb");
    }

    @Test
    void theListenerOfToldGoesOnOverOfAndAPhraseOfTime() {
        assertReported("Lark told The Ferry News of Leeds last week he had sold the boat.", "he had sold the boat",
                "Lark", "told", "leading-verb");
    }

    @Test
    void relativeWhichBeforeAVerbOfThoughtIsAPieceOfTheReport() {
        Quote q = indirect("The levy, which most farmers believe will fail, passed in May.").get(0);
        assertEquals("which", q.text());
        assertEquals("most farmers", q.speaker().orElseThrow().mention());
        assertEquals("relative-object", q.rule());
    }

    @Test
    void sourceOfEvidenceOpeningAParagraphLabelsTheClauseAfterItsColon() {
        Quote q = indirect("Poll: Voters turn on the harbour toll\n\nThe vote is in May.").get(0);
        assertEquals("Voters turn on the harbour toll", q.text());
        assertEquals("Poll", q.speaker().orElseThrow().mention());
        assertEquals("colon-label", q.rule());
    }

    @Test
    void pluralOfPeopleOpeningAParagraphLabelsTheClauseAfterItsColon() {
        Quote q = indirect("Growers: The levy will ruin the valley\n\nThe vote is in May.").get(0);
        assertEquals("The levy will ruin the valley", q.text());
        assertEquals("Growers", q.speaker().orElseThrow().mention());
    }

    @Test
    void nameWithItsAudienceOpeningAParagraphLabelsTheClause() {
        Quote q = indirect("Ann Lark to farmers: The levy will pass\n\nThe vote is in May.").get(0);
        assertEquals("The levy will pass", q.text());
        assertEquals("Ann Lark", q.speaker().orElseThrow().mention());
    }

    @Test
    void labelInsideAParagraphLabelsNothing() {
        assertTrue(indirect("The toll rose. Growers: the levy will ruin the valley.").stream()
                .noneMatch(q -> q.rule().equals("colon-label")));
    }

    @Test
    void verbOfSpeechWithItsPrepositionReportsItsObject() {
        assertReported("The mayor complained about the toll on Monday.", "the toll", "The mayor", "complained about",
                "leading-verb");
    }

    @Test
    void verbOfSpeechWithThatStillReportsTheClause() {
        assertReported("The engineer warned that the dam would fail.", "that the dam would fail", "The engineer", "warned",
                "leading-verb");
    }

    @Test
    void verbOfRegretReportsItsObjectUpToAPhraseOfTime() {
        assertReported("The mayor bemoaned the toll in April.", "the toll", "The mayor", "bemoaned", "leading-verb");
    }

    @Test
    void verbOfOrderingReportsItsObject() {
        assertReported("The judge ordered a recount.", "a recount", "The judge", "ordered", "leading-verb");
    }

    @Test
    void subjectBeforeANegatedAuxiliaryIsTheSpeaker() {
        assertReported("The harbour board didn't mention the toll.", "the toll", "The harbour board", "mention",
                "leading-verb");
    }

    @Test
    void subjectBeforeAPhraseOfTimeWithAPeriodIsTheSpeaker() {
        assertReported("The court this month rejected the appeal.", "the appeal", "The court", "rejected", "leading-verb");
    }

    @Test
    void subjectBeforeThisPastWeekIsTheSpeaker() {
        assertReported("Lark this past week announced that the toll would rise.", "that the toll would rise", "Lark",
                "announced", "leading-verb");
    }

    @Test
    void subjectBeforeAnAsideBetweenDashesIsTheSpeaker() {
        assertReported("Ada Pike — a baker from Hull — says she will close the shop.", "she will close the shop", "Ada Pike",
                "says", "leading-verb");
    }

    @Test
    void nameBeforeAParticipleAsideWithCommasOfItsOwnIsTheSpeaker() {
        assertReported("Orrin Vasko, speaking at a fair in Dunmore, Ore., warned that the levy would fail.",
                "that the levy would fail", "Orrin Vasko", "warned", "leading-verb");
    }

    @Test
    void nameBeforeAParticipleAsideWithCommasOfItsOwnHoldsItsStance() {
        assertReported("Orrin Vasko, speaking at a fair in Dunmore, Ore., praised the new levy.", "the new levy", "Orrin Vasko",
                "praised", "leading-verb");
    }

    @Test
    void theOneWhoIssuedAStatementSaysWhatItSays() {
        assertReported("The Dunmore guild issued a statement saying that the levy would fail.", "that the levy would fail",
                "The Dunmore guild", "saying", "leading-verb");
    }

    @Test
    void theOneWhoGaveASpeechHoldsTheStanceOfItsParticiple() {
        assertReported("Orrin Vasko spent much of his speech praising the new levy.", "the new levy", "Orrin Vasko", "praising",
                "leading-verb");
    }

    @Test
    void theOneWhoSpentATimeVerbingIsItsSpeaker() {
        assertReported("Orrin Vasko spent the last week of the fair praising the new levy.", "the new levy", "Orrin Vasko", "praising",
                "leading-verb");
    }

    @Test
    void aStatementWhoseParticipleTagsAQuotationReportsNoLeadIn() {
        assertEquals(List.of(), indirect("Minutes later, the guild released a statement saying, “We are done.”"));
    }

    @Test
    void supportBeforeAmongIsANounNotAVerbOfReport() {
        // the noun may still tell whose support the subject has (rule reception), but no clause follows it as a verb's
        List<Quote> found = indirect("Orrin Vasko enjoys broad support among growers in the valley.");
        assertTrue(found.stream().noneMatch(q -> "leading-verb".equals(q.rule())), found::toString);
        assertTrue(found.stream().noneMatch(q -> q.text().startsWith("growers")), found::toString);
    }

    @Test
    void aBareCueAfterADeterminerAndOneModifierIsANoun() {
        assertEquals(List.of(), indirect("There is a fresh focus on the ferry timetable."));
        assertEquals(List.of(), indirect("The guild's sudden focus on pier fees surprised the wardens."));
        List<Quote> found = indirect("Judge Ostrova has been the lone vote for the harbour tolls.");
        assertTrue(found.stream().noneMatch(q -> q.cue().orElseThrow().text().startsWith("vote")), found::toString);
    }

    @Test
    void aBareCueRightBeforeAFiniteVerbHeadsItsSubject() {
        assertEquals(List.of(), indirect("Unlike the march in Dunmore, the Tollan protest remained calm."));
        assertEquals(List.of(), indirect("Among the skippers, his Tollan support remains firm."));
        List<Quote> found = indirect("The ferry was late, which the skippers say is common.");
        assertTrue(found.stream().anyMatch(q -> "is common".equals(q.text()) && "leading-verb".equals(q.rule())), found::toString);
    }

    @Test
    void aVerbInsideAQuestionOpenedByWhetherReportsNothing() {
        List<Quote> found = indirect("The wardens are unsure whether the skippers still support the pier fee.");
        assertTrue(found.stream().noneMatch(q -> "support".equals(q.cue().orElseThrow().text())), found::toString);
        assertEquals(List.of(), indirect("Whether they admit it or not, the growers need the ferry."));
        assertReported("The wardens wondered whether the guild would back the toll.", "whether the guild would back the toll",
                "The wardens", "wondered", "leading-verb");
    }

    @Test
    void aBareVerbAfterAPluralSubjectStillReports() {
        assertReported("The orchard growers say the toll is too high.", "the toll is too high", "The orchard growers", "say",
                "leading-verb");
        assertReported("The latest data show the ferry runs late.", "the ferry runs late", "The latest data", "show",
                "leading-verb");
        assertReported("The wardens made a firm promise to repair the pier.", "to repair the pier", "The wardens", "promise",
                "leading-verb");
    }

    @Test
    void supportBeforeThanIsANounThatReportsNothing() {
        assertEquals(List.of(), indirect("The Dunmore guild receives less support than the ferry union."));
    }

    @Test
    void aParticipleAfterAClauseSpeaksForItsSubjectNotForTheOpeningPhrase() {
        assertReported("After the long vote, Orrin Vasko left the hall early, saying that the levy would fail.",
                "that the levy would fail", "Orrin Vasko", "saying", "leading-verb");
    }

    @Test
    void aParticipleOfStanceAfterAClauseHoldsItsSubjectsStance() {
        assertReported("Before the fair, Orrin Vasko walked the length of the pier, praising the new levy.", "the new levy",
                "Orrin Vasko", "praising", "leading-verb");
    }

    @Test
    void aParticipleAfterAnObjectWithItsAppositionSpeaksForTheSubject() {
        assertReported("Orrin Vasko fired his deputy, Tamsin Brannick, saying that the levy had failed.", "that the levy had failed",
                "Orrin Vasko", "saying", "leading-verb");
    }

    @Test
    void aParticipleAfterAnAppositionAndAPredicateSpeaksForTheSubject() {
        assertReported("Orrin Vasko, the head of the guild, spoke for an hour, saying that the levy would fail.",
                "that the levy would fail", "Orrin Vasko", "saying", "leading-verb");
    }

    @Test
    void aParticipleAfterAPlaceWithItsStateSpeaksForTheSubject() {
        assertReported("Orrin Vasko stayed in Dunmore, Ore., praising the new levy.", "the new levy", "Orrin Vasko", "praising",
                "leading-verb");
    }

    @Test
    void theSubjectSpeaksAcrossInFactAndAnAuxiliary() {
        assertReported("Most growers have in fact argued that the levy would fail.", "that the levy would fail", "Most growers", "argued",
                "leading-verb");
    }

    @Test
    void theSubjectSpeaksAcrossInParticular() {
        assertReported("The Dunmore guild in particular feared that the levy would pass.", "that the levy would pass", "The Dunmore guild",
                "feared", "leading-verb");
    }

    @Test
    void theOneWhoMadeACallForSomethingIsItsSpeaker() {
        assertReported("Orrin Vasko made an urgent call for a new vote.", "a new vote", "Orrin Vasko", "call for", "leading-verb");
    }

    @Test
    void aCallAfterAnArticleAndAnAdjectiveIsANounThatReportsNothing() {
        assertEquals(List.of(), indirect("There was a sudden call for a new vote."));
    }

    @Test
    void anAdvocateAfterAnArticleAndAnAdjectiveIsANounThatReportsNothing() {
        assertEquals(List.of(), indirect("The mayor is a strong advocate for the ferry union."));
    }

    @Test
    void aSingularSubjectWithAVerbInSStillSpeaks() {
        assertReported("A lone grower says the ferry is late.", "the ferry is late", "A lone grower", "says", "leading-verb");
    }

    @Test
    void theCouncilThatApprovedAResolutionHoldsItsStance() {
        assertReported("The Dunmore council approved a resolution condemning the new levy.", "the new levy", "The Dunmore council",
                "condemning", "leading-verb");
    }

    @Test
    void theAuthorOfALetterSpeaksAcrossAnAdverbBeforeTheParticiple() {
        assertReported("The guild published a letter strongly disputing the new levy.", "the new levy", "The guild", "disputing",
                "leading-verb");
    }

    @Test
    void anOpeningPhraseOfTimeIsNoSubjectOfAParticipleLater() {
        List<Quote> found = indirect("The following month, a former ferryman announced plans to quit the guild, claiming that the fares were unfair.");
        Quote last = found.get(found.size() - 1);
        assertEquals("that the fares were unfair", last.text(), found::toString);
        assertEquals("a former ferryman", last.speaker().orElseThrow().mention());
    }

    @Test
    void aParticipleAfterAClauseWhoseSubjectHasAnOfPhraseSpeaksForThatSubject() {
        assertReported("After the vote, the families of the growers had gathered at the pier, warning that the levy would fail.",
                "that the levy would fail", "the families", "warning", "leading-verb");
    }

    @Test
    void aPronounOpeningAClauseAfterButIsTheSubjectOfItsVerb() {
        assertReported("Tamsin Brannick lacks the fame of her rival, but she's expected to argue that the levy failed.",
                "that the levy failed", "she's", "argue", "leading-verb");
    }

    @Test
    void aPronounOpeningAClauseAfterACommaAndAndIsTheSubjectOfItsVerb() {
        assertReported("The guild members will back the new levy, and they will soon be asked to promise that the fares stay low.",
                "that the fares stay low", "they", "promise", "leading-verb");
    }

    @Test
    void thoseWithAParticipleAreTheSpeakers() {
        assertReported("Those polled say the economy should come first.", "the economy should come first", "Those polled",
                "say", "leading-verb");
    }

    @Test
    void aboutBeforeAQuantityOpensTheClause() {
        assertReported("The port authority said about half of the boats were idle.",
                "about half of the boats were idle", "The port authority", "said", "leading-verb");
    }

    @Test
    void clauseWithItsOwnVerbAfterTheVerbIsNoTailOfAnAttribution() {
        assertReported("So far, 61 percent said Ms. Pike would win.", "Ms. Pike would win", "61 percent", "said",
                "leading-verb");
    }

    @Test
    void subjectOfAVerbJoinedByAndIsTheSpeaker() {
        assertReported("The court overruled and said the county provided enough days.", "the county provided enough days",
                "The court", "said", "leading-verb");
    }

    @Test
    void passiveAskedIsAQuestionOfNoOneNamed() {
        Quote q = only("Voters were asked whether the toll should rise.");
        assertEquals("whether the toll should rise", q.text());
        assertEquals("asked-question", q.rule());
        assertTrue(q.speaker().isEmpty(), "the one asked is no speaker");
    }

    @Test
    void passiveAskedAboutEndsBeforeAPhraseOfTime() {
        Quote q = only("The mayor was asked about the toll on Monday.");
        assertEquals("the toll", q.text());
        assertEquals("asked-question", q.rule());
    }

    @Test
    void conditionWithItsSubjectAfterTheVerbOpensTheClause() {
        assertReported("The engineer said if the dam fails, the town will flood.", "if the dam fails, the town will flood",
                "The engineer", "said", "leading-verb");
    }

    @Test
    void asManyAsAfterTheVerbOpensTheClause() {
        assertReported("He said as many as 30 growers will sell.", "as many as 30 growers will sell", "He", "said",
                "leading-verb");
    }

    @Test
    void aShortObjectEndsBeforeAPhraseOfTheOccasionOpenedByAnIndefiniteDeterminer() {
        assertReported("Brannock endorsed Quarrie in a short speech.", "Quarrie", "Brannock", "endorsed", "leading-verb");
        assertReported("Daskin praised the ferry crew at a harbour rally.", "the ferry crew", "Daskin", "praised", "leading-verb");
        assertReported("Daskin praised the ferry crew in the valley.", "the ferry crew in the valley", "Daskin", "praised",
                "leading-verb");
    }

    @Test
    void objectOfOneWordEndsBeforeASecondPredicate() {
        List<Quote> found = indirect("Ferrand blasted Okafor and praised the ferry crew.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("Okafor", found.get(0).text());
        assertEquals("Ferrand", found.get(0).speaker().orElseThrow().mention());
        assertEquals("the ferry crew", found.get(1).text());
    }

    @Test
    void shortObjectOfAVerbOfStanceEndsBeforeAnAuxiliaryOpeningASecondAct() {
        List<Quote> found = indirect("Brannock has not endorsed the harbour levy and has been a loud critic of the wardens.");
        assertEquals("the harbour levy", found.get(0).text(), () -> found.toString());
        assertEquals("Brannock", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void shortObjectOfAParticipleEndsBeforeAParticipleOpeningASecondAct() {
        List<Quote> found = indirect("Quarrie spent the spring on the road, criticizing the new toll bridge and visiting the mills.");
        assertEquals("the new toll bridge", found.get(0).text(), () -> found.toString());
        assertEquals("Quarrie", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void participlePastItsPrepositionEndsItsShortObjectBeforeASecondParticiple() {
        List<Quote> found = indirect("Ilsley has spent the year railing against ferry fares and courting the growers.");
        assertEquals("ferry fares", found.get(0).text(), () -> found.toString());
    }

    @Test
    void anAuxiliaryAfterAClauseOpenedByThatIsTheClausesOwn() {
        assertReported("Tolvane said that the ferry is late and will stay in port until Friday.",
                "that the ferry is late and will stay in port until Friday", "Tolvane", "said", "leading-verb");
    }

    @Test
    void aListBeforeAParticipleKeepsTheObjectGoing() {
        List<Quote> found = indirect("Mirabeth left early, citing slow sales, high rents and rising costs.");
        assertEquals("slow sales, high rents and rising costs", found.get(0).text(), () -> found.toString());
    }

    @Test
    void wordsBeforeASecondPredicateAreNoSubjectOfIt() {
        List<Quote> found = indirect("The warden blasted Okafor and said the night shift had done well.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the night shift had done well", found.get(1).text());
        assertEquals("The warden", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void longClauseOpenedBySubordinateWordIsReportedByAShortClosingAttribution() {
        assertReported("After the mill shut the valley lost most of its shops, Okafor said.",
                "After the mill shut the valley lost most of its shops", "Okafor", "said", "trailing-verb");
    }

    @Test
    void shortOpeningPhraseBeforeTheCommaIsNoClause() {
        assertTrue(indirect("In a letter to the board, she explained.").isEmpty());
    }

    @Test
    void subjectPronounAfterAPhraseOfTimeOpensTheClause() {
        assertReported("The ferry owner said on Friday he had met the harbour board twice.",
                "he had met the harbour board twice", "The ferry owner", "said", "leading-verb");
        assertReported("The guild said in a short statement they would appeal.", "they would appeal", "The guild", "said",
                "leading-verb");
    }

    @Test
    void aPhraseOfTimeWithoutAPrepositionIsNoPartOfTheClause() {
        assertReported("Orla Brenning said yesterday she would sell the mill.", "she would sell the mill", "Orla Brenning",
                "said", "leading-verb");
        assertReported("The beekeepers' guild said last week they had lost a third of their hives.",
                "they had lost a third of their hives", "The beekeepers' guild", "said", "leading-verb");
        assertReported("Councillor Tamsin Oake promised last year to fight the toll bridge in court.",
                "to fight the toll bridge in court", "Councillor Tamsin Oake", "promised", "leading-verb");
        assertReported("The coastguard announced on Thursday night the rescue of two kayakers.",
                "the rescue of two kayakers", "The coastguard", "announced", "leading-verb");
    }

    @Test
    void aPhraseOfTimeAfterTheListenerIsNoPartOfTheClause() {
        assertReported("Harbourmaster Idris Quell told skippers yesterday they could moor inside the wall.",
                "they could moor inside the wall", "Harbourmaster Idris Quell", "told", "leading-verb");
        assertReported("Dr. Wenna Pryce told the trustees Tuesday night she would stand down.",
                "she would stand down", "Dr. Wenna Pryce", "told", "leading-verb");
    }

    @Test
    void aPhraseOfTimeAfterAPhraseOfStanceIsNoPartOfTheObject() {
        assertReported("The mill owners made clear Friday they would not reopen the weir.",
                "they would not reopen the weir", "The mill owners", "made clear", "leading-verb");
        assertReported("Alderman Crispin Vey made it clear last night that the ferry fare stays.",
                "that the ferry fare stays", "Alderman Crispin Vey", "made it clear", "leading-verb");
    }

    @Test
    void aQuantifierOpeningTheSentenceIsTheSubjectOfAVerbOfBelief() {
        assertReported("Most suspect the tannery will close by spring.", "the tannery will close by spring", "Most", "suspect",
                "leading-verb");
        assertReported("Few doubt that the orchard co-op will fold.", "that the orchard co-op will fold", "Few", "doubt",
                "leading-verb");
        assertReported("Both decried the ferry fare.", "the ferry fare", "Both", "decried", "leading-verb");
        // a verb form in -s after it is a plural noun the quantifier determines
        assertTrue(indirect("Some champions of the tannery said the mill would close.").stream()
                .noneMatch(q -> "Some".equals(q.speaker().map(sp -> sp.mention()).orElse(null))));
        // inside a sentence, the quantifier is a determiner: "some hope" is a noun phrase
        assertTrue(indirect("There was some hope the tannery would stay open.").isEmpty());
    }

    @Test
    void aQuantifierAfterACommaOrAJoiningWordIsTheSubjectOfTheVerbAfterIt() {
        assertReported("Once the tally closed in Dunmore, all agreed the weir tax would pass.", "the weir tax would pass", "all",
                "agreed", "leading-verb");
        assertReported("The tanners lost their stalls, and many fear the guild may never trade again.", "the guild may never trade again",
                "many", "fear", "leading-verb");
        assertReported("The crews met twice in May, but both backed the Orrin ferry plan.", "the Orrin ferry plan", "both",
                "backed", "leading-verb");
        // a quantifier of one at a time takes a verb of any form
        assertReported("The two skippers met Friday, but each conceded the weir would fail.", "the weir would fail", "each",
                "conceded", "leading-verb");
        assertTrue(indirect("The crews kept two barges, each of oak.").isEmpty());
        // "most" before an adverb in -ly is a superlative, no subject
        assertTrue(indirect("Vexley banned the barges, and most openly defended the weir tax.").stream()
                .noneMatch(q -> "most".equals(q.speaker().map(sp -> sp.mention()).orElse(null))));
    }

    @Test
    void aReportingVerbReachesItsThatPastTheTitleOfAShow() {
        assertReported("Vexley told the Tidewell paper's “Quay Hour” that its ferry tolls would fall.", "that its ferry tolls would fall",
                "Vexley", "told", "leading-verb");
        assertReported("Orrin wrote on the Tidewell ''Quay Hour'' Friday that a guild clerk had slighted his wife.",
                "that a guild clerk had slighted his wife", "Orrin", "wrote", "leading-verb");
        // words in marks that are no title are a fragment of the report, not a place of saying
        assertTrue(indirect("Vexley told the Tidewell paper's “quay chatter” that its ferry tolls would fall.").isEmpty());
    }

    @Test
    void sayBeforeASubjectPronounOrThatIsAVerbAfterANoun() {
        assertReported("The tanner women say they still watch the weir.", "they still watch the weir", "The tanner women", "say",
                "leading-verb");
        // the mention the linker finds in the subject's phrase speaks
        assertReported("Clerks near the harbor office say that it backs the weir tax.", "that it backs the weir tax",
                "the harbor office", "say", "leading-verb");
        // the noun takes no clause
        assertTrue(indirect("The growers want some say over the weir plan.").stream().noneMatch(q -> q.cue().orElseThrow().text().equals("say")));
    }

    @Test
    void sayBeforeADeterminerAndANounIsAVerbAfterANoun() {
        assertReported("Ferrymen at the quay say the toll is too high.", "the toll is too high", "Ferrymen", "say", "leading-verb");
        // a determiner before a verb opens no clause's subject
        assertTrue(indirect("The growers have the final say that counts.").stream().noneMatch(q -> q.cue().orElseThrow().text().equals("say")));
    }

    @Test
    void aRelativeThatBeforeAVerbOfReportLetsTheNounBeforeItSpeak() {
        assertReported("The guild printed tallies that show Vexley leading in Dunmore.", "Vexley leading in Dunmore", "tallies", "show",
                "leading-verb");
        assertReported("Orrin drafted bylaws that predict a drop of the weir tax.", "a drop of the weir tax", "bylaws", "predict",
                "leading-verb");
        // after a verb, "that" opens the clause: the verb after it is the clause's own
        assertReported("Orrin said that shows nothing.", "that shows nothing", "Orrin", "said", "leading-verb");
        // a noun opening the sentence has its relative clause end before the sentence's own verb, which no scan finds
        assertTrue(indirect("The tallies that show Vexley leading were printed at dawn.").isEmpty());
    }

    @Test
    void atLeastBeforeANumberOpensTheClause() {
        assertReported("The lock keeper said at least nine barges had run aground.", "at least nine barges had run aground",
                "The lock keeper", "said", "leading-verb");
        assertTrue(indirect("Ottoline Rusk waved at least twice.").isEmpty());
    }

    @Test
    void aPhraseOfTimeBeforeAnInfinitiveOfSayingLeavesTheInnerClause() {
        // "to say" reports a clause of its own: the time phrase is not skipped to it
        assertTrue(indirect("Pell wrote on Monday to say the ferry would run late.").stream()
                .noneMatch(q -> q.text().startsWith("to say")));
        // a noun in -s read as a verb opens no infinitive after a time
        assertTrue(indirect("The ferry volunteers on Sunday to sweep the pier.").stream()
                .noneMatch(q -> q.text().startsWith("to sweep")));
    }

    @Test
    void pronounAfterTheObjectOfAPrepositionOpensNoClause() {
        assertTrue(indirect("Pell insisted on a judge they could trust.").stream()
                .noneMatch(q -> q.text().startsWith("they")));
    }

    @Test
    void rulingReportsItsClause() {
        assertReported("The tribunal ruled that the levy was unlawful.", "that the levy was unlawful", "The tribunal", "ruled",
                "leading-verb");
        assertReported("The tax will stand, the tribunal ruled Monday.", "The tax will stand", "the tribunal", "ruled",
                "trailing-verb");
        assertTrue(indirect("The tribunal will rule on the levy in May.").isEmpty(), "a ruling to come reports no clause");
    }

    @Test
    void preferringAndDownplayingReportTheirObject() {
        assertReported("Most growers prefer the older ferry.", "the older ferry", "Most growers", "prefer", "leading-verb");
        assertReported("Pell downplayed the cost of the new pier.", "the cost of the new pier", "Pell", "downplayed",
                "leading-verb");
    }

    @Test
    void accordingToSetOffByCommasGivesBothPartsOneGroup() {
        List<Quote> found = indirect("The rise in fares, according to the guild, is due to the long drought.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("The rise in fares", found.get(0).text());
        assertEquals("is due to the long drought", found.get(1).text());
        assertEquals("the guild", found.get(1).speaker().orElseThrow().mention());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void asideOnTheSourceAfterAccordingToIsNoPartOfTheReport() {
        assertTrue(indirect("Fares rose again, according to Ada Pell, head of the ferry guild.").stream()
                .noneMatch(q -> q.text().startsWith("head")));
    }

    @Test
    void clauseEndsAtACommaBeforeAnotherSubjectAndItsReportingVerb() {
        List<Quote> found = indirect("Pell said the pier was safe, even older engineers agree.");
        assertEquals("the pier was safe", found.get(0).text());
        assertEquals("Pell", found.get(0).speaker().orElseThrow().mention());
    }

    @Test
    void clauseEndsBeforeAndWithAShareThatReportsAnother() {
        List<Quote> found = indirect("Half said the ferry was late and one in five said it never arrived.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the ferry was late", found.get(0).text());
        assertEquals("it never arrived", found.get(1).text());
        assertEquals("one in five", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void secondPredicateOfAPronounSubjectStaysInTheClause() {
        assertReported("Hale said he was unsure of the rule and stayed home on Monday.",
                "he was unsure of the rule and stayed home on Monday", "Hale", "said", "leading-verb");
    }

    @Test
    void secondReportOfAPronounSubjectStillEndsTheClause() {
        List<Quote> found = indirect("Hale said he was unsure of the rule and warned that the town could lose its ferry.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("he was unsure of the rule", found.get(0).text());
        assertEquals("that the town could lose its ferry", found.get(1).text());
    }

    @Test
    void shareGivenRoughlyIsTheSpeaker() {
        assertReported("Around four in 10 said the harbour should stay open at night.", "the harbour should stay open at night",
                "Around four in 10", "said", "leading-verb");
    }

    @Test
    void hyphenHangingOnAWordEndsNoClause() {
        assertReported("Pell said the ferry would need a new en- gine before May.", "the ferry would need a new en- gine before May",
                "Pell", "said", "leading-verb");
        assertReported("Pell said the plan helps short- and long-haul crews.", "the plan helps short- and long-haul crews",
                "Pell", "said", "leading-verb");
    }

    @Test
    void spacedHyphenStillEndsTheClause() {
        assertReported("Pell said the plan failed - a common fate.", "the plan failed", "Pell", "said", "leading-verb");
    }

    @Test
    void aParticipleOpeningTheSentenceReportsItsClauseForTheSubjectAfterIt() {
        assertReported("Noting that the ferry was late, the harbour master closed the gate.", "that the ferry was late",
                "the harbour master", "Noting", "leading-verb");
        assertReported("Since announcing in March that she would run, Orvald has toured the valley.", "that she would run",
                "Orvald", "announcing", "leading-verb");
        assertReported("While saying that he respects the board, Orvald voted no.", "that he respects the board", "Orvald",
                "saying", "leading-verb");
        assertReported("Noting he had won the vote, Orvald left the hall.", "he had won the vote", "Orvald", "Noting",
                "leading-verb");
    }

    @Test
    void aParticiplePhraseAfterALinkOrInAdditionToReportsItsClauseForTheSubjectAfterIt() {
        assertReported("Yet after hinting that the pier was sound, the warden raised the toll.", "that the pier was sound",
                "the warden", "hinting", "leading-verb");
        assertReported("Now, after hinting that the pier was sound, the warden raised the toll.", "that the pier was sound",
                "the warden", "hinting", "leading-verb");
        assertReported("In addition to claiming that the pier was sound, the warden raised the toll.", "that the pier was sound",
                "the warden", "claiming", "leading-verb");
        assertReported("Besides claiming that the pier was sound, the warden raised the toll.", "that the pier was sound",
                "the warden", "claiming", "leading-verb");
    }

    @Test
    void aParticipleOpeningTheSentenceWithoutAClauseOrASubjectAfterItReportsNothing() {
        assertTrue(indirect("Noting the delay, the harbour master closed the gate.").isEmpty());
        assertTrue(indirect("Since announcing in March that she would run, it has rained.").isEmpty());
    }

    @Test
    void aParticipleOpeningTheSentenceLooksForTheCommaEndingItsPhraseAFewScoreWordsAtMost() {
        assertTrue(indirect("Noting that").isEmpty(), "the text ends at that");
        assertTrue(indirect("Noting that the ferry was late").isEmpty(), "no comma before the text ends");
        String far = "Noting that the ferry" + " and the barge".repeat(40) + " were late, the harbour master closed the gate.";
        assertTrue(indirect(far).stream().noneMatch(q -> q.cue().map(c -> c.text().equals("Noting")).orElse(false)),
                "a comma past the bound closes no phrase of Noting");
    }

    @Test
    void aVerbWhoseSubjectNoRuleFindsReportsAClauseOpenedByThatOrAPronounForTheSentencesSubject() {
        assertReported("Orvald gave way at last – saying he would back the ferry after all.",
                "he would back the ferry after all", "Orvald", "saying", "leading-verb");
        assertReported("Orvald had a plan — saying that the ferry would sail at dawn.", "that the ferry would sail at dawn",
                "Orvald", "saying", "leading-verb");
        assertReported("Orvald waved to the crowd before optimistically predicting that the levy would pass.",
                "that the levy would pass", "Orvald", "predicting", "leading-verb");
    }

    @Test
    void aVerbWhoseSubjectNoRuleFindsReportsNoObjectForTheSentencesSubject() {
        assertTrue(indirect("Orvald left the hall – saying nothing more.").isEmpty());
    }

    @Test
    void aVerbWithNoSubjectOfItsOwnAfterAnAttributionGoesOnWithItsSpeaker() {
        assertReported("“We will appeal,” Orvald said, while also saying that the ferry should run.", "that the ferry should run",
                "Orvald", "saying", "leading-verb");
        assertReported("“We will appeal,” Orvald added on Monday — noting that the pier was unsafe.", "that the pier was unsafe",
                "Orvald", "noting", "leading-verb");
        List<Quote> found = indirect("Orvald said the levy was unfair, while also saying that the ferry should run.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("that the ferry should run", found.get(1).text());
        assertEquals("Orvald", found.get(1).speaker().orElseThrow().mention());
    }

    @Test
    void aPhraseThatHoldsItsObjectReportsTheClausePastAListenerAfterTo() {
        assertReported("Yarrow made it clear to the harbour board on Friday that the tolls would stay.",
                "that the tolls would stay", "Yarrow", "made it clear", "leading-verb");
    }

    @Test
    void aClauseOpenedByItAndAnIrregularVerbStartsAtIt() {
        assertReported("The ferry guild said it saw little sign that the pier had sunk.",
                "it saw little sign that the pier had sunk", "The ferry guild", "said", "leading-verb");
    }

    @Test
    void aVerbOfThoughtReportsTheThatClausePastAPhraseOfTimeOrAPreposition() {
        assertReported("The guild learned last week that the tolls would rise.", "that the tolls would rise", "The guild",
                "learned", "leading-verb");
        assertReported("The guild knew from its own records that the tolls would rise.", "that the tolls would rise", "The guild",
                "knew", "leading-verb");
    }

    @Test
    void aVerbOfThoughtReportsTheThatClausePastAnAdverbLongAgoOrByNow() {
        assertReported("The pilots learned again in the gale that their pier was weak.", "that their pier was weak",
                "The pilots", "learned", "leading-verb");
        assertReported("The warden knew long ago that every orchard fails in drought.", "that every orchard fails in drought",
                "The warden", "knew", "leading-verb");
        assertReported("Most skippers knew by now that their tolls would rise.", "that their tolls would rise", "Most skippers",
                "knew", "leading-verb");
    }

    @Test
    void aVerbOfSpeechWithAboutAndNoClauseReportsWhatItWasAbout() {
        assertReported("Quillon often mused about the price of the new pier.", "the price of the new pier", "Quillon", "mused",
                "leading-verb");
    }

    @Test
    void whoAfterThoseOrSomeStandsForThePeopleItNames() {
        Quote q = only("The pier has drawn doubts from those who fear the tide will rise.");
        assertEquals("the tide will rise", q.text());
        assertEquals("who", q.speaker().orElseThrow().mention());
        assertEquals("fear", q.cue().orElseThrow().text());
    }

    @Test
    void aClauseOpensAtItsSubjectPronounPastAPhraseOfTheEventOfSaying() {
        assertReported("Yarrow said after the vote she would appeal.", "she would appeal", "Yarrow", "said", "leading-verb");
    }

    @Test
    void anApologyForAndAnInsistenceOnReportTheirObject() {
        assertReported("Yarrow apologized for the long delay.", "the long delay", "Yarrow", "apologized for", "leading-verb");
        assertReported("Quillon has insisted on a second vote.", "a second vote", "Quillon", "insisted on", "leading-verb");
    }

    @Test
    void anAgreementOnAndAComplaintOfReportTheirObject() {
        assertReported("The guilds agreed on a new schedule.", "a new schedule", "The guilds", "agreed on", "leading-verb");
        assertReported("The pilots complain of long shifts.", "long shifts", "The pilots", "complain of", "leading-verb");
    }

    @Test
    void concurringWithAndWritingOfReportTheirObject() {
        assertReported("The wardens concurred with the ruling.", "the ruling", "The wardens", "concurred with", "leading-verb");
        assertReported("Quillon wrote of his years at sea.", "his years at sea", "Quillon", "wrote of", "leading-verb");
    }

    @Test
    void aVerbOfImplyingOrForecastingReportsItsClause() {
        assertReported("Brenwick implied that the harbour board had misled the growers.", "that the harbour board had misled the growers",
                "Brenwick", "implied", "leading-verb");
        assertReported("The wardens forecast that the tide would rise by spring.", "that the tide would rise by spring",
                "The wardens", "forecast", "leading-verb");
    }

    @Test
    void aVerbOfDemonstratingOrUnderscoringReportsItsClause() {
        assertReported("The harbour survey demonstrated that most growers backed the levy.", "that most growers backed the levy",
                "The harbour survey", "demonstrated", "leading-verb");
        assertReported("Brenwick underscored that the pier would stay shut until spring.", "that the pier would stay shut until spring",
                "Brenwick", "underscored", "leading-verb");
    }

    @Test
    void blastingChidingAndExtollingReportTheirObject() {
        assertReported("Dunmere blasts the harbour board over the toll.", "the harbour board over the toll", "Dunmere", "blasts",
                "leading-verb");
        assertReported("The wardens chided the growers for the delay.", "the growers for the delay", "The wardens", "chided",
                "leading-verb");
        assertReported("Halcott extolled the quiet virtues of the valley.", "the quiet virtues of the valley", "Halcott", "extolled",
                "leading-verb");
    }

    @Test
    void distancingOneselfFromReportsTheObject() {
        assertReported("Halcott firmly distanced himself from the harbour levy.", "the harbour levy", "Halcott",
                "distanced himself from", "leading-verb");
        assertReported("The wardens are distancing themselves from the old plan.", "the old plan", "The wardens",
                "distancing themselves from", "leading-verb");
    }

    @Test
    void goingAfterSomeoneReportsTheObject() {
        assertReported("Corvane went after the harbour board.", "the harbour board", "Corvane", "went after", "leading-verb");
        assertReported("The wardens went after the toll collectors on Monday.", "the toll collectors", "The wardens", "went after",
                "leading-verb");
    }

    @Test
    void aWeekdayOrTodayAfterTheObjectEndsIt() {
        assertReported("Corvane blasted the toll collectors Tuesday night.", "the toll collectors", "Corvane", "blasted",
                "leading-verb");
        assertReported("Dunmere praised the ferry crew today for the rescue.", "the ferry crew", "Dunmere", "praised",
                "leading-verb");
        assertReported("Halcott praised the old Sunday market.", "the old Sunday market", "Halcott", "praised", "leading-verb");
    }

    @Test
    void theObjectEndsBeforeByAndAParticiple() {
        List<Quote> qs = indirect("Corvane blasted the harbour board by saying the toll was far too high.");
        assertEquals("the harbour board", qs.get(0).text(), qs::toString);
        assertEquals("blasted", qs.get(0).cue().orElseThrow().text());
        assertEquals("the harbour board", indirect("Dunmere praised the harbour board by pointing to the new pier.").get(0).text());
    }

    @Test
    void theObjectInARelativeClauseEndsAtTheMainVerb() {
        List<Quote> qs = indirect("The growers who favor Vasko are in the hall tonight.");
        assertEquals("Vasko", qs.get(0).text(), qs::toString);
        qs = indirect("Even the growers who favor the toll agree that it will pass.");
        assertEquals("the toll", qs.get(0).text(), qs::toString);
        assertEquals("the harbour levy", indirect("The growers backed the harbour levy.").get(0).text());
        assertEquals("the will of the board", indirect("The growers who favor the will of the board are in the hall.").get(0).text());
    }

    @Test
    void aSubjectWithAPhraseAfterItIsItsHead() {
        assertReported("Men under forty support the levy.", "the levy", "Men", "support", "leading-verb");
        assertReported("Many growers under forty oppose the toll.", "the toll", "Many growers", "oppose", "leading-verb");
    }

    @Test
    void theObjectEndsBeforeAsAndAClauseOrAsWell() {
        assertReported("Corvane praised the ferry crew as she left the pier.", "the ferry crew", "Corvane", "praised", "leading-verb");
        assertReported("Dunmere blasted the harbour board as well.", "the harbour board", "Dunmere", "blasted", "leading-verb");
        assertReported("Halcott praised the crew as well as the wardens.", "the crew as well as the wardens", "Halcott", "praised",
                "leading-verb");
    }

    @Test
    void theObjectEndsBeforeADashUnlessItGoesOnAfterTheAside() {
        assertReported("Corvane praised the new pier \u2014 a gift of the guild \u2014 at the fair.", "the new pier", "Corvane", "praised",
                "leading-verb");
        assertReported("Dunmere blasted the harbour board \u2014 once a friend of the growers.", "the harbour board", "Dunmere",
                "blasted", "leading-verb");
        assertReported("Halcott praised the towns \u2014 large and small \u2014 that kept the levy.",
                "the towns \u2014 large and small \u2014 that kept the levy", "Halcott", "praised", "leading-verb");
    }

    @Test
    void theObjectEndsBeforeInAndAnEarlyOrLateMonth() {
        assertReported("Corvane endorsed the harbour levy in early May.", "the harbour levy", "Corvane", "endorsed", "leading-verb");
        assertReported("Dunmere blasted the toll collectors in late October.", "the toll collectors", "Dunmere", "blasted", "leading-verb");
    }

    @Test
    void aNameAfterKnownAsIsReportedWithNoSpeaker() {
        Quote q = only("The ferry docks in a cove known as the Long Reach.");
        assertEquals("the Long Reach", q.text());
        assertTrue(q.speaker().isEmpty(), q::toString);
        assertEquals("known as", q.cue().orElseThrow().text());
        assertEquals("known-as", q.rule());
        assertEquals("the Tide Guard", only("The Harbour Watch, also known as the Tide Guard, met on Monday.").text());
    }

    @Test
    void aThatPastALongListenerOrPhraseAndANameOpensTheClause() {
        assertReported("Tovey told a packed room at the bakery on Quay Street in Port Ellery that she would run again.",
                "that she would run again", "Tovey", "told", "leading-verb");
    }

    @Test
    void aThatAsManyTokensPastTheVerbAsTheWindowHoldsOpensTheClauseOneMoreDoesNot() {
        // twenty tokens between "told" and "that", then twenty-one
        assertReported("Tibbald told a room at the hall by the mill near the pier on the quay at the fair in Port Ellery that she would run.",
                "that she would run", "Tibbald", "told", "leading-verb");
        assertTrue(indirect("Tibbald told a room at the hall by the mill near the pier on the quay at the old fair in Port Ellery that she would run.")
                .stream().noneMatch(q -> q.text().startsWith("that")));
    }

    @Test
    void aThatPastAnAsideSetOffByCommasOpensTheClause() {
        assertReported("Ostrow told the Gazette, however, that the mill would close.", "that the mill would close", "Ostrow", "told",
                "leading-verb");
        assertReported("The warden later wrote, while touring the dam last week, that the spillway was sound.",
                "that the spillway was sound", "The warden", "wrote", "leading-verb");
    }

    @Test
    void aThatFarPastTheVerbAfterAPlainNounOpensARelativeClauseNoReport() {
        assertTrue(indirect("Tovey wrote for an hour about the old mill by the river at the edge of the county that she won.")
                .stream().noneMatch(q -> q.text().startsWith("that")));
        assertTrue(indirect("Tovey wrote to growers at the fair, which they had left early, and sold the Mill that they liked.")
                .stream().noneMatch(q -> q.text().startsWith("that")));
    }

    @Test
    void aParticipleAfterAVerbThatTagsAQuotationButReportsNoClauseKeepsTheQuotationsSpeaker() {
        assertReported("\u201cThe levy must go,\u201d Tovey continued, pointing to the new tolls on the pier.", "the new tolls on the pier",
                "Tovey", "pointing to", "leading-verb");
        assertReported("\u201cNot today,\u201d Ostrow continued, mocking the harbour vote.", "the harbour vote", "Ostrow", "mocking",
                "leading-verb");
    }

    @Test
    void aQuestionWordAloneClosingItsSentenceIsTheQuestionReported() {
        assertReported("Ostrow never said where.", "where", "Ostrow", "said", "leading-verb");
        assertReported("Tovey would never disclose how, and the wardens left.", "how", "Tovey", "disclose", "leading-verb");
        assertEquals("how, in her youth, she fished", only("Tovey described how, in her youth, she fished.").text());
    }

    @Test
    void aVerbAfterToAndAQuantifierOrHerIsTheVerbOfWhomTheCauseMoves() {
        assertReported("The flood forced several to admit the dam was weak.", "the dam was weak", "several", "admit", "leading-verb");
        assertReported("The defeat pushed her to concede the seat was lost.", "the seat was lost", "her", "concede", "leading-verb");
    }

    @Test
    void questionReportsTheQuestionAfterWhetherOrIfThoughItSeldomReportsAClause() {
        assertReported("Ostrow questioned whether a toll was fair.", "whether a toll was fair", "Ostrow", "questioned", "leading-verb");
        assertReported("Harbour wardens now question if Ostrow set the blaze.", "if Ostrow set the blaze", "Harbour wardens", "question",
                "leading-verb");
        assertTrue(indirect("The ferry would continue if rain held off.").isEmpty());
        assertTrue(indirect("Her questions whether the toll was fair went unanswered.").isEmpty());
    }

    @Test
    void theObjectOfLeavingBeforeToAndAReportingVerbSpeaks() {
        assertReported("The storm wrecked the pier, leaving wardens to argue that Ostrow should rebuild it.", "that Ostrow should rebuild it",
                "wardens", "argue", "leading-verb");
    }

    @Test
    void aVerbOfThoughtInThePhraseAfterAnothersTakesTheThatEvenDownAChainOfThem() {
        assertReported("Tibbald learned in May Vasko knew from the papers that the pier was shut.", "that the pier was shut", "Vasko", "knew",
                "leading-verb");
        assertReported("Tibbald learned in May Vasko heard in June Okonjo knew that the pier was shut.", "that the pier was shut", "Okonjo",
                "knew", "leading-verb");
        assertReported("Tibbald learned at the Brackwells' office that the pier was shut.", "that the pier was shut", "Tibbald", "learned",
                "leading-verb");
    }

    @Test
    void anOwnerInTheListenerAfterToStaysInTheListener() {
        assertReported("Tovey wrote to the Dunmores\u2019 office that the pier was closed.", "that the pier was closed", "Tovey", "wrote",
                "leading-verb");
        assertReported("Tovey complained to the wardens' chief that the pier was closed.", "that the pier was closed", "Tovey", "complained",
                "leading-verb");
    }

    @Test
    void aFragmentInTheClauseOfAPassiveReportsThatPartOfTheSentenceAndNoVerbBeforeItIsReadAgain() {
        // the clause after "was asked" holds a fragment in double marks, so it is no report of its own;
        // "said" before the fragment then opens no report of the relative word alone
        assertEquals(List.of(), indirect("Tibbald was asked to name the ferry which Brackwell said had the \u201cold\u201d engine."));
    }

    @Test
    void clausesOfOneSentenceThatEachQuoteAFragmentInDoubleMarksAreNoReportsAndTheSentenceGoesOn() {
        // "thinks" and "says" report clauses that end at the same place, each holding a fragment in
        // double marks: neither is a report of its own, and the last verb still reports its word
        assertReported("Quarmby thinks the \u201cpier\u201d that Brackwell says is \u201cunsafe\u201d will close when Okonjo says so.",
                "so", "Okonjo", "says", "leading-verb");
    }

    @Test
    void anAdverbBetweenTheSubjectAndTheVerbIsNoPartOfTheSubject() {
        assertReported("The glaziers never quite admitted that the kiln was cracked.", "that the kiln was cracked", "The glaziers",
                "admitted", "leading-verb");
        assertReported("The bakers somehow sharply argued that the oven was too small.", "that the oven was too small", "The bakers",
                "argued", "leading-verb");
    }

    @Test
    void adverbsAloneBeforeTheVerbGiveWayToTheSubjectBeforeThem() {
        assertReported("She bluntly, openly criticized the tanners for the smell.", "the tanners for the smell", "She", "criticized",
                "leading-verb");
        Quote q = indirect("The two guilds, which together pledged to fight the toll, met on Friday.").stream()
                .filter(x -> x.text().equals("to fight the toll")).findFirst().orElseThrow();
        assertEquals("which", q.speaker().orElseThrow().mention());
    }

    @Test
    void theAgentAfterByOfAPassiveVerbOfSpeechIsTheSpeaker() {
        assertReported("The glaziers were warned by the guild that the kiln was cracked.", "that the kiln was cracked", "the guild",
                "warned", "leading-verb");
        assertReported("He was quietly told by the clerk that the oven was sound.", "that the oven was sound", "the clerk", "told",
                "leading-verb");
    }

    @Test
    void theAgentOfAParticipleSetOffByCommasSpeaksNotItsAdverb() {
        Quote q = indirect("The plan, first disclosed by the Quillfield Bugle, would double the toll.").stream()
                .filter(x -> x.text().equals("The plan")).findFirst().orElseThrow();
        assertEquals("the Quillfield Bugle", q.speaker().orElseThrow().mention());
    }

    @Test
    void aVerbOfIntentThatSeldomReportsAClauseReportsTheInfinitiveAfterIt() {
        assertReported("The glaziers plan to close the kiln in June.", "to close the kiln in June", "The glaziers", "plan",
                "leading-verb");
        assertReported("The tanners may seek to delay the vote.", "to delay the vote", "The tanners", "seek", "leading-verb");
        assertReported("The Okonjo twins are seeking to reopen the mill.", "to reopen the mill", "The Okonjo twins", "seeking", "leading-verb");
        assertReported("The guild offered to pay for a second pier.", "to pay for a second pier", "The guild", "offered",
                "leading-verb");
    }

    @Test
    void aPhraseEndingInThatReportsTheClauseFromItsThat() {
        assertReported("The guild made the case that the pier needs repair.", "that the pier needs repair", "The guild",
                "made the case", "leading-verb");
        assertReported("Tindall is pressing the case that the levy hurts skippers.", "that the levy hurts skippers", "Tindall",
                "pressing the case", "leading-verb");
        assertReported("Okafor rose at the fair to make the case that the ferry runs too slowly.", "that the ferry runs too slowly",
                "Okafor", "make the case", "leading-verb");
    }

    @Test
    void aPluralBeforeAVerbOfReportIsItsSubjectNotACue() {
        assertReported("Local news reports said the pier was closed.", "the pier was closed", "Local news reports", "said",
                "leading-verb");
        assertReported("Ferry Reports Reveal Cost Of Pier", "Cost Of Pier", "Ferry Reports", "Reveal", "leading-verb");
        assertTrue(indirect("Early estimates put the cost near nine million.").isEmpty());
        assertReported("New Ledger Reveals State Guild Paid No Fee", "State Guild Paid No Fee", "New Ledger", "Reveals",
                "leading-verb");
    }

    @Test
    void aVerbOfIntentAfterADeterminerOrBeforeAnInfinitiveThatEndsItsClauseReportsNothing() {
        assertTrue(indirect("The bold plan to close the kiln failed in June.").isEmpty());
        assertTrue(indirect("A group seeking to reopen the mill met on Friday.").isEmpty());
        assertTrue(indirect("Quarmby sold the mill they plan to buy.").isEmpty());
    }

    @Test
    void aPlanThatAVerbPutsForwardReportsItsInfinitiveForTheSubjectOfThatVerb() {
        assertReported("The guild unveiled a plan to rebuild the pier.", "to rebuild the pier", "The guild", "plan", "claim-noun");
        assertReported("The tanners drafted a careful proposal to close the kiln.", "to close the kiln", "The tanners", "proposal",
                "claim-noun");
        assertReported("Two ferry towns reached an agreement to share the dock.", "to share the dock", "Two ferry towns", "agreement",
                "claim-noun");
        assertTrue(indirect("The plan to rebuild the pier failed in June.").isEmpty());
    }

    @Test
    void anAdjectiveOfWillingnessAfterANounOrAVerbOfRemainingReportsTheInfinitive() {
        assertReported("The guild needs skippers willing to sail at night.", "to sail at night", "skippers", "willing",
                "stance-adjective");
        assertReported("Growers willing to sell can apply in May.", "to sell", "Growers", "willing", "stance-adjective");
        assertReported("Some growers grew reluctant to sell the orchard.", "to sell the orchard", "Some growers", "grew reluctant",
                "stance-adjective");
        assertReported("The skippers had grown willing to sail at night.", "to sail at night", "The skippers", "grown willing",
                "stance-adjective");
        assertTrue(indirect("Quarmby found them reluctant to sail.").isEmpty());
        assertTrue(indirect("A willing partner is rare in Dunmore.").isEmpty());
    }

    @Test
    void aPassiveMeantBeforeAnInfinitiveReportsWhatItsSubjectIsMeantToDo() {
        List<Quote> found = indirect("The new toll booth is meant to shorten the queues at the pier.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("The new toll booth", found.get(0).text());
        assertEquals("to shorten the queues at the pier", found.get(1).text());
        assertEquals("is meant", found.get(1).cue().orElseThrow().text());
        assertTrue(found.get(1).speaker().isEmpty());
        assertTrue(indirect("The remark was meant as mild teasing.").isEmpty());
    }

    @Test
    void aVerbOfPushingLobbyingOrLookingReportsTheInfinitiveAfterIt() {
        assertReported("The millers pushed to close the weir before the floods.", "to close the weir before the floods", "The millers",
                "pushed", "leading-verb");
        assertReported("Quarmby lobbied to keep the ferry running.", "to keep the ferry running", "Quarmby", "lobbied", "leading-verb");
        assertTrue(indirect("The push to close the weir failed in June.").isEmpty());
        assertReported("The guild is looking to sell the old barge.", "to sell the old barge", "The guild", "looking", "leading-verb");
        assertTrue(indirect("The old barge looks to be sinking slowly.").stream().noneMatch(q -> q.rule().equals("leading-verb")));
    }

    @Test
    void aCapitalizedVerbFormAfterACapitalInRunningTextIsPartOfAName() {
        assertReported("Chief engineer Tova Boast said the pier would open.", "the pier would open", "Tova Boast", "said",
                "leading-verb");
        assertTrue(indirect("The Harbor Pledge fund paid the skippers.").isEmpty());
        assertReported("The Okafor Reports survey shows the levy losing.", "the levy losing", "The Okafor Reports survey", "shows",
                "leading-verb");
    }

    @Test
    void anObjectEndsBeforeAndThatOpensAClauseWithItsOwnSubject() {
        assertReported("Okafor has not endorsed Halvorsen and the guild has dropped him.", "Halvorsen", "Okafor", "endorsed",
                "leading-verb");
        List<Quote> both = indirect("The skippers praised the crew and 12 percent support the levy.");
        assertEquals(2, both.size(), both::toString);
        assertEquals("the crew", both.get(0).text());
        assertEquals("the levy", both.get(1).text());
        assertEquals("12 percent", both.get(1).speaker().orElseThrow().mention());
        assertReported("Okafor backed Halvorsen and the revised plan.", "Halvorsen and the revised plan", "Okafor", "backed",
                "leading-verb");
        assertReported("Okafor backed Halvorsen and Tindall before voting.", "Halvorsen and Tindall", "Okafor", "backed",
                "leading-verb");
    }

    @Test
    void noSignOfReportsTheActAfterOf() {
        assertReported("The guild showed no real sign of lowering the toll.", "lowering the toll", "The guild", "showed", "leading-verb");
        assertReported("The guild showed that the toll would fall.", "that the toll would fall", "The guild", "showed", "leading-verb");
    }

    @Test
    void aWordInIngRightAfterHaveIsNoVerbOfReport() {
        assertTrue(indirect("The skippers have warning lights on the pier.").isEmpty());
        assertReported("Okafor has been saying that the toll is too high.", "that the toll is too high", "Okafor", "saying",
                "leading-verb");
    }

    @Test
    void aVerbFormBeforeTheNounThatSaysIsNoCue() {
        assertReported("Two protest marshals say the route is closed.", "the route is closed", "Two protest marshals", "say",
                "leading-verb");
        assertReported("The guild warned that the route is closed.", "that the route is closed", "The guild", "warned",
                "leading-verb");
    }

    @Test
    void anInfinitiveOfWillingnessAfterOneThatQuotesAFragmentEndsWhereTheSameScanFoundItsEnd() {
        // the first infinitive holds a fragment in double marks and is no report; the second ends at the
        // same verb, which the scan for the first one found
        assertReported("Skippers willing to sail \u201cat night\u201d and growers willing to sell can apply.", "to sell", "growers",
                "willing", "stance-adjective");
    }

    @Test
    void aClauseInAnOpeningWhileAfterOneThatQuotesAFragmentEndsAtTheSameComma() {
        assertReported("While Vasko is confident that the \u201cold\u201d pier is safe and Tollan is sure that it will last, the guild is calm.",
                "that it will last", "Tollan", "is sure", "stance-adjective");
    }

    @Test
    void aCaseMadeReportsItsThatClauseAsAVerbOfSpeechDoesNotAnObject() {
        assertReported("Vasko made the case that the pier was safe in May.", "that the pier was safe in May", "Vasko", "made the case",
                "leading-verb");
    }

    @Test
    void theObjectOfAVerbOfStanceEndsWithinABoundedNumberOfTokens() {
        // a noun phrase with no comma, phrase of time or preposition to end it: the object is read up to
        // a bound, not to the end of a sentence that may run on for pages
        String text = "Vasko praised the " + "old ".repeat(120) + "crew.";
        List<Quote> found = indirect(text);
        assertEquals(1, found.size(), found::toString);
        int words = found.get(0).text().split(" ").length;
        assertTrue(words >= 60 && words < 121, () -> words + " words");
        assertTrue(found.get(0).text().startsWith("the old old"));
    }

    @Test
    void aConditionOrConcessionWithoutItsOwnSubjectOpensTheClauseAfterTheVerb() {
        assertReported("Halbrook said, if reelected, he would cut the ferry toll.", "if reelected, he would cut the ferry toll",
                "Halbrook", "said", "leading-verb");
        assertReported("Halbrook says despite the storm, the ferry will run.", "despite the storm, the ferry will run",
                "Halbrook", "says", "leading-verb");
    }

    @Test
    void aReportInsideTheClauseAfterAConditionDoesNotEndTheOuterClause() {
        assertReported("Halbrook said, if reelected, he would ask the guild to cut the toll.",
                "if reelected, he would ask the guild to cut the toll", "Halbrook", "said", "leading-verb");
        assertReported("Halbrook says despite being a farmer, he will back the levy.",
                "despite being a farmer, he will back the levy", "Halbrook", "says", "leading-verb");
    }

    @Test
    void anApproximateShareAfterAClauseVerbOpensItsClause() {
        assertReported("Ledgers found as many as 12 of the skippers think the fee is unfair.",
                "as many as 12 of the skippers think the fee is unfair", "Ledgers", "found", "leading-verb");
        assertReported("Halbrook believes at least 30 percent of the growers will leave.",
                "at least 30 percent of the growers will leave", "Halbrook", "believes", "leading-verb");
    }

    @Test
    void aBarePluralBeforeAnInfinitiveOfBeliefIsWhatIsWantedNotTheSpeaker() {
        assertReported("The reeve wants skippers to know that the weir will hold.",
                "skippers to know that the weir will hold", "The reeve", "wants", "leading-verb");
        assertReported("Halbrook wanted growers to believe the toll would fall.",
                "growers to believe the toll would fall", "Halbrook", "wanted", "leading-verb");
    }

    @Test
    void thatBeforeANounOfMannerOrTimeIsADeterminerAndOpensNoClause() {
        assertReported("The council urged growers to seek help that way.",
                "growers to seek help that way", "The council", "urged", "leading-verb");
        assertReported("Halbrook told the guild that morning that the toll would fall.",
                "that the toll would fall", "Halbrook", "told", "leading-verb");
    }

    @Test
    void aNounBeforeAParticipleOfStanceAndItsAgentIsWhatTheAgentHolds() {
        List<Quote> found = indirect("The pilots turned down a toll favored by the harbour board.");
        assertEquals(List.of("a toll"), found.stream().map(Quote::text).toList());
        assertEquals("the harbour board", found.get(0).speaker().orElseThrow().mention());
        assertEquals("favored", found.get(0).cue().orElseThrow().text());
        assertEquals("passive-subject", found.get(0).rule());
    }

    @Test
    void aNounAfterAPrepositionBeforeAParticipleOfStanceGivesNothing() {
        assertEquals(List.of(), indirect("The pilots turned down the slate of wardens endorsed by the harbour board."));
    }

    @Test
    void aParticipleAfterTheSubjectsHeadNounIsNoPartOfTheMention() {
        Quote q = only("A letter mailed Tuesday says that tolls will rise.");
        assertEquals("A letter", q.speaker().orElseThrow().mention());
    }

    @Test
    void peopleFamiliarWithAMatterReportForTheWholePhrase() {
        assertReported("People familiar with the orchard sale said the price had doubled.",
                "the price had doubled", "People familiar with the orchard sale", "said", "leading-verb");
        assertReported("Those close to the harbour warden say that the toll will rise.",
                "that the toll will rise", "Those close to the harbour warden", "say", "leading-verb");
        assertReported("The ferry will stop in May, sources briefed on the plan said.",
                "The ferry will stop in May", "sources briefed on the plan", "said", "trailing-verb");
    }

    @Test
    void aCountAfterTheKeepsTheDeterminerInTheSpeaker() {
        assertReported("The three toll keepers argue that the fee is too low.",
                "that the fee is too low", "The three toll keepers", "argue", "leading-verb");
    }

    @Test
    void aNameBeforeItsPlaceAndAnAppositionReports() {
        assertReported("Senator Ann Brisk of New Harbor, a ferry owner, said the pier would close.",
                "the pier would close", "Senator Ann Brisk", "said", "leading-verb");
    }

    @Test
    void aBodyWhoseNameGoesOnWithOfIsNoPersonBeforeAPlace() {
        Quote q = only("Harbour Board of New Harbor, a public body, said the toll would rise.");
        assertNotEquals("Harbour Board", q.speaker().orElseThrow().mention());
    }

    @Test
    void aVerbJoinedByAndToTheVerbOfAClauseOfTimeSharesThatClausesSubject() {
        assertReported("The crowd cheered when the warden spotted a ferry in the harbour and asked whether it would dock.",
                "whether it would dock", "the warden", "asked", "leading-verb");
        assertReported("The guild met as Brisk inspected the pier and argued that the toll was too high.",
                "that the toll was too high", "Brisk", "argued", "leading-verb");
    }

    @Test
    void asBeforeADescriptionOpensNoClauseOfItsOwn() {
        Quote q = only("At the fair, the judge rated the pony as the fastest of the foals and said the prize was hers.");
        assertEquals("the prize was hers", q.text());
        assertNotEquals("the most", q.speaker().orElseThrow().mention());
    }

    @Test
    void aVerbJoinedToAnIrregularPastInAClauseOfTimeSharesItsSubject() {
        assertReported("The guild cheered when the warden took the stand and argued that the toll was unfair.",
                "that the toll was unfair", "the warden", "argued", "leading-verb");
    }

    @Test
    void aClauseWithASubjectOfItsOwnAfterAReportGivesItsVerbThatSubject() {
        // not the speaker of the report before the comma
        assertEquals(List.of("the ferry guilds", "the harbor master"),
                indirect("While the ferry guilds push for lower tolls, the harbor master has calmed the crowd by promising to open the pier at dawn.")
                        .stream().map(q -> q.speaker().orElseThrow().mention()).toList());
        assertEquals(List.of("The orchard keepers", "Quillan Brantwick"),
                indirect("The orchard keepers argue that the frost ruined the harvest, while the warden, Quillan Brantwick, has angered them by saying "
                        + "that the frost did little harm.").stream().map(q -> q.speaker().orElseThrow().mention()).toList());
        // a name set off by commas and followed by "and" is an object, and the verb after "and" keeps the subject
        assertEquals(List.of("The mayor", "The mayor"),
                indirect("The mayor said the toll was fair, praised the new keeper, Tamsin Orrel, and argued that the pier was sound.")
                        .stream().map(q -> q.speaker().orElseThrow().mention()).toList());
    }

    @Test
    void aClauseOpeningAtASemicolonAfterAReportGivesItsJoinedVerbItsOwnSubject() {
        assertEquals(List.of("The harbor board", "the warden"),
                indirect("The harbor board argued that tolls would rise; the warden doubts it but concedes that the piers are old.")
                        .stream().map(q -> q.speaker().orElseThrow().mention()).toList());
        // with no clause of its own before it, a participle keeps the speaker of the report
        assertEquals(List.of("The guild", "The guild"),
                indirect("The guild said that the tolls, the fees and the dues would rise, adding that the piers were old.")
                        .stream().map(q -> q.speaker().orElseThrow().mention()).toList());
    }

    @Test
    void aClauseThatACommaLeadsIntoAQuotationIsNoReportOfItsOwn() {
        // the quotation with marks gives the words said; the clause before it only leads into it
        assertTrue(indirect("The harbour master said that whatever the council decides, \u201cthe ferry will sail at dawn.\u201d").isEmpty());
        assertTrue(indirect("The orchard guild said that come what may, \"the pears will be picked by hand.\"").isEmpty());
        assertTrue(indirect("The toll keeper told the skippers that if the pier floods again, \u201cwe will all be rowing home.\u201d").isEmpty());
    }

    @Test
    void aClauseThatAFullStopOrAColonEndsBeforeAQuotationStillReports() {
        assertReported("The warden said the pier was safe. \u201cWe checked every plank,\u201d she added.",
                "the pier was safe", "The warden", "said", "leading-verb");
        assertReported("The toll keeper said the fares were fair: \u201cNobody pays more than a shilling.\u201d",
                "the fares were fair", "The toll keeper", "said", "leading-verb");
    }

    @Test
    void aVerbOfRemindingReportsWhatTheListenerIsRemindedOf() {
        assertReported("The toll keeper reminded the skippers of the new fees at the pier.",
                "of the new fees at the pier", "The toll keeper", "reminded", "leading-verb");
        assertReported("The harbour master informed them about the late ferry.",
                "about the late ferry", "The harbour master", "informed", "leading-verb");
        // without "of" or "about" after a short listener, the clause is what it was before
        assertReported("The toll keeper reminded the skippers that the fees were due.",
                "that the fees were due", "The toll keeper", "reminded", "leading-verb");
    }

    @Test
    void herBeforeANounIsTheListenersOwnerAsHisIs() {
        assertReported("The keeper reminded her sister of the storm at the pier.",
                "of the storm at the pier", "The keeper", "reminded", "leading-verb");
        assertReported("The keeper reminded his sister of the storm at the pier.",
                "of the storm at the pier", "The keeper", "reminded", "leading-verb");
    }

    @Test
    void aConjunctionOpeningASentenceThatASourceClosesIsTheNarratorsLink() {
        assertReported("The ferry left late. But the pier held through the storm, according to the harbour log.",
                "the pier held through the storm", "the harbour log", "according to", "according-to");
        assertReported("The toll rose in May. And the guild lost half its members, according to a ledger kept at the pier.",
                "the guild lost half its members", "a ledger kept at the pier", "according to", "according-to");
    }

    @Test
    void aNameBeforeAnAppositionThatIsNotClosedIsNoReport() {
        List<Quote> found = indirect("Mara Quennell, the clerk of the Orchard Trust said in a statement.");
        assertTrue(found.isEmpty(), found::toString);
        assertReported("Ferries run late, the clerk of the Orchard Trust said.", "Ferries run late", "the clerk", "said",
                "trailing-verb");
    }
}
