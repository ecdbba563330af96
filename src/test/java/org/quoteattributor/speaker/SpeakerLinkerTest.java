package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.quote.FoundQuote;

/** The linker as a whole: sieves in order, then names, then conversation and terms. */
class SpeakerLinkerTest {

    @Test
    void theMoreReliableRuleWinsWhenTwoCouldApply() {
        // A verb after the quotation beats the one before it.
        Linking l = Linking.linked("Smith said: “We will win,” Jones said.");
        assertEquals("Jones", l.mention(0));
        assertEquals("trailing-verb", l.quote(0).rule);
    }

    @Test
    void aQuotationWithNoCueKeepsNoSpeaker() {
        Linking l = Linking.linked("“We will never stop.”");
        FoundQuote q = l.quote(0);
        assertFalse(q.hasSpeaker());
        assertEquals("none", q.rule);
        assertEquals(-1, q.cueStart);
    }

    @Test
    void speakersAreResolvedToNames() {
        Linking l = Linking.linked("Ann Lee spoke first. “Thank you,” she said.");
        assertEquals("she", l.mention(0));
        assertEquals("Ann Lee", l.name(0));
        assertEquals(Mentions.PRONOUN, l.quote(0).speakerType);
    }

    @Test
    void theSpeakerTypeIsRecorded() {
        Linking l = Linking.linked("“A,” Smith said. “B,” said a spokeswoman. “C,” he said.");
        assertEquals(Mentions.NAME, l.quote(0).speakerType);
        assertEquals(Mentions.DESCRIPTION, l.quote(1).speakerType);
        assertEquals(Mentions.PRONOUN, l.quote(2).speakerType);
    }

    @Test
    void quotedTitlesAreMarkedAsTerms() {
        Linking l = Linking.linked("He hosts “Meet the Press” on Sundays.");
        assertTrue(l.quote(0).term);
    }

    @Test
    void speechIsNotMarkedAsATerm() {
        assertFalse(Linking.linked("“We will win,” Smith said.").quote(0).term);
    }

    @Test
    void aPronounAndFunctionWordsAreSpeechNotATitle() {
        assertFalse(Linking.linked("He said “I will.” and left.").quote(0).term);
        assertFalse(Linking.linked("She said “We will not.” twice.").quote(0).term);
        assertTrue(Linking.linked("They sang “We Are the Champions” loudly.").quote(0).term);
    }

    @Test
    void aLinkerWithoutTheVerbLinksNothingByIt() {
        SpeechVerbs noSaid = new SpeechVerbs(Set.of(), Set.of("said"));
        Linking l = Linking.found("“We will win,” Smith said.");
        new SpeakerLinker(noSaid, Linking.DISTANCE).link(l.tokens, l.found);
        assertFalse(l.quote(0).hasSpeaker());
    }

    @Test
    void aLinkerWithAnAddedVerbLinksByIt() {
        SpeechVerbs withIt = new SpeechVerbs(Set.of("harrumphed"), Set.of());
        Linking l = Linking.found("“We will win,” Smith harrumphed.");
        new SpeakerLinker(withIt, Linking.DISTANCE).link(l.tokens, l.found);
        assertEquals("Smith", l.mention(0));
    }

    @Test
    void aLinkerWithNoReachLinksNothingAfterTheQuotation() {
        Linking l = Linking.found("“We will win,” Smith said.");
        new SpeakerLinker(Linking.VERBS, 0).link(l.tokens, l.found);
        assertFalse(l.quote(0).hasSpeaker());
    }

    @Test
    void linkingATextWithoutQuotationsDoesNothing() {
        Linking l = Linking.linked("Nothing is quoted here.");
        assertTrue(l.quotes().isEmpty());
    }

    @Test
    void everySieveIsListedOnce() {
        assertEquals(SpeakerLinker.SIEVES.size(), Set.copyOf(SpeakerLinker.SIEVES).size());
        assertFalse(SpeakerLinker.SIEVES.contains(SpeakerLinker.CONVERSATION));
        assertFalse(SpeakerLinker.SIEVES.contains(SpeakerLinker.VOCATIVE));
    }
}
