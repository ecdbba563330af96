package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.QuoteMarks;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/** The people gathered from the name resolver's clusters, as the pipeline reads them. */
class PeopleTest {

    private static List<People.Entry> people(String text) {
        TokenBuffer tokens = Lexer.tokenize(text);
        boolean[] families = new boolean[QuoteMarks.values().length];
        java.util.Arrays.fill(families, true);
        QuotationFinder.Result found = new QuotationFinder(families, Linking.VERBS).find(tokens);
        return new SpeakerLinker(Linking.VERBS, Linking.DISTANCE).link(tokens, found).gather();
    }

    private static List<String> mentions(String text, People.Entry e) {
        List<String> out = new ArrayList<>();
        for (int[] m : e.mentions) {
            out.add(text.substring(m[0], m[1]));
        }
        return out;
    }

    @Test
    void oneEntryPerClusterInTheOrderOfFirstMention() {
        String text = "Dr. Ruth Okafor met Mr. Ben Tasker. “We start today,” Tasker said. Okafor agreed.";
        List<People.Entry> people = people(text);
        assertEquals(List.of("Ruth Okafor", "Ben Tasker"), people.stream().map(e -> e.name).toList());
        assertEquals(List.of("Dr. Ruth Okafor", "Okafor"), mentions(text, people.get(0)));
        assertEquals(List.of("Mr. Ben Tasker", "Tasker"), mentions(text, people.get(1)));
        assertEquals(List.of(0), people.get(1).quotes);
    }

    @Test
    void aFullNameOpeningItsSentenceWithHerOwnThingAfterItIsAPerson() {
        List<People.Entry> people = people("Idrena Odrell had mended her nets by noon. The pier was empty after that.");
        assertEquals(List.of("Idrena Odrell"), people.stream().map(e -> e.name).toList());
    }

    @Test
    void aFullNameOpeningItsSentenceWithNoPronounAfterItIsNoPerson() {
        List<People.Entry> people = people("Harbour Row had mended nets by noon. The pier was empty after that.");
        assertEquals(List.of(), people.stream().map(e -> e.name).toList());
    }

    @Test
    void aPronounStandingForADescriptionMakesNoPerson() {
        List<People.Entry> people = people("A tall man came up the path. The dog barked. “Evening,” he said.");
        assertEquals(List.of(), people.stream().map(e -> e.name).toList());
    }

    @Test
    void aPossessiveIsAMentionWithoutItsEnding() {
        String text = "Mr. Ben Tasker arrived. Nobody liked Tasker’s hat.";
        assertEquals(List.of("Mr. Ben Tasker", "Tasker"), mentions(text, people(text).get(0)));
    }

    @Test
    void modifiersBeforeTheTitleAreNoPartOfTheMention() {
        String text = "The Danish Prime Minister Ida Holm spoke. “We agree,” Holm said.";
        assertEquals(List.of("Prime Minister Ida Holm", "Holm"), mentions(text, people(text).get(0)));
    }

    @Test
    void someoneCalledByNameInAQuotationIsAPerson() {
        String text = "“Sit down, Tobin,” said Mrs. Vera Lind.";
        List<People.Entry> people = people(text);
        assertEquals(List.of("Tobin", "Vera Lind"), people.stream().map(e -> e.name).toList());
        assertEquals(List.of(), people.get(0).quotes);
    }

    @Test
    void aNamedAddresseeIsAMentionOfTheirPerson() {
        String text = "Mrs. Vera Lind sat down. “Pour the tea, Mrs. Lind,” said Mr. Ben Tasker.";
        List<People.Entry> people = people(text);
        assertEquals("Vera Lind", people.get(0).name);
        assertEquals(List.of("Mrs. Vera Lind", "Mrs. Lind"), mentions(text, people.get(0)));
        assertEquals(List.of(), people.get(0).quotes);
        assertEquals(List.of(0), people.get(1).quotes);
    }

    @Test
    void aDescriptionTheResolverNamesIsAMentionOfThatPerson() {
        String text = "Captain Ostley stood at the rail. “Hold her steady,” said the captain.";
        List<People.Entry> people = people(text);
        assertEquals(List.of("Ostley"), people.stream().map(e -> e.name).toList());
        assertEquals(List.of("Captain Ostley", "the captain"), mentions(text, people.get(0)));
        assertEquals(List.of(0), people.get(0).quotes);
    }

    @Test
    void aDescriptionNoNameStandsForBelongsToNobody() {
        List<People.Entry> people = people("The ferry was late. “Hold her steady,” said the old pilot.");
        assertEquals(List.of(), people.stream().map(e -> e.name).toList());
    }

    @Test
    void titlesOfOfficeBeforeANameAreNoPartOfIt() {
        String text = "Port Warden Vasko Tindall met Harbor Commissioner Ilse Brannock. “We agree,” Tindall said."
                + " “We do,” said Guild Director Orrin Vexley.";
        List<People.Entry> people = people(text);
        assertEquals(List.of("Vasko Tindall", "Ilse Brannock", "Orrin Vexley"), people.stream().map(e -> e.name).toList());
    }
}
