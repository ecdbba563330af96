package org.quoteattributor.speaker;

import java.util.Set;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;

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
    /**
     * The same in reportage, whose speakers carry long titles and appositions ({@code “…,” Ann
     * Lee, the attorney general of a state that sued over the rule, said}).
     */
    static final int REPORTAGE_TRAILING_WINDOW = 20;

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
        if (i > 0 && t.kind(i) == TokenBuffer.LINE_BREAK && d.found.paragraphOf(i - 1) == d.found.paragraphOf(first)) {
            i--;   // a hard-wrapped line: the word that ends the line before goes on the sentence (had⏎“sassed”)
        }
        int kind = t.kind(i);
        if ((kind == TokenBuffer.WORD || kind == TokenBuffer.NUMBER) && !d.inQuote(i)
                && !t.equalsIgnoreCase(i, "said") && d.verbAt(i) == 0 && !abbreviationEndsSentence(d, i, first)) {
            q.mixed = true;
        }
    }

    /** {@code said Sen. Jane Roe, R-S.C. “I get that.”}: an abbreviation's full stop before a capital ends the sentence. */
    private static boolean abbreviationEndsSentence(Document d, int i, int first) {
        TokenBuffer t = d.t;
        int w = first;
        while (w < t.size() && t.kind(w) == TokenBuffer.QUOTE_MARK) {
            w++;
        }
        return d.text.charAt(t.end(i) - 1) == '.' && w < t.size() && t.kind(w) == TokenBuffer.WORD
                && Character.isUpperCase(t.first(w));
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
        m = voiceOwner(d, m);
        m = withoutPastVerb(d, m);
        m = withNounAfterDeterminer(d, m);
        if (m.first < m.last && m.type == Mentions.DESCRIPTION && d.mentions.relativeBeforePlural(m.first, m.last)) {
            Mentions.Mention bare = new Mentions.Mention();
            bare.set(m);
            bare.first++;   // "a toll that commuters say …": the relative word is not the speaker's
            m = bare;
        }
        int owner = voicePossessor(d, m);
        q.speakerStart = t.start(m.first);
        q.speakerEnd = owner >= 0 ? t.end(owner) - 2 : t.end(m.last);
        q.speakerType = owner >= 0 && ownerIsName(d, m.first, owner) ? Mentions.NAME : m.type;
        q.speakerName = null;
        Mentions.Mention a = m.first == m.last && d.mentions.isRelative(m.first) ? new Mentions.Mention() : null;
        if (a != null && d.mentions.antecedent(m.first, Math.max(-1, m.first - Sieves.MAX_SENTENCE_TOKENS), a)) {
            // "Smith, who said": the relative pronoun is the mention, its antecedent the speaker
            q.speakerName = a.type == Mentions.NAME ? d.names.fullName(t.start(a.first), t.end(a.last))
                    : d.text.substring(t.start(a.first), t.end(a.last));
        }
        if (verb >= 0) {
            q.cueStart = t.start(verb);
            q.cueEnd = t.end(verb + verbLen - 1);
        }
        q.rule = rule;
    }

    /** Tokens after {@code of} (words, a line break) read for the owner of a voice. */
    private static final int VOICE_OWNER_TOKENS = 8;

    /**
     * {@code croaked the gruff voice of Quimby}: a description of a voice followed by {@code of} and a
     * name is that person's, who speaks; else {@code m} itself. In a story only.
     */
    private static Mentions.Mention voiceOwner(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (d.reportage || m.type != Mentions.DESCRIPTION || !t.equalsIgnoreCase(m.last, "voice")) {
            return m;
        }
        int k = d.mentions.skipLineBreak(m.last + 1, t.size());
        Mentions.Mention owner = new Mentions.Mention();
        if (k + 1 < t.size() && t.equalsIgnoreCase(k, "of")
                && d.mentions.subjectAfter(k + 1, Math.min(t.size(), k + 1 + VOICE_OWNER_TOKENS), owner)
                && owner.type == Mentions.NAME && owner.first > k && !d.inQuote(owner.first)) {
            return owner;
        }
        return m;
    }

    /** Words read at most after a lone capitalized determiner for the noun it opens. */
    private static final int DETERMINER_NOUN_TOKENS = 3;

    /**
     * {@code Another pilot of the guild said}, {@code Another retired skipper wrote}: a mention that
     * is one capitalized determiner alone opens the noun phrase after it; up to a few lower-case
     * words, it ends at the first noun of a speaker ({@code pilot}, {@code skipper}). Else {@code m}
     * itself.
     */
    static Mentions.Mention withNounAfterDeterminer(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = m.first;
        if (k != m.last || !t.isCapitalized(k) || !d.mentions.isDeterminer(k) || d.mentions.isPronoun(k)) {
            return m;
        }
        for (int j = k + 1; j < t.size() && j <= k + DETERMINER_NOUN_TOKENS; j++) {
            if (t.kind(j) != TokenBuffer.WORD || !Character.isLowerCase(t.first(j)) || d.mentions.isFunctionWord(j)
                    || pastForm(d, j) && j == k + 1) {
                return m;
            }
            if (d.mentions.isSpeakerNoun(j)) {
                Mentions.Mention longer = new Mentions.Mention();
                longer.first = k;
                longer.last = j;
                longer.type = Mentions.DESCRIPTION;
                return longer;
            }
        }
        return m;
    }

    /**
     * {@code called the pilot's voice}, {@code came Wren's voice}: in a story, a mention that ends
     * in {@code voice} after a word with a possessive {@code 's} is the person that word names; the
     * token of that word (the speaker ends before its {@code 's}), else -1.
     */
    static int voicePossessor(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = m.last - 1;
        if (d.reportage || k < m.first || !t.equalsIgnoreCase(m.last, "voice") || !d.mentions.isPossessive(k)
                || t.length(k) < 3) {
            return -1;
        }
        return k;
    }

    /** Whether tokens {@code first} to {@code owner} are all capitalized: a name with its {@code 's}, no determiner before it. */
    private static boolean ownerIsName(Document d, int first, int owner) {
        for (int i = first; i <= owner; i++) {
            if (!d.t.isCapitalized(i) || d.mentions.isDeterminer(i) || d.mentions.isPronoun(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code the ferryman turned and said}, {@code a letter posted on Monday said}: a mention read
     * up to a past form in -ed after its head noun has taken the verb (or the participle) of its own
     * clause; it ends at the noun before. A mention whose word before is a determiner, pronoun,
     * adverb in -ly or possessive ({@code the accused}, {@code the newly elected}) keeps the word:
     * there the form in -ed is the head. Else {@code m} itself.
     */
    static Mentions.Mention withoutPastVerb(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = m.last;
        if (k <= m.first || !pastForm(d, k)) {
            return m;
        }
        int n = k - 1;
        int e = t.end(n);
        if (t.kind(n) != TokenBuffer.WORD || d.mentions.isDeterminer(n) || d.mentions.isPronoun(n)
                || d.mentions.isFunctionWord(n) || d.mentions.isPossessive(n) || pastForm(d, n)
                || t.length(n) > 2 && d.text.charAt(e - 2) == 'l' && d.text.charAt(e - 1) == 'y') {
            return m;
        }
        Mentions.Mention trimmed = new Mentions.Mention();
        trimmed.set(m);
        trimmed.last = n;
        return trimmed;
    }

    /**
     * Whether token {@code k} is a word in lower case ending in -ed after a consonant, of five
     * letters or more ({@code turned}, {@code published}); not {@code speed}, {@code agreed},
     * {@code hundred}.
     */
    private static boolean pastForm(Document d, int k) {
        TokenBuffer t = d.t;
        int e = t.end(k);
        return t.kind(k) == TokenBuffer.WORD && t.length(k) >= 5 && Character.isLowerCase(t.first(k))
                && d.text.charAt(e - 2) == 'e' && d.text.charAt(e - 1) == 'd' && d.text.charAt(e - 3) != 'e'
                && !t.equalsIgnoreCase(k, "hundred") && !t.equalsIgnoreCase(k, "kindred");
    }

    /**
     * {@code Lee, keeper of canals, weirs, and sluices, said}: whether the {@code and} at token
     * {@code i} joins the last item of a list inside an apposition (a comma before it, one lower-case
     * word and a comma after it), not the next clause.
     */
    static boolean lastOfListedItems(Document d, int i) {
        TokenBuffer t = d.t;
        return i > 0 && i + 2 < t.size() && t.is(i - 1, ',') && t.is(i + 2, ',') && t.kind(i + 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(i + 1)) && !d.mentions.isPronoun(i + 1) && !d.mentions.isFunctionWord(i + 1);
    }

    /**
     * Whether quotation {@code qi} is set off by a dash on each side inside its sentence, a word
     * before the first: in news, an aside that belongs to the clause before it, whatever clause
     * follows (in a story, dashes set off the narrator's asides inside speech as often).
     */
    static boolean dashAside(Document d, int qi) {
        TokenBuffer t = d.t;
        int before = d.firstToken(qi) - 1;
        int after = d.afterToken(qi);
        return before > 0 && after < t.size() && t.kind(before) == TokenBuffer.DASH && t.kind(after) == TokenBuffer.DASH
                && t.kind(before - 1) == TokenBuffer.WORD;
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
            Mentions.Mention agent = passiveAgent(d, qi);
            if (agent == null) {
                agent = agentBeforeAs(d, qi);
            }
            if (agent != null) {
                set(d, q, agent, agent.first - 1, 1, "trailing-verb-passive");   // “…” by critics, after "was labeled"
                reportedBy(d, q, agent.last + 1);
                return true;
            }
            if (verbRightBefore(d, qi) && !(q.closeMark > 0 && t.is(q.closeMark - 1, ','))) {
                return false;   // "He said “…” and swears …": the verb before it is its own
            }
            if (d.reportage && dashAside(d, qi)) {
                return false;   // "Lee decried the delay - “why wait?” - and voters said …": the clause before it is its own
            }
            int start = d.afterToken(qi);
            if (mixed && d.reportage && subordinateAfterFragment(d, qi, start)) {
                return false;   // "granted that “the vote will be very close” when she argues …": no tag after it
            }
            int maxWords = d.reportage ? REPORTAGE_TRAILING_WINDOW : TRAILING_WINDOW;
            int limit = Math.min(t.size(), start + maxWords + 6);
            // After a quotation closed with a full stop, a capital starts a new sentence: only a
            // short "Smith said." may still attribute it.
            int next = start;
            while (next < limit && t.kind(next) == TokenBuffer.LINE_BREAK) {
                next++;   // a hard-wrapped line may end right after the quotation
            }
            boolean newSentence = q.closeMark > 0 && t.kind(q.closeMark - 1) == TokenBuffer.PUNCTUATION
                    && t.first(q.closeMark - 1) == '.' && next < t.size() && t.isCapitalized(next);
            if (!mixed && endsWithStop(d, q) && next < t.size() && t.isCapitalized(next)
                    && introducedByClause(d, qi)) {
                return false;   // "Lee wrote back, “You did well!” Kim replied …": a clause before it introduced it
            }
            if (!mixed && start < t.size() && t.kind(start) == TokenBuffer.WORD && Character.isLowerCase(t.first(start))
                    && oneOf(d, start, SUBORDINATORS_AFTER_FRAGMENT) && introducedByClause(d, qi)) {
                return false;   // "Lee told the board, “…,” when Kim asked her": a clause after it, no tag; the one before introduced it
            }
            if (!mixed && introducedInOpeningClause(d, qi)) {
                return false;   // "When a fan shouted, “Lee!” the mayor laughed": the opening clause's words
            }
            // the source of an inverted verb, then the subject after a relative clause, then the
            // subject at each verb below: one mention, cleared before each
            Mentions.Mention subject = new Mentions.Mention();
            int came = mixed ? -1 : cameFrom(d, start, limit, subject);
            if (came >= 0) {
                set(d, q, subject, came, 1, "trailing-verb-inverted");   // “…,” came a shout from the back.
                return true;
            }
            subject.clear();
            int window = newSentence ? 3 : maxWords;
            int verb = newSentence ? -1 : verbAfterRelativeClause(d, start, limit, subject);
            if (verb >= 0) {
                set(d, q, subject, verb, d.verbAt(verb), "trailing-verb");   // “…,” Lee, who led the drive, said.
                reportedBy(d, q, verb + d.verbAt(verb));
                return true;
            }
            // the mention a rule below may set, made once rather than at each word: every rule that
            // fills it either takes it or clears it before the next
            Mentions.Mention other = new Mentions.Mention();
            int words = 0;
            boolean inParens = false;   // "Sen. Jane Roe (D-Mo.) said": the full stop inside ends nothing
            for (int i = start; i < limit && words < window; i++) {
                int kind = t.kind(i);
                if (t.is(i, '(')) {
                    inParens = true;
                } else if (t.is(i, ')')) {
                    inParens = false;
                }
                // "Smith, R-Ky., said": a full stop before a comma closes an abbreviation, not the sentence
                boolean abbreviation = i + 1 < t.size() && t.is(i, '.') && t.is(i + 1, ',');
                int inner = kind == TokenBuffer.QUOTE_MARK ? quotedNameInTag(d, qi, start, i) : -1;
                if (inner >= 0) {
                    i = d.afterToken(inner) - 1;   // "Joan “Jo” Marlow", "a “Vote Yes” button": part of the tag
                    continue;
                }
                if (kind == TokenBuffer.QUOTE_MARK && !d.mentions.isPossessiveMark(i) || kind == TokenBuffer.PARAGRAPH_BREAK
                        || t.start(i) - q.end > d.maxDistance || d.inQuote(i) || d.endsSentence(i) && !inParens && !abbreviation
                        || t.kind(i) == TokenBuffer.LINE_BREAK && (d.isParagraphEnd(i) || d.endsLongLine(i))) {
                    return false;   // a long line that ends is a paragraph that ends
                }
                if (kind != TokenBuffer.WORD) {
                    continue;
                }
                words++;
                if (mixed && (t.equalsIgnoreCase(i, "and") || t.equalsIgnoreCase(i, "but")) && !lastOfListedItems(d, i)) {
                    return false;   // "He wished for a “strong Mexico,” and he called …": the next clause's verb
                }
                if (t.equalsIgnoreCase(i, "according") && i + 1 < t.size() && t.equalsIgnoreCase(i + 1, "to")) {
                    Mentions.Mention m = new Mentions.Mention();
                    if (accordingToSource(d, i + 2, limit, m)) {
                        set(d, q, m, i, 2, "according-to");   // “…,” according to Smith.
                        return true;
                    }
                    return false;
                }
                if (words == 1 && t.equalsIgnoreCase(i, "per") && !t.isCapitalized(i)) {
                    Mentions.Mention m = new Mentions.Mention();
                    if (accordingToSource(d, i + 1, limit, m)) {
                        set(d, q, m, i, 1, "according-to");   // “…,” per the club's rules: as according to
                        return true;
                    }
                    return false;
                }
                int len = d.verbAt(i);
                if (len == 0) {
                    if (words <= 5 && unknownVerbClause(d, q, start, i)) {
                        return true;
                    }
                    if (!newSentence && statesAfterSubject(d, start, i, other)) {
                        set(d, q, other, i, 1, "trailing-verb");   // “…,” the report states.
                        return true;
                    }
                    continue;
                }
                Mentions.Mention m = subject;   // unused since no relative clause was found
                m.clear();
                if (newSentence && (!clauseEndsAfter(d, i + len)
                        || q.mixed && contentWords(d, qi) > SHORT_FRAGMENT_WORDS && opensQuotation(d, i + len))) {
                    return false;   // … a “poor deal for the town.” Lee insisted that the board “listen”: Lee's own next quotation
                }
                boolean before = d.mentions.subjectBefore(i, start - 1, m) && !(q.mixed && oneOf(d, m.first - 1, OF))
                        && !(m.type == Mentions.NAME && oneOf(d, m.first - 1, INDEFINITE_ARTICLES))
                        || quotedAs(d, i) && d.mentions.subjectBefore(i - 3, start - 1, m);   // “…,” Lee is quoted as saying.
                if (before && newSentence && openedBySetOffWord(d, next, m.first)) {
                    return false;   // “….” Perhaps, she said, the guild will pay: the tag of the sentence it stands in
                }
                if (!newSentence && unclosedApposition(d, start, i, before ? m : null, other)) {
                    set(d, q, other, i, len, "trailing-verb");   // “…,” Lee, the analyst who built the site said.
                    reportedBy(d, q, i + len);
                    return true;
                }
                if (before) {
                    set(d, q, m, i, len, "trailing-verb");
                    reportedBy(d, q, i + len);
                    return true;
                }
                if ((invertible(d, i) || calledAfterTurn(d, q, next, i)) && !oneOf(d, i - 1, COORDINATORS)
                        && !t.equalsIgnoreCase(i - 1, "to")   // "expected to say Lee's plan …": an infinitive has no subject after it
                        && !(q.mixed && inOpeningApposition(d, qi))   // "Lee, the author of “Salt,” said the …": Lee's verb
                        && (d.mentions.subjectAfter(i + len, limit, m)
                            || !d.reportage && !q.mixed && d.mentions.demonstrativeSubjectAfter(i + len, limit, m))
                        && (!q.mixed || m.type != Mentions.PRONOUN || clauseBreakAfter(d, m.last + 1, limit))) {
                    // after a fragment, "said they would …" starts the reported clause
                    set(d, q, m, i, len, "trailing-verb-inverted");
                    reportedBy(d, q, m.last + 1);
                    return true;
                }
                if (!newSentence && len == 1 && i > start && t.is(i - 1, ',') && t.endsWith(i, "ing")) {
                    continue;   // “…,” Lee, speaking to reporters, said: an aside of the subject's, whose verb comes after it
                }
                return false;
            }
            return false;
        }
    }

    /**
     * {@code “The pier is old.” Perhaps, she said, the guild will pay.}: whether the sentence that
     * opens at token {@code next}, after a quotation closed by a full stop, sets off its first word
     * with a comma before the subject at {@code subject}. Such a word opens a sentence of its own,
     * and the attribution after it is set in the middle of that sentence: it tags the words after
     * it, not the quotation before. Reads at most the two tokens at {@code next}.
     */
    static boolean openedBySetOffWord(Document d, int next, int subject) {
        TokenBuffer t = d.t;
        return subject == next + 2 && t.kind(next) == TokenBuffer.WORD && t.is(next + 1, ',');
    }

    /** Words opening a clause of time, cause, condition or concession: after a fragment, its verb reports nothing of the fragment. */
    private static final String[] SUBORDINATORS_AFTER_FRAGMENT = {"if", "because", "when", "unless", "although", "though",
        "until", "since", "before", "after", "once", "whereas"};

    /**
     * {@code granted that “the vote will be very close” when she argues for the toll}: whether the fragment
     * {@code qi}, a clause of more than {@link #SHORT_FRAGMENT_WORDS} words, closes with no
     * punctuation inside or after its mark and a lower-case subordinator follows at {@code start},
     * opening a clause of its own whose subject and verb are not the fragment's tag. (A shorter
     * fragment before a clause, {@code the “rigged vote” that she decries}, is often that clause's
     * subject's words, and the tag rules keep it.)
     */
    private static boolean subordinateAfterFragment(Document d, int qi, int start) {
        TokenBuffer t = d.t;
        FoundQuote q = d.quotes.get(qi);
        return q.closeMark > 0 && t.kind(q.closeMark - 1) != TokenBuffer.PUNCTUATION && start < t.size()
                && t.kind(start) == TokenBuffer.WORD && Character.isLowerCase(t.first(start))
                && oneOf(d, start, SUBORDINATORS_AFTER_FRAGMENT) && contentWords(d, qi) > SHORT_FRAGMENT_WORDS;
    }

    /** {@code of}: a noun phrase after it is no subject ({@code “…,” against 8% of Tory claims}: no verb). */
    private static final String[] OF = {"of"};

    /** {@code and}, {@code but}: a verb after one shares the subject before it; what follows it is its object. */
    private static final String[] COORDINATORS = {"and", "but"};

    /**
     * {@code a}, {@code an}: after a quotation, a name after one modifies a noun ({@code a Tollan
     * tweet said}), no subject of the verb after it (only there: in a fable {@code a Heron cried}
     * is one); also the article before a noun for a word in {@link TermDetector}.
     */
    static final String[] INDEFINITE_ARTICLES = {"a", "an"};

    /** Forms of be before {@code quoted as saying}. */
    private static final String[] QUOTED_AS_BE = {"is", "was", "are", "were"};

    /**
     * {@code Lee is quoted as saying}, {@code Lee was quoted as telling}: whether the reporting verb
     * at {@code i} follows {@code quoted as} and a form of be, whose subject is the speaker.
     */
    static boolean quotedAs(Document d, int i) {
        TokenBuffer t = d.t;
        return i > 2 && t.equalsIgnoreCase(i - 1, "as") && t.equalsIgnoreCase(i - 2, "quoted") && oneOf(d, i - 3, QUOTED_AS_BE);
    }

    /** Words at most in a quotation that a tag after another quotation may hold: a nickname, a slogan on a button. */
    private static final int TAG_QUOTATION_WORDS = 4;

    /**
     * {@code “…,” Joan “Jo” Marlow said}, {@code “…,” Pat Ruane, in a “Ruane for Mayor” cap, said}:
     * the quotation opening at mark {@code mark} inside the tag of quotation {@code qi} (which
     * starts at {@code start}), when it is a short name or slogan between words of the tag: a few
     * words, no comma or stop at its end, a word before it and a word, comma or parenthesis after
     * it. Returns its index, or -1.
     */
    static int quotedNameInTag(Document d, int qi, int start, int mark) {
        TokenBuffer t = d.t;
        if (mark <= start || t.kind(mark - 1) != TokenBuffer.WORD) {
            return -1;
        }
        for (int k = qi + 1; k < d.quotes.size() && k <= qi + 2; k++) {
            if (d.firstToken(k) != mark) {
                continue;
            }
            FoundQuote inner = d.quotes.get(k);
            int after = d.afterToken(k);
            if (inner.closeMark < 0 || after >= t.size() || wordsIn(d, k, TAG_QUOTATION_WORDS + 1) > TAG_QUOTATION_WORDS
                    || t.kind(inner.closeMark - 1) == TokenBuffer.PUNCTUATION
                    || !(t.kind(after) == TokenBuffer.WORD || t.is(after, ',') || t.is(after, '('))) {
                return -1;
            }
            return k;
        }
        return -1;
    }

    /**
     * {@code “…,” Lee, the analyst who built the site said}: whether the tag after a quotation
     * (from {@code start}) opens with a mention set off by a comma, an apposition after it that no
     * second comma closes before the verb at {@code verb}, and the subject found right before the
     * verb ({@code near}, null if none) lies inside that apposition or was not found at all. The
     * apposition's relative clause took the subject's place; the mention opening the tag is the
     * speaker. Sets {@code m} to it.
     */
    static boolean unclosedApposition(Document d, int start, int verb, Mentions.Mention near, Mentions.Mention m) {
        TokenBuffer t = d.t;
        m.clear();
        if (!d.mentions.subjectAfter(start, verb, m) || m.type == Mentions.PRONOUN
                || m.last + 2 >= verb || !t.is(m.last + 1, ',')) {
            return false;
        }
        if (m.first != start && !roleBeforeName(d, start, m)) {
            return false;
        }
        if (near != null && near.first <= m.last + 1) {
            return false;
        }
        int relative = -1;
        for (int k = m.last + 2; k < verb; k++) {
            if (t.is(k, ',')) {
                // "“…,” Joan “Jo” Marlow (D-Elm County), told": a closed apposition is the subject's
                // affair unless it hid the subject from the verb
                return near == null && k == verb - 1;
            }
            if (relative < 0 && oneOf(d, k, RELATIVES)) {
                relative = k;
            }
        }
        // a subject inside it, or none found, and a relative clause whose own verb comes first
        return near != null || relative >= 0 && relative + 2 < verb;
    }

    /** Tokens at most from the comma after a name opening the sentence to a quotation in its apposition. */
    private static final int OPENING_APPOSITION_TOKENS = 12;

    /**
     * {@code Lee, the author of “Salt and Planks,” said the ferries …}: whether quotation {@code qi}
     * (a title or a fragment) stands in an apposition set off by a comma after a name that opens
     * its sentence, no reporting verb between them. The verb after the quotation then has that
     * name for its subject, and the words after the verb are its clause, not an inverted subject.
     * Looks back at most {@link #OPENING_APPOSITION_TOKENS} tokens.
     */
    static boolean inOpeningApposition(Document d, int qi) {
        TokenBuffer t = d.t;
        int first = d.firstToken(qi);
        int lo = sentenceStart(d, first);
        for (int k = first - 1; k > lo + 1 && first - k <= OPENING_APPOSITION_TOKENS; k--) {
            if (d.inQuote(k) || d.endsSentence(k) || t.isBreak(k) || t.kind(k) == TokenBuffer.WORD && d.verbAt(k) > 0) {
                return false;
            }
            if (t.is(k, ',')) {
                Mentions.Mention m = new Mentions.Mention();
                return d.mentions.subjectAfter(lo + 1, k, m) && m.first == lo + 1 && m.last == k - 1
                        && m.type == Mentions.NAME;
            }
        }
        return false;
    }

    /** Tokens at most in an apposition between a name opening the sentence and its verb. */
    private static final int APPOSITION_TO_VERB_TOKENS = 20;

    /**
     * {@code Lee, the author of “Salt and Planks,” about the ferries, said …}: the name that opens
     * the sentence after token {@code lo} and a comma, when an apposition that holds a quotation
     * and no verb of its own stands between it and the comma right before the verb at {@code
     * verb}. Sets {@code m} to it. Looks back at most {@link #APPOSITION_TO_VERB_TOKENS} tokens.
     */
    static boolean openingNameAcrossApposition(Document d, int lo, int verb, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (verb - 2 <= lo + 1 || !t.is(verb - 1, ',') && !(t.kind(verb - 1) == TokenBuffer.QUOTE_MARK && t.is(verb - 2, ','))) {
            return false;   // the comma closing the apposition, or one inside the marks of a title closing it
        }
        boolean quoted = false;
        for (int k = verb - 2; k > lo + 1 && verb - k <= APPOSITION_TO_VERB_TOKENS; k--) {
            if (d.inQuote(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                quoted = true;
                continue;
            }
            if (d.endsSentence(k) || t.isBreak(k) || t.kind(k) == TokenBuffer.WORD && d.verbAt(k) > 0) {
                return false;
            }
            if (quoted && t.is(k, ',') && d.mentions.subjectAfter(lo + 1, k, m) && m.first == lo + 1 && m.last == k - 1
                    && m.type == Mentions.NAME) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns that open a relative clause in an apposition: {@code the analyst who built the site}. */
    private static final String[] RELATIVES = {"who", "that", "which"};

    /**
     * Whether only the words of a role stand between {@code start} and name {@code m}: {@code Ohio
     * delegate Pat Ruane}. Capitals or lower-case nouns, no function word, auxiliary or verb.
     */
    private static boolean roleBeforeName(Document d, int start, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (m.type != Mentions.NAME) {
            return false;
        }
        for (int k = start; k < m.first; k++) {
            if (t.kind(k) != TokenBuffer.WORD || d.mentions.isFunctionWord(k) || d.mentions.isVerbFiller(k)
                    || d.mentions.isDeterminer(k) || d.verbAt(k) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Words at most in the phrase after the subject of {@code states} ({@code a voice in the film states}). */
    private static final int STATING_PHRASE_TOKENS = 4;
    /** Words that may go on with a clause after {@code states}: {@code the trustees state in the filing}. */
    private static final String[] STATING_GOES_ON = {"in", "on", "that"};

    /**
     * {@code “…,” the report states.}, {@code “…,” the trustees state in the filing}: whether word
     * {@code i} is {@code state} or {@code states}, a noun as often as a verb and so not in the
     * lexicon, used as the verb of the tag that opens at {@code start}: the subject opens the tag
     * (a phrase with a preposition may follow it), and the clause ends after the word or goes on
     * with {@code in}, {@code on} or {@code that}. Sets {@code m} to the subject.
     */
    static boolean statesAfterSubject(Document d, int start, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        m.clear();
        if (!Character.isLowerCase(t.first(i)) || !t.equalsIgnoreCase(i, "states") && !t.equalsIgnoreCase(i, "state")
                || i + 1 >= t.size() || i <= start) {
            return false;
        }
        int n = i + 1;
        if (!(d.endsSentence(n) || t.is(n, ',') || oneOf(d, n, STATING_GOES_ON))) {
            return false;
        }
        if (!d.mentions.subjectAfter(start, i, m) || m.first != start || m.type == Mentions.PRONOUN || m.last >= i) {
            return false;
        }
        if (m.last + 1 == i) {
            return true;
        }
        if (i - m.last > STATING_PHRASE_TOKENS + 1 || !t.equalsIgnoreCase(m.last + 1, "in") && !t.equalsIgnoreCase(m.last + 1, "of")) {
            return false;
        }
        for (int k = m.last + 2; k < i; k++) {
            if (t.kind(k) != TokenBuffer.WORD) {
                return false;
            }
        }
        return true;
    }

    /** Verbs by which one names a thing something, or sees it as something (naming-verbs.txt, viewing-verbs.txt). */
    private static final WordSet NAMING_VERBS = Lexicons.words("naming-verbs.txt");
    private static final WordSet VIEWING_VERBS = Lexicons.words("viewing-verbs.txt");

    /**
     * {@code The plan was labeled as “a tax on work” by its critics}: whether quotation {@code qi}
     * follows a verb of naming in -ed (past {@code as} or an article) and is followed by {@code by}
     * and a mention right after it, who named the thing so. Returns that mention, or null.
     */
    static Mentions.Mention passiveAgent(Document d, int qi) {
        TokenBuffer t = d.t;
        int b = d.firstToken(qi) - 1;
        for (int k = 0; k < 2 && b > 0 && (d.mentions.isDeterminer(b) || t.equalsIgnoreCase(b, "as")); k++) {
            b--;
        }
        if (b < 0 || d.inQuote(b) || !namingParticiple(d, b)) {
            return null;
        }
        int by = pastComma(d, qi);
        if (by + 1 >= t.size() || !t.equalsIgnoreCase(by, "by") || !Character.isLowerCase(t.first(by))) {
            return null;
        }
        Mentions.Mention agent = new Mentions.Mention();
        return d.mentions.subjectAfter(by + 1, Math.min(t.size(), by + 1 + REPORTED_BY_WORDS), agent) && agent.first == by + 1 ? agent : null;
    }

    /**
     * Whether token {@code i} is a past participle in -ed of a verb of naming or of viewing
     * ({@code labeled}, {@code described}, {@code regarded}), which casts its object as something.
     */
    private static boolean namingParticiple(Document d, int i) {
        TokenBuffer t = d.t;
        return t.kind(i) == TokenBuffer.WORD && t.length(i) > 3 && t.endsWith(i, "ed")
                && (NAMING_VERBS.contains(d.text, t.start(i), t.end(i)) || VIEWING_VERBS.contains(d.text, t.start(i), t.end(i)));
    }

    /** The token right after quotation {@code qi}, past a comma there ({@code “…”, by critics}; {@code “…,” as Lee put it}). */
    private static int pastComma(Document d, int qi) {
        int k = d.afterToken(qi);
        return k < d.t.size() && d.t.is(k, ',') ? k + 1 : k;
    }

    /** Past participles of seeing that do not end in -ed: {@code seen by its backers as …}. */
    private static final String[] SEEN = {"seen", "known"};
    /** Tokens at most between {@code by} and {@code as} in {@link #agentBeforeAs}. */
    private static final int AGENT_BEFORE_AS_TOKENS = 5;

    /**
     * {@code an option seen by its backers as a “lifeboat”}: whether quotation {@code qi} follows
     * {@code as} (an article between at most), after a past participle of seeing or naming, {@code
     * by} and a few words naming who sees it so, the agent. Returns that mention, or null.
     */
    static Mentions.Mention agentBeforeAs(Document d, int qi) {
        TokenBuffer t = d.t;
        int b = d.firstToken(qi) - 1;
        if (b > 0 && d.mentions.isDeterminer(b)) {
            b--;
        }
        if (b < 3 || !t.equalsIgnoreCase(b, "as") || d.inQuote(b)) {
            return null;
        }
        for (int by = b - 2; by > 0 && b - by <= AGENT_BEFORE_AS_TOKENS + 1; by--) {
            if (t.kind(by) != TokenBuffer.WORD || d.inQuote(by)) {
                return null;
            }
            if (!t.equalsIgnoreCase(by, "by") || !Character.isLowerCase(t.first(by))) {
                continue;
            }
            if (!oneOf(d, by - 1, SEEN) && !namingParticiple(d, by - 1)) {
                return null;
            }
            Mentions.Mention agent = new Mentions.Mention();
            if (!d.mentions.subjectAfter(by + 1, b, agent) || agent.first != by + 1 || agent.last != b - 1) {
                agent.first = by + 1;   // "seen by organizers as": the words between are who sees it so
                agent.last = b - 1;
                agent.type = Character.isUpperCase(t.first(b - 1)) ? Mentions.NAME : Mentions.DESCRIPTION;
            }
            return agent;
        }
        return null;
    }

    /**
     * Whether a clause of narration in its sentence introduces quotation {@code qi}: a comma or
     * colon right before it, after a word outside quotation ({@code Lee wrote back to her with, “…”}).
     */
    static boolean introducedByClause(Document d, int qi) {
        TokenBuffer t = d.t;
        int b = d.firstToken(qi) - 1;
        // "told the Harbor Board (HB), “…”": a parenthesis may close the clause before its comma
        return b > 0 && (t.is(b, ',') || t.is(b, ':')) && (t.kind(b - 1) == TokenBuffer.WORD || t.is(b - 1, ')'))
                && !d.inQuote(b - 1);
    }

    /** Forms of {@code come} that bring a voice after a quotation: {@code “…,” came a shout from …}. */
    private static final String[] CAME = {"came", "comes"};
    /** Nouns for a voice raised, which {@code came … from} someone. */
    private static final String[] VOICE_NOUNS = {"shout", "shouts", "cry", "cries", "reply", "replies", "response",
        "answer", "voice", "voices", "chant", "chants", "yell", "yells", "call", "calls", "retort", "roar", "jeers"};

    /**
     * {@code “…,” came a cry from the back row}: whether {@code came} (after a comma or not) opens the
     * words from {@code start}, then a noun for a voice (after an article and a word at most) and
     * {@code from} with a mention: the source of the voice is the speaker. Sets {@code m} to it and
     * returns the token of {@code came}, or -1.
     */
    static int cameFrom(Document d, int start, int limit, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int i = start < limit && t.is(start, ',') ? start + 1 : start;
        if (i + 3 >= limit || !oneOf(d, i, CAME)) {
            return -1;
        }
        int k = i + 1;
        if (d.mentions.isDeterminer(k)) {
            k++;
        }
        if (!oneOf(d, k, VOICE_NOUNS) && k + 1 < limit && t.kind(k) == TokenBuffer.WORD && oneOf(d, k + 1, VOICE_NOUNS)) {
            k++;   // "came an angry shout"
        }
        if (!oneOf(d, k, VOICE_NOUNS) || k + 2 >= limit || !t.equalsIgnoreCase(k + 1, "from")) {
            return -1;
        }
        return d.mentions.subjectAfter(k + 2, limit, m) ? i : -1;
    }

    /**
     * {@code When a fan shouted, “Lee!” the mayor laughed}: whether a reporting verb and a comma
     * stand right before quotation {@code qi}, at the end of a clause opened by a subordinating word
     * ({@code when}, {@code as}, {@code after}, …) at the start of its sentence: the quotation is what
     * that clause reports, not the main clause after it.
     */
    static boolean introducedInOpeningClause(Document d, int qi) {
        TokenBuffer t = d.t;
        int b = d.firstToken(qi) - 1;
        if (!introducedByClause(d, qi) || !t.is(b, ',') || d.verbAt(b - 1) != 1) {
            return false;
        }
        int lo = sentenceStart(d, b);
        if (!oneOf(d, lo + 1, SUBORDINATORS)) {
            return false;
        }
        for (int k = lo + 2; k < b - 1; k++) {
            if (t.is(k, ',') || d.inQuote(k)) {
                return false;   // "When it ended, Lee said, “…”": the opening clause closed before
            }
        }
        return true;
    }

    /**
     * {@code “…,” Lee, who led the drive, said.}: a mention right after the quotation at {@code
     * start}, a relative clause set off by commas, then a reporting verb closing the clause. Sets
     * {@code m} to the mention and returns the verb's token, or -1.
     */
    static int verbAfterRelativeClause(Document d, int start, int limit, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (!d.mentions.subjectAfter(start, limit, m) || m.first != start || m.type == Mentions.PRONOUN
                || m.last + 2 >= limit || !t.is(m.last + 1, ',') || !d.mentions.isRelative(m.last + 2)) {
            return -1;
        }
        for (int k = m.last + 3; k < limit; k++) {
            if (d.inQuote(k) || d.endsSentence(k) || t.kind(k) == TokenBuffer.QUOTE_MARK || t.isBreak(k) && d.isParagraphEnd(k)) {
                return -1;
            }
            if (t.is(k, ',')) {
                int v = k + 1;
                while (v < limit && d.mentions.isVerbFiller(v) && v - k <= 2) {
                    v++;
                }
                int len = v < limit && t.kind(v) == TokenBuffer.WORD ? d.verbAt(v) : 0;
                return len > 0 ? v : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code i} may have its subject after it ({@code said Smith}): not an -ing
     * form ({@code saying Smith …}) and not a verb whose next noun is its object ({@code told Smith},
     * {@code called Smith “…”}, {@code described Smith as …}).
     */
    static boolean invertible(Document d, int i) {
        TokenBuffer t = d.t;
        int len = t.length(i);
        if (len >= 5 && t.text().regionMatches(true, t.end(i) - 3, "ing", 0, 3)) {
            return false;
        }
        return !oneOf(d, i, OBJECT_VERBS);
    }

    /** Whether token {@code i} is a word equal, ignoring case, to one of {@code words}. */
    static boolean oneOf(Document d, int i, String[] words) {
        if (i < 0 || i >= d.t.size() || d.t.kind(i) != TokenBuffer.WORD) {
            return false;
        }
        for (String w : words) {
            if (d.t.equalsIgnoreCase(i, w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OBJECT_VERBS = {"tell", "tells", "told", "call", "calls", "called",
        "describe", "describes", "described"};

    /** Forms of {@code call} that, right after a turn, report it: {@code “Wait!” called the boy.} */
    private static final String[] CALLED = {"called", "calls"};

    /**
     * {@code “Come in,” called a voice.}: whether token {@code i}, the first word after whole
     * quotation {@code q} (at {@code next}), is {@code called} or {@code calls} and the quotation ends
     * in a comma, question or exclamation mark: the verb reports the turn and its subject follows,
     * where elsewhere {@code called Lee} names its object.
     */
    static boolean calledAfterTurn(Document d, FoundQuote q, int next, int i) {
        TokenBuffer t = d.t;
        return i == next && !q.mixed && q.closeMark > 0 && oneOf(d, i, CALLED)
                && (t.is(q.closeMark - 1, ',') || t.is(q.closeMark - 1, '!') || t.is(q.closeMark - 1, '?'));
    }

    /**
     * Whether the clause breaks at token {@code k} (a comma, colon, dash, parenthesis, sentence end,
     * or the quotation at {@code first}): after {@code said Smith} it does; after {@code said Smith
     * had …} the name is the reported clause's subject, not the speaker.
     */
    static boolean clauseBreakAfter(Document d, int k, int first) {
        TokenBuffer t = d.t;
        return k >= first || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER && !t.is(k, '\'');
    }

    /**
     * {@code “We were never asked.” — Jane Doe}: a dash after the quotation, then a name that
     * ends its line (or is followed by a comma and more about the person) credits the quotation;
     * so does such a line opening the paragraph after one that the quotation ends.
     */
    static final class DashCredit implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int i = d.afterToken(qi);
            if (i < t.size() && t.kind(i) == TokenBuffer.PARAGRAPH_BREAK && endsParagraph(d, qi)) {
                i++;   // the credit on a line of its own: “…” / — Jane Doe
            }
            if (q.closeMark < 0 || i >= t.size() || t.kind(i) != TokenBuffer.DASH) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            if (!d.mentions.subjectAfter(i + 1, Math.min(t.size(), i + 12), m) || m.type != Mentions.NAME) {
                return false;
            }
            int next = m.last + 1;
            if (next < t.size() && !t.isBreak(next) && !t.is(next, ',')
                    && !(d.endsSentence(next) && (next + 1 >= t.size() || t.isBreak(next + 1)))) {
                return false;
            }
            set(d, q, m, -1, 0, "dash-credit");
            q.cueStart = t.start(i);
            q.cueEnd = t.end(i);
            return true;
        }
    }

    /**
     * {@code “The pier will hold” (Brannock, 2019).}: a name and a year in parentheses right after the
     * closing mark, as an essay cites its source ({@code (Brannock 2019, p. 4)}, {@code (Brannock et
     * al., 2019)}), credit the quotation to that name.
     */
    static final class Citation implements SpeakerLinker.Sieve {
        /** Words that may stand between a cited name and its closing parenthesis, besides numbers. */
        private static final String[] CITATION_WORDS = {"et", "al", "p", "pp", "ed", "eds"};
        /** Tokens at most from the name to the closing parenthesis: a year, a page, {@code et al.}. */
        private static final int AFTER_NAME = 12;

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int open = d.afterToken(qi);
            if (q.closeMark < 0 || open + 2 >= t.size() || !t.is(open, '(')) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            if (!d.mentions.subjectAfter(open + 1, Math.min(t.size(), open + 6), m) || m.type != Mentions.NAME || m.first != open + 1) {
                return false;
            }
            boolean year = false;
            for (int k = m.last + 1; k < t.size() && k <= m.last + AFTER_NAME; k++) {
                if (t.is(k, ')')) {
                    if (!year) {
                        return false;
                    }
                    set(d, q, m, -1, 0, "citation");
                    q.cueStart = t.start(open);
                    q.cueEnd = t.end(open);
                    return true;
                }
                if (t.kind(k) == TokenBuffer.NUMBER && t.length(k) == 4 && (d.text.charAt(t.start(k)) == '1' || d.text.charAt(t.start(k)) == '2')) {
                    year = true;
                } else if (!(t.kind(k) == TokenBuffer.NUMBER || t.is(k, ',') || t.is(k, '.') || t.is(k, ';')
                        || t.kind(k) == TokenBuffer.WORD && oneOf(d, k, CITATION_WORDS))) {
                    return false;   // "(St. Gallen election poster 2003)": a thing and its year, no author
                }
            }
            return false;
        }
    }

    /**
     * The subject of the nearest reporting verb before the participle at {@code i} in its sentence:
     * in {@code Ross will go, Lark said Friday, adding …} the one adding is the one who said.
     */
    static boolean earlierReportingSubject(Document d, int lo, int i, Mentions.Mention m) {
        for (int k = i - 1; k > lo && i - k <= 8; k--) {
            if (d.inQuote(k)) {
                return false;
            }
            int len = d.t.kind(k) == TokenBuffer.WORD ? d.verbAt(k) : 0;
            if (len > 0 && k + len <= i && !participle(d, k)) {
                return d.mentions.subjectBefore(k, lo, m) && !commonWordAtStart(d, m);
            }
        }
        return false;
    }

    /** {@code with Sen. Jane Roe calling it …}: the subject of an -ing form after {@code with}, the mention between them. */
    static boolean withSubject(Document d, int i, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (t.length(i) < 5 || !d.text.regionMatches(true, t.end(i) - 3, "ing", 0, 3)) {
            return false;
        }
        int e = i - 1;
        while (e > lo && i - e <= 2 && d.mentions.isVerbFiller(e) && !t.isCapitalized(e)) {
            e--;   // "with Roe reportedly calling"
        }
        if (e <= lo) {
            return false;
        }
        if (!d.mentions.mentionEndingAt(e, lo, m)) {
            if (t.kind(e) != TokenBuffer.WORD || !Character.isLowerCase(t.first(e)) || d.mentions.isFunctionWord(e) || d.verbAt(e) > 0) {
                return false;
            }
            m.first = e;   // "with the union of bus drivers calling": a common noun ends the phrase
            m.last = e;
            m.type = Mentions.DESCRIPTION;
        }
        if (m.first - 1 <= lo) {
            return false;
        }
        if (t.equalsIgnoreCase(m.first - 1, "with")) {
            return true;
        }
        for (int k = m.first - 1; k > lo && m.first - k <= WITH_PHRASE_WORDS; k--) {
            if (t.kind(k) != TokenBuffer.WORD || d.verbAt(k) > 0) {
                return false;
            }
            if (t.equalsIgnoreCase(k, "with") && Character.isLowerCase(t.first(k))) {
                m.first = k + 1;   // "with many farmers and growers chanting", "with the Guild of Bakers calling"
                m.type = Mentions.DESCRIPTION;
                return !d.mentions.isDeterminer(k + 1) || k + 1 < m.last;
            }
        }
        return false;
    }

    /** Words at most between the -ing form of a phrase opened by {@code with} and the {@code to} of an infinitive it leads to. */
    private static final int WITH_INFINITIVE_WORDS = 6;

    /**
     * {@code …, with Roe going on the radio to call it …}: whether the reporting verb at {@code i} is an
     * infinitive after {@code to} that a few plain words join to an -ing form whose subject a phrase opened
     * by {@code with} gives ({@link #withSubject}); the infinitive is that subject's, set in {@code m}.
     */
    static boolean infinitiveInWithPhrase(Document d, int i, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (i - 2 <= lo || !t.equalsIgnoreCase(i - 1, "to")) {
            return false;
        }
        for (int k = i - 2; k > lo && i - 2 - k < WITH_INFINITIVE_WORDS; k--) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (t.length(k) >= 5 && d.text.regionMatches(true, t.end(k) - 3, "ing", 0, 3)) {
                return withSubject(d, k, lo, m);
            }
        }
        return false;
    }

    /** Words at most between {@code with} and the mention that ends its noun phrase. */
    private static final int WITH_PHRASE_WORDS = 6;

    /** An -ing form after a comma or a noun: its subject is the sentence's subject, not the word before. */
    static boolean participle(Document d, int i) {
        TokenBuffer t = d.t;
        int len = t.length(i);
        if (len < 5 || !t.text().regionMatches(true, t.end(i) - 3, "ing", 0, 3) || i == 0) {
            return false;
        }
        return t.is(i - 1, ',') || i > 1 && t.kind(i - 1) == TokenBuffer.QUOTE_MARK && t.is(i - 2, ',')   // the “plan,” saying
                || i > 1 && t.is(i - 2, ',') && d.mentions.isVerbFiller(i - 1) && !d.mentions.isPronoun(i - 1)   // , recently telling
                || t.kind(i - 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(i - 1))
                && !d.mentions.isPronoun(i - 1) && !d.mentions.isVerbFiller(i - 1);
    }

    /**
     * {@code Later, it faulted the mayor, saying …}: whether the sentence opening at {@code from}
     * (past one opening word and its comma) has {@code it} for its subject, a verb in the past or a
     * reporting verb right after it, before the participle at {@code verb}; if so {@code m} is the
     * {@code it}. (The subject rules take no {@code it}, which after a verb is mostly its object.)
     */
    static boolean itActsFirst(Document d, int from, int verb, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = from;
        if (k + 2 < verb && t.kind(k) == TokenBuffer.WORD && t.isCapitalized(k) && t.is(k + 1, ',')) {
            k += 2;   // "Later, it …": one opening word and its comma
        }
        if (k + 1 >= verb || !t.equalsIgnoreCase(k, "it") || t.kind(k + 1) != TokenBuffer.WORD
                || !Character.isLowerCase(t.first(k + 1)) || !(t.endsWith(k + 1, "ed") || d.verbAt(k + 1) > 0)) {
            return false;
        }
        m.first = k;
        m.last = k;
        m.type = Mentions.PRONOUN;
        return true;
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

    /** Words that turn a measure of time into an opening phrase: {@code A week later}, {@code Two days ago}. */
    private static final String[] TIME_AFTER = {"later", "ago", "earlier"};

    /**
     * {@code Suddenly}, {@code Presently}: whether token {@code from}, opening a sentence whose verb
     * is at {@code verb}, is a capitalized word in -ly that the text uses as no name, with a name or
     * a pronoun right after it (no comma): an adverb before the subject ({@code Thinly sliced},
     * {@code Formerly a clerk, he …} open no subject).
     */
    static boolean openingAdverb(Document d, int from, int verb) {
        TokenBuffer t = d.t;
        return from + 2 < verb && t.kind(from) == TokenBuffer.WORD && t.isCapitalized(from) && t.length(from) > 4
                && t.endsWith(from, "ly") && t.kind(from + 1) == TokenBuffer.WORD
                && (t.isCapitalized(from + 1) || d.mentions.isPronoun(from + 1)) && !d.names.isKnownName(from);
    }

    /** Tokens at most in a dateline before its dash: {@code SPRINGVALE, Ore., May 3 (Wire) —}. */
    private static final int DATELINE_TOKENS = 12;

    /**
     * {@code MILLBROOK, Feb. 9 (Wire) — The council voted …}: past a dateline that opens the sentence
     * at {@code from} (a word in capitals of three letters or more, then a comma or parenthesis, and a
     * dash within a few tokens, or only more words in capitals before the dash: {@code PORT ELLERY —}),
     * the token after its dash; else {@code from}.
     */
    static int afterDateline(Document d, int from, int verb) {
        TokenBuffer t = d.t;
        if (from + 1 >= verb || t.kind(from) != TokenBuffer.WORD || t.length(from) < 3 || !allCapitals(d, from)) {
            return from;
        }
        int place = from + 1;
        while (place < verb - 1 && place - from < DATELINE_TOKENS && t.kind(place) == TokenBuffer.WORD && allCapitals(d, place)) {
            place++;   // "PORT ELLERY — …": a place of words in capitals, then its dash
        }
        if (t.kind(place) == TokenBuffer.DASH && place + 1 < verb) {
            return place + 1;
        }
        if (!t.is(from + 1, ',') && !t.is(from + 1, '(')) {
            return from;
        }
        for (int k = from + 2; k < verb - 1 && k - from <= DATELINE_TOKENS; k++) {
            if (t.kind(k) == TokenBuffer.DASH) {
                return k + 1;
            }
            if (t.isBreak(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                return from;
            }
        }
        return from;
    }

    /** Whether every letter of word {@code i} is a capital. */
    private static boolean allCapitals(Document d, int i) {
        for (int c = d.t.start(i); c < d.t.end(i); c++) {
            if (Character.isLowerCase(d.text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of the sentence whose first token is {@code from}: the first mention, at the
     * start or right after an introductory phrase set off by a comma, that a lower-case word follows.
     */
    static boolean sentenceSubject(Document d, int from, int verb, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int fallbackFirst = -1;
        int fallbackLast = -1;
        int commaFirst = -1;
        int commaLast = -1;
        int commaType = 0;
        from = afterDateline(d, from, verb);
        if (from + 1 < verb && t.kind(from) == TokenBuffer.WORD && t.isCapitalized(from) && isOpeningConjunction(d, from)) {
            from++;   // "But a source close to the talks said": the subject follows the conjunction
        } else if (openingAdverb(d, from, verb)) {
            from++;   // "Suddenly Ann turned and cried:": the subject follows the adverb
        }
        // "On Friday's episode of “Harbor Hour,” the warden said": a title in an opening phrase may close on its comma
        boolean openingPhrase = oneOf(d, from, PREPOSITIONS);
        for (int pos = from; pos < verb; pos++) {
            if (pos == from || t.is(pos - 1, ',') || openingPhrase && pos - 2 > from && t.kind(pos - 1) == TokenBuffer.QUOTE_MARK
                    && t.is(pos - 2, ',') && !d.inQuote(pos)) {
                if (d.mentions.subjectAfter(pos, verb, m) && m.last + 1 < verb && !commonWordAtStart(d, m)) {
                    int next = d.mentions.pastOfPhrase(m, verb);   // "A number of papers quoted …"
                    if (t.is(next, '(')) {
                        next = afterParenthesis(d, next, verb);   // "Rep. Jane Roe (D-N.Y.) reacted"
                    }
                    if (pos == from && oneOf(d, next, TIME_AFTER) && t.is(next + 1, ',')) {
                        continue;   // "A month later, he wrote": a time phrase, not the subject
                    }
                    boolean verbNext = next < verb && t.kind(next) == TokenBuffer.WORD && Character.isLowerCase(t.first(next));
                    boolean commaNext = !verbNext && next < verb && t.is(next, ',') && m.type != Mentions.PRONOUN;
                    if (commaNext && pos != from) {
                        // "In Salem, New Hampshire, Trump went …": a name set off by commas after an
                        // opening phrase may be a place in it; a mention a verb follows comes first.
                        if (commaFirst < 0) {
                            commaFirst = m.first;
                            commaLast = m.last;
                            commaType = m.type;
                        }
                    } else if (verbNext && commaFirst >= 0 && m.type == Mentions.DESCRIPTION) {
                        // "Smith, the senator from Ohio, said": the apposition is not a second subject
                    } else if (verbNext || commaNext) {
                        if (pos != from || m.type != Mentions.NAME || m.first != m.last || d.names.isKnownName(m.last)) {
                            return true;
                        }
                        // "Minutes later, she wrote": a lone unknown capital opening the sentence
                        // is kept only if no subject follows an introductory phrase.
                        fallbackFirst = m.first;
                        fallbackLast = m.last;
                    }
                }
            }
            if (d.inQuote(pos)) {
                int close = t.kind(pos) == TokenBuffer.QUOTE_MARK ? titleBefore(d, pos, verb, openingPhrase) : -1;
                if (close < 0) {
                    break;
                }
                pos = close;   // past the title, to its comma
            }
        }
        if (commaFirst >= 0) {
            m.first = commaFirst;
            m.last = commaLast;
            m.type = commaType;
            return true;
        }
        if (fallbackFirst < 0) {
            return false;
        }
        m.first = fallbackFirst;
        m.last = fallbackLast;
        m.type = Mentions.NAME;
        return true;
    }

    /** Tokens at most in a quoted title that a sentence's subject may follow. */
    private static final int TITLE_TOKENS = 8;

    /**
     * {@code With the help of “Night Shift”, the actor held …}: whether the quotation opening at mark
     * {@code open} is a short title in an opening phrase, closing before {@code verb} with a comma
     * right after its marks or, when {@code insideComma}, right inside them ({@code In a talk on
     * “Harbor Hour,” the warden …}), so that the sentence's subject may still follow. Returns the token
     * of its closing mark, or -1.
     */
    static int titleBefore(Document d, int open, int verb, boolean insideComma) {
        TokenBuffer t = d.t;
        for (int k = open + 1; k < verb && k - open <= TITLE_TOKENS; k++) {
            if (t.kind(k) == TokenBuffer.QUOTE_MARK && !d.inQuote(k + 1)) {
                return k + 1 < verb && (t.is(k + 1, ',') || insideComma && t.is(k - 1, ',')) ? k : -1;
            }
        }
        return -1;
    }

    /** The token after the parenthesis opening at {@code open}, if it closes within a few tokens before {@code hi}; else {@code hi}. */
    static int afterParenthesis(Document d, int open, int hi) {
        for (int k = open + 1; k < Math.min(hi, open + 10); k++) {
            if (d.t.is(k, ')')) {
                return k + 1;
            }
        }
        return hi;
    }

    /**
     * A one-word "name" opening a sentence, shaped like an adverb or a verb form ({@code Shortly},
     * {@code Speaking}, {@code Challenged}) or written in capitals like a dateline, that the text
     * never uses as a name elsewhere: it is capitalized only by its place.
     */
    static boolean commonWordAtStart(Document d, Mentions.Mention m) {
        if (m.type != Mentions.NAME || m.first != m.last || d.names.isKnownName(m.last)) {
            return false;
        }
        int p = m.first - 1;
        TokenBuffer t = d.t;
        if (!(p < 0 || d.endsSentence(p) || t.isBreak(p) || t.kind(p) == TokenBuffer.QUOTE_MARK)) {
            return false;
        }
        int s = t.start(m.first);
        int e = t.end(m.first);
        String text = d.text;
        if (e - s < 4) {
            return false;
        }
        boolean caps = Character.isUpperCase(text.charAt(s + 1)) && Character.isUpperCase(text.charAt(e - 1));
        // a participle in -ing has a stem before it ("Being", "Going"); "Ling", "Ming" are names
        return caps || t.endsWith(m.first, "ly") || e - s > 4 && t.endsWith(m.first, "ing") || t.endsWith(m.first, "ed");
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
     * Whether mention {@code m} holds a number of two or more after its first word, {@code the} or
     * an owner ({@code the two elder ferrymen}): a word in -s after it is its plural noun, no verb
     * that agrees with it.
     */
    private static boolean countsMany(Document d, Mentions.Mention m) {
        return m.first < m.last && d.mentions.quantifierNumber(m.first + 1) == Mentions.PLURAL;
    }

    /** Whether token {@code i} opens the place a person is from, after their name: "of Dayton". */
    private static boolean ofPlace(Document d, int i) {
        TokenBuffer t = d.t;
        return i + 1 < t.size() && t.equalsIgnoreCase(i, "of") && t.kind(i + 1) == TokenBuffer.WORD
                && Character.isUpperCase(t.first(i + 1));
    }

    /** Tokens at most between the verb of a clause set between dashes and the dash that closes it. */
    private static final int DASH_CLAUSE_TAIL = 8;

    /**
     * Whether a dash and a quotation mark follow from token {@code from} on, within {@link
     * #DASH_CLAUSE_TAIL} tokens of the sentence's words ({@code glanced at the clouds—“…}).
     */
    private static boolean dashBeforeQuotation(Document d, int from) {
        TokenBuffer t = d.t;
        for (int j = from; j < t.size() - 1 && j <= from + DASH_CLAUSE_TAIL; j++) {
            if (t.kind(j) == TokenBuffer.DASH) {
                return t.kind(j + 1) == TokenBuffer.QUOTE_MARK;
            }
            if (t.kind(j) != TokenBuffer.WORD || d.inQuote(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code “…,” an angry Mayor Lund retaliated.}: after a quotation that ends in a comma, question
     * or exclamation mark, a mention and one word in -ed or -s closing the clause attribute it,
     * whatever the verb; so does such a clause set between dashes right after the quotation and
     * right before its next part ({@code “I think”—she paused—“we should go.”}). Tried at the word
     * {@code i} that may be that verb.
     */
    static boolean unknownVerbClause(Document d, FoundQuote q, int after, int i) {
        // also “…!” beamed Ann Lee: a word in -ed right after the quotation and a name closing the clause
        TokenBuffer t = d.t;
        int start = after;
        while (start < i && t.kind(start) == TokenBuffer.LINE_BREAK) {
            start++;   // “…?” / he persisted.: the clause goes on at the next line
        }
        // “I think”—she paused—“we should go.”: a clause between dashes that part one quotation is its tag
        boolean dashed = start < i && t.kind(start) == TokenBuffer.DASH && dashBeforeQuotation(d, i + 1);
        if (dashed) {
            start++;
        } else if (q.closeMark <= 0 || !(t.is(q.closeMark - 1, ',') || t.is(q.closeMark - 1, '!') || t.is(q.closeMark - 1, '?'))) {
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
        if (last == 's' && t.kind(next) == TokenBuffer.WORD && (d.cls(next) & Document.VERB) != 0) {
            return false;   // “…,” Several growers said: a plural before a verb of speech ends the subject, no verb
        }
        if (i == start && last == 'd') {
            Mentions.Mention m = new Mentions.Mention();   // “…!” beamed Ann Lee, …: the verb first, then a name
            if (d.mentions.subjectAfter(next, Math.min(t.size(), next + MAX_INVERTED_NAME), m) && m.type == Mentions.NAME
                    && m.first == next && m.last + 1 < t.size() && (d.endsSentence(m.last + 1) || t.is(m.last + 1, ',')
                            || ofPlace(d, m.last + 1))) {
                set(d, q, m, i, 1, "trailing-unknown-verb");
                return true;
            }
        }
        // A pronoun or name right after a comma-closed quotation, then a verb: an action tag
        // ("…," he leaned forward) attributes as surely as a reporting verb; otherwise the clause
        // must end at the verb.
        boolean tag = (dashed || t.is(q.closeMark - 1, ',')) && i - start <= TAG_SUBJECT_TOKENS;
        if (!tag && !(d.endsSentence(next) || t.is(next, ','))) {
            return false;
        }
        Mentions.Mention m = new Mentions.Mention();
        if (d.mentions.subjectBefore(i, start - 1, m) && !(last == 's' && countsMany(d, m))
                && (m.first == start || m.type == Mentions.NAME && m.first == start + 2
                && d.mentions.isDeterminer(start) && Character.isLowerCase(t.first(start + 1)) && !d.mentions.isFunctionWord(start + 1))) {
            set(d, q, m, i, 1, "trailing-unknown-verb");   // also “…,” an angry Lund retaliated: a word describing the name
            return true;
        }
        return false;
    }

    /**
     * Tokens at most in the subject of an unknown verb right after a quotation closed by a comma
     * ({@code “…,” the club's new captain winked at …}).
     */
    private static final int TAG_SUBJECT_TOKENS = 5;

    /** Tokens at most in the name after an unknown verb that opens a quotation's tag. */
    private static final int MAX_INVERTED_NAME = 8;

    /** Verbs an -ing form completes ({@code kept asking}): their subject is the -ing form's. */
    private static final String[] ASPECT_VERBS = {"kept", "keeps", "began", "begins", "started", "starts", "stopped",
        "continued", "continues", "resumed", "finished"};

    /** Words that open a later clause of the sentence, after a comma, a dash or {@code even}: {@code …, while she …}. */
    private static final String[] LATE_CLAUSE_OPENERS = {"when", "as", "where", "though", "although", "while"};

    /**
     * The subject of a clause opened by {@code when}, {@code as}, {@code where}, {@code while},
     * {@code though} or {@code although} after a comma, a dash or {@code even} later in the sentence
     * ({@code …, even as she praised the crew, adding …}), with no other comma between it and the
     * -ing form {@code i} but the one before {@code i}, and no dash that would close it.
     */
    static boolean lateSubordinateSubject(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int commas = 0;
        for (int k = i - 1, steps = 0; k > lo + 1 && steps < 30; k--, steps++) {
            if (d.inQuote(k) || t.kind(k) == TokenBuffer.DASH) {
                return false;   // "…, where the team played - while chanting …": a clause set off and closed before it
            }
            if (t.is(k, ',') && (++commas > 1 || t.equalsIgnoreCase(k + 1, "and") || t.equalsIgnoreCase(k + 1, "but"))) {
                return false;   // "…, when Smith spoke, and Jones kept asking …": a clause of its own
            }
            if ((t.is(k - 1, ',') || t.kind(k - 1) == TokenBuffer.DASH || t.equalsIgnoreCase(k - 1, "even"))
                    && oneOf(d, k, LATE_CLAUSE_OPENERS)) {
                Mentions.Mention c = new Mentions.Mention();
                if (sentenceSubject(d, k + 1, i, c) && c.first == k + 1) {
                    m.set(c);
                    return true;
                }
                int p = subjectPronounAfterPhrase(d, k + 1, i);
                if (p > 0) {
                    m.first = p;   // "…, though at a rally in May he went further, saying …": he
                    m.last = p;
                    m.type = Mentions.PRONOUN;
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** Pronouns that are only ever a subject: a verb after them is theirs. */
    private static final String[] SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"};

    /**
     * {@code at a rally in May he went …}: the first subject pronoun between {@code from} and
     * {@code to}, after unquoted words only (no comma or other mark between), that a lower-case
     * word follows, the subject of a clause that a phrase opens; -1 if none.
     */
    static int subjectPronounAfterPhrase(Document d, int from, int to) {
        TokenBuffer t = d.t;
        for (int p = from; p + 1 < to; p++) {
            if (t.kind(p) != TokenBuffer.WORD || d.inQuote(p)) {
                return -1;
            }
            if (oneOf(d, p, SUBJECT_PRONOUNS) && t.kind(p + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(p + 1))) {
                return p;
            }
        }
        return -1;
    }

    /**
     * {@code the clerk nodded and quietly said}, {@code Lark has also said}: the token before verb
     * {@code i} past the adverbs and auxiliaries right before it ({@code quietly}, {@code has}, {@code
     * also}), where a subject or a word joining it to a verb before may stand ({@code and}); not
     * before {@code lo}.
     */
    static int beforeFillers(Document d, int lo, int i) {
        int j = i - 1;
        while (j > lo && d.mentions.isVerbFiller(j)) {
            j--;
        }
        return j;
    }

    /**
     * {@code he laughed and said}: the subject right before the one lower-case verb that {@code and}
     * joins to verb {@code i}, when that subject is a subject pronoun or a name opening its clause.
     * Sets {@code m} to it.
     */
    static boolean firstVerbSubject(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int j = beforeFillers(d, lo, i);
        if (j - 2 <= lo || !t.equalsIgnoreCase(j, "and") || t.kind(j - 1) != TokenBuffer.WORD
                || !Character.isLowerCase(t.first(j - 1)) || d.mentions.isFunctionWord(j - 1) || d.mentions.isPronoun(j - 1)) {
            return false;
        }
        int s = j - 2;
        while (s > lo && j - s <= 3 && d.mentions.isVerbFiller(s)) {
            s--;   // "she then laughed and said"
        }
        if (s <= lo || !d.mentions.mentionEndingAt(s, lo, m) || m.first != m.last && m.type == Mentions.PRONOUN) {
            return false;
        }
        if (m.type == Mentions.PRONOUN) {
            return oneOf(d, m.first, SUBJECT_PRONOUNS);
        }
        int p = m.first - 1;
        return m.type == Mentions.NAME && (p <= lo || t.is(p, ',') || d.endsSentence(p) || t.isBreak(p));
    }

    /** Relative words before the subject of a relative clause that they are the object of: {@code which Lee called}. */
    private static final String[] OBJECT_RELATIVES = {"which", "whom"};

    /**
     * {@code the levy, which Lee described as a “disgrace” and vowed to scrap}: the subject of a
     * relative clause whose relative word is the object of its verb, when {@code and} or {@code but}
     * joins verb {@code i} to that clause's own verb (quotations between them passed over, no comma
     * outside them). That subject does both; the noun the clause describes does neither. Sets
     * {@code m} to it. Looks back at most {@link #JOINED_VERB_TOKENS} tokens.
     */
    static boolean objectRelativeSubject(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int j = beforeFillers(d, lo, i);
        if (j - 3 <= lo || !t.equalsIgnoreCase(j, "and") && !t.equalsIgnoreCase(j, "but")) {
            return false;
        }
        for (int k = j - 1; k > lo && j - k <= JOINED_VERB_TOKENS; k--) {
            if (d.inQuote(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                continue;
            }
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || d.endsSentence(k) || t.isBreak(k)) {
                return false;
            }
            if (t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k)) && oneOf(d, k, OBJECT_RELATIVES)) {
                if (!d.mentions.subjectAfter(k + 1, j, m) || m.first != k + 1 || m.last + 1 >= j
                        || d.mentions.isRelative(m.first)) {
                    return false;
                }
                int next = m.last + 1;
                return t.kind(next) == TokenBuffer.WORD && Character.isLowerCase(t.first(next))
                        && (d.verbAt(next) > 0 || d.mentions.isVerbFiller(next) || t.endsWith(next, "ed"));
            }
        }
        return false;
    }

    /** Words that may come before a clause's subject: {@code all the clerks}, {@code both the unions}. */
    private static final String[] PREDETERMINERS = {"all", "both"};

    /**
     * The subject of the nearest clause joined by {@code , and}, {@code , but} or {@code ;} before
     * verb {@code i} ({@code X left, and Y stayed and said …}), looking back a bounded way.
     */
    static boolean laterClauseSubject(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int j = beforeFillers(d, lo, i);
        if (j <= lo || !(t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "but"))) {
            return false;   // "X left, and Y came to say …": only a verb joined by and or but
        }
        for (int k = j - 1, steps = 0; k > lo && steps < 40; k--, steps++) {
            if (d.inQuote(k)) {
                return false;
            }
            int from;
            if (t.is(k, ';')) {
                from = k + 1;
            } else if (t.is(k, ',') && (t.equalsIgnoreCase(k + 1, "and") || t.equalsIgnoreCase(k + 1, "but"))) {
                from = k + 2;
            } else {
                continue;
            }
            Mentions.Mention c = new Mentions.Mention();
            if (from < i && sentenceSubject(d, from, i, c) && c.first == from
                    || oneOf(d, from, PREDETERMINERS) && from + 1 < i && sentenceSubject(d, from + 1, i, c) && c.first == from + 1) {
                // "…; all the clerks stood and cheered …": the clerks
                m.set(c);
                return true;
            }
            return false;
        }
        return false;
    }

    /** Tokens looked back at most from a joined verb for the subordinate clause it goes on. */
    private static final int JOINED_VERB_TOKENS = 24;

    /**
     * {@code The worry grew when Lee decried the cuts and called them “…”}: the subject of the
     * reporting verb that {@code and} or {@code but} joins verb {@code i} to, when a subordinator
     * opens the clause right before that subject and no comma or quotation mark of a clause
     * between breaks it off. Sets {@code m} to it.
     */
    static boolean subordinateClauseSubject(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int k = i - 2; k > lo + 1 && i - k <= JOINED_VERB_TOKENS; k--) {
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || t.isBreak(k) || d.endsSentence(k) && !d.inQuote(k)) {
                return false;
            }
            int len = t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) ? d.verbAt(k) : 0;
            if (len > 0 && k + len < i && !participle(d, k)) {
                return d.mentions.subjectBefore(k, lo, m) && subordinate(d, m);
            }
        }
        return false;
    }

    /** Lower-case words inside the name of a body or place: {@code the Bank of the North and South}. */
    private static final String[] NAME_PHRASE_WORDS = {"of", "and", "for", "on"};

    /**
     * {@code As Ann Ross of the Harbor Board told the Ledger, “…”}: the subject right after a
     * subordinator that opens the sentence or follows a comma, when nothing but a preposition and a
     * name ({@code of the Harbor Board}) stands between it and verb {@code i}. Sets {@code m} to it.
     */
    static boolean subordinateOpening(Document d, int lo, int i, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int k = i - 1; k > lo && i - k <= JOINED_VERB_TOKENS; k--) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;   // a comma, a quotation or a break: the verb is not in the subordinator's clause
            }
            if (oneOf(d, k, SUBORDINATORS)) {
                if (k != lo + 1 && !t.is(k - 1, ',') || !d.mentions.subjectAfter(k + 1, i, m) || m.first != k + 1) {
                    return false;
                }
                if (m.last + 1 < i && !oneOf(d, m.last + 1, PREPOSITIONS)) {
                    return false;   // "When Lee came in he said": a verb of Lee's own ends the subordinate clause
                }
                for (int w = m.last + 2; w < i; w++) {
                    if (!t.isCapitalized(w) && !d.mentions.isDeterminer(w) && !oneOf(d, w, NAME_PHRASE_WORDS)) {
                        return false;   // only a name after the preposition: "of the Harbor Board", "of Salem"
                    }
                }
                return true;
            }
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

    /**
     * Words at most in a fragment that a sentence after it, quoting its speaker anew, may still
     * attribute: a word or two (… a “poor deal.” Lee said the board must “listen”) is more often
     * the next speaker's own.
     */
    static final int SHORT_FRAGMENT_WORDS = 3;

    /** Tokens after a verb within which its clause ends ({@link #clauseEndsAfter}) or a quotation opens. */
    private static final int CLAUSE_TAIL_TOKENS = 5;

    /** Whether a quotation mark opens within a few tokens from {@code j}, before the clause ends. */
    static boolean opensQuotation(Document d, int j) {
        TokenBuffer t = d.t;
        for (int k = j; k < Math.min(t.size(), j + CLAUSE_TAIL_TOKENS); k++) {
            if (t.kind(k) == TokenBuffer.QUOTE_MARK) {
                return true;
            }
            if (d.endsSentence(k) || t.is(k, ',') || t.isBreak(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause ends within a few tokens after {@code j}: {@code said.}, {@code said Smith.} */
    static boolean clauseEndsAfter(Document d, int j) {
        TokenBuffer t = d.t;
        for (int k = j; k < Math.min(t.size(), j + CLAUSE_TAIL_TOKENS); k++) {
            if (d.endsSentence(k) || t.is(k, ',') || t.isBreak(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                return true;
            }
        }
        return j >= t.size();
    }

    /** Words at most in the subject of an {@code as} clause after a fragment ({@link #asClauseAfter}). */
    private static final int AS_SUBJECT_TOKENS = 8;

    /**
     * {@code … a “lawful source of income,” as a memo from the board put it.}: whether quotation
     * {@code qi} is followed (past a comma) by {@code as}, a subject, and a reporting verb that
     * closes the clause. The clause credits the fragment to that subject, whoever else the
     * sentence reports.
     */
    static boolean asClauseAfter(Document d, int qi) {
        TokenBuffer t = d.t;
        int k = pastComma(d, qi);
        if (k + 2 >= t.size() || !t.equalsIgnoreCase(k, "as") || !Character.isLowerCase(t.first(k))) {
            return false;
        }
        Mentions.Mention m = new Mentions.Mention();
        if (!d.mentions.subjectAfter(k + 1, Math.min(t.size(), k + 1 + AS_SUBJECT_TOKENS), m) || m.first != k + 1) {
            return false;
        }
        for (int v = m.last + 1; v < t.size() && v - m.last <= AS_SUBJECT_TOKENS; v++) {
            if (t.kind(v) != TokenBuffer.WORD) {
                return false;   // a verb after the subject, perhaps past a phrase: "as a memo from the board put it"
            }
            int len = d.verbAt(v);
            if (len > 0) {
                return clauseEndsAfter(d, v + len);
            }
        }
        return false;
    }

    /**
     * {@code a sign reading “…”}, {@code a cap that said “…”}: words written on a thing are the
     * thing's, not those of whoever carries or wears it.
     */
    static final class Inscription implements SpeakerLinker.Sieve {
        /** Things that bear written words: {@code sign}, {@code banner}, {@code headline}. */
        private static final WordSet INSCRIPTION_NOUNS = Lexicons.words("inscription-nouns.txt");
        /** Verbs by which a written thing gives its words. */
        private static final String[] READING = {"read", "reads", "reading", "said", "says", "saying"};
        /** Relative pronouns between the thing and its verb: {@code a banner that read}. */
        private static final String[] THAT = {"that", "which"};
        /** Verbs of carrying a written thing, read in a mention as if adjectives ({@code Several held signs}). */
        private static final String[] CARRYING = {"held", "carried", "waved", "hoisted", "raised", "wore", "bore",
            "displayed", "brandished", "hold", "carry", "wave"};
        /** Written things that somebody sends: their words are the sender's ({@code she sent a note saying}). */
        private static final String[] SENT = {"note", "notes", "card", "cards"};

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int verb = first - 1;
            if (verb > 0 && (t.is(verb, ',') || t.is(verb, ':'))) {
                verb--;
            }
            if (verb < 1 || d.inQuote(verb) || !oneOf(d, verb, READING)) {
                return false;
            }
            int noun = verb - 1;
            if (noun > 0 && oneOf(d, noun, THAT)) {
                noun--;
            }
            if (d.inQuote(noun) || t.kind(noun) != TokenBuffer.WORD
                    || !INSCRIPTION_NOUNS.contains(d.text, t.start(noun), t.end(noun)) || oneOf(d, noun, SENT)) {
                return false;
            }
            int lo = sentenceStart(d, first);
            Mentions.Mention m = new Mentions.Mention();
            if (noun <= lo || !d.mentions.mentionEndingAt(noun, lo, m) || m.last != noun) {
                m.first = noun;   // "held posters saying": the bare noun
                m.last = noun;
                m.type = Mentions.DESCRIPTION;
            }
            for (int k = noun - 1; k > m.first; k--) {
                if (oneOf(d, k, CARRYING)) {
                    m.first = k + 1;   // "Several held signs reading": the signs, not "Several held signs"
                    break;
                }
            }
            set(d, q, m, verb, 1, "inscription");
            if (d.reportage) {
                sourceOfSentence(d, q, lo, first, m, verb);   // "According to the Gazette, a sign read “…”": the Gazette
            }
            return true;
        }
    }

    /**
     * {@code “Not today,” was Ann's curt reply.}, {@code “Why?” was his answer.}: after a quotation,
     * {@code was}, an owner (a possessive he/she/they pronoun or a name ending in {@code ’s}), at most
     * two words of manner and a noun of answering, which ends the clause: the owner said it ({@code my}
     * is the narrator).
     */
    static final class OwnedAnswer implements SpeakerLinker.Sieve {
        /** Nouns for a turn in a talk, after the owner (wider than {@code ANSWER_NOUNS} after {@code made no}). */
        private static final String[] TURN_NOUNS = {"answer", "reply", "response", "rejoinder", "retort", "remark",
            "comment", "exclamation", "greeting", "question", "cry"};
        /** Words of manner at most between the owner and the noun: {@code Ann's curt little reply}. */
        private static final int MANNER_WORDS = 2;
        /** Tokens at most in an owner's name: {@code Mrs. Ann Lee's}. */
        private static final int MAX_OWNER_TOKENS = 5;

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (q.mixed) {
                return false;
            }
            TokenBuffer t = d.t;
            int i = d.afterToken(qi);
            while (i < t.size() && t.kind(i) == TokenBuffer.LINE_BREAK) {
                i++;
            }
            if (i + 2 >= t.size() || !t.equalsIgnoreCase(i, "was") || !Character.isLowerCase(t.first(i))) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            int k = owner(d, i + 1, m);
            if (k < 0) {
                return false;
            }
            for (int n = 0; k < t.size() && n <= MANNER_WORDS; k++, n++) {
                if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || d.inQuote(k)) {
                    return false;
                }
                if (oneOf(d, k, TURN_NOUNS)) {
                    if (k + 1 < t.size() && t.kind(k + 1) == TokenBuffer.WORD) {
                        return false;   // "was his answer to the charge": not only an answer
                    }
                    set(d, q, m, k, 1, "owned-answer");
                    return true;
                }
                if (d.mentions.isFunctionWord(k) || d.mentions.isPossessive(k)) {
                    return false;   // "was her husband's answer": the owner is another
                }
            }
            return false;
        }

        /**
         * The owner opening at token {@code i} ({@code his}, {@code Ann's}, {@code Mrs. Lee's}), into
         * {@code m}; the token after it, or -1 when there is none.
         */
        private static int owner(Document d, int i, Mentions.Mention m) {
            TokenBuffer t = d.t;
            if (t.kind(i) != TokenBuffer.WORD) {
                return -1;
            }
            if (isPossessivePronoun(d, i) || t.equalsIgnoreCase(i, "my")) {
                m.first = i;
                m.last = i;
                m.type = Mentions.PRONOUN;
                return i + 1;
            }
            int k = i;
            while (k < t.size() && k - i < MAX_OWNER_TOKENS && !d.mentions.isPossessive(k)
                    && (d.mentions.isNameWord(k) || d.mentions.isTitle(k) || t.is(k, '.') && k > i && d.mentions.isTitle(k - 1))) {
                k++;
            }
            if (k >= t.size() || !d.mentions.isPossessive(k) || !d.mentions.isNameWord(k)) {
                return -1;
            }
            m.first = i;
            m.last = k;
            m.type = Mentions.NAME;
            return k + 1;
        }
    }

    /**
     * {@code The warden, lantern in hand and cap pulled down, then said slowly, “…”}:
     * in a story, a quotation no other rule took right after a reporting verb, its words of manner
     * and a comma, colon or dash, goes to the nearest subject pronoun, relative {@code who} or name
     * before that verb in its sentence (not one after a preposition, nor a pronoun opening a clause
     * of time). Runs last.
     */
    static final class EarlierSubject implements SpeakerLinker.Sieve {
        /** Words at most between the reporting verb and the quotation: {@code said too softly}. */
        private static final int MANNER_TOKENS = 8;

        @Override
        public boolean apply(Document d, int qi) {
            if (d.reportage) {
                return false;
            }
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int b = first - 1;
            while (b > 0 && (t.kind(b) == TokenBuffer.LINE_BREAK || t.kind(b) == TokenBuffer.PARAGRAPH_BREAK)) {
                b--;   // also a paragraph ending on the verb: "… she went on, still smiling:" / "“…”"
            }
            if (b <= 0 || !(t.is(b, ',') || t.is(b, ':') || t.is(b, '-') || t.is(b, '\u2014') || t.is(b, '\u2013'))) {
                return false;
            }
            int lo = sentenceStart(d, b + 1);
            int verb = -1;
            int len = 0;
            for (int i = b - 1; i > lo && b - i <= MANNER_TOKENS; i--) {
                if (d.inQuote(i)) {
                    return false;
                }
                len = t.kind(i) == TokenBuffer.WORD ? d.verbAt(i) : 0;
                if (len > 0 && i + len <= b) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();   // filled by each mentionEndingAt that finds one
            for (int k = verb - 1; k > lo; k--) {
                if (d.inQuote(k)) {
                    return false;
                }
                if (t.kind(k) != TokenBuffer.WORD) {
                    continue;
                }
                boolean pronoun = oneOf(d, k, SUBJECT_PRONOUNS) || t.equalsIgnoreCase(k, "who");
                boolean name = !pronoun && d.mentions.isNameWord(k);
                if (!pronoun && !name) {
                    if (Character.isLowerCase(t.first(k)) && d.mentions.isSpeakerNoun(k) && d.mentions.mentionEndingAt(k, lo, m)
                            && m.type == Mentions.DESCRIPTION && m.first < k && openingClause(d, lo, m.first)) {
                        set(d, q, m, verb, len, "earlier-subject");   // "…; and the old keeper, bowing low, said: …"
                        return true;
                    }
                    continue;
                }
                if (!d.mentions.mentionEndingAt(k, lo, m)) {
                    continue;
                }
                int before = m.first - 1;
                if (before > lo && pronoun && oneOf(d, before, SUBORDINATORS)) {
                    continue;   // "…; and, as he tied the rope, remarked": the one tying is not the one remarking
                }
                if (name && !namedSubject(d, lo, m)) {
                    k = m.first;
                    continue;   // "said to Ann", "saw Ann at the gate": an object
                }
                set(d, q, m, verb, len, "earlier-subject");
                return true;
            }
            return false;
        }

        /** Whether a clause may open at token {@code i}: at the sentence's start, or after a comma, a semicolon, and or but. */
        private static boolean openingClause(Document d, int lo, int i) {
            int p = i - 1;
            return p <= lo || d.t.is(p, ',') || d.t.is(p, ';') || d.t.equalsIgnoreCase(p, "and") || d.t.equalsIgnoreCase(p, "but");
        }

        /** Whether name {@code m} may be a subject: not after a preposition, also past a determiner ({@code at the Mill}). */
        private static boolean namedSubject(Document d, int lo, Mentions.Mention m) {
            int before = m.first - 1;
            if (before > lo && d.mentions.isDeterminer(before)) {
                before--;
            }
            return before <= lo || !oneOf(d, before, PREPOSITIONS);
        }
    }

    /** {@code Smith said: “…”}, {@code Smith told reporters that “…”}: a verb earlier in the sentence. */
    static final class LeadingVerb implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            if (d.reportage && first > 1 && t.is(first - 1, ':')
                    && dashCredited(d, first - 1, sentenceStart(d, first - 1), new Mentions.Mention())) {
                return false;   // "Pollsters agree - Jane Roe: “…”": the names credited after the dash (ColonSubject)
            }
            if (q.mixed && asClauseAfter(d, qi)) {
                return false;   // "… a “lawful source of income,” as a Homeland memo put it": TrailingVerb's
            }
            int lo = sentenceStart(d, first);
            // A fragment inside reported speech belongs to the outermost source of the sentence
            // ("Meeks said Clinton told them she was “not going anywhere”"), so for fragments the
            // scan goes on to the leftmost verb; a whole quotation takes the nearest.
            boolean outermost = q.mixed;
            Mentions.Mention found = null;
            int foundVerb = -1;
            int foundLen = 0;
            String foundRule = null;
            Mentions.Mention nearest = null;
            int nearestVerb = -1;
            int nearestLen = 0;
            String nearestRule = null;
            Mentions.Mention m = null;
            for (int i = first - 1; i > lo; i--) {
                if (d.inQuote(i) || q.start - t.end(i) > d.maxDistance || found != null && t.is(i, ';')) {
                    break;   // "…; one member called it “…”": a clause after a semicolon reports on its own
                }
                if (found != null && found.first > i && i > 0 && t.is(i - 1, ',') && oneOf(d, i, COORDINATORS)) {
                    break;   // "Growers asked for a vote, and the board said it would “wait”": the board's own clause
                }
                if (t.kind(i) != TokenBuffer.WORD) {
                    continue;
                }
                if (m == null || m == found || m == nearest) {
                    m = new Mentions.Mention();
                } else {
                    m.clear();   // most words are no verb: one mention serves them all until one is kept
                }
                String rule = null;
                int len = 0;
                boolean with = false;
                if (t.equalsIgnoreCase(i, "according") && i + 1 < first && t.equalsIgnoreCase(i + 1, "to")) {
                    len = 2;
                    rule = d.mentions.subjectAfter(i + 2, first, m) ? "according-to" : null;
                } else if (t.equalsIgnoreCase(i, "in") && inWordsOf(d, i, first, m)) {
                    len = 1;
                    rule = "according-to";   // "In Lee's words, “…”", "in the words of Lee, “…”"
                } else if (speechNounIntroduces(d, i, first)) {
                    len = 1;   // "Trump issued a statement: “…”": the clause's subject
                    rule = sentenceSubject(d, lo + 1, i, m) && m.type != Mentions.DESCRIPTION ? "statement" : null;
                } else {
                    len = d.verbAt(i);
                    if (len == 0 || i + len > first) {
                        continue;
                    }
                    if (withSubject(d, i, lo, m)) {
                        rule = "leading-verb";   // "…, with Sen. Jane Roe calling it …": Roe
                        with = true;
                    } else if (infinitiveInWithPhrase(d, i, lo, m)) {
                        rule = "leading-verb";   // "…, with Roe going on the radio to call it …": Roe
                        with = true;
                    } else if (i - 1 > lo && oneOf(d, i - 1, ASPECT_VERBS) && d.mentions.subjectBefore(i - 1, lo, m)
                            && !commonWordAtStart(d, m) && !afterPreposition(d, m)) {
                        rule = "leading-verb";   // "…, and Jones kept asking …": Jones
                    } else if (participle(d, i) && lateSubordinateSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "It began at noon, when fans broke in, shouting …": the fans
                    } else if (participle(d, i) && earlierReportingSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "Ross will go, Lark said, adding …": Lark
                    } else if (!participle(d, i) && coordinated(d, i) && firstVerbSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "When Lee was asked, he laughed and said, “…”": he
                    } else if (coordinated(d, i) && laterClauseSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "X called for a boycott, and Y denounced it and said …": Y; so "…, and Y left, sighing and asking …"
                    } else if (!participle(d, i) && coordinated(d, i) && subordinateClauseSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "It grew when Lee decried the cuts and called them “…”": Lee
                    } else if (!participle(d, i) && coordinated(d, i) && objectRelativeSubject(d, lo, i, m)) {
                        rule = "leading-verb";   // "the levy, which Lee described as “…” and vowed to …": Lee
                    } else if ((participle(d, i) || coordinated(d, i)) && sentenceSubject(d, lo + 1, i, m)) {
                        rule = "leading-verb";   // "X issued a statement, saying …": X
                    } else if (d.reportage && participle(d, i) && t.is(i - 1, ',') && itActsFirst(d, lo + 1, i, m)) {
                        rule = "leading-verb";   // "Later, it faulted the mayor, saying …": it, a body the text named
                    } else if (d.mentions.relativeBefore(i, lo, m)) {
                        rule = "leading-verb";   // "… Jane Roe, who said “…”": who, standing for Roe
                    } else if (d.mentions.subjectBefore(i, lo, m) && !commonWordAtStart(d, m)
                            && (!afterPreposition(d, m) || sentenceSubject(d, lo + 1, i, m) || subordinateOpening(d, lo, i, m))) {
                        rule = "leading-verb";   // "An aide talking to the Gazette said": the aide
                    } else if (invertible(d, i) && d.mentions.subjectAfter(i + len, first, m)
                            && m.type != Mentions.DESCRIPTION && clauseBreakAfter(d, m.last + 1, first)) {
                        rule = "leading-verb-inverted";
                    } else if (openingNameAcrossApposition(d, lo, i, m)) {
                        rule = "leading-verb";   // "Lee, the author of “Salt,” about ferries, said the …": Lee
                    }
                }
                if (rule != null && found != null && (subordinate(d, m) || d.mentions.isRelative(m.first)
                        || inOpeningClause(d, lo, i, found.first) || subordinate(d, found) && found.first > 1 && t.is(found.first - 2, ','))) {
                    // "After Smith spoke, Jones said the plan was “…”": not Smith's words; nor is
                    // "Smith, who met Jones, said …" the relative clause's
                    break;
                }
                if (rule != null) {
                    found = m;
                    foundVerb = i;
                    foundLen = len;
                    foundRule = rule;
                    if (nearest == null) {
                        nearest = m;
                        nearestVerb = i;
                        nearestLen = len;
                        nearestRule = rule;
                    }
                    // the nearest reporter is the source, unless a modal or (in news) an earlier verb reports its clause
                    boolean nearestIsSource = (!outermost || nearest == m && objectRelative(d, i + len)) && !modalBefore(d, m, i)
                            && !(d.reportage && (reportedClause(d, m) || conditionAfterThat(d, m)));
                    if (nearestIsSource || d.mentions.isRelative(m.first) && t.is(m.first - 1, ',')
                            || with) {   // "…, with Roe calling it “…”": the phrase reports its own subject's words
                        break;   // "said Lee, who said …": a clause set off about the speaker reports on its own
                    }
                }
            }
            if (found == null) {
                return false;
            }
            if (found != nearest && found.type != Mentions.PRONOUN && nearest.type == Mentions.PRONOUN
                    && d.pronounGender(nearest.first) != Lexicon.ANY
                    && (nearest.first == 0 || !t.equalsIgnoreCase(nearest.first - 1, "that") && d.verbAt(nearest.first - 1) == 0)
                    && !subordinate(d, nearest)) {
                // "Lee says that although …, she thinks it is “…”", "Lee said, but she warned …": a
                // clause of its own whose he or she is Lee again; not "Lee said she thinks …"
                found = nearest;
                foundVerb = nearestVerb;
                foundLen = nearestLen;
                foundRule = nearestRule;
            }
            if (subordinate(d, found) && mainClauseSubject(d, foundVerb + foundLen, first, found)) {
                foundVerb = found.last + 1;   // "When Smith spoke, Jones shot back, “…”": Jones
                foundLen = 1;
                foundRule = "leading-verb-main-clause";
            }
            set(d, q, found, foundVerb, foundLen, foundRule);
            if (d.reportage && sourceOfSentence(d, q, lo, first, found, foundVerb)) {
                return true;
            }
            if (!endsWithStop(d, q)) {
                reportedBy(d, q, d.afterToken(qi));   // “….” The plan, according to …: a new sentence
                if (q.mixed && foundRule.startsWith("leading-verb")) {
                    outerSource(d, q, qi);
                }
            }
            return true;
        }
    }

    /**
     * In reportage, a source of the whole sentence in which {@code found} speaks at {@code verb}:
     * {@code According to the Herald, Smith said “…”}, {@code In a Gazette poll, 8 percent said …},
     * {@code The Gazette poll finds that 8 percent say …}. Gives {@code q} that source and returns
     * true; false if there is none.
     */
    private static boolean sourceOfSentence(Document d, FoundQuote q, int lo, int first, Mentions.Mention found, int verb) {
        TokenBuffer t = d.t;
        if (!t.equalsIgnoreCase(lo + 1, "according") && !t.equalsIgnoreCase(lo + 1, "in") && !share(d, found)) {
            return false;   // what each case below asks first: most sentences need no mention made
        }
        Mentions.Mention source = new Mentions.Mention();
        if (t.equalsIgnoreCase(lo + 1, "according") && lo + 2 < verb && t.equalsIgnoreCase(lo + 2, "to")
                && d.mentions.subjectAfter(lo + 3, first, source) && source.last < found.first) {
            set(d, q, source, lo + 1, 2, "according-to");   // "According to the Herald, Smith said “…”"
            return true;
        }
        if (pollOpening(d, lo + 1, found.first, source)) {
            set(d, q, source, lo + 1, 1, "according-to");   // "In a Gazette poll, 8 percent said they would “never” vote"
            return true;
        }
        if (share(d, found) && sentenceSubject(d, lo + 1, found.first, source) && source.last < found.first
                && oneOf(d, source.last, POLL_NOUNS)) {
            set(d, q, source, -1, 0, "according-to");   // "The Gazette poll finds that 8 percent say it is “unfair”"
            return true;
        }
        return false;
    }

    /** Tokens at most from {@code in} to {@code words} in {@code in Lee's words}. */
    private static final int WORDS_OF_TOKENS = 6;

    /**
     * Whether {@code in} at token {@code in} opens {@code in Lee's words} or {@code in the words of
     * Lee}, before token {@code hi}: a source of what follows, as {@code according to} is. Sets
     * {@code m} to the source.
     */
    static boolean inWordsOf(Document d, int in, int hi, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (in + 4 < hi && t.equalsIgnoreCase(in + 1, "the") && t.equalsIgnoreCase(in + 2, "words")
                && t.equalsIgnoreCase(in + 3, "of")) {
            return d.mentions.subjectAfter(in + 4, hi, m);
        }
        for (int w = in + 2; w < hi && w - in <= WORDS_OF_TOKENS; w++) {
            if (t.kind(w) != TokenBuffer.WORD || d.inQuote(w)) {
                if (d.mentions.isPossessiveMark(w)) {
                    continue;   // "Voss’ words": the mark of a plural possessive
                }
                return false;
            }
            if (t.equalsIgnoreCase(w, "words") && !t.isCapitalized(w)) {
                int owner = d.mentions.isPossessiveMark(w - 1) ? w - 2 : w - 1;
                return (d.mentions.isPossessive(owner) || owner < w - 1) && d.mentions.subjectAfter(in + 1, w, m)
                        && m.last == owner;
            }
        }
        return false;
    }

    /** Finite verbs that, right after a reporting verb, go on with a clause whose subject it reports on. */
    private static final String[] FINITE_AFTER_REPORT = {"is", "was", "are", "were", "has", "had", "have", "would", "will", "could"};

    /**
     * {@code the fees, which an audit said were “far too high”}, {@code the plan Lee says is “a trap”}:
     * whether a finite verb stands at {@code j}, right after a reporting verb. The reporting clause
     * is then a relative one whose object is the subject of what follows, and the fragment in it is
     * that clause's subject's words, not the outer subject's.
     */
    static boolean objectRelative(Document d, int j) {
        return j < d.t.size() && Character.isLowerCase(d.t.first(j)) && oneOf(d, j, FINITE_AFTER_REPORT);
    }

    /** Auxiliaries that put what a verb reports in the future or in doubt: it has not been said. */
    private static final String[] MODALS = {"will", "would", "should", "could", "can", "may", "might", "must", "shall"};

    /**
     * {@code Lee said the board would call it “…”}: whether a modal stands between mention {@code m}
     * and its verb at {@code verb}. Such a verb reports no words yet spoken, so a quotation after it
     * holds the words of who reports it, an outer subject of the sentence when there is one.
     */
    static boolean modalBefore(Document d, Mentions.Mention m, int verb) {
        for (int k = m.last + 1; k < verb && verb - k <= 3; k++) {
            if (oneOf(d, k, MODALS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Aides say that Lee told the mayor, “…”}, {@code Officials have said he said “…”}: whether
     * mention {@code m} opens a clause that an earlier verb reports ({@code that} or a reporting verb
     * right before it). Who reports that clause is the source of the quotation in it.
     */
    static boolean reportedClause(Document d, Mentions.Mention m) {
        int p = m.first - 1;
        TokenBuffer t = d.t;
        return p >= 0 && t.kind(p) == TokenBuffer.WORD && (t.equalsIgnoreCase(p, "that") && Character.isLowerCase(t.first(p))
                || d.verbAt(p) > 0);
    }

    /**
     * {@code Lee said that once the board goes home, “…”}: whether mention {@code m} is the subject
     * of a subordinate clause (its determiner aside) that opens a clause reported after {@code
     * that}: the quotation after it is the reporter's.
     */
    static boolean conditionAfterThat(Document d, Mentions.Mention m) {
        int p = m.first - 1;
        if (p > 0 && d.mentions.isDeterminer(p)) {
            p--;
        }
        return p > 0 && oneOf(d, p, SUBORDINATORS) && d.t.equalsIgnoreCase(p - 1, "that");
    }

    /** Nouns of a poll, whose respondents speak through it. */
    private static final String[] POLL_NOUNS = {"poll", "polls", "survey", "surveys"};

    /** Whether mention {@code m} is a share of people counted by number: {@code 8 percent}, {@code 40% of voters}. */
    static boolean share(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        return t.kind(m.first) == TokenBuffer.NUMBER && (m.first == m.last || t.equalsIgnoreCase(m.first + 1, "percent")
                || t.is(m.first + 1, '%'));
    }

    /**
     * {@code In a Gazette poll released Monday, 8 percent said …}: a phrase opening the sentence at
     * {@code from} with {@code In} and naming a poll, set off by a comma before {@code until}, is
     * the source of what its respondents said. Sets {@code m} to the poll's mention.
     */
    static boolean pollOpening(Document d, int from, int until, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (!t.equalsIgnoreCase(from, "in")) {
            return false;
        }
        boolean poll = false;
        for (int k = from + 1; k < until && k - from <= 12; k++) {
            if (t.is(k, ',')) {
                return poll && d.mentions.subjectAfter(from + 1, k, m);
            }
            poll |= oneOf(d, k, POLL_NOUNS);
        }
        return false;
    }

    /**
     * The subject of the main clause after a subordinate one that ends at a comma between
     * {@code from} and the quotation at {@code first}: a mention right after the comma that a
     * lower-case word (its verb) follows. Sets {@code m} to it.
     */
    static boolean mainClauseSubject(Document d, int from, int first, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int k = from; k < first - 2; k++) {
            if (d.inQuote(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                return false;
            }
            if (t.is(k, ',')) {
                Mentions.Mention n = new Mentions.Mention();
                if (d.mentions.subjectAfter(k + 1, first, n) && n.last + 1 < first && t.kind(n.last + 1) == TokenBuffer.WORD
                        && Character.isLowerCase(t.first(n.last + 1)) && !t.equalsIgnoreCase(n.last + 1, "and") && !d.mentions.isRelative(n.last + 1)) {
                    m.set(n);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /**
     * {@code Smith said the plan was “a mess,” the Herald reported.}: a subject and reporting verb
     * closing the sentence right after a fragment, past a comma, are the outer source the whole
     * report comes from; they become its speaker.
     */
    static void outerSource(Document d, FoundQuote q, int qi) {
        TokenBuffer t = d.t;
        int k = d.afterToken(qi);
        boolean comma = q.closeMark > 0 && t.is(q.closeMark - 1, ',');
        if (!comma && k < t.size() && t.is(k, ',')) {
            comma = true;
            k++;
        }
        Mentions.Mention m = new Mentions.Mention();
        if (!comma || !d.mentions.subjectAfter(k, Math.min(t.size(), k + 10), m) || m.type == Mentions.PRONOUN) {
            return;
        }
        int v = m.last + 1;
        while (v < t.size() && v - m.last <= 2 && d.mentions.isVerbFiller(v)) {
            v++;
        }
        int len = v < t.size() && t.kind(v) == TokenBuffer.WORD ? d.verbAt(v) : 0;
        if (len > 0 && v + len < t.size() && sentenceEndsAfter(d, v + len)) {
            set(d, q, m, v, len, "trailing-verb");   // also "… reported in May." or "… reported on its website."
        }
    }

    /**
     * Whether the sentence ends, or a comma comes, within a few words from {@code j}, before any
     * colon or quotation mark: {@code reported.}, {@code reported in May.}
     */
    static boolean sentenceEndsAfter(Document d, int j) {
        TokenBuffer t = d.t;
        for (int k = j; k < Math.min(t.size(), j + 5); k++) {
            if (t.kind(k) == TokenBuffer.QUOTE_MARK || t.is(k, ':') || d.inQuote(k)) {
                return false;
            }
            if (d.endsSentence(k) || t.is(k, ',')) {
                return true;
            }
        }
        return j >= t.size();
    }

    /** Word tokens that may stand between a quotation's attribution and the {@code according to} that closes it. */
    static final int REPORTED_BY_WORDS = 10;

    /**
     * {@code “…,” Smith said Monday, according to the Herald.}: a source that the clause reporting
     * the quotation is credited to, after a comma, is who the text has the words from; it becomes
     * the speaker. Looks from token {@code from} to the end of the sentence, a few words at most.
     */
    static void reportedBy(Document d, FoundQuote q, int from) {
        TokenBuffer t = d.t;
        int words = 0;
        if (from + 2 < t.size() && q.closeMark > 0 && from == q.closeMark + 1 && t.is(q.closeMark - 1, ',')
                && t.equalsIgnoreCase(from, "according") && t.equalsIgnoreCase(from + 1, "to")) {
            Mentions.Mention m = new Mentions.Mention();   // “… a mess,” according to the Herald: the comma inside the marks
            if (accordingToSource(d, from + 2, Math.min(t.size(), from + 2 + REPORTED_BY_WORDS), m)) {
                set(d, q, m, from, 2, "according-to");
            }
            return;
        }
        boolean inParens = false;   // "told Sen. Jo Ames (R-Utah), according to …": the full stop inside ends nothing
        for (int k = from; k + 2 < t.size() && words <= REPORTED_BY_WORDS; k++) {
            int kind = t.kind(k);
            if (t.is(k, '(')) {
                inParens = true;
            } else if (t.is(k, ')')) {
                inParens = false;
            }
            if (kind == TokenBuffer.QUOTE_MARK || kind == TokenBuffer.PARAGRAPH_BREAK || d.inQuote(k)
                    || d.endsSentence(k) && !inParens || t.is(k, ';')) {
                return;
            }
            if (kind == TokenBuffer.WORD) {
                words++;
            }
            if ((t.is(k, ',') || kind == TokenBuffer.WORD && k > from) && t.equalsIgnoreCase(k + 1, "according")
                    && t.equalsIgnoreCase(k + 2, "to")) {
                Mentions.Mention m = new Mentions.Mention();   // also "… said in a statement according to the Herald."
                if (accordingToSource(d, k + 3, Math.min(t.size(), k + 3 + REPORTED_BY_WORDS), m)) {
                    set(d, q, m, k + 1, 2, "according-to");
                }
                return;
            } else if (t.is(k, ',') && reportedAfterComma(d, q, k + 1)) {
                return;
            }
        }
    }

    /**
     * The source named after {@code according to}, from token {@code j} (exclusive bound
     * {@code hi}): a mention that may speak, else a bare noun phrase of lower-case words
     * ({@code according to aides}, {@code according to notes of the talk}), or the agent after
     * {@code by} that the phrase goes on to before its comma ({@code according to footage kept by
     * the Herald}: the Herald). Sets {@code m} to it.
     */
    static boolean accordingToSource(Document d, int j, int hi, Mentions.Mention m) {
        if (d.mentions.subjectAfter(j, hi, m)) {
            paperOfItsAuthor(d, m, hi);
            return true;
        }
        TokenBuffer t = d.t;
        int e = j;
        while (e < hi && t.kind(e) == TokenBuffer.WORD && !d.inQuote(e) && Character.isLowerCase(t.first(e))
                && !d.mentions.isFunctionWord(e) && !d.mentions.isPronoun(e)) {
            e++;
        }
        if (e == j) {
            return false;
        }
        for (int k = e; k + 1 < hi; k++) {
            if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER) {
                break;   // the phrase ends at its comma, full stop or quotation mark
            }
            if (t.equalsIgnoreCase(k, "by") && d.mentions.subjectAfter(k + 1, hi, m)) {
                return true;   // "footage kept by the Herald"
            }
        }
        m.first = j;
        m.last = e - 1;
        m.type = Mentions.DESCRIPTION;
        return true;
    }

    /** Papers whose words are their author's: {@code a statement from the board}. */
    static final String[] AUTHORED_PAPERS = {"statement", "statements", "release", "letter", "letters", "email",
        "emails", "memo", "report", "filing", "post", "tweet", "note", "message"};

    /**
     * {@code according to a statement from the harbor board}: a source that is a paper ({@link
     * #AUTHORED_PAPERS}) followed by {@code from} or {@code by} and the one who put it out is
     * that whole phrase, so that the source names its author; {@code m} is extended in place.
     */
    static void paperOfItsAuthor(Document d, Mentions.Mention m, int hi) {
        int k = m.last + 1;
        if (m.type != Mentions.DESCRIPTION || k + 1 >= hi || !oneOf(d, m.last, AUTHORED_PAPERS)
                || !(d.t.equalsIgnoreCase(k, "from") || d.t.equalsIgnoreCase(k, "by"))) {
            return;
        }
        Mentions.Mention author = new Mentions.Mention();
        if (d.mentions.subjectAfter(k + 1, hi, author) && author.first == k + 1 && author.type != Mentions.PRONOUN) {
            m.last = author.last;
        }
    }

    /** Forms of {@code report} that credit a clause to the news outlet that carried it. */
    private static final String[] REPORT_FORMS = {"reports", "reported"};

    /**
     * {@code “…,” said Lee, reports the Herald.} and {@code “…,” Lee said, the Herald reported.}:
     * the outlet that a clause closing the sentence credits is the speaker. Looks at token {@code
     * k}, right after a comma.
     */
    private static boolean reportedAfterComma(Document d, FoundQuote q, int k) {
        TokenBuffer t = d.t;
        int hi = Math.min(t.size(), k + REPORTED_BY_WORDS);
        Mentions.Mention m = new Mentions.Mention();
        if (oneOf(d, k, REPORT_FORMS) && d.mentions.subjectAfter(k + 1, hi, m) && m.type != Mentions.PRONOUN
                && sentenceEndsAfter(d, m.last + 1)) {
            set(d, q, m, k, 1, "trailing-verb");
            return true;
        }
        if (d.mentions.subjectAfter(k, hi, m) && m.type != Mentions.PRONOUN && oneOf(d, m.last + 1, REPORT_FORMS)
                && sentenceEndsAfter(d, m.last + 2)) {
            set(d, q, m, m.last + 1, 1, "trailing-verb");
            return true;
        }
        return false;
    }

    private static final String[] PREPOSITIONS = {"to", "with", "at", "on", "in", "from", "for", "by", "about",
        "of", "against", "toward", "towards", "into", "than", "during", "amid", "among", "near", "across", "throughout",
        "under", "outside", "inside", "behind", "without", "despite", "through", "over", "around", "along", "upon", "within",
        "beyond", "via"};

    /** Whether token {@code i} is a preposition ({@link #PREPOSITIONS}: {@code to}, {@code across}, {@code via} …). */
    static boolean isPreposition(Document d, int i) {
        return oneOf(d, i, PREPOSITIONS);
    }

    /** Whether mention {@code m} is the object of a preposition right before it ({@code talking to the Gazette}). */
    static boolean afterPreposition(Document d, Mentions.Mention m) {
        int p = m.first - 1;
        if (p > 0 && d.mentions.isDeterminer(p)) {
            p--;   // "to the Herald"
        }
        return oneOf(d, p, PREPOSITIONS);
    }

    /** Words opening a clause that sets the scene for the main one: {@code After Smith spoke, …}. */
    private static final String[] SUBORDINATORS = {"after", "when", "while", "as", "although", "though",
        "before", "if", "since", "because", "once", "until", "whereas", "whether", "unless"};

    /**
     * {@code While not all Lee says is true, Kim said it was “…”}: whether token {@code i} lies in
     * a clause opened by a subordinator at the sentence's start (after {@code lo}) that a comma
     * closes before token {@code later}.
     */
    static boolean inOpeningClause(Document d, int lo, int i, int later) {
        if (!oneOf(d, lo + 1, SUBORDINATORS)) {
            return false;
        }
        for (int k = lo + 2; k < later; k++) {
            if (d.t.is(k, ',')) {
                return k > i;
            }
        }
        return false;
    }

    /** Whether mention {@code m} is the subject of a subordinate clause: a subordinator right before it. */
    static boolean subordinate(Document d, Mentions.Mention m) {
        return oneOf(d, m.first - 1, SUBORDINATORS);
    }

    /**
     * {@code … the bridge.” Lee: “…”}: a closing mark after a full stop, then a capital outside quotation, ends a sentence;
     * so it does when a line ends after the mark.
     */
    private static boolean quotationEndsSentence(Document d, int i, int first) {
        TokenBuffer t = d.t;
        if (t.kind(i) != TokenBuffer.QUOTE_MARK || i == 0 || i + 1 >= first || !d.endsSentence(i - 1) || !d.inQuote(i - 1)) {
            return false;
        }
        int k = i + 1;
        if (t.kind(k) == TokenBuffer.LINE_BREAK) {
            k++;
        }
        return k < first && !d.inQuote(k) && t.kind(k) == TokenBuffer.WORD && Character.isUpperCase(t.first(k));
    }

    /** {@code the No. 2 in the party}: whether token {@code i} is the full stop of {@code No.} before a number. */
    static boolean numberSign(Document d, int i) {
        TokenBuffer t = d.t;
        return i > 0 && i + 1 < t.size() && t.is(i, '.') && t.kind(i + 1) == TokenBuffer.NUMBER && t.end(i - 1) == t.start(i)
                && t.length(i - 1) == 2 && d.text.startsWith("No", t.start(i - 1));
    }

    /** The token before the start of the sentence holding token {@code first} (exclusive bound). */
    static int sentenceStart(Document d, int first) {
        TokenBuffer t = d.t;
        int p = d.found.paragraphOf(first);
        int paraFirst = d.found.paraStart[p];
        int parenAt = -1;   // going back: the ')' whose parenthesis is being crossed
        for (int i = first - 1; i >= Math.max(paraFirst, first - MAX_SENTENCE_TOKENS); i--) {
            if (t.is(i, ')')) {
                parenAt = i;
            } else if (t.is(i, '(') || parenAt - i > 10) {
                parenAt = -1;   // "(D-N.Y.)": a full stop inside a short parenthesis ends nothing
            }
            // "Sen. Ann Lee, D-Ore., said": a full stop before a comma closes an abbreviation, not the sentence
            if (d.endsSentence(i) && !d.inQuote(i) && parenAt < 0 && !(t.is(i, '.') && t.is(i + 1, ',')) && !numberSign(d, i)
                    || quotationEndsSentence(d, i, first)) {
                // "… she said.⏎According to …": a line break after the stop (a hard-wrapped line,
                // or a paragraph a single line break ends) is no part of the sentence after it
                return i + 1 < first && t.kind(i + 1) == TokenBuffer.LINE_BREAK ? i + 1 : i;
            }
            if (t.kind(i) == TokenBuffer.PARAGRAPH_BREAK) {
                return i;
            }
        }
        return Math.max(paraFirst, first - MAX_SENTENCE_TOKENS) - 1;
    }

    /**
     * {@code Her letter makes the case plainly: “…”}: a quotation that a colon introduces in the
     * middle of a paragraph, in a sentence with no reporting verb, belongs to the sentence's subject.
     */
    static final class ColonSubject implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int colon = d.firstToken(qi) - 1;
            if (colon < 1 || !t.is(colon, ':') || d.inQuote(colon - 1)) {
                return false;
            }
            if (!d.reportage) {
                return false;
            }
            int lo = sentenceStart(d, colon);
            Mentions.Mention m = new Mentions.Mention();
            if (fromSource(d, colon, lo, m)) {
                set(d, q, m, -1, 0, "colon-source");   // "From the report: “…”": the source of the excerpt
                q.cueStart = t.start(colon);
                q.cueEnd = t.end(colon);
                return true;
            }
            if (dashCredited(d, colon, lo, m) || hereIs(d, colon, lo, m) || lastClausePronoun(d, lo, colon, m)
                    || sentenceSubject(d, lo + 1, colon, m)) {
                // "Turnout surprised pollsters - Jane Roe: “…”": the name after a dash is credited
                nameAfterThing(d, colon, m);   // "The size of the crowd did not impress Jane Roe: “…”": Roe
                set(d, q, m, -1, 0, "colon-subject");
                q.cueStart = t.start(colon);
                q.cueEnd = t.end(colon);
                return true;
            }
            return false;
        }
    }

    /**
     * {@code The size of the crowd did not impress organizer Jane Roe: “…”}: when the sentence's
     * subject {@code m} is a thing (a description whose head names no speaker), a name that ends
     * right before the colon at {@code colon}, the verb's object and not a preposition's ({@code
     * a motto in Latin:}), is the one who speaks: {@code m} is set to it.
     */
    static void nameAfterThing(Document d, int colon, Mentions.Mention m) {
        if (m.type != Mentions.DESCRIPTION || d.mentions.isSpeakerNoun(m.last) || m.last + 1 >= colon - 1) {
            return;
        }
        Mentions.Mention n = new Mentions.Mention();
        if (d.mentions.mentionEndingAt(colon - 1, m.last + 1, n) && n.type == Mentions.NAME && !afterPreposition(d, n)) {
            m.set(n);
        }
    }

    /** Conjunctions that, after a comma, open a clause of its own with its own subject. */
    private static final String[] CLAUSE_CONJUNCTIONS = {"but", "and", "so", "yet"};

    /**
     * {@code Lee spoke first, but he gave Kim a warning: “…”}: the subject pronoun opening the last
     * clause before the colon at {@code colon}, after a comma (inside the marks of a quotation
     * closing the clause before, or not) and a conjunction, when a lower-case word follows it. That
     * clause's subject, not the sentence's, is the one who speaks. Sets {@code m} to it.
     */
    static boolean lastClausePronoun(Document d, int lo, int colon, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int k = colon - 2; k > lo; k--) {
            int c = k - 1 > lo && t.kind(k - 1) == TokenBuffer.QUOTE_MARK ? k - 2 : k - 1;   // “…,” but he
            boolean opens = c > lo && t.is(c, ',') && oneOf(d, k, CLAUSE_CONJUNCTIONS) && !d.inQuote(k);
            if (!opens) {
                continue;
            }
            int p = k + 1;
            if (oneOf(d, p, SUBJECT_PRONOUNS) && p + 1 < colon && t.kind(p + 1) == TokenBuffer.WORD
                    && Character.isLowerCase(t.first(p + 1))) {
                m.first = p;
                m.last = p;
                m.type = Mentions.PRONOUN;
                return true;
            }
            return false;   // the last clause opens with no pronoun: the sentence's subject, as before
        }
        return false;
    }

    /** The forms of {@code here is} that open a sentence presenting a speaker. */
    private static final String[] HERE_IS = {"here’s", "here's"};

    /**
     * {@code Here's Jane Roe on the vote: “…”}, {@code Here is Roe in 2012: “…”}: whether the
     * sentence before the colon at {@code colon} opens with {@code here is} and a name, who is
     * presented as speaking. Sets {@code m} to the name.
     */
    static boolean hereIs(Document d, int colon, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int i = lo + 1;
        while (i < colon && t.kind(i) == TokenBuffer.LINE_BREAK) {
            i++;   // a line broken inside the paragraph
        }
        if (i + 1 >= colon) {
            return false;
        }
        if (oneOf(d, i, HERE_IS)) {
            i++;
        } else if (t.equalsIgnoreCase(i, "here") && t.equalsIgnoreCase(i + 1, "is")) {
            i += 2;
        } else {
            return false;
        }
        return d.mentions.subjectAfter(i, colon, m) && m.type == Mentions.NAME;
    }

    /**
     * {@code From the audit: “…”}, {@code More from Roe and Kent: “…”}: whether {@code from} (or
     * {@code more from}) opens the sentence, or the words after a dash, and a mention (or two names
     * joined by {@code and}) runs from it to the colon at {@code colon}, naming the source the
     * quotation after it is taken from. Sets {@code m} to it.
     */
    static boolean fromSource(Document d, int colon, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (colon - 1 <= lo + 1 || !d.mentions.mentionEndingAt(colon - 1, lo, m)) {
            return false;
        }
        Mentions.Mention other = new Mentions.Mention();
        if (m.type == Mentions.NAME && m.first - 2 > lo && t.equalsIgnoreCase(m.first - 1, "and")
                && d.mentions.mentionEndingAt(m.first - 2, lo, other) && other.type == Mentions.NAME) {
            m.first = other.first;   // "More from Roe and Kent:"
        }
        int f = m.first - 1;
        if (f <= lo || !t.equalsIgnoreCase(f, "from")) {
            return false;
        }
        int before = f - 1;
        if (before > lo && t.equalsIgnoreCase(before, "more")) {
            before--;
        }
        return before == lo || t.kind(before) == TokenBuffer.DASH;
    }

    /**
     * {@code Turnout surprised pollsters - Jane Roe and Tom Kent: “…”}: whether a name, or two
     * joined by {@code and}, stands between a dash and the colon at {@code colon}, crediting the
     * quotation after it. Sets {@code m} to the names.
     */
    static boolean dashCredited(Document d, int colon, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (colon - 1 <= lo || !d.mentions.mentionEndingAt(colon - 1, lo, m) || m.type != Mentions.NAME) {
            return false;
        }
        Mentions.Mention other = new Mentions.Mention();
        if (m.first - 2 > lo && t.equalsIgnoreCase(m.first - 1, "and") && d.mentions.mentionEndingAt(m.first - 2, lo, other)
                && other.type == Mentions.NAME) {
            m.first = other.first;
        }
        return m.first > lo + 1 && t.kind(m.first - 1) == TokenBuffer.DASH;
    }

    /**
     * {@code Trump: “…”}: a name right before a colon that introduces the quotation; not a noun
     * that labels the line ({@code Moral: “…”}, {@code Note: “…”}; {@code label-nouns.txt}).
     */
    static final class ColonLabel implements SpeakerLinker.Sieve {
        /** Nouns that label what follows a colon, no one who speaks: {@code moral}, {@code note}, {@code translation}. */
        private static final WordSet LABEL_NOUNS = Lexicons.words("label-nouns.txt");
        /** Tokens at most inside a parenthesis between the name and its colon. */
        private static final int LABEL_PARENTHESIS_TOKENS = 8;

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
            int end = colon - 1;
            if (d.t.is(end, ')')) {
                int k = end - 1;   // "Rep. Ann Lee (R-Ohio): “…”": a party and state after the name
                while (k > lo && !d.t.is(k, '(') && end - k <= LABEL_PARENTHESIS_TOKENS) {
                    k--;
                }
                end = k > lo && d.t.is(k, '(') ? k - 1 : end;
            }
            if (!d.mentions.mentionEndingAt(end, lo, m) || m.type != Mentions.NAME || m.first != lo + 1) {
                return false;
            }
            if (m.first == m.last && LABEL_NOUNS.contains(d.text, d.t.start(m.last), d.t.end(m.last))) {
                d.settle(qi);   // "Moral: “…”": a line the label sets apart, no one's turn
                return false;
            }
            set(d, q, m, -1, 0, "colon-label");
            q.cueStart = d.t.start(colon);
            q.cueEnd = d.t.end(colon);
            return true;
        }
    }

    /**
     * {@code Smith told the crowd:} then, as the next paragraph, the quotation: the sentence that
     * ends the paragraph before with a colon introduces it; so does one that ends with its
     * reporting verb and a comma ({@code Anne, looking up, exclaimed,}).
     */
    static final class ColonParagraph implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            if (d.firstInParagraph(qi) != qi || !d.opensParagraph(qi)) {
                return false;   // narration before it in its paragraph (checked once a paragraph: linear)
            }
            int ps = d.found.paraStart[q.paragraph];
            int colon = ps - 1;
            while (colon >= 0 && t.isBreak(colon)) {
                colon--;
            }
            // "Anne, looking up, exclaimed," then the quotation: a comma ends the paragraph right after its verb.
            boolean comma = colon >= 1 && t.is(colon, ',');
            if (colon < 1 || !t.is(colon, ':') && !comma || d.inQuote(colon - 1) || q.start - t.end(colon) > d.maxDistance) {
                return false;
            }
            int lo = sentenceStart(d, colon);
            Mentions.Mention m = new Mentions.Mention();
            for (int i = colon - 1; i > lo; i--) {
                if (d.inQuote(i)) {
                    break;
                }
                int len = t.kind(i) == TokenBuffer.WORD ? d.verbAt(i) : 0;
                if (len == 0 || i + len > colon) {
                    continue;
                }
                if (comma && i + len != colon) {
                    return false;   // "Anne sang that night, and at dawn,": the verb does not end the paragraph
                }
                if ((participle(d, i) || coordinated(d, i)) && sentenceSubject(d, lo + 1, i, m)
                        || d.mentions.subjectBefore(i, lo, m) && !commonWordAtStart(d, m)) {
                    set(d, q, m, i, len, "colon-paragraph");
                    return true;
                }
                if (invertible(d, i) && d.mentions.subjectAfter(i + len, colon, m) && m.type != Mentions.DESCRIPTION
                        && clauseBreakAfter(d, m.last + 1, colon)) {
                    set(d, q, m, i, len, "colon-paragraph");
                    return true;
                }
            }
            if (!comma && sentenceSubject(d, lo + 1, colon, m)) {
                set(d, q, m, -1, 0, "colon-paragraph");   // "Cruz took the moderators on:"
                q.cueStart = t.start(colon);
                q.cueEnd = t.end(colon);
                return true;
            }
            return false;
        }
    }

    /** Whether quotation {@code qi} ends its paragraph, but for punctuation after it. */
    static boolean endsParagraph(Document d, int qi) {
        TokenBuffer t = d.t;
        int end = d.found.paraEnd[d.quotes.get(qi).paragraph];
        for (int i = d.afterToken(qi); i < end; i++) {
            if (t.kind(i) != TokenBuffer.PUNCTUATION && !t.isBreak(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * In reportage, a paragraph that is a quotation alone goes on with the speaker of the
     * paragraph before ({@code “…,” Smith said.} then {@code “And we will.”}); in dialogue the same
     * layout is the next turn, which the conversation rules handle.
     */
    static final class ReportedContinuation implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            if (!d.reportage || qi == 0 || d.firstInParagraph(qi) != qi || !d.opensParagraph(qi)) {
                return false;
            }
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = d.quotes.get(qi - 1);
            if (prev.paragraph != q.paragraph - 1 || !prev.hasSpeaker() || prev.mixed && !endsParagraph(d, qi - 1)
                    && !(prev.rule.startsWith("trailing-verb") && prev.speakerStart > prev.end)
                    || !(prev.rule.startsWith("trailing-verb") || prev.rule.startsWith("leading-verb")
                    || prev.rule.equals("interrupted") || prev.rule.startsWith("colon-") || prev.rule.equals("according-to")
                    || prev.rule.equals("statement"))) {
                return false;
            }
            if (LineAfterAttribution.asks(d.text, prev) && !LineAfterAttribution.asks(d.text, q) && askedBy(d, prev)) {
                return false;   // “Are you ready?” asked Lee. / “Almost.”: a question put to someone is answered by another
            }
            q.copySpeakerFrom(prev, "reported-continuation");
            return true;
        }
    }

    /** Verbs that put a question to someone, ending the asker's turn: {@code asked}, {@code inquired}. */
    private static final String[] ASKING_VERBS = {"asked", "asks", "inquired", "enquired", "queried", "demanded"};

    /** Whether the cue of quotation {@code q} is a verb of asking ({@link #ASKING_VERBS}). */
    static boolean askedBy(Document d, FoundQuote q) {
        if (q.cueStart < 0) {
            return false;
        }
        int i = d.t.indexAt(q.cueStart);
        return oneOf(d, i, ASKING_VERBS);
    }

    /** The parts of one quotation repaired across a missing mark share a speaker. */
    /** {@code and}, {@code or}: a quotation right after one of them and another quotation is that one's fellow. */
    private static final String[] JOINING = {"and", "or"};

    /**
     * {@code The growers chanted “…” and “…”}: a fragment that {@code and} or {@code or} (with a comma or
     * not) joins right after another quotation of its sentence, which a verb before it attributed, is
     * said by the same speaker with the same cue; the verb's reach stops at the first quotation. In
     * reportage only.
     */
    static final class JoinedFragment implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!d.reportage || !q.mixed || qi == 0) {
                return false;   // in fiction a word of narration after “and” more often leads to a turn of its own
            }
            FoundQuote before = d.quotes.get(qi - 1);
            if (!before.hasSpeaker() || !before.rule.startsWith("leading-verb")) {
                return false;
            }
            TokenBuffer t = d.t;
            int k = d.firstToken(qi) - 1;
            if (k < 0 || !oneOf(d, k, JOINING) || !Character.isLowerCase(t.first(k))) {
                return false;
            }
            if (k - 1 >= 0 && t.is(k - 1, ',')) {
                k--;   // "“…,” and “…”", "“…”, and “…”"
            }
            if (d.afterToken(qi - 1) != k) {
                return false;
            }
            q.copySpeakerFrom(before, "leading-verb-joined");
            return true;
        }
    }

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

    /**
     * In reportage, a fragment in a sentence of its own, apart from the other quotation of its
     * paragraph, that has a subject ({@code Smith called the plan “a mess.” Jones dismissed the
     * critics as “cranks.”}): the sentence's subject speaks, not the paragraph's other speaker.
     * Sets {@code m} to it.
     */
    static boolean ownSubject(Document d, int qi, int other, Mentions.Mention m) {
        FoundQuote q = d.quotes.get(qi);
        if (!q.mixed || !d.reportage) {
            return false;
        }
        int first = d.firstToken(qi);
        int lo = sentenceStart(d, first);
        if (other < qi) {
            if (endsWithStop(d, d.quotes.get(other))) {
                lo = Math.max(lo, d.afterToken(other) - 1);   // “… server.” The agency declined …
            } else if (sentenceStart(d, d.firstToken(other)) == lo) {
                return false;   // the other quotation is in this sentence
            }
        } else if (!endsWithStop(d, q) && sentenceStart(d, d.firstToken(other)) == lo) {
            return false;
        }
        return sentenceSubject(d, lo + 1, first, m) || clauseSubjectBefore(d, lo, lo + 1, first, m);
    }

    /** Whether the quotation ends with a full stop, question or exclamation mark inside its marks. */
    private static boolean endsWithStop(Document d, FoundQuote q) {
        return q.closeMark > 0 && d.endsSentence(q.closeMark - 1);
    }

    /**
     * {@code her claim that she “never lied”}, {@code Lee’s remark that “…”}, {@code his pledge to
     * be “neutral”}: a fragment in the clause after a noun for something said and its {@code that},
     * {@code to} or {@code of} belongs to the noun's owner, a possessive he/she/they pronoun or a
     * name ending in {@code ’s}.
     */
    static final class SayingNounOwner implements SpeakerLinker.Sieve {
        private static final WordSet SAYING_NOUNS = Lexicons.words("saying-nouns.txt");
        /** Tokens looked back over from the quotation for {@code that}. */
        private static final int THAT_WINDOW = 12;
        /** Words at most between the noun and its {@code that}: {@code her claim during the debate that}. */
        private static final int NOUN_TO_THAT = 4;

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!q.mixed) {
                return false;
            }
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int lo = Math.max(sentenceStart(d, first), first - THAT_WINDOW);
            for (int i = first - 1; i > lo; i--) {
                if (d.inQuote(i) || t.kind(i) == TokenBuffer.DASH || t.is(i, ',') && i < first - 1 || t.is(i, ';')
                        || t.is(i, ':') || t.is(i, '(') || t.is(i, ')')) {
                    return false;
                }
                if (t.kind(i) == TokenBuffer.WORD && t.equalsIgnoreCase(i, "that") && Character.isLowerCase(t.first(i))) {
                    return owner(d, q, i);
                }
                if (t.kind(i) == TokenBuffer.WORD && (t.equalsIgnoreCase(i, "to") || t.equalsIgnoreCase(i, "of"))
                        && owner(d, q, i)) {
                    return true;   // "his pledge to be “neutral”", "her promise of “free rides”"
                }
            }
            return false;
        }

        /** The owner of a noun of saying at most a few lower-case words before {@code that} at {@code that}. */
        private static boolean owner(Document d, FoundQuote q, int that) {
            TokenBuffer t = d.t;
            for (int k = that - 1; k > 0 && that - k <= NOUN_TO_THAT; k--) {
                if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k))) {
                    return false;
                }
                if (!SAYING_NOUNS.contains(d.text, t.start(k), t.end(k))) {
                    continue;
                }
                int o = k - 1;
                if (o > 0 && t.kind(o) == TokenBuffer.WORD && Character.isLowerCase(t.first(o))
                        && !d.mentions.isPossessive(o) && !isPossessivePronoun(d, o) && !d.mentions.isFunctionWord(o)) {
                    o--;   // "her earlier claim"
                }
                Mentions.Mention m = new Mentions.Mention();
                if (isPossessivePronoun(d, o)) {
                    m.first = o;
                    m.last = o;
                    m.type = Mentions.PRONOUN;
                } else if (d.mentions.isPossessive(o) && d.mentions.isNameWord(o)) {
                    int f = o;
                    while (f - 1 >= 0 && d.mentions.isNameWord(f - 1) && o - f < 4) {
                        f--;
                    }
                    m.first = f;
                    m.last = o;
                    m.type = Mentions.NAME;
                } else {
                    return false;
                }
                set(d, q, m, -1, 0, "saying-noun-owner");
                return true;
            }
            return false;
        }
    }

    /** Pronouns that own the noun after them: {@code his answer}, {@code their claim}. */
    private static final String[] POSSESSIVE_PRONOUNS = {"his", "her", "their"};

    /** Whether token {@code i} is a possessive he/she/they pronoun: {@code his}, {@code her}, {@code their}. */
    static boolean isPossessivePronoun(Document d, int i) {
        return oneOf(d, i, POSSESSIVE_PRONOUNS);
    }

    /** Words at least in a whole quotation that the subject of its sentence may be given in news. */
    static final int MIN_WHOLE_QUOTATION_WORDS = 3;

    /** The words in quotation {@code qi}, counted up to {@code max} at most. */
    static int wordsIn(Document d, int qi, int max) {
        int words = 0;
        for (int i = d.firstToken(qi); i < d.afterToken(qi) && words < max; i++) {
            if (d.t.kind(i) == TokenBuffer.WORD) {
                words++;
            }
        }
        return words;
    }

    /**
     * {@code Critics have long branded the plan “a tax on work.”}: a fragment with no reporting verb
     * belongs to the subject of its sentence, when that is a name, a pronoun or a description of
     * people. In news, so does a whole quotation that ends the sentence of a subject and a verb
     * that no list knows ({@code The group's flyer promises, “Lower rents for all.”}).
     */
    static final class FragmentSubject implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!q.mixed && (!d.reportage || wordsIn(d, qi, MIN_WHOLE_QUOTATION_WORDS) < MIN_WHOLE_QUOTATION_WORDS)) {
                return false;   // a word or two with no verb to report them name a thing more often than they quote
            }
            int first = d.firstToken(qi);
            int lo = sentenceStart(d, first);
            Mentions.Mention m = new Mentions.Mention();
            // In dialogue a fragment's sentence is narration whose subject is seldom a speaker
            // ("The shower was heavy, and the “Oh!” that burst forth …"): only a name will do there.
            if (sentenceSubject(d, lo + 1, first, m) && (d.reportage || m.type == Mentions.NAME)) {
                if (d.reportage && q.mixed) {
                    clauseSubjectBefore(d, lo, m.last + 1, first, m);   // "X calls him “…” while Y calls him “…”": Y
                }
                set(d, q, m, -1, 0, "fragment-subject");
                return true;
            }
            if (d.reportage && q.mixed && participleOpening(d, lo, qi, m)) {
                set(d, q, m, -1, 0, "fragment-subject");   // "After saying the plan was “…,” she left"
                return true;
            }
            return false;
        }
    }

    /** Words right before {@code asked} that leave the one who asks unnamed: {@code when asked}, {@code was asked}. */
    private static final String[] UNNAMED_ASKER_WORDS = {"when", "after", "once", "if", "before", "was", "were", "is", "are", "been", "being"};

    /**
     * {@code Asked if the fare rise was “fair,” the driver shrugged}: a quotation inside a question
     * put to someone ({@code asked} opening its sentence, or after {@code when} or a form of
     * {@code be}), with no comma, colon or dash between them but the one right after {@code asked}
     * ({@code She was asked, “Why now?”}), quotes the one who asks rather than the one answering: the one
     * named after {@code by} ({@code Asked by Ann Lee whether …}), or else nobody the text names,
     * and no later rule gives it a speaker.
     */
    static final class AskedQuestion implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            if (!d.reportage) {
                return false;
            }
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int lo = sentenceStart(d, first);
            int from = first - 1;
            if (from - 1 > lo && (t.is(from, ',') || t.is(from, ':')) && t.equalsIgnoreCase(from - 1, "asked")) {
                from--;   // "He was asked, “…?”": the question itself
            }
            for (int k = from; k > lo && first - k <= CLAUSE_TOKENS; k--) {
                if (d.inQuote(k)) {
                    continue;
                }
                if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || t.kind(k) == TokenBuffer.DASH || t.isBreak(k)) {
                    return false;   // the question closed before the quotation
                }
                if (t.kind(k) == TokenBuffer.WORD && t.equalsIgnoreCase(k, "asked")) {
                    if (k - 1 > lo && !oneOf(d, k - 1, UNNAMED_ASKER_WORDS)) {
                        return false;   // "She asked whether …": the one asking is its subject, for the rules after
                    }
                    FoundQuote q = d.quotes.get(qi);
                    Mentions.Mention m = new Mentions.Mention();
                    if (k + 2 < first && t.equalsIgnoreCase(k + 1, "by") && d.mentions.subjectAfter(k + 2, first, m) && m.first == k + 2) {
                        set(d, q, m, k, 1, "asked-question");   // "Asked by Ann Lee whether …": she asks
                        return true;
                    }
                    q.rule = "asked-question";
                    d.settle(qi);
                    return true;
                }
                if (d.verbAt(k) > 0) {
                    return false;   // "Asked why, Lee said the plan was “…”": the quotation is in the answer
                }
            }
            return false;
        }
    }

    /** Words that open a clause of their own inside a sentence, its subject right after them. */
    private static final String[] INNER_CLAUSE_OPENERS = {"while", "whereas", "where", "when", "although", "though", "because", "why",
        "after", "before", "since", "once", "until", "unless", "if"};
    /** Prepositions before {@code which} that open a relative clause with its own subject: {@code in which Lee said}. */
    private static final String[] RELATIVE_PREPOSITIONS = {"in", "during", "at", "on"};
    /** Tokens looked back at most from a fragment for the clause it stands in. */
    private static final int CLAUSE_TOKENS = 30;

    /**
     * {@code Ross calls the plan “a start,” while Lee calls it “a sham.”}: the subject of the clause
     * that a fragment at token {@code first} stands in, when a word opening a clause of its own
     * ({@code while}, {@code where}, {@code why}, {@code in which}) comes after token {@code from} and right
     * before that subject, and no comma, colon, dash or full stop outside quotation marks closes
     * the clause before the fragment; or the relative {@code who} that opens it, or the he or she
     * right after that {@code who} ({@code Ross, who she called “…”}). The sentence starts after
     * token {@code lo}. Sets {@code m} to it and returns true; else leaves {@code m}.
     */
    static boolean clauseSubjectBefore(Document d, int lo, int from, int first, Mentions.Mention m) {
        TokenBuffer t = d.t;
        for (int k = first - 1; k >= from && first - k <= CLAUSE_TOKENS; k--) {
            if (d.inQuote(k)) {
                continue;
            }
            if (t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k))
                    && (oneOf(d, k, INNER_CLAUSE_OPENERS) || t.equalsIgnoreCase(k, "as")
                    || t.equalsIgnoreCase(k, "which") && k - 1 >= from && oneOf(d, k - 1, RELATIVE_PREPOSITIONS))) {
                Mentions.Mention c = new Mentions.Mention();
                boolean found = k + 1 < first && d.mentions.subjectAfter(k + 1, first, c) && c.first == k + 1 && c.last + 1 < first
                        && !commonWordAtStart(d, c) && t.kind(c.last + 1) == TokenBuffer.WORD && !d.inQuote(c.last + 1)
                        && Character.isLowerCase(t.first(c.last + 1)) && !d.mentions.isFunctionWord(c.last + 1)
                        && (c.type != Mentions.PRONOUN || d.pronounGender(c.first) != Lexicon.ANY);
                if (t.equalsIgnoreCase(k, "as") && !(found && (c.type == Mentions.NAME || c.type == Mentions.PRONOUN))) {
                    continue;   // "casts the plan as a “…”": as a preposition, opening no clause
                }
                if (found) {
                    m.set(c);
                }
                return found;
            }
            if (d.mentions.isRelative(k) && k + 2 < first && t.kind(k + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(k + 1))
                    && (!d.mentions.isFunctionWord(k + 1) || d.mentions.isVerbFiller(k + 1) || d.pronounGender(k + 1) != Lexicon.ANY)) {
                Mentions.Mention a = new Mentions.Mention();
                if (!d.mentions.antecedent(k, lo, a) || a.type != Mentions.NAME && !t.is(k - 1, ',')) {
                    return false;   // "wondered who pays": a question, not a relative clause
                }
                boolean pronoun = d.pronounGender(k + 1) != Lexicon.ANY;
                if (pronoun && (t.kind(k + 2) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k + 2)))) {
                    return false;
                }
                m.first = pronoun ? k + 1 : k;   // "Ross, who has long called the plan “a sham,”": who, standing for Ross
                m.last = m.first;
                m.type = pronoun ? Mentions.PRONOUN : a.type;
                return true;
            }
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || t.kind(k) == TokenBuffer.DASH || t.isBreak(k) || d.endsSentence(k)) {
                return false;
            }
        }
        return false;
    }

    /** Words that may open a phrase of an -ing form set before the main clause: {@code After saying …, she}. */
    private static final String[] ING_OPENERS = {"after", "before", "while", "in", "by", "when", "since", "upon", "on"};

    /**
     * {@code After calling the plan “a mess,” Lee left.}: whether quotation {@code qi} ends a phrase
     * of an -ing form that opens its sentence (after {@code lo}), which the first comma closes right
     * after the quotation; the -ing form's subject, and so the speaker, is the main clause's
     * subject right after that comma, a lower-case word after it. Sets {@code m} to it.
     */
    static boolean participleOpening(Document d, int lo, int qi, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int first = d.firstToken(qi);
        int ing = oneOf(d, lo + 1, ING_OPENERS) ? lo + 2 : lo + 1;
        if (ing >= first || t.kind(ing) != TokenBuffer.WORD || t.length(ing) < 5
                || !d.text.regionMatches(true, t.end(ing) - 3, "ing", 0, 3)) {
            return false;
        }
        for (int k = ing + 1; k < first; k++) {
            if (t.is(k, ',') && !d.inQuote(k)) {
                return false;   // the phrase closed before the quotation
            }
        }
        FoundQuote q = d.quotes.get(qi);
        int k = d.afterToken(qi);
        boolean comma = q.closeMark > 0 && t.is(q.closeMark - 1, ',');
        if (!comma && k < t.size() && t.is(k, ',')) {
            comma = true;
            k++;
        }
        if (!comma || !d.mentions.subjectAfter(k, Math.min(t.size(), k + 10), m) || m.first != k) {
            return false;
        }
        int v = m.last + 1;
        return v < t.size() && t.kind(v) == TokenBuffer.WORD && Character.isLowerCase(t.first(v));
    }

    /**
     * {@code Smith, who mused in a debate that the plan was “doomed,” …}: a fragment no other rule
     * placed goes to the nearest person before it in its sentence who is the subject of a clause
     * (a name or a he/she pronoun with a lower-case word after it).
     */
    static final class NearestSubject implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!q.mixed) {
                return false;
            }
            TokenBuffer t = d.t;
            int first = d.firstToken(qi);
            int lo = sentenceStart(d, first);
            for (int i = first - 2; i > lo; i--) {
                if (d.inQuote(i)) {
                    return false;
                }
                if (t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i + 1)) && !t.is(i + 1, ',')) {
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                if (d.mentions.mentionEndingAt(i, lo, m) && !afterPreposition(d, m) && !commonWordAtStart(d, m)
                        && !(d.reportage && d.mentions.isPossessive(m.last) && m.type != Mentions.PRONOUN)   // "Lee's plan was": in news the owner is not the subject; "she's" is
                        && !afterVerb(d, m.first - 1)   // "telling Lee that", "praising Lee as": an object
                        && (m.type == Mentions.NAME && d.names.isKnownName(m.last)
                        || m.type == Mentions.PRONOUN && d.pronounGender(m.first) != Lexicon.ANY)) {
                    set(d, q, m, -1, 0, "nearest-subject");
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code As Pryce left the stage — “We are not done yet!” — the band played.}: in news, a
     * quotation no rule placed, set off by dashes after a clause whose subject is a person (a known
     * name, he or she, a noun for a speaker), is that person's: the aside gives what they said.
     */
    static final class DashAsideSubject implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            if (!d.reportage || !dashAside(d, qi)) {
                return false;
            }
            int dash = d.firstToken(qi) - 1;
            int lo = sentenceStart(d, dash);
            Mentions.Mention m = new Mentions.Mention();
            int from = oneOf(d, lo + 1, SUBORDINATORS) ? lo + 2 : lo + 1;   // "As Pryce left the stage —": the clause's subject
            if (!d.mentions.subjectAfter(from, dash, m) || m.first != from || !person(d, m)) {
                return false;
            }
            set(d, d.quotes.get(qi), m, -1, 0, "dash-aside");
            return true;
        }
    }

    /** Whether mention {@code m} is a person: a name the text knows, he or she, or a noun for a speaker. */
    static boolean person(Document d, Mentions.Mention m) {
        return m.type == Mentions.NAME && d.names.isKnownName(m.last)
                || m.type == Mentions.PRONOUN && d.pronounGender(m.first) != Lexicon.ANY
                || m.type == Mentions.DESCRIPTION && d.mentions.isSpeakerNoun(m.last);
    }

    /** Tokens at most from a quotation to the end of its sentence for {@link ClosingTag}. */
    private static final int CLOSING_TAG_TOKENS = 60;

    /**
     * {@code “I held the line” through March and into May, she said.}: in news, a quotation that no
     * verb right after it attributes, in a sentence that an attribution after a comma closes (a
     * subject and its reporting verb, or the verb and a name), is that attribution's.
     */
    static final class ClosingTag implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            if (!d.reportage) {
                return false;
            }
            TokenBuffer t = d.t;
            int after = d.afterToken(qi);
            int end = -1;
            int comma = -1;
            for (int i = after; i < Math.min(t.size(), after + CLOSING_TAG_TOKENS); i++) {
                if (d.inQuote(i) || t.kind(i) == TokenBuffer.QUOTE_MARK || t.isBreak(i)) {
                    return false;   // another quotation, or the paragraph ends first
                }
                if (t.is(i, ',')) {
                    comma = i;
                } else if (d.endsSentence(i)) {
                    end = i;
                    break;
                }
            }
            if (end < 0 || comma < 0 || end - comma < 3) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            for (int v = comma + 1; v < end; v++) {
                int len = d.verbAt(v);
                if (len == 0 && v + 1 == end && (d.cls(v) & Document.VERB) != 0 && v - 1 > comma && t.endsWith(v - 1, "s")
                        && !t.endsWith(v - 1, "ss")) {
                    len = 1;   // "…, the tenants say.": a plural before the word ending the tag is its subject, no adjective
                }
                if (len == 0) {
                    continue;
                }
                if (v + len == end && d.mentions.subjectBefore(v, comma, m) && m.first == comma + 1) {
                    set(d, d.quotes.get(qi), m, v, len, "closing-tag");   // "…, she said."
                    return true;
                }
                if (v == comma + 1 && d.mentions.subjectAfter(v + len, end, m) && m.last + 1 == end
                        && m.type != Mentions.PRONOUN) {
                    set(d, d.quotes.get(qi), m, v, len, "closing-tag");   // "…, said Pryce."
                    return true;
                }
                return false;
            }
            return false;
        }
    }

    /**
     * {@code “We will not quit,” Pryce said. But “the fight is far from over.”}: in news, a fragment
     * no other rule placed, in the sentence right after a whole quotation of its paragraph that a tag
     * after it attributes, goes on with that quotation's speaker; so does one right after a sentence
     * whose subject, a person, reports what they said ({@code Pryce has warned that …. Even now, there
     * remains “…”}).
     */
    static final class AfterAttribution implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!d.reportage || !q.mixed) {
                return false;
            }
            TokenBuffer t = d.t;
            int lo = sentenceStart(d, d.firstToken(qi));
            Mentions.Mention m = new Mentions.Mention();
            if (reportingSentenceBefore(d, lo, m)) {
                set(d, q, m, -1, 0, "after-attribution");   // "Lee has warned that …. Even now, there remains “…”"
                return true;
            }
            if (qi == 0) {
                return false;
            }
            FoundQuote prev = d.quotes.get(qi - 1);
            if (prev.mixed || prev.paragraph != q.paragraph || !prev.hasSpeaker() || !prev.rule.startsWith("trailing-verb")
                    || prev.speakerStart < prev.end) {
                return false;
            }
            int after = d.afterToken(qi - 1);
            if (lo < after) {
                return false;   // the tag's own sentence
            }
            for (int i = after; i < lo; i++) {
                if (d.endsSentence(i) && !d.inQuote(i) || t.kind(i) == TokenBuffer.PARAGRAPH_BREAK) {
                    return false;   // “…,” Pryce said. The vote is in May. Its “…”: narration between
                }
            }
            q.copySpeakerFrom(prev, "after-attribution");
            return true;
        }

        /**
         * Whether the sentence ending at token {@code end}, in the same paragraph and with no
         * quotation in it, opens with a person (a name, he or she, or a noun for a speaker) and a
         * reporting verb: {@code Lee warned on Monday that the plan would fail.} Sets {@code m} to that person.
         */
        private static boolean reportingSentenceBefore(Document d, int end, Mentions.Mention m) {
            TokenBuffer t = d.t;
            if (end <= 0 || !d.endsSentence(end) || d.inQuote(end)) {
                return false;
            }
            int from = sentenceStart(d, end);
            for (int k = from + 1; k < end; k++) {
                if (d.inQuote(k)) {
                    return false;
                }
            }
            if (!sentenceSubject(d, from + 1, end, m) || !person(d, m)) {
                return false;   // "Pilgrims requested a ferry.": a capitalized word the text knows as no name
            }
            int v = m.last + 1;
            while (v < end && d.mentions.isVerbFiller(v)) {
                v++;
            }
            return v < end && d.verbAt(v) > 0;
        }
    }

    /** Words in capitals at least in a headline that credits the excerpt after it. */
    static final int HEADLINE_WORDS = 3;
    /** Tokens looked back over at most for the headline. */
    private static final int HEADLINE_TOKENS = 30;

    /**
     * {@code CITY BUDGET FALLS SHORT “The council found a gap of …” [Gazette.]}: in a digest of the
     * day's stories, an excerpt right after a headline in capitals, which opens its paragraph, is
     * credited to that headline.
     */
    static final class HeadlineCredit implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            TokenBuffer t = d.t;
            int last = d.firstToken(qi) - 1;
            if (!d.reportage || last < 0 || t.kind(last) != TokenBuffer.WORD) {
                return false;   // "AT DAWN TOM KENT, “half awake,” …": a story's opening words set in capitals
            }
            int paraFirst = d.found.paraStart[d.quotes.get(qi).paragraph];
            int words = 0;
            int k = last;
            for (; k >= paraFirst && last - k < HEADLINE_TOKENS; k--) {
                int kind = t.kind(k);
                if (kind == TokenBuffer.WORD) {
                    if (!allCapitals(d, k)) {
                        return false;
                    }
                    words += t.length(k) > 1 ? 1 : 0;
                } else if (kind == TokenBuffer.PARAGRAPH_BREAK || kind == TokenBuffer.LINE_BREAK) {
                    break;
                } else if (kind != TokenBuffer.NUMBER && !t.is(k, ':') && !t.is(k, ',') && kind != TokenBuffer.DASH
                        && kind != TokenBuffer.QUOTE_MARK) {
                    return false;   // a full stop or a bracket: the capitals end a sentence, they open no paragraph
                }
            }
            if (k >= paraFirst && last - k >= HEADLINE_TOKENS || words < HEADLINE_WORDS || d.inQuote(last)) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            m.first = k + 1;
            m.last = last;
            m.type = Mentions.DESCRIPTION;
            set(d, d.quotes.get(qi), m, -1, 0, "headline");
            return true;
        }

        /** Whether word {@code k} has letters, all of them capitals. */
        private static boolean allCapitals(Document d, int k) {
            boolean letter = false;
            for (int c = d.t.start(k); c < d.t.end(k); c++) {
                char ch = d.text.charAt(c);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letter |= Character.isLetter(ch);
            }
            return letter;
        }
    }

    /** Whether token {@code p} is a lower-case verb (a reporting verb, or a word in -ing or -ed) that a mention after it is the object of. */
    static boolean afterVerb(Document d, int p) {
        TokenBuffer t = d.t;
        if (p < 0 || t.kind(p) != TokenBuffer.WORD || !Character.isLowerCase(t.first(p))) {
            return false;
        }
        return (d.cls(p) & Document.VERB) != 0 || t.length(p) > 4 && (t.endsWith(p, "ing") || t.endsWith(p, "ed"));
    }

    /**
     * {@code “Yes.” He looked away. “Not now.”}: once dialogue or narration has given a paragraph's
     * earlier quotation its speaker (turn-taking, a vocative, the subject of the narration before
     * it), a later unattributed one in the paragraph is the same person's, unless it cuts in on
     * the earlier one broken off ({@link CutIn}). Runs after the conversation sieve, since the
     * same-paragraph sieve ran before the narration ones.
     */
    static final class SameParagraphAfterTurns implements SpeakerLinker.Sieve {
        private static final CutIn CUT_IN = new CutIn();

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            for (int k = qi - 1; k >= Math.max(0, qi - NEIGHBOURS) && d.quotes.get(k).paragraph == q.paragraph; k--) {
                FoundQuote o = d.quotes.get(k);
                if (!o.hasSpeaker()) {
                    continue;
                }
                if (!fromTurnsOrNarration(o.rule) || q.mixed && !o.mixed) {
                    return false;
                }
                if (brokenOffBefore(d, k, qi)) {
                    return CUT_IN.apply(d, qi);   // “All I know is —” “Enough!”: someone cut in
                }
                q.copySpeakerFrom(o, "same-paragraph");
                return true;
            }
            return false;
        }

        private static boolean fromTurnsOrNarration(String rule) {
            return FROM_TURNS_OR_NARRATION.contains(rule);
        }

        /** The rules {@link #fromTurnsOrNarration} names. */
        private static final Set<String> FROM_TURNS_OR_NARRATION = Set.of("paragraph-subject", "previous-paragraph-subject",
                "turn-taking", "other-participant", "vocative", "addressed-next", "answer-to-addressee", "partner-addressed",
                "goes-on", "beat-after");
    }

    /**
     * Another attributed quotation in the same paragraph: one paragraph, one speaker; but a fragment
     * in a sentence of its own with a subject goes to that subject ("own-subject"), and in news a
     * whole quotation right after a sentence whose subject is he or she goes to that nearer mention
     * of its speaker ("paragraph-subject", see {@link #reportingSentenceSubject}).
     */
    static final class SameParagraph implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote best = null;
            int bestIndex = -1;
            for (int k = qi - 1; k >= Math.max(0, qi - NEIGHBOURS) && d.quotes.get(k).paragraph == q.paragraph; k--) {
                FoundQuote o = d.quotes.get(k);
                if (o.hasSpeaker() && !o.rule.equals("same-paragraph")) {
                    best = o;
                    bestIndex = k;
                    break;
                }
            }
            if (best == null) {
                for (int k = qi + 1; k < Math.min(d.quotes.size(), qi + NEIGHBOURS) && d.quotes.get(k).paragraph == q.paragraph; k++) {
                    FoundQuote o = d.quotes.get(k);
                    if (o.hasSpeaker()) {
                        if (!d.reportage && o.rule.startsWith("leading-verb")) {
                            return false;   // in dialogue, “Oh!” Then Tom said: “Come.”: the verb introduces someone new
                        }
                        best = o;
                        bestIndex = k;
                        break;
                    }
                }
            }
            if (best == null || q.mixed != best.mixed && q.mixed
                    || brokenOffBefore(d, Math.min(qi, bestIndex), Math.max(qi, bestIndex))) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            if (ownSubject(d, qi, bestIndex, m)) {
                set(d, q, m, -1, 0, "own-subject");
                return true;
            }
            if (d.reportage && !q.mixed && reportingSentenceSubject(d, d.firstToken(qi), d.found.paraStart[q.paragraph] - 1, m)
                    && m.type == Mentions.PRONOUN) {
                set(d, q, m, -1, 0, "paragraph-subject");
                return true;
            }
            if (!d.reportage && !q.mixed && bestIndex < qi && newcomerBefore(d, qi, bestIndex, m)) {
                set(d, q, m, -1, 0, "paragraph-subject");
                return true;
            }
            q.copySpeakerFrom(best, "same-paragraph");
            return true;
        }
    }

    /**
     * {@code The warden locked the gate. “Closed,” he said. A pedlar with a sack walked up. “Too
     * late?”}: whether the sentence right before quotation {@code qi}, after quotation {@code other}
     * of its paragraph, has someone new for its subject, a description opened by {@code a} or
     * {@code an}: they speak, rather than the earlier speaker. The subject into {@code m}.
     */
    static boolean newcomerBefore(Document d, int qi, int other, Mentions.Mention m) {
        int stop = d.firstToken(qi) - 1;
        if (stop <= d.afterToken(other) || !d.endsSentence(stop) || d.inQuote(stop)) {
            return false;
        }
        int lo = sentenceStart(d, stop);
        if (lo < d.afterToken(other) - 1 || !sentenceSubject(d, lo + 1, stop, m) || m.type != Mentions.DESCRIPTION) {
            return false;
        }
        int det = d.t.kind(m.first) == TokenBuffer.WORD && Character.isLowerCase(d.t.first(m.first)) && m.first > lo + 1 ? m.first - 1 : m.first;
        return d.t.equalsIgnoreCase(det, "a") || d.t.equalsIgnoreCase(det, "an");
    }

    /** Words at most of a bare beat of narration on a line of its own: {@code Ann laughed softly.} */
    private static final int MAX_BEAT_WORDS = 3;

    /** Words a line may open with before the verb that attributes the quotation above it: {@code He then quietly said.} */
    private static final int NEXT_LINE_WORDS = 4;

    /**
     * {@code “Not yet!”} / {@code Ann answered.}: in a text written one sentence to a line, a
     * quotation ending its line is attributed by a next line that opens with its subject and a
     * reporting verb, the clause ending soon after: a sentence splitter cut it after the mark.
     */
    static final class NextLineAttribution implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            TokenBuffer t = d.t;
            int i = d.afterToken(qi);
            if (!d.sentencePerLine || q.mixed || i >= t.size() || !t.isBreak(i)) {
                return false;
            }
            while (i < t.size() && t.isBreak(i)) {
                i++;
            }
            for (int k = i + 1; k < Math.min(t.size(), i + NEXT_LINE_WORDS + 1) && t.kind(k) == TokenBuffer.WORD; k++) {
                int len = d.verbAt(k);
                if (len == 0) {
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                if (!d.mentions.subjectBefore(k, i - 1, m) || m.first != i || !endsRightAfter(d, k + len)
                        || quotationOnLine(d, k + len) || otherBeatBefore(d, qi, i)) {
                    return false;
                }
                set(d, q, m, k, len, "next-line-attribution");
                return true;
            }
            return false;
        }

        /**
         * Whether the clause ends at token {@code i}, or after one word such as {@code quietly},
         * {@code then}, {@code again} ({@code He laughed for a while.} tells no speech).
         */
        private static boolean endsRightAfter(Document d, int i) {
            TokenBuffer t = d.t;
            if (i < t.size() && t.kind(i) == TokenBuffer.WORD) {
                boolean adverb = t.length(i) > 3 && t.endsWith(i, "ly") || t.equalsIgnoreCase(i, "then")
                        || t.equalsIgnoreCase(i, "again");
                if (!adverb) {
                    return false;
                }
                i++;
            }
            return i >= t.size() || t.kind(i) == TokenBuffer.PUNCTUATION && (d.endsSentence(i) || t.is(i, ',') || t.is(i, ';'));
        }

        /**
         * {@code Ann laughed.} / {@code “You came after all!”} / {@code Tom nodded.}: whether the
         * line right before quotation {@code qi} is a bare beat of narration, a one-word name and
         * a verb with at most one word more ({@code Ann laughed softly.}), whose subject is not the
         * word at token {@code subject} opening the line after it: the beat before is that of the
         * one who speaks, and the line after the next one's.
         */
        private static boolean otherBeatBefore(Document d, int qi, int subject) {
            TokenBuffer t = d.t;
            int b = d.firstToken(qi) - 1;
            if (b < 1 || !t.isBreak(b) || !d.endsSentence(b - 1) || !t.is(b - 1, '.')) {
                return false;
            }
            int words = 0;
            int k = b - 2;
            for (; k >= 0 && !t.isBreak(k) && words <= MAX_BEAT_WORDS; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                words++;
            }
            int first = k + 1;
            if (words < 2 || words > MAX_BEAT_WORDS || k >= 0 && !t.isBreak(k) || !t.isCapitalized(first)
                    || !d.mentions.isNameWord(first)) {
                // "He laughed." / “Fine!” / "I answered.": a pronoun's beat may close the turn before
                return false;
            }
            return !t.equalsIgnoreCase(first, subject);
        }

        /** Whether a quotation opens on the line from token {@code i} on: the verb is its own. */
        private static boolean quotationOnLine(Document d, int i) {
            for (int k = i; k < d.t.size() && !d.t.isBreak(k); k++) {
                if (d.t.kind(k) == TokenBuffer.QUOTE_MARK) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code “Hush!” said Tom.} / {@code “They will hear.”}: in a text written one sentence to a
     * line, a quotation that fills its line (or is followed there only by a sentence of narration,
     * {@code “They will hear.” He bolted the gate.}), right after a line where an attributed
     * quotation is followed by narration (its attribution, or what its speaker does), goes on in
     * that speaker's paragraph: the same speaker.
     */
    static final class LineAfterAttribution implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (!d.sentencePerLine || q.mixed || qi == 0 || !opensLine(d.text, q)) {
                return false;
            }
            boolean fills = fillsLine(d.text, q);
            if (!fills && !narrationAfterOnLine(d.text, q)) {
                return false;
            }
            FoundQuote prev = d.quotes.get(qi - 1);
            if (!prev.hasSpeaker() || !fills && otherSubjectAfter(d, qi, prev)) {
                return false;   // “Why?” Ann stared at him.: the narration after it names who asks
            }
            int breaks = breaksBetween(d.text, prev.end, q.start);
            boolean narrationAfter = breaks >= 1 && !d.text.substring(prev.end, d.text.indexOf('\n', prev.end)).isBlank();
            if (!(breaks == 1 && narrationAfter || breaks == 2 && !narrationAfter && attributionLineAfter(d.text, prev))) {
                return false;   // no narration after the quotation before on its line, nor its attribution on the next: a new turn
            }
            if (asks(d.text, prev) || answers(d, qi) || otherActsAfter(d, qi - 1)) {
                return false;   // “Who is there?” asked Tom. / “Only me.”: a question is answered by another
            }
            q.copySpeakerFrom(prev, "line-after-attribution");
            return true;
        }

        /**
         * {@code “Stop!”} / {@code said Tom, frowning.}: whether the cue that attributes quotation
         * {@code q} stands on the line after the one it ends, which opens in lower case: the rest of
         * a sentence split after the mark ({@code I answered.} on a line of its own may be a reply).
         */
        static boolean attributionLineAfter(String text, FoundQuote q) {
            int lineStart = text.indexOf('\n', q.end) + 1;
            int lineEnd = lineStart == 0 ? -1 : text.indexOf('\n', lineStart);
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            return lineEnd >= 0 && q.cueStart >= lineStart && q.cueEnd <= lineEnd && Character.isLowerCase(text.charAt(first));
        }

        /** Pronouns that are the subject of a clause and tell a gender. */
        private static final String[] HE_OR_SHE = {"he", "she"};

        /**
         * {@code “Good,” she said as he took her hand.}: whether the narration after quotation
         * {@code k} on its line makes a person of the other gender than its speaker the subject of
         * a clause: someone else acts, and may speak next.
         */
        static boolean otherActsAfter(Document d, int k) {
            FoundQuote q = d.quotes.get(k);
            int gender = d.names.genderOfSpeaker(q);
            if (gender == Lexicon.ANY) {
                return false;
            }
            TokenBuffer t = d.t;
            for (int i = d.afterToken(k); i < t.size() && !t.isBreak(i); i++) {
                if (oneOf(d, i, HE_OR_SHE) && !d.inQuote(i)) {
                    int g = d.pronounGender(i);
                    if (g != Lexicon.ANY && g != gender) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Words that, set off at the start of a turn, answer the one before. */
        private static final String[] ANSWERS = {"oh", "ah", "well", "why", "nonsense", "good", "right", "yes", "no"};

        /**
         * {@code “Come for a walk,” he said.} / {@code “Oh, all right.”}: whether quotation {@code qi}
         * opens with a word of answering set off by punctuation ({@code Oh,}, {@code Well,}, {@code No,},
         * {@code All right.}, {@code Very well!}): it replies to the turn before, another speaker's.
         */
        static boolean answers(Document d, int qi) {
            TokenBuffer t = d.t;
            int i = d.firstToken(qi) + 1;
            int end = d.afterToken(qi);
            if (i + 1 < end && (t.equalsIgnoreCase(i, "all") || t.equalsIgnoreCase(i, "very")) && t.isWordLike(i + 1)) {
                i++;   // "All right", "Very well"
            }
            return i + 1 < end && oneOf(d, i, ANSWERS) && t.kind(i + 1) == TokenBuffer.PUNCTUATION
                    && (t.is(i + 1, ',') || t.is(i + 1, '!') || t.is(i + 1, '.'));
        }

        /** Whether quotation {@code q} ends with a question mark, inside its closing mark. */
        static boolean asks(String text, FoundQuote q) {
            int i = q.end - 1;
            while (i > q.start && (Character.isWhitespace(text.charAt(i)) || Chars.isQuoteMark(text.charAt(i)))) {
                i--;
            }
            return i > q.start && text.charAt(i) == '?';
        }

        /**
         * Whether a sentence of narration alone follows quotation {@code q} on its line: a capital
         * after it, and no other quotation mark up to the line's end (a reply cutting in on the
         * same line is another turn).
         */
        static boolean narrationAfterOnLine(String text, FoundQuote q) {
            int k = q.end;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
                return false;
            }
            for (int j = k; j < text.length() && text.charAt(j) != '\n'; j++) {
                if (Chars.isQuoteMark(text.charAt(j))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the sentence after quotation {@code qi} on its line opens with a name that is not
         * the last word of the name of {@code prev}'s speaker, or with {@code he} or {@code she} of
         * the other gender than that speaker's: someone else acts, who may have spoken.
         */
        static boolean otherSubjectAfter(Document d, int qi, FoundQuote prev) {
            TokenBuffer t = d.t;
            int i = d.afterToken(qi);
            if (i >= t.size() || t.kind(i) != TokenBuffer.WORD) {
                return false;
            }
            if (oneOf(d, i, HE_OR_SHE)) {
                int g = d.pronounGender(i);
                int gender = d.names.genderOfSpeaker(prev);
                return g != Lexicon.ANY && gender != Lexicon.ANY && g != gender;
            }
            if (!d.mentions.isNameWord(i)) {
                return false;
            }
            int k = i;
            while (k + 1 < t.size() && d.mentions.isNameWord(k + 1)) {
                k++;
            }
            return !t.equalsIgnoreCase(k, lastWord(Conversation.name(d, prev)));
        }

        /** Whether only spaces stand between the line break before quotation {@code q} (or the text's start) and it. */
        static boolean opensLine(String text, FoundQuote q) {
            int i = q.start - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n';
        }

        /** Whether only spaces stand between quotation {@code q} and the line breaks around it. */
        static boolean fillsLine(String text, FoundQuote q) {
            int k = q.end;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
                k++;
            }
            return opensLine(text, q) && (k == text.length() || text.charAt(k) == '\n');
        }

        /** The line breaks in {@code text[from, to)}. */
        static int breaksBetween(String text, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Whether, in a text written one sentence to a line, quotation {@code k} breaks off with a dash
     * and quotation {@code j} follows it with nothing between ({@code “If you would only —”
     * “No!”}): someone cut in, another speaker.
     */
    static boolean brokenOffBefore(Document d, int k, int j) {
        if (j != k + 1 || !d.sentencePerLine) {
            return false;   // where paragraphs are kept, a cut-in opens its own, and one paragraph is one speaker's
        }
        FoundQuote a = d.quotes.get(k);
        FoundQuote b = d.quotes.get(j);
        for (int i = a.end; i < b.start; i++) {
            if (!Character.isWhitespace(d.text.charAt(i))) {
                return false;
            }
        }
        int e = a.contentEnd - 1;
        while (e > a.contentStart && Character.isWhitespace(d.text.charAt(e))) {
            e--;
        }
        char c = e >= a.contentStart ? d.text.charAt(e) : ' ';
        return c == '\u2014' || c == '\u2013' || c == '-' && e > a.contentStart && d.text.charAt(e - 1) == '-';
    }

    /**
     * {@code “You must —”} {@code “No, I won’t.”}: a quotation cutting in right after one broken
     * off with a dash is the other speaker's: the one who spoke last before the broken-off turn
     * and is not its speaker.
     */
    static final class CutIn implements SpeakerLinker.Sieve {
        /** Quotations looked back over for the other speaker. */
        private static final int MAX_BACK = 8;

        @Override
        public boolean apply(Document d, int qi) {
            if (qi < 2 || !brokenOffBefore(d, qi - 1, qi) || !d.quotes.get(qi - 1).hasSpeaker()) {
                return false;
            }
            FoundQuote broken = d.quotes.get(qi - 1);
            String brokenName = broken.speakerName != null ? broken.speakerName : d.text.substring(broken.speakerStart, broken.speakerEnd);
            for (int k = qi - 2; k >= Math.max(0, qi - MAX_BACK); k--) {
                FoundQuote o = d.quotes.get(k);
                if (!o.hasSpeaker() || o.group == broken.group) {
                    continue;
                }
                String name = o.speakerName != null ? o.speakerName : d.text.substring(o.speakerStart, o.speakerEnd);
                if (!lastWord(name).equalsIgnoreCase(lastWord(brokenName))) {
                    d.quotes.get(qi).copySpeakerFrom(o, "cut-in");
                    return true;
                }
            }
            return false;
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
            Mentions.Mention m = new Mentions.Mention();
            int first = d.firstToken(qi);
            int lo = d.found.paraStart[q.paragraph] - 1;
            if (!lastNarrationSubject(d, first, lo, m) && !(d.reportage && reportingSentenceSubject(d, first, lo, m))
                    || m.type == Mentions.NAME && (addressesByName(d, qi, m) || namedIn(d, qi, d.t.string(m.last)))) {
                return false;
            }
            set(d, q, m, -1, 0, "paragraph-subject");
            openingTurnBefore(d, qi, m);
            return true;
        }

        /**
         * {@code “Not yet.” Thaddeus tapped the barometer. “Tomorrow, perhaps.”}: the quotation
         * opening the paragraph, before the narration whose subject {@code m} speaks the next one,
         * is that subject's too, unless that subject is a name the quotation calls or holds
         * ({@code “Look, Thaddeus.”}): the narration is a pause in one turn. In a story only:
         * news sets a quotation and the next source's introduction in one paragraph.
         */
        private static void openingTurnBefore(Document d, int qi, Mentions.Mention m) {
            FoundQuote q = d.quotes.get(qi);
            int k = qi - 1;
            if (d.reportage || k < 0 || d.firstInParagraph(qi) != k || d.settled(k)) {
                return;
            }
            FoundQuote before = d.quotes.get(k);
            if (before.hasSpeaker() || before.mixed || before.group == q.group || !opensParagraph(d, k)
                    || m.first < d.afterToken(k)
                    || m.type == Mentions.NAME && (addressesByName(d, k, m) || namedIn(d, k, d.t.string(m.last)))) {
                return;
            }
            before.copySpeakerFrom(q, "paragraph-subject");
        }
    }

    /**
     * {@code “Not yet.” Tamsin put down her pen.}: in a story, a whole quotation opening its
     * paragraph, with no tag, is the subject's of the sentence of narration right after it, when
     * that sentence opens right after the closing mark and its subject is a name, a description of
     * one person or the narrator's {@code I} ({@link #beatSubject}): the beat that follows a line of
     * speech in its paragraph is the speaker's. A he or she there is left to the turns, whose alternation is surer than the
     * pronoun's nearest name, and checked against them once they are known ({@link #overTurn}).
     */
    static final class BeatAfter implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            Mentions.Mention m = new Mentions.Mention();
            if (!beatSubject(d, qi, m) || m.type == Mentions.PRONOUN && !d.t.equalsIgnoreCase(m.first, "i")) {
                return false;
            }
            set(d, d.quotes.get(qi), m, -1, 0, "beat-after");
            return true;
        }

        /**
         * {@code “Is it done?” asked Tibbald.} / {@code “Not yet,” said Wilda.} / {@code “Then hurry.”
         * She put down her pen.}: a turn the alternation gave to someone whose gender is not that of
         * the he or she opening the beat after it ({@link #beatSubject}) is that pronoun's instead.
         * Run after the turns, before their names are resolved.
         */
        static void overTurn(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            Mentions.Mention m = new Mentions.Mention();
            if (!q.rule.equals("turn-taking") || !beatSubject(d, qi, m) || m.type != Mentions.PRONOUN) {
                return;
            }
            int g = d.pronounGender(m.first);
            int turn = d.names.genderOfSpeaker(q);
            if (g != Lexicon.ANY && turn != Lexicon.ANY && turn != g) {
                q.dropSpeaker();
                set(d, q, m, -1, 0, "beat-after");
            }
        }

        /**
         * The subject, into {@code m}, of the sentence of narration right after quotation {@code qi}
         * when the quotation opens its paragraph, closes a sentence inside its marks with no tag after
         * it, and that sentence opens right after the closing mark with a person (a name, a singular
         * pronoun, or a description of one person) that the quotation neither calls nor
         * holds ({@code “Look, Thaddeus.” Thaddeus looked.}). Not in reportage.
         */
        static boolean beatSubject(Document d, int qi, Mentions.Mention m) {
            FoundQuote q = d.quotes.get(qi);
            if (d.reportage || q.mixed || !opensParagraph(d, qi) || d.firstInParagraph(qi) != qi) {
                return false;
            }
            TokenBuffer t = d.t;
            int from = d.afterToken(qi);
            int paraEnd = d.found.paraEnd[q.paragraph];
            if (from >= paraEnd || from == 0 || !closesSentence(d, from - 1) || t.kind(from) != TokenBuffer.WORD || !t.isCapitalized(from)) {
                return false;
            }
            int end = from;
            while (end < paraEnd && !d.inQuote(end) && !d.endsSentence(end)) {
                end++;
            }
            int at = isOpeningConjunction(d, from) && from + 1 < end ? from + 1 : from;   // "Then she set it down."
            return end < paraEnd && !d.inQuote(end) && subjectAt(d, at, end, m)
                    && !(m.type == Mentions.NAME && (addressesByName(d, qi, m) || namedIn(d, qi, t.string(m.last))));
        }

        /** Whether the quotation whose last token is {@code close} ends a sentence inside its marks ({@code “Not yet.”}). */
        private static boolean closesSentence(Document d, int close) {
            int k = close;
            while (k > 0 && d.t.kind(k) == TokenBuffer.QUOTE_MARK) {
                k--;
            }
            return d.t.is(k, '.') || d.t.is(k, '!') || d.t.is(k, '?');
        }
    }

    /**
     * {@code Thaddeus Crump strode indoors; he shivered.} / {@code “Dry your boots, Thaddeus.”}: a turn
     * given to the subject of the narration before it ({@code he}), when that pronoun or
     * description resolves to the person the turn calls by name, is not that person's: the speaker
     * is dropped, for the rules of the turns to decide. Run once names are resolved; a name as
     * subject is checked when the rule runs.
     */
    static void dropAddressedNarrationSubject(Document d, int qi) {
        FoundQuote q = d.quotes.get(qi);
        if (q.hasSpeaker() && q.speakerType != Mentions.NAME && q.speakerName != null
                && (q.rule.equals("previous-paragraph-subject") || q.rule.equals("paragraph-subject"))
                && Conversation.addresses(d, qi, q)) {
            q.dropSpeaker();
        }
    }

    /**
     * {@code Sen. Ann Lee (D-Ore.), who chairs the panel, posted a warning. “…”}: in news, the
     * sentence right before a whole quotation, in its paragraph, introduces it: its subject speaks
     * (a name, {@code he} or {@code she}, or a description of a speaker's role, as {@code the party
     * leader}), when no quotation stands after that subject. Sets {@code m} to that subject; the quotation
     * opens at token {@code first}, the paragraph after token {@code lo}.
     */
    static boolean reportingSentenceSubject(Document d, int first, int lo, Mentions.Mention m) {
        int end = first - 1;
        if (end <= lo || !d.endsSentence(end) || d.inQuote(end)) {
            return false;
        }
        int from = sentenceStart(d, end);
        if (from < lo || !sentenceSubject(d, from + 1, end, m)
                || m.type == Mentions.PRONOUN && d.pronounGender(m.first) == Lexicon.ANY
                || m.type == Mentions.DESCRIPTION && !d.mentions.isSpeakerNoun(m.last)) {
            return false;   // "They sat down.", "The rain went on.": a group or a thing
        }
        for (int k = m.last + 1; k < end; k++) {
            if (d.inQuote(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Anne turned to the window.} / {@code “Can I go?”}: a whole quotation opening its
     * paragraph, right after a paragraph of narration alone, is the subject's of that narration's
     * last sentence, when that is a person; but when that subject answers in the next turn, or
     * when that sentence reports what the subject said ({@code Wilda answered that she could not.},
     * {@link #reportsSpeech}), the one who spoke before the narration goes on ({@link #goesOn}).
     */
    static final class PreviousParagraphNarration implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            int p = q.paragraph;
            if (q.mixed || p == 0 || d.firstInParagraph(qi) != qi || !opensParagraph(d, qi)
                    || qi > 0 && d.quotes.get(qi - 1).paragraph >= p - 1) {
                return false;   // not a quotation opening a paragraph right after narration alone
            }
            int end = d.found.paraEnd[p - 1];
            int lo = d.found.paraStart[p - 1] - 1;
            Mentions.Mention m = new Mentions.Mention();
            if (!lastNarrationSubject(d, end, lo, m) || m.type == Mentions.NAME && (addressesByName(d, qi, m) || namedIn(d, qi, d.t.string(m.last)))
                    || qi > 0 && d.quotes.get(qi - 1).speakerStart == d.t.start(m.first) || keptSilent(d, m, end)) {
                return false;   // the subject that attributes the quotation before ("Ann answered.") is not this one's
            }
            if (!d.reportage && (answersNext(d, qi, m) || reportsSpeech(d, m, end))) {
                return goesOn(d, qi, m);   // in dialogue; in news one source often gives several quotations running
            }
            set(d, q, m, -1, 0, "previous-paragraph-subject");
            return true;
        }

        /**
         * Whether the next turn, in the paragraph right after quotation {@code qi}'s, already has as
         * its speaker (from the rules before this one, as a cue of its own) the very mention
         * {@code m} ({@code Marit} and {@code Marit}, {@code she} and {@code she}): the one the narration
         * names answers there, so that this turn, between, is someone else's.
         */
        private static boolean answersNext(Document d, int qi, Mentions.Mention m) {
            int p = d.quotes.get(qi).paragraph;
            int k = qi + 1;
            while (k < d.quotes.size() && d.quotes.get(k).paragraph == p) {
                k++;
            }
            if (k >= d.quotes.size() || d.quotes.get(k).paragraph != p + 1 || !d.quotes.get(k).hasSpeaker()) {
                return false;
            }
            return spokenBySame(d, d.quotes.get(k), m);
        }

        /** Whether quotation {@code o}'s speaker mention is written as mention {@code m} is ({@code Marit} and {@code Marit}, {@code she} and {@code she}). */
        private static boolean spokenBySame(Document d, FoundQuote o, Mentions.Mention m) {
            int from = d.t.start(m.first);
            int length = d.t.end(m.last) - from;
            return o.speakerEnd - o.speakerStart == length && d.text.regionMatches(true, o.speakerStart, d.text, from, length);
        }

        /**
         * {@code “The road is shut,” said Marit.} / {@code Tom frowned.} / {@code “We take the ferry.”} /
         * {@code “That is slow,” said Tom.}: the one who spoke before the narration goes on, the one it
         * names reacting and then answering ({@link #answersNext}): quotation {@code qi} gets the
         * speaker of the turn before that narration paragraph, when that is a person other than
         * the mention {@code m}; false if there is none.
         */
        private static boolean goesOn(Document d, int qi, Mentions.Mention m) {
            FoundQuote q = d.quotes.get(qi);
            if (qi == 0 || d.endParagraph(qi - 1) != q.paragraph - 2) {
                return false;   // no turn right before the narration paragraph
            }
            FoundQuote before = d.quotes.get(qi - 1);
            if (!before.hasSpeaker() || spokenBySame(d, before, m)) {
                return false;   // the one the narration names spoke before it too
            }
            if (before.speakerType == Mentions.NAME && namedIn(d, qi, lastWord(d.text.substring(before.speakerStart, before.speakerEnd)))) {
                return false;   // “Mrs Halcott says the flour's come.”: not hers, whom it speaks of
            }
            q.copySpeakerFrom(before, "goes-on");
            return true;
        }
    }

    /** Verbs by which narration reports what someone said aloud ({@link #reportsSpeech}). */
    private static final WordSet TELLING_VERBS = Lexicons.words("telling-verbs.txt");
    /** Words opening the clause of what was said, after a verb of saying ({@code asked whether}, {@code told her that}). */
    private static final String[] REPORTED_OPENERS = {"that", "whether", "if", "how", "what", "why", "when", "where", "who"};
    /** Words in lower case at most between a subject and its verb of saying, and between that verb and the clause it reports. */
    private static final int MAX_REPORT_GAP = 2;

    /**
     * {@code “You will stay, Tamsin?”} / {@code Tamsin answered that she could not.} / {@code “Then
     * go.”}: whether the sentence of the subject {@code m}, ending before token {@code end}, reports
     * what the subject said, as a verb of saying right after the subject (a word or two between,
     * {@code very quietly}; not one of thought, {@code wondered whether}) followed by the clause of
     * what was said ({@code that}, {@code whether}, {@code how}…, after a word or two, {@code told
     * her that}). The subject has had a turn, in the narration's words: the one who answers next
     * is the other person.
     */
    static boolean reportsSpeech(Document d, Mentions.Mention m, int end) {
        TokenBuffer t = d.t;
        int i = m.last + 1;
        for (int n = 0; i < end && !TELLING_VERBS.contains(d.text, t.start(i), t.end(i)); i++) {
            if (t.kind(i) == TokenBuffer.LINE_BREAK) {
                continue;   // a line wrapped inside the paragraph
            }
            if (++n > MAX_REPORT_GAP || t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i)) || d.inQuote(i)) {
                return false;
            }
        }
        if (i >= end || d.inQuote(i)) {
            return false;
        }
        for (int k = i + 1, n = 0; k < end && n <= MAX_REPORT_GAP; k++) {
            if (t.kind(k) == TokenBuffer.LINE_BREAK) {
                continue;
            }
            if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || d.inQuote(k)) {
                return false;
            }
            if (oneOf(d, k, REPORTED_OPENERS)) {
                return true;
            }
            n++;
        }
        return false;
    }

    /** Verbs that, before {@code nothing}, say one kept silent: {@code said nothing}. */
    private static final String[] SAID = {"said", "answered", "replied"};
    /** Verbs that, before {@code no answer}, say one kept silent: {@code made no answer}. */
    private static final String[] MADE = {"made", "gave"};
    /** Nouns of answering after {@code made no}. */
    private static final String[] ANSWER_NOUNS = {"answer", "reply", "response"};
    /** Verbs of answering after {@code did not}. */
    private static final String[] ANSWER_VERBS = {"answer", "reply", "speak", "respond"};
    /** Pronouns of the one not answered, between {@code made} and {@code no answer}: {@code gave her no answer}. */
    private static final String[] HEARERS = {"him", "her", "them", "me", "us"};
    /** Verbs before {@code silent}. */
    private static final String[] STAYED = {"was", "remained", "kept", "stayed"};
    /** Words at most of a sentence that says its subject kept silent, after the subject. */
    private static final int MAX_SILENCE_WORDS = 6;

    /**
     * {@code Ann said nothing.}, {@code He gave no answer.}, {@code He gave her no answer.}, {@code I did not answer.},
     * {@code She was silent.}: whether the sentence after the subject {@code m}, ending at the
     * full stop before token {@code end} (a line break or two apart), only says that the subject
     * kept silent ({@code still} before, {@code again} or {@code still} after, allowed), or closes
     * on a clause after {@code but} that says so ({@link #silentAfterBut}).
     */
    static boolean keptSilent(Document d, Mentions.Mention m, int end) {
        TokenBuffer t = d.t;
        int[] w = new int[MAX_SILENCE_WORDS + 1];
        int n = 0;
        for (int i = m.last + 1; i < end && n < w.length; i++) {
            if (!t.isBreak(i)) {
                w[n++] = i;
            }
        }
        if (n >= 3 && t.is(w[n - 1], '.') && saysSilence(d, w, 0, n - 1)) {
            return true;
        }
        return silentAfterBut(d, m, end);
    }

    /**
     * Whether words {@code w[from, to)}, a full stop after them, only say that one kept silent:
     * {@code said nothing}, {@code was silent}, {@code made no answer}, {@code gave her no answer},
     * {@code did not answer}, {@code had nothing to say}; {@code still} before, {@code again} or
     * {@code still} after, allowed.
     */
    private static boolean saysSilence(Document d, int[] w, int from, int to) {
        TokenBuffer t = d.t;
        int a = from < to && t.equalsIgnoreCase(w[from], "still") ? from + 1 : from;   // "Ann still said nothing."
        int b = to;
        if (b - 1 > a && (t.equalsIgnoreCase(w[b - 1], "again") || t.equalsIgnoreCase(w[b - 1], "still"))) {
            b--;
        }
        int len = b - a;
        if (len == 2) {
            return oneOf(d, w[a], SAID) && t.equalsIgnoreCase(w[a + 1], "nothing")
                    || oneOf(d, w[a], STAYED) && t.equalsIgnoreCase(w[a + 1], "silent");
        }
        if (len == 4) {
            return oneOf(d, w[a], MADE) && oneOf(d, w[a + 1], HEARERS) && t.equalsIgnoreCase(w[a + 2], "no")
                    && oneOf(d, w[a + 3], ANSWER_NOUNS)   // "He gave her no answer."
                    || t.equalsIgnoreCase(w[a], "had") && t.equalsIgnoreCase(w[a + 1], "nothing")
                    && t.equalsIgnoreCase(w[a + 2], "to") && t.equalsIgnoreCase(w[a + 3], "say");
        }
        return len == 3 && (oneOf(d, w[a], MADE) && t.equalsIgnoreCase(w[a + 1], "no") && oneOf(d, w[a + 2], ANSWER_NOUNS)
                || t.equalsIgnoreCase(w[a], "did") && t.equalsIgnoreCase(w[a + 1], "not") && oneOf(d, w[a + 2], ANSWER_VERBS));
    }

    /** Pronouns that may open the clause after {@code but} in {@link #silentAfterBut}. */
    private static final String[] CLAUSE_SUBJECTS = {"he", "she", "I", "they", "we"};

    /**
     * {@code The ferryman coiled the rope, but made no answer.}, {@code Ann smiled, but she said
     * nothing.}: whether the sentence of subject {@code m}, ending at the full stop before token
     * {@code end}, closes on {@code but}, a pronoun perhaps, and words that only say one kept
     * silent ({@link #saysSilence}). Looks back over a few words only.
     */
    private static boolean silentAfterBut(Document d, Mentions.Mention m, int end) {
        TokenBuffer t = d.t;
        int[] w = new int[MAX_SILENCE_WORDS + 3];
        int n = 0;
        for (int i = end - 1; i > m.last && n < w.length; i--) {
            if (!t.isBreak(i)) {
                w[w.length - 1 - n++] = i;
            }
        }
        int last = w.length - 1;
        if (n < 4 || !t.is(w[last], '.')) {
            return false;
        }
        for (int k = last - 1; k >= w.length - n; k--) {
            if (t.equalsIgnoreCase(w[k], "but")) {
                int from = oneOf(d, w[k + 1], CLAUSE_SUBJECTS) ? k + 2 : k + 1;
                return saysSilence(d, w, from, last);
            }
        }
        return false;
    }

    /** Whether quotation {@code qi} is the first thing in its paragraph. */
    static boolean opensParagraph(Document d, int qi) {
        int first = d.firstToken(qi);
        for (int i = d.found.paraStart[d.quotes.get(qi).paragraph]; i < first; i++) {
            if (!d.t.isBreak(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code There was a groan; after which, in his quiet way, he explained.}: a sentence of
     * tokens {@code [first, end)} that ends on a reporting verb and its subject (an adverb may
     * follow) introduces the quotation after it; that subject, into {@code m}.
     */
    static boolean closingVerbSubject(Document d, int first, int end, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = end - 1;
        if (k <= first || !(t.is(k, '.') || t.is(k, ':'))) {
            return false;
        }
        k--;
        if (k > first && t.kind(k) == TokenBuffer.WORD && t.length(k) > 3 && t.endsWith(k, "ly") && d.verbAt(k) == 0) {
            k--;   // "he said quietly."
        }
        for (int j = k; j > Math.max(first, k - 3); j--) {
            int len = d.verbAt(j);
            if (len > 0 && j + len - 1 == k) {
                return d.mentions.subjectBefore(j, first - 1, m) && (m.last == j - 1 || m.last == j - 2 && t.kind(j - 1) == TokenBuffer.LINE_BREAK);
            }
        }
        return false;
    }

    /** Tokens looked back at most from a verb that introduces a quotation for the subject of its clause. */
    private static final int MAX_INTRODUCING_CLAUSE = 30;
    /** Words after which a clause may open with its subject. */
    private static final String[] CLAUSE_OPENERS = {"and", "but", "then", "so", "till", "until"};

    /**
     * {@code I paid the driver and he touched his cap and said:}: a sentence of tokens
     * {@code [first, end)} that closes on a reporting verb and a colon or comma introduces the
     * quotation after it, and the speaker is the subject of that verb's clause: the nearest person
     * before it at the start of the sentence or of a clause (after a comma, {@code and},
     * {@code till}, …), not the subject the sentence opened with; into {@code m}.
     */
    static boolean introducingClauseSubject(Document d, int first, int end, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = end - 1;
        while (k > first && t.isBreak(k)) {
            k--;
        }
        if (k <= first || !(t.is(k, ':') || t.is(k, ','))) {
            return false;
        }
        k--;
        while (k > first && t.isBreak(k)) {
            k--;
        }
        int verb = -1;
        for (int j = k; j > Math.max(first, k - 3); j--) {
            int len = d.verbAt(j);
            if (len > 0 && j + len - 1 == k) {
                verb = j;
                break;
            }
        }
        for (int i = verb - 1; verb > 0 && i >= Math.max(first, verb - MAX_INTRODUCING_CLAUSE); i--) {
            int before = i - 1;
            while (before > first && t.kind(before) == TokenBuffer.LINE_BREAK) {
                before--;
            }
            boolean opensClause = i == first || t.is(before, ',') || t.is(before, ';') || oneOf(d, before, CLAUSE_OPENERS);
            if (opensClause && subjectAt(d, i, verb + 1, m)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens looked back at most from the end of a sentence for its last clause joined by {@code , and}. */
    private static final int MAX_LAST_CLAUSE = 60;

    /**
     * {@code Anne sat with her back to me, and I had not said a word.}: the subject of the last
     * clause joined by {@code , and} to a finished sentence of tokens {@code [first, end)}, a
     * person, into {@code m}: the one who acts last in the narration is the one who speaks next.
     */
    static boolean lastJoinedClauseSubject(Document d, int first, int end, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int k = end - 1;
        while (k > first && t.isBreak(k)) {
            k--;
        }
        if (!(d.endsSentence(k) || t.is(k, ':'))) {
            return false;   // a quotation inside its sentence: not one the sentence introduces
        }
        for (int i = k - 1; i > first + 2 && i > k - MAX_LAST_CLAUSE; i--) {
            int and = t.kind(i - 1) == TokenBuffer.LINE_BREAK ? i - 2 : i - 1;   // ", and\nhe …": a wrapped line
            if (t.equalsIgnoreCase(and, "and") && t.is(and - 1, ',') && subjectAt(d, i, end, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the last sentence of narration before token {@code end} and after token
     * {@code lo} (exclusive), when that is a person (a known name or a pronoun), into {@code m}.
     */
    static boolean lastNarrationSubject(Document d, int end, int lo, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int sentenceFirst = -1;
        for (int i = end - 1; i > lo; i--) {
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
        if (closingVerbSubject(d, sentenceFirst, end, m) || introducingClauseSubject(d, sentenceFirst, end, m)
                || lastJoinedClauseSubject(d, sentenceFirst, end, m)
                || subjectAt(d, sentenceFirst, end, m)) {
            return true;
        }
        // "But Anne …", "Feeling a fool, he …": after a conjunction, or after an opening phrase set off by a comma.
        if (isOpeningConjunction(d, sentenceFirst) && subjectAt(d, sentenceFirst + 1, end, m)) {
            return true;
        }
        // "Then, as he turned: “…”": a clause that only sets the scene for the quotation after its colon.
        int sub = isOpeningConjunction(d, sentenceFirst) ? sentenceFirst + 1 : sentenceFirst;
        if (t.is(end - 1, ':') && sub + 1 < end && oneOf(d, sub, SUBORDINATORS) && subjectAt(d, sub + 1, end, m)) {
            return true;
        }
        for (int i = sentenceFirst + 1, commas = 0; i < end && commas < 2; i++) {
            if (t.is(i, ',')) {
                commas++;
                if (i + 1 < end && subjectAt(d, i + 1, end, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A person (a known name or a singular pronoun) at token {@code i}, the subject of a clause
     * ending before {@code end}.
     */
    private static boolean subjectAt(Document d, int i, int end, Mentions.Mention m) {
        TokenBuffer t = d.t;
        if (d.mentions.isPronoun(i) && !t.equalsIgnoreCase(i, "it") && !t.equalsIgnoreCase(i, "you")) {
            if ((d.cls(i) & Lexicon.PRONOUN_PLURAL) != 0) {
                return false;   // "We walked on.": a group, not the one who speaks next
            }
            m.first = i;
            m.last = i;
            m.type = Mentions.PRONOUN;
        } else if (!d.mentions.subjectAfter(i, end, m) || m.type == Mentions.DESCRIPTION && !personDescription(d, m) && voicePossessor(d, withoutPastVerb(d, m)) < 0
                || m.type != Mentions.DESCRIPTION && m.first == m.last && !d.names.isKnownName(m.last)) {
            return false;
        }
        int after = m.last + 1;
        if (after < end && t.kind(after) == TokenBuffer.LINE_BREAK) {
            after++;   // "He\nbegan to …": a line wrapped inside the sentence
        }
        return after < end && (t.isWordLike(after) || t.is(after, ','));   // the subject of a clause, not a fragment
    }

    /** Owners that make a description of one person definite: {@code my aunt}, {@code our cook}. */
    private static final String[] OWNERS = {"my", "our"};

    /**
     * {@code The old woman looked up.}, {@code My aunt looked up.}, {@code The porter came up.}: a
     * definite description (after {@code the} or an owner) whose last word is a noun of a person of
     * one gender (person-nouns.txt) or by trade or station (trade-nouns.txt), in lower case, stands
     * for one person as a name does.
     */
    private static boolean personDescription(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        return m.first < m.last && (t.equalsIgnoreCase(m.first, "the") || oneOf(d, m.first, OWNERS))
                && Character.isLowerCase(t.first(m.last)) && (NameResolver.isPersonNoun(d.lowerWord(m.last))
                || TRADE_NOUNS.contains(d.text, t.start(m.last), t.end(m.last)));
    }

    /**
     * Nouns of a person by trade or station ({@code the waiter}), one person as a name is; loaded
     * once for the package (NameResolver and Addressees read it too).
     */
    static final WordSet TRADE_NOUNS = Lexicons.words("trade-nouns.txt");

    /** {@code But}, {@code And}, {@code Then}, {@code So}, {@code Yet} opening a sentence. */
    static boolean isOpeningConjunction(Document d, int i) {
        TokenBuffer t = d.t;
        return t.equalsIgnoreCase(i, "but") || t.equalsIgnoreCase(i, "and") || t.equalsIgnoreCase(i, "then")
                || t.equalsIgnoreCase(i, "so") || t.equalsIgnoreCase(i, "yet");
    }

    /** Paragraphs that may lie between two turns of one conversation. */
    static final int MAX_GAP = 2;
    /** Lines that may lie between two turns of one conversation in a text written one sentence to a line. */
    static final int MAX_LINE_GAP = 4;

    /**
     * Paragraphs that may lie between two turns of one conversation: in a text written one
     * sentence to a line, a paragraph of narration between them is a line for each sentence.
     */
    static int maxGap(Document d) {
        return d.sentencePerLine ? MAX_LINE_GAP : MAX_GAP;
    }

    /**
     * The quotation before {@code qi} when {@code qi} opens a new turn of a conversation: a whole
     * quotation in a later paragraph, at most {@link #maxGap} paragraphs on; else null.
     */
    static FoundQuote previousTurn(Document d, int qi) {
        FoundQuote q = d.quotes.get(qi);
        if (q.mixed || qi == 0) {
            return null;
        }
        FoundQuote prev = d.quotes.get(qi - 1);
        return prev.paragraph == q.paragraph || prev.paragraph < q.paragraph - maxGap(d)
                || sceneBreakBetween(d, d.endParagraph(qi - 1), q.paragraph) ? null : prev;
    }

    /** Tokens at most in a paragraph that breaks the scene. */
    private static final int MAX_SCENE_BREAK_TOKENS = 12;

    /**
     * Whether a paragraph between paragraphs {@code from} and {@code to} (both exclusive) breaks the
     * scene, so that no conversation runs over it: a row of marks with no word ({@code * * *}), or a
     * chapter heading ({@code CHAPTER IV.}).
     */
    static boolean sceneBreakBetween(Document d, int from, int to) {
        for (int p = from + 1; p < to; p++) {
            if (sceneBreak(d, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sceneBreak(Document d, int p) {
        TokenBuffer t = d.t;
        int start = d.found.paraStart[p];
        int end = d.found.paraEnd[p];
        int first = start;
        while (first < end && t.isBreak(first)) {
            first++;
        }
        if (first >= end || end - first > MAX_SCENE_BREAK_TOKENS) {
            return false;
        }
        if (t.equalsIgnoreCase(first, "chapter")) {
            return true;
        }
        for (int i = first; i < end; i++) {
            int kind = t.kind(i);
            if (kind == TokenBuffer.WORD || kind == TokenBuffer.NUMBER || kind == TokenBuffer.QUOTE_MARK) {
                return false;
            }
        }
        return true;
    }

    /** The last word of a name. */
    static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    /**
     * {@code “Will you come, Kate?” / “Gladly.”}: a turn that answers a quotation addressing
     * someone by name is that person's (given as the speaker of a quotation near by that a rule
     * of its own gave a name opening with that word, if there is one: {@link #speakerCalled}). A
     * rank said alone ({@code “…, Major?”}) calls the one person near by written with that rank.
     */
    static final class Vocative implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = previousTurn(d, qi);
            if (prev == null || prev.group == q.group) {
                return false;
            }
            Mentions.Mention best = new Mentions.Mention();
            int k = qi - 1;
            while (!vocativeIn(d, k, best) && k > qi - 1 - MAX_TURN_PARTS && continuesTurn(d, k)) {
                k--;   // “Take a seat, Kate,” he said. / “There is tea.”: the turn addresses Kate
            }
            if (!(vocativeIn(d, k, best) ? addressesPerson(d, best) : titledPersonCalled(d, k, best)) || silenceBefore(d, qi)) {
                return false;
            }
            String name = d.text.substring(d.t.start(best.first), d.t.end(best.last));
            if (prev.hasSpeaker() && prev.speakerName != null && lastWord(prev.speakerName).equalsIgnoreCase(lastWord(name))
                    || addressesByName(d, qi, best) || namedIn(d, qi, d.t.string(best.last))) {
                return false;
            }
            FoundQuote known = speakerCalled(d, qi, d.t.string(best.last));
            if (known != null) {
                q.copySpeakerFrom(known, "vocative");
                return true;
            }
            set(d, q, best, -1, 0, "vocative");
            q.speakerName = null;
            return true;
        }

        /** Parts of one turn looked back over for the name it addresses. */
        private static final int MAX_TURN_PARTS = 3;

        /**
         * {@code “When can I leave, Mr. Vasko?”} / {@code Vasko bent over his plate, but made no reply.} /
         * {@code “I asked when I can leave.”}: whether quotation {@code qi} opens its paragraph right
         * after a paragraph of narration alone whose last sentence says its subject kept silent
         * ({@link #keptSilent}): the one called did not answer, and the caller goes on.
         */
        private static boolean silenceBefore(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            int p = q.paragraph;
            if (p == 0 || d.firstInParagraph(qi) != qi || !opensParagraph(d, qi) || qi == 0 || d.endParagraph(qi - 1) >= p - 1) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            int end = d.found.paraEnd[p - 1];
            return lastNarrationSubject(d, end, d.found.paraStart[p - 1] - 1, m) && keptSilent(d, m, end);
        }

        /** Ranks that, said alone, call one person: {@code “…, Colonel?”}, {@code “Yes, Judge.”}. */
        private static final WordSet RANK_TITLES = Lexicons.words("rank-titles.txt");

        /** Tokens looked at on each side of a rank said alone for the one person given that rank. */
        private static final int TITLED_WINDOW = 1500;

        /**
         * {@code “Will you ride, Major?”} near {@code Major Tull}: whether quotation {@code k} calls
         * someone by a rank alone, and exactly one name near it is written with that rank;
         * that name (the nearest time it is so written, rank included) into {@code m}.
         */
        /** Whether a token in {@code [from, to)} ends a sentence: a full stop, {@code !} or {@code ?}. */
        private static boolean stopBetween(Document d, int from, int to) {
            for (int i = from; i < to; i++) {
                if (d.t.is(i, '.') || d.t.is(i, '!') || d.t.is(i, '?')) {
                    return true;
                }
            }
            return false;
        }

        static boolean titledPersonCalled(Document d, int k, Mentions.Mention m) {
            TokenBuffer t = d.t;
            int from = d.firstToken(k);
            int to = d.afterToken(k);
            int r = -1;
            for (int i = from + 1; i + 1 < to; i++) {
                if (t.kind(i) == TokenBuffer.WORD && t.isCapitalized(i) && RANK_TITLES.contains(d.text, t.start(i), t.end(i))
                        && (t.is(i - 1, ',') || t.is(i - 1, '!') || t.is(i - 1, '?') || i - 1 == from)
                        && (t.is(i + 1, ',') || t.is(i + 1, '!') || t.is(i + 1, '?') || t.is(i + 1, '.') || i + 1 == to - 1)) {
                    r = i;   // the last rank set off as a call
                }
            }
            if (r < 0 || stopBetween(d, from + 1, r - 1) && stopBetween(d, r + 2, to - 2)) {
                return false;   // a call within a turn's first or last sentence, not one retold in its middle
            }
            int lo = Math.max(0, r - TITLED_WINDOW);
            int hi = Math.min(t.size(), r + TITLED_WINDOW);
            String surname = null;
            int bestAt = -1;
            for (int i = lo; i + 1 < hi; i++) {
                if (i == r || !t.isCapitalized(i) || !t.equalsIgnoreCase(i, r) || !d.mentions.isNameWord(i + 1)) {
                    continue;
                }
                int last = i + 1;
                while (last + 1 < hi && d.mentions.isNameWord(last + 1)) {
                    last++;
                }
                String word = t.string(last);
                if (surname != null && !surname.equals(word)) {
                    return false;   // two people of that rank: the call does not say which
                }
                surname = word;
                if (bestAt < 0 || Math.abs(i - r) < Math.abs(bestAt - r)) {
                    bestAt = i;
                    m.first = i;
                    m.last = last;
                    m.type = Mentions.NAME;
                }
                i = last;
            }
            return bestAt >= 0 && d.names.isPerson(d.nameKey(m.last));
        }

        /**
         * Whether quotation {@code k} goes on with the turn of the one before it: a part of the
         * same quotation, or a line that the rule for lines after an attribution gave its speaker.
         */
        private static boolean continuesTurn(Document d, int k) {
            FoundQuote o = d.quotes.get(k);
            return k > 0 && (o.group == d.quotes.get(k - 1).group || o.rule.equals("line-after-attribution"));
        }

        /**
         * Whether a name set off as a vocative starts at token {@code i} of the quotation in tokens
         * {@code [from, to)} (its opening mark at {@code from}): after a comma, mark, {@code !} or
         * {@code ?}, and before one or a full stop ({@code “Come, Nora,”}, {@code “…, Mr. Barlow.”}).
         * A title alone ({@code “Yes, Sir,”}) is none. Fills {@code m} with the capitalized run
         * at {@code i} whenever there is one, so that a scan may go on after it.
         */
        static boolean nameAddressedAt(Document d, int i, int from, int to, Mentions.Mention m) {
            TokenBuffer t = d.t;
            int e = endearmentStart(d, i, from);
            // Of quote marks only the quotation's own count: not a nested ‘Charing Cross’, nor an
            // apostrophe split off a word (Pa ' son).
            boolean openEdge = t.is(e - 1, ',') || t.kind(e - 1) == TokenBuffer.QUOTE_MARK && e - 1 == from
                    || t.is(e - 1, '!') || t.is(e - 1, '?');
            if (!openEdge || !(d.mentions.isNameWord(i) || d.mentions.isTitle(i) && t.isCapitalized(i))) {
                return false;
            }
            int k = i;
            while (k + 1 < to && (d.mentions.isNameWord(k + 1) || d.mentions.isTitle(k) && t.isCapitalized(k + 1))) {
                k++;
            }
            if (i == from + 1 && k > i && (d.cls(i) & Document.VERB) != 0) {
                return false;   // “Ask Tibbald,”: a verb opening the quotation, whose object the name is; no one is called
            }
            m.first = i;
            m.last = k;
            m.type = Mentions.NAME;
            int after = k + 1;
            return after < to && (t.is(after, ',') || t.is(after, '!') || t.is(after, '?') || t.is(after, '.')
                    || t.kind(after) == TokenBuffer.QUOTE_MARK && after == to - 1) && !(d.mentions.isTitle(k))
                    && !(e == from + 1 && !t.is(after, ','))
                    && !(e == from + 1 && describedAfter(d, after, to));
        }

        /** Words opening a description answering who ({@link #describedAfter}). */
        private static final String[] ANSWER_DETERMINERS = {"the", "a", "an", "his", "her", "our", "their"};

        /** Words at most between the determiner and the noun of a description answering who ({@link #describedAfter}). */
        private static final int ANSWER_MODIFIERS = 2;

        /**
         * {@code “Mrs. Quarmby, the landlady.”}: whether all that follows the comma at token
         * {@code comma} up to the end of the quotation (before token {@code to}) is a description of
         * a person, {@code the}, {@code a} or an owner (not {@code my} nor {@code your}, which call:
         * {@code my lady}), at most {@link #ANSWER_MODIFIERS} lower-case
         * words and a noun of a person (person-nouns.txt, trade-nouns.txt, speaker-nouns.txt) before
         * a full stop or a comma: the name and its description answer who, and no one is called
         * ({@code “Wilda, the door.”} calls Wilda).
         */
        private static boolean describedAfter(Document d, int comma, int to) {
            TokenBuffer t = d.t;
            int k = comma + 1;
            if (k >= to || t.kind(k) != TokenBuffer.WORD || !oneOf(d, k, ANSWER_DETERMINERS)) {
                return false;
            }
            int noun = k + 1;
            while (noun + 1 < to && noun - k <= ANSWER_MODIFIERS && t.kind(noun + 1) == TokenBuffer.WORD) {
                noun++;
            }
            if (noun >= to || t.kind(noun) != TokenBuffer.WORD || !Character.isLowerCase(t.first(noun))
                    || !(NameResolver.isPersonNoun(d.lowerWord(noun)) || TRADE_NOUNS.contains(d.text, t.start(noun), t.end(noun))
                    || d.mentions.isSpeakerNoun(noun))) {
                return false;
            }
            for (int j = k + 1; j < noun; j++) {
                if (t.kind(j) != TokenBuffer.WORD || !Character.isLowerCase(t.first(j))) {
                    return false;
                }
            }
            int end = noun + 1;
            return end < to && (t.is(end, '.') || t.is(end, ',')) && (end + 1 == to || end + 1 == to - 1 && t.kind(end + 1) == TokenBuffer.QUOTE_MARK);
        }

        /** Words of endearment that may come between the edge of a vocative and its name. */
        private static final String[] ENDEARMENTS = {"dear", "dearest"};

        /**
         * Where the vocative whose name starts at token {@code i} begins, in the quotation opened at
         * {@code from}: before {@code dear} or {@code my dear} ({@code “My dear Nora,”}, {@code
         * “…, dearest Tom.”}), else at {@code i} itself.
         */
        private static int endearmentStart(Document d, int i, int from) {
            int e = i;
            if (e - 1 > from && d.t.kind(e - 1) == TokenBuffer.WORD && oneOf(d, e - 1, ENDEARMENTS)) {
                e--;
                if (e - 1 > from && d.t.equalsIgnoreCase(e - 1, "my")) {
                    e--;
                }
            }
            return e;
        }
    }

    /**
     * {@code “Late,” said Ann.} / {@code The pier warden, Tom Hale, strode up. “Tickets, miss?”}:
     * whether quotation {@code next} follows, in its paragraph, a sentence of narration that names
     * someone not named in the {@link #NEWCOMER_TALK} tokens before quotation {@code qi}, within the
     * {@link #NEWCOMER_REACH} tokens before {@code next}.
     */
    static boolean newcomerNamedBefore(Document d, int qi, int next) {
        int to = d.firstToken(next);
        int from = Math.max(Math.max(d.found.paraStart[d.quotes.get(next).paragraph], d.afterToken(qi)), to - NEWCOMER_REACH);
        boolean sentence = false;
        for (int i = from; i < to && !sentence; i++) {
            sentence = !d.inQuote(i) && d.endsSentence(i);
        }
        if (!sentence) {
            return false;
        }
        int talkFrom = Math.max(0, d.firstToken(qi) - NEWCOMER_TALK);
        for (int i = from; i < to; i++) {
            if (!d.inQuote(i) && d.mentions.isNameWord(i) && !writtenIn(d, i, talkFrom, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word of token {@code i}, in any case, is written as a word among tokens {@code [from, to)}. */
    private static boolean writtenIn(Document d, int i, int from, int to) {
        TokenBuffer t = d.t;
        int len = t.length(i);
        for (int k = from; k < to; k++) {
            if (t.kind(k) == TokenBuffer.WORD && t.length(k) == len
                    && d.text.regionMatches(true, t.start(k), d.text, t.start(i), len)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens before a turn in which someone named is no newcomer ({@link #newcomerNamedBefore}). */
    private static final int NEWCOMER_TALK = 300;
    /** Tokens of narration before the next turn looked at for a newcomer ({@link #newcomerNamedBefore}). */
    private static final int NEWCOMER_REACH = 120;

    /**
     * {@code “Oh!”} / {@code “What is the trouble, Kate?”}: a turn followed by one addressing
     * someone by name is usually that person's, who has just spoken; not when the turn before it
     * names that person as its speaker, who would then speak twice running. A rank said alone
     * ({@code “…, Judge?”}) names the one person near by written with it ({@link Vocative#titledPersonCalled}).
     */
    static final class AddressedNext implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            if (q.mixed || d.firstInParagraph(qi) != qi || qi + 1 >= d.quotes.size()
                    || previousTurn(d, qi + 1) != q || d.quotes.get(qi + 1).group == q.group) {
                return false;
            }
            FoundQuote next = d.quotes.get(qi + 1);
            if (newcomerNamedBefore(d, qi, qi + 1)) {
                return false;   // someone who has just come in may call anyone present
            }
            Mentions.Mention best = new Mentions.Mention();
            if (!(vocativeIn(d, qi + 1, best) ? addressesPerson(d, best) : Vocative.titledPersonCalled(d, qi + 1, best))) {
                return false;
            }
            String name = d.text.substring(d.t.start(best.first), d.t.end(best.last));
            FoundQuote prev = previousTurn(d, qi);
            if (next.hasSpeaker() && next.speakerName != null && lastWord(next.speakerName).equalsIgnoreCase(lastWord(name))
                    || prev != null && prev.group != q.group && prev.hasSpeaker() && prev.speakerType == Mentions.NAME
                    && lastWord(d.text.substring(prev.speakerStart, prev.speakerEnd)).equalsIgnoreCase(lastWord(name))
                    || addressesByName(d, qi, best) || namedIn(d, qi, d.t.string(best.last))) {
                return false;
            }
            FoundQuote known = speakerCalled(d, qi, d.t.string(best.last));
            if (known != null) {
                q.copySpeakerFrom(known, "addressed-next");
                return true;
            }
            set(d, q, best, -1, 0, "addressed-next");
            q.speakerName = null;
            return true;
        }
    }

    /**
     * {@code “Did you sleep?” Tom asked Kate.} / {@code “Badly.”}: a turn right after one whose own
     * reporting verb names by name the person spoken to (its object, or after {@code to}) is that
     * person's answer.
     */
    static final class AnswerToAddressee implements SpeakerLinker.Sieve {
        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = previousTurn(d, qi);
            if (prev == null || prev.group == q.group || d.firstInParagraph(qi) != qi || !opensParagraph(d, qi)
                    || d.endParagraph(qi - 1) != q.paragraph - 1) {
                return false;   // a turn of its own, right after the one before
            }
            Mentions.Mention m = new Mentions.Mention();
            if (!addresseeOfTurn(d, qi - 1, m)) {
                return false;
            }
            if (m.type == Mentions.PRONOUN) {
                FoundQuote narrator = d.t.equalsIgnoreCase(m.first, "me") ? narratorTurn(d, qi) : null;
                if (narrator != null) {
                    q.copySpeakerFrom(narrator, "answer-to-addressee");
                }
                return narrator != null;
            }
            if (!addressesPerson(d, m) || addressesByName(d, qi, m) || namedIn(d, qi, d.t.string(m.last))) {
                return false;
            }
            set(d, q, m, -1, 0, "answer-to-addressee");
            return true;
        }

        /**
         * {@code “Hungry?” Ann asked me.} / {@code “Very.”}: a quotation before {@code qi} said by
         * {@code I}, the narrator the turn answers for; or null.
         */
        private static FoundQuote narratorTurn(Document d, int qi) {
            for (int k = qi - 1; k >= Math.max(0, qi - NEIGHBOURS); k--) {
                FoundQuote o = d.quotes.get(k);
                if (o.hasSpeaker() && o.speakerEnd - o.speakerStart == 1 && d.text.charAt(o.speakerStart) == 'I') {
                    return o;
                }
            }
            return null;
        }

        /**
         * Whether the cue of the last quotation with a cue of its own in quotation {@code k}'s
         * paragraph names the one it is spoken to, by name or as {@code me}: that mention, into
         * {@code m}.
         */
        private static boolean addresseeOfTurn(Document d, int k, Mentions.Mention m) {
            int p = d.quotes.get(k).paragraph;
            int end = d.endParagraph(k);
            int paraFirst = d.t.start(Math.min(d.found.paraStart[p], d.t.size() - 1));
            int paraEnd = d.found.paraEnd[end] < d.t.size() ? d.t.start(d.found.paraEnd[end]) : d.text.length();
            for (int j = k; j >= Math.max(0, k - NEIGHBOURS) && d.quotes.get(j).paragraph == p; j--) {
                FoundQuote o = d.quotes.get(j);
                if (!o.hasSpeaker() || o.cueStart < paraFirst || o.cueEnd > paraEnd || o.speakerStart < paraFirst
                        || o.speakerEnd > paraEnd) {
                    continue;   // no cue of its own in the turn: one copied from elsewhere
                }
                m.clear();
                return Addressees.objectOfCue(d, o, m) && m.type != Mentions.DESCRIPTION
                        && !(d.t.start(m.first) < o.speakerEnd && o.speakerStart < d.t.end(m.last));   // not its speaker
            }
            return false;
        }
    }

    /** Quotations looked at on each side for a speaker called by a vocative's name. */
    private static final int MAX_CALLED = 10;

    /**
     * {@code “Eat up, Ned.”} / {@code “Not hungry.”}, near {@code “Pass the salt,” said Ned Harrop.}: the
     * nearest quotation around quotation {@code qi} that a rule of its own attributed to a name
     * with the word {@code word} (the last word of a vocative), so that the answer goes to that
     * speaker's mention and full name, not to a given name alone; or null.
     */
    static FoundQuote speakerCalled(Document d, int qi, String word) {
        for (int step = 1; step <= MAX_CALLED; step++) {
            for (int k : new int[] {qi - step, qi + step}) {
                if (k < 0 || k >= d.quotes.size()) {
                    continue;
                }
                FoundQuote o = d.quotes.get(k);
                if (o.hasSpeaker() && o.speakerType == Mentions.NAME && !guessedFromTurns(o.rule)
                        && givenNameOf(Conversation.name(d, o), word)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Whether a rule chose the speaker of a quotation from the turns around it, not from words of its own. */
    private static boolean guessedFromTurns(String rule) {
        return GUESSED_FROM_TURNS.contains(rule);
    }

    /** The rules {@link #guessedFromTurns} names. */
    private static final Set<String> GUESSED_FROM_TURNS = Set.of("turn-taking", "other-participant", "vocative",
            "addressed-next", "monologue", "answer-to-addressee", "cut-in", "continued-paragraph", "same-paragraph",
            "line-after-attribution", "after-silence", "partner-addressed", "goes-on");

    /** Whether {@code word} is the first of the words of {@code name}: a given name, or the name itself. */
    private static boolean givenNameOf(String name, String word) {
        return name.startsWith(word) && (name.length() == word.length() || name.charAt(word.length()) == ' ');
    }

    /**
     * Whether the vocative {@code m} names someone the text shows to be a person (titled, a given
     * name, spoken of as he or she, or quoted), not a place or thing set off by commas
     * ({@code “In Bramley, Hampshire.”}).
     */
    static boolean addressesPerson(Document d, Mentions.Mention m) {
        return (m.first < m.last || d.names.isKnownName(m.last)) && d.names.isPerson(d.nameKey(m.last));
    }

    /**
     * Whether quotation {@code qi} sets off as a vocative a name whose last word is one of the words
     * of {@code name}: {@code “Well, Ada, it is settled.”} is not Ada Varley's.
     */
    static boolean addressesByName(Document d, int qi, Mentions.Mention name) {
        Mentions.Mention m = new Mentions.Mention();
        if (!vocativeIn(d, qi, m) || !wordOutside(d, qi, m)) {
            return false;   // a quoted name alone (“Citizen Kane,”) is a title, not an address
        }
        for (int i = name.first; i <= name.last; i++) {
            if (d.t.equalsIgnoreCase(m.last, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether quotation {@code qi} has the capitalized word {@code word} (the last word of a name):
     * people seldom speak of themselves by name ({@code “Anne is right.”} is not Anne's).
     */
    static boolean namedIn(Document d, int qi, String word) {
        TokenBuffer t = d.t;
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = d.firstToken(qi); i < d.afterToken(qi); i++) {
            if (t.kind(i) == TokenBuffer.WORD && t.isCapitalized(i) && t.textEquals(i, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether quotation {@code qi} has a word outside the mention {@code m}. */
    private static boolean wordOutside(Document d, int qi, Mentions.Mention m) {
        for (int i = d.firstToken(qi); i < d.afterToken(qi); i++) {
            if ((i < m.first || i > m.last) && d.t.isWordLike(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last name that quotation {@code qi} sets off as a vocative ({@code “Will you come, Kate?”}),
     * into {@code best}; false if none.
     */
    static boolean vocativeIn(Document d, int qi, Mentions.Mention best) {
        if (vocativeLast(d, qi) < 0) {
            return false;
        }
        best.first = d.vocativeFirst[qi];
        best.last = d.vocativeLast[qi];
        best.type = Mentions.NAME;
        return true;
    }

    /**
     * The last token of the name {@link #vocativeIn} finds in quotation {@code qi}, or -1: for a
     * caller that needs no more than that word, without a mention to fill.
     */
    static int vocativeLast(Document d, int qi) {
        // Asked of one quotation by several rules and its neighbours': found once, then kept.
        if (d.vocativeFirst == null) {
            d.vocativeFirst = new int[d.quotes.size()];
            d.vocativeLast = new int[d.quotes.size()];
            java.util.Arrays.fill(d.vocativeLast, -2);
        }
        if (d.vocativeLast[qi] == -2) {
            d.vocativeLast[qi] = -1;
            int from = d.firstToken(qi);
            int to = d.afterToken(qi);
            Mentions.Mention m = new Mentions.Mention();
            for (int i = from + 1; i < to; i++) {
                m.last = i;
                if (Vocative.nameAddressedAt(d, i, from, to, m)) {
                    d.vocativeFirst[qi] = m.first;
                    d.vocativeLast[qi] = m.last;
                }
                i = m.last;
            }
        }
        return d.vocativeLast[qi];
    }

    /**
     * Dialogue: quotations in consecutive paragraphs alternate between two people. An unattributed
     * turn goes to the speaker of the nearest turn an even number of turns away: before it (a turn
     * this rule guessed counts), or after it (only one whose speaker a rule of its own found, and
     * weighed as further away); failing that, to the person other than the one of the nearest turn
     * an odd number away; failing that, to the one that person calls by name in the exchange, or
     * to another person the narration names, or, after a paragraph of narration, to the one person
     * all the turns before are by. A turn that continues a quotation run over paragraphs keeps its
     * speaker; one after narration whose next turn is the chosen person's own answer goes to the
     * one who spoke before the narration ({@link #goesOnBeforeAnswer}). A turn is not given to the
     * person whose tagged turn opens the next paragraph with no narration between ({@link #tagsNextTurn});
     * a turn so kept from the one the alternation gives goes to the nearest other person who did
     * not speak the turn just before, if there is one ({@link #otherThan}).
     * A turn more than {@link #NEWCOMER_TURNS} on tells nothing of someone whose name the text has not
     * yet written, in narration or talk, by the end of the turn's paragraph: one who comes in later
     * has not spoken before.
     */
    static final class Conversation implements SpeakerLinker.Sieve {

        /** Turns looked at on each side. */
        private static final int MAX_TURNS = 10;
        /** The rule for a line going on with the turn before, asked again once the turns have speakers. */
        private static final LineAfterAttribution LINE_AFTER = new LineAfterAttribution();
        /**
         * Extra turns a turn after counts for: an attribution later in the scene tells less than one
         * before (a newcomer may join), so a turn two on weighs as one six back.
         */
        private static final int AFTER_PENALTY = 4;
        /** Tokens of narration a turn may follow in its paragraph, in the last pass. */
        private static final int MAX_NARRATION_BEFORE_TURN = 25;

        /** Whether a turn may follow narration in its paragraph (a last pass, after all else). */
        private final boolean afterNarration;

        Conversation() {
            this(false);
        }

        Conversation(boolean afterNarration) {
            this.afterNarration = afterNarration;
        }

        @Override
        public boolean apply(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            FoundQuote prev = previousTurn(d, qi);
            if (prev != null && prev.group == q.group) {
                if (prev.hasSpeaker()) {
                    q.copySpeakerFrom(prev, "continued-paragraph");
                    return true;
                }
                return false;
            }
            if (!afterNarration && afterSilence(d, qi)) {
                return true;   // “Will you come?” / Ann said nothing. / “You must.”: the one who asked goes on
            }
            if (!afterNarration && LINE_AFTER.apply(d, qi)) {
                return true;   // “Nothing yet,” he shrugged. / “We wait.”: a line going on with a turn guessed just before
            }
            if (q.mixed || d.firstInParagraph(qi) != qi || !afterNarration && !opensParagraph(d, qi)) {
                return false;   // a turn of dialogue opens its paragraph; one after narration is not
            }
            if (afterNarration && (qi == 0 || d.quotes.get(qi - 1).paragraph != q.paragraph - 1
                    || !opensParagraph(d, d.firstInParagraph(qi - 1))
                    || d.firstToken(qi) - d.found.paraStart[q.paragraph] > MAX_NARRATION_BEFORE_TURN)) {
                return false;   // after narration, only a reply to a turn just before, after a few words
            }
            // The anchors around the turn: attributed turns, with their distance in turns (negative
            // after it). Before it, a turn guessed already counts: the turn two back is the surest.
            FoundQuote[] anchors = new FoundQuote[2 * MAX_TURNS];
            int[] distance = new int[2 * MAX_TURNS];
            int n = anchorsBefore(d, qi, anchors, distance, 0);
            n = anchorsAfter(d, qi, anchors, distance, n);
            FoundQuote speaker = alternating(d, q, anchors, distance, n);
            if (speaker == null) {
                // None near that tells: go on alternating from the turns before alone.
                n = anchorsBefore(d, qi, anchors, distance, 0);
                speaker = alternating(d, q, anchors, distance, n);
            }
            if (speaker != null && !afterNarration && goesOnBeforeAnswer(d, q, qi, speaker)) {
                return true;
            }
            if (speaker != null && (addresses(d, qi, speaker) || speaksOfTitled(d, qi, speaker)
                    || !afterNarration && tagsNextTurn(d, qi, speaker))) {
                // “Well, Anne?” and “Mr. Lee is out.” are not Lee's, nor a turn right before one tagged
                // “…,” said Tibbald: the nearest other person speaks, a third rather than the one who
                // spoke just before, who seldom speaks twice running.
                FoundQuote addressee = speaker;
                FoundQuote before = justBefore(anchors, distance, n);
                speaker = otherThan(d, anchors, distance, n, addressee, before);
                if (speaker == null && before != null) {
                    speaker = otherThan(d, anchors, distance, n, addressee, null);   // two people alone
                }
            }
            if (speaker != null && !TermDetector.quotesAsNews(d)) {
                q.copySpeakerFrom(speaker, "turn-taking");
                return true;
            }
            // News quotes a crowd, a transcript or an excerpt between its tagged speech: no turns to count.
            FoundQuote last = prev == null ? null : attributedTurn(d, qi - 1, false);
            if (last != null && partnerAddressed(d, q, qi, last)) {
                return true;
            }
            if (last != null && !TermDetector.quotesAsNews(d) && otherParticipant(d, q, qi - 1, last)) {
                return true;
            }
            FoundQuote alone = qi > 0 && narrationBetween(d, qi - 1, qi) ? soleSpeaker(d, anchors, n) : null;
            if (alone != null && !addresses(d, qi, alone)) {
                q.copySpeakerFrom(alone, "monologue");
                return true;
            }
            return false;
        }

        /**
         * {@code “The gate is locked,” said Marit.} / {@code The dog barked somewhere.} / {@code “I have
         * a key.”} / {@code “Then open it,” said Tom.}: a turn after a paragraph of narration, that
         * the alternation would give to the speaker of the next turn, who answers there by a cue of
         * its own, is not theirs, since one seldom speaks twice running: the one who spoke before
         * the narration goes on, when that is someone else. In dialogue only.
         */
        private static boolean goesOnBeforeAnswer(Document d, FoundQuote q, int qi, FoundQuote speaker) {
            if (d.reportage || qi == 0 || previousTurn(d, qi) == null || !narrationBetween(d, qi - 1, qi)) {
                return false;
            }
            int k = qi + 1;
            while (k < d.quotes.size() && d.quotes.get(k).paragraph == q.paragraph) {
                k++;
            }
            if (k >= d.quotes.size() || d.quotes.get(k).paragraph != q.paragraph + 1) {
                return false;
            }
            FoundQuote next = attributedTurn(d, k, true);
            FoundQuote before = attributedTurn(d, qi - 1, false);
            if (next == null || before == null || !sameSpeaker(d, next, speaker) || sameSpeaker(d, before, next)) {
                return false;
            }
            q.copySpeakerFrom(before, "goes-on");
            return true;
        }

        /** Rules that attribute a quotation by a tag after it in its own paragraph. */
        private static final Set<String> TRAILING_TAGS = Set.of("trailing-verb", "trailing-verb-inverted", "trailing-unknown-verb");

        /**
         * {@code “Ready?”} / {@code “Nearly.”} / {@code “Then hurry,” said Tibbald.}: whether the turn right
         * after quotation {@code qi}, opening the next paragraph with no narration between, is
         * tagged after it ({@code said Tibbald}) with the person {@code speaker} of the alternation: one
         * seldom speaks two turns running with nothing between, and a writer tags the turn where the
         * speaker changes, so the alternation has lost its count. Not when {@code speaker} is that
         * very turn, chosen to answer a question put just before ({@link #alternating}).
         */
        private static boolean tagsNextTurn(Document d, int qi, FoundQuote speaker) {
            int p = d.endParagraph(qi);
            int k = d.firstQuoteFrom(p + 1);   // the first turn past this one's paragraph
            if (k >= d.quotes.size() || d.quotes.get(k).paragraph != p + 1 || !opensParagraph(d, k)) {
                return false;
            }
            for (int i = d.afterToken(k - 1); i < d.found.paraEnd[p]; i++) {
                if (d.t.isWordLike(i)) {
                    return false;   // narration after the turn: a pause, after which one may go on
                }
            }
            FoundQuote next = d.quotes.get(k);
            return next != speaker && next.hasSpeaker() && TRAILING_TAGS.contains(next.rule) && next.cueStart >= next.end
                    && sameSpeaker(d, next, speaker);   // not when the alternation chose that turn's speaker for an answer
        }

        /** Quotations looked back over at most for a name the other speaker of an exchange calls out. */
        private static final int MAX_PARTNER_LOOKBACK = 12;

        /**
         * {@code “Watch the ice, Ezra,” Marit said.} / {@code “And the loose board,” Marit said.} /
         * {@code “Where is the lamp?”}: a turn that the alternation leaves open, because the two turns
         * before it are one person's, goes to the one that person calls by name in the turns of the
         * exchange just before: they talk to each other. The name is looked for in that person's
         * own turns, within the conversation, nearest first; a name that is the speaker's own, or
         * that the turn itself calls out, is none.
         */
        private static boolean partnerAddressed(Document d, FoundQuote q, int qi, FoundQuote last) {
            Mentions.Mention m = new Mentions.Mention();
            int paragraph = q.paragraph;
            for (int k = qi - 1; k >= Math.max(0, qi - MAX_PARTNER_LOOKBACK); k--) {
                FoundQuote o = d.quotes.get(k);
                if (o.paragraph < paragraph - maxGap(d) || sceneBreakBetween(d, d.endParagraph(k), paragraph)) {
                    return false;   // past the start of the conversation
                }
                paragraph = o.paragraph;
                if (!o.hasSpeaker() || !sameSpeaker(d, o, last) || !vocativeIn(d, k, m) || !addressesPerson(d, m)) {
                    continue;
                }
                String called = d.t.string(m.last);
                String name = name(d, last);
                if (lastWord(name).equalsIgnoreCase(called) || givenNameOf(name, called)
                        || addressesByName(d, qi, m) || namedIn(d, qi, called)) {
                    return false;
                }
                FoundQuote known = speakerCalled(d, qi, called);
                if (known != null) {
                    q.copySpeakerFrom(known, "partner-addressed");
                } else {
                    set(d, q, m, -1, 0, "partner-addressed");
                    q.speakerName = null;
                }
                return true;
            }
            return false;
        }

        /**
         * Whether a paragraph of narration stands between quotation {@code k}'s paragraph and
         * quotation {@code j}'s (not the line that attributes {@code k}, in a text written one
         * sentence to a line).
         */
        private static boolean narrationBetween(Document d, int k, int j) {
            FoundQuote before = d.quotes.get(k);
            for (int p = d.endParagraph(k) + 1; p < d.quotes.get(j).paragraph; p++) {
                int from = d.found.paraStart[p];
                int to = d.found.paraEnd[p];
                boolean tag = from < to && d.t.start(from) <= before.speakerStart && before.speakerStart < d.t.end(to - 1);
                for (int i = from; i < to && !tag; i++) {
                    if (d.t.isWordLike(i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * {@code “Will you come?” Tom asked.} / {@code Ann said nothing.} / {@code “You must.”}: a
         * turn opening its paragraph right after one paragraph of narration whose last sentence says
         * its subject kept silent ({@link #keptSilent}) goes on with the turn before that paragraph,
         * when that turn's speaker is someone else: the one who kept silent did not answer.
         */
        private static boolean afterSilence(Document d, int qi) {
            FoundQuote q = d.quotes.get(qi);
            int p = q.paragraph;
            if (q.mixed || qi == 0 || p < 2 || d.firstInParagraph(qi) != qi || !opensParagraph(d, qi)
                    || d.endParagraph(qi - 1) != p - 2) {
                return false;
            }
            FoundQuote before = attributedTurn(d, qi - 1, false);
            int end = d.found.paraEnd[p - 1];
            Mentions.Mention m = new Mentions.Mention();
            if (before == null || !lastNarrationSubject(d, end, d.found.paraStart[p - 1] - 1, m) || !keptSilent(d, m, end)) {
                return false;
            }
            String silent = d.text.substring(d.t.start(m.first), d.t.end(m.last));
            String mention = d.text.substring(before.speakerStart, before.speakerEnd);
            boolean other;
            if (m.type == Mentions.PRONOUN) {
                int g = d.pronounGender(m.first);
                int spoke = d.names.genderOfSpeaker(before);
                other = silent.equals("I") ? !mention.equals("I")
                        : g != Lexicon.ANY && spoke != Lexicon.ANY && g != spoke;
            } else {
                String asker = name(d, before);
                other = !lastWord(asker).equalsIgnoreCase(lastWord(silent)) && !mention.equalsIgnoreCase(silent)
                        && !givenNameOf(asker, silent);   // "Ann said nothing." after Ann Lee asked: she is the one
            }
            if (!other) {
                return false;
            }
            q.copySpeakerFrom(before, "after-silence");
            return true;
        }

        /** Anchors at least that must all be one person's for {@link #soleSpeaker}. */
        private static final int MIN_MONOLOGUE_TURNS = 2;

        /**
         * {@code “Where did I put it?” Ida said.} / {@code “Not in the drawer,” Ida said.} / {@code
         * She looked along the shelf.} / {@code “Nor here.”}: when every anchor turn is one
         * person's (the attributed turns before, and those after too when the alternation weighed
         * both and the turn then addressed the one it chose) and the narration names no one else to
         * answer, that person goes on talking (to themselves, or to one who does not reply): the
         * nearest of the {@code n} anchors, if there are a few and all are one person's; else null.
         */
        private static FoundQuote soleSpeaker(Document d, FoundQuote[] anchors, int n) {
            if (n < MIN_MONOLOGUE_TURNS) {
                return null;
            }
            for (int a = 1; a < n; a++) {
                if (!sameSpeaker(d, anchors[a], anchors[0])) {
                    return null;
                }
            }
            return anchors[0];
        }

        /**
         * The speaker that alternation gives from the {@code n} anchors at their turn distances: the
         * nearest at an even distance (one whose speaker has no name, or was guessed, counting as
         * further away), unless the nearer one at an odd distance is the same person;
         * failing that, the nearest person other than the one at the nearest odd distance (one who
         * does not alternate seldom speaks twice running), unless that is the speaker of the turn
         * right after and the one before spoke the turn right before: then that one goes on; else null.
         */
        private static FoundQuote alternating(Document d, FoundQuote q, FoundQuote[] anchors, int[] distance, int n) {
            FoundQuote even = null;
            int evenDistance = Integer.MAX_VALUE;
            int evenWeight = Integer.MAX_VALUE;
            FoundQuote odd = null;
            int oddDistance = Integer.MAX_VALUE;
            int oddTurn = 0;
            for (int a = 0; a < n; a++) {   // the turns before come first: they win a tie
                int cost = cost(distance[a]);
                int weight = cost + unnamedPenalty(d, anchors[a]) + (guessed(anchors[a]) ? GUESSED_PENALTY : 0);
                if (distance[a] % 2 == 0 && weight < evenWeight) {
                    even = anchors[a];
                    evenDistance = cost;
                    evenWeight = weight;
                } else if (distance[a] % 2 != 0 && cost < oddDistance) {
                    odd = anchors[a];
                    oddDistance = cost;
                    oddTurn = distance[a];
                }
            }
            if (even != null && !(odd != null && oddDistance < evenDistance && sameSpeaker(d, odd, even))) {
                return even;
            }
            // No even anchor, or the same person at the nearer odd distance too (no alternation there):
            // someone other than that person.
            FoundQuote other = null;
            int otherDistance = Integer.MAX_VALUE;
            int otherTurn = 0;
            for (int a = 0; odd != null && a < n; a++) {
                if (cost(distance[a]) < otherDistance && !sameSpeaker(d, anchors[a], odd)) {
                    other = anchors[a];
                    otherDistance = cost(distance[a]);
                    otherTurn = distance[a];
                }
            }
            // Between the turn just before and the one just after, by two people, either one would
            // speak twice running: the one before goes on, since a writer names the speaker where the
            // speaker changes; not when a question is put, which the other answers, nor when the one
            // after is brought in by the narration.
            return other != null && oddTurn == 1 && otherTurn == -1 && !other.rule.endsWith("paragraph-subject")
                    && !LineAfterAttribution.asks(d.text, odd) && !LineAfterAttribution.asks(d.text, q) ? odd : other;
        }

        /**
         * Turns a turn whose speaker the alternation guessed counts for beyond its distance, as a
         * speaker to copy: an attribution of its own a turn or two after, or eight turns back,
         * outweighs a guess two back, which may carry an error down the whole conversation.
         */
        private static final int GUESSED_PENALTY = 10;

        /** Whether the speaker of {@code anchor} was guessed from the turns around it. */
        private static boolean guessed(FoundQuote anchor) {
            return anchor.rule.equals("turn-taking") || anchor.rule.equals("other-participant");
        }

        /** Turns an anchor counts for beyond its distance when its speaker has no name. */
        private static final int UNNAMED_PENALTY = 7;

        /**
         * {@link #UNNAMED_PENALTY} for a pronoun or description resolved to a name ({@code she} for
         * Mrs. Lark): the name was guessed from the narration and is taken for another person more
         * often than a name written in the cue, so the turn counts as two turns further away. A turn
         * two nearer whose cue titles its speaker ({@code the Pierwarden}) outweighs it; one two
         * further away whose cue names its speaker only ties with it, and the nearer turn wins a tie.
         */
        private static final int RESOLVED_PENALTY = 2;

        /**
         * {@link #UNNAMED_PENALTY} for an anchor whose speaker is a description or pronoun that no
         * name was found for ({@code said his nephew}): a turn of the same person further away that
         * names them tells who speaks more surely, even six turns back, since a description often
         * stands for someone named who is taken for another. {@link #RESOLVED_PENALTY} for a pronoun
         * or description resolved to a name, and for a description whose last word is capitalised
         * ({@code the Harbourmaster}): a title the story calls the person by, as it would a name.
         * Else 0, and 0 for {@code I}: a first-person narrator is no less sure for being
         * unnamed.
         */
        private static int unnamedPenalty(Document d, FoundQuote anchor) {
            if (anchor.speakerType == Mentions.NAME) {
                return 0;
            }
            if (anchor.speakerEnd - anchor.speakerStart == 1 && d.text.charAt(anchor.speakerStart) == 'I') {
                return 0;
            }
            String name = anchor.speakerName;
            if (name != null && !(name.length() == anchor.speakerEnd - anchor.speakerStart
                    && d.text.startsWith(name, anchor.speakerStart))) {
                return RESOLVED_PENALTY;   // resolved to a name other than its mention (compared in place, no substring)
            }
            int last = lastWordStart(d.text, anchor.speakerStart, anchor.speakerEnd);
            return last > anchor.speakerStart && last < anchor.speakerEnd && Character.isUpperCase(d.text.charAt(last))
                    ? RESOLVED_PENALTY : UNNAMED_PENALTY;   // not a word opening a sentence: `She`, `Everybody`
        }

        /** Where the last word of {@code text} between {@code start} and {@code end} begins. */
        private static int lastWordStart(String text, int start, int end) {
            int i = end;
            while (i > start && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        /** The anchor of the turn right before, at distance 1, among the {@code n} anchors; else null. */
        private static FoundQuote justBefore(FoundQuote[] anchors, int[] distance, int n) {
            for (int a = 0; a < n; a++) {
                if (distance[a] == 1) {
                    return anchors[a];
                }
            }
            return null;
        }

        /**
         * The nearest of the {@code n} anchors whose speaker is neither {@code addressee} nor that of
         * {@code before} (when not null): when the alternation's choice is one the turn calls by name,
         * the one who spoke just before seldom speaks again, and a third person does. Else null.
         */
        private static FoundQuote otherThan(Document d, FoundQuote[] anchors, int[] distance, int n, FoundQuote addressee, FoundQuote before) {
            FoundQuote best = null;
            int nearest = Integer.MAX_VALUE;
            for (int a = 0; a < n; a++) {
                if (cost(distance[a]) < nearest && !sameSpeaker(d, anchors[a], addressee)
                        && (before == null || !sameSpeaker(d, anchors[a], before))) {
                    best = anchors[a];
                    nearest = cost(distance[a]);
                }
            }
            return best;
        }

        /** How far an anchor at a signed turn {@code distance} counts (negative: after the turn). */
        private static int cost(int distance) {
            return distance >= 0 ? distance : -distance + AFTER_PENALTY;
        }

        /**
         * Whether quotation {@code qi} speaks of the speaker of {@code other} by title and name
         * ({@code “Mr. Lee is out.”}, {@code “Ask Doctor Lee.”}): one seldom calls oneself so. Not
         * when the title is of the other gender than that speaker ({@code “Mr. Lee”} in Mrs.
         * Lee's mouth is her husband).
         */
        private static boolean speaksOfTitled(Document d, int qi, FoundQuote other) {
            String last = lastWord(name(d, other));
            if (last.length() < 2 || !Character.isUpperCase(last.charAt(0))) {
                return false;
            }
            TokenBuffer t = d.t;
            int from = d.firstToken(qi);
            for (int i = from + 1; i < d.afterToken(qi); i++) {
                if (t.kind(i) != TokenBuffer.WORD || !t.textEquals(i, last)) {
                    continue;
                }
                int title = t.is(i - 1, '.') && i - 2 >= from ? i - 2 : i - 1;
                if (!d.mentions.isTitle(title) || !t.isCapitalized(title) || title - 1 > from && t.kind(title - 1) != TokenBuffer.WORD
                        && Chars.isQuoteMark(d.text.charAt(t.start(title - 1)))) {
                    continue;   // 'Mr. Lee,' you called me: a name quoted inside the quotation (not its own opening mark)
                }
                int titleGender = Lexicon.titleGender(d.cls(title));
                int gender = speakerGender(d, other);
                if (titleGender == gender || titleGender == Lexicon.ANY) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The gender of the speaker of {@code q}: of the name or pronoun, else of the title that
         * opens the mention ({@code said Mrs. Lee}), else {@link Lexicon#ANY}.
         */
        private static int speakerGender(Document d, FoundQuote q) {
            int gender = d.names.genderOfSpeaker(q);
            int first = d.t.indexAt(q.speakerStart);
            if (gender == Lexicon.ANY && first < d.t.size() && d.mentions.isTitle(first)) {
                gender = Lexicon.titleGender(d.cls(first));
            }
            return gender;
        }

        /** Whether quotation {@code qi} addresses the speaker of {@code other} by name. */
        private static boolean addresses(Document d, int qi, FoundQuote other) {
            Mentions.Mention m = new Mentions.Mention();
            if (!vocativeIn(d, qi, m)) {
                return false;
            }
            String called = d.t.string(m.last);
            String name = name(d, other);
            return lastWord(name).equalsIgnoreCase(called) || m.first == m.last && givenNameOf(name, called);   // “Sit, Ned.” to Ned Harrop
        }

        /**
         * Adds the anchors of up to {@link #MAX_TURNS} turns before quotation {@code qi}'s; returns
         * the count. A quotation run on over paragraphs is one turn.
         */
        private static int anchorsBefore(Document d, int qi, FoundQuote[] anchors, int[] distance, int n) {
            int k = d.firstInParagraph(qi) - 1;
            int paragraph = d.quotes.get(qi).paragraph;
            int laterGroup = d.quotes.get(qi).group;
            boolean laterGoesOn = false;
            int turn = 0;
            while (k >= 0 && d.endParagraph(k) >= paragraph - maxGap(d) && !sceneBreakBetween(d, d.endParagraph(k), paragraph)) {
                if (d.quotes.get(k).group != laterGroup && !laterGoesOn && ++turn > MAX_TURNS) {
                    break;
                }
                FoundQuote s = attributedTurn(d, k, false);
                if (s != null && n < anchors.length) {
                    anchors[n] = s;
                    distance[n++] = turn;
                }
                int first = d.firstInParagraph(k);
                laterGroup = d.quotes.get(first).group;
                laterGoesOn = goesOnWithTurnBefore(d.quotes.get(first));
                paragraph = d.quotes.get(k).paragraph;
                k = first - 1;
            }
            return n;
        }

        /**
         * Turns on, at most, that an attribution after a turn may give it someone the text has not
         * named by then: a speaker named in the tags just after the turn is likely in the exchange
         * already ({@code “Ready?” / “Almost,” Hollin said. / “Then hurry,” Brisa said.}); one named
         * only further on comes in later.
         */
        private static final int NEWCOMER_TURNS = 2;

        /**
         * Adds the anchors of up to {@link #MAX_TURNS} turns after quotation {@code qi}'s; returns the
         * count. A paragraph of narration after the turn may bring in someone new ({@link #newcomer}),
         * whose turns past it are those of another exchange: they are no anchors; nor is a named
         * speaker more than {@link #NEWCOMER_TURNS} on whom the text has not named by the end of the
         * turn's paragraph.
         */
        private static int anchorsAfter(Document d, int qi, FoundQuote[] anchors, int[] distance, int n) {
            int size = d.quotes.size();
            int k = qi;
            int turn = 0;
            int from = 0;
            int to = 0;
            int near = -1;
            while (true) {
                int p = d.quotes.get(k).paragraph;
                int next = k + 1;
                while (next < size && d.quotes.get(next).paragraph == p) {
                    next++;
                }
                if (next >= size || d.quotes.get(next).paragraph - d.endParagraph(next - 1) > maxGap(d)
                        || sceneBreakBetween(d, d.endParagraph(next - 1), d.quotes.get(next).paragraph)
                        || d.quotes.get(next).group != d.quotes.get(next - 1).group && !goesOnWithTurnBefore(d.quotes.get(next))
                        && ++turn > MAX_TURNS) {
                    return n;
                }
                if (near < 0 && narrationBetween(d, next - 1, next)) {
                    from = d.endParagraph(next - 1) + 1;
                    to = d.quotes.get(next).paragraph;
                    near = n;   // the anchors of the exchange before the narration
                }
                k = next;
                FoundQuote s = attributedTurn(d, k, true);
                if (s != null && n < anchors.length && !(near >= 0 && newcomer(d, qi, s, anchors, near, from, to))
                        && !(turn > NEWCOMER_TURNS && s.speakerType == Mentions.NAME
                                && d.names.unheardOfBefore(s.speakerName, d.t.end(d.found.paraEnd[d.quotes.get(qi).paragraph] - 1)))) {
                    anchors[n] = s;
                    distance[n++] = -turn;
                }
            }
        }

        /**
         * {@code “You look pale,” said Ann.} / {@code “The crossing was rough.”} / {@code Tom, the
         * pier warden, strode along the planks.} / {@code “Tickets,” said Tom.}: whether the speaker
         * of {@code s}, a turn past the paragraphs of narration {@code [from, to)}, is someone new
         * that the narration brings in: named there, unnamed in the talk shortly before turn
         * {@code qi}, and not among the speakers of the {@code n} anchors before it (if any).
         */
        private static boolean newcomer(Document d, int qi, FoundQuote s, FoundQuote[] anchors, int n, int from, int to) {
            if (n == 0) {
                return false;
            }
            for (int a = 0; a < n; a++) {
                if (sameSpeaker(d, anchors[a], s)) {
                    return false;
                }
            }
            String last = lastWord(name(d, s));
            int start = d.found.paraStart[from];
            for (int i = Math.max(0, Math.max(d.firstToken(qi) - NEWCOMER_UNSEEN, start - MAX_NEWCOMER_UNSEEN)); i < start; i++) {
                if (d.t.equalsIgnoreCase(i, last)) {
                    return false;   // named in the talk before: no newcomer
                }
            }
            for (int i = start; i < Math.min(d.found.paraEnd[to - 1], start + NEWCOMER_NARRATION); i++) {
                if (!d.inQuote(i) && d.mentions.isNameWord(i) && d.t.equalsIgnoreCase(i, last)) {
                    return true;
                }
            }
            return false;
        }

        /** Tokens before the turn whose exchange someone new joins, where they are not named. */
        private static final int NEWCOMER_UNSEEN = 300;
        /** Tokens at most before the narration that brings them in, where they are not named. */
        private static final int MAX_NEWCOMER_UNSEEN = 2000;
        /** Tokens of that narration looked at for their name. */
        private static final int NEWCOMER_NARRATION = 200;

        /**
         * Whether quotation {@code q} goes on with the turn before it, on a line of its own after
         * that turn's attribution ({@link LineAfterAttribution}): the two are one turn, not two.
         */
        private static boolean goesOnWithTurnBefore(FoundQuote q) {
            return q.rule.equals("line-after-attribution");
        }

        /**
         * A quotation in the paragraph of quotation {@code k} with a speaker, or null; if {@code own},
         * only one whose speaker a rule of its own found (not one guessed from the turns around it).
         */
        private static FoundQuote attributedTurn(Document d, int k, boolean own) {
            int p = d.quotes.get(k).paragraph;
            for (int j = d.firstInParagraph(k); j < Math.min(d.quotes.size(), k + NEIGHBOURS) && d.quotes.get(j).paragraph == p; j++) {
                FoundQuote o = d.quotes.get(j);
                if (o.hasSpeaker() && !(own && (o.rule.equals("turn-taking") || o.rule.equals("other-participant")))) {
                    return group(d, o) ? null : o;
                }
            }
            return null;
        }

        /**
         * {@code She smiled, and he said: “You came?” / “Oh, yes.”}: the answer is the other
         * person named in the narration around the turn before (a pronoun of the other gender, or
         * another name the text shows to be a person's, not a place's).
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
                } else if (d.mentions.isNameWord(i) && d.names.isKnownName(i) && d.names.isPerson(d.nameKey(i)) && (i + 1 >= t.size() || !d.mentions.isNameWord(i + 1))) {
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

        /**
         * Whether the speaker of {@code q} is a plural pronoun ("they said"): a group, no turn of one
         * person; or {@code it} (a letter read out, a sign): no one's turn.
         */
        private static boolean group(Document d, FoundQuote q) {
            if (q.speakerStart < 0) {
                return false;
            }
            int i = d.t.indexAt(q.speakerStart);
            return i < d.t.size() && d.t.start(i) == q.speakerStart && d.t.end(i) == q.speakerEnd
                    && (d.mentions.isPronoun(i) && (d.cls(i) & Lexicon.PRONOUN_PLURAL) != 0 || d.t.equalsIgnoreCase(i, "it"));
        }

        /**
         * Whether the names of the speakers of {@code a} and {@code b} ({@link #name}) end in the same
         * word, ignoring case: {@code lastWord(name(d, a)).equalsIgnoreCase(lastWord(name(d, b)))},
         * compared in place, as {@link #newcomer} asks it of every anchor of every turn.
         */
        private static boolean sameSpeaker(Document d, FoundQuote a, FoundQuote b) {
            int fromA = lastNameWordStart(d, a);
            int fromB = lastNameWordStart(d, b);
            int len = nameEnd(a) - fromA;
            return len == nameEnd(b) - fromB && nameText(d, a).regionMatches(true, fromA, nameText(d, b), fromB, len);
        }

        /** The string {@link #name} reads the speaker of {@code q} from: the resolved name, else the text itself. */
        private static String nameText(Document d, FoundQuote q) {
            return q.speakerName != null ? q.speakerName : d.text;
        }

        /** Where the speaker's name of {@code q} ends in {@link #nameText}. */
        private static int nameEnd(FoundQuote q) {
            return q.speakerName != null ? q.speakerName.length() : q.speakerEnd;
        }

        /** Where the last word of the speaker's name of {@code q} ({@link #lastWord} of {@link #name}) starts in {@link #nameText}. */
        private static int lastNameWordStart(Document d, FoundQuote q) {
            int start = q.speakerName != null ? 0 : q.speakerStart;
            return Math.max(start, nameText(d, q).lastIndexOf(' ', nameEnd(q) - 1) + 1);
        }

        static String name(Document d, FoundQuote q) {
            return q.speakerName != null ? q.speakerName : d.text.substring(q.speakerStart, q.speakerEnd);
        }

    }
}
