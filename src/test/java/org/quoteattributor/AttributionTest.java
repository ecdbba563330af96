package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattributor.Texts.spanOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link QuoteAttributor#analyze(String)}: the quotations, and the people with what each says. */
class AttributionTest {

    /** The person named {@code name}; fails when there is none or more than one. */
    private static Person person(Attribution a, String name) {
        List<Person> found = a.people().stream().filter(p -> p.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> name + " in " + a.people());
        return found.get(0);
    }

    private static List<String> names(Attribution a) {
        return a.people().stream().map(Person::name).toList();
    }

    @Test
    void theQuotationsAreThoseOfAttribute() {
        String text = "“We open at nine,” said Laura Finch. Her partner shrugged.";
        assertEquals(QuoteAttributor.attribute(text), QuoteAttributor.analyze(text).quotes());
    }

    @Test
    void aPersonGathersEveryFormOfTheirNameUnderTheFullest() {
        String text = "Senator Laura Finch spoke first. “We open at nine,” Finch said. Later Ms. Finch left.";
        Person laura = person(QuoteAttributor.analyze(text), "Laura Finch");
        assertEquals(List.of("Senator Laura Finch", "Finch", "Ms. Finch"),
                laura.mentions().stream().map(Mention::text).toList());
        assertEquals(spanOf(text, "Ms. Finch"), laura.mentions().get(2).span());
    }

    @Test
    void aNameBrokenOverTwoLinesIsGivenOnOne() {
        String text = "The hall was cold when Mrs.\nOrla Penhale came in with\nher\nsister.\n\n"
                + "“Shut the door,” said the\ngrey   porter.\n\n“It sticks,” said Mrs.\nPenhale.";
        Attribution a = QuoteAttributor.analyze(text);
        Speaker porter = a.quotes().get(0).speaker().orElseThrow();
        assertEquals("the\ngrey   porter", porter.mention());
        assertEquals("the grey porter", porter.name());
        Speaker orla = a.quotes().get(1).speaker().orElseThrow();
        assertEquals("Mrs.\nPenhale", orla.mention());
        assertEquals("Orla Penhale", orla.name());
        assertEquals("Orla Penhale", a.speakerOf(a.quotes().get(1)).orElseThrow().name());
    }

    @Test
    void noNameRunsOverAWideGap() {
        // Three spaces or more part two names as the dash they often stand for would.
        String text = "The guests came in together, Ezra Hale   Mara Lane, both soaked.\n\n“We missed the train,” said Lane.";
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals("Mara Lane", a.quotes().get(0).speaker().orElseThrow().name());
    }

    @Test
    void aGivenNameThatStandsForAFullNameIsThatPerson() {
        String text = "Nora Quill came into the kitchen. Nora Quill sat down.\n\n“Hello,” said Nora.\n\n"
                + "“Good morning,” Tom Hale said.\n\n“Is it raining?” Nora asked.\n";
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals(List.of("Nora Quill", "Tom Hale"), names(a));
        Person nora = person(a, "Nora Quill");
        assertEquals(List.of("Nora Quill", "Nora Quill", "Nora", "Nora"),
                nora.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of(a.quotes().get(0), a.quotes().get(2)), nora.quotes());
    }

    @Test
    void aPronounResolvedToAPersonIsOneOfTheirMentions() {
        String text = "Laura Finch stood up. “We open at nine,” she said.";
        Person laura = person(QuoteAttributor.analyze(text), "Laura Finch");
        Mention she = laura.mentions().get(1);
        assertEquals("she", she.text());
        assertEquals(Speaker.Type.PRONOUN, she.type());
        assertEquals(spanOf(text, "she"), she.span());
    }

    @Test
    void aPersonsQuotationsAreTheRecordsOfTheQuotationList() {
        String text = "“We open at nine,” said Laura Finch. “Bring coffee,” Tom Reyes said. “And cake,” Finch added.";
        Attribution a = QuoteAttributor.analyze(text);
        Person laura = person(a, "Laura Finch");
        assertEquals(2, laura.quotes().size());
        assertSame(a.quotes().get(0), laura.quotes().get(0));
        assertSame(a.quotes().get(2), laura.quotes().get(1));
        assertEquals(List.of(a.quotes().get(1)), person(a, "Tom Reyes").quotes());
    }

    @Test
    void speakerOfFindsThePersonOfAQuotation() {
        String text = "“Bring coffee,” Tom Reyes said.";
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals("Tom Reyes", a.speakerOf(a.quotes().get(0)).orElseThrow().name());
    }

