package org.quoteattributor.speaker;

import java.util.ArrayList;
import java.util.List;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.text.TokenBuffer;

/**
 * Links quotations to speakers with an ordered list of small rules (sieves). Each sieve runs over
 * the quotations the ones before it left without a speaker, in text order, and names itself in the
 * result. Then the speaker mentions are resolved to the names they stand for. Immutable and
 * thread-safe; per-text state lives in a {@link Document}. Internal, not API.
 */
public final class SpeakerLinker {

    /** The sieves, most reliable first. */
    static final List<Sieve> SIEVES = List.of(
            new Sieves.AskedQuestion(),
            new Sieves.OwnedAnswer(),
            new Sieves.TrailingVerb(false),
            new Sieves.Inscription(),
            new Sieves.LeadingVerb(),
            new Sieves.TrailingVerb(true),
            new Sieves.JoinedFragment(),
            new Sieves.ColonLabel(),
            new Sieves.DashCredit(),
            new Sieves.Citation(),
            new Sieves.ColonParagraph(),
            new Sieves.ColonSubject(),
            new Sieves.SameGroup(),
            new Sieves.Interrupted(),
            new Sieves.NextLineAttribution(),
            new Sieves.LineAfterAttribution(),
            new Sieves.ClosingTag(),
            new Sieves.ReportedContinuation(),
            new Sieves.SameParagraph(),
            new Sieves.SayingNounOwner(),
            new Sieves.FragmentSubject(),
            new Sieves.NearestSubject(),
            new Sieves.AfterAttribution(),
            new Sieves.DashAsideSubject(),
            new Sieves.HeadlineCredit(),
            new Sieves.ParagraphNarration(),
            new Sieves.PreviousParagraphNarration(),
            new Sieves.BeatAfter());

    /** Runs first once names are resolved, since it compares who spoke: a turn cutting in on one broken off. */
    static final Sieve CUT_IN = new Sieves.CutIn();
    /** Runs once names are resolved, since it compares who spoke. */
    static final Sieve CONVERSATION = new Sieves.Conversation();
    /** Runs before the conversation sieve: the person addressed in the last turn answers. */
    static final Sieve VOCATIVE = new Sieves.Vocative();
    /** Runs after the vocative sieve: the person a turn's reporting verb says is spoken to answers. */
    static final Sieve ANSWER_TO_ADDRESSEE = new Sieves.AnswerToAddressee();
    /** Runs after the vocative sieve: the person addressed in the next turn has just spoken. */
    static final Sieve ADDRESSED_NEXT = new Sieves.AddressedNext();
    /** Runs after all else: a reply to the turn just before that follows a few words of narration. */
    static final Sieve TURN_AFTER_NARRATION = new Sieves.Conversation(true);
    /** Runs after the conversation sieve: a quotation whose paragraph got its speaker from the turns around it. */
    static final Sieve SAME_PARAGRAPH_AFTER_TURNS = new Sieves.SameParagraphAfterTurns();
    /** Runs last: a reporting verb before a quotation no rule took, whose subject lies further back. */
    static final Sieve EARLIER_SUBJECT = new Sieves.EarlierSubject();

    private final SpeechVerbs verbs;
    private final int maxDistance;

    public SpeakerLinker(SpeechVerbs verbs, int maxDistance) {
        this.verbs = verbs;
        this.maxDistance = maxDistance;
    }

    /**
     * Fills in speaker, addressee, cue, rule and kind of every quotation in {@code found}, and
     * returns the people of the text, gathered only when asked for.
     */
    public People link(TokenBuffer tokens, QuotationFinder.Result found) {
        Document doc = new Document(tokens, found, verbs, maxDistance);
        NameResolver names = doc.names;
        List<FoundQuote> quotes = found.quotes;
        for (int qi = 0; qi < quotes.size(); qi++) {
            Sieves.classify(doc, qi);
        }
        for (Sieve sieve : SIEVES) {
            for (int qi = 0; qi < quotes.size(); qi++) {
                FoundQuote q = quotes.get(qi);
                if (!q.hasSpeaker() && !doc.settled(qi)) {
                    sieve.apply(doc, qi);
                }
            }
        }
        names.resolve();
        for (int qi = 0; qi < quotes.size(); qi++) {
            Sieves.dropAddressedNarrationSubject(doc, qi);
        }
        for (Sieve sieve : List.of(CUT_IN, VOCATIVE, ANSWER_TO_ADDRESSEE, ADDRESSED_NEXT, CONVERSATION, SAME_PARAGRAPH_AFTER_TURNS, TURN_AFTER_NARRATION, EARLIER_SUBJECT)) {
            for (int qi = 0; qi < quotes.size(); qi++) {
                if (!quotes.get(qi).hasSpeaker() && !doc.settled(qi)) {
                    sieve.apply(doc, qi);
                }
            }
        }
        for (int qi = 0; qi < quotes.size(); qi++) {
            Sieves.BeatAfter.overTurn(doc, qi);
        }
        names.resolve();
        names.spellOutSpeakers();
        for (FoundQuote q : quotes) {
            dropOwnSpeaker(q);
        }
        joinInterrupted(tokens.text(), quotes);
        TermDetector.mark(doc);
        Addressees.find(doc);
        if (TermDetector.quotesAsNews(doc)) {
            splitAtSameMarks(tokens.text(), quotes);
        } else {
            for (FoundQuote q : quotes) {
                q.sameMarkInner = null;   // in a story such a quotation stays whole: nothing is left to split
            }
        }
        return new People(doc);
    }

