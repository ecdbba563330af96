package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** Words before a cue that end no speaker's mention: a negated auxiliary, a verb of going on, a relation, a withheld name. */
class VerbWordsOutOfMentionTest {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private static List<String> speakers(String text, Quote.Kind kind) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == kind)
                .map(q -> q.speaker().map(s -> s.mention()).orElse("")).toList();
    }

    @Test
    void cannotBeforeTheVerbIsNoPartOfTheSubject() {
        assertEquals(List.of("The wardens"), speakers("The wardens cannot say whether the pier will hold.", Quote.Kind.INDIRECT));
    }

    @Test
    void cannotAndAnAdverbBeforeTheVerbAreNoPartOfABarePlural() {
        assertEquals(List.of("Orchard hands"), speakers("Orchard hands cannot rightly claim the same.", Quote.Kind.INDIRECT));
    }

    @Test
    void keepBeforeAVerbInIngIsNoPartOfTheSubject() {
        assertEquals(List.of("The ferrymen"), speakers("The ferrymen keep insisting that the toll is fair.", Quote.Kind.INDIRECT));
    }

    @Test
    void keptBeforeACueAfterAQuotationIsNoPartOfTheSpeaker() {
        assertEquals(List.of("the wardens"), speakers("\u201cThe pier is shut,\u201d the wardens kept repeating.", Quote.Kind.DIRECT));
    }

    @Test
    void aVerbOfMoreThanOneWordEndsTheDescriptionBeforeIt() {
        assertEquals(List.of("The notice"),
                speakers("The notice goes on to say: \u201cThe pier is shut for the winter.\u201d", Quote.Kind.DIRECT));
    }

    @Test
    void aBarePluralAfterCloseToIsNotTheSpeakerTheHeadBeforeItIs() {
        assertEquals(List.of("Skippers close to growers"),
                speakers("Skippers close to growers say the fees will rise.", Quote.Kind.INDIRECT));
    }

    @Test
    void aBarePluralAfterFamiliarWithEndsTheSpeakersPhrase() {
        assertEquals(List.of("Clerks familiar with ferry schedules"),
                speakers("Clerks familiar with ferry schedules say the fees will rise.", Quote.Kind.INDIRECT));
    }

    @Test
    void aRelativeClauseWithholdingANameGivesItsHeadNotTheLastWord() {
        List<String> found = speakers("A ferryman who spoke on condition of anonymity said the pier was shut.", Quote.Kind.INDIRECT);
        assertEquals(List.of("A ferryman who spoke on condition of anonymity"), found);
    }
}