    @Test
    void addresseeOfFindsThePersonSpokenTo() {
        String text = "Laura Finch nodded. “Bring coffee,” Tom Reyes told Finch.";
        Attribution a = QuoteAttributor.analyze(text);
        Quote q = a.quotes().get(0);
        assertEquals("Finch", q.addressee().orElseThrow().mention());
        assertEquals("Laura Finch", q.addressee().orElseThrow().name());
        assertEquals("Laura Finch", a.addresseeOf(q).orElseThrow().name());
        assertEquals("Tom Reyes", a.speakerOf(q).orElseThrow().name());
    }

    @Test
    void aNamedAddresseeIsAPersonOnlyWhenTheTextShowsItToBeOne() {
        Attribution a = QuoteAttributor.analyze("“We will win,” Laura Finch told Fox News. “Soon,” she told Tom Reyes.");
        assertEquals("Fox News", a.quotes().get(0).addressee().orElseThrow().mention());
        assertTrue(a.addresseeOf(a.quotes().get(0)).isEmpty());
        assertEquals("Tom Reyes", a.addresseeOf(a.quotes().get(1)).orElseThrow().name());
        assertEquals(List.of("Laura Finch", "Tom Reyes"), names(a));
    }

    @Test
    void addresseeOfFindsThePersonWhateverWordsTheMentionTakesIn() {
        Attribution a = QuoteAttributor.analyze("Ambassador Tom Reyes arrived. “We agree,” Laura Finch told British Ambassador Tom Reyes.");
        assertEquals("British Ambassador Tom Reyes", a.quotes().get(0).addressee().orElseThrow().mention());
        assertEquals("Tom Reyes", a.addresseeOf(a.quotes().get(0)).orElseThrow().name());
    }

    @Test
    void aDescribedSpeakerIsNoPerson() {
        String text = "“The talks will go on,” the spokesman said.";
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals(List.of(), a.people());
        assertTrue(a.speakerOf(a.quotes().get(0)).isEmpty());
    }

    @Test
    void anUnresolvedFirstPersonIsNoPerson() {
        Attribution a = QuoteAttributor.analyze("“I was there,” I said.");
        assertEquals(List.of(), a.people());
    }

    @Test
    void someoneNamedWhoSaysNothingIsStillAPerson() {
        String text = "Mrs. Alma Pratt waved from the porch. “Good morning,” Tom Reyes said.";
        Attribution a = QuoteAttributor.analyze(text);
        assertEquals(List.of("Alma Pratt", "Tom Reyes"), names(a));
        assertEquals(List.of(), person(a, "Alma Pratt").quotes());
    }

    @Test
    void placesAreNoPeople() {
        String text = "Tom Reyes flew from Lisbon to Oslo. “The snow was late,” Reyes said.";
        assertEquals(List.of("Tom Reyes"), names(QuoteAttributor.analyze(text)));
    }

    @Test
    void aTitleThatAlsoOpensTheNameOfAThingMakesNoPerson() {
        String text = "Workers at General Dynamics waited. “We want a fair deal,” Tom Reyes said.";
        assertEquals(List.of("Tom Reyes"), names(QuoteAttributor.analyze(text)));
    }

    @Test
    void aLoneWordOpeningASentenceIsAMentionOfANameGivenElsewhere() {
        String text = "Tom Reyes came home. Reyes was tired. “Hello,” he said.";
        Person tom = person(QuoteAttributor.analyze(text), "Tom Reyes");
        assertEquals(List.of("Tom Reyes", "Reyes", "he"), tom.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void peopleAreGatheredFromATextWithoutQuotations() {
        Attribution a = QuoteAttributor.analyze("Mrs. Alma Pratt waved from the porch.");
        assertEquals(List.of(), a.quotes());
        assertEquals(List.of("Alma Pratt"), names(a));
    }

    @Test
    void emptyTextHasNobody() {
        assertEquals(new Attribution(List.of(), List.of()), QuoteAttributor.analyze(""));
    }

    @Test
    void nullIsRefusedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> QuoteAttributor.analyze(null));
        assertEquals("text", e.getMessage());
        Attribution a = QuoteAttributor.analyze("");
        assertEquals("quote", assertThrows(NullPointerException.class, () -> a.speakerOf(null)).getMessage());
    }

    @Test
    void theListsAreUnmodifiable() {
        Attribution a = QuoteAttributor.analyze("“Bring coffee,” Tom Reyes said.");
        assertThrows(UnsupportedOperationException.class, () -> a.people().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.people().get(0).mentions().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.people().get(0).quotes().clear());
    }

    @Test
    void aBuiltAttributorAnalyzesWithItsOwnVerbs() {
        Attributor custom = QuoteAttributor.builder().addSpeechVerbs("harrumphed").build();
        Attribution a = custom.analyze("“Nonsense,” Tom Reyes harrumphed.");
        assertEquals(List.of(a.quotes().get(0)), person(a, "Tom Reyes").quotes());
    }
}