    /**
     * In reportage, a quotation with a quotation inside it typed with the same marks ({@code
     * “the board’s “review” was a sham”}) is two quoted pieces around the inner one: the first ends
     * where the inner opening mark starts, the second starts where the inner closing mark ends, so
     * that no two spans overlap. Both keep the quotation's attribution and group; the inner
     * quotation between them, with its marks, stays a quotation, marked as a term (words quoted
     * within the speaker's, not the speaker's own turn). Runs after every stage that reads
     * quotations by index, so only the list grows.
     */
    static void splitAtSameMarks(String text, List<FoundQuote> quotes) {
        int nextGroup = 0;
        boolean any = false;
        for (FoundQuote q : quotes) {
            nextGroup = Math.max(nextGroup, q.group + 1);
            any |= q.sameMarkInner != null;
        }
        if (!any) {
            return;
        }
        List<FoundQuote> out = new ArrayList<>(quotes.size() + 4);   // one pass: no insertion in the middle
        for (FoundQuote q : quotes) {
            out.add(q);
            int[] inner = q.sameMarkInner;
            q.sameMarkInner = null;
            if (inner == null || q.indirect || !hasWord(text, q.contentStart, inner[0])
                    || !hasWord(text, inner[3], q.contentEnd)) {
                continue;
            }
            FoundQuote tail = q.tailFrom(inner[3], inner[3]);   // the inner marks are the inner quotation's own
            q.end = inner[0];
            q.contentEnd = inner[0];
            q.closeMark = -1;
            if (q.nested != null) {
                q.nested.removeIf(span -> span[1] > inner[0]);
                if (q.nested.isEmpty()) {
                    q.nested = null;
                }
            }
            FoundQuote words = new FoundQuote();
            words.start = inner[0];
            words.contentStart = inner[1];
            words.contentEnd = inner[2];
            words.end = inner[3];
            words.paragraph = q.paragraph;
            words.group = nextGroup++;
            words.term = true;
            out.add(words);
            out.add(tail);
        }
        quotes.clear();
        quotes.addAll(out);
    }

    /** Whether {@code text} holds a letter or digit in {@code [from, to)}. */
    private static boolean hasWord(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speaker or cue inside the quotation's own span (a quotation whose opening mark is missing
     * may start over the words that name someone) is no attribution: it is dropped.
     */
    static void dropOwnSpeaker(FoundQuote q) {
        boolean speakerInside = q.hasSpeaker() && q.speakerStart < q.end && q.start < q.speakerEnd;
        boolean cueInside = q.cueStart >= 0 && q.cueStart < q.end && q.start < q.cueEnd;
        if (speakerInside || cueInside) {
            q.dropSpeaker();
            q.cueStart = -1;
            q.cueEnd = -1;
        }
    }

    /**
     * {@code “Yes,” she said, “we will.”}: two quotations of one paragraph with the same speaker
     * mention between them are the parts of one, whichever rule found it.
     */
    private static void joinInterrupted(String text, List<FoundQuote> quotes) {
        for (int qi = 1; qi < quotes.size(); qi++) {
            FoundQuote prev = quotes.get(qi - 1);
            FoundQuote q = quotes.get(qi);
            if (prev.paragraph == q.paragraph && prev.hasSpeaker() && q.speakerStart == prev.speakerStart
                    && prev.end <= q.speakerStart && q.speakerEnd <= q.start && continuesClause(text, q.start)) {
                q.group = prev.group;
            }
        }
    }

    /** Whether the narration before {@code start} ends in a comma, colon or dash, not a full stop. */
    static boolean continuesClause(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == ',' || c == ':' || c == '\u2014' || c == '\u2013' || c == ';';
    }

    /** One attribution rule. */
    interface Sieve {
        /** Tries to give quotation {@code qi} a speaker; returns whether it did. */
        boolean apply(Document doc, int qi);
    }
}
