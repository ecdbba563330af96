package org.quoteattributor.speaker;

import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.TokenBuffer;

/**
 * The attribution rules, one small class each. Internal, not API.
 */
final class Sieves {

    /**
     * Quotations looked at on either side of one for a speaker to share: a bound that keeps the
     * work per quotation constant on text with huge paragraphs of quotations.
     */
    static final int NEIGHBOURS = 24;
    /** Tokens scanned back for the start of a sentence. */
    static final int MAX_SENTENCE_TOKENS = 300;

    /** Word tokens searched after a quotation for its verb. */
    static final int TRAILING_WINDOW = 14;

    private Sieves() {
    }

    /** Marks a quotation MIXED when it is woven into a sentence of narration (a word right before it). */
    static void classify(Document d, int qi) {
        FoundQuote q = d.quotes.get(qi);
        int first = d.firstToken(qi);
        int i = first - 1;
        if (i < 0 || q.openMark < 0) {
            return;
        }
        TokenBuffer t = d.t;
        int kind = t.kind(i);
        if ((kind == TokenBuffer.WORD || kind == TokenBuffer.NUMBER) && !d.inQuote(i)
                && !t.equalsIgnoreCase(i, "said") && d.verbAt(i) == 0) {
            q.mixed = true;
        }
    }

    private static int contentWords(Document d, int qi) {
        int n = 0;
        for (int i = d.firstToken(qi); i < d.afterToken(qi); i++) {
            if (d.t.isWordLike(i)) {
                n++;
            }
        }
        return n;
    }

    static void set(Document d, FoundQuote q, Mentions.Mention m, int verb, int verbLen, String rule) {
        TokenBuffer t = d.t;
        q.speakerStart = t.start(m.first);
        q.speakerEnd = t.end(m.last);
        q.speakerType = m.type;
        if (verb >= 0) {
            q.cueStart = t.start(verb);
            q.cueEnd = t.end(verb + verbLen - 1);
        }
        q.rule = rule;
    }

    /** {@code “…,” Smith said} and {@code “…,” said Smith}: a verb just after the quotation. */
    static final class TrailingVerb implements SpeakerLinker.Sieve {

        private final boolean mixed;

        /** @param mixed whether this instance handles fragments woven into a sentence, or whole quotations */
        TrailingVerb(boolean mixed) {
            this.mixed = mixed;
        }

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (q.mixed != mixed) {
                return false;   // a fragment's verb is more often before it: LeadingVerb goes first
            }
            TokenBuffer t = d.t;
            if (verbRightBefore(d, qi) && !(q.closeMark > 0 && t.is(q.closeMark - 1, ','))) {
                return false;   // "He said “…” and swears …": the verb before it is its own
            }
            int start = d.afterToken(qi);
            int limit = Math.min(t.size(), start + TRAILING_WINDOW + 6);
            // After a quotation closed with a full stop, a capital starts a new sentence: only a
            // short "Smith said." may still attribute it.
            boolean newSentence = q.closeMark > 0 && t.kind(q.closeMark - 1) == TokenBuffer.PUNCTUATION
                    && t.first(q.closeMark - 1) == '.' && start < t.size() && t.isCapitalized(start);
            int window = newSentence ? 3 : TRAILING_WINDOW;
            int words = 0;
            for (int i = start; i < limit && words < window; i++) {
                int kind = t.kind(i);
                if (kind == TokenBuffer.QUOTE_MARK || kind == TokenBuffer.PARAGRAPH_BREAK
                        || t.start(i) - q.end > d.maxDistance || d.inQuote(i) || d.endsSentence(i)
                        || t.kind(i) == TokenBuffer.LINE_BREAK && d.isParagraphEnd(i)) {
                    return false;
                }
                if (kind != TokenBuffer.WORD) {
                    continue;
                }
                words++;
                if (t.equalsIgnoreCase(i, "according") && i + 1 < t.size() && t.equalsIgnoreCase(i + 1, "to")) {
                    Mentions.Mention m = new Mentions.Mention();
                    if (d.mentions.subjectAfter(i + 2, limit, m)) {
                        set(d, q, m, i, 2, "according-to");   // “…,” according to Smith.
                        return true;
                    }
                    return false;
                }
                int len = d.verbAt(i);
                if (len == 0) {
                    if (words <= 5 && unknownVerbClause(d, q, start, i)) {
                        return true;
                    }
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                if (newSentence && !clauseEndsAfter(d, i + len)) {
                    return false;
                }
                if (d.mentions.subjectBefore(i, start - 1, m)) {
                    set(d, q, m, i, len, "trailing-verb");
                    return true;
                }
                if (d.mentions.subjectAfter(i + len, limit, m)) {
                    set(d, q, m, i, len, "trailing-verb-inverted");
                    return true;
                }
                return false;
            }
            return false;
        }
    }

