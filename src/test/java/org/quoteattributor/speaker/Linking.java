package org.quoteattributor.speaker;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.quoteattributor.QuoteMarks;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/**
 * One text taken through the finder, and optionally the linker, for the tests of this package,
 * with helpers to read the result by snippet instead of by offset.
 */
final class Linking {

    static final SpeechVerbs VERBS = new SpeechVerbs(Set.of(), Set.of());
    static final int DISTANCE = 250;

    final String text;
    final TokenBuffer tokens;
    final QuotationFinder.Result found;

    private Linking(String text) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
        boolean[] families = new boolean[QuoteMarks.values().length];
        Arrays.fill(families, true);
        families[QuoteMarks.DIALOGUE_DASH.ordinal()] = false;   // as by default
        this.found = new QuotationFinder(families, VERBS).find(tokens);
    }

    /** The quotations of {@code text} found but not yet linked. */
    static Linking found(String text) {
        return new Linking(text);
    }

    /** The quotations of {@code text} found and linked by the whole linker. */
    static Linking linked(String text) {
        Linking l = new Linking(text);
        new SpeakerLinker(VERBS, DISTANCE).link(l.tokens, l.found);
        return l;
    }

    /** A fresh document over the found quotations, with every quotation classified. */
    Document document() {
        Document d = new Document(tokens, found, VERBS, DISTANCE);
        for (int qi = 0; qi < found.quotes.size(); qi++) {
            Sieves.classify(d, qi);
        }
        return d;
    }

    /**
     * The gender the name resolver gives the speaker of the first quotation of {@code text} when
     * that quotation is tagged with the name {@code mention}.
     */
    static int speakerGender(String text, String mention) {
        Linking l = found(text);
        Document d = l.document();
        l.setSpeaker(0, mention, Mentions.NAME);
        NameResolver r = new NameResolver(d);
        r.resolve();
        return r.genderOfSpeaker(l.quote(0));
    }

    List<FoundQuote> quotes() {
        return found.quotes;
    }

    FoundQuote quote(int qi) {
        return found.quotes.get(qi);
    }

    /** The speaker mention's text, or {@code "<none>"}. */
    String mention(int qi) {
        FoundQuote q = quote(qi);
        return q.hasSpeaker() ? text.substring(q.speakerStart, q.speakerEnd) : "<none>";
    }

    /** The cue's text, or {@code "<none>"}. */
    String cue(int qi) {
        FoundQuote q = quote(qi);
        return q.cueStart >= 0 ? text.substring(q.cueStart, q.cueEnd) : "<none>";
    }

    /** The resolved name, or the mention when none was resolved, or {@code "<none>"}. */
    String name(int qi) {
        FoundQuote q = quote(qi);
        if (!q.hasSpeaker()) {
            return "<none>";
        }
        return q.speakerName != null ? q.speakerName : mention(qi);
    }

    /** Gives quotation {@code qi} the speaker at {@code snippet}, as a sieve would, with no cue. */
    void setSpeaker(int qi, String snippet, int type) {
        int at = text.lastIndexOf(snippet);
        if (at < 0) {
            throw new AssertionError("test bug: «" + snippet + "» is not in «" + text + "»");
        }
        FoundQuote q = quote(qi);
        q.speakerStart = at;
        q.speakerEnd = at + snippet.length();
        q.speakerType = type;
        q.rule = "test";
    }

    /** The sieve of class {@code type} from the linker's list. */
    static SpeakerLinker.Sieve sieve(Class<? extends SpeakerLinker.Sieve> type) {
        for (SpeakerLinker.Sieve s : SpeakerLinker.SIEVES) {
            if (type.isInstance(s)) {
                return s;
            }
        }
        for (SpeakerLinker.Sieve s : List.of(SpeakerLinker.CONVERSATION, SpeakerLinker.VOCATIVE)) {
            if (type.isInstance(s)) {
                return s;
            }
        }
        throw new AssertionError("no sieve of " + type);
    }
}