    /** An -ing form after a comma or a noun: its subject is the sentence's subject, not the word before. */
    static boolean participle(Document d, int i) {
        TokenBuffer t = d.t;
        int len = t.length(i);
        if (len < 5 || !t.text().regionMatches(true, t.end(i) - 3, "ing", 0, 3) || i == 0) {
            return false;
        }
        return t.is(i - 1, ',') || t.kind(i - 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(i - 1))
                && !d.mentions.isPronoun(i - 1) && !d.mentions.isVerbFiller(i - 1);
    }

    /** A noun for something said, after a determiner, right before the quotation (or a comma or colon). */
    static boolean speechNounIntroduces(Document d, int i, int first) {
        if ((d.cls(i) & Lexicon.SPEECH_NOUN) == 0 || i == 0 || !d.mentions.isDeterminer(i - 1) && !d.t.isWordLike(i - 1)) {
            return false;
        }
        int k = i + 1;
        while (k < first && (d.t.is(k, ',') || d.t.is(k, ':') || d.t.isBreak(k))) {
            k++;
        }
        return k == first;
    }

    /**
     * The subject of the sentence whose first token is {@code from}: the first mention, at the
     * start or right after an introductory phrase set off by a comma, that a lower-case word follows.
     */
    static boolean sentenceSubject(Document d, int from, int verb, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int pos = from; pos < verb; pos++) {
            if (pos == from || t.is(pos - 1, ',')) {
                if (d.mentions.subjectAfter(pos, verb, m) && m.last + 1 < verb) {
                    int next = m.last + 1;
                    if (t.kind(next) == TokenBuffer.WORD && Character.isLowerCase(t.first(next))
                            || t.is(next, ',') && m.type != Mentions.PRONOUN) {
                        return true;
                    }
                }
            }
            if (d.inQuote(pos)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A verb whose subject was given earlier in the sentence: after {@code and}, {@code but},
     * {@code then} or {@code to} ({@code Anne smiled and said, …}, {@code He felt bound to say: …}).
     */
    static boolean coordinated(Document d, int i) {
        TokenBuffer t = d.t;
        int k = i - 1;
        while (k >= 0 && d.mentions.isVerbFiller(k) && !t.equalsIgnoreCase(k, "then")) {
            k--;
        }
        return k >= 0 && t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but")
                || t.equalsIgnoreCase(k, "then") || t.equalsIgnoreCase(k, "to") || t.equalsIgnoreCase(k, "or"));
    }

    /**
     * {@code “…,” an angry Hollande retaliated.}: after a quotation that ends in a comma, question
     * or exclamation mark, a mention and one word in -ed or -s closing the clause attribute it,
     * whatever the verb. Tried at the word {@code i} that may be that verb.
     */
    static boolean unknownVerbClause(Document d, FoundQuote q, int start, int i) {
        TokenBuffer t = d.t;
        if (q.closeMark <= 0 || !(t.is(q.closeMark - 1, ',') || t.is(q.closeMark - 1, '!') || t.is(q.closeMark - 1, '?'))) {
            return false;
        }
        String text = d.text;
        char last = text.charAt(t.end(i) - 1);
        boolean verbLike = Character.isLowerCase(t.first(i)) && t.length(i) > 3
                && (last == 'd' && text.charAt(t.end(i) - 2) == 'e' || last == 's' && text.charAt(t.end(i) - 2) != 's');
        int next = i + 1;
        if (!verbLike || next >= t.size()) {
            return false;
        }
        // A pronoun or name right after a comma-closed quotation, then a verb: an action tag
        // ("…," he leaned forward) attributes as surely as a reporting verb; otherwise the clause
        // must end at the verb.
        boolean tag = t.is(q.closeMark - 1, ',') && i - start <= 3;
        if (!tag && !(d.endsSentence(next) || t.is(next, ','))) {
            return false;
        }
        Mentions.Mention m = new Mentions.Mention();
        if (d.mentions.subjectBefore(i, start - 1, m) && m.first == start) {
            set(d, q, m, i, 1, "trailing-unknown-verb");
            return true;
        }
        return false;
    }

    /** Whether a reporting verb stands right before quotation {@code qi}, a comma or colon apart at most. */
    static boolean verbRightBefore(Document d, int qi) {
        int b = d.firstToken(qi) - 1;
        if (b >= 0 && (d.t.is(b, ',') || d.t.is(b, ':'))) {
            b--;
        }
        return b >= 0 && !d.inQuote(b) && d.verbAt(b) > 0;
    }

    /** Whether the clause ends within a few tokens after {@code j}: {@code said.}, {@code said Smith.} */
    static boolean clauseEndsAfter(Document d, int j) {
        TokenBuffer t = d.t;
        for (int k = j; k < Math.min(t.size(), j + 5); k++) {
            if (d.endsSentence(k) || t.is(k, ',') || t.isBreak(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                return true;
            }
        }
        return j >= t.size();
    }

    /** {@code Smith said: “…”}, {@code Smith told reporters that “…”}: a verb earlier in the sentence. */
    static final class LeadingVerb implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int lo = sentenceStart(d, first);
            // A fragment inside reported speech belongs to the outermost source of the sentence
            // ("Meeks said Clinton told them she was “not going anywhere”"), so for fragments the
            // scan goes on to the leftmost verb; a whole quotation takes the nearest.
            boolean outermost = q.mixed;
            Mentions.Mention found = null;
            int foundVerb = -1;
            int foundLen = 0;
            String foundRule = null;
            for (int i = first - 1; i > lo; i--) {
                if (d.inQuote(i) || q.start - t.end(i) > d.maxDistance) {
                    break;
                }
                if (t.kind(i) != TokenBuffer.WORD) {
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                String rule = null;
                int len = 0;
                if (t.equalsIgnoreCase(i, "according") && i + 1 < first && t.equalsIgnoreCase(i + 1, "to")) {
                    len = 2;
                    rule = d.mentions.subjectAfter(i + 2, first, m) ? "according-to" : null;
                } else if (speechNounIntroduces(d, i, first)) {
                    len = 1;   // "Trump issued a statement: “…”": the clause's subject
                    rule = sentenceSubject(d, lo + 1, i, m) && m.type != Mentions.DESCRIPTION ? "statement" : null;
                } else {
                    len = d.verbAt(i);
                    if (len == 0 || i + len > first) {
                        continue;
                    }
                    if ((participle(d, i) || coordinated(d, i)) && sentenceSubject(d, lo + 1, i, m)) {
                        rule = "leading-verb";   // "X issued a statement, saying …": X
                    } else if (d.mentions.subjectBefore(i, lo, m)) {
                        rule = "leading-verb";
                    } else if (d.mentions.subjectAfter(i + len, first, m) && m.type != Mentions.DESCRIPTION) {
                        rule = "leading-verb-inverted";
                    }
                }
                if (rule != null) {
                    found = m;
                    foundVerb = i;
                    foundLen = len;
                    foundRule = rule;
                    if (!outermost) {
                        break;
                    }
                }
            }
            if (found == null) {
                return false;
            }
            set(d, q, found, foundVerb, foundLen, foundRule);
            return true;
        }
    }

    /** The token before the start of the sentence holding token {@code first} (exclusive bound). */
    static int sentenceStart(Document d, int first) {
        TokenBuffer t = d.t;
        int p = d.found.paragraphOf(first);
        int paraFirst = d.found.paraStart[p];
        for (int i = first - 1; i >= Math.max(paraFirst, first - MAX_SENTENCE_TOKENS); i--) {
            if (d.endsSentence(i) && !d.inQuote(i) || t.kind(i) == TokenBuffer.PARAGRAPH_BREAK) {
                return i;
            }
        }
        return Math.max(paraFirst, first - MAX_SENTENCE_TOKENS) - 1;
    }

    /** {@code Trump: “…”}: a name right before a colon that introduces the quotation. */
    static final class ColonLabel implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            int first = d.firstToken(qi);
            int colon = first - 1;
            if (colon < 1 || !d.t.is(colon, ':') || d.inQuote(colon - 1)) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            int lo = sentenceStart(d, colon);
            if (d.mentions.mentionEndingAt(colon - 1, lo, m) && m.type == Mentions.NAME && m.first == lo + 1) {
                set(d, q, m, -1, 0, "colon-label");
                q.cueStart = d.t.start(colon);
                q.cueEnd = d.t.end(colon);
                return true;
            }
            return false;
        }
    }

    /** The parts of one quotation repaired across a missing mark share a speaker. */
    static final class SameGroup implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            for (int k = qi - 1; k >= Math.max(0, qi - NEIGHBOURS) && d.quotes.get(k).group == q.group; k--) {
                if (d.quotes.get(k).hasSpeaker()) {
                    q.copySpeakerFrom(d.quotes.get(k), "continued");
                    return true;
                }
            }
            for (int k = qi + 1; k < Math.min(d.quotes.size(), qi + NEIGHBOURS) && d.quotes.get(k).group == q.group; k++) {
                if (d.quotes.get(k).hasSpeaker()) {
                    q.copySpeakerFrom(d.quotes.get(k), "continued");
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code “Yes,” she said, “we will.”}: a quotation right after an attributed one, with only the
     * attribution between them, is its second half.
     */
    static final class Interrupted implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            if (qi == 0) {
                return false;
            }
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = d.quotes.get(qi - 1);
            if (!prev.hasSpeaker() || prev.paragraph != q.paragraph || prev.speakerStart < prev.end) {
                return false;
            }
            TokenBuffer t = d.t;
            int from = d.afterToken(qi - 1);
            int to = d.firstToken(qi);
            // A sentence that ends after the attribution, with more words after it, is narration of its own.
            boolean wordsAfter = false;
            for (int i = to - 1; i >= from; i--) {
                if (t.isWordLike(i)) {
                    wordsAfter = true;
                } else if (wordsAfter && d.endsSentence(i) && t.end(i) > prev.cueEnd && t.end(i) > prev.speakerEnd) {
                    return false;
                }
            }
            q.copySpeakerFrom(prev, "interrupted");
            if (SpeakerLinker.continuesClause(d.text, q.start)) {
                q.group = prev.group;   // one quotation around its attribution, not a second sentence
            }
            return true;
        }
    }

    /** Another attributed quotation in the same paragraph: one paragraph, one speaker. */
    static final class SameParagraph implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote best = null;
            for (int k = qi - 1; k >= Math.max(0, qi - NEIGHBOURS) && d.quotes.get(k).paragraph == q.paragraph; k--) {
                FoundQuote o = d.quotes.get(k);
                if (o.hasSpeaker() && !o.rule.equals("same-paragraph")) {
                    best = o;
                    break;
                }
            }
            if (best == null) {
                for (int k = qi + 1; k < Math.min(d.quotes.size(), qi + NEIGHBOURS) && d.quotes.get(k).paragraph == q.paragraph; k++) {
                    FoundQuote o = d.quotes.get(k);
                    if (o.hasSpeaker()) {
                        best = o;
                        break;
                    }
                }
            }
            if (best == null || q.mixed != best.mixed && q.mixed) {
                return false;
            }
            q.copySpeakerFrom(best, "same-paragraph");
            return true;
        }
    }

    /**
     * {@code Anne turned to her. “Can I go?”}: the subject of the narration just before the
     * quotation in its paragraph, when that is a person.
     */
    static final class ParagraphNarration implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (q.mixed) {
                return false;
            }
            TokenBuffer t = d.t;
            int p = q.paragraph;
            int lo = d.found.paraStart[p] - 1;
            int first = d.firstToken(qi);
            // The subject of the nearest narration sentence before the quotation in the paragraph.
            int sentenceFirst = -1;
            for (int i = first - 1; i > lo; i--) {
                if (d.inQuote(i)) {
                    break;
                }
                if (t.isWordLike(i)) {
                    sentenceFirst = i;
                }
                if (d.endsSentence(i) && sentenceFirst > i) {
                    break;
                }
            }
            if (sentenceFirst < 0) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            int i = sentenceFirst;
            if (d.mentions.isPronoun(i) && !t.equalsIgnoreCase(i, "it") && !t.equalsIgnoreCase(i, "you")) {
                m.first = i;
                m.last = i;
                m.type = Mentions.PRONOUN;
            } else if (!d.mentions.subjectAfter(i, first, m) || m.type == Mentions.DESCRIPTION
                    || m.first == m.last && !d.names.isKnownName(m.last)) {
                return false;
            }
            int after = m.last + 1;
            if (after >= first || !t.isWordLike(after) && !t.is(after, ',')) {
                return false;   // the name must be the subject of a clause, not a fragment
            }
            set(d, q, m, -1, 0, "paragraph-subject");
            return true;
        }
    }

    /** Paragraphs that may lie between two turns of one conversation. */
    static final int MAX_GAP = 2;

    /**
     * The quotation before {@code qi} when {@code qi} opens a new turn of a conversation: a whole
     * quotation in a later paragraph, at most {@link #MAX_GAP} paragraphs on; else null.
     */
    static FoundQuote previousTurn(Document d, int qi) {
        FoundQuote q = d.quotes.get(qi);
        if (q.mixed || qi == 0) {
            return null;
        }
        FoundQuote prev = d.quotes.get(qi - 1);
        return prev.paragraph == q.paragraph || prev.paragraph < q.paragraph - MAX_GAP ? null : prev;
    }

    /** The last word of a name. */
    static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    /**
     * {@code “Will you come, Emma?” / “Gladly.”}: a turn that answers a quotation addressing
     * someone by name is that person's.
     */
    static final class Vocative implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = previousTurn(d, qi);
            if (prev == null || prev.group == q.group) {
                return false;
            }
            TokenBuffer t = d.t;
            int from = d.firstToken(qi - 1);
            int to = d.afterToken(qi - 1);
            Mentions.Mention best = null;
            for (int i = from + 1; i < to; i++) {
                boolean openEdge = t.is(i - 1, ',') || t.kind(i - 1) == TokenBuffer.QUOTE_MARK
                        || t.is(i - 1, '!') || t.is(i - 1, '?');
                if (!openEdge || !(d.mentions.isNameWord(i) || d.mentions.isTitle(i) && t.isCapitalized(i))) {
                    continue;
                }
                int k = i;
                while (k + 1 < to && (d.mentions.isNameWord(k + 1) || d.mentions.isTitle(k) && t.isCapitalized(k + 1))) {
                    k++;
                }
                int after = k + 1;
                if (after < to && (t.is(after, ',') || t.is(after, '!') || t.is(after, '?') || t.is(after, '.')
                        || t.kind(after) == TokenBuffer.QUOTE_MARK) && !(d.mentions.isTitle(k))
                        && !(i == from + 1 && !t.is(after, ','))) {
                    Mentions.Mention m = new Mentions.Mention();
                    m.first = i;
                    m.last = k;
                    m.type = Mentions.NAME;
                    best = m;
                }
                i = k;
            }
            if (best == null || best.first == best.last && !d.names.isKnownName(best.last)) {
                return false;
            }
            String name = d.text.substring(t.start(best.first), t.end(best.last));
            if (prev.hasSpeaker() && prev.speakerName != null && lastWord(prev.speakerName).equalsIgnoreCase(lastWord(name))) {
                return false;
            }
            set(d, q, best, -1, 0, "vocative");
            q.speakerName = null;
            return true;
        }

    }

    /**
     * Dialogue: quotations in consecutive paragraphs alternate between two people, so an
     * unattributed turn goes to the person who spoke before the last turn; a turn that continues
     * a quotation run over paragraphs keeps its speaker.
     */
    static final class Conversation implements SpeakerLinker.Sieve {

        /** Turns looked back over for the other person. */
        private static final int MAX_TURNS = 6;

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = previousTurn(d, qi);
            if (prev == null) {
                return false;
            }
            if (prev.group == q.group) {
                if (prev.hasSpeaker()) {
                    q.copySpeakerFrom(prev, "continued-paragraph");
                    return true;
                }
                return false;
            }
            // Walk back over earlier turns: the speaker two, four … turns back speaks again, unless
            // the person of the odd turns is the same one (then the alternation is broken).
            FoundQuote odd = null;
            FoundQuote even = null;
            FoundQuote other = null;   // failing that, anyone other than the last speaker
            int k = qi - 1;
            int paragraph = prev.paragraph;
            for (int turn = 1; turn <= MAX_TURNS && (odd == null || even == null); turn++) {
                FoundQuote s = speakerOfTurn(d, k);
                if (s != null) {
                    if (turn % 2 == 1 && odd == null) {
                        odd = s;
                    } else if (turn % 2 == 0 && even == null) {
                        even = s;
                    }
                    if (other == null && odd != null && s != odd && !sameSpeaker(d, s, odd)) {
                        other = s;
                    }
                }
                k = d.firstInParagraph(k) - 1;
                if (k < 0 || d.quotes.get(k).paragraph < paragraph - MAX_GAP) {
                    break;
                }
                paragraph = d.quotes.get(k).paragraph;
            }
            if (even != null && (odd == null || !sameSpeaker(d, odd, even))) {
                q.copySpeakerFrom(even, "turn-taking");
                return true;
            }
            if (even == null && other != null) {
                q.copySpeakerFrom(other, "turn-taking");
                return true;
            }
            if (even == null && odd != null && odd == speakerOfTurn(d, qi - 1)) {
                return otherParticipant(d, q, qi - 1, odd);
            }
            return false;
        }

        /**
         * {@code She smiled, and he said: “You came?” / “Oh, yes.”}: the answer is the other
         * person named in the narration around the turn before (a pronoun of the other gender, or
         * another name).
         */
        private static boolean otherParticipant(Document d, FoundQuote q, int prevQi, FoundQuote last) {
            TokenBuffer t = d.t;
            int lastGender = d.names.genderOfSpeaker(last);
            String lastName = name(d, last);
            int from = d.firstToken(prevQi) - 1;
            int lo = Math.max(0, from - 60);
            for (int i = from; i >= lo; i--) {
                if (d.inQuote(i) || t.kind(i) != TokenBuffer.WORD || i >= 0 && t.start(i) >= last.speakerStart
                        && t.end(i) <= last.speakerEnd) {
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                if (d.mentions.isPronoun(i)) {
                    int g = Lexicon.pronounGender(d.cls(i));
                    if (g == Lexicon.ANY || lastGender == Lexicon.ANY || g == lastGender) {
                        continue;
                    }
                    m.first = i;
                    m.last = i;
                    m.type = Mentions.PRONOUN;
                } else if (d.mentions.isNameWord(i) && d.names.isKnownName(i) && (i + 1 >= t.size() || !d.mentions.isNameWord(i + 1))) {
                    int f = i;
                    while (f - 1 >= lo && d.mentions.isNameWord(f - 1)) {
                        f--;
                    }
                    String n = d.text.substring(t.start(f), t.end(i));
                    if (lastWord(n).equalsIgnoreCase(lastWord(lastName))) {
                        continue;
                    }
                    m.first = f;
                    m.last = i;
                    m.type = Mentions.NAME;
                } else {
                    continue;
                }
                set(d, q, m, -1, 0, "other-participant");
                q.speakerName = null;
                return true;
            }
            return false;
        }

        /** An attributed quotation in the paragraph of quotation {@code k}, or null. */
        private static FoundQuote speakerOfTurn(Document d, int k) {
            int p = d.quotes.get(k).paragraph;
            for (int j = k; j >= Math.max(0, k - NEIGHBOURS) && d.quotes.get(j).paragraph == p; j--) {
                if (d.quotes.get(j).hasSpeaker()) {
                    return d.quotes.get(j);
                }
            }
            for (int j = k + 1; j < Math.min(d.quotes.size(), k + NEIGHBOURS) && d.quotes.get(j).paragraph == p; j++) {
                if (d.quotes.get(j).hasSpeaker()) {
                    return d.quotes.get(j);
                }
            }
            return null;
        }

        private static boolean sameSpeaker(Document d, FoundQuote a, FoundQuote b) {
            return lastWord(name(d, a)).equalsIgnoreCase(lastWord(name(d, b)));
        }

        private static String name(Document d, FoundQuote q) {
            return q.speakerName != null ? q.speakerName : d.text.substring(q.speakerStart, q.speakerEnd);
        }

    }
}
