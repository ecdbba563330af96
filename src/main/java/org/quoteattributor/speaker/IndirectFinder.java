package org.quoteattributor.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;

/**
 * Finds reported speech without quotation marks, sentence by sentence, and links each reported
 * clause to its speaker with the same mention finding as quotations with marks:
 * <ul>
 *   <li>{@code trailing-verb}, {@code trailing-verb-inverted}, {@code according-to} closing the
 *       sentence: {@code The talks will go on, officials said.}, {@code …, said the minister.},
 *       {@code …, according to the ministry.}: the clause is all before the comma, whatever verbs it
 *       holds;</li>
 *   <li>{@code leading-verb}: {@code Officials said (that) the talks would go on.}, {@code She told
 *       reporters that …}, {@code He announced on Monday that …}, {@code …, adding that …}: the
 *       clause runs from {@code that}, or from the word after the verb (after the listener of
 *       {@code told}), to the end of the sentence, or to a semicolon, colon or dash (not one that
 *       opens an aside a second dash closes), or to a comma that opens another attribution or the
 *       narrator's own clause ({@code …, but …});</li>
 *   <li>an attribution in the middle ({@code The plan, she said, will fail.}, {@code The rise,
 *       according to the guild, is due to …}) gives both parts, one group; {@code According to
 *       the ministry, …} gives the rest of the sentence, and so does {@code in-source}, a source
 *       of evidence opened by {@code in} ({@code In a May poll, …});</li>
 *   <li>{@code seeming} and {@code passive-report}: an impression or a report by no one named
 *       ({@code The plan seems to work.}, {@code Lark is expected to win.}, {@code The levy is seen as
 *       a gamble.}, {@code Lark reportedly left.}) gives the subject and the complement, one group
 *       without a speaker;</li>
 *   <li>{@code passive-subject}: the subject of a passive of report or judgement with no complement
 *       ({@code The merger was first reported by the Gazette.}), the agent after {@code by} its
 *       speaker;</li>
 *   <li>{@code claim-noun}, {@code stance-adjective}: a noun or adjective of saying or feeling with
 *       its clause ({@code Lark's claim that …}, {@code Aides are worried about …});</li>
 *   <li>{@code relative-object}: a relative word before the speaker ({@code …, which officials said
 *       will …}) is a piece of the report.</li>
 * </ul>
 * The reporting verbs are those of speech (less a few that seldom report a clause, such as
 * {@code continued}) and verbs of thought, evidence and intent ({@code believe}, {@code found},
 * {@code refused}), which need a clause opened by {@code that}, a question word, {@code to} or a
 * pronoun, or a source of evidence before them ({@code The poll shows …}); verbs of belief and
 * intent also take a clause or noun phrase opened by its subject ({@code believe the plan will
 * fail}, {@code want a recount}). Speakers are the
 * mentions the linker finds, plain noun phrases opening the clause's part of the sentence
 * ({@code Dairy farmers said}), and a relative {@code who}, named after the person it stands for.
 * A clause ends before a whole quotation with marks; a clause that quotes a fragment in double
 * marks ({@code She said the plan was “a disgrace”.}) is left to the fragment, whose speaker goes on
 * to a verb after it; one in single marks ({@code She said the plan was ‘a disgrace’.}), more often a
 * term set off inside a paraphrase, holds it, and lists the fragment's content as nested (the
 * fragment stays a {@code MIXED} quotation of its own, attributed as without the clause), unless
 * fewer than {@link #MIN_WORDS} words lie outside the fragment ({@code She said that ‘…’.}): then
 * the fragment alone reports it. A comma closing a fragment ({@code ‘a tax on work,’ she said})
 * ends a clause as one outside the marks does. A clause never overlaps another clause or holds its
 * own speaker or cue. Linear: each sentence is scanned once, with bounded look-around at each
 * word. Immutable and thread-safe. Internal, not API.
 */
public final class IndirectFinder {

    private static final class Words {
        static final WordSet CLAUSE_VERBS = Lexicons.words("clause-verbs.txt");
        static final WordSet NOT_CLAUSE_VERBS = Lexicons.words("not-clause-verbs.txt");
        static final WordSet ADJUNCTS = Lexicons.words("clause-adjuncts.txt");
        static final WordSet EVIDENCE_NOUNS = Lexicons.words("evidence-nouns.txt");
        static final WordSet TIME_WORDS = Lexicons.words("time-words.txt");
        static final WordSet BELIEF_VERBS = Lexicons.words("belief-verbs.txt");
        static final WordSet CLAIM_NOUNS = Lexicons.words("claim-nouns.txt");
        static final WordSet PASSIVE_VERBS = Lexicons.words("passive-report-verbs.txt");
        static final WordSet STANCE_ADJECTIVES = Lexicons.words("stance-adjectives.txt");
        static final WordSet FEELING_ADJECTIVES = Lexicons.words("feeling-adjectives.txt");
        static final WordSet QUESTION_TOPIC_WORDS = Lexicons.words("question-topic-words.txt");
        static final WordSet OBJECT_VERBS = Lexicons.words("object-verbs.txt");
        static final WordSet OBJECT_PHRASES = new WordSet(Lexicons.lines("object-phrases.txt"));
        static final WordSet TOPIC_NOUNS = new WordSet(Lexicons.lines("topic-nouns.txt"));
        static final WordSet NAMING_VERBS = Lexicons.words("naming-verbs.txt");
        static final WordSet VIEWING_VERBS = Lexicons.words("viewing-verbs.txt");
        static final WordSet QUANTITIES = Lexicons.words("quantity-words.txt");
        static final WordSet PASSIVE_SUBJECT_VERBS = Lexicons.words("passive-subject-verbs.txt");
        static final WordSet INTENT_VERBS = Lexicons.words("intent-verbs.txt");
        static final WordSet WISH_VERBS = Lexicons.words("wish-verbs.txt");
    }

    /** Tokens searched after a reporting verb for the {@code that} opening its clause (twice as many after {@code told}). */
    static final int THAT_WINDOW = 5;
    /** Tokens after a trailing attribution before its sentence must end (or reach a comma). */
    static final int TAIL_WINDOW = 6;
    /** Tokens at least before the comma of a closing attribution for an opening phrase to be read as a clause. */
    static final int OPENING_CLAUSE_TOKENS = 9;
    /** Tokens at most from that comma to the sentence's end for the attribution after it to close the sentence. */
    static final int CLOSING_TAIL_TOKENS = 7;
    /** Tokens inside a parenthesis within which a full stop does not end the sentence. */
    static final int PARENTHESIS_WINDOW = 12;
    /** Tokens before the end of a sentence searched for the comma of an attribution closing it. */
    static final int CLOSING_WINDOW = 24;
    /** Tokens searched after a comma for the verb of another attribution. */
    static final int ATTRIBUTION_WINDOW = 12;
    /** Tokens searched back from a participle ({@code …, saying that …}) for its sentence's subject. */
    static final int SUBJECT_WINDOW = 60;
    /** The fewest words a reported clause has. */
    static final int MIN_WORDS = 2;
    /** Tokens at most before an attribution that a quotation with marks goes on after, read as its first piece. */
    static final int LEAD_IN_TOKENS = 3;
    /** Words at most of a plain noun phrase after {@code by} that names the agent of a passive. */
    static final int AGENT_WORDS = 5;
    /** Tokens at most of a phrase of the time or place of asking after {@code asked} ({@code Asked at a harbour meeting in May about …}). */
    static final int ASKED_PHRASE_TOKENS = 8;
    /** Words at most of a phrase of {@code object-phrases.txt} ({@code made the case for}). */
    private static final int PHRASE_WORDS = 4;
    /** Words at most between a subject and its verb that {@link Run#preverbAdverb} passes ({@code has long since}). */
    private static final int PREVERB_WORDS = 3;
    /** Tokens searched back from a verb of evidence for the source heading its subject ({@code a survey by … found}). */
    static final int EVIDENCE_WINDOW = 10;
    /** Tokens searched after a noun of saying for the end of its topic before the clause's end is taken. */
    static final int TOPIC_WINDOW = 40;
    /** Tokens at most of the dateline opening a story ({@code SALEM, Ore., Dec. 8 (AP) —}). */
    static final int DATELINE_TOKENS = 12;
    /** Words at most of a label before a colon opening a paragraph ({@code Lark to farmers in Salem: …}). */
    static final int LABEL_WORDS = 8;
    /** Words at most of a noun phrase with a phrase after its head that closes a sentence as its subject. */
    static final int SUBJECT_WORDS = 7;
    /** Chars at most of a short word, which ending in {@code s} is no plural ({@code Gus}, {@code Bus}). */
    static final int SHORT_WORD_CHARS = 3;
    /**
     * Tokens after a verb of naming within which a quotation mark leaves the naming to the fragment
     * ({@code called it a “disgrace”}), and {@code as} may follow its object ({@code sees the levy as …}).
     */
    static final int NAMING_WINDOW = 8;
    /** Words at most of a name, or after a determiner, that a verb of naming takes as its object. */
    static final int NAMED_OBJECT_WORDS = 3;
    /** Tokens at most of a listener after {@code told} before the clause it is told ({@code told the Gazette of Salem she …}). */
    static final int LISTENER_TOKENS = 8;
    /**
     * Phrases after verbs of thought at most that may hold a verb of thought whose own phrase is still looked
     * through for its {@code that} ({@code learned in May Vasko heard in June …}): each look goes through the
     * next verb's, so without a bound a chain of them would cost time exponential in its length.
     */
    static final int NESTED_ADJUNCT_PHRASES = 2;
    /** Words at most after the determiner of a listener that a trailing {@code told} passes ({@code told a harbour board Monday}). */
    static final int LISTENER_WORDS = 3;
    /** Nouns for an audience told something ({@code told reporters}), for {@code pastListener}. */
    private static final WordSet AUDIENCE_NOUNS = Lexicons.words("audience-nouns.txt");
    /** Tokens at most between a relative {@code who} and the mention ending its clause before a verb. */
    static final int RELATIVE_WINDOW = 10;
    /** Words read back from a verb for the relative word that opens the clause it stands in. */
    static final int RELATIVE_CLAUSE_WORDS = 20;
    /** Tokens read back from a participle after a comma for the subject of the clause it hangs on. */
    static final int PARTICIPLE_HOST_TOKENS = 40;
    /** Tokens at most of a phrase of time between a subject and its verb ({@code on Friday for the second time}). */
    static final int TIME_PHRASE_TOKENS = 8;
    /** Determiners, owners or adjectives at most between a verb and a cue that is its object ({@code made other firm promises}). */
    static final int NOUN_CUE_MODIFIERS = 3;
    /** Parts at most of a row of appositions read back for the name that opens it. */
    static final int APPOSITION_PARTS = 3;
    /** Tokens at most of one apposition in such a row. */
    static final int APPOSITION_TOKENS = 12;
    /** Tokens at most of a phrase of time, place or condition opening a clause after {@code that}, up to its comma. */
    static final int OPENING_WINDOW = 14;
    /** Tokens after a comma in an object within which {@code and} or {@code or} closing a list keeps the object going. */
    static final int LIST_WINDOW = 12;
    /** Words at most before a source of evidence in the phrase it heads ({@code A ferry poll}). */
    static final int EVIDENCE_PHRASE_WORDS = 4;
    /** Tokens at most of an object that {@code and} and a second act of the subject's end ({@code endorsed Corrow and has …}). */
    static final int SECOND_ACT_OBJECT_TOKENS = 6;
    /** Tokens at most between a reporting verb and a {@code that} past a long listener, phrase or aside ({@code told a room at the bakery in Port Ellery that …}). */
    static final int DISTANT_THAT_WINDOW = 20;
    /** Tokens of a phrase of an event after {@code after}, {@code before} or {@code during} before a reported clause ({@code said after the vote she …}). */
    static final int EVENT_PHRASE_TOKENS = 4;

    private final SpeechVerbs verbs;
    private final int maxDistance;

    public IndirectFinder(SpeechVerbs verbs, int maxDistance) {
        this.verbs = verbs;
        this.maxDistance = maxDistance;
    }

    /**
     * The reported clauses of the text of {@code tokens}, in text order, with speaker, cue and rule;
     * {@code found} holds its quotations with marks, already linked.
     */
    public List<FoundQuote> find(TokenBuffer tokens, QuotationFinder.Result found) {
        Document d = new Document(tokens, found, verbs, maxDistance);
        Run run = new Run(d);
        for (int p = 0; p < found.paragraphs; p++) {
            int i = found.paraStart[p];
            int end = Math.min(found.paraEnd[p], tokens.size());
            while (i < end) {
                int e = i;
                int open = -1;   // the latest "(" not yet closed
                while (e < end && !(endsSentence(d, e, open) && !d.inQuote(e)) && !tokens.isBreak(e)
                        && !quotationEndsSentence(d, e) && !abbreviationEndsSentence(d, e)) {
                    if (tokens.is(e, '(')) {
                        open = e;
                    } else if (tokens.is(e, ')')) {
                        open = -1;
                    }
                    e++;
                }
                // "… in the U.S. He says …": the dot ends the sentence too
                int stop = e < end && abbreviationEndsSentence(d, e) ? e + 1 : e;
                int before = run.out.size();
                run.sentence(p, i, stop);
                if (run.out.size() == before) {
                    run.pollAfterClause(p, i, stop);
                }
                i = stop == e ? e + 1 : stop;
                if (run.labelledTo > i) {
                    i = run.labelledTo;   // the sentences a label's turn took in
                }
            }
        }
        run.resolveNames();
        return run.withoutLeadIns();
    }

    /**
     * Whether token {@code k} closes a quotation that ends with a full stop, question or
     * exclamation mark, and a capitalized word follows: {@code “It is not true.” He said …}.
     */
    private static boolean quotationEndsSentence(Document d, int k) {
        TokenBuffer t = d.t;
        return k > 0 && k + 1 < t.size() && d.inQuote(k) && !d.inQuote(k + 1) && t.kind(k) == TokenBuffer.QUOTE_MARK
                && d.endsSentence(k - 1) && t.isCapitalized(k + 1);
    }

    /**
     * Whether token {@code k} ends a sentence: a full stop, question or exclamation mark, but not
     * one that a comma or a lower-case word follows ({@code Moss, D-Vt., said}), nor one inside a
     * parenthesis opened a few tokens before ({@code Moss (D-Vt.) said}).
     */
    private static boolean endsSentence(Document d, int k, int open) {
        if (!d.endsSentence(k)) {
            return false;
        }
        TokenBuffer t = d.t;
        if (open >= 0 && k - open <= PARENTHESIS_WINDOW) {
            return false;
        }
        int next = k + 1;
        return next >= t.size() || !(t.is(next, ',') || t.is(next, ';') || t.is(next, ')')
                || t.kind(next) == TokenBuffer.WORD && Character.isLowerCase(t.first(next)));
    }

    /**
     * Whether token {@code k} is a word with a final dot ({@code U.S.}, {@code Inc.}) that also ends
     * its sentence: a capitalized pronoun or determiner follows ({@code … in the U.S. He said …}).
     */
    private static boolean abbreviationEndsSentence(Document d, int k) {
        TokenBuffer t = d.t;
        return k + 1 < t.size() && t.kind(k) == TokenBuffer.WORD && t.length(k) > 1 && d.text.charAt(t.end(k) - 1) == '.'
                && !d.inQuote(k) && t.isCapitalized(k + 1) && (d.mentions.isPronoun(k + 1) || d.mentions.isDeterminer(k + 1))
                && !d.mentions.isTitle(k);
    }

    /** Whether token {@code k} is {@code is}, {@code am}, {@code was}, {@code been} or another form of be. */
    static boolean isBeForm(TokenBuffer t, int k) {
        return t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "is") || t.equalsIgnoreCase(k, "am")
                || t.equalsIgnoreCase(k, "are") || t.equalsIgnoreCase(k, "was") || t.equalsIgnoreCase(k, "were") || t.equalsIgnoreCase(k, "be")
                || t.equalsIgnoreCase(k, "been") || t.equalsIgnoreCase(k, "being"));
    }

    /**
     * The last forward scan for the first token that meets a test depending on that token alone,
     * up to {@code end}: whatever start it had, a later start up to the token found finds the same
     * one, so a scan repeated once per word of a long sentence reads it once.
     */
    private static final class KeptScan {
        int end = -1;
        int from = -1;
        int found = -1;

        /** Whether a scan from {@code start} up to {@code limit} would find {@link #found} again. */
        boolean covers(int limit, int start) {
            return limit == end && from <= start && start <= found;
        }

        /** Keeps the scan and returns what it found. */
        int keep(int limit, int start, int stop) {
            end = limit;
            from = start;
            found = stop;
            return stop;
        }
    }

    /** The state of one pass over one text. */
    private static final class Run {
        final Document d;
        final TokenBuffer t;
        final List<FoundQuote> out = new ArrayList<>();
        /** For each clause in {@link #out}, the index of the first quotation with marks after it. */
        final List<Integer> nextMarked = new ArrayList<>();
        /** The clauses of {@link #out} that run on into a quotation with marks ({@link #leadsIntoQuotation}), in the same order. */
        final List<FoundQuote> leadIns = new ArrayList<>();
        /**
         * The reporting verbs that tag whole quotations with marks before them ({@code “…,” she
         * said}), by start offset, sorted. A verb before its quotation ({@code She said the vote
         * was fair: “…”}) may report a clause first.
         */
        final int[] markedCues;
        /** The quotations of {@link #markedCues}, in the same order. */
        final FoundQuote[] markedQuotes;
        /** The last clause end found by {@link #clauseEnd}, and where that scan started. */
        int endScanFrom = -1;
        int endFound = -1;
        /** The end of the last clause added: the next one starts after it. */
        int lastEnd;
        /** After {@link #emit} gave up on a clause that quotes a fragment: the token after that fragment. */
        int pastFragment = -1;
        /** The reporting verb being read when it is a passive ({@link #passiveCue}): its clauses get no speaker; else -1. */
        int passiveVerb = -1;
        /** The last scan of {@link #fragmentPastEnd}: its clause end, where it started and stopped, its answer. */
        int fragmentScanEnd = -1;
        int fragmentScanFrom = -1;
        int fragmentScanStop = -1;
        int fragmentRunsPast = -1;
        /** The last scan of {@link #willingnessEnd} for the infinitive's end. */
        final KeptScan willingScan = new KeptScan();
        /** The last scan of {@link #subordinateEnd} for its comma. */
        final KeptScan commaScan = new KeptScan();
        /** The last scan of {@link #impressionEnd} for where an impression's complement ends. */
        final KeptScan impressionScan = new KeptScan();
        int groups;

        /**
         * The token after the clause of the last label ({@link #colonLabel}): in a transcript, the end
         * of the label's line, past the sentence it opens, unless a whole quotation with marks ended
         * the clause before; -1 before any label.
         */
        int labelledTo = -1;
        /** Tokens at most of a label before its colon ({@link #colonLabel}, {@link #transcript}). */
        private static final int LABEL_TOKENS = 5;
        /** Whether the text is a transcript ({@link #transcript}); null until asked. */
        private Boolean transcript;

        /**
         * {@code CORROW: …} / {@code HALE: …} / {@code CORROW: …}: whether a label of capitalized
         * words, at most {@link #LABEL_TOKENS}, before a colon opens two paragraphs of the text or more,
         * as the turns of a transcript do (not a list of names each given once, {@code Iowa: …}); the
         * labels are told apart by their last word; found once.
         */
        private boolean transcript() {
            if (transcript == null) {
                Map<String, Integer> labels = new HashMap<>();
                boolean twice = false;
                for (int p = 0; p < d.found.paragraphs && !twice; p++) {
                    int s = d.found.paraStart[p];
                    int stop = Math.min(Math.min(d.found.paraEnd[p], t.size()), s + LABEL_TOKENS);
                    for (int k = s; k < stop && t.kind(k) == TokenBuffer.WORD && t.isCapitalized(k); k++) {
                        int colon = k + 1 < t.size() && t.is(k + 1, '(') ? roleClose(k + 1) + 1 : k + 1;
                        if (colon > k && colon < t.size() && t.is(colon, ':')) {
                            twice = labels.merge(d.lowerWord(k), 1, Integer::sum) >= 2;
                            break;
                        }
                    }
                }
                transcript = twice;
            }
            return transcript;
        }

        /**
         * The token of the parenthesis that closes a role opened at {@code open} ({@link
         * #roleOpening}), or -1 when words alone, at most {@link #ROLE_TOKENS}, do not lead to one.
         */
        private int roleClose(int open) {
            for (int k = open + 1; k < t.size() && k - open <= ROLE_TOKENS + 1; k++) {
                if (t.is(k, ')')) {
                    return k > open + 1 ? k : -1;
                }
                if (!t.isWordLike(k)) {
                    return -1;
                }
            }
            return -1;
        }

        Run(Document d) {
            this.d = d;
            this.t = d.t;
            List<FoundQuote> tagged = new ArrayList<>();
            for (FoundQuote q : d.quotes) {
                if (q.cueStart >= q.end && !q.mixed && !q.term) {
                    tagged.add(q);
                }
            }
            tagged.sort(java.util.Comparator.comparingInt(q -> q.cueStart));
            markedCues = new int[tagged.size()];
            markedQuotes = tagged.toArray(new FoundQuote[0]);
            for (int k = 0; k < markedQuotes.length; k++) {
                markedCues[k] = markedQuotes[k].cueStart;
            }
        }

        /** Whether word {@code i} is the reporting verb of a whole quotation with marks ({@code “…,” she said}). */
        private boolean tagsMarkedQuote(int i) {
            return java.util.Arrays.binarySearch(markedCues, t.start(i)) >= 0;
        }

        /**
         * {@code “…,” she continued, pointing to …}: whether word {@code i}, which reports no clause of its own,
         * tags a whole quotation with marks before it, and a comma and a participle follow it.
         */
        private boolean participleAfterTag(int i, int e) {
            return i + 2 < e && t.is(i + 1, ',') && !d.inQuote(i + 1) && presentParticiple(i + 2) && tagsMarkedQuote(i);
        }

        /**
         * {@code “…,” but the warden denied that the pier was shut}: whether a {@code that} opening a
         * clause follows the reporting verb of a quotation with marks, which ends at {@code k}, past a
         * comma and a single word set off by commas at most ({@code said, twice, that …}): the verb
         * reports that clause as well: a {@code that} before what opens a clause (a subject, a
         * determiner, a word of time or condition), not a demonstrative ({@code said that day}, {@code
         * said that night}), nor one that a quotation follows.
         */
        private boolean thatAfterTag(int k, int e) {
            if (k < e && t.is(k, ',') && !d.inQuote(k)) {
                k++;
                if (k + 1 < e && t.kind(k) == TokenBuffer.WORD && t.is(k + 1, ',') && !d.inQuote(k + 1)
                        && !t.equalsIgnoreCase(k, "that")) {
                    k += 2;
                }
            }
            int j = k + 1;
            return j < e && t.equalsIgnoreCase(k, "that") && !d.inQuote(k) && !d.inQuote(j) && t.kind(j) == TokenBuffer.WORD
                    && !Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j))
                    && (d.mentions.isDeterminer(j) || isSubjectPronoun(j) || t.isCapitalized(j) || t.equalsIgnoreCase(j, "there")
                            || quantitySubject(j) || Sieves.oneOf(d, j, CLAUSE_OPENERS_AFTER_THAT) || clauseSubjectAfterThat(j, e));
        }

        /** Words of time or condition that may open a clause after its {@code that}: {@code wrote that unless tolls fall …}. */
        private static final String[] CLAUSE_OPENERS_AFTER_THAT = {"since", "if", "when", "because", "although", "though",
                "while", "after", "before", "unless", "once"};

        /** The whole quotation with marks whose reporting verb is word {@code i}, when it has a speaker; else null. */
        private FoundQuote taggedQuote(int i) {
            int k = java.util.Arrays.binarySearch(markedCues, t.start(i));
            return k >= 0 && markedQuotes[k].hasSpeaker() ? markedQuotes[k] : null;
        }

        /** Finds the reported clauses of the sentence of tokens {@code [s, e)} in paragraph {@code p}. */
        void sentence(int p, int s, int e) {
            if (closingAttribution(p, s, e) || colonLabel(p, s, e) || headlineLabel(p, s, e)) {
                return;
            }
            int from = s;   // where the next clause may start: after the last attribution
            int part = s;   // where the part of the sentence holding it starts
            FoundQuote last = null;
            Mentions.Mention m = new Mentions.Mention();   // one for the sentence, cleared at each word: nothing keeps it
            for (int i = s; i < e; i++) {
                if (!d.inQuote(i) && (t.is(i, ';') || t.is(i, ':')) && i >= from) {
                    from = i + 1;   // a new part of the sentence: "…; 26% say they …"
                    part = from;
                }
                if (d.inQuote(i) || t.kind(i) != TokenBuffer.WORD) {
                    continue;
                }
                m.clear();
                if (t.equalsIgnoreCase(i, "according") && i + 1 < e && t.equalsIgnoreCase(i + 1, "to")) {
                    boolean leading = startsPart(from, i) || i - 1 > from && t.is(i - 1, ',') && introductoryOnly(from, i - 1);
                    if (!d.mentions.subjectAfter(i + 2, e, m) && !accordingSource(i + 2, e, m)
                            && !(leading && longSource(i + 2, e, m))) {
                        continue;
                    }
                    Sieves.paperOfItsAuthor(d, m, e);   // "according to a statement from the board": the board's
                    FoundQuote q;
                    if (leading) {
                        FoundQuote opening = startsPart(from, i) ? null : openingBeforeAccordingTo(p, from, i, m);
                        q = emit(p, sourceEnd(m.last + 1, e), e, m, i, 2, "according-to");   // According to X, …
                        if (q != null) {
                            if (opening != null) {
                                q.group = opening.group;   // "After the flood, according to X, …": one report in two pieces
                            }
                            return;   // the rest of the sentence is the clause
                        }
                    } else {
                        int sourceComma = sourceEnd(m.last + 1, e) - 1;   // past the source's own words: "a clerk near the guild,"
                        int rest = asideAccordingTo(i, sourceComma, e);
                        if (rest < 0) {
                            rest = clauseAfterTimeAside(from, i, sourceComma, e);   // "That week, according to Orrin, the crews quit the pier."
                        }
                        // "That's according to the board.": the demonstrative stands for what the sentence before said
                        boolean demonstrative = i - from <= 2 && t.kind(from) == TokenBuffer.WORD && t.length(from) >= 4
                                && (d.text.regionMatches(true, t.start(from), "that", 0, 4)
                                        || d.text.regionMatches(true, t.start(from), "this", 0, 4))
                                && (t.length(from) == 4 || t.length(from) == 6 && d.text.charAt(t.end(from) - 1) == 's');
                        // …, according to X; a single word before an aside the report goes on after is a piece of it
                        q = emit(p, from, i, m, i, 2, "according-to", rest > 0 || demonstrative ? 1 : MIN_WORDS);
                        if (rest > 0) {
                            // "The rise, according to the guild, is due to the drought": the report goes on after the aside
                            FoundQuote after = emit(p, rest, clauseEnd(rest, e), m, i, 2, "according-to");
                            if (after != null) {
                                if (q != null) {
                                    after.group = q.group;   // one report in two pieces around the aside
                                }
                                last = after;
                                from = t.indexAt(after.end);
                                i = from - 1;
                                continue;
                            }
                        }
                    }
                    if (q != null) {
                        last = q;
                    }
                    from = m.last + 1;
                    i = m.last;
                    continue;
                }
                int asComma = t.equalsIgnoreCase(i, "as") && startsPart(from, i) ? asAttribution(i, e, m) : -1;
                if (asComma > 0) {
                    // "As the Tidewater Herald reported on Monday, the ferry will stop.": the rest of the sentence is the report
                    int verb = asVerb;
                    FoundQuote q = emit(p, asComma + 1, clauseEnd(asComma + 1, e), m, verb, cueAt(verb), "leading-verb");
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                        continue;
                    }
                }
                int source = t.equalsIgnoreCase(i, "in") && startsPart(from, i) ? sourcePhraseComma(i, e, m) : -1;
                if (source > 0 && !reportFollows(source + 1, e)) {
                    // "In a poll by the Gazette, most growers backed the levy.": what the source found
                    int c = pastParticiplePhrase(source + 1, e);
                    FoundQuote q = emit(p, c, clauseEnd(c, e), m, i, 1, "in-source");
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int received = receptionAt(i, e);
                if (received >= 0 && reception(p, from, i, received, e, m)) {
                    // "The plan drew sharp criticism from growers": the plan, as growers judged it
                    from = m.last + 1;
                    i = m.last;
                    continue;
                }
                int content = claimNounAt(i, e);
                if (content > 0) {
                    // "her claim that the vote was rigged": the owner of the claim is its speaker
                    if (owner(i, from, m).first < 0 && !pluralOwner(from, i, m) && !topicSubject(from, i, m)
                            && !distantClaimSubject(from, i, m)) {
                        m.first = -1;   // no owner and no subject of a verb it is the object of: no speaker
                        m.last = -1;
                    }   // "Orlov floated the notion that …": with no owner, the one who put it forward
                    ownerAsSubject(from, m);   // "Orlov renewed his claim that …": Orlov, who owns it
                    FoundQuote q = emitClaim(p, from, i, content, m, e, false);
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int sourced = claimFromSourceAt(i, e, m);
                if (sourced > 0) {
                    // "complaints from the growers that the toll is too high": the growers, whose complaints they are
                    FoundQuote q = emitClaim(p, from, i, sourced, m, e, true);
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int argued = caseMadeAt(from, i, e);
                if (argued > 0) {
                    // "Vasko built a careful case to the board that the pier is safe": the one who made it
                    int v = makingVerb;
                    int s0 = v;   // whose verb: "set out to make a strong case" is made by whoever set out
                    if (s0 - 2 > from && t.equalsIgnoreCase(s0 - 1, "to") && t.kind(s0 - 2) == TokenBuffer.WORD && !d.inQuote(s0 - 2)) {
                        s0 -= 2;
                    }
                    if (v - 2 > from && Sieves.oneOf(d, v - 2, LETTING_VERBS) && (isObjectPronoun(v - 1) || d.mentions.isNameWord(v - 1))) {
                        m.first = v - 1;   // "let her make a plain case that …": she made it
                        m.last = v - 1;
                        m.type = isObjectPronoun(v - 1) ? Mentions.PRONOUN : Mentions.NAME;
                    } else if (!(d.mentions.subjectBefore(s0, from - 1, m) || subjectAcross(from, s0, m) || openingSubject(from, s0, m)
                            || Sieves.sentenceSubject(d, Math.max(from, s0 - SUBJECT_WINDOW), s0, m) && m.last < s0)) {
                        m.first = -1;
                        m.last = -1;
                    }
                    FoundQuote q = emit(p, argued, subordinateEnd(from, argued, clauseEnd(argued, e)), m, v, i - v + 1, "claim-noun");
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int presenter = presenterOfPlan(from, i);
                if (presenter >= 0 && subjectOfMaker(from, presenter, m)) {
                    // "The guild unveiled a plan to rebuild the pier": the guild, who put the plan forward
                    int plan = i + 1;
                    FoundQuote q = emit(p, plan, subordinateEnd(from, plan, clauseEnd(plan, e)), m, i, 1, "claim-noun");
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int topic = topicNounAt(i, e);
                if (topic > 0 && !occasionAfterOn(topic) && (owner(i, from, m).first >= 0 || topicSubject(from, i, m))) {
                    // "his attacks on the levy": what the owner's words were about
                    int topicStop = topicEnd(topic, clauseEnd(topic, e));
                    if (ownerOpensPart(from, i)) {
                        topicStop = subjectTopicEnd(topic, topicStop);   // "His remarks on the levy put him …"
                    }
                    ownerAsSubject(from, m);   // "She kept up her complaints about …": she, who owns them
                    groupOwnerAsSubject(from, m);   // "Ferry crews voiced their anger at …": the crews
                    if (facedTopicNoun(from, i)) {
                        m.first = -1;   // "Okafor faced questions about …": others asked them, no one named
                        m.last = -1;
                    }
                    FoundQuote q = emit(p, topic, topicStop, m, i, 2, "topic-noun", 1);
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int stanceContent = stanceAdjectiveAt(i, e);
                int linkedContent = linkedStanceAdjectiveAt(i, e);   // "remain confident that …", read below
                if (stanceContent > 0) {
                    // "Aides are worried about turnout": the subject feels so about what follows
                    int be = i - 1;
                    while (be > from && !isBe(be)) {
                        be--;
                    }
                    if (d.mentions.subjectBefore(be, from - 1, m) || openingSubject(from, be, m) || shareSubject(from, be, m)) {
                        int cueEnd = stanceContent - 1;
                        FoundQuote q = emit(p, stanceContent, subordinateEnd(from, stanceContent, clauseEnd(stanceContent, e)), m,
                                be, cueEnd - be + 1, "stance-adjective");
                        if (q != null) {
                            last = q;
                            from = t.indexAt(q.end);
                            i = from - 1;
                        }
                        continue;
                    }
                    if (linkedContent == 0) {
                        continue;   // "have long been wary that …": the subject past the adverb, below
                    }
                }
                if (linkedContent > 0) {
                    // "Aides stay hopeful that …", "we're anxious that …": the subject feels so about the clause
                    int b = stanceLink;
                    boolean found;
                    if (contractedSubject(b)) {
                        m.first = b;
                        m.last = b;
                        m.type = Mentions.PRONOUN;
                        found = true;
                    } else if (t.is(b, ',')) {
                        found = Sieves.sentenceSubject(d, Math.max(from, b - SUBJECT_WINDOW), b, m) && m.last < b;
                    } else {
                        int v = b;
                        while (v - 1 > from && i - v < 2 * STANCE_ADVERBS && (isBe(v - 1) || isHave(v - 1) || isAuxiliary(v - 1)
                                || preverbAdverb(v - 1))) {
                            v--;   // "grew ever more wary", "have long been sure": the subject stands before the auxiliaries
                        }
                        found = d.mentions.subjectBefore(v, from - 1, m) || openingSubject(from, v, m) || shareSubject(from, v, m)
                                || Sieves.coordinated(d, v) && Sieves.sentenceSubject(d, Math.max(from, v - SUBJECT_WINDOW), v, m)
                                && m.last < v;   // "toured the pier and came away sure that …"
                    }
                    if (found && m.first == m.last && t.equalsIgnoreCase(m.first, "it")) {
                        m.first = -1;   // "It is far less certain that …": the empty it, no one feels so
                        m.last = -1;
                    }
                    if (found && m.last <= b) {
                        int cue = contractedSubject(b) || t.is(b, ',') ? i : b;   // "we're anxious", ", confident": the adjective
                        FoundQuote q = emit(p, linkedContent, subordinateEnd(from, linkedContent, clauseEnd(linkedContent, e)), m,
                                cue, i - cue + 1, "stance-adjective");
                        if (q != null) {
                            last = q;
                            from = t.indexAt(q.end);
                            i = from - 1;
                        }
                    }
                    continue;
                }
                int asked = questionAfterPreposition(from, i, e);
                if (asked > 0) {
                    // "Vasko offered few details about why the pier failed": the question the words were about
                    if (!(verbsOwnSubject(from, i - 1, m)   // "…, but the keepers disagree over who …": the keepers
                            || Sieves.sentenceSubject(d, Math.max(from, i - SUBJECT_WINDOW), i, m) && m.last < i - 1)
                            || m.first == m.last && Sieves.oneOf(d, m.first, EMPTY_SUBJECTS)) {
                        m.first = -1;   // "a quarrel over whether …", "It is all a debate over how …": no one named
                        m.last = -1;
                    }
                    FoundQuote q = emit(p, asked, subordinateEnd(from, asked, clauseEnd(asked, e)), m, i - 1, 2, "question-topic");
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int willingLink = postposedWillingness(from, i, e, m);
                if (willingLink >= 0) {
                    // "growers willing to sell", "Skippers grew reluctant to sail": the infinitive, for the noun or subject before
                    int willingEnd = willingLink == i ? willingnessEnd(i + 1, subordinateEnd(from, i + 1, clauseEnd(i + 1, e)))
                            : subordinateEnd(from, i + 1, clauseEnd(i + 1, e));
                    FoundQuote q = emit(p, i + 1, willingEnd, m, willingLink, i - willingLink + 1, "stance-adjective");
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int seeming = seemingAt(i, e);
                if (seeming > 0 && t.equalsIgnoreCase(seeming - 1, "to")) {
                    continue;   // "hated to be perceived as …", "strove to appear calm": an impression wanted or shunned, none reported
                }
                if (seeming >= 0) {
                    // "The plan seems to work.": an impression no one is named for, subject and complement
                    int next = seemingPieces(p, from, seeming, i, e);
                    if (next > i) {
                        from = next;
                        i = next - 1;
                    }
                    continue;
                }
                int viewedAs = viewedByAgentAs(i, e);
                if (viewedAs > 0) {
                    // "The toll is seen by many skippers as a burden.": subject and view, for the agent
                    int next = viewedByAgentPieces(p, from, i, viewedAs, e);
                    if (next > i) {
                        from = next;
                        i = next - 1;
                    }
                    continue;
                }
                int judgedAs = judgedAsAt(i, e);
                if (judgedAs >= 0) {
                    // "The levy was roundly mocked as unfair.": subject and judgement, by no one named
                    int next = seemingPieces(p, from, judgedAs, i, e);
                    if (next > i) {
                        from = next;
                        i = next - 1;
                    }
                    continue;
                }
                if (askedOpensPart(from, i, e)) {
                    // "Asked whether the dam was safe, she …": the question, put by no one named
                    m.first = -1;
                    m.last = -1;
                    int q0 = questionAfterAsked(i, e);   // "When asked by a reporter whether …": past the asker
                    asker(i, q0, m);   // who put the question, when the sentence names them
                    int end = clauseEnd(q0, e);
                    for (int k = q0 + 1; k < end; k++) {
                        if (t.is(k, ',') && !d.inQuote(k)) {
                            end = k;
                            break;
                        }
                    }
                    int a = t.equalsIgnoreCase(q0, "about") ? q0 + 1 : q0;   // "Asked about the levy, …"
                    if (a > q0) {
                        end = Math.min(end, objectEnd(a, e));   // "was asked about the levy on Monday": what was asked about
                    }
                    FoundQuote q = emit(p, a, end, m, i, 1, "asked-question");
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                int be = passiveSubjectAt(i, e);
                if (be >= 0) {
                    // "The meeting was first reported by the Ledger": the subject is what was reported
                    passiveSubject(p, from, be, i, e);
                    continue;
                }
                if (stanceParticipleAfterNoun(p, from, i, e)) {
                    continue;   // "a levy endorsed by the guild": the levy, the guild's view
                }
                int known = knownAsAt(i, e);
                if (known > 0) {
                    // "a ferry line known as the Night Run": the name it goes by, given by no one named
                    m.first = -1;
                    m.last = -1;
                    FoundQuote q = emit(p, known, objectEnd(known, e), m, i, 2, "known-as", 1);
                    if (q != null) {
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                }
                if (ingAfterHave(i)) {
                    continue;   // "have warning lights", "had backing singers": an adjective before its noun, no verb
                }
                int len = cueAt(i);
                if (len == 0 && last == null && participleAfterTag(i, e)) {
                    last = taggedQuote(i);   // "“…,” she continued, pointing to …": a verb that reports no clause, its quotation's speaker goes on
                }
                boolean stance = false;
                int thatPhrase = len == 0 ? thatPhraseAt(i) : 0;
                if (thatPhrase > 0) {
                    len = thatPhrase;   // "made the case that …": the clause opens at its "that", as after "made it clear"
                    stance = true;
                }
                if (!stance && (len == 0 || len == 1 && isObjectPhrase(i))) {
                    int object = stanceAt(i);   // "complained about the toll": the verb's object, not a clause
                    if (object > 0 || len == 0) {
                        len = object;
                        stance = len > 0;
                    }
                }
                if (len == 0 && namingAt(i, e)) {
                    len = 1;   // "called the plan a disgrace", "sees the levy as a gamble": object and name
                    stance = true;
                }
                int maker = len > 0 ? makerOfIndefiniteNoun(from, i) : NO_NOUN;
                if (maker == NO_NOUN && len > 0) {
                    maker = makerOfNounCue(from, i);   // "She dropped plans to …": she, not the verb
                }
                if (maker == NOUN_ALONE) {
                    continue;   // "a strong signal to …", "when a simmering dispute over …": a noun, no verb
                }
                if (len > 0 && nounBeforeAmongOrThan(i, len)) {
                    continue;   // "her broad support among growers", "less support than Vasko": a noun, no verb
                }
                if (len > 0 && (maker == NO_NOUN || maker >= 0 && isBe(maker)) && nounAfterModifier(from, i)) {
                    continue;   // "the lone vote for …", "a fresh focus on …": a noun after its modifier, no verb
                }
                if (len == 1 && nounBeforeItsVerb(from, i)) {
                    continue;   // "The harbour protest remained calm.": the subject's head noun, no verb
                }
                if (len > 0 && insideWhether(from, i)) {
                    continue;   // "asked whether the guild would back the toll": an open question, no one's view
                }
                if (stance && questionToListener(i)) {
                    continue;   // "Do you back the levy?": a question for the reader, no stance anyone holds
                }
                int topicFirst = len > 0 && !stance ? topicBeforeInverted(from, i, i + len, e, m) : -1;
                if (topicFirst >= 0) {
                    // "About the vote reported the Gazette.": the topic before the verb, the speaker after it
                    FoundQuote q = emit(p, topicFirst, i, m, i, len, "trailing-verb-inverted");
                    if (q != null) {
                        last = q;
                    }
                    from = m.last + 1;
                    i = m.last;
                    continue;
                }
                if (len > 0 && tagsMarkedQuote(i) && !thatAfterTag(i + len, e)) {
                    FoundQuote tagged = taggedQuote(i);
                    if (tagged != null && last == null) {
                        last = tagged;   // "“…,” she said, adding that …": the quotation's speaker goes on
                    }
                    continue;   // "“…,” she said in an interview": the verb's clause is the quotation
                }
                if (len == 0) {
                    if ((Words.OBJECT_VERBS.contains(d.text, t.start(i), t.end(i))
                            || Words.CLAUSE_VERBS.contains(d.text, t.start(i), t.end(i))
                            || Words.NAMING_VERBS.contains(d.text, t.start(i), t.end(i)))
                            && (d.mentions.subjectBefore(i, from - 1, m) || openingSubject(from, i, m))) {
                        FoundQuote relative = relativePiece(p, from, m, i, 1);
                        if (relative != null) {   // "a plan, which the mayor endorsed", "a levy, which he believes will …"
                            FoundQuote rest = d.text.regionMatches(true, relative.start, "what", 0, 4) ? null : gappedPredicate(p, from, m, i, e);
                            if (rest != null) {
                                rest.group = relative.group;   // "…, which he believes will fail": the predicate the relative word is subject of
                                last = rest;
                                from = t.indexAt(rest.end);
                                i = from - 1;
                            }
                        } else {
                            int object = contactObject(from, i, e, m);
                            FoundQuote q = null;
                            if (object >= 0) {
                                // "…, a plan the mayor endorsed.": the noun phrase the clause without a relative word describes
                                q = emit(p, object, phraseStart(m.first, from), m, i, 1, "relative-object", 1);
                                if (q != null) {
                                    last = q;
                                }
                            }
                            FoundQuote rest = m.first > from && !t.equalsIgnoreCase(m.first - 1, "what") && gappingBelief(i)
                                    ? gappedPredicate(p, from, m, i, e) : null;
                            if (rest != null) {
                                // "a fare he knew would anger the crews", "a move that the guild hopes will end the feud": the predicate of
                                // the noun the clause describes
                                if (q != null) {
                                    rest.group = q.group;
                                }
                                last = rest;
                                from = t.indexAt(rest.end);
                                i = from - 1;
                            }
                        }
                    }
                    continue;
                }
                if (gerundAfterOfOrFor(from, i)) {
                    continue;   // "her habit of doubting …", "blamed Lark for saying …": a noun's complement or a reason
                }
                // "Lark was asked to choose …", "growers were warned that …": its subject is no speaker
                passiveVerb = len == 1 && (passiveCue(i, e) || impressionOfIt(from, i)) ? i : -1;
                int after = i + len;
                String rule;
                boolean inverted = false;
                String relativeName = null;
                if (stance) {
                    // "The union endorsed Corrow.": the object is what the subject is reported to hold
                    if ((relativeName = relativeClauseSubject(part, from, i, m)) != null) {
                        // "Vossberg, who met the growers and praised the toll": who, standing for Vossberg
                    } else if (subordinateClauseHost(from, i, m)) {
                        // "The crowd grew restless after the warden climbed the steps, praising …": the warden
                    } else if (infinitiveClauseSubject(from, i, m)) {
                        // "The board grew restless when the ferrymen began to praise …": the ferrymen
                    } else if (participleHost(from, i, m)) {
                        // "Tindall hired a deputy, Teodor Brannock, praising …": Tindall
                    } else if (itHost(from, i, m)) {
                        // "…, but it refused, praising …": it
                    } else if (last != null && last.hasSpeaker() && (Sieves.participle(d, i) || Sieves.coordinated(d, i))
                            && !subjectOfItsOwn(from, i)) {
                        m.first = t.indexAt(last.speakerStart);   // "…, pointing to …": the same speaker
                        m.last = t.indexAt(last.speakerEnd - 1);
                        m.type = last.speakerType;
                    } else if (!(quantifierSubject(from, i, m) || maker >= 0 && subjectOfMaker(from, maker, m) || authorOfSpeechNoun(from, i, m) || subjectAcross(from, i, m) || subjectBeforeCommaAside(from, i, m)
                            || clauseSubjectBeforeParticiple(from, i, m) || subjectPastObjectApposition(from, i, m)
                            || subjectBeforeSetPhrase(from, i, m) || d.mentions.subjectBefore(i, from - 1, m)
                            || openingSubject(from, i, m))
                            && (relativeName = relativeSubject(from, i, m)) == null
                            && !((Sieves.participle(d, i) || Sieves.coordinated(d, i) && !infinitiveBefore(from, i))
                                    && Sieves.sentenceSubject(d, Math.max(from, i - SUBJECT_WINDOW), i, m) && m.last < i)
                            && !adjacentSubject(from, i, m)) {
                        continue;   // "…, she said, referring to …": the subject of the sentence
                    }
                    if (relativeName == null && !pastTimeMention(part, from, i, m)) {   // "Tindall later in the evening touted …"
                        nameOfApposition(part, from, i, m);   // "Teodor Brannock, the warden, praised …": the name
                    }
                    if (relativeName == null) {
                        relativeName = dropTrailingAdverbs(from, m);   // "She bluntly, openly criticized …": she
                    }
                    if (relativeName == null) {
                        subjectPastDateline(p, i, m);   // "PORT ELLERY - The guild backed the toll.": the guild
                    }
                    int past = timePhraseEnd(after, e);
                    if (past > after && past < e && !d.inQuote(past) && opensClauseAfterTime(past)) {
                        after = past;   // "made clear Friday they …", "made it clear last night that …": the time of saying
                    }
                    int listenerThat = len > 1 ? clauseAfterPhraseListener(after, e) : -1;
                    if (listenerThat > 0) {
                        after = listenerThat;   // "made it clear to the board that …": the clause, not the listener
                    }
                    int noun = thatPhrase > 0 && t.equalsIgnoreCase(after, "that") ? after   // "made the case that …": a clause, not an object
                            : expresses(i) ? nounAfterVerb(after, e) : -1;
                    if (noun < 0 && opensWithParticle(after, e) && !passiveCue(i, e)) {
                        continue;   // "The guild backed down.", "cheered with joy": a phrasal verb or a way of acting
                    }
                    FoundQuote q = noun < 0 ? emit(p, after, predicateStart(from, i, after, pronounObjectEnd(after, occasionEnd(after, objectEnd(after, e)))), m, i, len,
                            "leading-verb", 1)
                            : emit(p, noun, t.equalsIgnoreCase(noun, "that") ? subordinateEnd(from, noun, clauseEnd(noun, e))
                                    : objectEnd(noun, e), m, i, noun - i, "leading-verb", 1);
                    if (q != null && relativeName != null) {
                        q.speakerName = relativeName;
                    }
                    if (q != null) {
                        last = q;
                        from = t.indexAt(q.end);
                        i = from - 1;
                    }
                    continue;
                } else if (invertedAfterComma(from, i, after, e, m)) {
                    inverted = true;   // "…, said Smith, a historian.": before the apposition rules look back
                    rule = "trailing-verb-inverted";
                    after = m.last + 1;
                } else if ((relativeName = relativeClauseSubject(part, from, i, m)) != null) {
                    rule = "leading-verb";   // "the guild, which angered growers by questioning …": which, standing for the guild
                } else if (subordinateClauseHost(from, i, m)) {
                    rule = "leading-verb";   // "The crowd grew restless after the warden climbed the steps, warning …": the warden
                } else if (infinitiveClauseSubject(from, i, m)) {
                    rule = "leading-verb";   // "The board grew restless when the ferrymen began to argue …": the ferrymen
                } else if (participleHost(from, i, m)) {
                    rule = "leading-verb";   // "Tindall hired a deputy, Teodor Brannock, acknowledging …": Tindall
                } else if (itHost(from, i, m)) {
                    rule = "leading-verb";   // "…, but it refused, pointing to …": it
                } else if (quantifierSubject(from, i, m)) {
                    rule = "leading-verb";   // "Once the tally closed, all agreed …": all, who agreed
                } else if (thatRelativeSubject(from, i, m)) {
                    rule = "leading-verb";   // "tallies that show Vexley leading": the tallies
                } else if (infinitiveSubject(from, i, m)) {
                    rule = "leading-verb";   // "The delay pushed a few growers to claim that …": the ones pushed to say it
                } else if (evidenceSubject(from, i, m)) {
                    rule = "leading-verb";   // "A ferry poll this week found …": the poll, not the month
                } else if (maker >= 0 && subjectOfMaker(from, maker, m)) {
                    rule = "leading-verb";   // "Vasko made an urgent call for …": Vasko
                } else if (authorOfSpeechNoun(from, i, m)) {
                    rule = "leading-verb";   // "The guild issued a statement saying …": the guild
                } else if (subjectAcross(from, i, m)) {
                    rule = "leading-verb";   // "he didn't mention …", "The court this month ruled …"
                } else if (subjectBeforeCommaAside(from, i, m)) {
                    rule = "leading-verb";   // "Vasko, speaking at a fair in Dunmore, Ore., warned …"
                } else if (subjectAfterOpeningTime(part, i, m)) {
                    rule = "leading-verb";   // "The next day, Vasko left the hall, saying …": Vasko, not the day
                } else if (subjectBeforeSetPhrase(from, i, m)) {
                    rule = "leading-verb";   // "Growers have in fact argued …", "The guild in particular feared …"
                } else if (clauseSubjectBeforeParticiple(from, i, m) || subjectPastObjectApposition(from, i, m)) {
                    rule = "leading-verb";   // "After the vote, Vasko left the hall, saying …": Vasko
                } else if (answeringRelativeSubject(from, i, m)) {
                    rule = "leading-verb";   // "Members who voted no said …": the members, with their clause
                } else if (d.mentions.subjectBefore(i, from - 1, m) || openingSubject(from, i, m) || subjectAfterComma(from, i, m)
                        || shareSubject(from, i, m) || from > part && openingSubject(part, i, m)
                        || from > part && from == i && withheldNameEnd(i - 4 >= part && t.equalsIgnoreCase(i - 4, "not") ? i - 4 : i - 3, i + 1) == i
                                && d.mentions.subjectBefore(i, part - 1, m)
                        || subjectBeforeTime(from, i, m) || from > part && subjectAcrossRelativeReport(part, from, i, m)) {
                    // from the part's start: "Lark, who backed Corrow in May, said …", past the report of the
                    // relative clause; before a phrase of time: "Lark on Tuesday said …"
                    restrictiveRelativeHead(from, m);
                    rule = "leading-verb";
                } else if ((relativeName = relativeSubject(from, i, m)) != null) {
                    rule = "leading-verb";   // "Smith, who said …": who, standing for Smith
                } else if (Sieves.coordinated(d, i) && (relativeName = relativeBeforeConjunction(from, i, m)) != null) {
                    rule = "leading-verb";   // "Lark, who met the growers and said …": who, standing for Lark
                } else if (last != null && last.hasSpeaker() && (Sieves.participle(d, i) || Sieves.coordinated(d, i) || participleAfterFragment(i))
                        && !subjectOfItsOwn(from, i)) {
                    m.first = t.indexAt(last.speakerStart);   // "…, adding that …": the same speaker
                    m.last = t.indexAt(last.speakerEnd - 1);
                    m.type = last.speakerType;
                    rule = "leading-verb";
                } else if ((Sieves.participle(d, i) || Sieves.coordinated(d, i) || participleAfterFragment(i))
                        && Sieves.sentenceSubject(d, Math.max(from, i - SUBJECT_WINDOW), i, m) && m.last < i) {
                    rule = "leading-verb";
                } else if (i - 1 > from && t.is(i - 1, ',') && d.mentions.subjectAfter(after, e, m) && endsInvertedSubject(m, e)) {
                    inverted = true;   // "…, said the minister."
                    rule = "trailing-verb-inverted";
                    after = m.last + 1;
                } else if (nounPhraseBefore(from, i, m)) {
                    rule = "leading-verb";   // "While some growers say …", "his advisers say …"
                } else if (thatClauseFollows(i, after, e) && Sieves.sentenceSubject(d, Math.max(from, i - SUBJECT_WINDOW), i, m)
                        && m.last < i) {
                    // "Bakers, for their part, argue that …", "… — saying he would …": the subject of the sentence
                    rule = "leading-verb";
                } else if (last != null && last.hasSpeaker() && thatClauseFollows(i, after, e) && !relativeBefore(from, i)) {
                    m.first = t.indexAt(last.speakerStart);   // "…, while also saying that …": the speaker of the clause before
                    m.last = t.indexAt(last.speakerEnd - 1);
                    m.type = last.speakerType;
                    rule = "leading-verb";
                } else {
                    int comma = openingParticiple(from, i, after, e, m);
                    if (comma < 0 && thatClauseFollows(i, after, e) && (bareRelative(from, i, m)
                            || Sieves.sentenceSubject(d, Math.max(s, i - Sieves.MAX_SENTENCE_TOKENS), i, m) && m.last < i)) {
                        // "Okafor walked along the pier … in the rain, suggesting that …": the subject of the
                        // sentence, from its start but no further back than a sentence reaches, so that a long
                        // sentence of many such verbs is not read again for each
                        int c = clauseStart(i, after, e);
                        FoundQuote q = emit(p, c, subordinateEnd(from, c, clauseEnd(c, e)), m, i, len, "leading-verb");
                        if (q != null) {
                            last = q;
                            from = t.indexAt(q.end);
                            i = from - 1;
                        }
                        continue;
                    }
                    int c = comma > 0 ? clauseStart(i, after, e) : -1;
                    if (c > 0 && c < comma) {
                        // "Noting that the ferry was late, the mayor left.": the subject after the phrase says it
                        FoundQuote q = emit(p, c, Math.min(comma, clauseEnd(c, e)), m, i, len, "leading-verb");
                        if (q != null) {
                            last = q;
                            from = t.indexAt(q.end);
                            i = from - 1;
                        }
                    }
                    continue;
                }
                if (!inverted && relativeName == null && m.first - 1 > from && t.equalsIgnoreCase(m.first - 1, "who")) {
                    restrictiveRelativeHead(from, m);   // "Officials who attended said …": the officials, not "attended"
                }
                if (!inverted && relativeName == null && !pastTimeMention(part, from, i, m)) {
                    nameOfApposition(part, from, i, m);   // "One of the growers, Teodor Brannock, said …": the name
                }
                if (!inverted && relativeName == null) {
                    relativeName = dropTrailingAdverbs(from, m);   // "The clerks never quite admitted …": the clerks
                }
                if (!inverted && relativeName == null) {
                    agentOfPassive(i, len, e, m);   // "She was warned by the clerk that …": the clerk
                }
                if (!inverted && relativeName == null) {
                    pronounOfNearerClause(i, m);   // "Lark is tired, but she still argues …": she
                }
                if (!inverted && relativeName == null) {
                    subjectPastDateline(p, i, m);   // "DUNMORE, Ore. - The guild voted Monday, saying …": the guild
                }
                int head = inverted ? i : phraseStart(m.first, from);
                // the comma before the attribution, or a fragment ending in one ("The levy is “a tax,” she said.")
                int cut = head - 1 <= from ? -1 : isClauseComma(head - 1) ? head - 1 : endsFragmentWithComma(head - 1) ? head : -1;
                int opening = head - 1;   // where the words before the attribution end
                if (cut < 0 && !inverted && asAfterComma(from, head)) {
                    cut = head - 2;   // "The toll, as the mayor noted, rose again.": the attribution opens at "as"
                    opening = cut;
                }
                int tail = cut >= 0 && !introductoryOnly(from, opening) && !participleOpening(from, opening) && !nonFiniteTag(i, relativeName)
                        ? tailEnd(after, e) : -1;
                boolean quotationGoesOn = false;
                if (tail < 0 && cut >= 0 && (cut - from <= LEAD_IN_TOKENS || openingPhraseBeforeQuotation(from, cut)) && !inverted
                        && after < e && t.is(after, ',') && opensQuotation(after + 1)
                        && !Words.TIME_WORDS.contains(d.text, t.start(cut - 1), t.end(cut - 1)) && !nonFiniteTag(i, relativeName)) {
                    // "In other words, she said, “…”", "If the dam holds, she said, “…”": the words before are the quotation's first piece
                    tail = after;
                    quotationGoesOn = true;
                }
                if (inverted && m.type == Mentions.PRONOUN && !(after >= e || t.is(after, ','))) {
                    tail = -1;   // "…, said she was elated": a clause after the verb, not an inverted subject
                }
                if (tail >= 0) {
                    boolean goesOn = quotationGoesOn || !inverted && tail < e && continuesAfter(tail + 1, e)
                            || quotationAfterAttribution(tail, e);
                    // "Otherwise, she said, …": one word before an attribution the clause goes on after is a piece
                    // "And the toll, as the mayor noted, …": the conjunction links the sentence to the one before
                    int first = opening != head - 1 && isConjunction(from) && from + 1 < cut ? from + 1 : from;
                    if (!inverted) {
                        agentOfAside(i, len, e, m);   // "The plan, first disclosed by the Bugle, …": the Bugle
                    }
                    FoundQuote q = emit(p, first, cut, m, i, len, inverted ? rule : "trailing-verb", goesOn ? 1 : MIN_WORDS);
                    if (q != null) {
                        last = q;
                    }
                    from = after;
                    int verb = i;
                    i = after - 1;
                    if (goesOn) {
                        // "The plan, she said, will fail.": the clause goes on after its attribution
                        FoundQuote rest = emit(p, tail + 1, e, m, verb, len, "trailing-verb");
                        if (rest != null) {
                            if (q != null) {
                                rest.group = q.group;
                            }
                            return;
                        }
                    }
                    continue;
                }
                if (inverted) {
                    continue;
                }
                int c = clauseStart(i, after, e);
                if (c == after) {
                    c = pastAmountAbout(c, e);   // "said little about the levy": what was said is about the levy
                }
                if (c == after) {
                    c = pastSignOf(c, e);   // "showed no real sign of lowering the toll": what is shown, or not, is the act
                }
                if (c < 0) {
                    c = distantThat(i, after, e);   // "told a packed room at the bakery in Port Ellery that …"
                }
                if (c < 0) {
                    c = thatPastTitle(i, after, e);   // "told the Tidewell paper's “Quay Hour” that …"
                }
                if (c < 0 && after < e && loneQuestion(after, after + 1)) {
                    c = after;   // "never said when.": not the time of saying, the question
                }
                FoundQuote relative = relativeName == null ? relativePiece(p, from, m, i, len) : null;
                if (c < 0 || c == after && opensWithParticle(c, e) && !passiveCue(i, e)) {
                    continue;   // "roared back in May" reports nothing; "was questioned over the levy" keeps its topic
                }
                if (relative == null && c > after && t.is(after, ',') && head - 1 > from && isClauseComma(head - 1)
                        && introductoryOnly(from, head - 1) && !nonFiniteTag(i, relativeName)) {
                    // "When she got there, she said, there were …": the opening phrase is part of the report
                    relative = emit(p, from, head - 1, m, i, len, "trailing-verb", 1);
                }
                if (relative == null && relativeName == null && c > after && !nonFiniteTag(i, relativeName)) {
                    relative = openingBeforeSetOffSpeaker(p, from, m, i, len, after, c, e);   // "The scheme, a clerk of Lark's said, would …"
                }
                if (relative == null && relativeName == null && c == after && !inverted) {
                    relative = nounBeforeGappedClause(p, from, m, i, len, c);   // "a levy the growers expect will pass …"
                }
                pastFragment = -1;
                int clause = innerSubordinateEnd(from, i, c, subordinateEnd(from, c, clauseEnd(c, e)));
                int end = listenerAfterPronoun(c, pronounObjectEnd(c, clause));
                boolean lonePronoun = end < clause;   // "He explained it in print.": the pronoun alone, before the phrase of saying
                int beforeOccasion = end;
                if (!lonePronoun && !Sieves.oneOf(d, i, SAY_FORMS)) {
                    end = occasionEnd(c, end);   // "criticized the toll in a radio interview": the occasion of saying, not what was said
                    end = asClauseEnd(c, end);   // "praised the crew as the storm broke": the time of the act, no part of its object
                }
                // "blasted Vell on Twitter": one word before the occasion of saying is the whole object, not a reflexive
                boolean loneObject = end < beforeOccasion && c + 1 == end && !t.endsWith(c, "self") && !t.endsWith(c, "selves");
                if (c > 0 && (t.equalsIgnoreCase(c - 1, "about") || isAsk(i) && t.equalsIgnoreCase(c - 1, "for"))) {
                    end = Math.min(end, objectEnd(c, e));   // "asked about the levy on Monday", "said about the levy": what it was about
                }
                if (relativeName != null || relative != null && t.is(Math.max(0, t.indexAt(relative.start) - 1), ',')) {
                    end = firstComma(c, end);   // "…, which officials said will …, were …": the relative clause ends
                }
                // "Half said yes.", "He said so.": an answer of one word is a report too
                boolean answer = c + 1 == end && (t.equalsIgnoreCase(c, "yes") || t.equalsIgnoreCase(c, "no") || t.equalsIgnoreCase(c, "so")
                        || lonePronoun || loneObject || loneQuestion(c, end));
                boolean passive = passiveCue(i, e);
                if (passive || !inverted && relativeName == null && impersonalIt(m, i)) {
                    // "Okafor was asked to name …", "I was told that …": the one asked or told is no speaker;
                    // "it appears that …": nor is the empty subject of a verb of seeming
                    FoundQuote q = emit(p, c, end, speakerless(), i, len, passive ? "passive-cue" : "seeming", answer ? 1 : MIN_WORDS);
                    if (q != null) {
                        last = null;
                        from = lonePronoun ? clause : t.indexAt(q.end);
                        i = from - 1;
                    } else if (pastFragment > i) {
                        // the fragment reports this part of the sentence, as after an active verb: the verbs
                        // before it are not read again, each over the clause up to its end
                        from = pastFragment;
                        i = from - 1;
                    }
                    continue;
                }
                FoundQuote q = emit(p, c, end, m, i, len, rule, answer ? 1 : MIN_WORDS);
                if (q != null && relativeName != null) {
                    q.speakerName = relativeName;
                }
                if (q != null && relative != null) {
                    q.group = relative.group;   // "which officials said will …": one report in two pieces
                }
                if (q == null && pastFragment > i) {
                    from = pastFragment;   // the fragment reports this part of the sentence
                    i = from - 1;
                    FoundQuote fragment = quoteAt(t.start(from - 1));
                    if (fragment != null && fragment.hasSpeaker()) {
                        last = fragment;   // "… was “a disgrace” and warned that …": its speaker goes on
                    }
                }
                if (q != null) {
                    // the rest of the sentence is the clause, unless a quotation with marks ended it; the
                    // phrase of saying after a lone pronoun tells of this report, so it is passed too
                    last = q;
                    from = lonePronoun ? clause : t.indexAt(q.end);
                    i = from - 1;
                }
            }
        }

        /**
         * Whether the word at {@code k}, right after a verb, is a particle or a preposition of
         * direction or manner ({@code backed down}, {@code roared back in May}, {@code chanted with
         * joy}): the verb is one of acting, not of saying what follows; not before a number, which the
         * word measures. Not {@code out}, which the clause passes: {@code sent out a memo} reports it.
         */
        private boolean opensWithParticle(int k, int e) {
            return k < e && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k) && Sieves.oneOf(d, k, PARTICLES)
                    && !(k + 1 < e && Character.isDigit(t.first(k + 1)));   // "said over 40 growers …": a measure
        }

        private static final String[] PARTICLES = {"back", "away", "up", "down", "off", "over", "into", "in", "on",
                "around", "along", "with"};

        /**
         * Whether the reporting verb at {@code i} cannot tag the words before it as an attribution
         * ({@code …, she said}) because it is no finite verb of its own clause: a form in {@code -ing}
         * ({@code …, with all crews counting}, {@code …, and praising the crew}; not after a form
         * of be, {@code …, she is saying}), an infinitive
         * after {@code to} ({@code …, a clerk came to ask}) or a verb whose subject is a relative
         * {@code who} or {@code which} ({@code Okafor, who advises the guild, …}), whose clause is
         * reported after it, if at all.
         */
        private boolean nonFiniteTag(int i, String relativeName) {
            int n = t.length(i);
            return relativeName != null
                    || n >= 5 && d.text.regionMatches(true, t.end(i) - 3, "ing", 0, 3) && !(i > 0 && isBe(i - 1))
                    || i > 0 && t.equalsIgnoreCase(i - 1, "to");
        }

        /**
         * {@code was asked to …}, {@code had been told that …}, {@code isn't expected to …}: whether the
         * reporting verb at {@code i} is a participle after a form of be (past at most two adverbs or
         * auxiliaries), or {@code known} or {@code shown} before {@code to}, a passive whose subject is
         * the one spoken to or of, and no agent after {@code by} follows it.
         */
        private boolean passiveCue(int i, int e) {
            if (!(pastVerb(i) || Sieves.oneOf(d, i, IRREGULAR_PARTICIPLES)) || i + 1 < e && t.equalsIgnoreCase(i + 1, "by")) {
                return false;
            }
            if (i + 1 < e && t.equalsIgnoreCase(i + 1, "to") && Sieves.oneOf(d, i, PARTICIPLES_ONLY)) {
                return true;   // "a ferry known to be late": a participle that is no verb in the past, its be left out
            }
            int b = i - 1;
            for (int n = 0; n < 2 && b > 0 && !isBe(b) && !negatedBe(b) && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b)
                    && d.mentions.isVerbFiller(b); n++) {
                b--;   // "was not asked", "is widely expected"
            }
            return b >= 0 && !d.inQuote(b) && (isBe(b) || negatedBe(b));
        }

        /**
         * {@code it appears that …}, {@code it seemed …}: whether the speaker mention {@code m} is
         * {@code it} right before the verb of seeming at {@code i}, past at most one adverb: an empty
         * subject that stands for no one.
         */
        private boolean impersonalIt(Mentions.Mention m, int i) {
            return m.first >= 0 && m.first == m.last && t.equalsIgnoreCase(m.first, "it") && i - m.first <= 2
                    && Sieves.oneOf(d, i, SEEMING_VERBS);
        }

        /** Verbs of seeming, whose subject {@code it} stands for no one. */
        private static final String[] SEEMING_VERBS = {"appear", "appears", "appeared", "seem", "seems", "seemed"};

        /** {@code isn't}, {@code wasn’t}: a form of be with its negation. */
        private boolean negatedBe(int k) {
            return t.kind(k) == TokenBuffer.WORD && Sieves.oneOf(d, k, NEGATED_BE);
        }

        /** Forms of be with their negation, with either apostrophe. */
        private static final String[] NEGATED_BE = {"isn't", "aren't", "wasn't", "weren't", "isn\u2019t", "aren\u2019t", "wasn\u2019t",
            "weren\u2019t"};
        /** Participles of verbs of report that do not end in -ed. */
        private static final String[] IRREGULAR_PARTICIPLES = {"told", "shown", "known", "taught", "given", "heard", "seen", "found",
            "said", "written", "sworn", "thought"};

        /** Participles of verbs of report that are no form of the past: passive wherever they stand. */
        private static final String[] PARTICIPLES_ONLY = {"known", "shown"};

        /** A mention that names no one: a report whose speaker the text does not give. */
        private static Mentions.Mention speakerless() {
            Mentions.Mention none = new Mentions.Mention();
            none.first = -1;
            none.last = -1;
            return none;
        }

        /**
         * {@code showed no real sign of lowering the toll}, {@code shows little sign of easing}, {@code gave
         * no clear signs of …}: the token after {@code of} when a word of amount ({@code no}, {@code
         * little}, {@code any}, {@code few}), at most one word in lower case and {@code sign} or {@code
         * signs} open the words at {@code c}, {@code of} and a word after them; else {@code c}.
         */
        private int pastSignOf(int c, int e) {
            if (c + 3 >= e || t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || !Sieves.oneOf(d, c, SIGN_AMOUNTS)) {
                return c;
            }
            int s = t.equalsIgnoreCase(c + 1, "sign") || t.equalsIgnoreCase(c + 1, "signs") ? c + 1 : c + 2;
            if (s + 2 >= e || s == c + 2 && (t.kind(c + 1) != TokenBuffer.WORD || t.isCapitalized(c + 1))
                    || !(t.equalsIgnoreCase(s, "sign") || t.equalsIgnoreCase(s, "signs")) || !t.equalsIgnoreCase(s + 1, "of")
                    || t.kind(s + 2) != TokenBuffer.WORD || d.inQuote(s + 2)) {
                return c;
            }
            return s + 2;
        }

        /** Words of amount before {@code sign of} ({@code no sign of}, {@code little sign of}): {@link #pastSignOf}. */
        private static final String[] SIGN_AMOUNTS = {"no", "little", "any", "few"};

        /**
         * {@code said little about …}, {@code revealed almost nothing new about …}: the token after
         * {@code about} when an amount that tells how much was said ({@code little}, {@code nothing},
         * {@code much}, {@code something}, after {@code almost} or {@code very} and before {@code new}
         * if any) and {@code about} open the words at {@code c}; else {@code c}.
         */
        private int pastAmountAbout(int c, int e) {
            int k = c;
            if (k < e && (t.equalsIgnoreCase(k, "almost") || t.equalsIgnoreCase(k, "very"))) {
                k++;
            }
            if (k >= e || d.inQuote(k) || !Sieves.oneOf(d, k, AMOUNTS_SAID)) {
                return c;
            }
            k++;
            if (k < e && t.equalsIgnoreCase(k, "new")) {
                k++;
            }
            return k + 1 < e && t.equalsIgnoreCase(k, "about") && !d.inQuote(k + 1) && t.kind(k + 1) == TokenBuffer.WORD ? k + 1 : c;
        }

        /** Words that tell how much was said rather than what ({@code said little about …}). */
        private static final String[] AMOUNTS_SAID = {"little", "nothing", "much", "something", "anything", "more", "less"};

        /**
         * {@code known as} at word {@code i}, outside quotation marks, before the end {@code e}: the
         * token after {@code as}, where the name it gives starts; else -1.
         */
        private int knownAsAt(int i, int e) {
            if (i + 2 >= e || d.inQuote(i) || !t.equalsIgnoreCase(i, "known") || !t.equalsIgnoreCase(i + 1, "as")) {
                return -1;
            }
            return i + 2;
        }

        /** Whether a whole quotation with marks (no fragment) opens at token {@code k}. */
        private boolean opensQuotation(int k) {
            if (k >= t.size() || !d.inQuote(k) || t.kind(k) != TokenBuffer.QUOTE_MARK) {
                return false;
            }
            FoundQuote q = quoteAt(t.start(k));
            return q != null && q.start == t.start(k) && !q.mixed && !q.term;
        }

        /**
         * {@code Lark, who met the growers and said …}: the relative {@code who} that opens the first
         * of two predicates joined by the conjunction right before the verb at {@code i}, within
         * {@link #ATTRIBUTION_WINDOW} tokens and no comma or quotation between, as the mention
         * {@code m}; returns the name it stands for, as {@link #relativeSubject} does, or null.
         */
        private String relativeBeforeConjunction(int from, int i, Mentions.Mention m) {
            int k = i - 1;
            if (k <= from || !isConjunction(k) || d.inQuote(k)) {
                return null;
            }
            for (int j = k - 1; j > from && j >= k - ATTRIBUTION_WINDOW; j--) {
                if (d.inQuote(j) || t.kind(j) != TokenBuffer.WORD && t.kind(j) != TokenBuffer.NUMBER) {
                    return null;
                }
                if (t.equalsIgnoreCase(j, "who")) {
                    return relativeSubject(from, j + 1, m);
                }
            }
            return null;
        }

        /**
         * {@code Vossberg, who met the growers and praised the toll}, {@code the guild, which angered growers
         * by questioning …}: the relative word for a verb inside the relative clause it opens, past that
         * clause's first predicate: a verb joined to it by {@code and}, {@code but} or {@code or}, or an
         * {@code -ing} form after a preposition of manner or time ({@link #ADJUNCT_PREPOSITIONS}) or after
         * a form of {@code spend} and its object ({@code who spent the day arguing …}). The
         * clause is read back over words alone, no further than {@link IndirectFinder#RELATIVE_CLAUSE_WORDS}
         * (a comma, a dash or a quotation ends it), to a {@code who} or {@code which} after a comma.
         * The name is that of the relative's antecedent ({@link #relativeSubject}), looked for from the
         * part's start {@code part}, else {@code null}.
         */
        private String relativeClauseSubject(int part, int from, int i, Mentions.Mention m) {
            int k = i - 1;
            while (k > from && d.mentions.isVerbFiller(k)) {
                k--;
            }
            if (k <= from || d.inQuote(k) || t.kind(k) != TokenBuffer.WORD) {
                return null;
            }
            boolean ing = t.length(i) > 4 && d.text.regionMatches(true, t.end(i) - 3, "ing", 0, 3);
            boolean joined = t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but") || t.equalsIgnoreCase(k, "or");
            boolean adjunct = ing && k == i - 1 && Sieves.oneOf(d, k, ADJUNCT_PREPOSITIONS);
            boolean spent = false;
            for (int j = i - 1; ing && !joined && !adjunct && j > from && j >= i - PHRASE_WORDS - 2 && t.isWordLike(j) && !d.inQuote(j); j--) {
                spent = d.text.regionMatches(true, t.start(j), "spen", 0, 4) && t.length(j) <= "spending".length();
                if (spent) {
                    break;   // "who spent the day arguing …"
                }
            }
            if (!joined && !adjunct && !spent) {
                return null;
            }
            for (int j = k - 1; j > from && j >= k - RELATIVE_CLAUSE_WORDS; j--) {
                if (d.inQuote(j) || t.kind(j) != TokenBuffer.WORD && t.kind(j) != TokenBuffer.NUMBER) {
                    return null;
                }
                if (t.equalsIgnoreCase(j, "who") || t.equalsIgnoreCase(j, "which")) {
                    if (!t.is(j - 1, ',')) {
                        return null;
                    }
                    // the antecedent may stand in the report before: "praised Vossberg, who … and argued …"
                    String name = relativeSubject(part, j + 1, m);
                    return name != null ? name : antecedentBeforeComma(part, j, m);
                }
            }
            return null;
        }

        /**
         * {@code the growers, who …}, {@code growers here, who …}: the mention that ends right before the
         * comma before the relative word at {@code w}, or one word earlier, past a word such as {@code here};
         * its text, with the relative word as the mention {@code m}; else {@code null}.
         */
        private String antecedentBeforeComma(int part, int w, Mentions.Mention m) {
            Mentions.Mention antecedent = new Mentions.Mention();
            for (int end = w - 2; end >= w - 3 && end >= part; end--) {
                boolean mention = d.mentions.mentionEndingAt(end, part - 1, antecedent) && antecedent.type != Mentions.PRONOUN;
                if (!mention && plainNoun(end)) {
                    antecedent.first = end;   // "growers upriver, who …": a plain noun the mentions do not list
                    antecedent.last = end;
                    mention = true;
                }
                if (mention) {
                    m.first = w;
                    m.last = w;
                    m.type = Mentions.PRONOUN;
                    return d.text.substring(t.start(antecedent.first), t.end(antecedent.last));
                }
            }
            return null;
        }

        /**
         * {@code Tindall hired a deputy, Teodor Brannock, acknowledging …}, {@code Despite the storm, Vasko held
         * firm, quickly noting …}, {@code …, and the guild took the town to court, arguing …}: the subject of the clause
         * that a participle after a comma (and at most one adverb) hangs on. The words before the comma are
         * read back part by part between commas, past asides ({@link #asidePart}: an apposition, a place,
         * a phrase such as {@code including …}), to the first part that opens with a mention and its verb,
         * after an {@code and} or {@code but}; no further than {@link IndirectFinder#PARTICIPLE_HOST_TOKENS}
         * tokens, nor past {@code from}, a quotation or a dash. Any other part ends the search.
         */
        private boolean participleHost(int from, int i, Mentions.Mention m) {
            if (!presentParticiple(i) || i + 1 >= t.size() || !t.isWordLike(i + 1)) {
                return false;
            }
            int c = i - 1;
            if (c > from && d.mentions.isVerbFiller(c) && !d.inQuote(c) && !isBe(c) && !isHave(c) && !isAuxiliary(c)) {
                c--;   // "…, quickly reminding …", not "…, are hoping …"
            }
            if (c <= from || !t.is(c, ',') || d.inQuote(c)) {
                return false;
            }
            int lo = Math.max(from, i - PARTICIPLE_HOST_TOKENS);
            int end = c;
            while (end > lo) {
                int j = end - 1;
                while (j > lo && !t.is(j, ',') && (t.isWordLike(j) || d.mentions.isPossessiveMark(j) || t.is(j, '.')) && !d.inQuote(j)) {
                    j--;
                }
                int start;
                if (t.is(j, ',') && !d.inQuote(j)) {
                    start = j + 1;
                } else if (j == from && (t.isWordLike(j) && !d.inQuote(j))) {
                    start = from;   // the first part of the sentence
                } else {
                    return false;   // a quotation, a dash or a parenthesis: read no further
                }
                if (start >= end) {
                    return false;
                }
                int open = start + 1 < end && (isConjunction(start) || Sieves.isOpeningConjunction(d, start)) ? start + 1 : start;
                Mentions.Mention s = new Mentions.Mention();
                if (d.mentions.subjectAfter(open, end, s) && phraseStart(s.first, open) == open && s.last + 1 < end
                        && verbAfterMention(s.last + 1, end) && hostVerb(s.last + 1, end)) {
                    m.set(s);
                    return true;
                }
                if (start == from || !asidePart(start, end)) {
                    return false;
                }
                end = j;
            }
            return false;
        }

        /**
         * Whether a finite verb opens the predicate at {@code v}, before {@code end}, past an {@code of} phrase
         * and at most {@link IndirectFinder#PREVERB_WORDS} adverbs: a form of
         * {@code be}, {@code have}, an auxiliary, a verb in the past or a cue; not a noun that a place names
         * ({@code a Salem town hall}).
         */
        private boolean hostVerb(int v, int end) {
            if (v < end && t.equalsIgnoreCase(v, "of")) {
                Mentions.Mention o = new Mentions.Mention();
                if (!d.mentions.subjectAfter(v + 1, end, o)) {
                    return false;
                }
                v = o.last + 1;   // "the Union of Salem has …"
            }
            for (int first = v; v < end && v - first <= PREVERB_WORDS; v++) {
                if (finiteVerbLike(v)) {
                    return true;
                }
                if (!d.mentions.isVerbFiller(v)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the words from {@code start} to a comma at {@code end} are an aside a participle's subject
         * lies past: a mention alone ({@code , Teodor Brannock,}, {@code , Ore.,}) or a phrase of a few words
         * opened by a preposition or {@code including} ({@code , from the hall,}, {@code , including the Gazette,}).
         */
        private boolean asidePart(int start, int end) {
            Mentions.Mention s = new Mentions.Mention();
            if (d.mentions.subjectAfter(start, end, s) && s.last + 1 == end) {
                return true;
            }
            return end - start <= PHRASE_WORDS + 2 && t.kind(start) == TokenBuffer.WORD && !t.isCapitalized(start)
                    && (Words.ADJUNCTS.contains(d.text, t.start(start), t.end(start)) || t.equalsIgnoreCase(start, "including"));
        }

        /**
         * {@code The guild two days later said …}, {@code Tindall later in the evening touted …}, {@code Okafor,
         * who …, last week said …}, {@code Moments later the clerks … said …}: when the mention {@code m}
         * found for the verb at {@code i} is a phrase of time ({@link #timeNoun}), the subject beside it
         * instead: the mention after it when it opens the part with {@code later}, {@code earlier} or
         * {@code ago} after it; else the mention before the whole phrase of time (read back no more than
         * {@link IndirectFinder#TIME_PHRASE_TOKENS} tokens over prepositions, determiners, numbers and
         * words of time), or the part's subject when a comma closes an aside before it. Leaves {@code m}
         * alone and answers false when there is no such subject.
         */
        private boolean pastTimeMention(int part, int from, int i, Mentions.Mention m) {
            if (m.first < 0 || m.last >= i || !timeNoun(m.last) || d.inQuote(m.last)) {
                return false;
            }
            Mentions.Mention s = new Mentions.Mention();
            int head = phraseStart(m.first, from);
            if (m.last + 2 < i && Sieves.oneOf(d, m.last + 1, TIME_AFTER_PHRASE)
                    && (head == part || head == part + 1 && Sieves.isOpeningConjunction(d, part))) {
                // "Moments later the clerks changed course and said …": the subject after the phrase
                if (d.mentions.subjectAfter(m.last + 2, i, s) && s.last < i && !timeNoun(s.last) && verbAfterMention(s.last + 1, i)) {
                    m.set(s);
                    return true;
                }
                return false;
            }
            int k = head;
            while (k - 1 > from && head - k < TIME_PHRASE_TOKENS && !d.inQuote(k - 1) && (t.kind(k - 1) == TokenBuffer.NUMBER
                    || t.kind(k - 1) == TokenBuffer.WORD && !t.isCapitalized(k - 1) && (Sieves.oneOf(d, k - 1, TIME_PHRASE_WORDS)
                            || d.mentions.isDeterminer(k - 1)) || t.kind(k - 1) == TokenBuffer.WORD && isPeriod(k - 1))) {
                k--;   // "on Friday for the second time", "later in the evening", "two days later"
            }
            if (k - 1 > from && t.is(k - 1, ',') && !d.inQuote(k - 1)) {
                // "Okafor, who backed the levy, last week said …": the subject the aside belongs to
                if (Sieves.sentenceSubject(d, Math.max(part, i - SUBJECT_WINDOW), k - 1, s) && s.last < k - 1 && !timeNoun(s.last)) {
                    m.set(s);
                    return true;
                }
                return false;
            }
            if (k > from && (d.mentions.subjectBefore(k, from - 1, s) || openingSubject(from, k, s)) && s.last < k && !timeNoun(s.last)) {
                m.set(s);
                return true;
            }
            return false;
        }

        /**
         * Whether word {@code k} names a stretch or point of time ({@code week}, {@code minutes}, {@code Monday},
         * {@code time}); a noun of time only in lower case ({@code the Times} is a paper).
         */
        private boolean timeNoun(int k) {
            return t.kind(k) == TokenBuffer.WORD && (isPeriod(k)
                    || !t.isCapitalized(k) && (Sieves.oneOf(d, k, TIME_NOUNS) || Sieves.oneOf(d, k, MORE_TIME_NOUNS)));
        }

        /** Words of time that {@link #isPeriod} and {@code TIME_NOUNS} leave out. */
        private static final String[] MORE_TIME_NOUNS = {"minute", "minutes", "moment", "moments", "decades", "weekends"};

        /** Words after a phrase of time that opens a clause ({@code A week later the clerks …}). */
        private static final String[] TIME_AFTER_PHRASE = {"later", "earlier", "ago"};

        /** Words of a phrase of time before a verb, besides determiners, numbers and the words of time. */
        private static final String[] TIME_PHRASE_WORDS = {"on", "in", "for", "during", "over", "within", "last", "this", "that",
            "next", "past", "earlier", "later", "first", "few", "several", "late", "early", "just"};

        /**
         * {@code She dropped plans to …}, {@code has made other firm promises to …}, {@code voiced a stern warning about …},
         * {@code kept his full focus on …}: the verb whose object a cue at {@code i} is, when that cue reads as
         * a noun: after at most {@link IndirectFinder#NOUN_CUE_MODIFIERS} adjectives in lower case with a determiner
         * or owner among them, or right after the verb when it ends in {@code -s}. The verb is one in the past, of making or issuing,
         * or a form of {@code keep}; its subject made the words. Else {@link #NO_NOUN}.
         */
        private int makerOfNounCue(int from, int i) {
            if (i - 2 < from || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || t.isCapitalized(i) || t.endsWith(i, "ed")
                    || t.endsWith(i, "ing")) {
                return NO_NOUN;
            }
            int b = i - 1;
            boolean determined = false;
            while (b > from && i - b <= NOUN_CUE_MODIFIERS && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b) && !t.isCapitalized(b)
                    && (d.mentions.isDeterminer(b) || isOwner(b) || !d.mentions.isFunctionWord(b) && !verbLike(b) && !contracted(b)
                            && !d.mentions.isVerbFiller(b) && !Sieves.oneOf(d, b, IRREGULAR_PASTS) && !Sieves.oneOf(d, b, KEEPING_VERBS)
                            && !Sieves.oneOf(d, b, ISSUING_VERBS) && !Sieves.oneOf(d, b, MAKING_VERBS) && cueAt(b) == 0)) {
                determined |= d.mentions.isDeterminer(b) || isOwner(b);
                b--;
            }
            if (b < from || (b == i - 1 ? !t.endsWith(i, "s") : !determined) || t.kind(b) != TokenBuffer.WORD || d.inQuote(b)
                    || t.isCapitalized(b)) {
                return NO_NOUN;   // "registered voters say": a subject and its verb, no noun after a verb
            }
            return pastVerb(b) || Sieves.oneOf(d, b, ISSUING_VERBS) || Sieves.oneOf(d, b, MAKING_VERBS)
                    || Sieves.oneOf(d, b, KEEPING_VERBS) ? b : NO_NOUN;
        }

        /** Whether word {@code k} holds an apostrophe ({@code that's}, {@code he'd}): a contraction, no adjective. */
        private boolean contracted(int k) {
            for (int c = t.start(k); c < t.end(k); c++) {
                if (Chars.isApostrophe(d.text.charAt(c))) {
                    return true;
                }
            }
            return false;
        }

        /** Forms of a verb of keeping whose object may be a noun of saying ({@code kept her focus on …}). */
        private static final String[] KEEPING_VERBS = {"keep", "keeps", "kept", "keeping"};

        /**
         * {@code One of the growers, Teodor Brannock, 61, said …}, {@code Teodor Brannock, the editor of the
         * weekly, the Ellery Courier, said …}: when the description {@code m} found for the verb at {@code i}
         * stands in a row of appositions set off by commas, the name among them: the name right after it when
         * the description ends in lower case (not a place: {@code a grower from Salem, Oregon}), or the name
         * that opens the row at the start of the part (of two words, or one the text uses as a name). At most
         * {@link IndirectFinder#APPOSITION_PARTS} parts, each a mention alone, are read either way.
         */
        private boolean nameOfApposition(int part, int from, int i, Mentions.Mention m) {
            if (m.first < 0 || m.type != Mentions.DESCRIPTION || m.last + 2 >= i || d.inQuote(m.last)) {
                return false;
            }
            Mentions.Mention n = new Mentions.Mention();
            if (t.is(m.last + 1, ',') && !t.isCapitalized(m.last) && d.mentions.subjectAfter(m.last + 2, i, n) && n.type == Mentions.NAME
                    && n.first == m.last + 2
                    && n.last + 1 < i && t.is(n.last + 1, ',') && !d.inQuote(n.last + 1)) {
                m.set(n);   // "One of the growers, Teodor Brannock, said …": the name after the description
                return true;
            }
            int end = phraseStart(m.first, from) - 1;   // the comma before the description
            for (int parts = 0; parts < APPOSITION_PARTS && end > part && t.is(end, ',') && !d.inQuote(end); parts++) {
                int j = end - 1;
                while (j > part && !t.is(j, ',') && end - j <= APPOSITION_TOKENS && (t.isWordLike(j) || d.mentions.isPossessiveMark(j)
                        || t.is(j, '.')) && !d.inQuote(j)) {
                    j--;
                }
                int start = t.is(j, ',') ? j + 1 : j;
                if (start >= end || !t.is(j, ',') && j != part) {
                    return false;
                }
                int open = start == part && start + 1 < end && Sieves.isOpeningConjunction(d, start) ? start + 1 : start;
                if (!d.mentions.subjectAfter(open, end, n) || n.last + 1 != end || phraseStart(n.first, open) != open) {
                    return false;   // not an apposition: a clause or a phrase of place
                }
                if (n.type == Mentions.NAME && start == part && (n.first < n.last || d.names.isKnownName(n.last))) {
                    m.set(n);   // "Teodor Brannock, the editor of the weekly, said …": the name that opens the row
                    return true;
                }
                end = j;
            }
            return false;
        }

        /** Whether word {@code k} is a plural noun in lower case, outside a quotation ({@code growers}). */
        private boolean plainNoun(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k) && pluralNoun(k)
                    && !d.mentions.isFunctionWord(k) && !d.mentions.isPronoun(k) && !d.mentions.isVerbFiller(k);
        }

        /** Prepositions before an {@code -ing} form whose subject is that of the clause they stand in ({@code by saying}). */
        private static final String[] ADJUNCT_PREPOSITIONS = {"by", "while", "after", "before", "when", "without", "since", "through"};

        /**
         * {@code explained it in print}, {@code said so in May}: where the report from {@code c} ends
         * when it is a personal pronoun standing for its object and a phrase of time, place or reason
         * follows it: before that phrase, which tells of the saying, since a pronoun takes none of
         * its own; else {@code end}.
         */
        private int pronounObjectEnd(int c, int end) {
            int n = c + 1;
            if (n >= end || d.inQuote(c) || d.inQuote(n) || !Sieves.oneOf(d, c, LONE_PRONOUNS) || !Sieves.oneOf(d, n, SAYING_ADJUNCTS)) {
                return end;
            }
            return n;
        }

        /**
         * {@code criticized the toll in a radio interview}, {@code praised the ferry crew on Twitter},
         * {@code confirmed the sale on condition of secrecy}: where the report from {@code c} ends when
         * it is a noun phrase of at most {@link #OCCASION_PHRASE_TOKENS} tokens (words only, no verb,
         * subject pronoun or relative word) before a phrase of the occasion or medium of saying
         * ({@link #occasionFollows}): before that phrase, which tells where or by what means it was said; else
         * {@code end}.
         */
        private int occasionEnd(int c, int end) {
            for (int k = c; k < Math.min(end, c + OCCASION_PHRASE_TOKENS); k++) {
                if (k > c && Sieves.oneOf(d, k, OCCASION_PREPOSITIONS) && !d.inQuote(k) && occasionFollows(k, end)) {
                    return k;
                }
                if (!(t.kind(k) == TokenBuffer.WORD || d.mentions.isPossessiveMark(k)) || d.inQuote(k) || finiteVerbLike(k)
                        || isSubjectPronoun(k) || presentParticiple(k) || Sieves.oneOf(d, k, NOT_IN_PLAIN_SUBJECT) || t.equalsIgnoreCase(k, "but")) {
                    return end;   // "said the toll rose in a year", "urged the crew to sail in a storm": a clause of its own
                }
                if (t.kind(k) == TokenBuffer.WORD && (t.endsWith(k, "ly") || Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)))) {
                    return end;   // "spoke more plainly in a speech", "said last spring at a fair": no noun phrase of a report
                }
            }
            return end;
        }

        /**
         * {@code praised the crew as the storm broke}, {@code mocked the toll even as he paid it}: where the
         * report from {@code c} ends when it is a noun phrase (words only, no verb, pronoun of a subject or
         * relative word; at most {@link #OCCASION_PHRASE_TOKENS} tokens) before {@code as} (or {@code even
         * as}, {@code just as}) and a clause of time with its own subject and verb ({@link #asClauseFollows}):
         * before that clause, which tells when the act was done; else {@code end}. {@code cast the toll as a
         * burden} keeps its judgement.
         */
        private int asClauseEnd(int c, int end) {
            for (int k = c; k < Math.min(end, c + OCCASION_PHRASE_TOKENS); k++) {
                if (k > c && t.equalsIgnoreCase(k, "as") && !d.inQuote(k)) {
                    if (!asClauseFollows(k + 1, end)) {
                        return end;
                    }
                    return asOpening(c, k);
                }
                if (!(t.kind(k) == TokenBuffer.WORD || d.mentions.isPossessiveMark(k)) || d.inQuote(k) || finiteVerbLike(k)
                        || isSubjectPronoun(k) || presentParticiple(k) || Sieves.oneOf(d, k, NOT_IN_PLAIN_SUBJECT)) {
                    return end;   // "said the toll rose as the storm hit": a clause of its own, whose time is part of it
                }
            }
            return end;
        }

        /**
         * Whether a clause with its own subject and a finite verb opens at {@code j}, after {@code as}: a
         * subject pronoun, or a noun phrase of at most {@link #AS_SUBJECT_WORDS} words (a name, a
         * determiner or owner and its words, or a bare noun) before a verb that a subject takes
         * ({@link #finiteVerbLike}) or a verb in {@code -s} ({@code as fog rolls in}).
         */
        private boolean asClauseFollows(int j, int end) {
            if (j + 1 >= end || d.inQuote(j) || t.kind(j) != TokenBuffer.WORD) {
                return false;
            }
            if (isSubjectPronoun(j)) {
                return true;
            }
            if (d.mentions.isFunctionWord(j) && !d.mentions.isDeterminer(j) && !isOwner(j) || t.equalsIgnoreCase(j, "a")
                    || t.equalsIgnoreCase(j, "an") || finiteVerbLike(j) || Words.QUANTITIES.contains(d.text, t.start(j), t.end(j))) {
                return false;   // "as of May", "as many as", "as a burden": no subject
            }
            for (int v = j + 1; v < Math.min(end, j + 1 + AS_SUBJECT_WORDS); v++) {
                int w = v - 1;
                if (t.kind(v) != TokenBuffer.WORD || d.inQuote(v) || t.isCapitalized(v) && !t.isCapitalized(w)
                        || Sieves.oneOf(d, v, NOT_IN_PLAIN_SUBJECT) || Words.ADJUNCTS.contains(d.text, t.start(v), t.end(v))
                        || t.endsWith(w, "ly") || Sieves.oneOf(d, w, DEGREE_WORDS)) {
                    return false;   // "as fully committed", "as more prepared": a judgement, no clause
                }
                if (t.isCapitalized(v) || d.mentions.isDeterminer(w) || isOwner(w)) {
                    continue;
                }
                int n = v + 1;
                if (isBe(v) || isHave(v) || isAuxiliary(v) || Sieves.oneOf(d, v, MODALS) || pastVerb(v)
                        || t.length(v) > 3 && t.endsWith(v, "s") && !t.endsWith(v, "ss") && n < end && t.kind(n) == TokenBuffer.WORD
                                && !d.inQuote(n) && (d.mentions.isDeterminer(n) || isOwner(n))) {
                    return true;   // "as the storm broke", "as the guild gains the upper hand"
                }
            }
            return false;
        }

        /**
         * {@code mocked the toll even as he paid it}: where the clause of time that {@code as} at {@code k}
         * opens starts, with {@code even} or {@code just} before it (after {@code c}, the report's start).
         */
        private int asOpening(int c, int k) {
            return k - 1 > c && (t.equalsIgnoreCase(k - 1, "even") || t.equalsIgnoreCase(k - 1, "just")) ? k - 1 : k;
        }

        /** Words at most of the subject of a clause of time after {@code as} ({@link #asClauseFollows}). */
        private static final int AS_SUBJECT_WORDS = 4;

        /**
         * Whether the preposition at {@code k} opens a phrase of the occasion or medium of saying: a
         * word of {@link #OCCASION_NOUNS} after at most {@link #OCCASION_NOUN_WORDS} words, after a
         * determiner, an owner or a name, or else in the plural ({@code in a long radio interview},
         * {@code at a press briefing}, {@code during the debate}, {@code in later speeches}); after {@code on}
         * a medium or a word of {@link #ON_OCCASION_NOUNS} ({@code on Twitter}, {@code on its web page},
         * {@code on condition that …}); and no infinitive or {@code as} follows it, which would
         * continue the object ({@link #objectGoesOn}). Also {@code in} or {@code on} before a date that
         * closes the clause ({@link #closingDate}), and {@code through} before a determiner, an owner
         * or a name and one of {@link #GO_BETWEENS} ({@code through his lawyer}).
         */
        private boolean occasionFollows(int k, int end) {
            int j = k + 1;
            if (j >= end || d.inQuote(j) || t.kind(j) != TokenBuffer.WORD) {
                return false;
            }
            boolean on = t.equalsIgnoreCase(k, "on");
            if ((on || t.equalsIgnoreCase(k, "in")) && closingDate(j, end)) {
                return true;   // "announced her bid in June 2019.": the time of saying, last in the sentence
            }
            boolean opened = d.mentions.isDeterminer(j) || isOwner(j) || t.isCapitalized(j);
            if (t.equalsIgnoreCase(k, "through")) {
                int n = j + 1;
                return opened && n < end && !d.inQuote(n) && Sieves.oneOf(d, n, GO_BETWEENS) && !objectGoesOn(n + 1, end);
            }
            for (int w = j; w < Math.min(end, j + OCCASION_NOUN_WORDS); w++) {
                if (t.kind(w) != TokenBuffer.WORD && !d.mentions.isPossessiveMark(w) && !t.is(w, '-') || d.inQuote(w)) {
                    return false;
                }
                if (on ? Sieves.oneOf(d, w, MEDIA) || Sieves.oneOf(d, w, ON_OCCASION_NOUNS) || w > j && t.isCapitalized(w) && Sieves.oneOf(d, w, BROADCASTERS)
                        : Sieves.oneOf(d, w, OCCASION_NOUNS) && (opened || t.endsWith(w, "s"))) {
                    return t.equalsIgnoreCase(w, "condition") || (w + 1 >= end || !Sieves.oneOf(d, w + 1, NOT_OCCASION_AFTER))
                            && !objectGoesOn(w + 1, end);   // "on condition of secrecy": a condition set on the saying, whatever follows
                }
            }
            return false;
        }

        /**
         * {@code in June 2019}, {@code on May 5}, {@code in 2019}, {@code on Monday}: whether a date (a year,
         * a weekday, or a month and a day or a year) starts at {@code j} and the clause ends right after
         * it, at {@code end}: nothing that the date could belong to follows it.
         */
        private boolean closingDate(int j, int end) {
            int n = j;
            if (n < end && (t.kind(n) == TokenBuffer.NUMBER || weekday(n) || t.kind(n) == TokenBuffer.WORD && t.isCapitalized(n)
                    && !d.inQuote(n) && Words.TIME_WORDS.contains(d.text, t.start(n), t.end(n)))) {
                n++;
                if (n < end && t.kind(n) == TokenBuffer.NUMBER && t.kind(j) != TokenBuffer.NUMBER) {
                    n++;   // "June 2019", "May 5"
                }
                if (n + 1 < end && t.is(n, ',') && t.kind(n + 1) == TokenBuffer.NUMBER) {
                    n += 2;   // "May 5, 2019"
                }
                return n == end;
            }
            return false;
        }

        /**
         * {@code urged the growers at a fair on Friday to vote}, {@code cited the toll on Twitter as
         * proof}: whether {@code to} and a lower-case word, or {@code as}, follow within
         * {@link #OCCASION_TAIL_TOKENS} words from {@code j}: the phrase of occasion stands between the
         * object and what completes it, which the report goes on to.
         */
        private boolean objectGoesOn(int j, int end) {
            for (int w = j; w < Math.min(end, j + OCCASION_TAIL_TOKENS); w++) {
                if (t.kind(w) != TokenBuffer.WORD || d.inQuote(w)) {
                    return false;
                }
                if (t.equalsIgnoreCase(w, "as") || t.equalsIgnoreCase(w, "to") && w + 1 < end && t.kind(w + 1) == TokenBuffer.WORD
                        && !t.isCapitalized(w + 1) && !d.mentions.isDeterminer(w + 1) && !isOwner(w + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Words at most after a noun of occasion in which {@link #objectGoesOn} looks for what completes the object. */
        private static final int OCCASION_TAIL_TOKENS = 10;

        /** Tokens at most of a noun phrase that {@link #occasionEnd} ends before a phrase of the occasion of saying. */
        private static final int OCCASION_PHRASE_TOKENS = 8;

        /** Words at most from a preposition to its noun of occasion ({@code in a long radio interview}). */
        private static final int OCCASION_NOUN_WORDS = 5;

        /** Prepositions that open a phrase of the occasion of saying. */
        private static final String[] OCCASION_PREPOSITIONS = {"in", "on", "at", "during", "through"};

        /** The last word of the name of a channel or network after {@code on} ({@code on the Tidemark News}, {@code on Tidemark TV}), capitalized. */
        private static final String[] BROADCASTERS = {"News", "Channel", "Network", "TV", "Radio"};

        /** Those through whom one speaks ({@code denied the claim through his lawyer}). */
        private static final String[] GO_BETWEENS = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney",
            "attorneys", "representative", "aide", "agent"};

        /** Nouns of an occasion or a medium of saying or writing. */
        private static final String[] OCCASION_NOUNS = {"interview", "interviews", "statement", "speech", "speeches", "appearance",
            "debate", "rally", "conference", "briefing", "hearing", "forum", "summit", "tweet", "tweets", "post", "posting", "letter",
            "memo", "email", "op-ed", "column", "editorial", "essay", "remarks", "broadcast", "podcast", "trail", "occasions",
            "ruling", "hall", "event", "page", "website", "blog", "video", "ad", "advertisement", "commercial", "session", "call"};

        /** Nouns of a medium, an occasion or the grounds of saying after {@code on} ({@code on the radio}, {@code on condition of …}, {@code on moral grounds}). */
        private static final String[] ON_OCCASION_NOUNS = {"trail", "occasions", "page", "website", "blog", "show", "program",
            "broadcast", "condition", "air", "television", "radio", "grounds"};

        /** Words after a noun of occasion that make it part of the object ({@code in a statement of …}). */
        private static final String[] NOT_OCCASION_AFTER = {"of", "that", "about", "to"};

        /**
         * {@code explained it to the ferrymen}, {@code said this to reporters}: where the report from {@code c}
         * ends when it is a pronoun standing for its object and {@code to} and the one told follow it (a
         * determiner, an owner, a name or an object pronoun): before {@code to}; else {@code end}.
         */
        private int listenerAfterPronoun(int c, int end) {
            int n = c + 2;
            if (n >= end || d.inQuote(c) || d.inQuote(n) || !Sieves.oneOf(d, c, LONE_PRONOUNS) || !t.equalsIgnoreCase(c + 1, "to")
                    || t.kind(n) != TokenBuffer.WORD || !(d.mentions.isDeterminer(n) || isOwner(n) || t.isCapitalized(n)
                            || Sieves.oneOf(d, n, LONE_PRONOUNS) || t.equalsIgnoreCase(n, "reporters") || t.equalsIgnoreCase(n, "voters"))) {
                return end;
            }
            return c + 1;
        }

        /** Pronouns that stand alone for the object of a verb ({@code said so}, {@code endorsed him}). */
        private static final String[] LONE_PRONOUNS = {"it", "this", "so", "them", "him", "me", "us"};

        /** Words that open a phrase of the time, place or reason of saying ({@code in May}, {@code during a debate}). */
        private static final String[] SAYING_ADJUNCTS = {"in", "on", "at", "from", "during", "after", "before", "when", "while",
            "because", "through"};

        /** The first comma outside quotation marks in tokens {@code [c, end)}, or {@code end}. */
        private int firstComma(int c, int end) {
            for (int k = c + 1; k < end; k++) {
                if (t.is(k, ',') && !d.inQuote(k)) {
                    return k;
                }
            }
            return end;
        }

        /**
         * {@code The rules, which officials said will …}, {@code a plan, which the mayor endorsed}: the
         * relative word right before the subject {@code m} of the verb at {@code verb} is the object
         * of the report, a piece of its own; adds it and returns it, or returns null. A relative
         * {@code that} counts only before a verb of speech ({@code the bill that critics say …}).
         */
        private FoundQuote relativePiece(int p, int from, Mentions.Mention m, int verb, int len) {
            int r = m.first < 0 ? -1 : relativeBeforeRole(m.first - 1, from);
            if (m.first < 0 || r < from || r < 1 || t.kind(r) != TokenBuffer.WORD || d.inQuote(r) || m.type == Mentions.PRONOUN
                    && (t.equalsIgnoreCase(m.first, "who") || t.equalsIgnoreCase(m.first, "which"))) {
                return null;
            }
            if (r > 0 && t.kind(r - 1) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(r - 1), t.end(r - 1))
                    && !t.equalsIgnoreCase(r, "what")) {
                return null;   // "a story in which sources said …": the report is the clause after the verb
            }
            boolean relative = t.equalsIgnoreCase(r, "which") || t.equalsIgnoreCase(r, "whom") || t.equalsIgnoreCase(r, "what")
                    || objectWho(r, m)
                    || t.equalsIgnoreCase(r, "that") && d.verbAt(verb) > 0   // "the plan that the mayor backed" is mostly no report
                            && t.kind(r - 1) == TokenBuffer.WORD && !d.mentions.isFunctionWord(r - 1)
                            && cueAt(r - 1) == 0 && !d.inQuote(r - 1) && !conjunctionThat(from, r) && !clauseThatAfterWord(from, r);
            return relative ? emit(p, r, r + 1, m, verb, len, "relative-object", 1) : null;
        }

        /** Whether word {@code i} is a verb of belief in lower case, not one of evidence ({@link #EVIDENCE_VERBS}), which may leave its clause's subject to a noun before it. */
        private boolean gappingBelief(int i) {
            return !t.isCapitalized(i) && Words.BELIEF_VERBS.contains(d.text, t.start(i), t.end(i)) && !Sieves.oneOf(d, i, EVIDENCE_VERBS);
        }

        /** Verbs of evidence among the verbs of belief, which are as often nouns before a verb ({@code the award show is …}). */
        private static final String[] EVIDENCE_VERBS = {"show", "shows", "showed", "indicate", "indicates", "indicated"};

        /**
         * {@code a levy, which the growers believe will fail}: when the verb at {@code verb} that a relative word's
         * subject {@code m} takes is followed by an auxiliary or a form of be or have (not {@code not}), the clause
         * after the verb is the predicate whose subject the relative word is, the report's second piece; adds it
         * (up to the clause's end) and returns it, or returns null. Not after {@code what}, whose clause is itself a
         * subject and the verb after it the sentence's own ({@code what the growers heard was …}).
         */
        private FoundQuote gappedPredicate(int p, int from, Mentions.Mention m, int verb, int e) {
            int c = verb + 1;
            if (c + 1 >= e || t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || t.equalsIgnoreCase(c, "not")
                    || !(isAuxiliary(c) || isBe(c) || isHave(c))) {
                return null;
            }
            return emit(p, c, subordinateEnd(from, c, clauseEnd(c, e)), m, verb, 1, "relative-object", MIN_WORDS);
        }

        /**
         * Whether the {@code that} at {@code r} joins a clause to what comes before rather than
         * standing for a noun: after {@code so} or {@code such} a few words back ({@code the hall was so
         * full that the mayor said …}), or after a word that follows a form of {@code be}, an adverb at
         * most between ({@code it is clear that …}, {@code was plainly pleased that …}).
         */
        private boolean conjunctionThat(int from, int r) {
            for (int k = r - 1; k >= from && k >= r - RESULT_WINDOW; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    break;
                }
                if (t.equalsIgnoreCase(k, "so") || t.equalsIgnoreCase(k, "such")) {
                    return true;
                }
            }
            int b = r - 2;
            if (b > from && d.mentions.isVerbFiller(b) && !isBe(b)) {
                b--;
            }
            return b >= from && isBe(b) && !d.inQuote(b);
        }

        /**
         * Whether the {@code that} at {@code r} opens a clause after a word that no relative clause
         * describes: a pronoun of a person ({@code showed them that …}, {@code judge for yourself
         * that …}), {@code ago} ({@code It was two years ago that …}), or an adjective after a subject
         * fused with {@code be} ({@code it's clear that …}, {@code he's sure that …}).
         */
        private boolean clauseThatAfterWord(int from, int r) {
            int k = r - 1;
            if (k < from || t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (Sieves.oneOf(d, k, PERSONAL_OBJECTS) || t.equalsIgnoreCase(k, "ago")) {
                return true;
            }
            return k - 1 >= from && contractedSubject(k - 1) && !d.inQuote(k - 1) && !d.mentions.isDeterminer(k);
        }

        /** Pronouns of persons as objects, which no relative {@code that} follows ({@link #clauseThatAfterWord}). */
        private static final String[] PERSONAL_OBJECTS = {"me", "him", "her", "us", "them", "you", "myself", "yourself",
                "himself", "herself", "ourselves", "yourselves", "themselves"};

        /**
         * {@code After the flood, according to the guild, the wardens …}: the opening phrase before the
         * comma that {@code according to} at {@code according} follows belongs to the report the source
         * {@code m} gives, its first piece; adds it and returns it, or returns null (a link of the
         * narrator's such as {@code Moreover} is none).
         */
        private FoundQuote openingBeforeAccordingTo(int p, int from, int according, Mentions.Mention m) {
            if (according - 1 <= from || !isClauseComma(according - 1) || isConnective(from) || pastConnectivePhrase(from, according + 2) > 0) {
                return null;
            }
            return emit(p, from, according - 1, m, according, 2, "according-to", 1);
        }

        /**
         * {@code The toll is a levy the growers think will pass.}: when the clause after the verb at
         * {@code verb} opens with an auxiliary or a form of be or have ({@code c}), its subject is the
         * noun phrase before the verb's own subject {@code m}, which a clause without a relative word
         * describes; that noun phrase, from its determiner or a noun alone, is the report's first
         * piece. Adds it and returns it, or returns null (no such phrase ends right before the
         * subject's phrase, {@code the clerks, pilots and skippers the guild said were …} is none).
         */
        private FoundQuote nounBeforeGappedClause(int p, int from, Mentions.Mention m, int verb, int len, int c) {
            if (m.first < 0 || m.last >= verb || !(isAuxiliary(c) || isBe(c) || isHave(c)) || t.equalsIgnoreCase(c, "not")) {
                return null;
            }
            int head = phraseStart(m.first, from);
            int last = head - 1;
            if (last < from || t.kind(last) != TokenBuffer.WORD || d.inQuote(last) || d.mentions.isFunctionWord(last) || verbLike(last)
                    || d.mentions.isPronoun(last) || cueAt(last) > 0 || t.equalsIgnoreCase(m.first, "that") || t.equalsIgnoreCase(head, "that")) {
                return null;   // "a walkout that mill owners warned would …": the relative word's
            }
            int np = subjectStart(from, head);
            if (np < from || np >= head) {
                return null;
            }
            int start = head - np == 1 ? np : -1;   // "tolling the mayor said was …": a noun alone
            for (int k = last; k >= np; k--) {
                if (verbLike(k) || isBe(k) || isHave(k)) {
                    start = k == last - 1 ? last : -1;   // "The cut was a thing the wardens think is …": the phrase after the verb
                    break;
                }
                if (d.mentions.isDeterminer(k)) {
                    start = k;   // "pick the pilots they judged were …": the phrase from its determiner
                    break;
                }
            }
            return start >= 0 && !d.mentions.isPronoun(start) && !Sieves.oneOf(d, start, COMMA_RELATIVES) && !t.equalsIgnoreCase(start, "that")
                    ? emit(p, start, head, m, verb, len, "relative-object", 1) : null;
        }

        /**
         * {@code The scheme, a clerk of the harbour board said, would …}, {@code The ferry, as a warden of the port
         * remarked, seldom …}: when the attribution of the verb at {@code verb} stands between commas, the
         * first one a few words of the speaker's phrase before its mention {@code m} (which the
         * mention does not reach back to) and the second one after the verb and a short phrase with no
         * verb of its own, right before the clause at {@code c} that goes on with the report, the words
         * from {@code from} to the first comma, at most {@link #AS_PIECE_TOKENS} tokens with no comma or
         * quotation of their own, are the report's first piece; adds it and returns it, or returns
         * null. Not when the first comma closes a clause
         * of the narrator's that a conjunction or a subordinate attribution follows ({@code …, and as the
         * mayor noted, …}, {@code …, after the hearing ended, …}), nor a conjunction opening a longer piece.
         */
        private FoundQuote openingBeforeSetOffSpeaker(int p, int from, Mentions.Mention m, int verb, int len, int after, int c, int e) {
            int close = c - 1;
            if (m.first <= from || m.last >= verb || close < after || close - after > TAIL_WINDOW || !isClauseComma(close)
                    || !continuesAfter(c, e)) {
                return null;
            }
            for (int k = after; k < close; k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || verbLike(k) || t.equalsIgnoreCase(k, "that")) {
                    return null;   // "…, she said the vote was close, …": a clause of its own after the verb
                }
            }
            int open = -1;
            for (int k = m.first - 1; k > from && k >= m.first - SET_OFF_SPEAKER_TOKENS; k--) {
                if (isClauseComma(k)) {
                    open = k;
                    break;
                }
                if (d.inQuote(k) || t.kind(k) == TokenBuffer.DASH || t.kind(k) == TokenBuffer.WORD && (verbLike(k)
                        || Sieves.oneOf(d, k, SET_OFF_SPEAKER_STOPS))) {
                    return null;   // "…, which the mayor said …", "…, after the vote ended, …": no phrase of the speaker's alone
                }
            }
            if (open <= from || open - from > AS_PIECE_TOKENS || isConjunction(open + 1) || t.equalsIgnoreCase(open + 1, "or")) {
                return null;   // a longer opening is read once per verb no more
            }
            for (int k = from; k < open; k++) {
                if (d.inQuote(k) || t.is(k, ',')) {
                    return null;   // "In June, the clerk, one of the wardens said, left …": no single piece
                }
            }
            int first = isConjunction(from) && from + 1 < open ? from + 1 : from;   // "But the toll, as Lark noted, …": the link is the narrator's
            return emit(p, first, open, m, verb, len, "trailing-verb", 1);
        }

        /** Words that a speaker's phrase before its mention does not hold: relative and subordinating words. */
        private static final String[] SET_OFF_SPEAKER_STOPS = {"that", "which", "who", "whom", "whose", "after", "before", "when",
                "while", "since", "because", "if", "unless", "although", "though", "until", "once", "whereas"};

        /** Tokens at most of a speaker's phrase before its mention that {@link #openingBeforeSetOffSpeaker} passes ({@code as a warden of the}). */
        static final int SET_OFF_SPEAKER_TOKENS = 8;

        /** Words at most between the {@code so} of a result and its {@code that}. */
        private static final int RESULT_WINDOW = 8;

        /**
         * {@code what aide Tom Wick called …}: the relative word before a role in lower case that
         * opens the speaker's name ({@code aide}, {@code adviser}), else {@code r}, the word before
         * the mention.
         */
        private int relativeBeforeRole(int r, int from) {
            if (r - 1 >= from && r >= 1 && t.kind(r) == TokenBuffer.WORD && !t.isCapitalized(r) && !d.inQuote(r)
                    && !d.mentions.isFunctionWord(r) && (t.equalsIgnoreCase(r - 1, "what") || t.equalsIgnoreCase(r - 1, "which")
                            || t.equalsIgnoreCase(r - 1, "whom"))) {
                return r - 1;
            }
            return r;
        }

        /**
         * {@code Lark, who he dubbed “…”}, {@code Lark, who local officials say …}: whether {@code who}
         * at {@code r}, right before a subject pronoun, name or noun phrase that the verb follows, is
         * the verb's object (or the subject of the clause it reports).
         */
        private boolean objectWho(int r, Mentions.Mention m) {
            return t.equalsIgnoreCase(r, "who") && m.first == r + 1 && (m.type == Mentions.PRONOUN || m.type == Mentions.NAME
                    || m.type == Mentions.DESCRIPTION && opensNounPhrase(m.first));   // "Vasko, who local officials say …"
        }

        /**
         * Whether a description starting at word {@code k} opens as a noun phrase does: a determiner,
         * a word of quantity ({@code many}) or a capital ({@code State officials}), not a verb or a
         * word of time after a relative word ({@code who advocate …}, {@code who last year …}).
         */
        private boolean opensNounPhrase(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k))
                    && !t.equalsIgnoreCase(k, "who") && (d.mentions.isDeterminer(k) || isOwner(k) || t.isCapitalized(k)
                            || Words.QUANTITIES.contains(d.text, t.start(k), t.end(k)));
        }

        /**
         * Where the content starts when word {@code i} is a noun of saying or believing with a clause
         * after it ({@code claim that the vote …}, {@code decision to resign}, {@code her view is that
         * …}): the {@code that}, when a subject follows it (not {@code the plan that passed}), or the
         * {@code to}; else 0.
         */
        private int claimNounAt(int i, int e) {
            int j = i + 1;
            int asked = questionAfterBe(i, e);
            if (asked > 0) {
                return asked;   // "The question is when …"
            }
            if (i == 0 || j + 1 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)
                    || !Words.CLAIM_NOUNS.contains(d.text, t.start(i), t.end(i)) || isSubjectPronoun(i - 1) || verbAfterSubject(i)) {
                return 0;
            }
            if (t.equalsIgnoreCase(j, "to")) {
                return t.kind(j + 1) == TokenBuffer.WORD && !t.isCapitalized(j + 1) && !d.mentions.isDeterminer(j + 1)
                        && !d.mentions.isPronoun(j + 1) && isOwned(i) ? j : 0;   // "his decision to resign", not "a call to the mayor"
            }
            j = claimBeAt(j, e);   // "Her view on Tuesday was that …", "The fear has been that …"
            if (isBe(j) && !t.equalsIgnoreCase(j, "being") && t.equalsIgnoreCase(j + 1, "that") && j + 2 < e) {
                j++;   // "Lark's view is that the levy …": the claim stated after its be
                if (t.isWordLike(j + 1) && !d.inQuote(j + 1) && !isBe(j + 1)) {
                    return j;   // "Her worry is that by spring …": after "is that" any subject, not "… is that is"
                }
            }
            j = claimTimeEnd(j, e);   // "her claim Tuesday that …", "his pledge last month that …"
            if (t.equalsIgnoreCase(j, "that") && (d.mentions.isDeterminer(j + 1) || isSubjectPronoun(j + 1)
                    || t.kind(j + 1) == TokenBuffer.NUMBER || t.isCapitalized(j + 1) || t.equalsIgnoreCase(j + 1, "there")
                    || quantitySubject(j + 1)
                    || !(isBe(i - 1) && t.endsWith(i, "ing")) && clauseSubjectAfterThat(j + 1, e))) {
                return j;
            }
            return 0;
        }

        /**
         * The form of {@code be} that states the claim of a noun whose next word is {@code j}, past a
         * phrase of time after the noun ({@code her view on Monday was}, {@code his claim long was}) and
         * a form of {@code have} before {@code been} ({@code the fear has been}), when a {@code that}
         * follows it; else {@code j}. Looks at most four words on.
         */
        private int claimBeAt(int j, int e) {
            int k = j;
            if (k + 1 < e && Sieves.oneOf(d, k, TIME_PREPOSITIONS) && isTimeWord(k + 1)) {
                k += 2;   // "on Sunday", "in March"
            } else if (k < e && isTimeWord(k)) {
                k++;   // "long", "Tuesday"
            }
            if (k + 1 < e && isHave(k) && t.equalsIgnoreCase(k + 1, "been")) {
                k++;
            }
            return k + 1 < e && isBe(k) && !d.inQuote(k) && t.equalsIgnoreCase(k + 1, "that") ? k : j;
        }

        /**
         * Where a {@code that} stands after a short phrase of time that follows a noun of saying, whose
         * next word is {@code j}: {@code yet} ({@code their boldest pledge yet that …}), a weekday or
         * month ({@code his claim Tuesday that …}), or {@code earlier} or {@code later}, {@code this}
         * or {@code last} and a noun of time ({@code his pledge last month that …}); else
         * {@code j}. Looks at most four words on.
         */
        private int claimTimeEnd(int j, int e) {
            int k = j;
            if (k < e && t.equalsIgnoreCase(k, "yet")) {
                k++;
            } else {
                if (k < e && (t.equalsIgnoreCase(k, "earlier") || t.equalsIgnoreCase(k, "later"))) {
                    k++;
                }
                if (k < e && (t.equalsIgnoreCase(k, "this") || t.equalsIgnoreCase(k, "last"))) {
                    k++;
                }
                if (k < e && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)
                        && (Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || Sieves.oneOf(d, k, TIME_NOUNS))) {
                    k++;
                } else {
                    return j;
                }
            }
            return k + 1 < e && t.equalsIgnoreCase(k, "that") && !d.inQuote(k) ? k : j;
        }

        /** A word of time, or {@code long}, which may stand between a noun of saying and its {@code be}. */
        private boolean isTimeWord(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)
                    && (Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || t.equalsIgnoreCase(k, "long"));
        }

        /** Prepositions that open a short phrase of time: {@code on Sunday}, {@code in March}. */
        private static final String[] TIME_PREPOSITIONS = {"on", "in", "at", "during"};

        /**
         * Where the content starts when word {@code i} is a noun of saying with its source after
         * {@code from}, {@code by}, {@code among} or {@code within} and then a clause opened by
         * {@code that} and a subject ({@code complaints from the growers that the toll is too high},
         * {@code a feeling among ferry crews that …}); the source, at most {@link #SOURCE_WORDS} words
         * with no comma, is put in {@code m} as the speaker. Else 0.
         */
        private int claimFromSourceAt(int i, int e, Mentions.Mention m) {
            int by = i + 1;
            if (by + 3 >= e || t.kind(by) != TokenBuffer.WORD || d.inQuote(by) || !Sieves.oneOf(d, by, SOURCE_PREPOSITIONS)
                    || !Words.CLAIM_NOUNS.contains(d.text, t.start(i), t.end(i)) || i > 0 && isSubjectPronoun(i - 1) || verbAfterSubject(i)) {
                return 0;
            }
            boolean named = true;
            for (int k = by + 1; k < e && k <= by + SOURCE_WORDS + 1; k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return 0;
                }
                if (t.equalsIgnoreCase(k, "that")) {
                    int j = k + 1;
                    if (k == by + 1 || j >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)
                            || !(d.mentions.isDeterminer(j) || isSubjectPronoun(j) || t.isCapitalized(j)
                                    || t.equalsIgnoreCase(j, "there") || clauseSubjectAfterThat(j, e))) {
                        return 0;
                    }
                    m.first = by + 1;
                    m.last = k - 1;
                    m.type = named ? Mentions.NAME : Mentions.DESCRIPTION;
                    return k;
                }
                boolean determiner = d.mentions.isDeterminer(k) || isOwner(k);
                if (d.mentions.isFunctionWord(k) && !determiner && !(k > by + 1 && t.equalsIgnoreCase(k, "of"))
                        || isBe(k) || isHave(k) || isAuxiliary(k)) {
                    return 0;   // a verb or a clause word: "criticism from crews who said that …"
                }
                named &= d.mentions.isNameWord(k);
            }
            return 0;
        }

        /** Prepositions that put the source of a noun of saying after it ({@code warnings from the guild that …}). */
        private static final String[] SOURCE_PREPOSITIONS = {"from", "by", "among", "within"};

        /** Words at most in the source between a noun of saying and its {@code that}: {@code from two clerks at the guild}. */
        private static final int SOURCE_WORDS = 6;

        /** Whether word {@code k} is a pronoun or determiner of quantity that may open a clause ({@code none of it}, {@code any toll}, {@code nobody}). */
        private boolean quantitySubject(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Sieves.oneOf(d, k, QUANTITY_SUBJECTS);
        }

        /** Words of quantity that open a clause as its subject or its subject's determiner. */
        private static final String[] QUANTITY_SUBJECTS = {"none", "nobody", "nothing", "everyone", "everybody", "everything",
            "someone", "somebody", "something", "anyone", "anybody", "anything", "any", "all", "few", "neither", "either"};

        /**
         * {@code The question is when …}, {@code the real question was how …}: where the question
         * starts when word {@code i} is {@code question} and a form of {@code be} and a question word
         * follow it; else 0.
         */
        private int questionAfterBe(int i, int e) {
            int j = i + 1;
            if (j + 2 >= e || !t.equalsIgnoreCase(i, "question") || d.inQuote(i) || !isBe(j) || t.equalsIgnoreCase(j, "being")
                    || d.inQuote(j + 1) || !Sieves.oneOf(d, j + 1, BARE_QUESTION_WORDS)) {
                return 0;
            }
            return j + 1;
        }

        /**
         * {@code built a case that …}, {@code is building a careful case to the board that …}, {@code made
         * a fair point that …}: where the clause starts when word {@code i} is {@code case} or {@code point}
         * after a verb of making or pressing at most {@link #CASE_MODIFIER_WORDS} words before it (its
         * determiner and adjectives), at the {@code that} right after it or past a listener opened by
         * {@code to} of at most {@link #CASE_LISTENER_TOKENS} tokens without punctuation; the verb is left
         * in {@link #makingVerb}. Else 0.
         */
        private int caseMadeAt(int from, int i, int e) {
            boolean isCase = t.equalsIgnoreCase(i, "case");
            if (i + 2 >= e || d.inQuote(i) || !(isCase || t.equalsIgnoreCase(i, "point"))) {
                return 0;
            }
            int v = -1;
            for (int k = i - 1; k > from && k >= i - CASE_MODIFIER_WORDS; k--) {
                if (t.kind(k) != TokenBuffer.WORD && !t.is(k, ',') || d.inQuote(k)) {
                    break;
                }
                if (Sieves.oneOf(d, k, MAKING_CASE_VERBS) || isCase && Sieves.oneOf(d, k, PRESSING_CASE_VERBS)) {
                    v = k;
                    break;
                }
            }
            if (v < 0) {
                return 0;
            }
            int j = i + 1;
            if (t.equalsIgnoreCase(j, "to")) {
                for (int k = j + 1; k < e && k <= j + CASE_LISTENER_TOKENS; k++) {
                    if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                        return 0;
                    }
                    if (t.equalsIgnoreCase(k, "that")) {
                        j = k;
                        break;
                    }
                }
            }
            if (!t.equalsIgnoreCase(j, "that") || j + 1 >= e || !t.isWordLike(j + 1) || d.inQuote(j + 1) || isBe(j + 1)
                    || isAuxiliary(j + 1) || isHave(j + 1) || pastVerb(j + 1)) {
                return 0;   // "a case that was closed": a relative clause
            }
            makingVerb = v;
            return j;
        }

        /** The verb of the last case {@link #caseMadeAt} found. */
        int makingVerb = -1;

        /** Words at most between a verb of making and its {@code case}: {@code is building a careful and patient case}. */
        private static final int CASE_MODIFIER_WORDS = 8;

        /** Tokens at most of the listener after {@code to}: {@code built a case to the skippers at the fair that …}. */
        private static final int CASE_LISTENER_TOKENS = 10;

        private static final String[] MAKING_CASE_VERBS = {"make", "makes", "made", "making"};

        /** Verbs whose object does what the bare infinitive after it says: {@code let her make a plain case}. */
        private static final String[] LETTING_VERBS = {"help", "helps", "helped", "helping", "let", "lets", "letting"};

        private static final String[] PRESSING_CASE_VERBS = {"press", "presses", "pressed", "pressing", "build", "builds", "built",
            "building", "state", "states", "stated", "stating", "argue", "argues", "argued", "arguing", "lay", "lays", "laid", "laying"};

        /**
         * Whether word {@code k}, after the {@code that} of a noun of saying, opens the subject of a
         * clause rather than the verb of a relative one: {@code it}, {@code you} or a subject fused with
         * its verb ({@code the claim that it cost …}, {@code that he'd paid …}), or a bare word that is no
         * verb form and that an auxiliary, a modal or a form of {@code be} or {@code have} follows within
         * {@link #BARE_SUBJECT_WORDS} words, with no comma between ({@code fears that rival crews will
         * …}, {@code complaints that tolls were …}; not {@code a claim that angered …}, {@code a vote
         * that changed …}). Not read after a noun in {@code -ing} after a form of {@code be}, which is a
         * verb ({@code is warning that it …}).
         */
        private boolean clauseSubjectAfterThat(int k, int e) {
            if (k >= e || t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (t.equalsIgnoreCase(k, "it") || t.equalsIgnoreCase(k, "you") || contractedSubject(k)) {
                return true;
            }
            if (isBe(k) || isHave(k) || isAuxiliary(k) || pastVerb(k) || d.mentions.isFunctionWord(k) || t.endsWith(k, "ing")) {
                return false;
            }
            for (int v = k + 1; v < e && v <= k + BARE_SUBJECT_WORDS; v++) {
                if (t.kind(v) != TokenBuffer.WORD || d.inQuote(v)) {
                    return false;
                }
                if (isBe(v) || isHave(v) || isAuxiliary(v) && !t.equalsIgnoreCase(v, "not") && !t.equalsIgnoreCase(v, "never")) {
                    return true;
                }
            }
            return false;
        }

        /** Words at most between the bare subject after {@code that} and its auxiliary: {@code that ferry crews will}. */
        private static final int BARE_SUBJECT_WORDS = 3;

        /** Prepositions that open a phrase before the main clause, its object a noun of saying ({@code Despite claims that …, the mayor …}). */
        private static final String[] CLAIM_PHRASE_PREPOSITIONS = {"despite", "amid", "after", "over", "given"};

        /** Subordinate and relative words inside a clause, past which {@link #claimPhraseEnd} does not look for the main verb. */
        private static final String[] CLAIM_CLAUSE_BREAKS = {"that", "which", "who", "whom", "whose", "while", "because", "when", "if",
                "where", "although", "though", "since", "until", "unless", "and", "or", "but"};

        /**
         * Adds the content from {@code c} of the noun of saying at {@code i} (rule {@code claim-noun}),
         * after the noun or, {@code sourced}, after its source ({@code complaints from the growers that
         * …}), ending where {@link #claimPhraseEnd} puts it, or at the comma that closes an opening phrase
         * of a preposition ({@code Despite claims that …, the board …}); returns it, or null.
         */
        private FoundQuote emitClaim(int p, int from, int i, int c, Mentions.Mention m, int e, boolean sourced) {
            int stop = claimPhraseEnd(pastDateline(p, from, i), i, c, subordinateEnd(from, c, clauseEnd(c, e)), sourced);
            if (opensWithPreposition(from, i)) {
                stop = commaBefore(c, stop);
            }
            return emit(p, c, stop, m, i, 1, "claim-noun");
        }

        /**
         * Where the content from {@code c} of the noun of saying at {@code i} ends, before {@code end},
         * when the noun's phrase opens its part of the sentence: as the subject, before the sentence's
         * own verb ({@code Her pledge to cut fees has cost her votes}: "to cut fees"; {@code The claim
         * that the dam would fail was denied}: past the clause's own verb, "that the dam would fail"),
         * or at a comma that ends it; after a preposition opening the sentence, at the comma that
         * closes the phrase ({@code Despite claims that the dam leaks, the town …}). A subordinate or
         * relative word before that verb leaves {@code end}: the verb may be its clause's. With
         * {@code sourced}, the source between the noun and its clause ({@code The complaints from the
         * growers that the toll is too high went unanswered}) is no complement: the same holds.
         */
        private int claimPhraseEnd(int from, int i, int c, int end, boolean sourced) {
            if (c != i + 1 && !sourced && claimTimeEnd(i + 1, end) != c) {
                return end;   // "Her view is that …": the clause is the complement, not the subject
            }
            int k = i - 1;
            for (int n = 0; n < 2 && k > from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k)
                    && !d.mentions.isFunctionWord(k) && !isOwner(k); n++) {
                k--;   // "her continued insistence", "a passing promise"
            }
            if (sourced && i == from) {
                k = i;   // "Warnings from the clerks that …": a bare plural opening the sentence
            } else if (k < from || !(d.mentions.isDeterminer(k) || isOwner(k))) {
                return end;
            }
            while (k - 1 >= from && d.mentions.isPossessive(k) && d.mentions.isNameWord(k - 1)) {
                k--;   // "Ted Lark's"
            }
            boolean phrase = k - 1 >= from && t.kind(k - 1) == TokenBuffer.WORD && Sieves.oneOf(d, k - 1, CLAIM_PHRASE_PREPOSITIONS)
                    && startsPart(from, k - 1);
            if (phrase) {
                int comma = firstComma(c, end);
                return comma;
            }
            if (!startsPart(from, k)) {
                return end;
            }
            // 0: before the clause's own verb, 1: inside its auxiliaries, 2: past it (an infinitive has none to pass)
            int state = t.equalsIgnoreCase(c, "to") ? 2 : 0;
            for (int j = c + 1; j < end; j++) {
                if (d.inQuote(j)) {
                    continue;
                }
                if (t.is(j, ',') || t.is(j, '\u2014') || t.is(j, '\u2013')) {
                    return j;
                }
                if (t.kind(j) != TokenBuffer.WORD) {
                    continue;
                }
                boolean auxiliary = isBe(j) || isAuxiliary(j) || isHave(j);
                boolean past = (pastVerb(j) || Sieves.oneOf(d, j, IRREGULAR_PASTS) && !t.equalsIgnoreCase(j - 1, "to")) && !modifierBefore(j, c);
                if (state == 2 && (auxiliary || past)) {   // "… is too high went unanswered": went, not on to unanswered
                    return j;   // the sentence's own verb
                }
                if (Sieves.oneOf(d, j, CLAIM_CLAUSE_BREAKS)) {
                    return end;
                }
                if (auxiliary) {
                    state = 1;
                } else if (past || state == 1 && !preverbAdverb(j)) {
                    state = 2;   // "had cracked", "would be put": the clause's verb, done
                }
            }
            return end;
        }

        /**
         * Whether the word before {@code j}, a word in {@code -ed}, makes it an adjective before a noun
         * rather than a verb: the verb of the infinitive at {@code c} ({@code to deport undocumented
         * workers}), a determiner, an owner, a number, a word of quantity or an adverb in {@code -ly}
         * ({@code 11 million unpaid}, {@code the newly elected}).
         */
        private boolean modifierBefore(int j, int c) {
            int k = j - 1;
            return k == c + 1 && t.equalsIgnoreCase(c, "to") || t.kind(k) == TokenBuffer.NUMBER || d.mentions.isDeterminer(k) || isOwner(k)
                    || t.kind(k) == TokenBuffer.WORD && (Words.QUANTITIES.contains(d.text, t.start(k), t.end(k)) || t.endsWith(k, "ly")
                    || t.equalsIgnoreCase(k, "more") || t.equalsIgnoreCase(k, "most"));
        }

        /**
         * {@code Critics claim that …}, {@code the union fears that …}: whether word {@code i}, a noun
         * of saying that is also a reporting verb, is that verb after its subject. The noun
         * stays after a determiner, owner or other function word ({@code the fear that …}, {@code her
         * claims that …}, {@code in fear that …}) and after a word that reads as an adjective: one
         * in -ing or with a hyphen, one after a preposition or a verb in the past ({@code raised new
         * fears that …}), or one after a determiner when a base form follows it, which a singular
         * subject would not take ({@code a passing promise that …}).
         */
        private boolean verbAfterSubject(int i) {
            int k = i - 1;
            if (k < 0 || cueAt(i) == 0) {
                return false;
            }
            if (verbByItsPlace(i, k)) {
                return true;
            }
            if (k > 0 && preverbAdverb(k) && !d.mentions.isDeterminer(k)) {
                k--;   // "growers now fear that …"
            }
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || d.mentions.isDeterminer(k) || isOwner(k) || d.mentions.isFunctionWord(k)
                    || pastVerb(k) || t.endsWith(k, "ing") || d.mentions.hasHyphen(k)) {
                return false;
            }
            int j = k - 1;
            if (j < 0 || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)) {
                return true;
            }
            return !(pastVerb(j) || Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j)) && !d.mentions.isDeterminer(j)
                    || (d.mentions.isDeterminer(j) || isOwner(j)) && !t.endsWith(i, "s") && !t.endsWith(k, "s"));
        }

        /**
         * {@code …, warning that …}, {@code who fear that …}, {@code to pledge that …}: whether word
         * {@code i}, a noun of saying that is also a reporting verb, is that verb by the word {@code k}
         * before it: a participle after a comma or a conjunction; a form not in {@code -ing} after
         * the relative {@code who}, or one not in {@code -s} after {@code to}.
         */
        private boolean verbByItsPlace(int i, int k) {
            if (d.inQuote(k)) {
                return false;
            }
            if (t.endsWith(i, "ing")) {
                return t.is(k, ',') || isConjunction(k);
            }
            return t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "to") && !t.endsWith(i, "s");
        }

        /**
         * Where the object starts when word {@code i} and the preposition after it are a noun of
         * saying or judging with its topic ({@code attacks on}, {@code questions about}): the word
         * after the preposition, when it opens no quotation; else 0.
         */
        private int topicNounAt(int i, int e) {
            int j = i + 1;
            if (j + 1 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || d.inQuote(j + 1) || !t.isWordLike(j + 1)
                    || t.end(i) + 1 != t.start(j) || !Words.TOPIC_NOUNS.contains(d.text, t.start(i), t.end(j))) {
                return 0;
            }
            return j + 1;
        }

        /** {@code expressed}, {@code voices}: a verb that gives a feeling or judgement words, its object a noun of one. */
        private boolean expresses(int i) {
            return t.length(i) > 4 && (d.text.regionMatches(true, t.start(i), "express", 0, 7) || d.text.regionMatches(true, t.start(i), "voic", 0, 4));
        }

        /**
         * {@code voiced deep concern about the levy}, {@code expressed her belief that …}: where the
         * report starts when the object of a verb of stance from {@code o} is a noun of saying or
         * judging with its preposition ({@code topic-nouns.txt}) or its clause opened by {@code that}
         * ({@code claim-nouns.txt}; not {@code her decision to …}, which stays the object), or is a
         * noun of feeling ({@link #feltNounAt}), after a determiner or owner and an adjective at most;
         * else -1.
         */
        private int nounAfterVerb(int o, int e) {
            int k = o;
            if (k < e && (d.mentions.isDeterminer(k) || isOwner(k))) {
                k++;
            }
            for (int n = k; n < Math.min(e, k + 2); n++) {
                if (t.kind(n) != TokenBuffer.WORD || d.inQuote(n)) {
                    return -1;
                }
                int topic = topicNounAt(n, e);
                if (topic > 0) {
                    return topic;
                }
                int claim = claimNounAt(n, e);
                if (claim > 0 && t.equalsIgnoreCase(claim, "that")) {
                    return claim;
                }
                if (d.mentions.isFunctionWord(n) || t.isCapitalized(n)) {
                    return -1;
                }
                int felt = feltNounAt(n, n == o, e);
                if (felt > 0) {
                    return felt;
                }
            }
            return -1;
        }

        /**
         * Where the report starts after the noun at {@code n}, the object of a verb of expressing,
         * when the noun names a feeling and what follows is what it is about: its clause opened by
         * {@code that} ({@code expressed confidence that its dam …}: after a verb of expressing,
         * {@code that} opens no relative clause), or, for a noun {@code bare} of determiner, owner and
         * adjective, the object of its preposition ({@code voiced support for tolls}, {@code expressed
         * outrage over …}); else 0. A noun with a determiner stays the object ({@code expressed her
         * warm backing for Orlov}).
         */
        private int feltNounAt(int n, boolean bare, int e) {
            int j = n + 1;
            if (j + 1 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || t.kind(j + 1) != TokenBuffer.WORD || d.inQuote(j + 1)) {
                return 0;
            }
            if (t.equalsIgnoreCase(j, "that")) {
                return j;
            }
            return bare && Sieves.oneOf(d, j, FELT_PREPOSITIONS) ? j + 1 : 0;
        }

        /** The prepositions that join a noun of feeling to its object. */
        private static final String[] FELT_PREPOSITIONS = {"for", "over", "at", "about", "with", "toward", "towards"};

        /**
         * {@code Lark raised concerns about …}, {@code who voiced new doubts about …}: the subject of the
         * verb whose object the noun at {@code i} is, a determiner and an adjective at most between
         * them, as the mention {@code m}.
         */
        private boolean topicSubject(int from, int i, Mentions.Mention m) {
            int k = i - 1;
            if (k > from && d.mentions.isDeterminer(k)) {
                k--;
            }
            if (k > from && t.kind(k) == TokenBuffer.WORD && !d.mentions.isFunctionWord(k) && !pastVerb(k) && !t.isCapitalized(k)) {
                k--;   // "new", "specific"
            }
            if (k <= from || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.isCapitalized(k) || d.mentions.isFunctionWord(k)) {
                return false;
            }
            return d.mentions.subjectBefore(k, from - 1, m) && m.last < k;
        }

        /**
         * {@code Okafor faced questions about …}, {@code has endured relentless questions about …}:
         * whether the noun at {@code i}, with no owner, is the object of a verb of facing or enduring
         * (a determiner and an adjective at most between them): its subject heard the words, others
         * said them.
         */
        private boolean facedTopicNoun(int from, int i) {
            int k = i - 1;
            if (k > from && d.mentions.isDeterminer(k)) {
                k--;
            }
            if (k > from && t.kind(k) == TokenBuffer.WORD && !d.mentions.isFunctionWord(k) && !t.isCapitalized(k) && !isOwner(k)
                    && !Sieves.oneOf(d, k, FACING_VERBS)) {
                k--;   // "relentless", "new"
            }
            return k >= from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Sieves.oneOf(d, k, FACING_VERBS);
        }

        /** Verbs whose subject takes the words others address to it: {@code faced questions}, {@code fielded questions}. */
        private static final String[] FACING_VERBS = {"face", "faces", "faced", "facing", "endure", "endures", "endured",
                "enduring", "field", "fields", "fielded", "fielding", "weather", "weathers", "weathered", "weathering"};

        /**
         * {@code the growers’ claim that …}: the owner in {@code s'} right before the noun at {@code i},
         * up to {@link #PLURAL_OWNER_WORDS} words that are no function words, as the mention {@code m}.
         */
        private boolean pluralOwner(int from, int i, Mentions.Mention m) {
            int k = i - 1;
            if (k - 1 < from || !d.mentions.isPossessiveMark(k)) {
                return false;
            }
            int f = k - 1;
            while (f - 1 >= from && k - f < PLURAL_OWNER_WORDS && t.kind(f - 1) == TokenBuffer.WORD && !d.inQuote(f - 1)
                    && !d.mentions.isFunctionWord(f - 1) && !t.endsWith(f - 1, "ing")) {
                f--;   // "the local growers’", not "belittling growers’"
            }
            if (d.mentions.isFunctionWord(k - 1)) {
                return false;
            }
            m.first = f;
            m.last = k - 1;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /** Words at most in an owner in {@code s'} ({@link #pluralOwner}). */
        private static final int PLURAL_OWNER_WORDS = 3;

        /**
         * {@code he kept up his complaints about …}, {@code they kept up their critique of …}: when the
         * owner {@code m} of a noun of saying is a possessive pronoun and a verb a few words before it
         * has a subject that agrees with it ({@code he} and {@code his}, {@code they} and {@code
         * their}, or a name or description), that subject becomes {@code m}: the one the sentence
         * shows owning the words; {@code m} stays as it is otherwise.
         */
        private void ownerAsSubject(int from, Mentions.Mention m) {
            if (m.first < 0 || m.first != m.last || m.type != Mentions.PRONOUN) {
                return;
            }
            int k = m.first;
            String subject = t.equalsIgnoreCase(k, "his") ? "he" : t.equalsIgnoreCase(k, "her") ? "she"
                    : t.equalsIgnoreCase(k, "their") ? "they" : t.equalsIgnoreCase(k, "its") ? "it" : null;
            Mentions.Mention s = new Mentions.Mention();
            if (subject == null || !distantClaimSubject(from, k, s)) {
                return;
            }
            if (s.type == Mentions.PRONOUN && s.first == s.last && t.equalsIgnoreCase(s.first, subject)) {
                m.set(s);
            }
        }

        /**
         * {@code The ferry crews voiced their anger at …}, {@code the guild kept up its attacks on …}:
         * when the owner {@code m} of a noun of saying is {@code their} or {@code its} and a verb a few
         * words before it has a subject that is a name or a description and no verb's object (no word
         * of content right before it), that subject becomes {@code m}: a group is named where it owns
         * its words; {@code m} stays as it is otherwise.
         */
        private void groupOwnerAsSubject(int from, Mentions.Mention m) {
            if (m.first < 0 || m.first != m.last || m.type != Mentions.PRONOUN
                    || !(t.equalsIgnoreCase(m.first, "their") || t.equalsIgnoreCase(m.first, "its"))) {
                return;
            }
            Mentions.Mention s = new Mentions.Mention();
            if (!distantClaimSubject(from, m.first, s) || s.type == Mentions.PRONOUN) {
                return;
            }
            int b = s.first - 1;
            if (b >= from && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b) && !t.isCapitalized(b) && !d.mentions.isFunctionWord(b)) {
                return;   // "leaning on the storm to sharpen its attacks": an object, not the subject
            }
            Mentions.Mention longer = new Mentions.Mention();
            while (s.last + 2 < m.first && t.kind(s.last + 2) == TokenBuffer.WORD
                    && (!d.mentions.isFunctionWord(s.last + 2) || isAuxiliary(s.last + 2) || isHave(s.last + 2))
                    && d.mentions.subjectBefore(s.last + 2, from - 1, longer)
                    && longer.first == s.first && longer.last == s.last + 1) {
                s.set(longer);   // "The ferry crews kept up their …": the noun phrase, not "The ferry", before the verb
            }
            m.set(s);
        }

        /**
         * Whether the verb at {@code i} is {@code seem} or {@code appear} before {@code that} with the
         * empty subject {@code it}, auxiliaries at most between ({@code it appears that …}, {@code it
         * did not seem that …}): an impression no one is named for.
         */
        private boolean impressionOfIt(int from, int i) {
            if (i + 1 >= t.size() || !t.equalsIgnoreCase(i + 1, "that") || !Sieves.oneOf(d, i, SEEMING_VERBS)) {
                return false;
            }
            int k = i - 1;
            while (k > from && i - k <= PREVERB_WORDS && (isAuxiliary(k) || d.mentions.isVerbFiller(k))) {
                k--;
            }
            return k >= from && t.equalsIgnoreCase(k, "it") && !d.inQuote(k);
        }

        /**
         * Whether the reporting verb at {@code i} is in {@code -ing} right after {@code of} or {@code
         * for} ({@code the habit of doubting …}, {@code faulted Lark for saying …}): it completes a noun
         * or gives a reason, and the one who says it is seldom the subject before it.
         */
        private boolean gerundAfterOfOrFor(int from, int i) {
            int b = i - 1;
            return b >= from && t.endsWith(i, "ing") && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b)
                    && (t.equalsIgnoreCase(b, "of") || t.equalsIgnoreCase(b, "for"));
        }

        /** Tokens at most between a verb and the noun of saying it leads to ({@code cling to the faint hope that …}). */
        private static final int CLAIM_VERB_WINDOW = 9;

        /**
         * {@code Okafor clung to the faint hope that …}, {@code Lark made similarly bold claims that
         * …}: the subject of a verb a few words before the noun of saying at {@code i}, across
         * prepositions, determiners and adjectives but no comma, quotation or relative word, as the
         * mention {@code m}.
         */
        private boolean distantClaimSubject(int from, int i, Mentions.Mention m) {
            int lo = i - 1;
            while (lo > from && lo >= i - CLAIM_VERB_WINDOW && t.kind(lo) == TokenBuffer.WORD && !d.inQuote(lo) && !t.isCapitalized(lo)
                    && !Sieves.oneOf(d, lo, COMMA_RELATIVES) && !t.equalsIgnoreCase(lo, "that")) {
                lo--;
            }
            for (int k = lo + 1; k < i; k++) {   // the verb furthest back first: its subject is no word of the object
                if (!d.mentions.isFunctionWord(k) && !t.endsWith(k, "ing") && d.mentions.subjectBefore(k, from - 1, m) && m.last < k) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the topic of a noun from {@code c} ends, before {@code end}: at a comma, or before the
         * verb of the sentence it is the subject of ({@code His attacks on the levy have cost him
         * votes}): a form of be, {@code has}, an auxiliary or a verb in the past; a question
         * ({@code whether …}, {@code what …}) runs to {@code end}.
         */
        private int topicEnd(int c, int end) {
            int named = nameObjectEnd(c, end);
            if (named > 0) {
                return named;   // "his attacks on Okafor at the fair": the name, not where the attacks were made
            }
            if (t.equalsIgnoreCase(c, "whether") || t.equalsIgnoreCase(c, "what") || t.equalsIgnoreCase(c, "how")
                    || t.equalsIgnoreCase(c, "why") || t.equalsIgnoreCase(c, "who")) {
                return end;
            }
            for (int k = c + 1; k < Math.min(end, c + TOPIC_WINDOW); k++) {
                if (d.inQuote(k)) {
                    continue;
                }
                if (t.is(k, ',') || t.kind(k) == TokenBuffer.WORD && (isBe(k) || isAuxiliary(k) || pastVerb(k) || isHave(k))) {
                    return k;
                }
            }
            return end;
        }

        /**
         * {@code Despite claims that …}, {@code Amid the growers' fears that …}: whether a preposition
         * that opens a phrase before the main clause opens the part from {@code from} and stands before
         * the noun at {@code i}, with a determiner, an owner or an adjective at most between them.
         */
        private boolean opensWithPreposition(int from, int i) {
            int k = i - 1;
            for (int n = 0; n < 2 && k > from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)
                    && (d.mentions.isDeterminer(k) || isOwner(k) || !d.mentions.isFunctionWord(k)); n++) {
                k--;
            }
            return k >= from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Sieves.oneOf(d, k, CLAIM_PHRASE_PREPOSITIONS)
                    && startsPart(from, k);
        }

        /** The first comma outside quotations after {@code c} and before {@code end}, at most {@link #TOPIC_WINDOW} tokens on; else {@code end}. */
        private int commaBefore(int c, int end) {
            for (int k = c + 1; k < Math.min(end, c + TOPIC_WINDOW); k++) {
                if (t.is(k, ',') && !d.inQuote(k)) {
                    return k;
                }
            }
            return end;
        }

        /**
         * Whether {@code on} before the word at {@code c} gives when or where the words were said, not
         * what about: a weekday ({@code her remarks on Monday}) or a medium ({@code his attacks on
         * Twitter}), with no {@code 's} of an owner.
         */
        private boolean occasionAfterOn(int c) {
            return c > 0 && t.equalsIgnoreCase(c - 1, "on") && !d.mentions.isPossessive(c)
                    && (weekday(c) || Sieves.oneOf(d, c, MEDIA));
        }

        /** Where words are said or written, after {@code on}: {@code on television}, {@code on Twitter}. */
        private static final String[] MEDIA = {"television", "radio", "air", "camera", "Twitter", "Facebook", "Instagram"};

        /**
         * Whether the owner of the noun at {@code i} opens the part from {@code from}, after one
         * adjective at most and with the words of a name before its {@code 's} ({@code Ilse Okafor's
         * remarks on …}): the noun and its topic are then the subject of the sentence's verb.
         */
        private boolean ownerOpensPart(int from, int i) {
            int k = i - 1;
            if (k > from && t.kind(k) == TokenBuffer.WORD && !isOwner(k) && !d.mentions.isFunctionWord(k)) {
                k--;
            }
            if (k < from || !isOwner(k)) {
                return false;
            }
            for (int f = k; f - 1 >= from && f > k - 3 && d.mentions.isNameWord(f - 1); f--) {
                k = f - 1;   // "Ilse Okafor's"
            }
            return startsPart(from, k);
        }

        /**
         * Where the topic from {@code c} of a noun that is its sentence's subject ends, before
         * {@code end}: before the sentence's verb when it is a past without {@code -ed} ({@code His
         * remarks on the levy put him at odds …}) or a plain present with its object or particle
         * right after it ({@code … on the levy mirror those of …}, {@code … on Okafor stand out}),
         * right after a word of the topic that is no function word; or at a dash that opens an aside
         * before that verb.
         */
        private int subjectTopicEnd(int c, int end) {
            for (int k = c + 1; k + 1 < Math.min(end, c + TOPIC_WINDOW); k++) {
                if (t.kind(k) == TokenBuffer.DASH && !d.inQuote(k)) {
                    return k;   // "His attacks on the levy — a first for him — cost …": an aside before the verb
                }
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.isCapitalized(k) || d.mentions.isFunctionWord(k)
                        || t.kind(k - 1) != TokenBuffer.WORD || d.inQuote(k - 1) || d.mentions.isFunctionWord(k - 1)
                        || d.mentions.isPossessive(k - 1) || t.kind(k + 1) != TokenBuffer.WORD) {
                    continue;
                }
                if (Sieves.oneOf(d, k, IRREGULAR_PASTS) && !t.equalsIgnoreCase(k, "said")
                        || !t.endsWith(k, "ly") && !t.endsWith(k, "ing") && !t.endsWith(k, "s") && !t.endsWith(k, "ed")
                        && (isObjectPronoun(k + 1) || Sieves.oneOf(d, k + 1, VERB_OBJECT_OPENERS))) {
                    return k;
                }
            }
            return end;
        }

        /** Words that open the object or particle of a plain present right after it: {@code mirror those}, {@code stand out}. */
        private static final String[] VERB_OBJECT_OPENERS = {"the", "a", "an", "those", "these", "this", "out", "up",
                "down", "apart"};

        /** Words after a name that open a phrase of the time, place or manner of an act rather than go on with the name. */
        private static final String[] AFTER_NAME_ADJUNCTS = {"with", "from", "on", "before", "after", "by", "in", "at", "during",
                "until", "when", "while", "for", "since", "over", "as", "because", "last", "this", "early", "late"};

        /**
         * {@code attacks on Okafor at the fair}, {@code endorsement of Mayor Lark on Friday}: where an
         * object from {@code c} that is a name (a title and capitalized words, no owner's {@code 's})
         * ends, when a phrase of time, place or manner, a dash or a parenthesis follows the name; else
         * -1.
         */
        private int nameObjectEnd(int c, int end) {
            int k = c;
            while (k < end && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && t.isCapitalized(k) && !d.mentions.isPossessive(k)
                    || k > c && k < end && t.is(k, '.') && t.end(k - 1) == t.start(k)) {
                k++;   // "Gov. Ann Lark"
            }
            if (k == c || k >= end || d.inQuote(k)) {
                return -1;
            }
            if (t.is(k, '(') && k + 2 < end && t.is(k + 2, ')')) {
                k += 3;   // "Ann Lark (R)"
            }
            return k < end && (t.kind(k) == TokenBuffer.DASH || t.is(k, '(')
                    || t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Sieves.oneOf(d, k, AFTER_NAME_ADJUNCTS)) ? k : -1;
        }

        /** Whether the noun at {@code i} has an owner before it, after at most one adjective: {@code his (bold) plan}. */
        private boolean isOwned(int i) {
            int k = i - 1;
            if (k > 0 && t.kind(k) == TokenBuffer.WORD && !isOwner(k) && !d.mentions.isFunctionWord(k)) {
                k--;
            }
            return k >= 0 && isOwner(k);
        }

        /** A possessive ({@code Smith's}) or possessive pronoun ({@code his}, {@code their}). */
        private boolean isOwner(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && (d.mentions.isPossessive(k) && !contractedIs(k) || t.equalsIgnoreCase(k, "his")
                    || t.equalsIgnoreCase(k, "her") || t.equalsIgnoreCase(k, "their") || t.equalsIgnoreCase(k, "its")
                    || t.equalsIgnoreCase(k, "our") || t.equalsIgnoreCase(k, "my"));
        }

        /** Whether word {@code k} is a short word with {@code is} contracted onto it ({@code there's}, {@code it's}), no owner. */
        private boolean contractedIs(int k) {
            int s = t.start(k);
            int n = t.length(k) - 2;
            for (String w : BEFORE_CONTRACTED_IS) {
                if (w.length() == n && d.text.regionMatches(true, s, w, 0, n)) {
                    return true;
                }
            }
            return false;
        }

        /** Words that take {@code 's} as {@code is} ({@code let's}: as {@code us}), never as an owner's mark. */
        private static final String[] BEFORE_CONTRACTED_IS = {"there", "here", "it", "that", "what", "who", "where", "how", "let",
                "this"};

        /**
         * The owner of the noun at {@code i} as a mention in {@code m} ({@code Smith's claim}: Smith's;
         * {@code her claim}: her), or none.
         */
        private Mentions.Mention owner(int i, int from, Mentions.Mention m) {
            m.first = -1;
            m.last = -1;
            int k = i - 1;
            if (k > from && t.kind(k) == TokenBuffer.WORD && !isOwner(k) && !d.mentions.isFunctionWord(k)) {
                k--;
            }
            if (k < from || !isOwner(k)) {
                return m;
            }
            if (d.mentions.isPossessive(k)) {
                int f = k;
                while (f - 1 >= from && f > k - 3 && d.mentions.isNameWord(f - 1) && d.mentions.isNameWord(f)) {
                    f--;   // "Ted Lark's claim"
                }
                m.first = f;
                m.type = d.mentions.isNameWord(k) ? Mentions.NAME : Mentions.DESCRIPTION;
            } else {
                m.first = k;
                m.type = Mentions.PRONOUN;
            }
            m.last = k;
            return m;
        }

        /**
         * Where the cue starts when word {@code i} is a verb of impression with its complement after it
         * ({@code seems to work}, {@code appeared uneasy}), or the {@code expected} of a passive
         * ({@code is expected to win}, {@code are widely expected to}), whose cue starts at the
         * {@code be}; -1 otherwise. Not before a preposition ({@code appeared in court}).
         */
        private int seemingAt(int i, int e) {
            if (i + 2 >= e || t.kind(i + 1) != TokenBuffer.WORD || d.inQuote(i + 1)) {
                return -1;
            }
            boolean to = t.equalsIgnoreCase(i + 1, "to");
            if (Words.PASSIVE_VERBS.contains(d.text, t.start(i), t.end(i))) {
                int b = i - 1;
                if (b > 0 && (preverbAdverb(b) || t.equalsIgnoreCase(b, "best") || t.equalsIgnoreCase(b, "well")) && !isBe(b)) {
                    b--;   // "is widely expected", "is best known for"
                }
                return b >= 0 && isBe(b) && !t.equalsIgnoreCase(b, "being") && passiveComplement(i, i + 1) ? b : -1;
            }
            if (t.equalsIgnoreCase(i, "reportedly") || t.equalsIgnoreCase(i, "purportedly") || t.equalsIgnoreCase(i, "supposedly")) {
                // "Lark reportedly left the party": reported of the subject by no one named; not "the supposedly safe pier",
                // where the adverb qualifies an adjective inside a noun phrase
                return t.isCapitalized(i) || i > 0 && (d.mentions.isDeterminer(i - 1) || isOwner(i - 1)) ? -1 : i;
            }
            if (!Sieves.oneOf(d, i, SEEMING_VERBS)) {
                return -1;
            }
            if (!to && (Words.ADJUNCTS.contains(d.text, t.start(i + 1), t.end(i + 1)) || d.mentions.isDeterminer(i + 1)
                    || t.isCapitalized(i + 1))) {
                return -1;   // "appeared in court", "appeared the favourite", "appeared Monday"
            }
            return i;
        }

        /**
         * Where the content starts when word {@code i} is an adjective of stance after a form of
         * {@code be}, an adverb at most between ({@code are worried about turnout}, {@code is
         * hostile to the toll}, {@code is confident that …}, {@code were eager to …}, {@code are
         * convinced the levy will pass}): after its preposition, at its {@code that} or the {@code
         * to} of an infinitive, or at the subject of a clause without {@code that}; else 0.
         */
        private int stanceAdjectiveAt(int i, int e) {
            int j = i + 1;
            if (i < 1 || j + 1 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)
                    || !Words.STANCE_ADJECTIVES.contains(d.text, t.start(i), t.end(i))) {
                return 0;
            }
            int b = i - 1;
            if (b > 0 && (preverbAdverb(b) || t.equalsIgnoreCase(b, "well")) && !isBe(b)) {
                b--;   // "are deeply worried", "am fully aware", "is well aware"
            }
            if (!isBe(b)) {
                return 0;
            }
            if (t.equalsIgnoreCase(j, "to") && !toInfinitive(j + 1)) {
                return j + 1;   // "is hostile to the toll"
            }
            if (t.equalsIgnoreCase(j, "that") || t.equalsIgnoreCase(j, "to")) {
                return j;
            }
            if (isSubjectPronoun(j) || d.mentions.isDeterminer(j) && !isObjectPronoun(j) || d.mentions.isNameWord(j)) {
                return j;   // "is convinced the levy will pass", "were sure they had won": a clause without "that"
            }
            boolean preposition = t.equalsIgnoreCase(j, "about") || t.equalsIgnoreCase(j, "of") || t.equalsIgnoreCase(j, "by")
                    || t.equalsIgnoreCase(j, "with") || t.equalsIgnoreCase(j, "over") || t.equalsIgnoreCase(j, "at")
                    || t.equalsIgnoreCase(j, "in") || t.equalsIgnoreCase(j, "for") || t.equalsIgnoreCase(j, "on");
            return preposition && !d.inQuote(j + 1) ? j + 1 : 0;
        }

        /**
         * Where the clause starts when word {@code i} is an adjective of stance that {@link
         * #stanceAdjectiveAt} does not take, or one of feeling ({@code feeling-adjectives.txt}), and a
         * {@code that} or a question word follows it: after
         * {@code be} and two or three adverbs ({@code are now much more hopeful that …}, {@code is much less
         * certain where …}), after a subject fused with its verb ({@code we're anxious that …}) or after a
         * verb of becoming or staying ({@code stay hopeful that …}, {@code came away sure that
         * …}, {@code grew anxious whether …}) or right after a comma, for the subject of the sentence
         * ({@code left the hall, confident that …}; not a verb of thought, {@code Vasko, 39, worried that
         * …}); the word before the adjective's adverbs is left in {@link #stanceLink}. Else 0.
         */
        private int linkedStanceAdjectiveAt(int i, int e) {
            int j = i + 1;
            if (i < 1 || j + 1 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || d.inQuote(i)
                    || !(t.equalsIgnoreCase(j, "that") || Sieves.oneOf(d, j, STANCE_QUESTION_WORDS))
                    || !(Words.STANCE_ADJECTIVES.contains(d.text, t.start(i), t.end(i)) || feelingBeforeClause(i, j))) {
                return 0;
            }
            int b = i - 1;
            while (b > 0 && i - b <= STANCE_ADVERBS && (preverbAdverb(b) || Sieves.oneOf(d, b, DEGREE_WORDS)) && !isBe(b) && !negatedBe(b)) {
                b--;   // "are now much more hopeful", "is much less certain", "grew ever more wary"
            }
            if (d.inQuote(b) || t.kind(b) != TokenBuffer.WORD && !t.is(b, ',')) {
                return 0;
            }
            boolean link = isBe(b) || negatedBe(b) || contractedSubject(b) || Sieves.oneOf(d, b, LINKING_VERBS)
                    || t.equalsIgnoreCase(b, "away") && b > 0 && Sieves.oneOf(d, b - 1, LEAVING_VERBS)
                    || b == i - 1 && t.is(b, ',') && !d.inQuote(b)   // "…, confident that …": of the sentence's subject
                    && !Words.CLAUSE_VERBS.contains(d.text, t.start(i), t.end(i));   // "Vasko, 39, worried that …" is a verb
            if (!link) {
                return 0;
            }
            stanceLink = t.equalsIgnoreCase(b, "away") ? b - 1 : b;
            return j;
        }

        /**
         * {@code were stunned that …}, {@code is puzzled why …}: whether word {@code i} is an adjective of
         * feeling ({@code feeling-adjectives.txt}) and {@code that}, {@code why}, {@code how} or
         * {@code whether} opens the clause at {@code j}; not {@code when} or {@code if}, which after such
         * an adjective more often tell when the feeling came ({@code were surprised when the ferry left}).
         */
        private boolean feelingBeforeClause(int i, int j) {
            return Words.FEELING_ADJECTIVES.contains(d.text, t.start(i), t.end(i)) && Sieves.oneOf(d, j, FEELING_CLAUSE_WORDS);
        }

        /** Words opening the clause an adjective of feeling reports: {@code stunned that …}, {@code puzzled why …}. */
        private static final String[] FEELING_CLAUSE_WORDS = {"that", "why", "how", "whether"};

        /** The word before the adjective of the last clause {@link #linkedStanceAdjectiveAt} found, or -1. */
        int stanceLink = -1;

        /** Adverbs at most between a linking verb and its adjective of stance. */
        private static final int STANCE_ADVERBS = 3;

        private static final String[] STANCE_QUESTION_WORDS = {"whether", "if", "how", "why", "what", "who", "where", "when"};

        /** Words of degree and time before an adjective: {@code so sure}, {@code more wary}, {@code much less certain}, {@code those least willing}. */
        private static final String[] DEGREE_WORDS = {"so", "more", "less", "far", "much", "too", "very", "quite", "still",
            "now", "even", "all", "not", "ever", "never", "also", "no", "any", "rather", "pretty", "from", "most", "least"};

        /** Verbs of becoming, staying or seeming that link a subject to an adjective of stance. */
        private static final String[] LINKING_VERBS = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed",
            "staying", "seem", "seems", "seemed", "appear", "appears", "appeared", "grow", "grows", "grew", "growing", "grown",
            "become", "becomes", "became", "becoming", "feel", "feels", "felt", "get", "gets", "got", "getting", "sound",
            "sounds", "sounded", "look", "looks", "looked"};

        /** {@code came away sure that …}: verbs before {@code away} and an adjective of stance. */
        private static final String[] LEAVING_VERBS = {"come", "comes", "came", "coming", "walk", "walks", "walked", "go",
            "went", "left"};

        /**
         * Where the question starts when word {@code i} is {@code about}, {@code on} or {@code over} after
         * a word of talk, thought, dispute or decision ({@code question-topic-words.txt}) and a question
         * word follows it ({@code spoke about how …}, {@code held firm views on whether …}, {@code the
         * two quarrelled over who …}): at the question word; else 0.
         */
        private int questionAfterPreposition(int from, int i, int e) {
            int j = i + 1;
            if (i - 1 <= from || j + 1 >= e || d.inQuote(i) || d.inQuote(j) || t.kind(i - 1) != TokenBuffer.WORD
                    || !Sieves.oneOf(d, i, TOPIC_PREPOSITIONS) || !Sieves.oneOf(d, j, BARE_QUESTION_WORDS)
                    || !Words.QUESTION_TOPIC_WORDS.contains(d.text, t.start(i - 1), t.end(i - 1))) {
                return 0;
            }
            return j;
        }

        private static final String[] TOPIC_PREPOSITIONS = {"about", "on", "over"};

        /** Subjects that stand for no one: {@code It is all a debate over how …}. */
        private static final String[] EMPTY_SUBJECTS = {"it", "there", "this", "that"};

        /**
         * {@code growers willing to sell}, {@code those least reluctant to sail}, {@code Skippers grew
         * reluctant to sail}: when word {@code i} is an adjective of willingness ({@link
         * #WILLINGNESS_ADJECTIVES}) before {@code to} and a verb's base form, with no form of be before
         * it (which {@link #stanceAdjectiveAt} reads), where its cue starts: at a verb of remaining or
         * seeming before it ({@link #LINKING_VERBS}), its subject the speaker, or at the adjective
         * itself when it follows a noun phrase it describes, that phrase the speaker (as the mention
         * {@code m}); at most two adverbs between ({@code each now willing}). Else -1.
         */
        private int postposedWillingness(int from, int i, int e, Mentions.Mention m) {
            if (i - 1 < from || i + 2 >= e || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || !Sieves.oneOf(d, i, WILLINGNESS_ADJECTIVES)
                    || !t.equalsIgnoreCase(i + 1, "to") || !toInfinitive(i + 2)) {
                return -1;
            }
            int b = i - 1;
            for (int n = 0; n < 2 && b - 1 >= from && (preverbAdverb(b) || Sieves.oneOf(d, b, DEGREE_WORDS)); n++) {
                b--;   // "those least willing", "each now willing", "now less reluctant"
            }
            if (t.kind(b) != TokenBuffer.WORD || d.inQuote(b) || isBe(b) || isHave(b) || isAuxiliary(b) || contractedSubject(b)) {
                return -1;   // "were willing to": a stance after be, which stanceAdjectiveAt reads
            }
            if (Sieves.oneOf(d, b, LINKING_VERBS)) {
                return d.mentions.subjectBefore(b, from - 1, m) && m.last < b ? b : -1;
            }
            boolean alone = Sieves.oneOf(d, b, QUANTIFIERS_ALONE) || t.equalsIgnoreCase(b, "each") || t.equalsIgnoreCase(b, "those");
            if (!alone && (d.mentions.isDeterminer(b) || isOwner(b) || d.mentions.isFunctionWord(b) || isObjectPronoun(b))) {
                return -1;   // "a willing partner", "or willing to": no noun phrase before it
            }
            // the noun it describes, with a determiner or quantifier right before it: the head of the phrase, which
            // a verb before it may not end ("needs growers willing to …")
            m.first = b - 1 > from && (d.mentions.isDeterminer(b - 1) || Sieves.oneOf(d, b - 1, QUANTIFIERS_ALONE)) ? b - 1 : b;
            m.last = b;
            m.type = t.isCapitalized(b) && !d.mentions.isDeterminer(b) ? Mentions.NAME : Mentions.DESCRIPTION;
            return i;
        }

        /**
         * Where the infinitive of an adjective of willingness after a noun ends, {@code to} its first
         * token: at {@code end}, or at the first form of be or have or auxiliary after its verb not
         * after a relative word, which no infinitive has: the predicate of the clause the noun is
         * the subject of ({@code Growers willing to sell can apply}, {@code Those least willing to sail
         * were young}), or at an opening parenthesis.
         */
        private int willingnessEnd(int to, int end) {
            int from = Math.min(to + 2, end);
            if (willingScan.covers(end, from)) {
                return willingScan.found;
            }
            int k = from;
            while (k < end && !((isBe(k) || isHave(k) || isAuxiliary(k) && !t.equalsIgnoreCase(k, "not"))
                    && !Sieves.oneOf(d, k - 1, RELATIVES) || t.is(k, '(') && !d.inQuote(k))) {
                k++;   // or at a parenthesis, an aside of the writer's
            }
            return willingScan.keep(end, from, k);
        }

        /** Adjectives of willingness that may follow the noun they describe, before an infinitive: {@code growers willing to sell}. */
        private static final String[] WILLINGNESS_ADJECTIVES = {"willing", "unwilling", "reluctant"};

        /**
         * Whether what follows the passive participle at {@code i} from {@code j} reports the subject:
         * {@code to} (its own, {@code expected to}, {@code meant to}), {@code as} ({@code seen as}), {@code that}
         * ({@code It was reported that}), {@code of} or {@code with} after {@code accused} and
         * {@code charged}, or a noun phrase after a verb of naming ({@code declared the winner}).
         */
        private boolean passiveComplement(int i, int j) {
            if (t.equalsIgnoreCase(i, "expected") || t.equalsIgnoreCase(i, "meant")) {
                return t.equalsIgnoreCase(j, "to");   // "is meant to …", not "was meant as mild teasing"
            }
            if (t.equalsIgnoreCase(j, "to") || t.equalsIgnoreCase(j, "as") || t.equalsIgnoreCase(j, "that")) {
                return !t.equalsIgnoreCase(i, "charged") && !t.equalsIgnoreCase(i, "accused");
            }
            if (t.equalsIgnoreCase(i, "accused") || t.equalsIgnoreCase(i, "charged")) {
                return t.equalsIgnoreCase(j, "of") || t.equalsIgnoreCase(j, "with");
            }
            if (t.equalsIgnoreCase(i, "known") && t.equalsIgnoreCase(j, "for")) {
                return true;   // "The firm is known for its thrift": what it is reputed for
            }
            return (t.equalsIgnoreCase(i, "declared") || t.equalsIgnoreCase(i, "named") || t.equalsIgnoreCase(i, "dubbed")
                    || t.equalsIgnoreCase(i, "projected") || t.equalsIgnoreCase(i, "considered") || t.equalsIgnoreCase(i, "deemed"))
                    && d.mentions.isDeterminer(j);
        }

        /**
         * Where the subject of an impression starts, {@code first} as {@link #subjectStart} found it,
         * moved back over what ends a noun phrase before it: an owner in {@code s'} ({@code the
         * growers' plan}), {@code neither} or {@code either}, or the noun that a relative {@code who}
         * without a comma describes ({@code The warden who wrote the rules seems …}).
         */
        private int impressionSubjectStart(int from, int first) {
            if (first - 1 <= from) {
                return first;
            }
            int k = first - 1;
            if (d.mentions.isPossessiveMark(k) && k - 1 >= from) {
                int owner = subjectStart(from, k);
                return owner >= 0 && !t.equalsIgnoreCase(owner, "that") && !t.equalsIgnoreCase(owner, "which") ? owner : first;
            }
            if (t.equalsIgnoreCase(k, "neither") || t.equalsIgnoreCase(k, "either")) {
                return k;   // "neither contest"
            }
            if (t.equalsIgnoreCase(first, "who") && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !d.mentions.isFunctionWord(k)) {
                int head = subjectStart(from, first);
                return head >= 0 && !d.mentions.isPronoun(head) && !t.equalsIgnoreCase(head, "that") && !t.equalsIgnoreCase(head, "which")
                        ? head : first;
            }
            return first;
        }

        /**
         * {@code To most growers, the plan seems …}: the one an impression is had by, named after an
         * opening {@code To} and set off by a comma before {@code before}, within {@link
         * #EXPERIENCER_WORDS} words, as the mention {@code m}; {@code m} stays as it is otherwise (not
         * an infinitive: {@code To win, the plan seems …}).
         */
        private void experiencer(int from, int before, Mentions.Mention m) {
            int k = from + 1;
            if (from < 0 || k >= before || !t.equalsIgnoreCase(from, "to") || !t.isCapitalized(from) || d.inQuote(from)
                    || !(d.mentions.isDeterminer(k) || t.isCapitalized(k) || isObjectPronoun(k))) {
                return;
            }
            while (k < before && k - from <= EXPERIENCER_WORDS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)) {
                k++;
            }
            if (k < before && k > from + 1 && t.is(k, ',')) {
                m.first = from + 1;
                m.last = k - 1;
                m.type = isObjectPronoun(from + 1) ? Mentions.PRONOUN
                        : d.mentions.isNameWord(k - 1) ? Mentions.NAME : Mentions.DESCRIPTION;
            }
        }

        /** Words at most in the one an impression is had by ({@link #experiencer}). */
        private static final int EXPERIENCER_WORDS = 12;

        /**
         * {@code When asked by a clerk whether …}: the one after {@code by} right after the {@code asked}
         * at {@code i}, before the question at {@code q0}, as the mention {@code m}, who puts the
         * question; {@code m} stays as it is otherwise.
         */
        private void asker(int i, int q0, Mentions.Mention m) {
            int by = i + 1;
            if (by + 1 >= q0 || !t.equalsIgnoreCase(by, "by") || d.inQuote(by)) {
                return;
            }
            Mentions.Mention a = new Mentions.Mention();
            if (d.mentions.subjectAfter(by + 1, q0, a) && a.last < q0 || agentPhrase(by + 1, q0, a)) {
                m.set(a);
            }
        }

        /** Participles of viewing that, in the passive, take the agent after {@code by} before {@code as} ({@code regarded by most as}). */
        private static final String[] VIEWED_PARTICIPLES = {"seen", "viewed", "regarded", "considered", "perceived", "portrayed",
                "depicted", "described", "interpreted", "remembered", "characterized", "characterised", "painted", "branded",
                "labeled", "labelled", "dismissed", "hailed", "cast", "judged"};

        /**
         * Where the {@code as} stands when word {@code i} is a passive of viewing after a form of be (past
         * an adverb) with its agent after {@code by} between ({@code is seen by most growers as}): at most
         * {@link #AGENT_WORDS} words, no comma; -1 otherwise.
         */
        private int viewedByAgentAs(int i, int e) {
            if (i < 2 || i + 3 >= e || d.inQuote(i) || !t.equalsIgnoreCase(i + 1, "by") || !Sieves.oneOf(d, i, VIEWED_PARTICIPLES)
                    || d.inQuote(i + 1)) {
                return -1;
            }
            int b = i - 1;
            if (preverbAdverb(b) && !isBe(b)) {
                b--;   // "was widely seen by"
            }
            if (b < 1 || !isBe(b) || t.equalsIgnoreCase(b, "being") || d.inQuote(b)) {
                return -1;
            }
            for (int k = i + 2; k < e && k <= i + 2 + AGENT_WORDS; k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "as")) {
                    return k > i + 2 && k + 1 < e && !d.inQuote(k + 1) ? k : -1;
                }
            }
            return -1;
        }

        /** Participles of praise, blame or naming that, in the passive before {@code as}, report a judgement ({@code was hailed as}). */
        private static final String[] JUDGED_AS_PARTICIPLES = {"criticized", "criticised", "condemned", "denounced", "derided",
                "ridiculed", "mocked", "lambasted", "decried", "vilified", "dismissed", "hailed", "praised", "lauded", "touted",
                "billed", "branded", "labeled", "labelled", "characterized", "characterised", "painted", "caricatured",
                "interpreted", "misinterpreted", "remembered", "celebrated", "mentioned"};

        /** Words after {@code as} that make it no complement of a judgement ({@code as well}, {@code as soon as}, {@code as of}). */
        private static final String[] NOT_AFTER_JUDGED_AS = {"if", "though", "well", "long", "much", "many", "soon", "far", "of",
                "part", "such", "usual", "recently", "early", "late"};

        /**
         * Where the cue starts when word {@code i} is a participle of praise, blame or naming after a form
         * of be (past an adverb, or {@code being} after one: {@code is being criticized}) with {@code as}
         * and its complement right after it ({@code was roundly mocked as unfair}); -1 otherwise (not
         * {@code as} before a subject pronoun, which opens a clause of time).
         */
        private int judgedAsAt(int i, int e) {
            if (i < 2 || i + 2 >= e || d.inQuote(i) || !t.equalsIgnoreCase(i + 1, "as") || !Sieves.oneOf(d, i, JUDGED_AS_PARTICIPLES)
                    || d.inQuote(i + 1) || t.kind(i + 2) != TokenBuffer.WORD || d.inQuote(i + 2) || isSubjectPronoun(i + 2)
                    || Sieves.oneOf(d, i + 2, NOT_AFTER_JUDGED_AS)) {
                return -1;
            }
            int b = i - 1;
            if (preverbAdverb(b) && !isBe(b)) {
                b--;   // "was roundly mocked as"
            }
            if (b >= 1 && t.equalsIgnoreCase(b, "being") && isBe(b - 1) && !d.inQuote(b - 1)) {
                return b - 1;   // "is being mocked as"
            }
            if (b < 0 || !isBe(b) || t.equalsIgnoreCase(b, "being") || d.inQuote(b)) {
                return -1;
            }
            if (t.equalsIgnoreCase(b, "been") || t.equalsIgnoreCase(b, "be")) {
                int a = b - 1;
                if (a >= 1 && d.mentions.isVerbFiller(a) && !isBe(a) && !isAuxiliary(a) && !Sieves.oneOf(d, a, PERFECT_AUXILIARIES)) {
                    a--;   // "has also been", "will surely be"
                }
                return a >= 0 && (isAuxiliary(a) || Sieves.oneOf(d, a, PERFECT_AUXILIARIES)) && !d.inQuote(a) ? a : b;   // "has been …"
            }
            return b;
        }

        /** Auxiliaries before {@code been} or {@code be} that {@link #isAuxiliary} leaves out. */
        private static final String[] PERFECT_AUXILIARIES = {"has", "have", "had", "should", "must", "shall"};

        /**
         * Adds subject and complement of a view in the passive ({@code The toll is seen by the guild as a burden.}):
         * the subject before the be of the participle at {@code verb} and the complement from its {@code
         * as} at {@code as}, one group, the agent between their speaker. Returns the token after the
         * complement, or -1 when none was added.
         */
        private int viewedByAgentPieces(int p, int from, int verb, int as, int e) {
            int be = verb - 1;
            if (!isBe(be)) {
                be--;   // past the adverb viewedByAgentAs passed
            }
            int subjectEnd = be;
            while (subjectEnd - 1 > from && (isAuxiliary(subjectEnd - 1) || d.mentions.isVerbFiller(subjectEnd - 1) && !isBe(subjectEnd - 1))) {
                subjectEnd--;   // "will be seen", "will probably be seen": the auxiliary belongs to the verb
            }
            int first = impressionSubject(from, subjectEnd);
            if (first >= 0 && (t.equalsIgnoreCase(first, "that") || t.equalsIgnoreCase(first, "it") && first + 1 == subjectEnd
                    || objectOfPreposition(from, first))) {
                first = -1;   // "the fees that are seen by …": the relative reports nothing of its own
            }
            Mentions.Mention m = new Mentions.Mention();
            if (as == verb + 3 && Words.QUANTITIES.contains(d.text, t.start(verb + 2), t.end(verb + 2))) {
                m.first = verb + 2;   // "regarded by most as": a share of people
                m.last = verb + 2;
                m.type = Mentions.DESCRIPTION;
            } else if (!(d.mentions.subjectAfter(verb + 2, as, m) && m.last < as || agentPhrase(verb + 2, as, m))) {
                m.first = -1;
                m.last = -1;
            }
            FoundQuote subject = first >= 0 ? emit(p, first, subjectEnd, m, be, verb + 1 - be, "passive-report", 1) : null;
            int restEnd = relativeClauseEnd(from, be, as, subordinateEnd(from, as, clauseEnd(as, e)));
            FoundQuote rest = emit(p, as, restEnd, m, be, verb + 1 - be, "passive-report", MIN_WORDS);
            if (rest == null) {
                return subject != null ? t.indexAt(subject.end) : -1;
            }
            if (subject != null) {
                rest.group = subject.group;
            }
            return t.indexAt(rest.end);
        }

        /**
         * Where the subject of an impression or a passive of report that ends before {@code subjectEnd} starts,
         * or -1 when {@code and}, {@code or} or {@code but} stands right before the verb: {@code … and seemed to …},
         * whose subject is further back.
         */
        private int impressionSubject(int from, int subjectEnd) {
            return subjectEnd - 1 >= from && (isAndOr(subjectEnd - 1) || t.equalsIgnoreCase(subjectEnd - 1, "but")) ? -1
                    : impressionSubjectStart(from, subjectStart(from, subjectEnd));
        }

        /**
         * Adds the two pieces of an impression ({@code The plan seems to work.}): the subject before
         * the cue from {@code cue} to {@code verb}, when it is a short noun phrase, and the complement
         * after the verb, one group without a speaker. Returns the token after the complement, or -1
         * when none was added.
         */
        private int seemingPieces(int p, int from, int cue, int verb, int e) {
            int subjectEnd = cue;
            while (subjectEnd - 1 > from && isAuxiliary(subjectEnd - 1)) {
                subjectEnd--;   // "he doesn't seem": the auxiliary belongs to the verb
            }
            int first = impressionSubject(from, subjectEnd);
            // "a toll that seems unfair": an impression inside a noun phrase, which reports nothing of its own
            boolean insidePhrase = cue == verb && first >= 0 && first + 1 == subjectEnd && relativeSubjectThat(first)
                    || cue == verb && inability(cue);   // "can't seem to …": a failure told, no impression
            if (insidePhrase) {
                first = -1;   // no subject piece either
            }
            if (first >= 0 && objectOfPreposition(from, first)) {
                first = -1;   // "the rift between the two towns seems …", "has in recent weeks seemed …": no whole subject
            }
            if (first >= 0 && first + 1 == subjectEnd && t.equalsIgnoreCase(first, "it") && t.equalsIgnoreCase(verb + 1, "that")) {
                first = -1;   // "It was reported that …": the clause alone
            }
            if (first >= 0 && (t.equalsIgnoreCase(first, "that") || cue == verb && first + 1 == subjectEnd && t.equalsIgnoreCase(first, "it"))) {
                first = -1;   // "the plans that now seem …", "It seemed like …": no subject that reports anything
            }
            if (first < 0 && subjectEnd == cue) {
                int open = asideOpening(from, subjectEnd - 1);
                int head = open > from ? subjectStart(from, open) : -1;
                if (head >= 0 && !t.equalsIgnoreCase(head, "that") && !t.equalsIgnoreCase(head, "which") && !t.equalsIgnoreCase(head, "it")
                        && !(head - 1 >= from && Sieves.oneOf(d, head - 1, COMMA_RELATIVES))) {   // not "…, whose brother, a pilot, is …"
                    // "The guild, for its part, seems …", "The board, which kept …, is expected to …": the subject before the aside,
                    // without an aside of a participle ("The old barge, repainted by the guild, appears …")
                    first = head;
                    subjectEnd = asideParticiple(open + 1) ? open : subjectEnd - 1;
                }
            }
            Mentions.Mention none = new Mentions.Mention();
            none.first = -1;
            none.last = -1;
            experiencer(from, first >= 0 ? first : subjectEnd, none);   // "To most growers, the plan seems …": theirs
            if (none.first < 0 && cue < verb) {
                int by = agentPastPhrase(verb, e);   // "The plans were described to the growers by the clerk": the clerk
                if (!(by > 0 && (d.mentions.subjectAfter(by + 1, e, none) || agentPhrase(by + 1, e, none)))) {
                    none.first = -1;
                    none.last = -1;
                }
            }
            FoundQuote rest = null;
            String rule = cue < verb ? "passive-report" : "seeming";   // "is expected", "was seen" against "seemed"
            FoundQuote subject = first >= 0 ? emit(p, first, subjectEnd, none, cue, verb + 1 - cue, rule, 1) : null;
            if (subject != null && t.equalsIgnoreCase(verb + 1, "like")) {
                subject.cueEnd = t.end(verb + 1);
            }
            int c = verb + 1;
            if (t.equalsIgnoreCase(c, "like") && c + 1 < e) {
                c++;   // "seems like a different candidate"
            }
            if (cue < verb && c + 1 < e && (t.equalsIgnoreCase(c, "as") || t.equalsIgnoreCase(c, "of") || t.equalsIgnoreCase(c, "with")
                    || t.equalsIgnoreCase(c, "for")) && !d.inQuote(c + 1)) {
                c++;   // "is seen as a gamble", "was accused of fraud": the preposition belongs to the cue
            }
            int restEnd = relativeClauseEnd(from, cue, c, subordinateEnd(from, c, clauseEnd(c, e)));
            if (cue == verb && Sieves.oneOf(d, verb, SEEMING_VERBS)) {
                restEnd = impressionEnd(c, restEnd);   // "seems calm, at least for now": the impression, not its circumstances
            }
            if (insidePhrase) {
                return restEnd > c ? restEnd : -1;   // read past it all the same: its words are no clause of their own
            }
            rest = emit(p, c, restEnd, none, cue, c - cue, rule, c > verb + 1 ? 1 : MIN_WORDS);
            if (rest == null) {
                return -1;
            }
            if (subject != null) {
                rest.group = subject.group;
            }
            return t.indexAt(rest.end);
        }

        /**
         * {@code The crew seemed calm when the storm broke.}, {@code The levy appears safe, at least
         * for now.}: where the complement of {@code seem} or {@code appear} from {@code c} ends before
         * {@code end} (not that of {@code reportedly}, a whole predicate with its own adjuncts): at
         * its first comma (not one before {@code including} or {@code such as}, which lists examples
         * of it) or before a word that opens a clause of time, condition, cause or concession ({@code
         * even} before {@code if} or {@code though} with it); {@code end} if none. What follows tells
         * when or why the impression was had, not what it was. The scan is kept ({@link
         * #impressionScan}), so a later start before its stop reads nothing again.
         */
        private int impressionEnd(int c, int end) {
            int start = Math.min(c + 1, end);
            if (impressionScan.covers(end, start)) {
                return impressionScan.found;
            }
            int k = start;
            while (k < end) {
                if (!d.inQuote(k) && t.is(k, ',') && !(k + 1 < end && (t.equalsIgnoreCase(k + 1, "including")
                        || t.equalsIgnoreCase(k + 1, "such")))) {
                    break;
                }
                if (!d.inQuote(k) && t.kind(k) == TokenBuffer.WORD && Sieves.oneOf(d, k, IMPRESSION_BREAKS)) {
                    break;
                }
                k++;
            }
            int stop = k < end && k - 1 > c && t.kind(k) == TokenBuffer.WORD && t.equalsIgnoreCase(k - 1, "even") ? k - 1 : k;
            return impressionScan.keep(end, start, stop);
        }

        /**
         * {@code The rift between the two towns seems …}, {@code The pier has in recent weeks seemed …}:
         * whether the subject found for an impression at {@code first} follows a preposition whose
         * object it is, so that the sentence's subject starts further back or is no noun phrase at all
         * (not a relative or question word, {@code passing by who seemed …}, {@code for what appears
         * …}, which opens a clause of its own).
         */
        private boolean objectOfPreposition(int from, int first) {
            int k = first - 1;
            return k >= from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Sieves.oneOf(d, k, GOVERNING_PREPOSITIONS)
                    && !Sieves.oneOf(d, first, RELATIVE_SUBJECTS);
        }

        /**
         * {@code a toll that seems unfair}, {@code cases that appeared poised to …}: whether the word
         * at {@code k} is a relative {@code that} right after a word of content, the noun it describes,
         * rather than a demonstrative ({@code That seems odd.}, {@code but that seems …}).
         */
        private boolean relativeSubjectThat(int k) {
            return k > 0 && t.equalsIgnoreCase(k, "that") && !t.isCapitalized(k) && !d.inQuote(k) && t.kind(k - 1) == TokenBuffer.WORD
                    && !d.inQuote(k - 1) && !d.mentions.isFunctionWord(k - 1) && !d.mentions.isPronoun(k - 1);
        }

        /**
         * {@code He can't seem to win.}, {@code They cannot seem to agree.}: whether {@code can} or
         * {@code could} with its negation stands right before the verb of seeming at {@code v}, which
         * then tells that someone fails, not how something seems.
         */
        private boolean inability(int v) {
            int k = v - 1;
            if (k < 0 || t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (t.equalsIgnoreCase(k, "cannot") || Sieves.oneOf(d, k, NEGATED_CAN)) {
                return true;
            }
            return k > 0 && t.equalsIgnoreCase(k, "not") && t.kind(k - 1) == TokenBuffer.WORD && !d.inQuote(k - 1)
                    && (t.equalsIgnoreCase(k - 1, "can") || t.equalsIgnoreCase(k - 1, "could"));
        }

        /** Negated forms of {@code can} written as one word ({@link #inability}). */
        private static final String[] NEGATED_CAN = {"can't", "can\u2019t", "couldn't", "couldn\u2019t"};

        /** Prepositions whose object cannot be the subject of the verb after it ({@link #objectOfPreposition}). */
        private static final String[] GOVERNING_PREPOSITIONS = {"to", "between", "at", "by", "of", "about", "on", "in", "into",
                "from", "against", "among", "toward", "towards", "upon", "onto", "within", "through", "across", "under", "behind",
                "beside", "near"};

        /** Relative and question words that open a clause after a preposition ({@link #objectOfPreposition}). */
        private static final String[] RELATIVE_SUBJECTS = {"who", "whom", "what", "which", "whoever", "whatever"};

        /** Words that open a clause of time, condition, cause or concession after an impression ({@link #impressionEnd}). */
        private static final String[] IMPRESSION_BREAKS = {"when", "whenever", "if", "despite", "because", "while", "after",
                "before", "although", "though", "since", "until", "unless", "whereas"};

        /**
         * {@code The board, which kept its fees flat all winter, is expected …}, {@code The guild, for its part, seems …}: the
         * comma opening an aside that the comma at {@code close} ends, right before a verb of seeming
         * or a passive of report, within {@link #AS_PIECE_TOKENS} tokens and not before {@code from};
         * -1 if none. An aside holds a verb only after a relative word or a participle that opens it
         * ({@code …, which kept …}, {@code …, repainted by …}): {@code Lark, a warden, has left, seems …}
         * is no subject and its aside.
         */
        private int asideOpening(int from, int close) {
            if (close - 1 <= from || !isClauseComma(close)) {
                return -1;
            }
            int open = -1;
            for (int k = close - 1; k > from && k >= close - AS_PIECE_TOKENS; k--) {
                if (d.inQuote(k) || t.is(k, ';') || t.is(k, ':')) {
                    return -1;
                }
                if (isClauseComma(k)) {
                    open = k;
                    break;
                }
            }
            if (open >= 0 && open + 1 < close && (isAndOr(open + 1) || t.equalsIgnoreCase(open + 1, "but"))) {
                return -1;   // "Lark, Vasko, and the guild seem …": the end of a list, no aside
            }
            if (open < 0 || open + 1 >= close || Sieves.oneOf(d, open + 1, COMMA_RELATIVES) || asideParticiple(open + 1)) {
                return open;
            }
            for (int k = open + 1; k < close; k++) {
                if (verbLike(k)) {
                    return -1;
                }
            }
            return open;
        }

        /** A lower-case word in {@code -ed} or {@code -ing} at {@code k}: a participle opening an aside ({@code repainted by}, {@code pondering the fee}). */
        private boolean asideParticiple(int k) {
            return t.kind(k) == TokenBuffer.WORD && !t.isCapitalized(k) && !d.inQuote(k) && t.length(k) >= 5
                    && (t.endsWith(k, "ed") || t.endsWith(k, "ing"));
        }

                /** Passives of stance that report their subject only with the agent after {@code by} ({@code The levy was backed by the guild}). */
        private static final String[] AGENT_PASSIVES = {"supported", "backed", "liked", "disliked", "seconded", "defeated",
                "chosen", "targeted", "cheered", "booed", "trusted", "distrusted", "admired", "loved", "hated", "feared", "respected",
                "embraced", "hit", "shunned", "snubbed"};

        /**
         * The {@code by} of the agent after the passive at {@code v}, right after it or past a word of
         * time ({@code backed Friday by}, {@code backed last week by}); -1 if none.
         */
        private int agentAfter(int v, int e) {
            for (int k = v + 1; k < Math.min(e - 1, v + 4); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "by")) {
                    return k;
                }
                if (!(Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || t.equalsIgnoreCase(k, "last") || t.equalsIgnoreCase(k, "this")
                        || k > v + 1 && (t.equalsIgnoreCase(k - 1, "last") || t.equalsIgnoreCase(k - 1, "this"))
                                && Sieves.oneOf(d, k, PERIODS))) {
                    return -1;   // "backed last week by"
                }
            }
            return -1;
        }

/**
         * Where the {@code be} starts when word {@code i} is a participle of report or judgement after
         * it ({@code was reported}, {@code has been widely criticized}) with no complement of its own:
         * the sentence or its part ends, or {@code by} or a phrase of time, place or reason follows
         * (not {@code is expected to}, {@code was named the winner}); -1 otherwise.
         */
        private int passiveSubjectAt(int i, int e) {
            boolean agentOnly = i >= 2 && Sieves.oneOf(d, i, AGENT_PASSIVES) && agentAfter(i, e) > 0;
            if (i < 2 || !agentOnly && !Words.PASSIVE_SUBJECT_VERBS.contains(d.text, t.start(i), t.end(i))) {
                return -1;
            }
            int b = i - 1;
            if ((d.mentions.isVerbFiller(b) || agentOnly && (t.equalsIgnoreCase(b, "well") || t.equalsIgnoreCase(b, "all"))) && !isBe(b)) {
                b--;   // "was first reported", "is widely criticized", "is well liked by"
            }
            if (agentOnly && isBe(b) && !t.equalsIgnoreCase(b, "being") && !d.inQuote(b)) {
                return b;   // "The levy was backed Friday by the guild."
            }
            if (!isBe(b) || t.equalsIgnoreCase(b, "being") || d.inQuote(b)) {
                return -1;
            }
            int j = i + 1;
            boolean ends = j >= e || t.is(j, ',') || t.is(j, ';') || t.kind(j) == TokenBuffer.DASH;
            boolean adjunct = j < e && t.kind(j) == TokenBuffer.WORD && !d.inQuote(j)
                    && Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j)) && !t.equalsIgnoreCase(j, "to")
                    && !t.equalsIgnoreCase(j, "as") && !t.equalsIgnoreCase(j, "of") && !t.equalsIgnoreCase(j, "that");
            return ends || adjunct ? b : -1;
        }

        /**
         * Adds the subject before the form of be at token {@code be} (its participle at {@code verb})
         * as a report of its own, its speaker the agent after {@code by}, if any.
         */
        private void passiveSubject(int p, int from, int be, int verb, int e) {
            int subjectEnd = be;
            while (subjectEnd - 1 > from && (isAuxiliary(subjectEnd - 1) || d.mentions.isVerbFiller(subjectEnd - 1)
                    && !isBe(subjectEnd - 1))) {
                subjectEnd--;   // "has been", "could be", "had long been"
            }
            int first = subjectStart(from, subjectEnd);
            if (first < 0 || t.equalsIgnoreCase(first, "that")) {
                return;   // "the rules that were criticized": the relative "that" reports nothing of its own
            }
            Mentions.Mention m = new Mentions.Mention();
            int by = agentAfter(verb, e);
            if (by < 0) {
                by = agentPastPhrase(verb, e);   // "was named to the board by the guild"
            }
            if (!(by > 0 && (d.mentions.subjectAfter(by + 1, e, m) || agentPhrase(by + 1, e, m)))) {
                m.first = -1;
                m.last = -1;
            }
            emit(p, first, subjectEnd, m, be, verb + 1 - be, "passive-subject", 1);
        }

        /**
         * The {@code by} of the agent after the passive at {@code v} past a short phrase of a preposition
         * ({@link #PHRASE_BEFORE_AGENT}) and a determiner, an owner or an object pronoun, with at most
         * {@link #PHRASE_BEFORE_AGENT_WORDS} words after it ({@code praised for the new pier by}, {@code
         * described to them by}); -1 if none.
         */
        private int agentPastPhrase(int v, int e) {
            int k = v + 2;
            if (k + 1 >= e || !Sieves.oneOf(d, v + 1, PHRASE_BEFORE_AGENT) || d.inQuote(v + 1) || t.kind(k) != TokenBuffer.WORD
                    || d.inQuote(k) || !(d.mentions.isDeterminer(k) || isOwner(k) || isObjectPronoun(k))) {
                return -1;
            }
            for (k++; k < e && k <= v + 2 + PHRASE_BEFORE_AGENT_WORDS; k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "by")) {
                    return k;
                }
                if (d.mentions.isFunctionWord(k) || verbLike(k)) {
                    return -1;   // "praised for the work that is done by": a clause, not a phrase
                }
            }
            return -1;
        }

        /** Prepositions of a phrase that may stand between a passive and its agent. */
        private static final String[] PHRASE_BEFORE_AGENT = {"on", "for", "to", "in", "at", "over", "about", "during"};
        /** Words at most after the determiner of such a phrase. */
        private static final int PHRASE_BEFORE_AGENT_WORDS = 3;

        /** Participles of stance or judgement that, after a noun and before their agent, report the noun ({@code a plan endorsed by}). */
        private static final String[] STANCE_PARTICIPLES = {"criticized", "criticised", "condemned", "denounced", "rejected",
                "dismissed", "disputed", "questioned", "praised", "hailed", "applauded", "welcomed", "endorsed", "favored",
                "favoured", "attacked", "blasted", "slammed", "derided", "ridiculed", "mocked", "echoed", "decried", "lambasted",
                "described"};

        /**
         * {@code The pilots rejected a toll favored by the guild.}: adds the noun phrase before the
         * participle of stance at {@code i}, opened by a determiner or owner a few plain words before
         * it, as what the agent after {@code by} holds; whether it added one.
         */
        private boolean stanceParticipleAfterNoun(int p, int from, int i, int e) {
            if (i < 2 || i + 2 >= e || d.inQuote(i) || t.isCapitalized(i)) {
                return false;
            }
            int by = agentAfter(i, e);   // before the list: most words have no "by" after them
            if (by >= 0 && !Sieves.oneOf(d, i, STANCE_PARTICIPLES)) {
                return false;
            }
            int end = i;   // the noun phrase ends before the participle
            if (by < 0 || end - 1 < from || t.kind(end - 1) != TokenBuffer.WORD || d.inQuote(end - 1)
                    || d.mentions.isFunctionWord(end - 1) || isBe(end - 1) || isAuxiliary(end - 1) || d.mentions.isVerbFiller(end - 1)) {
                return false;   // "was endorsed by", "widely endorsed by": a passive after its be, read elsewhere
            }
            int first = -1;
            for (int k = end - 2; k >= from && k >= end - 6; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                if (d.mentions.isDeterminer(k) || isOwner(k)) {
                    first = k;
                    break;
                }
                if (d.mentions.isFunctionWord(k)) {
                    return false;   // "the slate of growers endorsed by": no plain noun phrase
                }
            }
            if (first < 0 || t.equalsIgnoreCase(first, "that") || t.equalsIgnoreCase(first, "which")) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            if (!(d.mentions.subjectAfter(by + 1, e, m) || agentPhrase(by + 1, e, m))) {
                return false;
            }
            return emit(p, first, end, m, i, 1, "passive-subject", 1) != null;
        }

        /**
         * {@code by farmers in May}: a plain noun phrase of up to {@link #AGENT_WORDS} words from {@code
         * j}, a determiner or a number (with its {@code %}) first at most, up to the first other function
         * word, as the mention {@code m}.
         */
        private boolean agentPhrase(int j, int e, Mentions.Mention m) {
            int k = j;
            if (k + 1 < e && t.kind(k) == TokenBuffer.NUMBER && !d.inQuote(k)) {
                k++;   // "by 70 percent", "by 70%": the share, before any "of" after it
                if (t.is(k, '%')) {
                    k++;
                } else if (t.kind(k) != TokenBuffer.WORD || d.mentions.isFunctionWord(k)) {
                    return false;   // "backed by 12 to 3": a count of votes
                }
            }
            if (k == j && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Words.QUANTITIES.contains(d.text, t.start(k), t.end(k))
                    && (k + 1 >= e || !t.isWordLike(k + 1) || Sieves.oneOf(d, k + 1, AFTER_QUANTITY_AGENT))) {
                m.first = k;   // "by many in the guild", "by two or three of them", "by some.": the share of people
                m.last = k;
                m.type = Mentions.DESCRIPTION;
                return true;
            }
            while (k < e && k - j < AGENT_WORDS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !d.mentions.isPronoun(k)
                    && !(d.mentions.isFunctionWord(k) && !(k == j && d.mentions.isDeterminer(k)
                            || k == j + 1 && d.mentions.isDeterminer(k) && Sieves.oneOf(d, j, WHOLE_QUANTIFIERS)))) {
                k++;
            }
            if (k == j || k == j + 1 && d.mentions.isDeterminer(j)) {
                return false;
            }
            m.first = j;
            m.last = k - 1;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /** Words after a quantity standing alone for people as an agent: {@code by many in the guild}, {@code by two or three of them}. */
        private static final String[] AFTER_QUANTITY_AGENT = {"of", "in", "among", "at", "on", "from", "or"};

        /** Quantifiers that may stand before a determiner in an agent ({@code by both the unions}). */
        private static final String[] WHOLE_QUANTIFIERS = {"both", "all", "each", "half"};

        /** Periods that {@code last} or {@code this} make a phrase of time ({@code last week}). */
        private static final String[] PERIODS = {"week", "month", "year", "weekend", "spring", "summer", "fall", "winter"};

        /** An auxiliary or negation before a verb: {@code does}, {@code didn't}, {@code not}, {@code would}. */
        private boolean isAuxiliary(int k) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (d.mentions.contractedNot(k)) {
                return true;   // "doesn't", "didn’t"
            }
            return t.equalsIgnoreCase(k, "not") || t.equalsIgnoreCase(k, "does") || t.equalsIgnoreCase(k, "did")
                    || t.equalsIgnoreCase(k, "do") || t.equalsIgnoreCase(k, "would") || t.equalsIgnoreCase(k, "could")
                    || t.equalsIgnoreCase(k, "may") || t.equalsIgnoreCase(k, "might") || t.equalsIgnoreCase(k, "will")
                    || t.equalsIgnoreCase(k, "can") || t.equalsIgnoreCase(k, "never");
        }

        /** Words that a subject holds between two words of content: {@code The rally at the hall}, {@code Crows and ravens}. */
        private static final String[] INSIDE_SUBJECT = {"of", "in", "from", "for", "on", "at", "with", "among", "about", "and", "or"};

        /**
         * Where the subject before token {@code v} starts: a short noun phrase of words that are no
         * conjunction or preposition (save {@code of}, {@code at}, {@code and} and the like between two
         * words of content: {@code The rally at the hall}, {@code Crows and ravens}), with a word of
         * quantity before it ({@code All the donors}, {@code None of them}), or a pronoun or relative
         * word alone; -1 when there is none.
         */
        private int subjectStart(int from, int v) {
            int k = v - 1;
            while (k >= from && k > v - 10 && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)) {
                if (d.mentions.isPronoun(k) && !quantityOf(from, k - 1) || t.equalsIgnoreCase(k, "which") || t.equalsIgnoreCase(k, "what")
                        || t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "that") && (k + 1 == v || !d.mentions.isDeterminer(k + 1))) {
                    return k;
                }
                boolean inside = Sieves.oneOf(d, k, INSIDE_SUBJECT) && k - 1 >= from
                        && t.kind(k - 1) == TokenBuffer.WORD && !d.mentions.isFunctionWord(k - 1) || quantityOf(from, k);
                boolean quantity = Words.QUANTITIES.contains(d.text, t.start(k), t.end(k));
                if (d.mentions.isFunctionWord(k) && !d.mentions.isDeterminer(k) && !d.mentions.isVerbFiller(k) && !inside && !quantity) {
                    break;   // "tribunal in the city" holds its preposition, "while the plan" stops before "while"
                }
                k--;
            }
            if (k <= v - 10) {
                return -1;   // too long for a plain noun phrase
            }
            k++;
            while (k < v && d.mentions.isVerbFiller(k)) {
                k++;
            }
            return k < v ? k : -1;
        }

        /** {@code none of}, {@code all of}: a word of quantity and {@code of} ending at {@code k}, before a pronoun. */
        private boolean quantityOf(int from, int k) {
            return k - 1 >= from && t.equalsIgnoreCase(k, "of") && Words.QUANTITIES.contains(d.text, t.start(k - 1), t.end(k - 1));
        }

        /**
         * {@code Corrow: The plan will fail.}: a name the text uses elsewhere, alone before a colon
         * that opens the sentence, labels the clause after it (as in headlines and transcripts).
         */
        private boolean colonLabel(int p, int s, int e) {
            Mentions.Mention m = new Mentions.Mention();
            for (int k = s + 1; k < Math.min(e, s + LABEL_TOKENS + ROLE_TOKENS + 3); k++) {
                if (!t.is(k, ':')) {
                    continue;
                }
                int nameEnd = k - 1;
                int open = s == d.found.paraStart[p] ? roleOpening(s, k) : -1;
                if (open > s && open - s <= LABEL_TOKENS && transcript()) {
                    nameEnd = open - 1;   // "VEXLEY (Chief Financial Officer): …": the name before the role
                } else if (k > s + LABEL_TOKENS) {
                    return false;
                }
                if (d.inQuote(k) || !d.mentions.mentionEndingAt(nameEnd, s - 1, m) || m.first != s || m.type != Mentions.NAME
                        || !d.names.isKnownName(m.last) || k + 1 >= e || d.inQuote(k + 1)) {
                    return false;
                }
                int end = e;
                if (s == d.found.paraStart[p] && transcript()) {
                    // a speaker's turn in a transcript: its whole line
                    int stop = Math.min(d.found.paraEnd[p], t.size());
                    while (end < stop && !t.isBreak(end)) {
                        end++;
                    }
                }
                FoundQuote q = emit(p, k + 1, end, m, -1, 0, "colon-label");
                if (q == null) {
                    return false;
                }
                q.cueStart = t.start(k);
                q.cueEnd = t.end(k);
                labelledTo = t.indexAt(q.end - 1) + 1;   // not past a whole quotation that ended the clause
                return true;
            }
            return false;
        }

        /**
         * {@code ORRIN VEXLEY (Chief Financial Officer): …}: the token of the opening parenthesis of a
         * role set off between a label's words and its colon at {@code colon}, or -1; the role holds
         * words only, at most {@link #ROLE_TOKENS}.
         */
        private int roleOpening(int s, int colon) {
            if (colon - 1 <= s || !t.is(colon - 1, ')')) {
                return -1;
            }
            for (int k = colon - 2; k > s && colon - k <= ROLE_TOKENS + 2; k--) {
                if (t.is(k, '(')) {
                    return k < colon - 2 ? k : -1;
                }
                if (!t.isWordLike(k)) {
                    return -1;
                }
            }
            return -1;
        }

        /** Words at most of a role in parentheses after a transcript's label ({@link #roleOpening}). */
        private static final int ROLE_TOKENS = 6;

        /**
         * A label opening its paragraph before a colon, as in headlines and transcripts: a source of
         * evidence or a plural of people ({@code Poll: …}, {@code Insiders: …}), a name with a phrase
         * after {@code to}, {@code on} or {@code at} ({@code Lark to farmers: …}), its speaker. Labels
         * the clause after it, as {@link #colonLabel}.
         */
        private boolean headlineLabel(int p, int s, int e) {
            if (s != d.found.paraStart[p] || !t.isCapitalized(s) || t.kind(s) != TokenBuffer.WORD) {
                return false;
            }
            int k = s + 1;
            while (k < e && k - s <= LABEL_WORDS && t.isWordLike(k) && !d.inQuote(k)) {
                k++;
            }
            if (k >= e || !t.is(k, ':') || d.inQuote(k) || k + 1 >= e || d.inQuote(k + 1)) {
                return false;
            }
            Mentions.Mention m = new Mentions.Mention();
            m.first = s;
            m.type = Mentions.DESCRIPTION;
            if (k == s + 1) {
                boolean plural = t.length(s) > 4 && d.text.charAt(t.end(s) - 1) == 's' && !d.mentions.isFunctionWord(s);
                if (!plural && !Words.EVIDENCE_NOUNS.contains(d.text, t.start(s), t.end(s))) {
                    return false;
                }
                m.last = s;
            } else {
                int n = s;
                while (n < k && d.mentions.isNameWord(n)) {
                    n++;
                }
                if (n == s || n >= k - 1 || !(t.equalsIgnoreCase(n, "to") || t.equalsIgnoreCase(n, "on") || t.equalsIgnoreCase(n, "at"))) {
                    return false;
                }
                m.last = n - 1;
                m.type = Mentions.NAME;
            }
            FoundQuote q = emit(p, k + 1, e, m, k, 1, "colon-label");
            if (q == null) {
                return false;
            }
            q.cueStart = t.start(k);
            q.cueEnd = t.end(k);
            return true;
        }

        /**
         * {@code In a May poll by the Gazette, …}, {@code In the survey, …}: when the phrase opened by
         * {@code in} at {@code i} names a source of evidence ({@code evidence-nouns.txt}) after a
         * determiner, an owner or a name, within {@link #ATTRIBUTION_WINDOW} tokens and before its
         * comma, with no {@code of} before it ({@code In the wake of the report, …}) and no quotation
         * or reporting verb: the comma, with the source up to its noun as the mention {@code m}; else -1.
         */
        private int sourcePhraseComma(int i, int e, Mentions.Mention m) {
            int j = i + 1;
            if (j >= e || t.kind(j) != TokenBuffer.WORD || !(d.mentions.isDeterminer(j) || isOwner(j) || t.isCapitalized(j))) {
                return -1;
            }
            int noun = -1;
            for (int k = j; k < Math.min(e - 1, i + ATTRIBUTION_WINDOW); k++) {
                if (d.inQuote(k) || t.kind(k) == TokenBuffer.WORD && (cueAt(k) > 0 || noun < 0 && t.equalsIgnoreCase(k, "of"))) {
                    return -1;
                }
                if (t.is(k, ',')) {
                    if (noun < 0) {
                        return -1;
                    }
                    m.first = j;
                    m.last = noun;
                    m.type = Mentions.DESCRIPTION;
                    return k;
                }
                if (noun < 0 && t.kind(k) == TokenBuffer.WORD && Words.EVIDENCE_NOUNS.contains(d.text, t.start(k), t.end(k))
                        && (t.is(k + 1, ',') || d.mentions.isFunctionWord(k + 1) || pastVerb(k + 1)
                                || Words.TIME_WORDS.contains(d.text, t.start(k + 1), t.end(k + 1))
                                || Words.ADJUNCTS.contains(d.text, t.start(k + 1), t.end(k + 1)))) {
                    noun = k;   // the head of its phrase: "a poll by …", "the poll released …", not "a search committee"
                }
                if (!t.isWordLike(k) && !d.mentions.isPossessiveMark(k) && t.kind(k) != TokenBuffer.SYMBOL && !joiningSlash(k)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * {@code Corrow leads Lark by nine points in a new Gazette poll.}: in a sentence that reports
         * nothing else, the clause before {@code in} and a poll or survey that closes the sentence's
         * report (nothing but a comma, a phrase of time or place, or a participle after it) is what
         * the poll found, the poll its speaker (rule {@code in-source}, as the same phrase opening
         * the sentence). The clause starts past an introductory phrase and its comma, or at the part
         * after the sentence's last comma that a subordinating word opens ({@code …, where Corrow stayed
         * first in a harbour survey}).
         */
        void pollAfterClause(int p, int s, int e) {
            int part = s;
            int comma = -1;
            for (int i = s; i < e; i++) {
                if (d.inQuote(i)) {
                    continue;
                }
                if (t.is(i, ';') || t.is(i, ':')) {
                    part = i + 1;
                    comma = -1;
                } else if (t.is(i, ',')) {
                    comma = comma < 0 && introductoryOnly(part, i) ? -2 - i : comma < -1 ? comma : i;
                }
                if (i - part < 2 || !t.equalsIgnoreCase(i, "in") || t.isCapitalized(i)) {
                    continue;
                }
                Mentions.Mention m = new Mentions.Mention();
                if (!pollPhrase(i + 1, e, m)) {
                    continue;
                }
                int a = part;
                int last = comma < -1 ? -2 - comma : comma;
                if (comma < -1) {
                    a = last + 1;   // "In May, Corrow led in the poll": past the opening phrase
                }
                if (comma >= 0 && comma + 2 < i && Sieves.oneOf(d, comma + 1, POLL_SUBORDINATORS)) {
                    a = comma + 2;   // "…, although Corrow stayed first in a harbour survey"
                }
                for (int k = i - 3; k > a; k--) {
                    if (Sieves.oneOf(d, k, POLL_SUBORDINATORS) && !t.isCapitalized(k) && !d.inQuote(k)
                            && (isSubjectPronoun(k + 1) || d.mentions.isDeterminer(k + 1) || t.isCapitalized(k + 1))) {
                        a = k + 1;   // "… all week as Lark stayed first in the polls": what the polls found is the last clause
                        break;
                    }
                }
                emit(p, a, i, m, i, 1, "in-source");
                return;
            }
        }

        /** Words that open the part of a sentence after a comma whose clause a poll after it reports. */
        private static final String[] POLL_SUBORDINATORS = {"where", "although", "though", "while", "as", "because", "since"};

        /** Nouns of a poll that reports the clause before it. */
        private static final String[] POLL_NOUNS = {"poll", "polls", "survey", "surveys"};

        /**
         * Whether a poll's phrase starts at {@code j} ({@code a new Gazette poll}, {@code the latest
         * polls}, {@code most surveys}), at most {@link #EVIDENCE_PHRASE_WORDS} words before its noun,
         * and closes the report: the sentence ends after it, or a comma, a phrase of time or place
         * or a participle follows ({@code … in a poll released Monday}); sets {@code m} to it.
         */
        private boolean pollPhrase(int j, int e, Mentions.Mention m) {
            for (int k = j; k < Math.min(e, j + EVIDENCE_PHRASE_WORDS + 1); k++) {
                if (d.inQuote(k) || !t.isWordLike(k) && !d.mentions.isPossessiveMark(k) && !joiningSlash(k)
                        || t.kind(k) == TokenBuffer.WORD && (cueAt(k) > 0
                                || !t.isCapitalized(k) && Words.ADJUNCTS.contains(d.text, t.start(k), t.end(k)))) {
                    return false;
                }
                if (!Sieves.oneOf(d, k, POLL_NOUNS)) {
                    continue;
                }
                if (k == j + 1 && t.equalsIgnoreCase(j, "the") && t.equalsIgnoreCase(k, "polls")) {
                    return false;   // "gains in the polls": a standing, not what one poll found
                }
                int n = k + 1;
                if (n < e && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n) && !(Words.ADJUNCTS.contains(d.text, t.start(n), t.end(n))
                        || Words.TIME_WORDS.contains(d.text, t.start(n), t.end(n)) || pastVerb(n)
                        || t.equalsIgnoreCase(n, "this") || t.equalsIgnoreCase(n, "last") || t.equalsIgnoreCase(n, "taken"))
                        || n < e && d.inQuote(n)) {
                    return false;   // "Growers in the poll say …", "Her gain in the spring poll has …": the phrase is the subject's
                }
                for (int v = n; v < Math.min(e, n + ATTRIBUTION_WINDOW); v++) {
                    if (t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && cueAt(v) > 0) {
                        return false;
                    }
                }
                m.first = j;
                m.last = k;
                m.type = Mentions.DESCRIPTION;
                return true;
            }
            return false;
        }

        /**
         * {@code a Gazette/Star poll}: whether token {@code k} is a slash set between two words with
         * no space, which joins the names of two sources into one.
         */
        private boolean joiningSlash(int k) {
            return k > 0 && k + 1 < t.size() && t.length(k) == 1 && d.text.charAt(t.start(k)) == '/'
                    && t.kind(k - 1) == TokenBuffer.WORD && t.kind(k + 1) == TokenBuffer.WORD
                    && t.end(k - 1) == t.start(k) && t.end(k) == t.start(k + 1);
        }

        /** Tokens at most after the verb of an opening {@code As X reported} before its comma ({@code on Monday}, {@code in his letter}). */
        static final int AS_TAIL_TOKENS = 5;

        /** The reporting verb that {@link #asAttribution} found. */
        int asVerb = -1;

        /**
         * {@code As the Tidewater Herald reported on Monday, …}, {@code As reported by the Tidewater
         * Herald, …}: the comma that closes an attribution opened by {@code as} at {@code i} that opens
         * its part of the sentence: a subject and a reporting verb, or a reporting verb and its agent after {@code by},
         * then a few words without punctuation ({@code on Monday}); its source into {@code m}, the verb
         * into {@link #asVerb}. Else -1; also when a quotation follows the comma, which the verb tags.
         */
        private int asAttribution(int i, int e, Mentions.Mention m) {
            int j = i + 1;
            if (j + 2 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)) {
                return -1;
            }
            int v;
            if (cueAt(j) > 0 && !t.isCapitalized(j) && t.equalsIgnoreCase(j + 1, "by")) {
                if (!d.mentions.subjectAfter(j + 2, e, m) && !agentPhrase(j + 2, e, m)) {
                    return -1;   // "As reported by the Tidewater Herald, …": the agent is the source
                }
                v = j;
                j = m.last + 1;
            } else {
                v = -1;
                for (int k = j + 1; k < Math.min(e, j + AGENT_WORDS + 2); k++) {
                    if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                        break;
                    }
                    if (cueAt(k) > 0 && !tagsMarkedQuote(k)) {
                        v = k;
                        break;
                    }
                }
                if (v < 0 || !d.mentions.subjectBefore(v, i, m) || phraseStart(m.first, i + 1) != i + 1) {
                    return -1;
                }
                j = v + cueAt(v);
                if (j < e && t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && !Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j))
                        && !Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j)) && !isVerbAdverb(j) && !preverbAdverb(j)) {
                    return -1;   // "As the warden read her ruling, …": a verb with its object tells the time of something else
                }
            }
            for (int k = j; k < Math.min(e, j + AS_TAIL_TOKENS + 1); k++) {
                if (t.is(k, ',') && !d.inQuote(k)) {
                    if (k + 1 >= e || t.kind(k + 1) != TokenBuffer.WORD || d.inQuote(k + 1)) {
                        return -1;
                    }
                    asVerb = v;
                    return k;
                }
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether a reporting verb comes within {@link #ATTRIBUTION_WINDOW} tokens from {@code j} ({@code In his report, Lark said …}). */
        private boolean reportFollows(int j, int e) {
            for (int k = j; k < Math.min(e, j + ATTRIBUTION_WINDOW); k++) {
                if (t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && cueAt(k) > 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code …, conducted in May, Lark led …}: past a phrase opened by a verb in the past right after
         * a source, up to its comma within {@link #OPENING_WINDOW} tokens; else {@code c}.
         */
        private int pastParticiplePhrase(int c, int e) {
            if (c >= e || t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || !pastVerb(c)) {
                return c;
            }
            for (int k = c + 1; k < Math.min(e - 1, c + OPENING_WINDOW); k++) {
                if (d.inQuote(k)) {
                    return c;
                }
                if (t.is(k, ',')) {
                    return k + 1;
                }
            }
            return c;
        }

        /**
         * Where the clause after {@code According to X} starts when the source goes on past its
         * mention ({@code According to a poll of farmers in the north, …}): after the first comma
         * within a few words, when no reporting verb comes before it; else at {@code j}.
         */
        private int sourceEnd(int j, int e) {
            for (int k = j; k < Math.min(e, j + ATTRIBUTION_WINDOW); k++) {
                if (d.inQuote(k) || t.kind(k) == TokenBuffer.WORD && cueAt(k) > 0) {
                    return j;
                }
                if (t.is(k, ',')) {
                    return k + 1;
                }
            }
            return j;
        }

        /**
         * {@code According to interviews with a dozen of her aides, …}: the whole phrase up to the
         * comma that ends it as the source, when that comma comes within a few words and no
         * quotation or reporting verb comes before it.
         */
        private boolean longSource(int j, int e, Mentions.Mention m) {
            for (int k = j; k < Math.min(e, j + 2 * ATTRIBUTION_WINDOW); k++) {
                if (d.inQuote(k) || t.kind(k) == TokenBuffer.WORD && cueAt(k) > 0) {
                    return false;
                }
                if (t.is(k, ',')) {
                    if (k == j || k + 1 >= e) {
                        return false;
                    }
                    m.first = j;
                    m.last = k - 1;
                    m.type = Mentions.DESCRIPTION;
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code …, according to numbers the club put out Monday.}: all the words from {@code j}
         * to the end of the sentence as the source, when they hold no comma, quotation or other mark.
         */
        private boolean closingSource(int j, int e, Mentions.Mention m) {
            int last = e - 1;
            while (last >= j && !t.isWordLike(last)) {
                last--;
            }
            for (int k = j; k <= last; k++) {
                if (d.inQuote(k) || !(t.isWordLike(k) || t.kind(k) == TokenBuffer.SYMBOL)) {
                    return false;
                }
            }
            if (last < j) {
                return false;
            }
            m.first = j;
            m.last = last;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code …, according to a suit filed by Lark, a former mayor.}, {@code …, according to the
         * board, which met Friday.}: the words from {@code j} to the first comma as the source, when the
         * rest of the sentence only describes it: each comma after it opens an apposition or a relative
         * clause (a determiner, a name, {@code which}, {@code who}), and no quotation or reporting verb
         * comes before the end.
         */
        private boolean describedSource(int j, int e, Mentions.Mention m) {
            int comma = -1;
            for (int k = j; k < e; k++) {
                if (d.inQuote(k) || t.kind(k) == TokenBuffer.WORD && cueAt(k) > 0) {
                    return false;
                }
                if (t.is(k, ',')) {
                    int n = k + 1;
                    if (k == j || n >= e || t.kind(n) != TokenBuffer.WORD || !(d.mentions.isDeterminer(n) || d.mentions.isNameWord(n)
                            || t.equalsIgnoreCase(n, "which") || t.equalsIgnoreCase(n, "who"))) {
                        return false;
                    }
                    if (comma < 0) {
                        comma = k;
                    }
                } else if (!t.isWordLike(k) && k + 1 < e) {
                    return false;   // a mark in the middle: another clause may follow
                }
            }
            if (comma < 0) {
                return false;
            }
            m.first = j;
            m.last = comma - 1;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code The rise, according to the guild, is due to …}: where the rest of the sentence starts
         * when {@code according to} at {@code i} and its source, ending before {@code j}, are an aside
         * set off by commas within the sentence before {@code e}; -1 when not.
         */
        private int asideAccordingTo(int i, int j, int e) {
            int r = j + 1;
            if (i < 1 || !t.is(i - 1, ',') || d.inQuote(i - 1) || r + 1 >= e || !t.is(j, ',') || d.inQuote(j)
                    || !(t.kind(r) == TokenBuffer.WORD || amountOpens(r)) || d.inQuote(r)) {
                return -1;
            }
            if (newClauseFollows(r, e) || isConjunction(r) || t.equalsIgnoreCase(r, "or") || isOwner(r) || Sieves.oneOf(d, r, RELATIVES_AFTER_SOURCE)
                    || t.equalsIgnoreCase(r + 1, "of") && !t.isCapitalized(r)) {
                return -1;   // "…, according to X, while …", "…, according to X, head of …", "…, which …": no part of the report
            }
            return r;
        }

        /** Relative words that open a clause describing the source of an aside ({@code …, according to the tally, where …}). */
        private static final String[] RELATIVES_AFTER_SOURCE = {"which", "who", "whose", "where", "whom"};

        /**
         * {@code That week, according to Orrin, the crews quit the pier.}: where the rest of the sentence starts when
         * the aside of {@code according to} at {@code i}, its source ending at the comma {@code j}, follows an
         * opening phrase of time alone ({@link #openingTimeBeforeAside}) and a clause opens after it: the phrase
         * and the clause are two pieces of one report; -1 when not.
         */
        private int clauseAfterTimeAside(int from, int i, int j, int e) {
            int r = j + 1;
            if (i - 1 <= from || !t.is(i - 1, ',') || d.inQuote(i - 1) || !t.is(j, ',') || d.inQuote(j) || r + 1 >= e || d.inQuote(r)
                    || !(t.kind(r) == TokenBuffer.WORD || amountOpens(r)) || Sieves.oneOf(d, r, RELATIVES_AFTER_SOURCE)
                    || !openingTimeBeforeAside(from, i - 1)) {
                return -1;
            }
            return r;
        }

        /**
         * {@code The mill takes in, according to one ledger, $9 million each season}: whether token {@code r} opens
         * an amount, a number or a currency sign, which goes on with the report after an aside as a word does.
         */
        private boolean amountOpens(int r) {
            return t.kind(r) == TokenBuffer.NUMBER || t.is(r, '$') || t.is(r, '\u00a3') || t.is(r, '\u20ac');
        }

        /** Words of a phrase of time opening a sentence besides determiners, numbers and words of time ({@code That same week}). */
        private static final String[] OPENING_TIME_WORDS = {"next", "following", "same", "previous", "prior", "a.m.", "p.m.",
            "about", "around", "at", "by", "early", "late", "later", "earlier"};

        /**
         * {@code That week, according to Orrin, …}, {@code Early Friday, according to a harbor log, …}:
         * whether the words from {@code from} (past {@code but} or {@code and}) to the comma at {@code comma}
         * are a short phrase of time alone, at most {@link #LEAD_IN_TOKENS} + 1 tokens of determiners,
         * numbers and words of time closed by a word of time: an aside of attribution after it then
         * opens the report, as one opening the sentence does, and the phrase is no report of its own.
         */
        private boolean openingTimeBeforeAside(int from, int comma) {
            int j = from < comma && (t.equalsIgnoreCase(from, "but") || t.equalsIgnoreCase(from, "and")) ? from + 1 : from;
            if (j >= comma || comma - j > LEAD_IN_TOKENS + 1 || t.kind(comma - 1) != TokenBuffer.WORD
                    || !(Sieves.oneOf(d, comma - 1, TIME_NOUNS) || Words.TIME_WORDS.contains(d.text, t.start(comma - 1), t.end(comma - 1))
                            || t.equalsIgnoreCase(comma - 1, "a.m.") || t.equalsIgnoreCase(comma - 1, "p.m."))) {
                return false;
            }
            for (int k = j; k < comma; k++) {
                if (d.inQuote(k) || !(t.kind(k) == TokenBuffer.NUMBER || t.kind(k) == TokenBuffer.WORD && (d.mentions.isDeterminer(k)
                        || Sieves.oneOf(d, k, TIME_NOUNS) || Sieves.oneOf(d, k, OPENING_TIME_WORDS)
                        || Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k))))) {
                    return false;
                }
            }
            return true;
        }

        /** {@code according to aides, …}: a plain noun phrase up to the next comma as the source. */
        private boolean accordingSource(int j, int e, Mentions.Mention m) {
            int k = j;
            while (k < e && k - j < 6 && t.isWordLike(k)) {
                k++;
            }
            return k > j && (k == e || t.is(k, ',')) && openingSubject(j, k, m);
        }

        /**
         * {@code Prices will rise, the minister said, as the plan requires.}, {@code …, according
         * to the ministry.}: an attribution closing the sentence after a comma reports all that
         * comes before it, whatever verbs that holds ({@code Smith plans to …, aides said.}). Adds
         * that clause and returns true, or returns false when the sentence does not close so.
         */
        private boolean closingAttribution(int p, int s, int e) {
            Mentions.Mention m = new Mentions.Mention();
            for (int k = e - 2; k > Math.max(s, e - CLOSING_WINDOW); k--) {
                if (d.inQuote(k) || t.isBreak(k)) {
                    return false;
                }
                if (!t.is(k, ',')) {
                    continue;
                }
                if (introductoryOnly(s, k) && !openingClauseBefore(s, k, e)) {
                    return false;   // "In reply, the ministry said …": the comma ends an opening phrase
                }
                if (openingTimeBeforeAside(s, k)) {
                    return false;   // "That week, according to Orrin, …": the comma ends an opening phrase of time
                }
                int i = k + 1;
                if (t.equalsIgnoreCase(i, "according") && i + 1 < e && t.equalsIgnoreCase(i + 1, "to")) {
                    if ((d.mentions.subjectAfter(i + 2, e, m) || openingSubject(i + 2, e, m)) && tailEnd(m.last + 1, e) == e) {
                        return emit(p, s, k, m, i, 2, "according-to") != null;
                    }
                    if (i + 2 < e && (closingSource(i + 2, e, m)   // "…, according to figures released Friday."
                            || describedSource(i + 2, e, m))) {   // "…, according to the board, which met Friday."
                        return emit(p, s, k, m, i, 2, "according-to") != null;
                    }
                }
                for (int v = i; v < Math.min(e, i + 10); v++) {
                    int len = t.kind(v) == TokenBuffer.WORD && !t.isCapitalized(v) && !tagsMarkedQuote(v) ? cueAt(v) : 0;
                    if (len == 0 && (closingClauseVerb(v, e) || closingMaintainVerb(v, e))) {
                        len = 1;   // "…, the poll found.", "…, the clerk maintains.": a verb of evidence or claim after its clause
                    }
                    if (len == 0) {
                        continue;
                    }
                    if (v == i && !presentParticiple(v) && !apposedSubject(s, v) && d.mentions.subjectAfter(v + len, e, m)
                            && m.type != Mentions.PRONOUN && tailEnd(m.last + 1, e) == e && endsInvertedSubject(m, e)) {
                        return emit(p, s, k, m, v, len, "trailing-verb-inverted") != null;
                    }
                    int a = v > i + 1 && t.equalsIgnoreCase(i, "as") ? i + 1 : i;   // "…, as Lark has said."
                    boolean subject = d.mentions.subjectBefore(v, k, m) && phraseStart(m.first, a) == a
                            || openingSubject(a, v, m) && phraseStart(m.first, a) == a || postmodifiedSubject(a, v, m);
                    if (subject && tailEnd(pastListener(v, len, e), e) == e && !nameAlone(s, k)) {
                        return emit(p, s, k, m, v, len, "trailing-verb") != null;
                    }
                    break;
                }
                int as = closingAsVerb(i, e, m);
                if (as > 0) {
                    return emit(p, s, k, m, as, cueAt(as), "trailing-verb") != null;   // "…, as Lark has often said."
                }
            }
            return false;
        }

        /**
         * {@code …, as Lark has often said.}, {@code …, as the Gazette reported two days later.}: the
         * verb of an attribution closing the sentence with {@code as} at {@code i}, its subject right
         * after {@code as} (into {@code m}), at most {@link #AS_GAP_WORDS} auxiliaries or adverbs before
         * the verb, and after it only a phrase of time or place to the sentence's end {@code e}: the
         * verb's object is the clause before the comma. -1 when not.
         */
        private int closingAsVerb(int i, int e, Mentions.Mention m) {
            if (!t.equalsIgnoreCase(i, "as") || d.inQuote(i) || !d.mentions.subjectAfter(i + 1, e, m) || m.first != i + 1) {
                return -1;
            }
            int v = m.last + 1;
            for (int gap = 0; gap < AS_GAP_WORDS && v < e && cueAt(v) == 0 && (isHave(v) || isAuxiliary(v) || preverbAdverb(v)
                    || Sieves.oneOf(d, v, FREQUENCY_ADVERBS)); gap++) {
                v++;   // "as Lark has often said"
            }
            if (v >= e || t.kind(v) != TokenBuffer.WORD || d.inQuote(v) || t.isCapitalized(v) || tagsMarkedQuote(v)) {
                return -1;
            }
            int len = cueAt(v);
            return len > 0 && (tailEnd(v + len, e) == e || timeAgoEnds(v + len, e)) ? v : -1;
        }

        /** Auxiliaries and adverbs at most between the subject and the verb of a closing {@code as} attribution. */
        private static final int AS_GAP_WORDS = 3;

        /** Adverbs of how often or since when, which stand between a subject and its verb ({@code has sometimes said}). */
        private static final String[] FREQUENCY_ADVERBS = {"sometimes", "always", "often", "already", "once", "also", "long"};

        /**
         * {@code two days later}, {@code a week ago}, {@code months earlier}: whether the words from
         * {@code j} to the sentence's end {@code e}, at most {@link #TAIL_WINDOW} of them and none a
         * verb, close with a word that counts time back from another.
         */
        private boolean timeAgoEnds(int j, int e) {
            if (j >= e || e - j > TAIL_WINDOW) {
                return false;
            }
            for (int k = j; k < e; k++) {
                if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER || d.inQuote(k) || t.equalsIgnoreCase(k, "that")
                        || isBe(k) || isAuxiliary(k) || cueAt(k) > 0) {
                    return false;
                }
            }
            return t.equalsIgnoreCase(e - 1, "later") || t.equalsIgnoreCase(e - 1, "earlier") || t.equalsIgnoreCase(e - 1, "ago");
        }

        /**
         * {@code After the mill shut the valley emptied, records show.}: whether the words from {@code s}
         * to the comma at {@code k}, opened by a preposition or subordinate word and holding no comma,
         * are still a clause, being longer than an opening phrase ({@code In a letter to the board,
         * she …}) while only a short attribution follows the comma to the sentence's end {@code e}.
         */
        private boolean openingClauseBefore(int s, int k, int e) {
            return k - s >= OPENING_CLAUSE_TOKENS && e - k <= CLOSING_TAIL_TOKENS;
        }

        /**
         * {@code Ann Bell, director of the trust, criticized the levy.}: whether the sentence from
         * {@code s} up to the comma before the verb at {@code v} is a mention set off by an
         * aside after it, the verb's subject rather than a clause an inverted attribution closes.
         */
        private boolean apposedSubject(int s, int v) {
            return openingSubject(s, v, new Mentions.Mention());
        }

        /**
         * Whether word {@code v} is a verb of thought or evidence that closes its sentence after a
         * comma and its subject ({@code …, the poll found.}, {@code …, the records show.}), with at
         * most a short phrase of time or place after it.
         */
        private boolean closingClauseVerb(int v, int e) {
            return v > 0 && t.kind(v) == TokenBuffer.WORD && !t.isCapitalized(v) && !d.inQuote(v)
                    && Words.CLAUSE_VERBS.contains(d.text, t.start(v), t.end(v)) && !d.mentions.isDeterminer(v - 1)
                    && !d.mentions.isPossessive(v - 1) && !presentParticiple(v)
                    && (v + 1 >= e || t.is(v + 1, ',') || timeFollows(v + 1) || isVerbAdverb(v + 1)) && tailEnd(v + 1, e) == e;
        }

        /**
         * {@code …, the old clerk maintains.}: whether word {@code v} is {@code maintains} or {@code
         * maintained}, which before an object keeps a thing up ({@code maintains the pier}) and so
         * reports no clause after it, closing its sentence after a comma and its subject, with at most
         * a short phrase of time after it: then it holds to the clause before the comma as true.
         */
        private boolean closingMaintainVerb(int v, int e) {
            return v > 0 && t.kind(v) == TokenBuffer.WORD && !t.isCapitalized(v) && !d.inQuote(v)
                    && Sieves.oneOf(d, v, MAINTAIN_FORMS) && !d.mentions.isDeterminer(v - 1) && !d.mentions.isPossessive(v - 1)
                    && (v + 1 >= e || t.is(v + 1, ',') || timeFollows(v + 1)) && tailEnd(v + 1, e) == e;
        }

        /** The forms of {@code maintain} that may close a sentence after the clause they hold to ({@link #closingMaintainVerb}). */
        private static final String[] MAINTAIN_FORMS = {"maintains", "maintained"};

        /**
         * {@code …, a source close to him said.}, {@code …, records filed on Friday show.}: a noun
         * phrase of up to {@link #SUBJECT_WORDS} words from {@code a} to the verb at {@code v} (past
         * its auxiliaries), its head followed by a phrase; the words before the first function word
         * after the head are the mention {@code m}. Not one holding a relative word or a pronoun
         * subject, nor one opened by a conjunction or preposition.
         */
        private boolean postmodifiedSubject(int a, int v, Mentions.Mention m) {
            int end = v;
            while (end - 1 > a && (isAuxiliary(end - 1) || isHave(end - 1) || d.mentions.isVerbFiller(end - 1))) {
                end--;   // "…, records filed on Friday have shown."
            }
            if (end - a > SUBJECT_WORDS || end - a < 2 || d.mentions.isFunctionWord(end - 1) || presentParticiple(a)
                    || t.kind(a) == TokenBuffer.WORD && (pastVerb(a) || Words.ADJUNCTS.contains(d.text, t.start(a), t.end(a)))) {
                return false;   // "…, citing fears of …", "…, despite …": no subject
            }
            int head = -1;
            for (int k = a; k < end; k++) {
                if (!t.isWordLike(k) || d.inQuote(k) || isSubjectPronoun(k) || t.equalsIgnoreCase(k, "it")
                        || t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "which") || t.equalsIgnoreCase(k, "that")
                        || t.equalsIgnoreCase(k, "whom") || t.equalsIgnoreCase(k, "whose") || cueAt(k) > 0 || isAuxiliary(k) || isBe(k)) {
                    return false;
                }
                if (head < 0 && t.kind(k) == TokenBuffer.WORD && (presentParticiple(k) || pastVerb(k)
                        || !t.isCapitalized(k) && t.length(k) > 4 && d.text.charAt(t.end(k) - 1) == 'y' && d.text.charAt(t.end(k) - 2) == 'l')) {
                    return false;   // "…, laying out …", "…, practically pleaded …": a predicate, no noun phrase
                }
                boolean function = t.kind(k) == TokenBuffer.WORD && d.mentions.isFunctionWord(k)
                        && !(k == a && (d.mentions.isDeterminer(k) || isOwner(k)));
                if (k == a && function) {
                    return false;   // "…, and the board voted": no noun phrase opens the part
                }
                if (function && head < 0) {
                    head = k - 1;
                }
            }
            if (head < a || head == a && (d.mentions.isDeterminer(a) || isOwner(a))) {
                return false;   // no phrase after the head: the mention finder had its say
            }
            m.first = a;
            m.last = head;
            boolean capitals = true;
            for (int k = a; k <= head; k++) {
                capitals &= t.isCapitalized(k) || k == a && d.mentions.isDeterminer(k);
            }
            m.type = capitals ? Mentions.NAME : Mentions.DESCRIPTION;
            return true;
        }

        /**
         * Where what follows a reporting verb at {@code v} goes on after its listener: past a short
         * noun phrase opened by a determiner after {@code told} ({@code told a harbour board Monday}),
         * past a noun for an audience in lower case ({@code told reporters}, audience-nouns.txt) or
         * past capitalized words ({@code told WDUN}); else right after the verb.
         */
        private int pastListener(int v, int len, int e) {
            int j = v + len;
            if (!isTell(v) || j >= e || d.inQuote(j)) {
                return j;
            }
            if (t.kind(j) == TokenBuffer.WORD && Character.isLowerCase(t.first(j)) && AUDIENCE_NOUNS.contains(d.text, t.start(j), t.end(j))) {
                return j + 1;   // "…, Vardy told reporters on Monday."
            }
            if (t.kind(j) == TokenBuffer.WORD && t.isCapitalized(j) && !Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j))) {
                int k = j + 1;
                while (k < e && k - j < LISTENER_WORDS && t.kind(k) == TokenBuffer.WORD && t.isCapitalized(k) && !d.inQuote(k)) {
                    k++;
                }
                return k;   // "…, Vardy told the Harrowgate Gazette.", "…, Vardy told WDUN."
            }
            if (!d.mentions.isDeterminer(j)) {
                return j;
            }
            int k = j + 1;
            while (k < e && k - j <= LISTENER_WORDS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !d.mentions.isFunctionWord(k)
                    && !Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k))) {
                k++;
            }
            return k > j + 1 ? k : j;
        }

        /** Nouns of time, manner or reason that a clause without a relative word follows with no object missing ({@code the day she left}). */
        private static final String[] CONTACT_ADJUNCT_NOUNS = {"way", "time", "times", "day", "days", "year", "years", "moment",
                "reason", "week", "month", "night", "morning", "place", "minute", "point", "more", "less", "fewer"};

        /** Words after a verb that leave its object missing: prepositions and conjunctions ({@code the plan she voted for}, {@code …, a plan she backed in May}). */
        private static final String[] CONTACT_GAP_WORDS = {"to", "in", "at", "on", "about", "with", "during", "as", "for", "from", "into",
                "over", "after", "before", "when", "while", "because", "since", "until", "and", "or", "but", "last", "this", "early",
                "later", "yesterday", "today", "now", "then", "too", "again", "publicly", "privately"};

        /**
         * {@code …, a plan the mayor endorsed.}, {@code the pier she wants to keep}: where the noun
         * phrase starts that a relative clause without a relative word describes, the verb at
         * {@code i} after its subject {@code m} lacking the object that the phrase stands for; -1 if
         * none. The phrase is a determiner or owner and at most {@link #CONTACT_WORDS} words, the last
         * a noun in lower case right before the subject; after the verb the sentence ends, or
         * punctuation, a preposition, a conjunction or a word of time follows, not an object.
         */
        private int contactObject(int from, int i, int e, Mentions.Mention m) {
            if (m.first < 0 || m.last >= i || t.equalsIgnoreCase(m.first, "who") || t.equalsIgnoreCase(m.first, "which")
                    || t.equalsIgnoreCase(m.first, "that")) {
                return -1;
            }
            int j = i + 1;
            if (j < e && !(t.kind(j) == TokenBuffer.PUNCTUATION && !d.inQuote(j) && !t.is(j, '\'') || t.kind(j) == TokenBuffer.DASH
                    || t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && Sieves.oneOf(d, j, CONTACT_GAP_WORDS))) {
                return -1;   // "the day she endorsed Corrow": the verb has its object
            }
            int subject = phraseStart(m.first, from);
            if (t.equalsIgnoreCase(subject, "that") || t.equalsIgnoreCase(subject, "a") || t.equalsIgnoreCase(subject, "an")
                    || m.type == Mentions.NAME || m.type == Mentions.DESCRIPTION && !(isOwner(subject) || t.equalsIgnoreCase(subject, "the")
                            || Words.QUANTITIES.contains(d.text, t.start(subject), t.end(subject)))) {
                return -1;   // "the plan that he …": a relative word; "a strong showing": no subject; "the group Ferry Watch": a name in apposition
            }
            int n = subject - 1;
            if (n < from || t.kind(n) != TokenBuffer.WORD || d.inQuote(n) || t.isCapitalized(n) || d.mentions.isFunctionWord(n)
                    || d.mentions.isDeterminer(n) || pastVerb(n) || t.endsWith(n, "ing") || t.endsWith(n, "ly") || cueAt(n) > 0
                    || isObjectVerb(n) || Sieves.oneOf(d, n, CONTACT_ADJUNCT_NOUNS)
                    || Words.TIME_WORDS.contains(d.text, t.start(n), t.end(n))) {
                return -1;
            }
            for (int k = n - 1; k >= Math.max(from, n - CONTACT_WORDS); k--) {
                if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER || d.inQuote(k)) {
                    return -1;
                }
                if (d.mentions.isDeterminer(k) || isOwner(k)) {
                    return k;
                }
                if (d.mentions.isFunctionWord(k) || cueAt(k) > 0 || pastVerb(k) || isBe(k) || isHave(k)) {
                    return -1;
                }
            }
            return -1;
        }

        /** Words at most between the determiner and the noun of a phrase that {@link #contactObject} takes. */
        private static final int CONTACT_WORDS = 3;

        /** Relative words that open a clause set off by commas inside a sentence ({@code Lark, who is expected to …, left}). */
        private static final String[] COMMA_RELATIVES = {"which", "who", "whose", "whom", "where"};

        /**
         * {@code The ferry, which is expected to sail in May, needs a crew.}: where a report from
         * {@code c}, before {@code end}, ends when the cue at {@code cue} stands in a relative clause
         * that a comma and a relative word open: at the comma after which the sentence's own
         * predicate goes on ({@code needs}, {@code has}, {@code said}); else {@code end}.
         */
        private int relativeClauseEnd(int from, int cue, int c, int end) {
            int k = cue - 1;
            while (k >= from && !(t.is(k, ',') && !d.inQuote(k))) {
                k--;
            }
            if (k < from || !Sieves.oneOf(d, k + 1, COMMA_RELATIVES)) {
                return end;
            }
            for (int j = c + 1; j + 1 < end; j++) {
                if (t.is(j, ',') && !d.inQuote(j) && predicateResumes(j + 1, end)) {
                    return j;
                }
            }
            return end;
        }

        /**
         * Whether a predicate opens at {@code j}, after at most one adverb: a form of be or have, an
         * auxiliary, a verb in the past or a reporting verb ({@code …, which is due in May, has cost …}),
         * or a verb in {@code -s} before a determiner, an owner or a pronoun ({@code …, needs a crew}).
         */
        private boolean predicateResumes(int j, int end) {
            if (j >= end || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || t.isCapitalized(j)) {
                return false;
            }
            if (isBe(j) || isHave(j) || isAuxiliary(j)) {
                return true;
            }
            if (j + 1 < end && preverbAdverb(j)) {
                j++;   // "…, now needs", "…, later said"
            }
            if (t.kind(j) != TokenBuffer.WORD || d.inQuote(j)) {
                return false;
            }
            if (pastVerb(j) || cueAt(j) > 0) {
                return true;
            }
            int n = j + 1;
            return t.length(j) > 3 && t.endsWith(j, "s") && !t.endsWith(j, "ss") && !t.endsWith(j, "us") && n < end
                    && t.kind(n) == TokenBuffer.WORD && (d.mentions.isDeterminer(n) || isOwner(n) || d.mentions.isPronoun(n));
        }

        /** Nouns of a judgement or stance that someone receives from others ({@code drew criticism from}, {@code her support among}). */
        private static final String[] RECEPTION_NOUNS = {"support", "criticism", "praise", "backing", "condemnation", "applause",
                "boos", "scorn", "rebuke", "rebukes", "endorsement", "endorsements", "ridicule", "derision", "opposition", "pushback",
                "outrage", "fire", "flak", "plaudits", "acclaim", "approval", "disapproval", "backlash"};

        /** Verbs of receiving, after which a noun of {@link #RECEPTION_NOUNS} is what the subject gets from others. */
        private static final String[] RECEPTION_VERBS = {"draw", "draws", "drew", "drawn", "drawing", "win", "wins", "won", "winning",
                "receive", "receives", "received", "receiving", "earn", "earns", "earned", "earning", "get", "gets", "got", "gotten",
                "enjoy", "enjoys", "enjoyed", "enjoying", "attract", "attracts", "attracted", "garner", "garners", "garnered", "face",
                "faces", "faced", "facing", "has", "have", "had", "continue", "continues", "continued", "lack", "lacks", "lacked",
                "retain", "retains", "retained", "consolidated", "gained", "gain", "gains"};

        /** Function words that may stand between a verb of receiving and its noun ({@code drew even more support}, {@code won no backing}). */
        private static final String[] RECEPTION_MODIFIERS = {"even", "any", "no", "more", "much", "little", "some", "most", "less"};

        /** Tokens at most between a verb of receiving and its noun ({@code drew even stronger support}). */
        private static final int RECEPTION_WORDS = 4;

        /**
         * {@code drew sharp criticism from}, {@code her support among}: where the giver's phrase
         * starts when word {@code i} is a noun of {@link #RECEPTION_NOUNS} followed by {@code from},
         * {@code among} or (after {@code the}) {@code of}; else -1.
         */
        private int receptionAt(int i, int e) {
            int j = i + 1;
            if (j + 1 >= e || t.isCapitalized(i) || d.inQuote(j) || !Sieves.oneOf(d, i, RECEPTION_NOUNS)) {
                return -1;
            }
            boolean of = t.equalsIgnoreCase(j, "of") && i > 0 && t.equalsIgnoreCase(i - 1, "the");
            return t.equalsIgnoreCase(j, "from") || t.equalsIgnoreCase(j, "among") || of ? j + 1 : -1;
        }

        /**
         * {@code The plan drew sharp criticism from growers.}, {@code Her support among growers
         * lags.}: reports the one judged, the subject of a verb of receiving before the noun at
         * {@code i} or the noun's owner, for the givers from {@code g} as the mention {@code m} (rule
         * {@code reception}); whether it did.
         */
        private boolean reception(int p, int from, int i, int g, int e, Mentions.Mention m) {
            if (!(d.mentions.subjectAfter(g, e, m) && m.first == g || accordingSource(g, e, m) || pluralGivers(g, e, m)
                    || Sieves.oneOf(d, g, RECEPTION_DETERMINERS) && (d.mentions.subjectAfter(g + 1, e, m) && m.first == g + 1
                            || pluralGivers(g + 1, e, m)))) {
                return false;
            }
            if (Sieves.oneOf(d, g, RECEPTION_DETERMINERS)) {
                m.first = g;   // "from the growers", "among some voters": the whole phrase
            }
            if (attributionAfterComma(m.last + 1, e)) {
                return false;   // "The plan drew criticism from growers, Lark said.": the sentence is her report
            }
            int k = i - 1;
            for (int n = 0; n < RECEPTION_WORDS && k > from && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)
                    && !Sieves.oneOf(d, k, RECEPTION_VERBS) && !isOwner(k) && !t.isCapitalized(k)
                    && (d.mentions.isDeterminer(k) || !d.mentions.isFunctionWord(k) || Sieves.oneOf(d, k, RECEPTION_MODIFIERS)); n++) {
                k--;   // "sharp", "even stronger", "the"
            }
            if (k < from || t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            int a;
            int b;
            int cue = k;
            if (isOwner(k)) {
                Mentions.Mention o = owner(k + 1, from, new Mentions.Mention());
                a = o.first >= 0 ? o.first : k;   // "Ann Lark's strong support among …"
                b = k + 1;
                cue = k + 1;
            } else if (Sieves.oneOf(d, k, RECEPTION_VERBS) && !t.isCapitalized(k)) {
                b = k;
                while (b - 1 > from && (isAuxiliary(b - 1) || isHave(b - 1) || isBe(b - 1) || preverbAdverb(b - 1))) {
                    b--;   // "has also drawn"
                }
                a = subjectStart(from, b);
                if (a < 0 || t.equalsIgnoreCase(a, "it") && b == a + 1 || isConjunction(b - 1)) {   // "… and won the backing of": no subject here
                    return false;
                }
                if (a - 1 > from && Sieves.oneOf(d, a - 1, SUBJECT_PREPOSITIONS) && plainPhrase(from, a - 1)) {
                    a = from;   // "Her choice as the Gazette's writer of the year drew …": the whole phrase
                }
            } else {
                return false;
            }
            return emit(p, a, b, m, cue, g - cue, "reception", 1) != null;
        }

        /**
         * Whether a comma in tokens {@code [j, e)}, at most {@link Sieves#MAX_SENTENCE_TOKENS} on, opens
         * an attribution: {@code according to} or a reporting verb within three tokens after it
         * ({@code …, she said}, {@code …, said Lark}). The bound keeps a sentence of many verbs of
         * receiving and no full stop linear.
         */
        private boolean attributionAfterComma(int j, int e) {
            int stop = Math.min(e, j + Sieves.MAX_SENTENCE_TOKENS);
            for (int k = j; k + 1 < stop; k++) {
                if (!t.is(k, ',') || d.inQuote(k)) {
                    continue;
                }
                if (t.equalsIgnoreCase(k + 1, "according")) {
                    return true;
                }
                for (int v = k + 1; v < Math.min(e, k + 4); v++) {
                    if (t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && cueAt(v) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code and}, {@code or}: a conjunction that may join two nouns inside a phrase. */
        private boolean isAndOr(int k) {
            return t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "or");
        }

        /** Prepositions inside a long subject, before which {@link #subjectStart} may stop ({@code comments on …}, {@code choice as …}). */
        private static final String[] SUBJECT_PREPOSITIONS = {"as", "to", "of", "in", "on", "about", "with", "from", "for", "like"};

        /**
         * Whether tokens {@code [a, b)} are words of one noun phrase that opens its part of the
         * sentence: no comma, quotation, verb in the past, form of be or have, auxiliary, reporting
         * verb, relative or subordinate word.
         */
        private boolean plainPhrase(int a, int b) {
            for (int k = a; k < b; k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER && !d.mentions.isPossessiveMark(k)
                        && !(t.kind(k) == TokenBuffer.PUNCTUATION && t.is(k, '.'))) {
                    return false;
                }
                if (t.kind(k) == TokenBuffer.WORD && (pastVerb(k) || isBe(k) || isHave(k) || isAuxiliary(k) || cueAt(k) > 0
                        || Sieves.oneOf(d, k, CLAIM_CLAUSE_BREAKS) && !isAndOr(k) || Sieves.oneOf(d, k, COMMA_RELATIVES))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code among younger growers}: a plural of up to {@link #RECEPTION_WORDS} words in lower case
         * from {@code g}, its last word in {@code -s}, as the mention {@code m}.
         */
        private boolean pluralGivers(int g, int e, Mentions.Mention m) {
            int k = g;
            while (k < e && k - g < RECEPTION_WORDS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k)
                    && !d.mentions.isFunctionWord(k) && !isBe(k) && !isHave(k) && !pastVerb(k) && cueAt(k) == 0) {
                k++;
            }
            if (k == g || !t.endsWith(k - 1, "s") || t.endsWith(k - 1, "ss") || t.length(k - 1) <= SHORT_WORD_CHARS) {
                return false;
            }
            m.first = g;
            m.last = k - 1;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /** Determiners that open the phrase of the givers after {@code from} or {@code among}. */
        private static final String[] RECEPTION_DETERMINERS = {"the", "some", "many", "most", "several", "all", "both", "his", "her",
                "their", "its", "our", "a", "an", "each", "every"};

        /**
         * Where the noun phrase of a mention starting at token {@code first} starts: at the determiner
         * or possessive pronoun before it, if any ({@code the Times}), not before {@code from}.
         */
        private int phraseStart(int first, int from) {
            return first - 1 >= from && first > 0 && t.kind(first - 1) == TokenBuffer.WORD && !d.inQuote(first - 1)
                    && (d.mentions.isDeterminer(first - 1) || isOwner(first - 1)) ? first - 1 : first;
        }

        /** Whether only a conjunction or an introductory word stands between {@code from} and {@code i}. */
        private boolean startsPart(int from, int i) {
            for (int k = from; k < i; k++) {
                if (t.isWordLike(k) && !(k == from && d.mentions.isFunctionWord(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether tokens {@code [from, comma)} are only an introductory phrase ({@code In a letter to
         * the board, she explained …}): opened by a preposition or conjunction, with no comma inside.
         */
        private boolean introductoryOnly(int from, int comma) {
            if (!opensAdjunct(from) || comma - from > ATTRIBUTION_WINDOW * 3) {
                return false;
            }
            for (int k = from; k < comma; k++) {
                if (t.is(k, ',') && !d.inQuote(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Tokens at most of an opening phrase of a participle ({@link #participleOpening}). */
        private static final int PARTICIPLE_OPENING_TOKENS = 12;

        /**
         * {@code Pondering the fee, the clerk agreed}: whether tokens {@code [from, comma)} are a phrase
         * opened by a word in -ing, short, with no comma, auxiliary or form of be: the circumstance of
         * the one who speaks, not what they said. A gerund that is a clause's subject keeps its verb
         * ({@code Raising the toll would hurt growers, the clerk said}).
         */
        private boolean participleOpening(int from, int comma) {
            int j = from + 1 < comma && isConjunction(from) ? from + 1 : from;
            if (comma - j > PARTICIPLE_OPENING_TOKENS || comma - j < 2 || t.kind(j) != TokenBuffer.WORD || t.length(j) < 5
                    || !t.endsWith(j, "ing") || d.inQuote(j)) {
                return false;
            }
            for (int k = j + 1; k < comma; k++) {
                if (t.is(k, ',') || isAuxiliary(k) || isBe(k) || isHave(k) || d.inQuote(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code The toll, as the mayor noted, rose again.}: whether {@code as} right after a comma
         * (outside quotation marks) stands before the subject starting at {@code head}, so that
         * {@code as} opens the attribution set off by commas.
         */
        private boolean asAfterComma(int from, int head) {
            return head - 2 > from && head - 2 - from <= AS_PIECE_TOKENS && t.equalsIgnoreCase(head - 1, "as") && !d.inQuote(head - 1)
                    && isClauseComma(head - 2) && firstComma(from - 1, head - 2) == head - 2;
        }

        /**
         * Tokens at most of the words before an attribution opened by {@code as} ({@code The toll, as
         * the mayor noted, …}); a longer stretch, or one holding a comma, is no piece of the report.
         */
        static final int AS_PIECE_TOKENS = 24;

        /**
         * {@code If the dam holds through May, she said, “…”}: whether tokens {@code [from, comma)}
         * are an opening phrase longer than {@link #LEAD_IN_TOKENS}, with no comma of its own, which
         * the quotation after the attribution completes: a piece of what was said, not a phrase of
         * the narrator's. It opens with a word of condition, concession or topic ({@code if},
         * {@code while}, {@code as for}, {@code of}) or with {@code in} before a bare noun
         * ({@code In cases of fraud}); not a phrase of the time or occasion of saying ({@code As the
         * crowd cheered}, {@code In a letter to the board}, {@code At the rally}).
         */
        private boolean openingPhraseBeforeQuotation(int from, int comma) {
            int j = from < t.size() && (t.equalsIgnoreCase(from, "but") || t.equalsIgnoreCase(from, "and")) ? from + 1 : from;
            if (comma - from <= LEAD_IN_TOKENS || j + 1 >= comma || !introductoryOnly(from, comma) || d.inQuote(j)) {
                return false;
            }
            if (t.equalsIgnoreCase(j, "as")) {
                return t.equalsIgnoreCase(j + 1, "for");   // "As for the levy, …", not "As the crowd cheered, …"
            }
            if (t.equalsIgnoreCase(j, "in")) {
                return t.kind(j + 1) == TokenBuffer.WORD && !t.isCapitalized(j + 1) && !d.mentions.isDeterminer(j + 1) && !isOwner(j + 1)
                        && !d.mentions.isFunctionWord(j + 1);   // "In cases of fraud", not "In a letter", "In his speech"
            }
            return Sieves.oneOf(d, j, TOPIC_OPENERS);
        }

        /** Words of condition, concession or topic that open a phrase a quotation after its attribution completes. */
        private static final String[] TOPIC_OPENERS = {"if", "when", "while", "though", "although", "because", "unless", "until",
            "once", "whereas", "since", "despite", "of", "whether"};

        /**
         * Whether the words from {@code j} open an introductory phrase ({@code In an interview, she
         * said …}, {@code But when …}) rather than a clause that a trailing attribution reports.
         */
        private boolean opensAdjunct(int j) {
            if (j < t.size() && (t.equalsIgnoreCase(j, "but") || t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "so"))) {
                j++;
            }
            return j < t.size() && t.kind(j) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j))
                    && !approximates(j);
        }

        /**
         * {@code wants skippers to know that …}, {@code wanted growers to believe …}: whether a plural noun
         * without a determiner at {@code j} stands before {@code to} and a verb of belief, so that the
         * verb of wanting before it reports the whole, the noun and its infinitive, and the noun is no
         * part of its subject. Reads three tokens and no further.
         */
        private boolean bareListenerBeforeBelief(int j) {
            if (j + 2 >= t.size() || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || d.inQuote(j + 2) || t.isCapitalized(j)
                    || !t.endsWith(j, "s") || d.mentions.isFunctionWord(j) || d.mentions.isPronoun(j)
                    || !t.equalsIgnoreCase(j + 1, "to") || t.kind(j + 2) != TokenBuffer.WORD) {
                return false;
            }
            return Words.BELIEF_VERBS.contains(d.text, t.start(j + 2), t.end(j + 2))
                    && !Words.BELIEF_VERBS.contains(d.text, t.start(j), t.end(j));
        }

        /**
         * {@code as many as half of the growers}, {@code at least 40 of them}, {@code about 30 percent}:
         * whether an approximate share opens a phrase at {@code j}, its number or word of quantity
         * within three words, so that the clause verb before it reports a clause whose subject it is.
         */
        private boolean shareOpensClause(int j) {
            if (j + 2 >= t.size() || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || d.inQuote(j + 2)) {
                return false;
            }
            if (t.equalsIgnoreCase(j, "as") && (t.equalsIgnoreCase(j + 1, "many") || t.equalsIgnoreCase(j + 1, "much")
                    || t.equalsIgnoreCase(j + 1, "few")) && t.equalsIgnoreCase(j + 2, "as")) {
                return j + 3 < t.size() && (t.kind(j + 3) == TokenBuffer.NUMBER
                        || t.kind(j + 3) == TokenBuffer.WORD && Words.QUANTITIES.contains(d.text, t.start(j + 3), t.end(j + 3)));
            }
            return (t.equalsIgnoreCase(j, "at") || t.equalsIgnoreCase(j, "about")) && approximates(j);
        }

        /**
         * {@code About 37 percent …}, {@code around half …}, {@code at least 40 …}: whether the word
         * at {@code j} and the next make a number approximate rather than open a phrase of their own.
         */
        private boolean approximates(int j) {
            int n = t.equalsIgnoreCase(j, "at") && j + 1 < t.size() && (t.equalsIgnoreCase(j + 1, "least") || t.equalsIgnoreCase(j + 1, "most"))
                    ? j + 2 : t.equalsIgnoreCase(j, "about") || t.equalsIgnoreCase(j, "around") ? j + 1 : -1;
            return n > 0 && n < t.size() && (t.kind(n) == TokenBuffer.NUMBER
                    || t.kind(n) == TokenBuffer.WORD && Words.QUANTITIES.contains(d.text, t.start(n), t.end(n)));
        }

        /**
         * Whether token {@code k} closes a fragment quoted in the sentence whose last word a comma
         * follows inside the marks ({@code “a tax on work,”}): the comma ends the clause around it.
         */
        private boolean endsFragmentWithComma(int k) {
            if (k < 1 || t.kind(k) != TokenBuffer.QUOTE_MARK || !t.is(k - 1, ',') || !d.inQuote(k - 1) || !isFragmentAt(k - 1)) {
                return false;
            }
            return quoteAt(t.start(k - 1)).end == t.end(k);
        }

        /** {@code … was “long overdue,” adding that …}: a participle after a fragment that a comma ends. */
        private boolean participleAfterFragment(int i) {
            return i > 0 && endsFragmentWithComma(i - 1) && presentParticiple(i);
        }

        /** A comma that ends a clause before its attribution (not one inside a quotation). */
        private boolean isClauseComma(int k) {
            return t.is(k, ',') && !d.inQuote(k);
        }

        /**
         * The length of a reporting verb at word {@code i}: a verb of speech that may report a
         * clause, or a verb of thought or evidence; 0 if none.
         */
        private int cueAt(int i) {
            return cueAt(i, 0);
        }

        /**
         * {@link #cueAt(int)} for a word that {@code depth} phrases after verbs of thought hold
         * ({@link #thatAfterAdjunct}); from {@link #NESTED_ADJUNCT_PHRASES} on, a verb of thought there
         * no longer has its own phrase looked through, so a chain of them costs a fixed number of looks.
         */
        private int cueAt(int i, int depth) {
            if (pluralBeforeReportingVerb(i)) {
                return 0;   // "news reports show …", "early estimates put …": the plural is the subject of the verb after it
            }
            if (capitalInName(i)) {
                return 0;   // "Tova Boast said …", "the Harbor Pledge fund": a word of a name, no verb
            }
            if (nounBeforeSubjectsVerb(i)) {
                return 0;   // "protest marshals say …": the word describes the noun that says
            }
            if (i > 0 && i + 1 < t.size() && t.kind(i - 1) == TokenBuffer.NUMBER && t.kind(i + 1) == TokenBuffer.WORD
                    && !t.isCapitalized(i + 1) && !d.mentions.isFunctionWord(i + 1) && !d.mentions.isPronoun(i + 1)
                    && pluralNoun(i + 1)) {
                return 0;   // "60 pledged delegates": the verb form describes the noun after it
            }
            if (knowBeforeComma(i)) {
                return 0;   // "Ferries, you know, sail late", "the warden you all knew, a gruff sort": a filler or a relative clause
            }
            int len = d.verbAt(i);
            if (len == 0 && (pluralSubjectBefore(i) || quantityBefore(i) || (d.cls(i) & Document.VERB) != 0 && thoseAskedBefore(i))) {
                len = 1;   // "his advisers say …": a plural noun, then the verb's base form; "Some said …", "those polled say"
            }
            if (len == 0 && infinitiveAfterObject(i)) {
                len = 1;   // "forced several to admit …": the base form after "to" is a verb, not a noun after "several to"
            }
            if (len == 0 && afterRelativeThat(i)) {
                len = 1;   // "tallies that show Vexley leading": that is the relative subject, no determiner of the verb as a noun
            }
            if (len == 0 && sayBeforeClause(i)) {
                len = 1;   // "the tanner women say they …", "clerks near the harbor office say that it …": no noun, a verb
            }
            String text = d.text;
            int s = t.start(i);
            int e = t.end(i);
            if (len == 1 && Sieves.oneOf(d, i, HOLDING_FORMS) && !isObjectPhrase(i) && !thatClauseAfter(i) && !verbInPhrase(i + 1)) {
                return 0;   // "the town boasts a harbor": a thing held, no report
            }
            if (len > 0 && !(len < 4 && Words.NOT_CLAUSE_VERBS.contains(text, s, e) && !thatClauseAfter(i) && !questionClauseAfter(i))) {
                return len;
            }
            if (len == 0 && wouldLike(i)) {
                return 1;   // "would like to …": a wish, as "wants to …"
            }
            if (len == 0 && Words.CLAUSE_VERBS.contains(text, s, e) && i > 0 && (!d.mentions.isDeterminer(i - 1) || bareQuantifier(i - 1) || quantifierAfterBreak(i - 1))
                    && !d.mentions.isPossessive(i - 1) && (opensClause(i + 1) || evidenceBefore(i)
                            || depth < NESTED_ADJUNCT_PHRASES && thatAfterAdjunct(i + 1, depth)
                            || depth < NESTED_ADJUNCT_PHRASES && thatAfterAdverb(i + 1, depth)
                            || Words.BELIEF_VERBS.contains(text, s, e) && (opensSubject(i + 1) || closesClause(i + 1))
                                    && !(Sieves.oneOf(d, i, HOLDING_FORMS) && !verbInPhrase(i + 1))
                            || shareOpensClause(i + 1)
                            || Words.BELIEF_VERBS.contains(text, s, e) && bareListenerBeforeBelief(i + 1)
                            || Words.BELIEF_VERBS.contains(text, s, e) && objectBeforeInfinitive(i + 1)
                            || Words.WISH_VERBS.contains(text, s, e) && bareObject(i))) {
                return 1;   // "Ledgers found as many as half of …", "found at least 40 of …": a share opens the clause
            }
            return len == 0 && intentBeforeInfinitive(i) ? 1 : 0;
        }

        /**
         * Forms of verbs of report or belief that as often take a thing held or taken on as their plain
         * object: {@code boast} ({@code the town boasts a harbor}, {@code she boasts a wide lead}) and
         * {@code assume} ({@code assumed the office}, {@code to assume his post}). A noun phrase after one
         * is a report only when a verb of its own follows ({@link #verbInPhrase}); a {@code that} clause
         * always is, and so is the object of {@code boast about} or {@code boast of}, a phrase of its own.
         */
        private static final String[] HOLDING_FORMS = {"boast", "boasts", "boasted", "boasting", "assume", "assumes", "assumed"};

        /** Tokens after a verb of belief that {@link #verbInPhrase} looks through for the verb of a clause's subject. */
        private static final int SUBJECT_TOKENS = 6;

        /**
         * {@code assumes the council will back …}: whether a word that reads as a finite verb
         * ({@link #finiteVerbLike}) stands within {@link #SUBJECT_TOKENS} tokens from {@code j}, in the
         * sentence, before any comma or quotation: the words from {@code j} are a clause's subject, not
         * a plain object ({@code assumed the office in May}).
         */
        private boolean verbInPhrase(int j) {
            for (int k = j + 1; k < Math.min(t.size(), j + SUBJECT_TOKENS); k++) {
                if (d.endsSentence(k) || t.is(k, ',') || t.is(k, ';') || d.inQuote(k)) {
                    return false;
                }
                if (t.kind(k) == TokenBuffer.WORD && (verbLike(k) || isAuxiliary(k) || Sieves.oneOf(d, k, MODALS))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code expects them to raise the toll}, {@code wanted skippers to sign}: whether an object
         * pronoun or a lower-case plural noun stands at {@code j}, before {@code to},
         * the base form of a verb and a word after it: the object and its infinitive are what a verb of
         * belief before {@code j} reports, as a clause with its own subject would be.
         */
        private boolean objectBeforeInfinitive(int j) {
            if (j + 3 >= t.size() || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || t.isCapitalized(j)
                    || !t.equalsIgnoreCase(j + 1, "to") || d.inQuote(j + 1) || !toInfinitive(j + 2)
                    || t.kind(j + 3) != TokenBuffer.WORD && t.kind(j + 3) != TokenBuffer.NUMBER) {
                return false;
            }
            return isObjectPronoun(j) || pluralNoun(j) && !d.mentions.isFunctionWord(j) && !d.mentions.isPronoun(j) && !verbLike(j);
        }

        /** Words of order that open a phrase of time or rank after a verb, not its object ({@code proposed last July}, {@code wants first …}). */
        private static final String[] ORDER_WORDS = {"last", "next", "first", "later", "earlier"};

        /**
         * {@code Growers want lower tolls}, {@code The guild demanded more pay}: whether the verb of wish
         * or expectation at {@code i} ({@code wish-verbs.txt}) takes a noun phrase with no determiner as
         * its object: a lower-case word after it that is no function word, pronoun, verb, adverb in
         * {@code -ly} or form in {@code -ing}, nor a word of time, or a word of quantity; the word before the
         * verb is a word, not {@code than}, {@code as} or {@code such} ({@code better than expected results}),
         * an owner, nor a form of be (a passive: {@code is expected soon}).
         */
        private boolean bareObject(int i) {
            int j = i + 1;
            int b = i - 1;
            if (b < 0 || j + 1 >= t.size() || t.kind(b) != TokenBuffer.WORD || d.inQuote(b) || isOwner(b) || isBe(b)
                    || t.equalsIgnoreCase(b, "than") || t.equalsIgnoreCase(b, "as") || t.equalsIgnoreCase(b, "such")
                    || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || t.isCapitalized(j) || t.isCapitalized(i)
                    || Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j)) || Sieves.oneOf(d, j, ORDER_WORDS)) {
                return false;
            }
            if (Words.QUANTITIES.contains(d.text, t.start(j), t.end(j)) || t.equalsIgnoreCase(j, "more")) {
                return true;   // "want more ferries", "expect some delays"
            }
            return !d.mentions.isFunctionWord(j) && !d.mentions.isPronoun(j) && !isObjectPronoun(j) && !verbLike(j)
                    && !t.endsWith(j, "ing") && !t.endsWith(j, "ly");
        }

        /** Verbs of report or evidence that a relative {@code that} may be the subject of ({@code tallies that show …}): {@link #afterRelativeThat}. */
        private static final String[] REPORTING_AFTER_THAT = {"show", "shows", "showed", "suggest", "suggests", "suggested", "warn",
            "warns", "warned", "say", "says", "claim", "claims", "claimed", "argue", "argues", "argued", "find", "finds", "found",
            "indicate", "indicates", "indicated", "accuse", "accuses", "accused", "promise", "promises", "promised", "explain",
            "explains", "explained", "predict", "predicts", "predicted", "reveal", "reveals", "revealed", "insist", "insists",
            "insisted", "assert", "asserts", "asserted"};

        /**
         * {@code tallies that show Vexley leading}, {@code bylaws that predict a drop …}: whether word {@code i}, a verb of
         * report or evidence in lower case ({@link #REPORTING_AFTER_THAT}), stands right after a relative {@code that}
         * which follows a noun, no function word, pronoun or form in {@code -ed}: the noun phrase is the verb's
         * subject through {@code that}, which is no determiner of the verb read as a noun ({@code that report}).
         */
        private boolean afterRelativeThat(int i) {
            int r = i - 1;
            int n = i - 2;
            return n >= 0 && i + 1 < t.size() && t.kind(i) == TokenBuffer.WORD && !t.isCapitalized(i) && !d.inQuote(i)
                    && t.kind(r) == TokenBuffer.WORD && t.equalsIgnoreCase(r, "that") && Sieves.oneOf(d, i, REPORTING_AFTER_THAT)
                    && !d.inQuote(r) && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n) && !d.mentions.isFunctionWord(n)
                    && !d.mentions.isPronoun(n) && !t.endsWith(n, "ed") && t.kind(i + 1) == TokenBuffer.WORD && !opensSentence(n);
        }

        /**
         * {@code The tallies that show Vexley leading were …}: whether the noun at {@code n}, with at most three words
         * of its phrase before it back to a determiner, opens its sentence: its relative clause then ends before the
         * sentence's own verb, which no scan of the clause finds, so the relative reports nothing.
         */
        private boolean opensSentence(int n) {
            return opensSentenceAt(phraseBeforeThat(n, 0));
        }

        /**
         * Where the phrase of the noun at {@code n} that a relative {@code that} follows starts: at most three
         * words before it, not before {@code lo}, back to a determiner and not past a pronoun, a form in
         * {@code -ed} or another function word ({@link #opensSentence}, {@link #thatRelativeSubject}).
         */
        private int phraseBeforeThat(int n, int lo) {
            int k = n;
            while (k - 1 >= lo && n - k < 3 && t.kind(k - 1) == TokenBuffer.WORD && !d.inQuote(k - 1) && !t.endsWith(k - 1, "ed")
                    && !d.mentions.isPronoun(k - 1) && (!d.mentions.isFunctionWord(k - 1) || d.mentions.isDeterminer(k - 1))
                    && !d.mentions.isDeterminer(k)) {
                k--;
            }
            return k;
        }

        /**
         * {@code tallies that show Vexley leading}: for the verb at {@code i} after a relative {@code that}
         * ({@link #afterRelativeThat}), the noun that {@code that} follows with at most three words of its phrase
         * before it, back to a determiner and not past a pronoun or a form in {@code -ed}, as the mention {@code m}.
         */
        private boolean thatRelativeSubject(int from, int i, Mentions.Mention m) {
            if (i - 2 < from || !afterRelativeThat(i)) {
                return false;
            }
            m.first = phraseBeforeThat(i - 2, from);   // the noun, with up to three words of its phrase before it
            m.last = i - 2;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code The tanner women say they …}, {@code Clerks near the harbor office say that it …}: whether word {@code i} is
         * {@code say} in lower case before a subject pronoun, {@code there}, {@code that} and its clause's
         * subject, or a determiner and a word that is no verb ({@code Growers in the valley say a late frost …}),
         * after a word that is no determiner, owner or {@code to}: the noun {@code say} ({@code have a
         * say}) takes no clause, so the word is the verb of the subject before it, which
         * the reading of a base form after a noun as a noun ({@code a snappy retort}) would miss.
         */
        private boolean sayBeforeClause(int i) {
            int n = i + 1;
            if (i < 1 || n + 1 >= t.size() || t.kind(i) != TokenBuffer.WORD || !t.equalsIgnoreCase(i, "say") || t.isCapitalized(i)
                    || d.inQuote(i) || d.inQuote(n) || t.kind(i - 1) != TokenBuffer.WORD || d.inQuote(i - 1)
                    || d.mentions.isDeterminer(i - 1) || d.mentions.isPossessive(i - 1) || isOwner(i - 1)
                    || t.equalsIgnoreCase(i - 1, "to") || t.kind(n) != TokenBuffer.WORD) {
                return false;
            }
            return isSubjectPronoun(n) || t.equalsIgnoreCase(n, "it") || t.equalsIgnoreCase(n, "there")
                    || t.equalsIgnoreCase(n, "that") && opensThatClause(n + 1)
                    || d.mentions.isDeterminer(n) && !t.equalsIgnoreCase(n, "that") && d.verbAt(n + 1) == 0;
        }

        /**
         * {@code Growers plan to appeal}, {@code may seek to delay}, {@code are seeking to}, {@code offered
         * to pay}: whether word {@code i}, a verb of {@code intent-verbs.txt} in lower case, stands
         * before {@code to} and a verb's base form and reads as a verb by the word before it (past
         * at most one adverb: {@code may also seek to}): a form of be before a form in {@code -ing};
         * before a base form, an auxiliary or negation, a subject pronoun, {@code who} or a plural
         * noun ({@code Growers plan to}), not an adjective ({@code a bold plan to}); before a form in
         * {@code -s} or {@code -ed}, any word but a determiner or an owner ({@code her offers to}). A
         * word must follow the infinitive's verb: one closing its clause has its object in the noun a
         * relative clause describes ({@code the seat she seeks to win}), which is no report.
         */
        private boolean intentBeforeInfinitive(int i) {
            if (i < 1 || i + 3 >= t.size() || t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i))
                    || !t.equalsIgnoreCase(i + 1, "to") || d.inQuote(i + 1) || !toInfinitive(i + 2)
                    || !Words.INTENT_VERBS.contains(d.text, t.start(i), t.end(i))) {
                return false;
            }
            if (t.kind(i + 3) != TokenBuffer.WORD && t.kind(i + 3) != TokenBuffer.NUMBER) {
                return false;   // "the seat she seeks to win.": the infinitive's object is the noun the clause describes
            }
            if (t.equalsIgnoreCase(i + 2, "be") && d.text.regionMatches(true, t.start(i), "look", 0, 4)) {
                return false;   // "the pier looks to be sinking": an impression, not an aim
            }
            int k = i - 1;
            if (k > 0 && preverbAdverb(k) && !isBe(k) && !isAuxiliary(k)) {
                k--;   // "may also seek to", "had often offered to"
            }
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (t.endsWith(i, "ing")) {
                return isBe(k);   // "are seeking to …", not "…, seeking to …" nor "a group seeking to …"
            }
            if (t.endsWith(i, "s") || t.endsWith(i, "ed")) {
                return !d.mentions.isDeterminer(k) && !isOwner(k);
            }
            return isAuxiliary(k) || isSubjectPronoun(k) || t.equalsIgnoreCase(k, "you") || t.equalsIgnoreCase(k, "who")
                    || pluralNoun(k) && !d.mentions.isDeterminer(k) && !isOwner(k) && !d.mentions.isFunctionWord(k);
        }

        /**
         * {@code Tova Boast said …}, {@code the Harbor Pledge fund}, {@code the Ferry Claims desk}: whether
         * word {@code i}, capitalized in running text, closes a name: a capitalized word stands right before
         * it and a word in lower case after it (a headline capitalizes its verb and the words after it alike,
         * and a credit closing one, {@code …, Tova Lind Says.}, has no word after its verb).
         */
        private boolean capitalInName(int i) {
            int b = i - 1;
            int n = i + 1;
            return b >= 0 && n < t.size() && t.kind(i) == TokenBuffer.WORD && t.kind(b) == TokenBuffer.WORD && t.isCapitalized(i)
                    && t.isCapitalized(b) && !d.inQuote(b) && !d.inQuote(i) && t.end(b) + 1 == t.start(i)
                    && t.kind(n) == TokenBuffer.WORD && !t.isCapitalized(n) && !d.inQuote(n);
        }

        /**
         * {@code have warning lights}, {@code had backing singers}: whether word {@code i}, in {@code -ing}
         * and in lower case, stands right after a form of have: no progressive verb (that takes be), but
         * an adjective before the noun the verb of have holds.
         */
        private boolean ingAfterHave(int i) {
            return i > 0 && t.kind(i) == TokenBuffer.WORD && t.kind(i - 1) == TokenBuffer.WORD && !d.inQuote(i) && !t.isCapitalized(i)
                    && t.length(i) > 4 && t.endsWith(i, "ing") && (isHave(i - 1) || t.equalsIgnoreCase(i - 1, "having"));
        }

        /**
         * {@code protest marshals say …}, {@code the strike marshals said …}: whether word {@code i}, a
         * form without {@code -s}, {@code -ed} or {@code -ing}, stands before a noun in lower case that a form
         * of say follows, with nothing between: it names a kind of that noun, the subject of say, and is
         * no verb.
         */
        private boolean nounBeforeSubjectsVerb(int i) {
            int n = i + 1;
            int v = i + 2;
            return v < t.size() && t.kind(i) == TokenBuffer.WORD && t.kind(n) == TokenBuffer.WORD && t.kind(v) == TokenBuffer.WORD
                    && !d.inQuote(i) && !d.inQuote(n) && !t.isCapitalized(n) && !t.endsWith(i, "s") && !t.endsWith(i, "ed")
                    && !t.endsWith(i, "ing") && t.end(i) + 1 == t.start(n) && t.end(n) + 1 == t.start(v)
                    && !d.mentions.isFunctionWord(n) && !d.mentions.isPronoun(n) && !isAuxiliary(n) && !isBe(n) && !isHave(n)
                    && Sieves.oneOf(d, v, SAY_FORMS) && !t.equalsIgnoreCase(v, "saying");
        }

        /**
         * {@code news reports show …}, {@code early estimates put …}, {@code police reports said …}:
         * whether word {@code i}, a plural in {@code -s} that is also a form of a reporting verb, stands
         * right before a verb of report or evidence in its base form or in the past (in lower case, or
         * in capitals after a capital, as in a headline): the subject of that verb, a noun, no cue.
         */
        private boolean pluralBeforeReportingVerb(int i) {
            int j = i + 1;
            return j < t.size() && t.kind(i) == TokenBuffer.WORD && t.kind(j) == TokenBuffer.WORD && pluralNoun(i)
                    && !d.inQuote(i) && !d.inQuote(j) && t.end(i) + 1 == t.start(j) && !(t.isCapitalized(j) && !t.isCapitalized(i))
                    && Sieves.oneOf(d, j, REPORTING_FORMS_AFTER_PLURAL);
        }

        /**
         * Forms of verbs of report or evidence that a plural subject takes ({@code show}, {@code said}): {@link #pluralBeforeReportingVerb};
         * no base form that is also a common noun ({@code state}, {@code note}, {@code claim}).
         */
        private static final String[] REPORTING_FORMS_AFTER_PLURAL = {"show", "showed", "reveal", "revealed", "suggest", "suggested",
            "say", "said", "indicate", "indicated", "put", "found", "confirm", "confirmed", "claimed", "stated", "noted", "estimated",
            "predict", "predicted", "projected"};

        /**
         * {@code learned last week that …}, {@code knew from its records that …}: whether a phrase of
         * time or a preposition at {@code j} opens a short phrase of words that a {@code that} of a
         * clause closes ({@link #thatAfterListener}); {@code depth} such phrases hold {@code j}.
         */
        private boolean thatAfterAdjunct(int j, int depth) {
            if (j + 2 >= t.size() || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || t.equalsIgnoreCase(j, "that")
                    || !Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j)) && timePhraseEnd(j, t.size()) < 0) {
                return false;
            }
            int that = thatAfterListener(j, t.size(), depth);
            if (that < 0 || that + 1 >= t.size() || d.inQuote(that + 1) || Sieves.oneOf(d, that - 1, JOINED_BEFORE_THAT)) {
                return false;
            }
            return subjectAfterThat(that + 1);
        }

        /**
         * {@code that the pier …}, {@code that it …}, {@code that Tobin …}: whether token {@code s}, after
         * the {@code that} of a clause, opens the clause's own subject: a subject pronoun, {@code it},
         * {@code there}, a number, a determiner or a capitalised word.
         */
        private boolean subjectAfterThat(int s) {
            return isSubjectPronoun(s) || t.equalsIgnoreCase(s, "it") || t.equalsIgnoreCase(s, "there") || t.kind(s) == TokenBuffer.NUMBER
                    || t.kind(s) == TokenBuffer.WORD && (d.mentions.isDeterminer(s) || t.isCapitalized(s));
        }

        /**
         * {@code learned again that …}, {@code knew long ago that …}, {@code knew by now that …},
         * {@code learned again in the gale that …}: whether an adverb of the verb before {@code j}
         * ({@link #isVerbAdverb}, in lower case), {@code long ago} or {@code by now} opens the words at
         * {@code j}, and the {@code that} of a clause follows it, right after it or past a phrase that
         * {@link #thatAfterAdjunct} reads.
         */
        private boolean thatAfterAdverb(int j, int depth) {
            if (j + 2 >= t.size() || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || d.inQuote(j + 1)) {
                return false;
            }
            int k;
            if (t.equalsIgnoreCase(j, "long") && t.equalsIgnoreCase(j + 1, "ago") || t.equalsIgnoreCase(j, "by") && t.equalsIgnoreCase(j + 1, "now")) {
                k = j + 2;
            } else if (isVerbAdverb(j) && !t.isCapitalized(j)) {
                k = j + 1;
            } else {
                return false;
            }
            if (k + 1 >= t.size() || t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (!t.equalsIgnoreCase(k, "that")) {
                return thatAfterAdjunct(k, depth);   // "learned again in the gale that …"
            }
            return !relativeThat(k) && !d.inQuote(k + 1) && subjectAfterThat(k + 1);
        }

        /** Words that join a {@code that} into a conjunction or comparison of their own ({@code so that}, {@code now that}). */
        private static final String[] JOINED_BEFORE_THAT = {"so", "now", "than", "such", "given", "except"};

        /** Quantifiers that may stand alone as a subject ({@code Most believe …}): {@link #bareQuantifier}. */
        private static final String[] QUANTIFIERS_ALONE = {"most", "many", "some", "few", "both", "all"};

        /**
         * {@code Most believe …}, {@code Many fear …}: whether word {@code q} is a quantifier that opens
         * its sentence with its capital and stands alone as the subject of the verb after it, not a
         * determiner of a noun ({@code some hope}, {@code many fears}); the verb, a plural's, has no
         * {@code -s} ({@code Some advocates for …} is a noun phrase).
         */
        private boolean bareQuantifier(int q) {
            return t.kind(q) == TokenBuffer.WORD && t.isCapitalized(q) && (q == 0 || t.kind(q - 1) != TokenBuffer.WORD
                    && t.kind(q - 1) != TokenBuffer.NUMBER && !t.is(q - 1, ',')) && Sieves.oneOf(d, q, QUANTIFIERS_ALONE)
                    && !(q + 1 < t.size() && t.endsWith(q + 1, "s"));   // a plural subject's verb has no -s: "Some advocates for …" is a noun
        }

        /** Quantifiers of one at a time that may stand alone as a subject, before a verb of any form ({@code …, but each conceded …}). */
        private static final String[] SINGULARS_ALONE = {"each", "neither", "either"};

        /** Words that join a clause to what goes before it, after which a bare quantifier may open it ({@code …, but most fear …}). */
        private static final String[] JOINING_WORDS = {"and", "but", "while", "although", "though", "because", "since", "yet", "whereas"};

        /**
         * {@code Once the tally closed, all agreed …}, {@code …, and many fear …}: whether word {@code q}, a
         * quantifier of {@link #QUANTIFIERS_ALONE} in lower case, stands alone as the subject of the verb
         * after it, right after a comma or a word that joins its clause to what goes before; as in
         * {@link #bareQuantifier}, the verb, a plural's, has no {@code -s}.
         */
        private boolean quantifierAfterBreak(int q) {
            int b = q - 1;
            return b >= 0 && q + 1 < t.size() && t.kind(q) == TokenBuffer.WORD && !t.isCapitalized(q) && !d.inQuote(q)
                    && !d.inQuote(b) && (t.is(b, ',') || t.kind(b) == TokenBuffer.WORD && Sieves.oneOf(d, b, JOINING_WORDS))
                    && (Sieves.oneOf(d, q, QUANTIFIERS_ALONE) && !t.endsWith(q + 1, "s") || Sieves.oneOf(d, q, SINGULARS_ALONE));
        }

        /**
         * {@code Once the tally closed, all agreed …}, {@code …, although most would hold …}: the
         * quantifier of {@link #quantifierAfterBreak} before the verb at {@code verb}, past fillers and
         * at most two auxiliaries, as the mention {@code m}, a description of people no rule names; not
         * {@code most} before an adverb in {@code -ly} ({@code and most openly backed …}).
         */
        private boolean quantifierSubject(int from, int verb, Mentions.Mention m) {
            int q = Sieves.beforeFillers(d, from, verb);
            for (int n = 0; n < 2 && q > from && (isAuxiliary(q) || isHave(q)); n++) {
                q = Sieves.beforeFillers(d, from, q);
            }
            if (q < from || q + 1 > verb || !quantifierAfterBreak(q)) {
                return false;
            }
            if (q + 1 < verb && t.equalsIgnoreCase(q, "most") && t.endsWith(q + 1, "ly")) {
                return false;   // "…, and most openly backed …": the superlative of an adverb, no subject
            }
            m.first = q;
            m.last = q;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code would like to …}, {@code she'd like to …}: word {@code i} is {@code like} after
         * {@code would} or a pronoun contracted with it, before the {@code to} of an infinitive.
         */
        private boolean wouldLike(int i) {
            if (i == 0 || i + 2 >= t.size() || !t.equalsIgnoreCase(i, "like") || !t.equalsIgnoreCase(i + 1, "to")
                    || !toInfinitive(i + 2) || t.kind(i - 1) != TokenBuffer.WORD) {
                return false;
            }
            int b = t.end(i - 1);
            return t.equalsIgnoreCase(i - 1, "would") || contractedSubject(i - 1) && t.length(i - 1) > 2
                    && d.text.charAt(b - 1) == 'd' && (d.text.charAt(b - 2) == '\'' || d.text.charAt(b - 2) == '\u2019');
        }

        /**
         * {@code She responded that the plan …}, {@code he maintains that it …}: whether a {@code that}
         * and the subject of its clause follow the verb at {@code i}, which then reports the clause
         * though it seldom does otherwise; not after a determiner or owner ({@code his remarks that
         * …}) nor in {@code so charged that …}.
         */
        private boolean thatClauseAfter(int i) {
            int j = i + 1;
            if (i == 0 || j + 1 >= t.size() || !t.equalsIgnoreCase(j, "that") || d.inQuote(j) || d.inQuote(j + 1)
                    || d.mentions.isDeterminer(i - 1) || isOwner(i - 1) || t.equalsIgnoreCase(i - 1, "so")
                    || i > 1 && t.equalsIgnoreCase(i - 2, "so")) {
                return false;
            }
            int k = j + 1;
            return isSubjectPronoun(k) || t.equalsIgnoreCase(k, "it") || t.equalsIgnoreCase(k, "there") || d.mentions.isDeterminer(k)
                    || isOwner(k) || t.kind(k) == TokenBuffer.NUMBER || t.isCapitalized(k);
        }

        /**
         * {@code questioned whether a toll …}, {@code wardens now question if …}: whether the
         * verb at {@code i} is {@code question} in any form and {@code whether} or {@code if} follows it
         * with its clause's subject: it then reports the question, though it seldom reports a clause;
         * not after a determiner or owner ({@code her questions whether …}).
         */
        private boolean questionClauseAfter(int i) {
            int j = i + 1;
            if (i == 0 || j + 1 >= t.size() || t.length(i) < 8 || !d.text.regionMatches(true, t.start(i), "question", 0, 8)
                    || d.inQuote(j) || d.inQuote(j + 1) || !(t.equalsIgnoreCase(j, "whether")
                    || t.equalsIgnoreCase(j, "if")) || d.mentions.isDeterminer(i - 1) || isOwner(i - 1)) {
                return false;
            }
            return t.equalsIgnoreCase(j, "whether") || opensThatClause(j + 1);
        }

        /**
         * The length of a verb of stance at word {@code i} ({@code endorsed}, {@code opposes}, or
         * with its preposition, {@code called for}) used actively with an object after it, not
         * before another preposition; 0 if none.
         */
        private int stanceAt(int i) {
            if (i == 0 || i + 2 >= t.size() || t.kind(i) != TokenBuffer.WORD || t.kind(i + 1) != TokenBuffer.WORD
                    || t.equalsIgnoreCase(i - 1, "to")) {
                return 0;   // "plans to endorse Corrow": a stance intended, not held, reports nothing yet
            }
            for (int n = PHRASE_WORDS; n >= 2; n--) {
                if (spacedWords(i, n) && Words.OBJECT_PHRASES.contains(d.text, t.start(i), t.end(i + n - 1))) {
                    return isStanceVerb(i, i + n) ? n : 0;   // "called for a recount", "took aim at the levy"
                }
            }
            return (Words.OBJECT_VERBS.contains(d.text, t.start(i), t.end(i)) || progressiveStance(i)) && isStanceVerb(i, i + 1)
                    && !Words.ADJUNCTS.contains(d.text, t.start(i + 1), t.end(i + 1)) && !t.equalsIgnoreCase(i + 1, "to") ? 1 : 0;
        }

        /** Forms in {@code -ing} of verbs of stance left out of {@code object-verbs.txt}, as they mostly describe a noun ({@code a fund supporting Vasko}). */
        private static final String[] PROGRESSIVE_STANCES = {"supporting", "endorsing", "embracing", "discussing", "highlighting"};

        /**
         * {@code Hollin is supporting Vasko}, {@code are now endorsing Brisa}: whether word {@code i} is a form of
         * {@link #PROGRESSIVE_STANCES} in lower case after a form of be, an adverb at most between: the progressive
         * of a verb of stance, which reports its object as the other forms do.
         */
        private boolean progressiveStance(int i) {
            if (i < 1 || t.isCapitalized(i) || d.inQuote(i) || !Sieves.oneOf(d, i, PROGRESSIVE_STANCES)) {
                return false;
            }
            int b = i - 1;
            if (b > 0 && preverbAdverb(b) && !isBe(b)) {
                b--;
            }
            return t.kind(b) == TokenBuffer.WORD && !d.inQuote(b) && isBe(b);
        }

        /**
         * Whether word {@code i} is a verb of naming or seeing used actively with an object and what
         * the object is called or seen as after it: {@code called him a liar}, {@code calls the plan
         * reckless}, {@code dubbed Corrow the favourite}, {@code sees the levy as a gamble} (a verb of
         * {@code viewing-verbs.txt} only so). The object is
         * a pronoun, a name of up to three words, a determiner and up to three words before a second
         * determiner or closed by an adjective ({@link #closingAdjective}: {@code called the fees
         * baseless}), or up to three bare words before an article ({@link #articleAfterBareObject});
         * {@code as} may follow any object of a few words.
         */
        private boolean namingAt(int i, int e) {
            int j = i + 1;
            if (i < 1 || j + 1 >= e || t.kind(i) != TokenBuffer.WORD || t.isCapitalized(i) || !isStanceVerb(i, j)) {
                return false;
            }
            boolean naming = Words.NAMING_VERBS.contains(d.text, t.start(i), t.end(i));
            if (!naming && !Words.VIEWING_VERBS.contains(d.text, t.start(i), t.end(i))) {
                return false;
            }
            if (t.kind(j) != TokenBuffer.WORD || d.mentions.isFunctionWord(j) && !d.mentions.isDeterminer(j) && !isOwner(j)) {
                return false;   // "sees for herself", "the grim view of": no object
            }
            for (int k = j; k < Math.min(e, j + NAMING_WINDOW); k++) {
                if (d.inQuote(k)) {
                    return false;   // "called it a “disgrace”": the fragment reports it
                }
            }
            for (int k = j + 1; k < Math.min(e, j + NAMING_WINDOW - 1); k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD) {
                    break;
                }
                if (t.equalsIgnoreCase(k, "as")) {
                    // "sees the levy as a gamble", not "as well", "as soon as"
                    return k + 1 < e && t.kind(k + 1) == TokenBuffer.WORD && !d.inQuote(k + 1) && !t.equalsIgnoreCase(k + 1, "well")
                            && !t.equalsIgnoreCase(k + 1, "soon") && !t.equalsIgnoreCase(k + 1, "long") && !t.equalsIgnoreCase(k + 1, "if")
                            && !t.equalsIgnoreCase(k + 1, "though") && !t.equalsIgnoreCase(k + 1, "part");
                }
                if (d.mentions.isFunctionWord(k) && !d.mentions.isDeterminer(k) && !Sieves.oneOf(d, k, OBJECT_JOINERS)) {
                    break;
                }
            }
            if (!naming) {
                return false;   // a verb of seeing names nothing without "as": "saw the mayor leave"
            }
            int c;
            int article;
            if (isObjectPronoun(j) || t.equalsIgnoreCase(j, "it") || t.equalsIgnoreCase(j, "himself")
                    || t.equalsIgnoreCase(j, "herself") || t.equalsIgnoreCase(j, "themselves") || t.equalsIgnoreCase(j, "itself")) {
                c = j + 1;
            } else if (d.mentions.isNameWord(j)) {
                c = j + 1;
                while (c < e && c - j < NAMED_OBJECT_WORDS && d.mentions.isNameWord(c)) {
                    c++;
                }
            } else if (d.mentions.isDeterminer(j)) {
                c = j + 1;
                while (c < e && c - j <= NAMED_OBJECT_WORDS && t.kind(c) == TokenBuffer.WORD && !d.inQuote(c) && !d.mentions.isDeterminer(c)
                        && !d.mentions.isFunctionWord(c)) {
                    c++;
                }
                if (c - 1 > j + 1 && closingAdjective(c - 1, e)) {
                    return true;   // "called the charges baseless": the object and its name, an adjective
                }
                if (c >= e || c == j + 1 || !d.mentions.isDeterminer(c)) {
                    return false;   // "called the police", "called the mayor on Monday"
                }
            } else if ((article = articleAfterBareObject(j, e)) > 0) {
                c = j + 1;   // "called river tolls a burden"
                while (c < article && !d.mentions.isDeterminer(c)) {
                    c++;
                }
            } else {
                return false;
            }
            if (c >= e || t.kind(c) != TokenBuffer.WORD || d.mentions.isPossessive(c - 1)) {
                return false;   // "called Corrow's plan …": the object goes on
            }
            return d.mentions.isDeterminer(c) || !d.mentions.isFunctionWord(c) && !d.mentions.isPronoun(c) && !t.isCapitalized(c)
                    && !Words.TIME_WORDS.contains(d.text, t.start(c), t.end(c)) && !Words.ADJUNCTS.contains(d.text, t.start(c), t.end(c))
                    && !presentParticiple(c) && cueAt(c) == 0 && !pastVerb(c) && !isVerbAdverb(c);
        }

        /** Words that may join the parts of an object before its {@code as} ({@code sees the toll and the fees as …}, {@code the campaign of Vasko as …}). */
        private static final String[] OBJECT_JOINERS = {"and", "of"};

        /** Endings of adjectives that name a quality ({@code lawful}, {@code reckless}, {@code dangerous}, {@code naive}). */
        private static final String[] ADJECTIVE_ENDINGS = {"ful", "less", "ous", "ive", "ible", "able", "ic", "ical", "ent", "ant", "ish"};
        /** Letters at least of a word that {@link #closingAdjective} takes for an adjective by its ending. */
        private static final int ADJECTIVE_CHARS = 5;

        /**
         * {@code called the charges baseless.}, {@code calls the fee harmful and …}: whether word {@code c}
         * is an adjective by its ending ({@link #ADJECTIVE_ENDINGS}) that closes the object's name, at
         * the end of the sentence or before a comma, a full stop, a semicolon, {@code and} or {@code or}.
         */
        private boolean closingAdjective(int c, int e) {
            if (t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || t.isCapitalized(c) || t.length(c) < ADJECTIVE_CHARS) {
                return false;
            }
            int n = c + 1;   // the sentence may end with the text: no token after it
            if (n < e && !(t.is(n, ',') || t.is(n, '.') || t.is(n, ';') || t.equalsIgnoreCase(n, "and") || t.equalsIgnoreCase(n, "or"))) {
                return false;
            }
            for (String suffix : ADJECTIVE_ENDINGS) {
                if (t.endsWith(c, suffix)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code called river tolls a burden}: when the object of a verb of naming, from word {@code j},
         * is a bare noun phrase of up to {@link #NAMED_OBJECT_WORDS} lower-case words of content, the
         * {@code a}, {@code an} or {@code the} after it that opens its name; else -1.
         */
        private int articleAfterBareObject(int j, int e) {
            for (int k = j; k < Math.min(e, j + NAMED_OBJECT_WORDS + 1); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (k > j && (t.equalsIgnoreCase(k, "a") || t.equalsIgnoreCase(k, "an") || t.equalsIgnoreCase(k, "the"))) {
                    return k;
                }
                if (t.isCapitalized(k) || d.mentions.isFunctionWord(k) || d.mentions.isPronoun(k) || pastVerb(k) || presentParticiple(k)
                        || Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || cueAt(k) > 0) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether tokens {@code [i, i + n)} are words one space apart, with a token after them. */
        private boolean spacedWords(int i, int n) {
            if (i + n >= t.size()) {
                return false;
            }
            for (int k = i; k < i + n; k++) {
                if (t.kind(k) != TokenBuffer.WORD || k > i && t.end(k - 1) + 1 != t.start(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code made the case that …}, {@code rose to make the case that …}: the length, without its
         * {@code that}, of a phrase of {@code object-phrases.txt} at word {@code i} whose last word is
         * {@code that}; 0 if none. The phrase reports the clause that its {@code that} opens, as a verb of
         * speech does, so an infinitive before it takes nothing from it.
         */
        private int thatPhraseAt(int i) {
            for (int n = PHRASE_WORDS; n >= 2; n--) {
                int that = i + n - 1;
                if (that + 1 < t.size() && t.equalsIgnoreCase(that, "that") && !d.inQuote(that) && spacedWords(i, n)
                        && Words.OBJECT_PHRASES.contains(d.text, t.start(i), t.end(that))) {
                    return n - 1;
                }
            }
            return 0;
        }

        /** Whether word {@code i} and the next are a verb with its preposition of {@code object-phrases.txt}. */
        private boolean isObjectPhrase(int i) {
            return i + 1 < t.size() && t.kind(i + 1) == TokenBuffer.WORD && t.end(i) + 1 == t.start(i + 1)
                    && Words.OBJECT_PHRASES.contains(d.text, t.start(i), t.end(i + 1));
        }

        /**
         * Whether the verb of stance at {@code i}, its object at {@code o}, is active: not a noun
         * ({@code their support}, {@code rural support is low}, {@code support and turnout}), not a
         * passive ({@code was backed by}), its object no quotation.
         */
        private boolean isStanceVerb(int i, int o) {
            if (o >= t.size() || t.kind(o) != TokenBuffer.WORD || d.inQuote(o)) {
                return false;
            }
            int b = i - 1;
            while (b > 0 && d.mentions.isVerbFiller(b)) {
                b--;
            }
            boolean passive = (isBe(b) || isBe(i - 1)) && !presentParticiple(i);   // "is calling for …" is no passive
            return (!d.mentions.isDeterminer(i - 1) || bareQuantifier(i - 1) || quantifierAfterBreak(i - 1)) && !d.mentions.isPossessive(i - 1) && !isOwner(i - 1) && !(measureBefore(i)
                    && (t.equalsIgnoreCase(o, "among") || Words.ADJUNCTS.contains(d.text, t.start(o), t.end(o)))) && !passive
                    && !isBe(o) && !t.equalsIgnoreCase(o, "and") && !t.equalsIgnoreCase(o, "or");
        }

        /**
         * {@code 40 percent support among …}: whether a number or a share stands right before word
         * {@code i}, which is then a noun when a preposition follows it, no verb ({@code 40 percent
         * blame the board} has its verb).
         */
        private boolean measureBefore(int i) {
            int k = i - 1;
            return k >= 0 && (t.kind(k) == TokenBuffer.NUMBER || t.is(k, '%') || t.equalsIgnoreCase(k, "percent")
                    || t.equalsIgnoreCase(k, "percentage"));
        }

        /** {@code is}, {@code was}, {@code been}, …: before a participle, a passive. */
        private boolean isBe(int k) {
            return isBeForm(t, k);
        }

        /** {@code has}, {@code have}, {@code had}: a form of have, which may open a predicate. */
        private boolean isHave(int k) {
            return t.equalsIgnoreCase(k, "has") || t.equalsIgnoreCase(k, "have") || t.equalsIgnoreCase(k, "had");
        }

        /**
         * Where the object of a verb of stance from {@code c} ends: where a clause would, or before
         * a phrase of time or reason ({@code endorsed Corrow after the debate}); the common prepositions
         * belong to it ({@code praised Corrow for her work}, {@code cited her record as mayor}), not {@code by}
         * and a participle ({@code praised the board by saying …}).
         */
        private int objectEnd(int c, int e) {
            int end = Math.min(clauseEnd(c, e), c + OBJECT_TOKENS);
            int firstAs = -1;   // read on the first "as", once
            int plainEnd = -1;   // read on the first phrase of time, once
            for (int k = c + 1; k < end; k++) {
                if (t.is(k, ',') && !d.inQuote(k) && !listFollows(k + 1, end) && !lastListItemFollows(c, k)) {
                    return k;
                }
                if (t.equalsIgnoreCase(k, "as") && firstAs < 0) {
                    firstAs = firstAs(c, end);
                }
                if (t.equalsIgnoreCase(k, "and") && k - c <= AND_OBJECT_TOKENS && !t.is(k - 1, ',') && !d.inQuote(k) && opensNounPhrase(c)
                        && (plainEnd >= 0 ? plainEnd : (plainEnd = plainObjectEnd(c, end))) >= k && !betweenBefore(c, k)
                        && subjectWithVerbAfterAnd(k + 1, end)) {
                    return k;   // "backed Halvorsen and the guild has dropped him": the narrator's next clause, with its own subject
                }
                if (t.equalsIgnoreCase(k, "by") && k + 1 < end && t.kind(k + 1) == TokenBuffer.WORD && !t.isCapitalized(k + 1)
                        && t.endsWith(k + 1, "ing") && t.length(k + 1) > 4 && !d.inQuote(k + 1)) {
                    return k;   // "blasted the board by saying …": the act by which it was done, its own report
                }
                if (t.equalsIgnoreCase(k, "as") && k + 1 < end && !d.inQuote(k + 1) && firstAs >= k && (isSubjectPronoun(k + 1)
                        || Sieves.oneOf(d, k + 1, AUXILIARIES) || t.equalsIgnoreCase(k + 1, "well") && (k + 2 >= end || t.kind(k + 2) != TokenBuffer.WORD))) {
                    return k;   // "praised the crew as she left", "backed the toll as have others", "… as well.": no part of it
                }
                if (t.equalsIgnoreCase(k, "as") && firstAs >= k && k - c <= OCCASION_PHRASE_TOKENS && plainObject(c, k) && asClauseFollows(k + 1, end)) {
                    return asOpening(c, k);   // "praised the crew as the storm broke"
                }
                if (t.kind(k) == TokenBuffer.DASH && !d.inQuote(k)) {
                    int close = closingDash(k, end);
                    if (close < 0 || close + 1 >= end || !Sieves.oneOf(d, close + 1, ASIDE_CONTINUERS)) {
                        return k;   // "praised the pact — a deal of his own —": an aside about it
                    }
                    k = close;   // "urged all towns — large and small — to …": the object goes on past the aside
                }
                if (bareTimeAfterNoun(k, end) && (plainEnd >= 0 ? plainEnd : (plainEnd = plainObjectEnd(c, end))) >= k) {
                    return k;   // "praised the crew Monday night", "blasted him today": the time of saying
                }
                if (t.kind(k) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(k), t.end(k)) && !afterTheEvent(k, end)
                        && !timeBeforeContent(k, end) && !t.equalsIgnoreCase(k, "of") && !t.equalsIgnoreCase(k, "for") && !t.equalsIgnoreCase(k, "about")
                        && !t.equalsIgnoreCase(k, "with") && !t.equalsIgnoreCase(k, "as") && !t.equalsIgnoreCase(k, "by")
                        && !t.equalsIgnoreCase(k, "from") && !(isPlacePreposition(k) && !timeFollows(k + 1)
                                && !(k - c <= OCCASION_OBJECT_TOKENS && occasionPhraseAt(k) && plainObject(c, k)))) {
                    return k;
                }
            }
            return end;
        }

        /**
         * {@code backed Halvorsen and the guild has dropped him}, {@code praised the crew and two in five
         * support the levy}: whether a noun phrase opens at {@code j}, after the {@code and} that follows
         * an object (a determiner, an owner, a name, a number or a subject pronoun), and a verb of its own
         * follows it within {@link #AND_SUBJECT_TOKENS} tokens (a form of be or have, an auxiliary or
         * modal, a verb in the past, of report or of stance) after a word that is no determiner or owner
         * ({@code and the revised plan} is a second object): a clause of its own, no part of the object.
         */
        private boolean subjectWithVerbAfterAnd(int j, int end) {
            if (j + 1 >= end || d.inQuote(j) || !(t.kind(j) == TokenBuffer.NUMBER || t.kind(j) == TokenBuffer.WORD
                    && (d.mentions.isDeterminer(j) || isOwner(j) || isSubjectPronoun(j) || t.isCapitalized(j)))) {
                return false;
            }
            for (int v = j + 1; v < Math.min(end, j + 1 + AND_SUBJECT_TOKENS); v++) {
                if (d.inQuote(v) || !(t.kind(v) == TokenBuffer.WORD || d.mentions.isPossessiveMark(v))
                        || Sieves.oneOf(d, v, NOT_IN_PLAIN_SUBJECT) || t.kind(v) == TokenBuffer.WORD
                                && (Words.ADJUNCTS.contains(d.text, t.start(v), t.end(v)) || presentParticiple(v))) {
                    return false;   // "and Halvorsen before backing …": a phrase of time, no verb of a subject
                }
                if (t.kind(v) == TokenBuffer.WORD && !d.mentions.isDeterminer(v - 1) && !isOwner(v - 1)
                        && (verbLike(v) || Sieves.oneOf(d, v, MODALS) || cueAt(v) > 0 || isObjectVerb(v))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Tokens at most of the object of a verb of stance ({@link #objectEnd}): a noun phrase, however
         * long its list or its phrases after the noun, ends well within it; a sentence with no stop
         * read once per verb is not read to its end each time.
         */
        private static final int OBJECT_TOKENS = 80;

        /** Tokens at most between the start of a subject after {@code and} and its verb: {@link #subjectWithVerbAfterAnd}. */
        private static final int AND_SUBJECT_TOKENS = 5;

        /** Tokens at most of a plain object that a clause with its own subject after {@code and} ends ({@link #objectEnd}). */
        private static final int AND_OBJECT_TOKENS = 6;

        /** {@code the talks between Halvorsen and the guild …}: whether {@code between} stands in {@code [c, k)}, whose {@code and} joins its two nouns. */
        private boolean betweenBefore(int c, int k) {
            for (int w = c; w < k; w++) {
                if (t.equalsIgnoreCase(w, "between")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code thanked the crew Monday}, {@code blasted him today}: whether a phrase of time without a
         * preposition ({@link #timePhraseEnd}: a weekday, {@code today}, {@code yesterday}, {@code
         * tonight}) opens at {@code k}, right after a word of the object that is no preposition,
         * determiner or word of time ({@code on Monday}, {@code last Monday}, {@code Super Tuesday}),
         * and neither a possessive ({@code Monday's vote}) nor a noun it describes ({@code the Sunday
         * market}) follows it.
         */
        private boolean bareTimeAfterNoun(int k, int end) {
            int b = k - 1;
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.kind(b) != TokenBuffer.WORD
                    || !(weekday(k) || t.equalsIgnoreCase(k, "yesterday") || t.equalsIgnoreCase(k, "today") || t.equalsIgnoreCase(k, "tonight"))
                    || timePhraseEnd(k, end) < 0 || k + 1 < t.size() && d.mentions.isPossessiveMark(k + 1)) {
                return false;
            }
            int n = timePhraseEnd(k, end);
            if (n < end && t.kind(n) == TokenBuffer.WORD && !t.isCapitalized(n) && !Words.ADJUNCTS.contains(d.text, t.start(n), t.end(n))
                    && !t.equalsIgnoreCase(n, "to")) {
                return false;   // "the old Sunday market": a word that names a kind of thing
            }
            return !(Words.ADJUNCTS.contains(d.text, t.start(b), t.end(b)) || d.mentions.isDeterminer(b)
                    || Words.TIME_WORDS.contains(d.text, t.start(b), t.end(b)) || Sieves.oneOf(d, b, TIME_MODIFIERS));
        }

        /** Words that make the weekday after them a name or part of a phrase of time ({@code last Monday}, {@code Super Tuesday}). */
        private static final String[] TIME_MODIFIERS = {"last", "this", "next", "early", "late", "later", "earlier", "super", "every",
            "each", "than", "and", "or", "until", "since", "by", "is", "was", "be"};

        /**
         * Whether the object goes on after a comma, from {@code j}: an example ({@code …, including
         * …}, {@code …, such as …}) or more items of a list that {@code and} or {@code or} closes within
         * {@link #LIST_WINDOW} tokens ({@code questioned his tactics, his judgement and his record}).
         */
        private boolean listFollows(int j, int end) {
            if (j >= end || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)) {
                return false;
            }
            if (t.equalsIgnoreCase(j, "including") || t.equalsIgnoreCase(j, "such") || t.equalsIgnoreCase(j, "especially")) {
                return true;
            }
            for (int k = j + 1; k < Math.min(end, j + LIST_WINDOW); k++) {
                if (t.kind(k) != TokenBuffer.WORD && !t.is(k, ',') || d.inQuote(k) || t.equalsIgnoreCase(k, "which")
                        || t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "but") || cueAt(k) > 0) {
                    return false;
                }
                if (t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "or")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code said the toll covers ferries, barges, and the old pier}: whether the comma at {@code k}
         * comes before {@code and} or {@code or} and closes an item of a list: a comma of the clause
         * from {@code c} stands at most {@link #LIST_ITEM_TOKENS} tokens before it, only words between
         * them with no verb, pronoun or relative word among them. The last item belongs to the
         * report as the others do, not to a clause of the narrator's.
         */
        private boolean lastListItemFollows(int c, int k) {
            int j = k + 1;
            if (j + 1 >= t.size() || d.inQuote(k) || d.inQuote(j) || !(t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "or"))) {
                return false;
            }
            for (int w = k - 1; w > c && w >= k - 1 - LIST_ITEM_TOKENS; w--) {
                if (t.is(w, ',') && !d.inQuote(w)) {
                    return w < k - 1;
                }
                if (t.kind(w) != TokenBuffer.WORD || d.inQuote(w) || finiteVerbLike(w) || isSubjectPronoun(w) || presentParticiple(w)
                        || Sieves.oneOf(d, w, NOT_IN_PLAIN_SUBJECT)) {
                    return false;   // "…, the crew agreed, and …": a clause between the commas, no item
                }
            }
            return false;
        }

        /**
         * {@code praised the crew's work after the flood}, {@code blamed the guild for its silence after
         * the fire}: whether {@code after the} at {@code k} follows the object of a verb of stance, no
         * verb in the past or of report within {@link #EVENT_TOKENS} words after it: the event the object
         * is read against, part of what is praised or blamed rather than the time of saying it.
         */
        private boolean afterTheEvent(int k, int end) {
            if (!(k + 2 < end && t.equalsIgnoreCase(k, "after") && t.equalsIgnoreCase(k + 1, "the") && !d.inQuote(k + 1)
                    && t.kind(k + 2) == TokenBuffer.WORD)) {
                return false;
            }
            for (int w = k + 2; w < Math.min(end, k + 2 + EVENT_TOKENS); w++) {
                if (t.kind(w) == TokenBuffer.WORD && !d.inQuote(w) && !t.isCapitalized(w) && (cueAt(w) > 0 || pastVerb(w))) {
                    return false;   // "… after the guild voted to …", "… after the mayor claimed that …": a clause of time, with its own act
                }
            }
            return true;
        }

        /**
         * {@code her claim in April that fares were unfair}, {@code the guild's pledge last week that …},
         * {@code his account in 2019 of losing the ferry}: whether a phrase of time at {@code k} ({@code in}
         * or {@code on} and a month, a weekday or a year; {@code last week}) comes between a noun and its
         * content: {@code that}, or {@code of} and an {@code -ing} form, follows it within
         * {@link #TIME_CONTENT_TOKENS} words. The time is that of the claim, and the claim goes on.
         */
        private boolean timeBeforeContent(int k, int end) {
            int j;
            if ((t.equalsIgnoreCase(k, "in") || t.equalsIgnoreCase(k, "on")) && timeFollows(k + 1)) {
                j = k + 1;
            } else if (timePhraseEnd(k, end) > k) {
                j = k;
            } else {
                return false;
            }
            for (int n = j; n < Math.min(end, j + TIME_CONTENT_TOKENS); n++) {
                if (d.inQuote(n) || t.kind(n) != TokenBuffer.WORD && t.kind(n) != TokenBuffer.NUMBER && !t.is(n, '.')) {
                    return false;   // "in May, …": a comma ends the phrase before any content
                }
                if (t.equalsIgnoreCase(n, "that") || t.equalsIgnoreCase(n, "of") && n + 1 < end && presentParticiple(n + 1)) {
                    return n > j;
                }
            }
            return false;
        }

        /** Words at most of a phrase of time before the content of a noun, for {@link #timeBeforeContent}. */
        private static final int TIME_CONTENT_TOKENS = 5;

        /** Words at most after {@code after the} in which {@link #afterTheEvent} looks for a verb of a clause of time. */
        private static final int EVENT_TOKENS = 8;

        /** Tokens at most of one item of a list between two commas for {@link #lastListItemFollows}. */
        private static final int LIST_ITEM_TOKENS = 4;

        /**
         * {@code endorsed Corrow in a tweet}, {@code praised the crew at a rally}: whether the preposition
         * {@code in} or {@code at} at {@code k} opens a phrase of the occasion of the act rather than
         * one that describes the noun before it: an indefinite determiner follows it ({@code the war in
         * the hills}, {@code her years in the guild} and {@code raids on his barns} keep theirs).
         */
        private boolean occasionPhraseAt(int k) {
            int n = k + 1;
            return n + 1 < t.size() && t.kind(k) == TokenBuffer.WORD && !t.isCapitalized(k) && !d.inQuote(n) && t.kind(n) == TokenBuffer.WORD
                    && !t.isCapitalized(n) && !t.equalsIgnoreCase(k, "on") && Sieves.oneOf(d, n, OCCASION_DETERMINERS);
        }

        /** Whether tokens {@code [c, k)} are words of a noun phrase alone: no relative word, {@code that} or verb of report. */
        private boolean plainObject(int c, int k) {
            return plainObjectEnd(c, k) == k;
        }

        /**
         * The first token in {@code [c, end)} that is no word of a noun phrase alone (see
         * {@link #plainObject}), else {@code end}: {@code [c, k)} is plain when it is at least
         * {@code k}. {@link #objectEnd} reads it once per object.
         */
        private int plainObjectEnd(int c, int end) {
            for (int w = c; w < end; w++) {
                if (t.kind(w) != TokenBuffer.WORD && !d.mentions.isPossessiveMark(w) || d.inQuote(w) || cueAt(w) > 0
                        || Sieves.oneOf(d, w, NOT_IN_PLAIN_SUBJECT)) {
                    return w;
                }
            }
            return end;
        }

        /** Determiners that open a phrase of the occasion of an act after {@code in} or {@code at}. */
        private static final String[] OCCASION_DETERMINERS = {"a", "an", "every", "each"};
        /** Tokens at most of an object that a phrase of occasion after it ends. */
        private static final int OCCASION_OBJECT_TOKENS = 4;

        /** {@code in}, {@code on}, {@code at}: a preposition of place, manner or time. */
        private boolean isPlacePreposition(int k) {
            return t.equalsIgnoreCase(k, "in") || t.equalsIgnoreCase(k, "on") || t.equalsIgnoreCase(k, "at");
        }

        /** Whether a phrase of time starts at {@code j}: a month, a weekday or a number ({@code in April}, {@code in 2015}, {@code in early May}). */
        private boolean timeFollows(int j) {
            if (j < t.size() && t.kind(j) == TokenBuffer.NUMBER) {
                return true;
            }
            if (j + 1 < t.size() && t.equalsIgnoreCase(j, "the")) {
                j++;   // "on the morning of …"
            }
            if (j + 1 < t.size() && (t.equalsIgnoreCase(j, "early") || t.equalsIgnoreCase(j, "late") || t.equalsIgnoreCase(j, "mid"))) {
                j++;   // "in early May"
            }
            return j < t.size() && t.kind(j) == TokenBuffer.WORD && Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j));
        }

        /**
         * Whether word {@code i} is the base form of a verb of speech after a determiner and a
         * plural noun ({@code his advisers say}, {@code some friends argue}), which the linker
         * reads as a noun after an adjective ({@code an angry reply}).
         */
        private boolean pluralSubjectBefore(int i) {
            if (i < 2 || (d.cls(i) & Document.VERB) == 0 || t.kind(i - 1) != TokenBuffer.WORD || t.length(i - 1) < 4
                    || !d.mentions.isDeterminer(i - 2) || d.mentions.isPossessive(i - 1)
                    || !Character.isLowerCase(t.first(i - 1)) || d.mentions.isFunctionWord(i - 1)) {
                return false;
            }
            char last = d.text.charAt(t.end(i) - 1);
            return d.text.charAt(t.end(i - 1) - 1) == 's' && last != 's' && last != 'd' && last != 'g';
        }

        /**
         * {@code forced several to admit …}, {@code pushed her to concede …}: whether word
         * {@code i}, a lower-case reporting verb of one word (not the first word of a reporting
         * phrase), stands after the {@code to} of an infinitive whose subject, a quantifier or
         * {@code her}, the linker reads as a determiner before a noun; its form is not checked.
         */
        private boolean infinitiveAfterObject(int i) {
            return i > 1 && (d.cls(i) & Document.VERB) != 0 && (d.cls(i) & Document.PHRASE_HEAD) == 0 && t.kind(i) == TokenBuffer.WORD
                    && !d.inQuote(i) && Character.isLowerCase(t.first(i)) && t.equalsIgnoreCase(i - 1, "to")
                    && t.kind(i - 2) == TokenBuffer.WORD && !d.inQuote(i - 2) && (t.equalsIgnoreCase(i - 2, "her")
                            || Words.QUANTITIES.contains(d.text, t.start(i - 2), t.end(i - 2)));   // no demonstrative: "left this to note"
        }

        /**
         * Whether word {@code i} is a verb of speech after a word of quantity standing alone for
         * people ({@code Some said}, {@code Two told}, {@code Many argue}), which the linker reads
         * as a determiner before a noun; not a word that is also a noun of speech ({@code some reports}).
         */
        private boolean quantityBefore(int i) {
            int k = i - 1;
            return k >= 0 && (d.cls(i) & Document.VERB) != 0 && (d.cls(i) & Lexicon.SPEECH_NOUN) == 0
                    && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && Words.QUANTITIES.contains(d.text, t.start(k), t.end(k))
                    && (d.mentions.isDeterminer(k) || k > 0 && d.mentions.isDeterminer(k - 1))   // "Some said", "a third say"
                    && !(i + 1 < t.size() && t.kind(i + 1) == TokenBuffer.WORD && d.verbAt(i + 1) > 0);   // not "some reports said"
        }

        /**
         * {@code The poll shows Smith ahead}, {@code A survey by the union in May found most renters
         * …}, {@code its records, which showed the pier …}: a source of evidence before the verb, heading
         * the words of its subject (at most {@link #EVIDENCE_WINDOW} tokens, no comma save one before
         * a relative {@code which}), a clause after it.
         */
        private boolean evidenceBefore(int i) {
            if (!(i + 1 < t.size() && (t.kind(i + 1) == TokenBuffer.NUMBER   // "A survey found 90 percent support …"
                    || t.kind(i + 1) == TokenBuffer.WORD && !Words.ADJUNCTS.contains(d.text, t.start(i + 1), t.end(i + 1))))) {
                return false;
            }
            return evidenceNoun(0, i) >= 0;
        }

        /** The source of evidence heading the subject of the verb at {@code i}, as {@link #evidenceBefore} finds it, or -1. */
        private int evidenceNoun(int from, int i) {
            for (int j = i - 1; j >= from && j >= i - EVIDENCE_WINDOW; j--) {
                if (t.is(j, ',') && j + 1 < i && t.equalsIgnoreCase(j + 1, "which") || d.mentions.isPossessiveMark(j)) {
                    continue;   // "its records, which showed …", "the tenants' survey"
                }
                if (!t.isWordLike(j) || d.inQuote(j) || isBe(j) || j < i - 1 && t.kind(j) == TokenBuffer.WORD && d.verbAt(j) > 0) {
                    return -1;   // another verb of speech: a look-up of its own, so no chain of look-backs
                }
                if (t.kind(j) == TokenBuffer.WORD && Words.EVIDENCE_NOUNS.contains(d.text, t.start(j), t.end(j))) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * The subject of the verb at {@code i} across what stands between them: auxiliaries or a
         * negation ({@code the board didn't mention}), or a phrase of time ({@code The court this
         * month rejected}), as the mention {@code m}.
         */
        private boolean subjectAcross(int from, int i, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, from, i);
            return subjectBeforeAuxiliary(from, i, m) || j > from && t.kind(j) == TokenBuffer.WORD && isPeriod(j)
                    && subjectBeforeTime(from, i, m) || subjectBeforeAside(from, i, m) || thoseAsked(from, i, m)
                    || subjectOfFirstVerb(from, i, m);
        }

        /**
         * {@code The court overruled and said …}: the subject of a verb in the past that {@code and}
         * joins to the verb at {@code i}, as the mention {@code m}; or, a few words further back, of a
         * verb of speech or stance that {@code and} joins to it, the subject right before that verb
         * ({@code Okafor claimed victory and argued …}).
         */
        private boolean subjectOfFirstVerb(int from, int i, Mentions.Mention m) {
            int v = i - 2;
            if (v > from && t.equalsIgnoreCase(i - 1, "and") && t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && pastVerb(v)
                    && (d.mentions.subjectBefore(v, from - 1, m) || openingSubject(from, v, m)) && m.last < v) {
                return true;
            }
            if (i - 1 <= from || !t.equalsIgnoreCase(i - 1, "and") || d.inQuote(i - 1)) {
                return false;
            }
            for (int k = i - 3; k > from && k >= i - ATTRIBUTION_WINDOW; k--) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER) {
                    return false;
                }
                if ((pastVerb(k) || Sieves.oneOf(d, k, IRREGULAR_PASTS)) && cueAt(k) == 0 && subordinateSubject(from, k, m)) {
                    return true;   // "The crowd cheered when the warden spotted the ferry and asked …": the warden
                }
                if (cueAt(k) > 0 || isObjectVerb(k) || isObjectPhrase(k)) {
                    // "when Lark took issue with the fees and assailed …": the subject right before the first verb
                    return d.mentions.subjectBefore(k, from - 1, m) && m.last == k - 1;
                }
            }
            return false;
        }

        /**
         * Words that open a clause of time or cause whose subject is not the sentence's: {@code when
         * the warden …}.
         */
        private static final String[] CLAUSE_SUBORDINATORS = {"when", "after", "before", "while", "because", "since",
                "until", "once", "whenever"};

        /**
         * {@code when the warden spotted …}: whether verb {@code k}, a past form, has its subject right
         * before it, and that subject right after a word opening a clause of time or cause ({@link
         * #CLAUSE_SUBORDINATORS}, or {@code as} before a subject that is no description: {@code as
         * Brisk spoke}), as the mention {@code m}. A verb joined to {@code k} by {@code and} shares that subject, not the
         * sentence's.
         */
        private boolean subordinateSubject(int from, int k, Mentions.Mention m) {
            Mentions.Mention n = new Mentions.Mention();
            if (!d.mentions.subjectBefore(k, from - 1, n) || n.last != k - 1 || n.first - 1 < from
                    || !(Sieves.oneOf(d, n.first - 1, CLAUSE_SUBORDINATORS)
                            || t.equalsIgnoreCase(n.first - 1, "as") && n.type != Mentions.DESCRIPTION)) {
                return false;   // "as the fastest of the foals": as with a description is a preposition
            }
            m.set(n);
            return true;
        }

        /** Whether {@code those} and a participle stand right before word {@code i} ({@code those polled say}). */
        private boolean thoseAskedBefore(int i) {
            int j = i - 1;
            return j >= 1 && t.kind(j) == TokenBuffer.WORD && !t.isCapitalized(j) && t.length(j) >= 5 && !d.inQuote(j)
                    && t.endsWith(j, "ed") && t.equalsIgnoreCase(j - 1, "those");
        }

        /**
         * {@code Lark — a teacher from Salem — says …}: the subject before an aside set off by two
         * dashes right before the verb at {@code i}, as the mention {@code m}; the aside is at most
         * {@link #ATTRIBUTION_WINDOW} times two tokens long.
         */
        private boolean subjectBeforeAside(int from, int i, Mentions.Mention m) {
            int j = i - 1;
            if (j <= from || t.kind(j) != TokenBuffer.DASH || d.inQuote(j)) {
                return false;
            }
            for (int k = j - 1; k > from && k >= j - 2 * ATTRIBUTION_WINDOW; k--) {
                if (d.inQuote(k) || t.is(k, ';') || t.is(k, ':')) {
                    return false;
                }
                if (t.kind(k) == TokenBuffer.DASH) {
                    return (d.mentions.subjectBefore(k, from - 1, m) || openingSubject(from, k, m)) && m.last < k;
                }
            }
            return false;
        }

        /**
         * {@code After the vote, Vasko left the hall, saying …}: for a participle in {@code -ing} after a
         * comma at {@code i}, when the words between that comma and the one before them open with a
         * mention that a verb follows, that clause's subject, as the mention {@code m}; the words are
         * a clause, not an apposition to the mention before the first comma (which the apposition rule
         * of {@link Mentions#subjectBefore} would take: "the vote"). At most {@link
         * #PARTICIPLE_CLAUSE_TOKENS} tokens between the commas.
         */
        private boolean clauseSubjectBeforeParticiple(int from, int i, Mentions.Mention m) {
            if (!presentParticiple(i) || i - 2 <= from || !t.is(i - 1, ',') || d.inQuote(i - 1) || i + 1 >= t.size() || !t.isWordLike(i + 1)) {
                return false;   // "…, saying, “…”": the quotation's own tag
            }
            int j = i - 2;
            while (j > from && !t.is(j, ',') && i - 2 - j < PARTICIPLE_CLAUSE_TOKENS
                    && (t.isWordLike(j) || d.mentions.isPossessiveMark(j) || t.is(j, '.'))) {
                j--;
            }
            if (j <= from || !t.is(j, ',') || d.inQuote(j)) {
                return false;
            }
            Mentions.Mention s = new Mentions.Mention();
            if (!d.mentions.subjectAfter(j + 1, i - 1, s) || phraseStart(s.first, j + 1) != j + 1 || s.last + 1 >= i - 1) {
                return false;
            }
            if (!verbAfterMention(s.last + 1, i - 1)) {
                return false;   // no verb after the mention: the words are no clause
            }
            m.set(s);
            return true;
        }

        /**
         * {@code The crowd grew restless after the warden climbed the steps, warning …}: for a participle
         * in {@code -ing} after a comma at {@code i}, the subject of the nearest clause before it that a
         * subordinator ({@link #LATER_CLAUSE_OPENERS}) or a relative after a preposition ({@code in which
         * he …}) opens inside the sentence, when that subject has a verb of its own and no comma stands
         * between it and the participle's, as the mention {@code m}: the participle hangs on that clause,
         * not on the sentence's first subject. Looks back at most {@link #PARTICIPLE_CLAUSE_TOKENS} tokens.
         */
        private boolean subordinateClauseHost(int from, int i, Mentions.Mention m) {
            if (!presentParticiple(i) || i - 2 <= from || !t.is(i - 1, ',') || d.inQuote(i - 1)) {
                return false;
            }
            for (int k = i - 2; k > from && i - 2 - k < PARTICIPLE_CLAUSE_TOKENS; k--) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && !t.is(k, '.') && !d.mentions.isPossessiveMark(k)) {
                    return false;   // a comma, a dash or a quotation: the clause would not reach the participle
                }
                boolean opener = !t.isCapitalized(k) && (Sieves.oneOf(d, k, LATER_CLAUSE_OPENERS)
                        || Sieves.oneOf(d, k, RELATIVES_AFTER_PREPOSITION) && k - 1 > from && t.kind(k - 1) == TokenBuffer.WORD
                                && Sieves.oneOf(d, k - 1, PREPOSITIONS_BEFORE_RELATIVE));
                if (!opener) {
                    continue;
                }
                Mentions.Mention s = new Mentions.Mention();
                if (d.mentions.subjectAfter(k + 1, i - 1, s) && s.first == k + 1 && s.last + 1 < i - 1
                        && verbAfterMention(s.last + 1, i - 1)) {
                    m.set(s);
                    return true;
                }
                return false;   // the nearest opener has no subject of its own: an adverb or a preposition
            }
            return false;
        }

        /**
         * {@code The board grew restless when the ferrymen began to argue …}, {@code …, and for an hour he
         * attempted to explain …}: for a reporting verb at {@code i} after {@code to} and a verb of going on or
         * trying ({@code began}, {@code tried}, {@code continue}), the subject right before that verb (past one
         * adverb in {@code -ly}) when it opens a clause of its own: a subject pronoun, or a mention after a
         * subordinator ({@link #LATER_CLAUSE_OPENERS}) or a comma and {@code and} or {@code but}; as the mention {@code m}.
         * The one who began or tried speaks, not the sentence's first subject.
         */
        private boolean infinitiveClauseSubject(int from, int i, Mentions.Mention m) {
            int to = i - 1;
            int v = to - 1;
            if (v - 1 <= from || !t.equalsIgnoreCase(to, "to") || d.inQuote(to) || !Sieves.oneOf(d, v, GOING_ON_VERBS)) {
                return false;
            }
            int end = v - 1;
            if (end - 1 > from && t.kind(end) == TokenBuffer.WORD && !t.isCapitalized(end) && t.endsWith(end, "ly")) {
                end--;   // "the ferrymen quickly began to …"
            }
            if (isSubjectPronoun(end)) {
                m.first = end;
                m.last = end;
                m.type = Mentions.PRONOUN;
                return true;
            }
            Mentions.Mention s = new Mentions.Mention();
            if (!d.mentions.subjectBefore(end + 1, from - 1, s) || s.last != end || s.first - 1 <= from || d.inQuote(s.first - 1)
                    || !(Sieves.oneOf(d, s.first - 1, LATER_CLAUSE_OPENERS) && !t.isCapitalized(s.first - 1)
                            || (t.equalsIgnoreCase(s.first - 1, "and") || t.equalsIgnoreCase(s.first - 1, "but"))
                                    && s.first - 2 > from && t.is(s.first - 2, ','))) {
                return false;   // "The crew and its master began to …": one subject of two heads
            }
            m.set(s);
            return true;
        }

        /**
         * The subject right before the verb at {@code v}, as the mention {@code m}, when word {@code v}
         * is a verb not after {@code to}: {@code …, but the keepers disagree over …}, where the subject of
         * the sentence is someone else or no one.
         */
        private boolean verbsOwnSubject(int from, int v, Mentions.Mention m) {
            return v - 1 > from && Sieves.oneOf(d, v, FINITE_TOPIC_VERBS) && !d.inQuote(v) && !t.equalsIgnoreCase(v - 1, "to")
                    && d.mentions.subjectBefore(v, from - 1, m) && m.last < v
                    && !(m.first - 1 >= from && isAndOr(m.first - 1));   // "Okafor and Vasko quarrelled over …": both, read below
        }

        /** Finite forms of verbs of talking, musing and disputing before a topic, not also plural nouns: {@code disagree over}. */
        private static final String[] FINITE_TOPIC_VERBS = {"talk", "talked", "speak", "spoke", "commented", "remarked", "wrote",
            "testify", "testifies", "testified", "elaborate", "elaborates", "elaborated", "muse", "mused", "speculate", "speculates",
            "speculated", "wonder", "wondered", "think", "thinks", "worry", "worried", "disagree", "disagrees", "disagreed", "agree",
            "agrees", "agreed", "clashed", "argue", "argues", "argued", "quarreled", "quarrelled", "bickered", "wrangled", "feuded",
            "differ", "differs", "differed", "hedged"};

        /** Verbs of going on, starting or trying before {@code to} and a reporting verb: {@code began to argue}. */
        private static final String[] GOING_ON_VERBS = {"began", "begin", "begins", "started", "start", "starts", "tried",
            "try", "tries", "continued", "continue", "continues", "struggled", "struggle", "struggles", "sought", "seek", "seeks",
            "attempted", "attempts", "went", "goes", "moved", "moves", "rushed", "rush", "rushes", "hastened", "hasten"};

        /**
         * {@code The mayor urged the ferry company to cut its fares, but it refused, pointing to …}: for a participle in
         * {@code -ing} after a comma at {@code i}, when the words between that comma and the one before it
         * open, past a conjunction, with {@code it} and a finite verb, that {@code it}, as the
         * mention {@code m}: the clause it opens is the one the participle hangs on, though no rule takes
         * {@code it} as a subject of its own. At most {@link #PARTICIPLE_CLAUSE_TOKENS} tokens are read.
         */
        private boolean itHost(int from, int i, Mentions.Mention m) {
            if (!presentParticiple(i) || i - 3 < from || !t.is(i - 1, ',') || d.inQuote(i - 1) || i + 1 >= t.size() || !t.isWordLike(i + 1)) {
                return false;
            }
            int j = i - 2;
            while (j > from && !t.is(j, ',') && i - 2 - j < PARTICIPLE_CLAUSE_TOKENS && t.isWordLike(j) && !d.inQuote(j)) {
                j--;
            }
            if (j < from || !t.is(j, ',') || d.inQuote(j)) {
                return false;   // "It …, pointing to …": an it opening the sentence is too often empty or a thing
            }
            int open = j + 1;
            if (isConjunction(open) || Sieves.isOpeningConjunction(d, open)) {
                open++;
            }
            if (open + 1 >= i - 1 || !t.equalsIgnoreCase(open, "it") || !finiteVerbLike(open + 1) || d.inQuote(open)) {
                return false;
            }
            if (isBe(open + 1)) {
                return false;   // "…, but it is unclear, arguing …": an empty it, or a thing that is so, does no arguing
            }
            m.first = open;
            m.last = open;
            m.type = Mentions.PRONOUN;
            return true;
        }

        /** Words opening a clause, late in a sentence, whose subject a participle after it may take. */
        private static final String[] LATER_CLAUSE_OPENERS = {"after", "when", "because", "as", "while", "since", "before",
            "until", "although", "though", "if", "once", "where", "whereas"};

        /** Relatives that open a clause after a preposition: {@code in which she …}. */
        private static final String[] RELATIVES_AFTER_PREPOSITION = {"which", "whom"};

        /** Prepositions before such a relative. */
        private static final String[] PREPOSITIONS_BEFORE_RELATIVE = {"in", "during", "at", "on", "after", "through", "under"};

        /**
         * {@code Vasko fired his deputy, Tamsin Brannick, saying …}, {@code Vasko was in Dunmore, Ore.,
         * praising …}: for a participle in {@code -ing} after a comma at {@code i}, when the mention the
         * apposition rule would take (the one before a phrase set off by commas) is an object, a
         * preposition or a verb right before it, the subject of the sentence, as the mention {@code m}.
         */
        private boolean subjectPastObjectApposition(int from, int i, Mentions.Mention m) {
            if (!presentParticiple(i) || i - 2 <= from || !t.is(i - 1, ',') || d.inQuote(i - 1) || i + 1 >= t.size() || !t.isWordLike(i + 1)) {
                return false;
            }
            Mentions.Mention o = new Mentions.Mention();
            if (!d.mentions.subjectBefore(i, from - 1, o) || o.last + 1 >= i - 1 || !t.is(o.last + 1, ',')) {
                return false;
            }
            int b = phraseStart(o.first, from) - 1;
            if (b < from || t.kind(b) != TokenBuffer.WORD || d.inQuote(b) || t.isCapitalized(b) || isConjunction(b)
                    || !(Words.ADJUNCTS.contains(d.text, t.start(b), t.end(b)) || t.equalsIgnoreCase(b, "to") || pastVerb(b))) {
                return false;   // the mention opens its part of the sentence: it may be the subject
            }
            return Sieves.sentenceSubject(d, Math.max(from, i - SUBJECT_WINDOW), i, m) && m.last < b;
        }

        /**
         * {@code Growers have in fact argued …}, {@code The guild in particular feared …}, {@code the
         * audit for the first time cited …}: the subject before a set phrase opened by {@code in} or
         * {@code for} ({@link #SET_PHRASE_WORDS}, at most {@link #SET_PHRASE_TOKENS} tokens) right before
         * the verb at {@code i}, and before an auxiliary before the phrase, as the mention {@code m}.
         */
        private boolean subjectBeforeSetPhrase(int from, int i, Mentions.Mention m) {
            int k = i - 1;
            while (k > from && i - k <= SET_PHRASE_TOKENS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k)
                    && Sieves.oneOf(d, k, SET_PHRASE_WORDS)) {
                k--;
            }
            if (k >= i - 1 || k <= from || d.inQuote(k) || !(t.equalsIgnoreCase(k, "in") || t.equalsIgnoreCase(k, "for"))) {
                return false;
            }
            int v = k;
            while (v - 1 > from && (isAuxiliary(v - 1) || isHave(v - 1))) {
                v--;   // "have in the past said"
            }
            return (d.mentions.subjectBefore(v, from - 1, m) || openingSubject(from, v, m)) && m.last == v - 1;
        }

        /** Words of a set phrase after {@code in} or {@code for} between a subject and its verb. */
        private static final String[] SET_PHRASE_WORDS = {"fact", "particular", "part", "turn", "effect", "general", "short",
            "the", "past", "first", "time", "addition", "private", "public"};
        /** Tokens at most of a set phrase between a subject and its verb. */
        private static final int SET_PHRASE_TOKENS = 4;

        /**
         * {@code The next day, Vasko left the hall, saying …}: for a verb after a comma at {@code i},
         * when the part of the sentence from {@code part} opens with a phrase of time of at most
         * {@link #LEAD_IN_TOKENS} + 2 words ending in a noun of time and set off by a comma, and a
         * mention that a verb follows opens the clause after it, that mention, as {@code m}: the
         * phrase of time is no subject with an apposition after it.
         */
        private boolean subjectAfterOpeningTime(int part, int i, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, part, i);
            if (j <= part || !t.is(j, ',') || d.inQuote(j)) {
                return false;
            }
            int c = part;
            while (c < j && c - part <= LEAD_IN_TOKENS + 2 && t.kind(c) == TokenBuffer.WORD && !d.inQuote(c)) {
                c++;
            }
            if (c == part || c >= j || !t.is(c, ',') || !Sieves.oneOf(d, c - 1, TIME_NOUNS)
                    && !Words.TIME_WORDS.contains(d.text, t.start(c - 1), t.end(c - 1))) {
                return false;
            }
            Mentions.Mention s = new Mentions.Mention();
            if (!d.mentions.subjectAfter(c + 1, j, s) || phraseStart(s.first, c + 1) != c + 1 || s.last + 1 >= j) {
                return false;
            }
            if (!verbAfterMention(s.last + 1, j)) {
                return false;   // no verb after the mention: the words are no clause
            }
            m.set(s);
            return true;
        }

        /**
         * Whether a verb stands at {@code v}, right after a mention, or after a phrase of {@code of}
         * that completes it ({@code the families of the founders had …}), before {@code end}: a lower-case
         * word that is no function word, or an auxiliary.
         */
        private boolean verbAfterMention(int v, int end) {
            if (v < end && t.equalsIgnoreCase(v, "of") && !d.inQuote(v)) {
                Mentions.Mention o = new Mentions.Mention();
                if (!d.mentions.subjectAfter(v + 1, end, o) || o.first != phraseStart(o.first, v + 1) && o.first != v + 1) {
                    return false;
                }
                v = o.last + 1;
            }
            return v < end && t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && !t.isCapitalized(v)
                    && (!d.mentions.isFunctionWord(v) || isAuxiliary(v) || isBe(v) || isHave(v));
        }

        /** Nouns of time that end a phrase of time opening a sentence: {@code The next month,}. */
        private static final String[] TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
            "weekend", "time", "hour", "hours", "earlier", "later"};

        /** Tokens at most of the clause between two commas before a participle. */
        private static final int PARTICIPLE_CLAUSE_TOKENS = 24;

        /**
         * {@code Vasko made an urgent call for …}, {@code a strong signal to …}: whether the cue at
         * {@code i} is a noun because a singular indefinite noun phrase ({@code a} or {@code an} and
         * words with no plural, share or name at their end) stands right before it as its subject while
         * it has the bare form no verb takes after such a subject (no {@code -s}, {@code -ed}, {@code
         * -ing}, {@code -en} or {@code -wn}, no past of {@link #IRREGULAR_PASTS}): then the verb in the
         * past or of {@link #ISSUING_VERBS} right before the article, whose subject speaks through the
         * noun; {@link #NOUN_ALONE} with no such verb; {@link #NO_NOUN} when the cue reads as a verb.
         */
        private int makerOfIndefiniteNoun(int from, int i) {
            if (i - 2 < from || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || t.isCapitalized(i) || t.endsWith(i, "s")
                    || t.endsWith(i, "ed") || t.endsWith(i, "ing") || t.endsWith(i, "en") || t.endsWith(i, "wn")
                    || Sieves.oneOf(d, i, IRREGULAR_PASTS)) {
                return NO_NOUN;
            }
            Mentions.Mention a = new Mentions.Mention();
            if (!d.mentions.subjectBefore(i, from - 1, a) || a.last != i - 1 || a.first < from
                    || !(t.equalsIgnoreCase(a.first, "a") || t.equalsIgnoreCase(a.first, "an"))) {
                return NO_NOUN;
            }
            int w = a.last;
            if (w == a.first || t.kind(w) == TokenBuffer.WORD && (t.isCapitalized(w) || t.endsWith(w, "s")
                    || Words.QUANTITIES.contains(d.text, t.start(w), t.end(w)))) {
                return NO_NOUN;   // "a group of growers say", "a third say", "a Dunmore grower": a subject may be
            }
            int b = a.first - 1;
            if (b >= from && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b) && !t.isCapitalized(b)
                    && (pastVerb(b) || Sieves.oneOf(d, b, ISSUING_VERBS) || Sieves.oneOf(d, b, MAKING_VERBS))) {
                return b;
            }
            return NOUN_ALONE;
        }

        /**
         * {@code unveiled a plan to …}, {@code rolled out two new proposals to …}, {@code signed an
         * agreement to …}: when word {@code i} is a noun of a plan or an undertaking ({@link
         * #PLAN_NOUNS}) before {@code to} and a verb's base form, and is the object of a verb of
         * putting it forward ({@link #PRESENTING_VERBS}, or {@code laid out}, {@code rolled out}, {@code
         * put forward}) at most {@link #PRESENTED_NOUN_TOKENS} words before it, with only words,
         * numbers, a dollar sign or an owner's mark between: where that verb starts, whose subject
         * the plan is of; else -1. A plan no verb puts forward ({@code the plan to …}, {@code her plan
         * to …}) is left alone: its owner or the one who made it is seldom the one who tells of it.
         */
        private int presenterOfPlan(int from, int i) {
            if (i - 2 < from || i + 2 >= t.size() || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || !Sieves.oneOf(d, i, PLAN_NOUNS)
                    || !Character.isLowerCase(t.first(i)) || !t.equalsIgnoreCase(i + 1, "to") || !toInfinitive(i + 2)
                    || t.endsWith(i + 2, "ing")) {
                return -1;
            }
            for (int k = i - 1; k > from && k >= i - PRESENTED_NOUN_TOKENS; k--) {
                if (d.inQuote(k) || !t.isWordLike(k) && !t.is(k, '$') && !d.mentions.isPossessiveMark(k)) {
                    return -1;
                }
                if (t.kind(k) != TokenBuffer.WORD || t.isCapitalized(k)) {
                    continue;
                }
                if (Sieves.oneOf(d, k, PRESENTING_VERBS) && !d.mentions.isDeterminer(k - 1) && !isOwner(k - 1)) {
                    return k;   // not after a determiner, where it reads as an adjective: "drafted a careful plan"
                }
                if ((t.equalsIgnoreCase(k, "out") || t.equalsIgnoreCase(k, "forward")) && Sieves.oneOf(d, k - 1, PUTTING_VERBS)) {
                    return k - 1;   // "laid out two plans", "put forward a proposal"
                }
            }
            return -1;
        }

        /** Nouns of a plan or an undertaking, whose infinitive a verb of {@link #PRESENTING_VERBS} puts forward. */
        private static final String[] PLAN_NOUNS = {"plan", "plans", "proposal", "proposals", "agreement", "deal", "commitment"};
        /** Verbs of putting forward a plan or entering an undertaking: {@code unveiled a plan to …}, {@code reached an agreement to …}. */
        private static final String[] PRESENTING_VERBS = {"unveil", "unveils", "unveiled", "unveiling", "outline", "outlines",
            "outlined", "outlining", "issue", "issues", "issued", "release", "releases", "released", "propose", "proposes", "proposed",
            "introduce", "introduces", "introduced", "present", "presents", "presented", "float", "floats", "floated", "sketch",
            "sketches", "sketched", "draft", "drafts", "drafted", "detail", "details", "detailed", "sign", "signs", "signed",
            "negotiate", "negotiates", "negotiated", "reach", "reaches", "reached", "strike", "strikes", "struck", "make", "makes",
            "made", "offer", "offers", "offered"};
        /** Verbs that {@code out} or {@code forward} after them make verbs of putting forward: {@code laid out}, {@code rolled out}. */
        private static final String[] PUTTING_VERBS = {"lay", "lays", "laid", "laying", "roll", "rolls", "rolled", "rolling", "put",
            "puts", "putting", "set", "sets", "setting"};
        /** Tokens at most between a verb of {@link #PRESENTING_VERBS} and the noun of the plan it puts forward. */
        private static final int PRESENTED_NOUN_TOKENS = 6;

        /** The subject of the verb at {@code v} that puts out a noun of saying, as the mention {@code m}. */
        private boolean subjectOfMaker(int from, int v, Mentions.Mention m) {
            return (subjectAcross(from, v, m) || d.mentions.subjectBefore(v, from - 1, m) || openingSubject(from, v, m)) && m.last < v;
        }

        /** {@link #makerOfIndefiniteNoun}: the cue reads as a verb. */
        private static final int NO_NOUN = -2;
        /** {@link #makerOfIndefiniteNoun}: the cue is a noun with no verb of making before it. */
        private static final int NOUN_ALONE = -1;
        /** Present forms of verbs that make a noun of saying: {@code make an urgent call for …}. */
        private static final String[] MAKING_VERBS = {"make", "makes", "deliver", "delivers", "issue", "sound", "sounds"};
        /** Pasts and participles without {@code -ed} of verbs that follow their subject: never a bare form. */
        private static final String[] IRREGULAR_PASTS = {"said", "told", "wrote", "found", "thought", "knew", "saw", "made", "gave",
            "took", "felt", "heard", "held", "led", "sought", "spoke", "swore", "taught", "meant", "put", "read", "set", "let", "cut",
            "hit", "quit", "forecast", "broadcast", "beat", "became", "began", "brought", "chose", "drew", "forgot", "got", "hid", "kept",
            "left", "lost", "met", "paid", "ran", "rose", "sent", "shot", "sold", "stood", "struck", "threw", "understood", "won",
            "withdrew", "overheard", "foresaw", "bought", "caught", "fought", "built", "spent", "went", "came", "did", "had", "was",
            "were", "laid", "bit", "fled", "hung", "wept", "slept", "dealt", "lent", "bent", "sat", "shut", "spread", "split", "bid"};

        /**
         * {@code her broad support among growers}, {@code less support than Vasko}: whether the cue of
         * {@code len} tokens at {@code i} is right followed by {@code among} or {@code than}, which no
         * verb of report or stance takes as its object: the word is a noun.
         */
        private boolean nounBeforeAmongOrThan(int i, int len) {
            int o = i + len;
            return o < t.size() && !d.inQuote(o) && (t.equalsIgnoreCase(o, "among") || t.equalsIgnoreCase(o, "than"));
        }

        /**
         * {@code has been the lone vote for …}, {@code a fresh focus on …}, {@code the keenest advocate
         * for …}: whether the cue at {@code i} has the bare form ({@link #bareForm}) and stands right
         * after one lower-case word and a determiner or owner ({@link #MODIFIER_DETERMINERS}, {@link
         * #isOwner}: {@code the guild's}) that no preposition comes before: such a phrase is a singular
         * noun phrase, which a bare verb never follows, so the cue is its head noun. The word between
         * may not be a plural (in {@code -s} or of {@link #PLURALS_WITHOUT_S}), a share, an adverb in
         * {@code -ly}, a participle in {@code -ed} or a function word, each of which may end a subject
         * ({@code the two men say}, {@code her aides argue}, {@code the wounded say}). Only the three
         * tokens before the cue are read.
         */
        private boolean nounAfterModifier(int from, int i) {
            int w = i - 1;
            int det = i - 2;
            if (det < from || !bareForm(i)) {
                return false;
            }
            if (t.kind(w) != TokenBuffer.WORD || d.inQuote(w) || !Character.isLowerCase(t.first(w)) || d.mentions.isFunctionWord(w)
                    || t.endsWith(w, "s") || t.endsWith(w, "ly") || t.endsWith(w, "ed")
                    || Words.QUANTITIES.contains(d.text, t.start(w), t.end(w)) || Sieves.oneOf(d, w, PLURALS_WITHOUT_S)) {
                return false;
            }
            if (t.kind(det) != TokenBuffer.WORD || d.inQuote(det) || !Sieves.oneOf(d, det, MODIFIER_DETERMINERS) && !isOwner(det)) {
                return false;
            }
            // "skippers close to the harbour board argue": the phrase is a preposition's object inside a longer subject
            return det - 1 < from || t.kind(det - 1) != TokenBuffer.WORD || !Sieves.oneOf(d, det - 1, OBJECT_PREPOSITIONS);
        }

        /**
         * Whether word {@code i}, in lower case and outside quotation marks, has the bare form of a
         * verb: no {@code -s} (but {@code focus}, {@code stress}), {@code -ed}, {@code -ing}, {@code -en}
         * or {@code -wn}, and no past of {@link #IRREGULAR_PASTS}. Reads that word only.
         */
        private boolean bareForm(int i) {
            return t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && !t.isCapitalized(i)
                    && !(t.endsWith(i, "s") && !t.endsWith(i, "ss") && !t.endsWith(i, "us")) && !t.endsWith(i, "ed")
                    && !t.endsWith(i, "ing") && !t.endsWith(i, "en") && !t.endsWith(i, "wn") && !Sieves.oneOf(d, i, IRREGULAR_PASTS);
        }

        /**
         * {@code The harbour protest remained calm.}, {@code her local support is slipping}: whether the
         * cue at {@code i} has the bare form ({@link #bareForm}) and a finite verb ({@link #SINGULAR_VERBS}) follows it right
         * away, while the word before it is no pronoun, plural or share that could be the subject of a bare
         * verb ({@code what they think is …}, {@code what most say was …}): the cue heads that verb's
         * subject. Only the word before the cue and the one after it are read.
         */
        private boolean nounBeforeItsVerb(int from, int i) {
            int w = i - 1;
            if (w < from || i + 1 >= t.size() || !bareForm(i) || t.kind(i + 1) != TokenBuffer.WORD || d.inQuote(i + 1)
                    || !Sieves.oneOf(d, i + 1, SINGULAR_VERBS)) {
                return false;
            }
            return t.kind(w) == TokenBuffer.WORD && !d.inQuote(w) && !d.mentions.isPronoun(w) && !d.mentions.isFunctionWord(w)
                    && !(t.endsWith(w, "s") && !t.endsWith(w, "ss")) && !t.endsWith(w, "ly") && !t.endsWith(w, "'")
                    && !Words.QUANTITIES.contains(d.text, t.start(w), t.end(w)) && !Sieves.oneOf(d, w, PLURALS_WITHOUT_S);
        }

        /**
         * {@code asked whether the guild would back the toll}, {@code Whether the growers admit it or not, …}:
         * whether the cue at {@code i} is the verb of a question opened by {@code whether} at most {@link
         * #WHETHER_TOKENS} words before it, with only words between: the question asks what its subject
         * holds or says, it tells nothing of it.
         */
        private boolean insideWhether(int from, int i) {
            for (int k = i - 1; k >= from && k >= i - WHETHER_TOKENS; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                if (t.equalsIgnoreCase(k, "whether")) {
                    return true;
                }
            }
            return false;
        }

        /** Words at most between {@code whether} and the verb of its question. */
        private static final int WHETHER_TOKENS = 5;

        /** Finite verbs in the singular or the past: a bare form right before one, after no plural or pronoun, is a noun. */
        private static final String[] SINGULAR_VERBS = {"is", "was", "has", "remains", "remained", "seems", "seemed", "appears",
            "appeared", "looks", "continues", "grew", "fell", "rose"};

        /** Determiners that, beside the owners of {@link #isOwner}, open a singular noun phrase: {@code the lone vote}, {@code a fresh focus}. */
        private static final String[] MODIFIER_DETERMINERS = {"the", "a", "an", "your"};
        /** Plurals without {@code -s} that a bare verb follows: {@code the two men say}, {@code the latest data show}. */
        private static final String[] PLURALS_WITHOUT_S = {"men", "women", "children", "people", "police", "data", "media",
            "staff", "crew", "public", "clergy", "personnel", "folk", "youth", "faithful", "majority", "minority", "rest",
            "remainder", "couple", "pair", "team", "family", "government", "committee", "board", "jury", "panel", "audience",
            "crowd", "electorate", "press", "administration", "campaign", "party", "union", "council", "company", "firm"};
        /** Prepositions whose object may close a subject: {@code growers close to the warden argue}. */
        private static final String[] OBJECT_PREPOSITIONS = {"of", "to", "with", "on", "in", "at", "by", "for", "from", "about",
            "among", "between", "near", "behind", "inside", "across", "over", "under", "within", "around", "like"};

        /**
         * {@code The guild issued a statement saying …}, {@code she spent much of her speech praising
         * …}: when the participle in {@code -ing} at {@code i} follows a noun of something said or
         * written ({@code speech-nouns.txt}) that is the object of a verb of putting it out ({@link
         * #ISSUING_VERBS}) at most {@link #ISSUED_NOUN_TOKENS} tokens before it, the subject of that
         * verb, as the mention {@code m}: the author speaks through the statement. After a form of
         * {@code spend} any noun will do: {@code spent the week praising …} tells what the subject did
         * with that time.
         */
        private boolean authorOfSpeechNoun(int from, int i, Mentions.Mention m) {
            int n = beforeTimeOfPutting(from, i - 1);   // "posted a note on Friday asking …": the note
            if (n - 1 > from && t.kind(n) == TokenBuffer.WORD && !t.isCapitalized(n) && t.endsWith(n, "ly")) {
                n--;   // "a letter strongly disputing …"
            }
            if (n <= from || !presentParticiple(i) || t.kind(n) != TokenBuffer.WORD || d.inQuote(n) || d.mentions.isFunctionWord(n)
                    || i + 1 >= t.size() || !t.isWordLike(i + 1)) {
                return false;   // "issued a statement saying, “…”": the quotation's own tag
            }
            boolean said = (d.cls(n) & Lexicon.SPEECH_NOUN) != 0 || Sieves.oneOf(d, n, FILED_NOUNS);
            for (int k = n - 1; k > from && k >= n - ISSUED_NOUN_TOKENS; k--) {
                if (d.inQuote(k) || !t.isWordLike(k) && !d.mentions.isPossessiveMark(k)) {
                    return false;
                }
                boolean spent = Sieves.oneOf(d, k, SPENDING_VERBS);
                if (spent || said && Sieves.oneOf(d, k, ISSUING_VERBS)) {
                    return (subjectAcross(from, k, m) || d.mentions.subjectBefore(k, from - 1, m) || openingSubject(from, k, m)) && m.last < k;
                }
            }
            return false;
        }

        /**
         * {@code a note on Friday}, {@code a memo Sunday morning}, {@code a motion last week}: when a
         * phrase of time of at most three words ends at word {@code n}, the token before it, else {@code n};
         * never before {@code from}.
         */
        private int beforeTimeOfPutting(int from, int n) {
            int k = n;
            if (k - 1 > from && Sieves.oneOf(d, k, PARTS_OF_DAY) && weekday(k - 1)) {
                k--;   // "Sunday morning"
            }
            if (k - 1 > from && weekday(k)) {
                k--;
                return k - 1 > from && t.equalsIgnoreCase(k, "on") ? k - 1 : k;
            }
            if (k == n && k - 2 > from && t.kind(k) == TokenBuffer.WORD && !t.isCapitalized(k) && isPeriod(k)
                    && (t.equalsIgnoreCase(k - 1, "this") || t.equalsIgnoreCase(k - 1, "last"))) {
                return k - 2;   // "last week", "this month"
            }
            return n;
        }

        /** Forms of {@code spend}, whose object, a stretch of time or an occasion, a participle after it fills. */
        private static final String[] SPENDING_VERBS = {"spent", "spend", "spends"};
        /** Verbs of putting out something said or written, whose subject is its author: {@code issued a statement}. */
        private static final String[] ISSUING_VERBS = {"issued", "issues", "released", "releases", "sent", "posted", "published",
            "delivered", "gave", "made", "wrote", "signed", "penned", "put", "filed", "approved", "adopted", "launched", "started",
            "drafted", "unveiled", "aired", "ran", "running", "circulated"};
        /** Nouns of papers and appeals put out in someone's name, besides those of {@code speech-nouns.txt}: {@code filed papers opposing …}. */
        private static final String[] FILED_NOUNS = {"paper", "papers", "resolution", "resolutions", "petition", "petitions", "motion",
            "brief", "lawsuit", "suit", "ad", "ads", "spot", "spots", "video", "flyer", "flyers", "mailer", "mailers"};
        /** Tokens at most from a verb of {@link #ISSUING_VERBS} to the noun of what it put out. */
        private static final int ISSUED_NOUN_TOKENS = 9;

        /**
         * {@code Vasko, speaking at a fair in Dunmore, Ore., warned …}, {@code Vasko, who lost a barn in
         * Dunmore, Ore., in May, said …}: the name opening the part of the sentence before an aside set
         * off by commas, opened by {@code who} or a participle in {@code -ing} and holding commas of its
         * own, which the comma right before the verb at {@code i} closes, as the mention {@code m}; the
         * aside is at most {@link #ATTRIBUTION_WINDOW} times two tokens long.
         */
        private boolean subjectBeforeCommaAside(int from, int i, Mentions.Mention m) {
            int j = i - 1;
            if (j <= from || !t.is(j, ',') || d.inQuote(j)) {
                return false;
            }
            boolean inner = false;   // an aside of one comma pair is read by the apposition rules
            for (int k = j - 1; k > from && k >= j - 2 * ATTRIBUTION_WINDOW; k--) {
                if (d.inQuote(k) || t.is(k, ';') || t.is(k, ':') || t.kind(k) == TokenBuffer.DASH) {
                    return false;
                }
                if (!t.is(k, ',')) {
                    continue;
                }
                if (!(k + 1 < j && (t.equalsIgnoreCase(k + 1, "who") || presentParticiple(k + 1)))) {
                    inner = true;
                } else {
                    Mentions.Mention name = new Mentions.Mention();
                    if (inner && d.mentions.subjectBefore(k, from - 1, name) && name.last == k - 1 && name.type == Mentions.NAME
                            && startsPart(from, phraseStart(name.first, from))) {
                        m.set(name);
                        return true;
                    }
                    return false;
                }
            }
            return false;
        }

        /**
         * {@code those surveyed say …}, {@code Those polled said …}: {@code those} and the participle
         * right before the verb at {@code i}, as the mention {@code m}.
         */
        private boolean thoseAsked(int from, int i, Mentions.Mention m) {
            int j = i - 1;
            if (j - 1 < from || !thoseAskedBefore(i)) {
                return false;
            }
            m.first = j - 1;
            m.last = j;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code The board didn't mention …}, {@code we don't want …}, {@code the union has long
         * opposed …}: the subject before the auxiliaries, negation or adverbs ({@link
         * #preverbAdverb}; {@link IndirectFinder#PREVERB_WORDS} words at most with them) right before
         * the verb at {@code i}, as the mention {@code m}.
         */
        private boolean subjectBeforeAuxiliary(int from, int i, Mentions.Mention m) {
            int v = i;
            while (v - 1 > from && (isAuxiliary(v - 1) || preverbAdverb(v - 1) && i - v < PREVERB_WORDS)) {
                v--;
            }
            return v < i && (d.mentions.subjectBefore(v, from - 1, m) || openingSubject(from, v, m)) && m.last < v;
        }

        /**
         * An adverb between a subject and its verb ({@code has long opposed}, {@code had previously
         * endorsed}, {@code have both praised}, {@code who has openly criticized}): a filler, a
         * lower-case word in {@code -ly}, or {@code long}, {@code since}, {@code twice}, {@code both},
         * {@code all}.
         */
        private boolean preverbAdverb(int k) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.isCapitalized(k)) {
                return false;
            }
            int n = t.length(k);
            return d.mentions.isVerbFiller(k) || n > 4 && d.text.charAt(t.end(k) - 1) == 'y' && d.text.charAt(t.end(k) - 2) == 'l'
                    || t.equalsIgnoreCase(k, "long") || t.equalsIgnoreCase(k, "both") || t.equalsIgnoreCase(k, "since")
                    || t.equalsIgnoreCase(k, "twice") || t.equalsIgnoreCase(k, "all");
        }

        /**
         * {@code A ferry poll this week found …}: the source of evidence heading the subject of the
         * verb of thought or evidence at {@code i}, with the words before it in its phrase, as the
         * mention {@code m}.
         */
        private boolean evidenceSubject(int from, int i, Mentions.Mention m) {
            if (d.verbAt(i) > 0 || !Words.CLAUSE_VERBS.contains(d.text, t.start(i), t.end(i))) {
                return false;
            }
            int j = evidenceNoun(from, i);
            if (j < 0) {
                return false;
            }
            int first = j;
            while (first - 1 >= from && j - first < EVIDENCE_PHRASE_WORDS && t.isWordLike(first - 1) && !d.inQuote(first - 1)
                    && (!d.mentions.isFunctionWord(first - 1) || d.mentions.isDeterminer(first - 1) || isOwner(first - 1))) {
                first--;
                if (d.mentions.isDeterminer(first) || isOwner(first)) {
                    break;
                }
            }
            m.first = first;
            m.last = j;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /** {@code …, experts believe.}: the verb of thought closes its sentence or part of it, after its clause. */
        private boolean closesClause(int j) {
            return j >= t.size() || d.endsSentence(j) || t.is(j, ',') || t.is(j, ';');
        }

        /**
         * Whether the subject of a clause without {@code that} may start at token {@code j}: a number,
         * a determiner or a capitalized word ({@code believe 40 percent …}, {@code fear the plan …},
         * {@code hope Smith …}).
         */
        private boolean opensSubject(int j) {
            if (j >= t.size() || d.inQuote(j)) {
                return false;
            }
            return t.kind(j) == TokenBuffer.NUMBER || t.kind(j) == TokenBuffer.WORD
                    && (d.mentions.isDeterminer(j) || t.isCapitalized(j) && !t.isCapitalized(j - 1) || bareSubject(j));
        }

        /**
         * {@code believe bigotry is …}, {@code fear prices will …}: whether a noun without a
         * determiner at {@code j}, an adjective at most before it, stands right before its own verb:
         * a form of be or have, or an auxiliary.
         */
        private boolean bareSubject(int j) {
            for (int k = j + 1; k < Math.min(t.size(), j + 3); k++) {
                if (t.kind(k - 1) != TokenBuffer.WORD || d.inQuote(k - 1) || d.mentions.isFunctionWord(k - 1) || isObjectPronoun(k - 1)
                        || d.mentions.isPronoun(k - 1) || t.isCapitalized(k - 1) || verbLike(k - 1)) {
                    return false;
                }
                if (t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && (isBe(k) || isHave(k) || isAuxiliary(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word {@code k} reads as a verb: a form of be or have, an auxiliary or a verb in the past. */
        private boolean verbLike(int k) {
            return t.kind(k) == TokenBuffer.WORD && (isBe(k) || isHave(k) || isAuxiliary(k) || pastVerb(k));
        }

        /** Whether a clause that a verb of thought may report starts at token {@code j}. */
        private boolean opensClause(int j) {
            if (j >= t.size() || t.kind(j) != TokenBuffer.WORD) {
                return false;
            }

            return t.equalsIgnoreCase(j, "that") || t.equalsIgnoreCase(j, "whether") || t.equalsIgnoreCase(j, "if")
                    || t.equalsIgnoreCase(j, "how") || t.equalsIgnoreCase(j, "why") || t.equalsIgnoreCase(j, "what")
                    || t.equalsIgnoreCase(j, "to") || d.mentions.isPronoun(j) && !t.equalsIgnoreCase(j, "you");
        }

        /**
         * Where a trailing attribution ends, when the sentence ends ({@code e}) or reaches a comma
         * (its index) within a few tokens after it ({@code said.}, {@code said on Tuesday.},
         * {@code said, adding …}); -1 when the sentence goes on instead.
         */
        private int tailEnd(int j, int e) {
            if (j < e && !(t.is(j, ',') || t.is(j, ';') || isObjectPronoun(j) || t.isCapitalized(j)
                    || t.kind(j) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j)))) {
                return -1;   // "…, who said the dam was unsafe": a clause follows the verb
            }
            for (int k = j; k < e; k++) {
                if (k - j >= TAIL_WINDOW || d.inQuote(k) || t.equalsIgnoreCase(k, "that")) {
                    return -1;
                }
                if (t.is(k, ',') || t.is(k, ';')) {
                    return k;
                }
                if (t.kind(k) == TokenBuffer.WORD && (isBe(k) || isAuxiliary(k) && !t.equalsIgnoreCase(k, "may"))) {
                    return -1;   // "…, she said Lark would win": a clause with its own verb follows
                }
            }
            return e;
        }

        /**
         * {@code But, she added, “…”}, {@code That, said Lark, “…”}: whether the comma at {@code tail}
         * closes an attribution that a whole quotation with marks follows, so that the words before it,
         * however few, are a piece of what was said.
         */
        private boolean quotationAfterAttribution(int tail, int e) {
            return tail >= 0 && tail + 1 < e && t.is(tail, ',') && !d.inQuote(tail) && opensQuotation(tail + 1);
        }

        /**
         * Whether the words from {@code j} carry on the clause interrupted by an attribution
         * ({@code The plan, she said, will fail.}) rather than add to the attribution
         * ({@code …, she said, adding that …}, {@code …, she said, who …}).
         */
        private boolean continuesAfter(int j, int e) {
            int words = 0;
            for (int k = j; k < e && words < MIN_WORDS; k++) {
                if (t.isWordLike(k)) {
                    words++;
                }
            }
            if (words < MIN_WORDS || t.kind(j) != TokenBuffer.WORD) {
                return false;
            }
            return cueAt(j) == 0 && !Sieves.participle(d, j) && !t.equalsIgnoreCase(j, "according")
                    && !t.equalsIgnoreCase(j, "who") && !t.equalsIgnoreCase(j, "which")
                    && !t.equalsIgnoreCase(j, "when") && !t.equalsIgnoreCase(j, "where")
                    && !t.equalsIgnoreCase(j, "in") && !t.equalsIgnoreCase(j, "on") && !(t.equalsIgnoreCase(j, "at") && !approximates(j));
        }

        /**
         * Where the clause reported by the verb at {@code verb} starts: its {@code that} when one
         * follows within a few words ({@code told reporters on Monday that …}), else the word after
         * the verb; -1 when a quotation with marks follows instead.
         */
        private int clauseStart(int verb, int after, int e) {
            int j = after;
            int close = j < e && t.kind(j) == TokenBuffer.DASH && !d.inQuote(j) ? closingDash(j, e) : -1;
            if (close > 0) {
                j = close + 1;   // "said — on the radio, as it happens — that …": the clause after the aside
            }
            while (j < e && (t.is(j, ',') || t.is(j, ':'))) {
                j++;
            }
            while (j + 1 < e && isVerbAdverb(j) && !d.inQuote(j) && !degreeBeforeMeasure(j)) {
                j++;   // "said Monday the plan …", "argued repeatedly the plan …"
            }
            int past = timePhraseEnd(j, e);
            if (past > j && past < e && !d.inQuote(past) && (opensClauseAfterTime(past) || t.equalsIgnoreCase(past, "to") && past + 1 < e && toInfinitive(past + 1) && cueAt(past + 1) == 0 && !pluralNoun(verb))) {
                j = past;   // "said yesterday she …", "promised last year to appeal": the time of saying, then the clause
            }
            if (j >= e || d.inQuote(j)) {
                return -1;
            }
            if (isConjunction(j) || t.equalsIgnoreCase(j, "or")) {
                // "The protester yelled and waved …": no clause after the verb, unless one follows an aside
                // the conjunction opens ("said, and I quote, that …")
                for (int k = j + 1; k < Math.min(e - 1, j + 2 * THAT_WINDOW); k++) {
                    if (d.inQuote(k)) {
                        return -1;
                    }
                    if (t.is(k, ',')) {
                        return j > after && t.equalsIgnoreCase(k + 1, "that") ? k + 1 : -1;
                    }
                }
                return -1;
            }
            if (t.equalsIgnoreCase(j, "according") && j + 1 < e && t.equalsIgnoreCase(j + 1, "to")) {
                return -1;   // "Lark said, according to the Gazette": a source of the report, no clause
            }
            if (j == after && j + 1 < e && (t.equalsIgnoreCase(j, "out") || t.equalsIgnoreCase(j, "off")
                    || t.equalsIgnoreCase(j, "against")) && t.kind(j + 1) == TokenBuffer.WORD && !d.inQuote(j + 1)) {
                j++;   // "tweeted out a report …", "warned against doing so": the particle is the verb's
            }
            if (isAsk(verb)) {
                return questionAfterListener(j, e);
            }
            if (j == after && j == verb + 1 && Words.WISH_VERBS.contains(d.text, t.start(verb), t.end(verb)) && bareObject(verb)) {
                return j;   // "want policies that cut fees": the object, whose "that" is a relative of its own
            }
            int told = Sieves.oneOf(d, verb, REMINDING_VERBS) ? matterAfterListener(j, e) : -1;
            if (told > 0) {
                return told;   // "reminded the skippers of the storm": what they were reminded of, not whom
            }
            if (t.equalsIgnoreCase(j, "to") && j + 1 < e) {
                // "complained to reporters on Monday that …": the clause after the listener; "wrote to the
                // mayor": whom it was said to, no clause; "hoped to avoid a fight that …": the infinitive
                // is the clause, a "that" in it is its own
                return toInfinitive(j + 1) && !pluralNoun(j + 1) ? j : reportAfterListener(j + 1, e);
            }
            if (isSubjectPronoun(j) && !isTell(verb)) {
                return j;   // "said she hoped that …": the clause opens at its subject, the "that" is its own
            }
            if (!opensSubordinate(j, e) && concessionOpensClause(j, e)) {
                return j;   // "said, if reelected, she would …", "says despite the rain the fair will …": the opening phrase is the clause's
            }
            if (opensSubordinate(j, e)) {
                // "said if the dam fails, the town …": the condition opens the clause; "said when she
                // resigned": a time of saying without the comma of a main clause after it, no clause
                return (t.equalsIgnoreCase(j, "when") || t.equalsIgnoreCase(j, "once") || t.equalsIgnoreCase(j, "because"))
                        && openingPhraseComma(j, e) < 0 ? -1 : j;
            }
            boolean adjunct = t.kind(j) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j))
                    && !(t.equalsIgnoreCase(j, "about") && j + 1 < e && (t.kind(j + 1) == TokenBuffer.NUMBER
                            || Words.QUANTITIES.contains(d.text, t.start(j + 1), t.end(j + 1))));   // "said about half of …"
            // "told reporters on Monday that …", "said at a rally in Texas last week that …": a longer reach
            int window = isTell(verb) || adjunct ? 2 * THAT_WINDOW : THAT_WINDOW;
            int subject = -1;   // "said on Friday he …": the subject pronoun that opens a clause after the phrase
            for (int k = j; k < Math.min(e, j + window); k++) {
                if (adjunct && subject < 0 && k > j + 1 && isSubjectPronoun(k) && !d.inQuote(k) && timePhraseBefore(j, k)) {
                    subject = k;
                }
                if (t.is(k, ',') && k > j && (j > after || adjunct) && k + 1 < e && t.equalsIgnoreCase(k + 1, "that") && !d.inQuote(k)) {
                    return k + 1;   // "said, among other things, that …", "said in Ohio, that …": the clause after the aside
                }
                if (adjunct && t.is(k, ',') && k > j && k + 1 < e && t.isCapitalized(k + 1) && !d.inQuote(k)) {
                    continue;   // "said at a fair in Salem, Oregon, that …": a place of two names
                }
                if (adjunct && subject < 0 && t.is(k, ',') && k > j + 1 && !d.inQuote(k)) {
                    subject = clauseAfterSayingPhrase(j, k, e);   // "said in an interview, she …"
                }
                if (d.inQuote(k) || t.is(k, ',') && k > j) {
                    break;
                }
                if (t.equalsIgnoreCase(k, "that") && t.kind(k) == TokenBuffer.WORD && thatInPhrase(j, k)) {
                    continue;   // "her vote against that levy", "learned what that clause meant": a determiner or pronoun, no opener
                }
                if (k > j && t.equalsIgnoreCase(k, "that") && t.kind(k) == TokenBuffer.WORD && thatBeforeWayOrTime(k)) {
                    continue;   // "urged growers to sell that way", "backed the levy that year": a determiner, no opener
                }
                if (t.equalsIgnoreCase(k, "that") && t.kind(k) == TokenBuffer.WORD) {
                    // "announced new rules that would …": a "that" a verb follows relates to the noun before it
                    return k > j && k + 1 < e && !isTell(verb) && relativeThat(k) ? j : k;
                }
                if (k == j + 1 && verbAfterIt(j, k)) {
                    return j;   // "said it saw little sign that …": the clause opens at "it", the "that" is its own
                }
                if (t.kind(k) == TokenBuffer.WORD && (isBe(k) || pastVerb(k) || cueAt(k) > 0 || contractedSubject(k)
                        || claimNounAt(k, e) > 0)
                        && !isTell(verb) && !adjunct) {
                    return j;   // "said he's sure that …", "said the mayor thinks that …": that "that" is the clause's own
                }
            }
            // Without "that": "told" names whom it was said to, and a phrase of time or place
            // ("said in an interview") is no clause.
            if (isTell(verb)) {
                int c = clauseAfterListener(j, e);
                return c >= 0 ? c : questionAfterPronounListener(j, e);   // "told them why …": the question after the listener
            }
            if (adjunct && subject < 0 && j == after && t.equalsIgnoreCase(j, "about") && j + 1 < e && t.kind(j + 1) == TokenBuffer.WORD
                    && !d.inQuote(j + 1)) {
                return j + 1;   // "said about the levy": what the saying was about
            }
            if (adjunct) {
                return subject;
            }
            return j;
        }

        /**
         * {@code argued her vote against that levy …}, {@code learned what that clause meant}, {@code feared none of that}:
         * whether the {@code that} at {@code k}, in the words from {@code j} after a reporting verb, is
         * a determiner or a pronoun rather than the opener of the clause: a preposition or {@code all}
         * stands right before it, or a question word opens the words at {@code j} or stands among them
         * ({@code what}, {@code how}, {@code why}, {@code whether}), whose clause the {@code that} is in.
         * The caller's window bounds {@code k - j}.
         */
        private boolean thatInPhrase(int j, int k) {
            if (k > j && t.kind(k - 1) == TokenBuffer.WORD && !d.inQuote(k - 1) && Sieves.oneOf(d, k - 1, PREPOSITIONS_BEFORE_THAT)) {
                return true;
            }
            if (k > j && t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && Sieves.oneOf(d, j, QUESTION_WORDS)) {
                return true;
            }
            for (int w = j + 1; w < k; w++) {
                if (t.kind(w) == TokenBuffer.WORD && !d.inQuote(w) && Sieves.oneOf(d, w, INNER_QUESTION_WORDS)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code that way}, {@code that year}, {@code that morning}: whether the {@code that} at {@code k}
         * determines a noun of manner or time right after it, so that it opens no clause.
         */
        private boolean thatBeforeWayOrTime(int k) {
            int n = k + 1;
            return n < t.size() && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n) && Sieves.oneOf(d, n, WAY_OR_TIME_NOUNS);
        }

        /** Nouns of manner or time that a determiner {@code that} goes with ({@code that way}, {@code that week}). */
        private static final String[] WAY_OR_TIME_NOUNS = {"way", "day", "week", "month", "year", "time", "night", "morning",
            "evening", "afternoon", "season", "summer", "winter", "spring", "autumn"};

        /** Words after which {@code that} determines a noun or stands for one ({@code against that levy}, {@code none of that}). */
        private static final String[] PREPOSITIONS_BEFORE_THAT = {"of", "for", "in", "on", "at", "by", "with", "from", "about",
            "against", "into", "despite", "all", "like", "without", "toward", "towards", "over"};

        /** Question words that open a clause a few words after a reporting verb ({@code reveals exactly how thin that margin was}). */
        private static final String[] INNER_QUESTION_WORDS = {"what", "how", "why", "whether"};

        /** Words at most of a title in quotation marks that a reporting verb passes on its way to its {@code that}. */
        static final int TITLE_WORDS = 6;

        /**
         * {@code told the Tidewell paper's “Quay Hour” that …}, {@code argued in the Tidewell “Quay Hour” Friday that …}:
         * where no nearer clause follows the verb at {@code verb}, the {@code that} past a listener or place of
         * saying that holds the title of a show or paper in quotation marks, within {@link #DISTANT_THAT_WINDOW}
         * tokens of {@code after}, right after the title or a word of time, with its clause's subject after it;
         * -1 if none. The title is one quotation of at most {@link #TITLE_WORDS} words, each capitalized or a
         * function word, after a word; as in {@link #distantThat}, no other verb, conjunction or stop stands
         * between.
         */
        private int thatPastTitle(int verb, int after, int e) {
            if (isAsk(verb)) {
                return -1;
            }
            int titleEnd = -1;
            for (int k = after; k <= Math.min(e - 2, after + DISTANT_THAT_WINDOW); k++) {
                if (d.inQuote(k)) {
                    FoundQuote q = titleEnd < 0 && k > after ? quoteAt(t.start(k)) : null;
                    if (q == null || t.kind(k - 1) != TokenBuffer.WORD || d.inQuote(k - 1)) {
                        return -1;
                    }
                    int last = t.indexAt(q.end - 1);
                    if (last <= k || last >= e || !titleWords(k, last)) {
                        return -1;
                    }
                    titleEnd = last;
                    k = last;
                    continue;
                }
                if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER) {
                    return -1;   // a comma, a dash or a stop: an aside is distantThat's
                }
                if (t.equalsIgnoreCase(k, "that")) {
                    boolean closed = k - 1 == titleEnd || titleEnd >= 0 && (weekday(k - 1)
                            || Words.TIME_WORDS.contains(d.text, t.start(k - 1), t.end(k - 1)));
                    return closed && !relativeThat(k) && opensThatClause(k + 1) ? k : -1;
                }
                if (isBe(k) || isHave(k) || isAuxiliary(k) || pastVerb(k) && !d.mentions.isDeterminer(k - 1) || cueAt(k) > 0
                        || isConjunction(k) || t.equalsIgnoreCase(k, "or")) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether the words of tokens {@code [a, b]}, a quotation, are a title: a few, the first capitalized, each capitalized or a function word. */
        private boolean titleWords(int a, int b) {
            int words = 0;
            for (int k = a; k <= b; k++) {
                if (t.kind(k) != TokenBuffer.WORD) {
                    continue;
                }
                if (++words > TITLE_WORDS || !t.isCapitalized(k) && (words == 1 || !d.mentions.isFunctionWord(k))) {
                    return false;
                }
            }
            return words > 0;
        }

        /**
         * {@code told a packed room at the bakery in Port Ellery that …}, {@code told the Gazette,
         * however, that …}, {@code wrote, while touring the dam, that …}: where no nearer
         * clause follows the verb at {@code verb}, the {@code that} past a long listener or phrase or an
         * aside set off by commas or dashes, within {@link #DISTANT_THAT_WINDOW} tokens of {@code after},
         * with its clause's subject after it; -1 if none. Outside an aside no other verb stands before
         * it (the {@code that} would be that verb's), nor a conjunction before a word of content
         * ({@code and sold …}); an aside left open keeps it; and only a name or the aside's end stands
         * right before it, as a plain noun there more often has a relative clause ({@code told of the
         * county that she won}).
         */
        private int distantThat(int verb, int after, int e) {
            if (isAsk(verb)) {
                return -1;   // "asked …": the question, found with its listener
            }
            boolean aside = false;
            for (int k = after; k <= Math.min(e - 2, after + DISTANT_THAT_WINDOW); k++) {   // the window's tokens, then the that
                if (d.inQuote(k) || t.is(k, ';') || t.is(k, ':') || t.is(k, '(') || t.is(k, ')')) {
                    return -1;
                }
                if (t.is(k, ',') || t.kind(k) == TokenBuffer.DASH) {
                    aside = !aside;
                    continue;
                }
                if (aside) {
                    continue;   // "…, while touring the dam, …": anything inside the aside
                }
                if (t.equalsIgnoreCase(k, "that") && t.kind(k) == TokenBuffer.WORD) {
                    // after a plain noun, a "that" more often opens a relative clause ("won a county that she …")
                    boolean closed = t.is(k - 1, ',') || t.kind(k - 1) == TokenBuffer.DASH || t.isCapitalized(k - 1);
                    return k > after && closed && !relativeThat(k) && opensThatClause(k + 1) ? k : -1;
                }
                if (t.kind(k) == TokenBuffer.WORD && (isBe(k) || isHave(k) || isAuxiliary(k) || pastVerb(k) && !d.mentions.isDeterminer(k - 1)
                        || cueAt(k) > 0 || (isConjunction(k) || t.equalsIgnoreCase(k, "or")) && !opensThatClause(k + 1)
                        && !d.mentions.isFunctionWord(k + 1))) {
                    // "told reporters who had waited that …", "spoke to growers and sold the mill that …": another
                    // verb's; not "said in May and at the fair that …"
                    return -1;
                }
            }
            return -1;
        }

        /** Whether the subject of a clause after {@code that} opens at {@code k}: a pronoun, a determiner, an owner, a number or a name. */
        private boolean opensThatClause(int k) {
            return !d.inQuote(k) && (isSubjectPronoun(k) || t.equalsIgnoreCase(k, "it") || t.equalsIgnoreCase(k, "there")
                    || t.kind(k) == TokenBuffer.NUMBER || t.kind(k) == TokenBuffer.WORD && (d.mentions.isDeterminer(k) || isOwner(k)
                            || t.isCapitalized(k)));
        }

        /**
         * {@code said, if reelected, she would …}, {@code says despite the rain, the fair will …}: whether
         * a word of condition or concession at {@code j} opens a short phrase without its own subject
         * that a comma closes within a few words, and after it the clause's subject (a subject pronoun,
         * or a determiner or name whose noun phrase a verb follows within a few words), so that the
         * phrase belongs to the reported clause; bounded by {@code OPENING_WINDOW} and
         * {@code SUBJECT_WORDS}.
         */
        private boolean concessionOpensClause(int j, int e) {
            return concessionComma(j, e) > 0;
        }

        /** The comma that closes the phrase of {@link #concessionOpensClause}, or -1. */
        private int concessionComma(int j, int e) {
            if (j + 2 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)
                    || !(t.equalsIgnoreCase(j, "if") || t.equalsIgnoreCase(j, "unless") || t.equalsIgnoreCase(j, "despite")
                            || t.equalsIgnoreCase(j, "although") || t.equalsIgnoreCase(j, "though") || t.equalsIgnoreCase(j, "whereas"))) {
                return -1;
            }
            int comma = -1;
            for (int k = j + 1; k < Math.min(e - 1, j + OPENING_WINDOW); k++) {
                if (d.inQuote(k)) {
                    return -1;
                }
                if (t.is(k, ',')) {
                    comma = k;
                    break;
                }
                if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER && !d.mentions.isPossessiveMark(k)) {
                    return -1;
                }
            }
            if (comma <= j + 1) {
                return -1;
            }
            int c = comma + 1;
            if (c + 1 >= e || t.kind(c) != TokenBuffer.WORD || d.inQuote(c)) {
                return -1;
            }
            if (isSubjectPronoun(c) || t.equalsIgnoreCase(c, "there") || t.equalsIgnoreCase(c, "it")) {
                return comma;
            }
            if (!d.mentions.isDeterminer(c) && !d.mentions.isNameWord(c)) {
                return -1;
            }
            for (int k = c + 1; k < Math.min(e, c + SUBJECT_WORDS); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (isBe(k) || isAuxiliary(k) || isHave(k) || pastVerb(k)) {
                    return comma;
                }
            }
            return -1;
        }

        /**
         * {@code said in an interview, she would …}, {@code argued in a letter, the fees …}: the clause
         * after the comma at {@code comma} that closes a phrase of the time or occasion of saying
         * opened at {@code j}, when its subject opens it: a subject pronoun, or a determiner whose
         * noun phrase a verb follows within a few words; -1 if none.
         */
        private int clauseAfterSayingPhrase(int j, int comma, int e) {
            int c = comma + 1;
            if (c + 1 >= e || t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || !timePhraseBefore(j, comma) && !occasionBefore(j, comma)) {
                return -1;
            }
            for (int k = j; k < comma; k++) {
                if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER && !d.mentions.isPossessiveMark(k)) {
                    return -1;   // "replied in kind: by May, …": the phrase is no phrase of saying alone
                }
            }
            if (isSubjectPronoun(c) || t.equalsIgnoreCase(c, "there") || t.equalsIgnoreCase(c, "it")) {
                return c;
            }
            if (!d.mentions.isDeterminer(c)) {
                return -1;
            }
            for (int k = c + 1; k < Math.min(e, c + SUBJECT_WORDS); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (isBe(k) || isAuxiliary(k) || isHave(k) || pastVerb(k)) {
                    return k > c + 1 ? c : -1;
                }
            }
            return -1;
        }

        /**
         * Whether tokens {@code [j, k)} are a short phrase of the occasion of saying: {@code in an
         * interview}, {@code on the radio}, {@code in his letter} (not {@code at}, which more often
         * opens a verb's object: {@code laugh at the idea}).
         */
        private boolean occasionBefore(int j, int k) {
            return (t.equalsIgnoreCase(j, "in") || t.equalsIgnoreCase(j, "on") || t.equalsIgnoreCase(j, "during"))
                    && k - j <= LISTENER_TOKENS;
        }

        /**
         * Whether tokens {@code [j, k)} after a verb are a phrase of time, or of the occasion opened by
         * {@code in}, that ends before word {@code k} ({@code on Friday}, {@code in May}, {@code in a
         * statement}): no preposition's object that a clause without {@code that} describes
         * ({@code insist on a judge they like}, {@code complained of the toll it takes}).
         */
        private boolean timePhraseBefore(int j, int k) {
            int b = k - 1;
            if (b < 0 || t.kind(b) != TokenBuffer.WORD && t.kind(b) != TokenBuffer.NUMBER || d.inQuote(b)) {
                return false;
            }
            boolean time = Words.TIME_WORDS.contains(d.text, t.start(b), t.end(b)) || t.kind(b) == TokenBuffer.NUMBER;
            boolean event = t.equalsIgnoreCase(j, "after") || t.equalsIgnoreCase(j, "before") || t.equalsIgnoreCase(j, "during");
            // "in an interview", "after the vote": a noun closes the phrase of the occasion of saying
            boolean occasion = (t.equalsIgnoreCase(j, "in") || event && k - j <= EVENT_PHRASE_TOKENS) && t.kind(b) == TokenBuffer.WORD
                    && !d.mentions.isFunctionWord(b) && !pastVerb(b) && !presentParticiple(b);
            return (time || occasion) && (isPlacePreposition(j) || event || time && t.equalsIgnoreCase(j, "for")
                    || Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j)));
        }

        /**
         * Whether the {@code that} at {@code k} opens a relative clause on the noun before it: a verb
         * follows it (a form of be or have, a modal or a verb in the past), not a subject.
         */
        private boolean relativeThat(int k) {
            int n = k + 1;
            return t.kind(k - 1) == TokenBuffer.WORD && !d.mentions.isFunctionWord(k - 1) && !d.inQuote(n) && t.kind(n) == TokenBuffer.WORD
                    && (isBe(n) || isHave(n) || isAuxiliary(n) && !t.equalsIgnoreCase(n, "not") || pastVerb(n));
        }

        /** A word in {@code -s} of four letters or more, not in {@code -ss} or {@code -us}: most likely a plural noun ({@code reporters}). */
        private boolean pluralNoun(int k) {
            return t.kind(k) == TokenBuffer.WORD && t.length(k) > 3 && t.endsWith(k, "s") && !t.endsWith(k, "ss") && !t.endsWith(k, "us");
        }

        /**
         * {@code complained to the board that …}: after {@code to}, the {@code that} that ends a short
         * listener from {@code j} (a noun phrase, names and a phrase of time, no comma or verb) within
         * {@link #LISTENER_TOKENS} tokens; -1 if none ({@code wrote to the mayor}).
         */
        private int thatAfterListener(int j, int e) {
            return thatAfterListener(j, e, 0);
        }

        /** {@link #thatAfterListener(int, int)} inside {@code depth} phrases after verbs of thought ({@link #cueAt(int, int)}). */
        private int thatAfterListener(int j, int e, int depth) {
            for (int k = j + 1; k < Math.min(e, j + LISTENER_TOKENS); k++) {
                if (d.mentions.isPossessiveMark(k) && !d.inQuote(k)) {
                    continue;   // "wrote to the Dunmores' office that …": an owner in the listener
                }
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || isBe(k) || isHave(k) || cueAt(k, depth + 1) > 0) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "that")) {
                    return k + 1 < e && !relativeThat(k) ? k : -1;
                }
            }
            return -1;
        }

        /**
         * {@code made it clear to the staff on Friday that …}: after a phrase that holds its own object,
         * the {@code that} past a listener opened by {@code to} at {@code j}; -1 if none.
         */
        private int clauseAfterPhraseListener(int j, int e) {
            if (j + 1 >= e || !t.equalsIgnoreCase(j, "to") || d.inQuote(j) || toInfinitive(j + 1)) {
                return -1;
            }
            return thatAfterListener(j + 1, e);
        }

        /**
         * {@code explained to the board why …}: after {@code to}, the report that ends a short
         * listener: its {@code that} or a question word; -1 if none ({@code wrote to skippers about
         * the tolls} tells what the writing was about, no report of what was said).
         */
        private int reportAfterListener(int j, int e) {
            int that = thatAfterListener(j, e);
            if (that >= 0) {
                return that;
            }
            for (int k = j + 1; k < Math.min(e - 1, j + LISTENER_TOKENS); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || isBe(k) || isHave(k) || cueAt(k) > 0) {
                    return -1;
                }
                if (Sieves.oneOf(d, k, LISTENER_REPORT_WORDS) && !t.isCapitalized(k) && !d.inQuote(k + 1)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * {@code She never said where.}, {@code He would never disclose how, and …}: whether the clause
         * {@code [c, end)} is a question word alone before the mark that ends its sentence (or before
         * a comma and a conjunction), the question left unanswered; not one that an aside interrupts
         * ({@code described how, in her youth, …}), nor one before a line or paragraph break with no
         * mark, which may be a hard-wrapped line.
         */
        private boolean loneQuestion(int c, int end) {
            return c + 1 == end && t.kind(c) == TokenBuffer.WORD && !d.inQuote(c) && Sieves.oneOf(d, c, BARE_QUESTION_WORDS)
                    && (end >= t.size() || d.endsSentence(end) || t.is(end, ',') && end + 1 < t.size() && isConjunction(end + 1));
        }

        /**
         * The question words that open a question a word reports, {@code if} left out (it also opens a
         * condition): alone for it ({@code never said where}) or before its clause ({@code clashed over who …}).
         */
        private static final String[] BARE_QUESTION_WORDS = {"why", "how", "when", "where", "whether", "who", "what"};

        /** Words that open a question told to a listener after {@code to}. */
        private static final String[] LISTENER_REPORT_WORDS = {"why", "how", "whether", "what", "who", "if"};

        /**
         * Whether a subordinate clause with its own subject opens at {@code j} ({@code if the dam
         * fails}, {@code because she …}, {@code when Lark …}), or a share with {@code as many as}:
         * after a verb of speech, the start of what it reports, not a phrase of time or place.
         */
        private boolean opensSubordinate(int j, int e) {
            if (j + 2 >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j + 1)) {
                return false;
            }
            if (t.equalsIgnoreCase(j, "as") && (t.equalsIgnoreCase(j + 1, "many") || t.equalsIgnoreCase(j + 1, "much")
                    || t.equalsIgnoreCase(j + 1, "few")) && t.equalsIgnoreCase(j + 2, "as")) {
                return true;   // "said as many as 40 boats …"
            }
            if (t.equalsIgnoreCase(j, "at") && approximates(j)) {
                return true;   // "said at least 40 boats …": a share opens the clause, no phrase of place
            }
            if (!(t.equalsIgnoreCase(j, "if") || t.equalsIgnoreCase(j, "when") || t.equalsIgnoreCase(j, "because")
                    || t.equalsIgnoreCase(j, "unless") || t.equalsIgnoreCase(j, "although") || t.equalsIgnoreCase(j, "though")
                    || t.equalsIgnoreCase(j, "once") || t.equalsIgnoreCase(j, "whereas"))) {
                return false;
            }
            int k = j + 1;
            return isSubjectPronoun(k) || t.equalsIgnoreCase(k, "it") || t.equalsIgnoreCase(k, "there") || d.mentions.isDeterminer(k)
                    || t.kind(k) == TokenBuffer.NUMBER || d.mentions.isNameWord(k);
        }

        /**
         * {@code told them why the toll rose}: the question word right after a listener that is an object
         * pronoun at {@code j}, when it opens a question ({@code why}, {@code how}, {@code whether},
         * {@code what}, {@code if}; not {@code who}, which after a noun is relative); else -1.
         */
        private int questionAfterPronounListener(int j, int e) {
            int k = j + 1;
            return k + 1 < e && isObjectPronoun(j) && !d.inQuote(j) && !d.inQuote(k) && !t.isCapitalized(k)
                    && Sieves.oneOf(d, k, LISTENER_REPORT_WORDS) && !t.equalsIgnoreCase(k, "who") ? k : -1;
        }

        /**
         * After {@code told}: the clause after a short listener ({@code told reporters the vote was
         * fair}), opened by a pronoun, a determiner or a name; -1 if none.
         */
        private int clauseAfterListener(int j, int e) {
            for (int k = j + 1; k < Math.min(e, j + LISTENER_TOKENS); k++) {
                if (t.isCapitalized(k - 1) && k + 2 < e && t.isCapitalized(k + 1)
                        && (t.equalsIgnoreCase(k, "of") || t.equalsIgnoreCase(k, "in"))) {
                    k++;   // "told the Gazette of Salem she …": the listener's name goes on
                    continue;
                }
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                int past = timePhraseEnd(k, e);
                if (past > k && !t.equalsIgnoreCase(k, "on")) {
                    k = past - 1;   // "told reporters Tuesday she …", "told the Gazette yesterday she …": the time of telling
                    continue;
                }
                if (d.mentions.isPronoun(k) && !t.equalsIgnoreCase(k, "you") || d.mentions.isDeterminer(k) || contractedSubject(k)
                        || t.equalsIgnoreCase(k, "there") || t.isCapitalized(k) && !t.isCapitalized(k - 1) && !d.mentions.isDeterminer(k - 1)) {
                    return k;   // "told me he's …"; not "told the Gazette …", whose name is the listener's
                }
                if (Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || t.equalsIgnoreCase(k, "last")) {
                    continue;   // "told the Gazette last week she …"
                }
                if (d.mentions.isFunctionWord(k)) {
                    return -1;   // "told reporters at a dinner"
                }
            }
            return -1;
        }

        /**
         * {@code While she said the plan was sound, the council …}, {@code With the guild refusing to sail, the
         * ferries …}: in a part of the sentence opened by a subordinating word (or by {@code with}, {@code despite}
         * or {@code following} before a phrase with a participle, or by {@code now that}), also after an adverb or a
         * measure of time ({@code Even as …}, {@code Two weeks after …}: {@link #pastTimeBeforeSubordinator}), the
         * clause ends at its first comma, where the main clause starts; else at {@code end}.
         */
        private int subordinateEnd(int from, int c, int end) {
            int j = from;
            if (j < end && (t.equalsIgnoreCase(j, "but") || t.equalsIgnoreCase(j, "and"))) {
                j++;
            }
            j = pastTimeBeforeSubordinator(j, end);
            if (j >= end || t.kind(j) != TokenBuffer.WORD || !(t.equalsIgnoreCase(j, "while") || t.equalsIgnoreCase(j, "although")
                    || t.equalsIgnoreCase(j, "though") || t.equalsIgnoreCase(j, "because") || t.equalsIgnoreCase(j, "when")
                    || t.equalsIgnoreCase(j, "if") || t.equalsIgnoreCase(j, "since") || t.equalsIgnoreCase(j, "as")
                    || t.equalsIgnoreCase(j, "after") || t.equalsIgnoreCase(j, "before") || t.equalsIgnoreCase(j, "once")
                    || t.equalsIgnoreCase(j, "unless") || t.equalsIgnoreCase(j, "until") || t.equalsIgnoreCase(j, "whereas")
                    || t.equalsIgnoreCase(j, "with") || t.equalsIgnoreCase(j, "despite") || t.equalsIgnoreCase(j, "following")
                    || t.equalsIgnoreCase(j, "that") && j > from && t.equalsIgnoreCase(j - 1, "now"))) {
                return end;
            }
            if (mainClauseBefore(j, c)) {
                return end;   // "While tolls rose, the guild said that the pier, which is old, …": the report is the main clause's
            }
            int start = Math.min(c + 1, end);
            if (commaScan.covers(end, start)) {
                return commaScan.found;
            }
            int k = start;
            while (k < end && !(t.is(k, ',') && !d.inQuote(k))) {
                k++;
            }
            return commaScan.keep(end, start, k);
        }

        /**
         * {@code Even as the growers vowed …}, {@code Three years after the guild promised …}, {@code Shortly before
         * she said …}, {@code Now that the mayor has claimed …}: the word after an adverb of degree or time
         * ({@code even}, {@code just}, {@code ever}, {@code shortly}, {@code soon}, {@code long}, {@code right},
         * {@code now}) or after a measure of time (a number or a word, then {@code years}, {@code months},
         * {@code weeks}, {@code days}, {@code hours}, {@code minutes} or {@code moments}) opening the sentence at
         * {@code j}, where the subordinating word stands; {@code j} itself when no such words open it.
         */
        private int pastTimeBeforeSubordinator(int j, int end) {
            if (j + 1 >= end || t.kind(j) != TokenBuffer.WORD && t.kind(j) != TokenBuffer.NUMBER || d.inQuote(j)) {
                return j;
            }
            if (Sieves.oneOf(d, j, SUBORDINATOR_ADVERBS)) {
                return j + 1;   // "Even as …", "Shortly after …", "Now that …"
            }
            int unit = Sieves.oneOf(d, j, TIME_UNITS) ? j : j + 1;   // "Hours after …", "Three years after …", "10 days after …"
            if (unit + 1 < end && Sieves.oneOf(d, unit, TIME_UNITS) && !d.inQuote(unit)) {
                return unit + 1;
            }
            return j;
        }

        /** Adverbs that may stand before the subordinating word opening a sentence ({@code Even as}, {@code Soon after}). */
        private static final String[] SUBORDINATOR_ADVERBS = {"even", "just", "ever", "shortly", "soon", "long", "right", "now"};

        /** Units of a measure of time that may stand before a subordinating word ({@code Two weeks after}). */
        private static final String[] TIME_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "moments"};

        /**
         * {@code While tolls rose, the guild said that …}: whether the part of the sentence opened by the
         * subordinating word at {@code j} has closed before the report from {@code c}: its last comma before
         * {@code c} (within {@link Sieves#MAX_SENTENCE_TOKENS} tokens) is followed by a subject (a determiner,
         * an owner, a subject pronoun, a quantity or a capitalized word), which opens the main clause that
         * reports; not an aside that a relative word or the verb itself follows ({@code Although the guild,
         * which is old, said …}).
         */
        private boolean mainClauseBefore(int j, int c) {
            for (int k = c - 1; k > j && c - k <= Sieves.MAX_SENTENCE_TOKENS; k--) {
                if (t.is(k, ',') && !d.inQuote(k)) {
                    int n = k + 1;
                    return n < c && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n) && !Sieves.oneOf(d, n, SUBJECT_ASIDE_RELATIVES)
                            && (d.mentions.isDeterminer(n) || isOwner(n) || isSubjectPronoun(n) || t.isCapitalized(n)
                                    || Words.QUANTITIES.contains(d.text, t.start(n), t.end(n)));
                }
            }
            return false;
        }

        /**
         * {@code The ferry is slow, and while the warden insists the engine is fine, few trust it.}, {@code Still,
         * though the guild says the pier is safe, the skippers stay away.}: where the report from {@code c}
         * ends when the verb at {@code i} stands in a clause of concession, time or condition that opens
         * after a comma inside the sentence (the nearest comma before the verb, within
         * {@link #INNER_SUBORDINATE_TOKENS} tokens and after {@code from}; {@code and} or {@code but} may
         * stand before the subordinating word): at the first comma after which a subject opens the
         * sentence's main clause, within {@link #INNER_SUBORDINATE_TOKENS} tokens of {@code c}; else {@code end}.
         */
        private int innerSubordinateEnd(int from, int i, int c, int end) {
            int k = i - 1;
            while (k > from && i - k <= INNER_SUBORDINATE_TOKENS && !t.is(k, ',')) {
                k--;
            }
            if (k <= from || !t.is(k, ',') || d.inQuote(k)) {
                return end;
            }
            int j = k + 1;
            if (j < i && (t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "but"))) {
                j++;
            }
            if (j >= i || d.inQuote(j) || !Sieves.oneOf(d, j, INNER_SUBORDINATORS)) {
                return end;
            }
            boolean verb = false;   // the report's own verb, before which a comma is no end ("said the pier, the quay and …")
            for (int w = c; w + 1 < Math.min(end, c + INNER_SUBORDINATE_TOKENS); w++) {
                if (d.inQuote(w)) {
                    return end;
                }
                verb |= t.kind(w) == TokenBuffer.WORD && finiteVerbLike(w);
                int n = w + 1;
                if (verb && t.is(w, ',') && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n) && (isSubjectPronoun(n) || t.equalsIgnoreCase(n, "it")
                        || t.equalsIgnoreCase(n, "there") || d.mentions.isDeterminer(n) || isOwner(n) || t.isCapitalized(n)
                        || Words.QUANTITIES.contains(d.text, t.start(n), t.end(n))) && !Sieves.oneOf(d, n, NOT_IN_PLAIN_SUBJECT)) {
                    return w;
                }
            }
            return end;
        }

        /** Words that open a clause of concession, time or condition inside a sentence, before a main clause that follows it. */
        private static final String[] INNER_SUBORDINATORS = {"while", "although", "though", "when", "once", "whereas", "because",
            "since", "if", "unless", "until"};

        /** Tokens at most from a comma to the verb after it, and from a reported clause to the comma that ends it, for {@link #innerSubordinateEnd}. */
        private static final int INNER_SUBORDINATE_TOKENS = 24;

        /**
         * Where a clause from {@code c} ends: at the end of the sentence, or before a semicolon,
         * a colon or a dash that sets off what follows (not one opening an aside that a second dash
         * closes).
         */
        private int clauseEnd(int c, int e) {
            int opening = openingPhraseComma(c, e);
            if (opening > 0) {
                return clauseEnd(opening + 1, e);   // "that through the end of March, spending …": the comma closes an opening phrase
            }
            int concession = opening < 0 ? concessionComma(c, e) : -1;
            if (concession > 0) {
                return clauseEnd(concession + 1, e);   // "if reelected, she would ask …": the comma closes the condition, not the clause
            }
            if (c >= endScanFrom && c < endFound && endFound <= e) {
                return endFound;   // clauses of one sentence start further on each time: scan once
            }
            endScanFrom = c;
            endFound = scanClauseEnd(c, e);
            return endFound;
        }

        /**
         * The comma that closes a phrase of time, place or condition opening the clause at {@code c}
         * after {@code that} ({@code that in May, …}, {@code that if the dam fails, …}), within
         * {@link #OPENING_WINDOW} tokens and before any other mark; -1 if none.
         */
        private int openingPhraseComma(int c, int e) {
            if (c + 2 >= e || !(t.equalsIgnoreCase(c, "that") ? Words.ADJUNCTS.contains(d.text, t.start(c + 1), t.end(c + 1))
                    && !t.equalsIgnoreCase(c + 1, "of") && !t.equalsIgnoreCase(c + 1, "about") && !t.equalsIgnoreCase(c + 1, "as")
                    : opensSubordinate(c, e)) || t.kind(c + 1) != TokenBuffer.WORD || d.inQuote(c + 1)) {
                return -1;
            }
            for (int k = c + 2; k < Math.min(e - 1, c + OPENING_WINDOW); k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER) {
                    return t.is(k, ',') && !d.inQuote(k) && t.kind(k + 1) == TokenBuffer.WORD ? k : -1;
                }
            }
            return -1;
        }

        private int scanClauseEnd(int c, int e) {
            int ownVerb = subjectVerb(c, e);   // found once: the clause's own verb after its subject, or -1
            for (int k = c + 1; k < e; k++) {
                if (t.is(k, ',') && !d.inQuote(k) && (comparisonFollows(k + 1, e) || narrationAfterAnd(k + 1, e))) {
                    return k;   // "…, as have others", "…, as was the case in May": the narrator's comparison
                }
                int asideEnd = t.is(k, ',') ? relativeAsideInSubject(c, k, e) : -1;
                if (asideEnd > 0) {
                    k = asideEnd;   // "that the ferry, which sank in May, will be raised": the clause's verb comes after the aside
                    continue;
                }
                if (t.kind(k) == TokenBuffer.DASH && !d.inQuote(k)) {
                    int close = closingDash(k, e);
                    if (close > 0) {
                        k = close;   // "… that the plan — a gamble, she says — will fail": an aside between dashes
                        continue;
                    }
                }
                // a colon before a lower-case word opens an explanation that belongs to the clause ("had one flaw: it …")
                if (!d.inQuote(k) && (t.is(k, ';') || t.is(k, ':') && !(k + 1 < e && t.kind(k + 1) == TokenBuffer.WORD
                        && !t.isCapitalized(k + 1) && !d.inQuote(k + 1)) && !figureFollowsColon(k, e) || t.kind(k) == TokenBuffer.DASH && !brokenWord(k, e)
                        || t.is(k, ',') && (attributionFollows(k + 1, e) || newClauseFollows(k + 1, e) && !reportGoesOn(k + 1)
                                && !lastListItemFollows(c, k))
                        || k > c + 1 && t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but"))
                                && attributionFollows(k + 1, e) && !subjectGoesOn(c, k, e))) {
                    return k;   // "… and officials said …": another report
                }
                if (endsFragmentWithComma(k) && (attributionFollows(k + 1, e) || newClauseFollows(k + 1, e))) {
                    return k + 1;   // "… was “long overdue,” adding that …": the clause ends after the fragment
                }
                if (k > c && !d.inQuote(k) && isConjunction(k) && !(t.is(k - 1, ',') && reportGoesOn(k)) && !adjectivesJoined(k)
                        && (predicateFollows(k + 1, e) || secondActFollows(c, k) || finiteActAfterObject(c, k, e))
                        && !((pronounClause(c) || ownSecondPredicate(ownVerb, k)) && !speechFollowsConjunction(k + 1, e))
                        && !subjectGoesOn(c, k, e)) {
                    return k;   // "… and took issue with …": the subject's next act, the narrator's report
                }
            }
            return e;
        }

        /**
         * {@code worried about the hurried and botched repairs}: whether the conjunction at {@code k} joins
         * two words in {@code -ed} between a determiner and their noun, adjectives of one noun phrase,
         * not a predicate and the next.
         */
        private boolean adjectivesJoined(int k) {
            return k >= 2 && k + 2 < t.size() && d.mentions.isDeterminer(k - 2) && pastVerb(k - 1) && pastVerb(k + 1)
                    && t.kind(k + 2) == TokenBuffer.WORD && !t.isCapitalized(k + 2) && !d.inQuote(k + 2)
                    && !d.mentions.isFunctionWord(k + 2) && !d.mentions.isDeterminer(k + 2);
        }

        /**
         * {@code said that the ferry, which sank in May, will be raised}, {@code said the barges, numbering
         * forty, must be moved}: the comma that closes a relative clause or a phrase opened by a participle
         * in {@code -ing}, set off by the comma at {@code k}, when that comma follows the short subject of the clause
         * from {@code c} (after {@code that}, {@code whether} or {@code if}; at most
         * {@link #OPEN_SUBJECT_TOKENS} words, no verb among them) and the clause's own predicate resumes
         * after the closing comma, within {@link #RELATIVE_ASIDE_TOKENS} tokens: the aside describes the
         * subject, and the report goes on to its verb; else -1.
         */
        private int relativeAsideInSubject(int c, int k, int e) {
            int a = t.equalsIgnoreCase(c, "that") || t.equalsIgnoreCase(c, "whether") || t.equalsIgnoreCase(c, "if") ? c + 1 : c;
            if (k <= a || k - a > OPEN_SUBJECT_TOKENS || k + 2 >= e || d.inQuote(k + 1) || t.kind(k + 1) != TokenBuffer.WORD
                    || !(Sieves.oneOf(d, k + 1, SUBJECT_ASIDE_RELATIVES) || presentParticiple(k + 1) || Sieves.oneOf(d, k + 1, SUBJECT_ASIDE_OPENERS))) {
                return -1;
            }
            for (int w = a; w < k; w++) {
                if (d.inQuote(w) || !(t.kind(w) == TokenBuffer.WORD || d.mentions.isPossessiveMark(w) || t.is(w, '.'))
                        || t.kind(w) == TokenBuffer.WORD && (finiteVerbLike(w) || isSubjectPronoun(w) || Sieves.oneOf(d, w, NOT_IN_PLAIN_SUBJECT))) {
                    return -1;   // "said the pier was shut, which …": the clause has its verb; the relative tells of it
                }
            }
            boolean apposition = d.mentions.isDeterminer(k + 1) && Sieves.oneOf(d, k + 1, SUBJECT_ASIDE_OPENERS);
            for (int j = k + 2; j < Math.min(e, k + 2 + RELATIVE_ASIDE_TOKENS); j++) {
                if (d.inQuote(j) || t.kind(j) == TokenBuffer.DASH || t.is(j, ';') || t.is(j, ':')
                        || apposition && t.kind(j) == TokenBuffer.WORD && (isBe(j) || isHave(j) || isAuxiliary(j) || Sieves.oneOf(d, j, MODALS))) {
                    return -1;   // "that the tolls, the fees and the dues would rise, …": a list with its verb, no apposition
                }
                if (t.is(j, ',')) {
                    return predicateResumes(j + 1, e) || j + 1 < e && !d.inQuote(j + 1) && Sieves.oneOf(d, j + 1, MODALS) ? j : -1;
                }
            }
            return -1;
        }

        /** Relative words that open an aside about the subject of a reported clause ({@code that the ferry, which …,}). */
        private static final String[] SUBJECT_ASIDE_RELATIVES = {"which", "who", "whose"};

        /**
         * Words that open another aside about the subject of a reported clause: an apposition ({@code that the pier,
         * an old dock, will …}) or a concession ({@code that the toll, though it rose, was …}).
         */
        private static final String[] SUBJECT_ASIDE_OPENERS = {"a", "an", "the", "though", "although"};

        /** Tokens at most of a relative clause between commas after the subject of a reported clause. */
        private static final int RELATIVE_ASIDE_TOKENS = 16;

        /**
         * {@code found the toll had one effect: 40 percent fewer crossings}: whether a figure follows
         * the colon at {@code k} after a space (a number, or a sign of money and a number): the
         * figure that the clause announces, part of the report, not a sentence of the narrator's.
         */
        private boolean figureFollowsColon(int k, int e) {
            int j = k + 1;
            if (j < e && !d.inQuote(j) && t.end(k) < t.start(j) && t.length(j) == 1 && d.text.charAt(t.start(j)) == '$') {
                j++;
            }
            return j < e && !d.inQuote(j) && t.end(k) < t.start(k + 1) && t.kind(j) == TokenBuffer.NUMBER;
        }

        /**
         * {@code said the rain and cold wind could last}, {@code that Ohio and Utah show …}: whether the
         * conjunction at {@code k} joins a second noun phrase to a subject that the clause from {@code c}
         * has opened with no verb yet (at most {@link #OPEN_SUBJECT_TOKENS} tokens, after {@code that}
         * if any), a verb of their own following that second phrase within {@link #PHRASE_WORDS}
         * words: a clause does not end before its verb, so it goes on past the conjunction.
         */
        private boolean subjectGoesOn(int c, int k, int e) {
            int opener = subjectOpener(c, k);
            boolean that = opener >= 0;
            int a = that ? opener + 1 : c;
            int j = k + 1;
            if (k <= a || k - a > OPEN_SUBJECT_TOKENS || j + 1 >= e || !t.equalsIgnoreCase(k, "and")
                    || !(that || c > 0 && t.kind(c - 1) == TokenBuffer.WORD && !d.inQuote(c - 1) && (Sieves.oneOf(d, c - 1, SAY_FORMS)
                            || Words.BELIEF_VERBS.contains(d.text, t.start(c - 1), t.end(c - 1))))) {
                return false;   // "posted a photo and Corrow said …": an object, which needs no verb of its own
            }
            for (int w = a; w < k; w++) {
                if (that && w > a && t.is(w, ',') && !d.inQuote(w)) {
                    continue;   // "how large, rusty and damaged barges are …": a list in the subject of an opened clause
                }
                if (!(t.kind(w) == TokenBuffer.WORD || d.mentions.isPossessiveMark(w)) || d.inQuote(w) || finiteVerbLike(w)
                        || Sieves.oneOf(d, w, NOT_IN_PLAIN_SUBJECT) || w + 1 < k && isSubjectPronoun(w)) {
                    return false;   // "said the pier was safe and planned …", "said she likes it and …": the clause has its verb
                }
            }
            boolean adjective = pastVerb(j);   // "and unsettled weather could …"
            if (t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || Sieves.oneOf(d, j, NOT_IN_PLAIN_SUBJECT) || d.mentions.isVerbFiller(j)
                    || presentParticiple(j) || (adjective ? cueAt(j) > 0 || isObjectVerb(j) : finiteVerbLike(j))) {
                return false;   // "… and said …", "… and has …", "… and predicted …": the speaker's next act
            }
            for (int v = j + 1; v < Math.min(e, j + 1 + PHRASE_WORDS); v++) {
                if (t.kind(v) != TokenBuffer.WORD || d.inQuote(v) || Sieves.oneOf(d, v, NOT_IN_PLAIN_SUBJECT) || presentParticiple(v)) {
                    return false;
                }
                if (!(adjective && v == j + 1) && (verbLike(v) || isAuxiliary(v) || Sieves.oneOf(d, v, MODALS) || cueAt(v) > 0)) {
                    return true;   // "… and cold wind could …", "… and Utah show …"
                }
            }
            return false;
        }

        /**
         * {@code that the pier and …}, {@code how old and …}, {@code …, because the crew and …}: the
         * nearest word before the conjunction at {@code k}, at most {@link #OPEN_SUBJECT_TOKENS} tokens back
         * and not before {@code c}, that opens a clause which needs a subject and a verb of its own
         * ({@code that}, a question word or a subordinating word of {@link #SUBJECT_OPENERS}); -1 if none.
         */
        private int subjectOpener(int c, int k) {
            for (int w = k - 1; w >= c && k - w <= OPEN_SUBJECT_TOKENS + 1; w--) {
                if (t.kind(w) == TokenBuffer.WORD && !d.inQuote(w) && (t.equalsIgnoreCase(w, "that") || Sieves.oneOf(d, w, SUBJECT_OPENERS))) {
                    return w;
                }
            }
            return -1;
        }

        /**
         * Words besides {@code that} that open a clause with a subject and a verb of its own inside a report
         * ({@link #subjectOpener}); not those that are also prepositions ({@code since}), nor those of time or
         * contrast ({@code while}, {@code when}), which as often open the narrator's own clause.
         */
        private static final String[] SUBJECT_OPENERS = {"whether", "if", "how", "why", "because", "unless"};

        /** Whether word {@code k} reads as a verb that a subject takes: a form of be or have, an auxiliary or modal, a verb in the past, of report or stance. */
        private boolean finiteVerbLike(int k) {
            return verbLike(k) || isAuxiliary(k) || Sieves.oneOf(d, k, MODALS) || cueAt(k) > 0 || isObjectVerb(k);
        }

        /** Forms of say, which report a clause opened by its subject ({@code said the pier …}). */
        private static final String[] SAY_FORMS = {"say", "says", "said", "saying"};

        /** Tokens at most of a subject that a clause has opened when a conjunction joins a second one to it. */
        private static final int OPEN_SUBJECT_TOKENS = 6;

        /**
         * {@code …, as have others}, {@code …, as was the case …}: whether {@code as} and an auxiliary
         * or a form of be or have open the words at {@code j}, after a comma: a comparison of the
         * narrator's with what others did, no part of the report.
         */
        private boolean comparisonFollows(int j, int e) {
            return j + 1 < e && t.equalsIgnoreCase(j, "as") && !d.inQuote(j) && !d.inQuote(j + 1) && Sieves.oneOf(d, j + 1, AUXILIARIES);
        }

        /**
         * {@code …, and there were …}, {@code …, and when asked …}, {@code …, and after the vote …}:
         * whether {@code and} at {@code j}, after a comma, opens a clause with {@code there} or a
         * subordinate word of time, manner or condition: the narrator goes on, no longer the report.
         */
        private boolean narrationAfterAnd(int j, int e) {
            return j + 1 < e && t.equalsIgnoreCase(j, "and") && !d.inQuote(j + 1) && Sieves.oneOf(d, j + 1, NARRATION_OPENERS);
        }

        /** Words that open the narrator's own clause after {@code , and}. */
        private static final String[] NARRATION_OPENERS = {"there", "when", "after", "as", "like", "now", "while", "if", "so", "before",
            "since"};

        /**
         * {@code the con- clusion}, {@code above- and below-ground}: whether the hyphen at {@code k}
         * hangs on the end of the word before it, a space and a lower-case word after it: a word
         * broken across a line or a compound whose head comes later, no dash that ends a clause.
         */
        private boolean brokenWord(int k, int e) {
            return k > 0 && k + 1 < e && t.length(k) == 1 && d.text.charAt(t.start(k)) == '-' && t.kind(k - 1) == TokenBuffer.WORD
                    && t.end(k - 1) == t.start(k) && t.end(k) < t.start(k + 1) && t.kind(k + 1) == TokenBuffer.WORD
                    && !t.isCapitalized(k + 1);
        }

        /**
         * The dash that closes an aside opened by the dash at {@code k}, when one follows in the
         * sentence before {@code e} and words follow it; else -1. Stops at the next dash, so that
         * scanning a sentence's dashes in turn stays linear.
         */
        private int closingDash(int k, int e) {
            for (int j = k + 1; j < e; j++) {
                if (t.kind(j) == TokenBuffer.DASH) {
                    return j > k + 1 && j + 1 < e && t.kind(j + 1) == TokenBuffer.WORD && !d.inQuote(j) ? j : -1;
                }
            }
            return -1;
        }

        /**
         * Whether the clause from {@code c} opens with a subject pronoun, after {@code that} if any
         * ({@code said he was unsure …}): a second predicate joined to it by {@code and} or {@code but}
         * is that subject's, still the report ({@code …, but planned to follow it}).
         */
        private boolean pronounClause(int c) {
            int j = t.equalsIgnoreCase(c, "that") && c + 1 < t.size() ? c + 1 : c;
            return t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && isSubjectPronoun(j);
        }

        /**
         * {@code said the ferry line has debts and needs a buyer}: the verb of the clause from
         * {@code c} (after {@code that} if any) when it opens with a noun phrase (a determiner, an
         * owner, a name or a number) that a verb follows within {@link #SUBJECT_VERB_WINDOW} tokens
         * of words: a clause with a subject and a verb of its own, whose second predicate is that
         * subject's ({@link #ownSecondPredicate}); else -1.
         */
        private int subjectVerb(int c, int e) {
            int j = t.equalsIgnoreCase(c, "that") ? c + 1 : c;
            if (j >= e || d.inQuote(j) || !(t.kind(j) == TokenBuffer.NUMBER || t.kind(j) == TokenBuffer.WORD
                    && (d.mentions.isDeterminer(j) || isOwner(j) || t.isCapitalized(j) && !verbLike(j)))) {
                return -1;
            }
            for (int k = j + 1; k < e && k - j <= SUBJECT_VERB_WINDOW; k++) {
                if (d.inQuote(k) || !t.isWordLike(k) && !t.is(k, '\'')) {
                    return -1;
                }
                if (t.kind(k) == TokenBuffer.WORD && verbLike(k) && !d.mentions.isFunctionWord(k - 1)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether the predicate after the conjunction at {@code k} belongs to the subject of the
         * clause whose verb {@link #subjectVerb} found at {@code ownVerb}: that verb comes before
         * {@code k}, and is a form of have or a verb in the past, or else the predicate is no verb
         * in the past ({@code said the levy is unfair and needs …}); after a modal or a form of be,
         * a verb in the past is the speaker's next act ({@code said the bridge would reopen and
         * attempted to …}).
         */
        private boolean ownSecondPredicate(int ownVerb, int k) {
            return ownVerb > 0 && ownVerb < k && (isHave(ownVerb) || pastVerb(ownVerb) || k + 1 >= t.size() || !pastVerb(k + 1));
        }

        /** Tokens at most from the start of a clause's subject to its verb for {@link #subjectVerb}. */
        static final int SUBJECT_VERB_WINDOW = 6;

        /**
         * {@code … and warned that …}, {@code … but also said …}: whether the predicate at {@code j},
         * after a conjunction, is a verb of speech ({@code speech-verbs.txt}), past at most two
         * auxiliaries or adverbs: a report of its own. A verb of thought, intent or stance there
         * ({@code said she found the fee unfair and favored a cut}) goes on with the report it follows.
         */
        private boolean speechFollowsConjunction(int j, int e) {
            int v = j;
            while (v + 1 < e && v - j < 2 && t.kind(v) == TokenBuffer.WORD && !d.inQuote(v)
                    && (d.mentions.isVerbFiller(v) || isHave(v) || isAuxiliary(v))) {
                v++;   // "… but also said …"
            }
            return v < e && t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && d.verbAt(v) > 0;
        }

        /** {@code and}, {@code but}, {@code yet}: a word that joins a second predicate to the subject's first. */
        private boolean isConjunction(int k) {
            return t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but")
                    || t.equalsIgnoreCase(k, "yet"));
        }

        /**
         * Whether a predicate without a subject opens at {@code j}, after a conjunction: a verb in the
         * past ({@code … and attempted to …}), a verb of speech or stance ({@code … but took issue},
         * {@code … and points out}), after at most one adverb or auxiliary ({@code … and has said});
         * such a predicate belongs to the subject of the reporting verb, not to the clause it reports.
         */
        private boolean predicateFollows(int j, int e) {
            if (j < e && t.kind(j) == TokenBuffer.WORD && d.mentions.isVerbFiller(j) && j + 1 < e
                    && t.kind(j + 1) == TokenBuffer.WORD && !d.mentions.isVerbFiller(j + 1)
                    && (pastVerb(j + 1) || cueAt(j + 1) > 0 || isObjectVerb(j + 1))) {
                return true;   // "… and has said …", "… and also called …"
            }
            return j < e && t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && !t.isCapitalized(j)
                    && (pastVerb(j) || cueAt(j) > 0 || isObjectVerb(j));
        }

        /**
         * {@code endorsed Corrow and has been a critic of …}, {@code attacking the levy and visiting the
         * mill}: whether the conjunction at {@code k} ends a short object of the verb of stance or the
         * participle of report right before {@code c} and opens that subject's second act: an
         * auxiliary after it (after a verb of stance), or a participle like the verb's own (after a
         * participle). A longer object or one with a mark in it may hold a clause of its own, whose
         * predicates these could be ({@code preferred a pilot who is calm and will …}).
         */
        private boolean secondActFollows(int c, int k) {
            int j = k + 1;
            if (c < 1 || j + 1 >= t.size() || k - c > SECOND_ACT_OBJECT_TOKENS || t.kind(j) != TokenBuffer.WORD || d.inQuote(j)
                    || t.isCapitalized(j) || t.equalsIgnoreCase(c, "that") || Sieves.oneOf(d, c, QUESTION_WORDS)) {
                return false;   // "describing how jobs making engines and heating …": a clause, not an object
            }
            for (int w = c; w < k; w++) {
                if (t.kind(w) != TokenBuffer.WORD && t.kind(w) != TokenBuffer.NUMBER || d.inQuote(w)) {
                    return false;   // "citing slow growth, debt and rising costs": a list
                }
            }
            int v = c - 1;
            if (t.kind(v) != TokenBuffer.WORD) {
                return false;
            }
            if (Sieves.oneOf(d, j, AUXILIARIES)) {
                return isObjectVerb(v) && t.kind(j + 1) == TokenBuffer.WORD && !t.isCapitalized(j + 1);
            }
            if (v > 0 && !t.isCapitalized(v) && d.mentions.isFunctionWord(v) && t.kind(v - 1) == TokenBuffer.WORD) {
                v--;   // "railing against the fee and …"
            }
            return presentParticiple(j) && presentParticiple(v) && (cueAt(v) > 0 || isObjectVerb(v) || isObjectPhrase(v));
        }

        /**
         * {@code mentioned the levy and went home}, {@code urged the crew to sail but was careful …}: whether
         * the conjunction at {@code k} ends a plain object from {@code c} (a noun phrase, or an infinitive
         * and its object) and opens a finite verb, past at most one adverb: an auxiliary, a form of be or
         * have, a modal or a common irregular past. A noun phrase or an infinitive takes no finite verb as
         * its second part, so that verb is the speaker's next act, not the report. The object holds no verb
         * of its own (none but the infinitive's), no relative or question word, no subject pronoun, no
         * mark but a comma right before the conjunction, at most {@link #OBJECT_ACT_TOKENS} tokens; verbs
         * in {@code -ed} after a conjunction are {@link #predicateFollows}' already.
         */
        private boolean finiteActAfterObject(int c, int k, int e) {
            int j = k + 1;
            if (j + 1 >= e || k - c > OBJECT_ACT_TOKENS || !(t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but"))
                    || t.kind(c) != TokenBuffer.WORD || d.inQuote(c) || t.equalsIgnoreCase(c, "that")
                    || Sieves.oneOf(d, c, QUESTION_WORDS) || isSubjectPronoun(c)) {
                return false;
            }
            for (int w = c; w < k; w++) {
                if (d.inQuote(w)) {
                    return false;
                }
                if (t.kind(w) != TokenBuffer.WORD) {
                    if (t.kind(w) == TokenBuffer.NUMBER || d.mentions.isPossessiveMark(w) || t.is(w, '.')
                            || t.is(w, ',') && w == k - 1) {
                        continue;   // "Corrow's plan", "Mr. Corrow", "the 1998 levy", "to calm the crowd, and …"
                    }
                    return false;   // "cited slow growth, debt and …": a list, whose last item may be anything
                }
                if (w > c && t.equalsIgnoreCase(w - 1, "to")) {
                    continue;   // the infinitive's own verb ("urged the crew to succeed")
                }
                if (isBe(w) || isHave(w) || isAuxiliary(w) && !t.equalsIgnoreCase(w, "not") && !t.equalsIgnoreCase(w, "never") || Sieves.oneOf(d, w, MODALS) || pastVerb(w) || Sieves.oneOf(d, w, OBJECT_ACT_PASTS)
                        || Sieves.oneOf(d, w, QUESTION_WORDS) || t.equalsIgnoreCase(w, "that") || isSubjectPronoun(w)
                        || verbBeforeObject(c, w, k)) {
                    return false;   // "said the pier was shut and …", "backed a plan that has …": a clause of its own goes on
                }
            }
            int v = j;
            if (d.mentions.isVerbFiller(v) && !isBe(v) && !isHave(v) && !Sieves.oneOf(d, v, AUXILIARIES) && !Sieves.oneOf(d, v, MODALS)) {
                v++;   // "… and then went …", "… but quickly was …"
            }
            return v < e && t.kind(v) == TokenBuffer.WORD && !d.inQuote(v) && !t.isCapitalized(v)
                    && (isBe(v) && !t.equalsIgnoreCase(v, "be") && !t.equalsIgnoreCase(v, "been") && !t.equalsIgnoreCase(v, "being")
                            || isHave(v) || Sieves.oneOf(d, v, AUXILIARIES) || Sieves.oneOf(d, v, MODALS) || Sieves.oneOf(d, v, OBJECT_ACT_PASTS));
        }

        /**
         * {@code argue the levy costs the town too much}, {@code said the growers want a cut}: whether word
         * {@code w}, before {@code k}, reads as a verb after its subject, before a determiner, a pronoun, a
         * number or {@code too}, after a word that is no determiner or function word: a lower-case word of
         * four letters or more in {@code -s} (not {@code -ss} or {@code -us}); or, past the first word of the
         * object from {@code c}, any lower-case word of three letters or more, no function word, preposition
         * ({@code deter raiders across the region}), adverb in {@code -ly} nor participle in {@code -ing}
         * ({@code praised her work preserving the mill}): a base form or an irregular past ({@code want},
         * {@code hurt}, {@code lost}). A plain object has no such verb; a noun before a determiner ({@code
         * the harbour toll this week}) reads so too, and the object then goes on as it would without
         * {@link #finiteActAfterObject}.
         */
        private boolean verbBeforeObject(int c, int w, int k) {
            int b = w - 1;
            int n = w + 1;
            if (b < 0 || n >= k || t.isCapitalized(w) || t.kind(b) != TokenBuffer.WORD
                    || d.mentions.isDeterminer(b) || d.mentions.isFunctionWord(b) || d.inQuote(n)) {
                return false;
            }
            boolean present = t.length(w) >= 4 && t.endsWith(w, "s") && !t.endsWith(w, "ss") && !t.endsWith(w, "us");
            boolean other = b >= c && t.length(w) >= 3 && !d.mentions.isFunctionWord(w) && !Sieves.isPreposition(d, w)
                    && !t.endsWith(w, "ly") && !t.endsWith(w, "ing");
            return (present || other) && (t.kind(n) == TokenBuffer.NUMBER || t.kind(n) == TokenBuffer.WORD
                    && (d.mentions.isDeterminer(n) || d.mentions.isPronoun(n) || t.equalsIgnoreCase(n, "too")));
        }

        /** Tokens at most of a plain object that {@link #finiteActAfterObject} ends at a conjunction. */
        static final int OBJECT_ACT_TOKENS = 14;

        /** Common verbs in the past that do not end in {@code -ed} and are not adjectives before a noun ({@code went}, {@code took}). */
        private static final String[] OBJECT_ACT_PASTS = {"went", "took", "made", "gave", "came", "saw", "knew", "thought", "kept",
            "began", "brought", "spoke", "wrote", "told", "said", "met", "drew", "threw", "stood", "sat", "ran", "got", "sent",
            "spent", "sought", "taught", "fought", "chose", "stole", "struck", "withdrew", "became", "did"};

        /**
         * {@code the growers who back the levy are angry}, {@code the unions that have endorsed her say
         * …}: where the object from {@code c} of a verb of stance at {@code i} in a relative clause ends
         * before {@code end}, at the main verb of the sentence its subject takes after it (an auxiliary,
         * a modal or a verb of speech); {@code end} when the verb opens no relative clause or none follows.
         */
        private int predicateStart(int from, int i, int c, int end) {
            int r = i - 1;
            if (r > from && Sieves.oneOf(d, r, PERFECT)) {
                r--;   // "that have endorsed"
            }
            if (r <= from || !Sieves.oneOf(d, r, RELATIVES) || d.inQuote(c)) {
                return end;
            }
            for (int k = c + 1; k < end; k++) {
                if (t.kind(k) == TokenBuffer.WORD && !t.isCapitalized(k) && t.kind(k - 1) == TokenBuffer.WORD
                        && !Sieves.oneOf(d, k - 1, RELATIVES) && !t.equalsIgnoreCase(k - 1, "to") && !d.mentions.isDeterminer(k - 1)
                        && (Sieves.oneOf(d, k, AUXILIARIES) || Sieves.oneOf(d, k, MODALS) || cueAt(k) > 0)) {
                    return k;
                }
                if (k > c + 1 && t.is(k, ',') && setOffBeforeVerb(k) && !t.isCapitalized(c)) {
                    return k;
                }
            }
            return end;
        }

        /** Tokens at most of the names set off after a relative clause ({@link #setOffBeforeVerb}). */
        private static final int SET_OFF_NAMES = 10;

        /**
         * {@code the councillors who opposed the closure, Amos Tolvane and Brisa Corvane, issued …},
         * {@code the growers who opposed the levy, including Amos Tolvane, left}: whether the comma at
         * token {@code k} opens names set off (a capitalized word or {@code including} first, up to
         * {@link #SET_OFF_NAMES} tokens) that a second comma closes before a lower-case word, the
         * sentence's main verb: the relative clause ends at the first comma.
         */
        private boolean setOffBeforeVerb(int k) {
            int n = k + 1;
            if (n >= t.size() || t.kind(n) != TokenBuffer.WORD || !(t.isCapitalized(n) && !Sieves.isOpeningConjunction(d, n) || t.equalsIgnoreCase(n, "including"))) {
                return false;
            }
            for (int j = n + 1; j < Math.min(t.size() - 1, n + SET_OFF_NAMES); j++) {
                if (d.inQuote(j) || d.endsSentence(j) || t.isBreak(j)) {
                    return false;
                }
                if (t.is(j, ',')) {
                    return t.kind(j + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(j + 1))
                            && !d.mentions.isFunctionWord(j + 1) && !d.mentions.isPronoun(j + 1);
                }
            }
            return false;
        }

        /** Words that open a relative clause about the noun before them. */
        private static final String[] RELATIVES = {"who", "that", "which"};
        /** Forms of have that make a perfect tense. */
        private static final String[] PERFECT = {"has", "have", "had"};
        /** Modal verbs, which open a predicate. */
        private static final String[] MODALS = {"can", "could", "should", "may", "might", "must", "shall"};

        /** Auxiliaries that open a second predicate after a conjunction. */
        private static final String[] AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does"};

        /** A lower-case word of six letters or more ending in {@code -ing}: most likely a verb's participle. */
        private boolean presentParticiple(int j) {
            int n = t.length(j);
            int end = t.end(j);
            return n >= 6 && t.kind(j) == TokenBuffer.WORD && !t.isCapitalized(j) && !d.inQuote(j)
                    && d.text.charAt(end - 1) == 'g' && d.text.charAt(end - 2) == 'n' && d.text.charAt(end - 3) == 'i'
                    && !t.equalsIgnoreCase(j, "including") && !t.equalsIgnoreCase(j, "according");
        }

        /**
         * Whether word {@code k} right after {@code it} at {@code j} reads as its verb: a lower-case
         * word that is no function word, pronoun or adverb in {@code -ly}, and ends no phrase ({@code
         * it found}, {@code it knew}; not {@code said it again}, {@code put it in writing}).
         */
        private boolean verbAfterIt(int j, int k) {
            if (!t.equalsIgnoreCase(j, "it") || d.inQuote(j) || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.isCapitalized(k)
                    || d.mentions.isFunctionWord(k) || d.mentions.isPronoun(k) || t.endsWith(k, "ly") || closesClause(k + 1)) {
                return false;
            }
            return !Words.ADJUNCTS.contains(d.text, t.start(k), t.end(k));
        }

        /** A lower-case word of five letters or more ending in {@code -ed}: most likely a verb in the past. */
        private boolean pastVerb(int j) {
            int n = t.length(j);
            return n >= 5 && !t.isCapitalized(j) && t.endsWith(j, "ed");
        }

        /** Whether word {@code j} is a verb of stance ({@code endorsed}, {@code opposes}). */
        private boolean isObjectVerb(int j) {
            return Words.OBJECT_VERBS.contains(d.text, t.start(j), t.end(j));
        }

        /**
         * Whether the narrator's own clause opens at token {@code j}, after a comma: {@code …, but
         * the vote …}, {@code …, while …}, {@code …, and the mayor …}, or a relative clause that
         * describes a word of the clause rather than continues it ({@code …, which …}, {@code …, who …}).
         */
        private boolean newClauseFollows(int j, int e) {
            if (j + 1 >= e || t.kind(j) != TokenBuffer.WORD || secondThatOfTheReport(j)) {
                return false;
            }
            if (t.equalsIgnoreCase(j, "but") || t.equalsIgnoreCase(j, "while") || t.equalsIgnoreCase(j, "although")
                    || t.equalsIgnoreCase(j, "though") || t.equalsIgnoreCase(j, "whereas") || t.equalsIgnoreCase(j, "which")
                    || t.equalsIgnoreCase(j, "who") || t.equalsIgnoreCase(j, "when")) {
                return true;
            }
            if (t.equalsIgnoreCase(j, "a") || t.equalsIgnoreCase(j, "an")
                    || t.equalsIgnoreCase(j, "one") && (t.equalsIgnoreCase(j + 1, "that") || t.equalsIgnoreCase(j + 1, "which"))
                    || t.equalsIgnoreCase(j, "even") && (t.equalsIgnoreCase(j + 1, "though") || t.equalsIgnoreCase(j + 1, "as")
                            || t.equalsIgnoreCase(j + 1, "if") || t.equalsIgnoreCase(j + 1, "when"))) {
                return true;   // "…, a plan that …", "…, one that …", "…, even though …": the narrator's description or concession
            }
            if (t.equalsIgnoreCase(j, "compared") || presentParticiple(j)
                    || d.mentions.isVerbFiller(j) && !isBe(j) && presentParticiple(j + 1)) {
                return true;   // "…, compared with …", "…, forcing airlines to …": the narrator's comment
            }
            if (t.equalsIgnoreCase(j + 1, "that") && (t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "but"))) {
                return false;   // "…, and that …": a second clause of the same report
            }
            return t.equalsIgnoreCase(j, "and") && (t.isCapitalized(j + 1) || d.mentions.isDeterminer(j + 1)
                    || d.mentions.isPronoun(j + 1));
        }

        /**
         * {@code said the levy should fall on cars, but not on bikes}, {@code …, but also on trucks},
         * {@code …, but rather on …}, {@code …, but only in May}, {@code said the mill would stay
         * open, even if prices fell}: whether the words at {@code j}, after a comma, set a part of the
         * report against another, put a condition on it or add a part of it with a participle that
         * works as a preposition, rather than open the narrator's own clause.
         */
        private boolean reportGoesOn(int j) {
            int n = j + 1;
            if (n >= t.size() || d.inQuote(j) || d.inQuote(n) || t.kind(n) != TokenBuffer.WORD) {
                return false;
            }
            if (n + 1 < t.size() && t.equalsIgnoreCase(n + 1, "that")) {
                return false;   // "…, but also that …": a second report, whose own verb may come before it
            }
            return t.equalsIgnoreCase(j, "but") && Sieves.oneOf(d, n, CONTRAST_WORDS)
                    || t.equalsIgnoreCase(j, "even") && t.equalsIgnoreCase(n, "if")
                    || Sieves.oneOf(d, j, PREPOSITION_PARTICIPLES);   // "…, including two in May"
        }

        /** Participles that work as prepositions and so open no act of anyone's ({@code including}, {@code depending on}). */
        private static final String[] PREPOSITION_PARTICIPLES = {"including", "excluding", "depending", "ranging", "beginning",
            "starting", "regarding", "concerning"};

        /** Words after {@code but} that set one part of a report against another ({@code but not}, {@code but also}). */
        private static final String[] CONTRAST_WORDS = {"not", "also", "rather", "only"};

        /**
         * {@code said the pier is safe, but that the road is not}: whether {@code but} at {@code j},
         * after a comma, opens a second clause of the same report with its {@code that}, as {@code and
         * that} does, rather than the narrator's own.
         */
        private boolean secondThatOfTheReport(int j) {
            int n = j + 2;
            return t.equalsIgnoreCase(j, "but") && n < t.size() && t.equalsIgnoreCase(j + 1, "that") && !d.inQuote(j + 1)
                    && t.kind(n) == TokenBuffer.WORD && !(isBe(n) || isHave(n) || isAuxiliary(n) || pastVerb(n) || contractedSubject(j + 1)
                            || d.text.charAt(t.start(n)) == '\'' || d.text.charAt(t.start(n)) == '\u2019' || t.endsWith(n, "n't")
                            || t.endsWith(n, "n\u2019t"));   // "…, but that may shift": that stands for what came before
        }

        /**
         * Whether another attribution opens at token {@code j}, after a comma: {@code …, and Smith,
         * an adviser, said …}, {@code …, but officials say …}.
         */
        private boolean attributionFollows(int j, int e) {
            if (j < e && t.kind(j) == TokenBuffer.WORD && cueAt(j) > 0 && Sieves.participle(d, j)) {
                return true;   // "…, adding that …"
            }
            if (j < e && (t.equalsIgnoreCase(j, "and") || t.equalsIgnoreCase(j, "but") || t.equalsIgnoreCase(j, "while"))) {
                j++;
                if (j < e && t.kind(j) == TokenBuffer.WORD && cueAt(j) > 0) {
                    return true;   // "…, but said …": the same subject reports another clause
                }
            }
            Mentions.Mention m = new Mentions.Mention();
            for (int k = j + 1; k < Math.min(e, j + ATTRIBUTION_WINDOW); k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD) {
                    continue;
                }
                if (cueAt(k) > 0) {
                    return d.mentions.subjectBefore(k, j - 1, m) && m.first == j || openingSubject(j, k, m)
                            || plainSubject(j, k);
                }
            }
            return false;
        }

        /** Words that open an indirect question after {@code asked}. */
        private static final String[] QUESTION_WORDS = {"whether", "if", "what", "which", "who", "whom", "whose", "how", "why",
            "when", "where"};

        /** Words that open a relative clause, an infinitive or a clause of their own, or join two: none stands in a plain subject. */
        private static final String[] NOT_IN_PLAIN_SUBJECT = {"that", "which", "who", "whom", "whose", "where", "to", "and", "or", "as", "if"};

        /**
         * {@code …, and most growers in the valley say …}: whether tokens {@code [j, v)}, after a comma
         * and a conjunction (or a conjunction alone before a share: {@code … and one in four said …}),
         * are a plain noun phrase of a few words before the reporting verb at
         * {@code v}, a lower-case verb in the present or past: words only, no verb of their own,
         * pronoun, relative word or infinitive, and not opened by a preposition.
         */
        private boolean plainSubject(int j, int v) {
            int c = j - 1 > 0 && isConjunction(j - 1) ? j - 2 : j - 1;
            boolean share = t.kind(j) == TokenBuffer.NUMBER || Words.QUANTITIES.contains(d.text, t.start(j), t.end(j));
            if (c < 0 || !t.is(c, ',') && !(share && c < j - 1) || v - j > SUBJECT_WORDS || v <= j || t.isCapitalized(v)
                    || presentParticiple(v) || Sieves.participle(d, v)
                    || t.kind(j) == TokenBuffer.WORD && Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j))) {
                return false;   // "…, in what appeared …", "…, with claims of …": a phrase, no subject
            }
            for (int k = j; k < v; k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || pastVerb(k) || presentParticiple(k) || isBe(k)
                        || isHave(k) || isAuxiliary(k) || isSubjectPronoun(k) || Sieves.oneOf(d, k, NOT_IN_PLAIN_SUBJECT)
                        || cueAt(k) > 0) {
                    return false;
                }
            }
            return true;
        }

        /** Words at most in the topic after {@code about} that opens a sentence before an inverted report. */
        private static final int TOPIC_WORDS = 12;

        /**
         * {@code Also about the vote reported the Gazette.}: a sentence (part) that opens with
         * {@code about}, perhaps after {@code also}, {@code and} or {@code but}, and its object, a few
         * words with no comma, a quotation or a reporting verb, right before the reporting verb at
         * {@code verb}, whose subject follows it and ends the sentence. Sets {@code m} to that subject
         * and returns the first token of the topic; else -1.
         */
        private int topicBeforeInverted(int from, int verb, int after, int e, Mentions.Mention m) {
            int k = from;
            if (k < verb && (t.equalsIgnoreCase(k, "also") || t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "but"))) {
                k++;
            }
            if (k + 1 >= verb || !t.equalsIgnoreCase(k, "about") || verb - k > TOPIC_WORDS || from > 0 && !opensSentenceAt(from)
                    || countAfterAbout(k + 1, verb)) {
                return -1;
            }
            for (int j = k + 1; j < verb; j++) {
                if (!t.isWordLike(j) && !d.mentions.isPossessiveMark(j) || d.inQuote(j) || d.verbAt(j) > 0) {
                    return -1;
                }
            }
            if (after >= e || !d.mentions.subjectAfter(after, e, m) || m.type == Mentions.PRONOUN) {
                return -1;
            }
            int next = m.last + 1;
            return next >= e || t.is(next, '.') ? k + 1 : -1;
        }

        /**
         * {@code About forty growers told the warden.}, {@code About a dozen clerks …}, {@code About 40 …}: whether
         * a number or a word of quantity (after {@code a} or {@code an}) opens the words at {@code n}, before
         * {@code verb}: {@code about} then counts the subject, and opens no topic.
         */
        private boolean countAfterAbout(int n, int verb) {
            int w = n + 1 < verb && (t.equalsIgnoreCase(n, "a") || t.equalsIgnoreCase(n, "an")) ? n + 1 : n;
            return t.kind(w) == TokenBuffer.NUMBER || t.kind(w) == TokenBuffer.WORD && Words.QUANTITIES.contains(d.text, t.start(w), t.end(w));
        }

        /** Whether token {@code k} opens its sentence: the text's first, or after a full stop, a break or a closing mark of a sentence. */
        private boolean opensSentenceAt(int k) {
            return k == 0 || t.isBreak(k - 1) || d.endsSentence(k - 1);
        }

        /**
         * {@code …, said Larry Lind, director of the institute.}: a verb right after a comma, a name
         * after it, and the sentence ending (or an apposition opening) right after the name.
         */
        private boolean invertedAfterComma(int from, int verb, int after, int e, Mentions.Mention m) {
            if (verb - 1 <= from || !t.is(verb - 1, ',') || !d.mentions.subjectAfter(after, e, m) || m.type != Mentions.NAME) {
                return false;
            }
            int next = m.last + 1;
            return next >= e || t.is(next, ',');
        }

        /**
         * Whether the inverted subject {@code m} is one: no verb in the past ends it, and the sentence
         * ends after it, or a comma, a dash, a parenthesis or a phrase of time or place follows
         * ({@code …, said the minister on Monday.}), not a verb ({@code …, said the plan failed},
         * {@code …, said the plan would fail}: a clause, its subject no speaker).
         */
        private boolean endsInvertedSubject(Mentions.Mention m, int e) {
            int j = m.last + 1;
            if (m.last > m.first && pastVerb(m.last)) {
                return false;
            }
            return j >= e || t.kind(j) != TokenBuffer.WORD && t.kind(j) != TokenBuffer.NUMBER
                    || Words.ADJUNCTS.contains(d.text, t.start(j), t.end(j)) || Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j));
        }

        /** {@code …, growers said.}: a plain noun phrase between a comma and the verb. */
        private boolean subjectAfterComma(int from, int verb, Mentions.Mention m) {
            for (int k = verb - 1; k > Math.max(from, verb - 7); k--) {
                if (t.is(k, ',')) {
                    return !d.inQuote(k) && openingSubject(k + 1, verb, m);
                }
            }
            return false;
        }

        /**
         * {@code Smith, a senator, who said …}: the relative {@code who} before the verb, as a
         * pronoun mention in {@code m}; returns the name of the person it stands for (the mention
         * before the comma), or null when there is no such mention. A {@code which} after a comma
         * stands so for a body ({@code the union, which endorsed …}).
         */
        private String relativeSubject(int from, int verb, Mentions.Mention m) {
            int w = beforeFillersAndAdverbs(from, verb);
            if (w - 2 >= from && t.equalsIgnoreCase(w, "whom") && t.equalsIgnoreCase(w - 1, "of")
                    && (t.kind(w - 2) == TokenBuffer.NUMBER || Words.QUANTITIES.contains(d.text, t.start(w - 2), t.end(w - 2)))) {
                m.first = w - 2;   // "the keepers, several of whom argue …": the share of those the relative stands for
                m.last = w;
                m.type = Mentions.DESCRIPTION;
                return d.text.substring(t.start(w - 2), t.end(w));
            }
            if (w - 1 < from || !t.equalsIgnoreCase(w, "who") && !(t.equalsIgnoreCase(w, "which") && t.is(w - 1, ','))) {
                return null;
            }
            if (!t.is(w - 1, ',')) {
                // "voters who said …", "four in 10 who said …", "Democrats who say …": the words before
                // it, not a name of a few words, stand for the people it names
                boolean percent = t.is(w - 1, '%') && w - 2 >= from && t.kind(w - 2) == TokenBuffer.NUMBER;
                boolean number = t.kind(w - 1) == TokenBuffer.NUMBER || percent;   // "12% who say …"
                boolean plural = t.kind(w - 1) == TokenBuffer.WORD && t.isCapitalized(w - 1) && t.length(w - 1) > SHORT_WORD_CHARS
                        && d.text.charAt(t.end(w - 1) - 1) == 's' && !(w - 2 >= 0 && t.kind(w - 2) == TokenBuffer.WORD
                                && t.isCapitalized(w - 2));
                boolean group = t.kind(w - 1) == TokenBuffer.WORD && !d.inQuote(w - 1) && Sieves.oneOf(d, w - 1, GROUPS_BEFORE_WHO);
                if (!number && !group && (t.kind(w - 1) != TokenBuffer.WORD || d.inQuote(w - 1) || d.mentions.isFunctionWord(w - 1)
                        || d.mentions.isPronoun(w - 1) || t.isCapitalized(w - 1) && !plural)) {
                    return null;
                }
                m.first = w;
                m.last = w;
                m.type = Mentions.PRONOUN;
                int f = percent ? w - 2 : w - 1;
                if (number && f - 2 >= from && (t.equalsIgnoreCase(f - 1, "in") || t.equalsIgnoreCase(f - 1, "of"))
                        && t.isWordLike(f - 2)) {
                    f -= 2;   // "three in 10 who said": the share
                }
                return d.text.substring(t.start(f), t.end(w - 1));
            }
            if (w - 2 < from) {
                return null;
            }
            // The mention before the comma, or before an apposition: "Lark, a senator, who said"
            int end = w - 2;
            for (int k = w - 2; k > Math.max(from, w - 14); k--) {
                if (t.is(k, ',')) {
                    end = k - 1;
                    break;
                }
                if (!t.isWordLike(k)) {
                    break;
                }
            }
            Mentions.Mention antecedent = new Mentions.Mention();
            if (!d.mentions.mentionEndingAt(end, from - 1, antecedent)) {
                return null;
            }
            d.mentions.openingHeadOfPhrase(antecedent, from - 1);   // "A spokesman for the port, who": the spokesman
            if (antecedent.type == Mentions.DESCRIPTION && d.mentions.isNameWord(antecedent.last)) {
                int f = antecedent.last;
                while (f - 1 >= antecedent.first && d.mentions.isNameWord(f - 1)) {
                    f--;
                }
                if (f - 2 >= antecedent.first && !d.mentions.isSpeakerNoun(f - 2)) {
                    antecedent.first = f;   // "drew fire from Ted Lark, who": Lark ("a senator from Ohio" stays)
                    antecedent.type = Mentions.NAME;
                }
            }
            m.first = w;
            m.last = w;
            m.type = Mentions.PRONOUN;
            int s = t.start(antecedent.first);
            int e = t.end(antecedent.last);
            String name = antecedent.type == Mentions.NAME ? d.names.fullName(s, e) : null;
            return name != null ? name : d.text.substring(s, e);
        }

        /** Words that stand alone for a group of people before {@code who} ({@code those who say …}, {@code some who fear …}). */
        private static final String[] GROUPS_BEFORE_WHO = {"those", "some", "others", "many", "most"};

        /**
         * {@code Lark on Tuesday said …}, {@code Lark last night told …}: the subject before a phrase of
         * time (a weekday, a month or a part of the day, with {@code on}, {@code in}, {@code last} or
         * {@code this} before it) that stands right before the verb.
         */
        private boolean subjectBeforeTime(int from, int verb, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, from, verb);
            if (j <= from || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || !isPeriod(j)) {
                return false;
            }
            int k = j;
            if (k - 1 > from && t.kind(k - 1) == TokenBuffer.WORD && isPeriod(k - 1)) {
                k--;   // "Tuesday night"
            }
            if (k - 1 > from && t.equalsIgnoreCase(k - 1, "past")) {
                k--;   // "this past week"
            }
            if (k - 1 > from && (t.equalsIgnoreCase(k - 1, "on") || t.equalsIgnoreCase(k - 1, "in") || t.equalsIgnoreCase(k - 1, "last")
                    || t.equalsIgnoreCase(k - 1, "this") || t.equalsIgnoreCase(k - 1, "earlier"))) {
                k--;
            }
            return k > from && (d.mentions.subjectBefore(k, from - 1, m) || openingSubject(from, k, m)) && m.last < k;
        }

        /**
         * A word of time that may close a phrase of time between a subject and its verb: a weekday, a
         * month or a part of the day ({@code time-words.txt}), or {@code week}, {@code month}, {@code
         * year}, {@code weekend}, {@code today}, {@code yesterday}, {@code earlier}.
         */
        private boolean isPeriod(int k) {
            return Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || t.equalsIgnoreCase(k, "week")
                    || t.equalsIgnoreCase(k, "month") || t.equalsIgnoreCase(k, "year") || t.equalsIgnoreCase(k, "weekend")
                    || t.equalsIgnoreCase(k, "today") || t.equalsIgnoreCase(k, "yesterday") || t.equalsIgnoreCase(k, "earlier");
        }

        /**
         * {@code Senator Ted Lark of Ohio, …}: a name of a few words, with a place or body joined by
         * {@code of}, filling tokens {@code [from, end)}, as the mention {@code m}.
         */
        private boolean namePhrase(int from, int end, Mentions.Mention m) {
            if (end - from > 6 || !d.mentions.isNameWord(from) || !d.mentions.isNameWord(end - 1)) {
                return false;
            }
            for (int k = from; k < end; k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD || !d.mentions.isNameWord(k) && !t.equalsIgnoreCase(k, "of")
                        && !t.equalsIgnoreCase(k, "the") && !d.mentions.isTitle(k)) {
                    return false;
                }
            }
            m.first = from;
            m.last = end - 1;
            m.type = Mentions.NAME;
            return true;
        }

        /**
         * {@code More than six in 10 said}, {@code 46 percent of voters say}, {@code Two in three
         * said}, {@code Some argue}, {@code Many of his voters believe}: a share of people, a phrase
         * of a few words with a number or a word of quantity in it, opening its part of the sentence.
         */
        private boolean shareSubject(int from, int verb, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, from, verb);
            int start = from;
            if (start < j && t.is(start, ',')) {
                start++;   // "…, but six in 10 said …": the comma that ended the clause before
            }
            if (start < j && (t.equalsIgnoreCase(start, "and") || t.equalsIgnoreCase(start, "but") || t.equalsIgnoreCase(start, "while"))) {
                start++;
            }
            if (j < start || j - start > 8) {
                return false;
            }
            boolean number = false;
            for (int k = start; k <= j; k++) {
                if (d.inQuote(k)) {
                    return false;
                }
                if (t.kind(k) == TokenBuffer.NUMBER) {
                    number = true;
                } else if (t.kind(k) == TokenBuffer.WORD) {
                    number |= Words.QUANTITIES.contains(d.text, t.start(k), t.end(k));
                    if (d.mentions.isPronoun(k) || d.mentions.isFunctionWord(k) && !d.mentions.isDeterminer(k) && !isOwner(k)
                            && !Words.QUANTITIES.contains(d.text, t.start(k), t.end(k))
                            && !t.equalsIgnoreCase(k, "than") && !t.equalsIgnoreCase(k, "in") && !t.equalsIgnoreCase(k, "of")
                            && !t.equalsIgnoreCase(k, "out") && !t.equalsIgnoreCase(k, "and")) {
                        return false;
                    }
                } else if (t.kind(k) != TokenBuffer.SYMBOL) {
                    return false;
                }
            }
            if (!number) {
                return false;
            }
            m.first = start;
            m.last = j;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code Growers who backed the plan said the board …}: when the relative clause before the
         * verb at {@code verb} was reported already (its object ends at {@code from}), the subject is
         * the noun phrase that {@code who} describes, opening the part at {@code part}, with its clause
         * up to the verb; {@code m} becomes it. No comma, quotation or line break may stand between
         * {@code who} and the verb, and the clause is at most {@link #RELATIVE_WINDOW} tokens long.
         */
        private boolean subjectAcrossRelativeReport(int part, int from, int verb, Mentions.Mention m) {
            for (int k = verb - 1; k > part && k >= verb - RELATIVE_WINDOW; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                if (t.equalsIgnoreCase(k, "who") && Character.isLowerCase(t.first(k))) {
                    if (k >= from || k + 1 >= verb) {
                        return false;
                    }
                    int head = headBeforeWho(part, k);
                    if (head != part) {
                        return false;
                    }
                    m.first = head;
                    m.last = verb - 1;
                    m.type = Mentions.DESCRIPTION;
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code Growers who watched the debate said …}: when the mention {@code m} found before a
         * verb ends a relative clause opened by {@code who} with no comma before it, within
         * {@link #RELATIVE_WINDOW} tokens, the speaker is the noun phrase the clause describes, and
         * {@code m} becomes it with its clause ({@code Growers who watched the debate}, not {@code
         * the debate}); false, {@code m} unchanged, otherwise.
         */
        private boolean restrictiveRelativeHead(int from, Mentions.Mention m) {
            if (m.first <= from) {
                return false;
            }
            for (int k = m.first - 1; k > from && k >= m.first - RELATIVE_WINDOW; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                if (t.equalsIgnoreCase(k, "who")) {
                    // "Officials who attended said": a lower-case word right after who, read as the mention, is the clause's verb
                    boolean verb = k + 1 == m.first && Character.isLowerCase(t.first(m.first)) && !d.mentions.isFunctionWord(m.first)
                            && !d.mentions.isPronoun(m.first) && !d.mentions.isDeterminer(m.first);
                    int head = k + 1 < m.first || verb ? headBeforeWho(from, k) : -1;
                    if (head < 0) {
                        return false;
                    }
                    m.first = head;   // the noun phrase with the clause that describes it
                    m.type = Mentions.DESCRIPTION;
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code Members who voted no said …}: when the reporting verb at {@code i} follows a
         * relative clause of {@code who}, a verb in lower case and the answer {@code yes} or {@code
         * no} (no mention, being function words), the speaker is the noun phrase the clause
         * describes, with its clause. Sets {@code m} to it.
         */
        private boolean answeringRelativeSubject(int from, int i, Mentions.Mention m) {
            int who = i - 3;
            if (who <= from || !(t.equalsIgnoreCase(i - 1, "yes") || t.equalsIgnoreCase(i - 1, "no"))
                    || t.kind(i - 2) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i - 2)) || d.mentions.isFunctionWord(i - 2)
                    || !t.equalsIgnoreCase(who, "who") || d.inQuote(who)) {
                return false;
            }
            int head = headBeforeWho(from, who);
            if (head < 0) {
                return false;
            }
            m.first = head;
            m.last = i - 1;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * The first token of the noun phrase, from {@code from} on, that the {@code who} at token
         * {@code k} describes ({@code Growers who …}), or -1 when there is none or it is a pronoun,
         * {@code that} or {@code which}.
         */
        private int headBeforeWho(int from, int k) {
            int head = subjectStart(from, k);
            return head < 0 || d.mentions.isPronoun(head) || t.equalsIgnoreCase(head, "that") || t.equalsIgnoreCase(head, "which") ? -1 : head;
        }

        /**
         * The subject of a verb that opens its part of the sentence, when the mention rules find
         * none: a plain noun phrase ({@code Dairy farmers said}, {@code 40%
         * say}), its head when a phrase after a preposition describes it ({@code Men under forty
         * support …}: {@code Men}), or a name with a long apposition ({@code Duarte, a retired engineer,
         * said}).
         */
        private boolean openingSubject(int from, int verb, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, from, verb);
            if (j < from || isConjunction(from) || t.equalsIgnoreCase(from, "or")) {
                return false;   // "… and said …": a second predicate, no subject of its own
            }
            if (t.is(j, ',') && j - from <= ATTRIBUTION_WINDOW * 3) {
                for (int k = from + 1; k < j; k++) {
                    if (t.is(k, ',')) {
                        boolean mention = d.mentions.mentionEndingAt(k - 1, from - 1, m);
                        if (mention) {
                            d.mentions.headOfPhrase(m, from - 1);   // "A clerk at the pier, who …, said": the clerk
                        }
                        return mention && m.first == from || namePhrase(from, k, m);
                    }
                }
                return false;
            }
            if (j - from >= 6 || isConjunction(j) || t.equalsIgnoreCase(j, "or")) {
                return false;   // "The warden blasted Okafor and said": a second predicate, the words before it no subject
            }
            boolean capitals = true;
            int head = j;
            for (int k = from; k <= j; k++) {
                boolean word = t.isWordLike(k) || t.kind(k) == TokenBuffer.SYMBOL && k > from;   // "40% say"
                if (head == j && k > from && k < j && k - from <= HEAD_WORDS && t.kind(k - 1) == TokenBuffer.WORD
                        && !d.mentions.isFunctionWord(k - 1) && Sieves.oneOf(d, k, HEAD_PREPOSITIONS) && plainHead(from, k)) {
                    head = k - 1;   // "Men under forty support …": the head before the phrase, the one who holds it
                    continue;
                }
                boolean function = d.mentions.isFunctionWord(k) && !t.equalsIgnoreCase(k, "of") && !t.equalsIgnoreCase(k, "and")
                        && !(k == from && d.mentions.isDeterminer(k)) && !(head < j && d.mentions.isDeterminer(k));
                if (!word || d.mentions.isPronoun(k) || function) {
                    return false;
                }
                if (head == j) {
                    capitals &= t.isCapitalized(k);
                }
            }
            m.first = from;
            m.last = head;
            m.type = capitals ? Mentions.NAME : Mentions.DESCRIPTION;
            return true;
        }

        /**
         * {@code as keen as they were}: the first {@code as} in {@code [c, end)}, else {@code end}; an
         * {@code as} after it is the second of a comparison. {@link #objectEnd} reads it once per object.
         */
        private int firstAs(int c, int end) {
            for (int w = c; w < end; w++) {
                if (t.equalsIgnoreCase(w, "as")) {
                    return w;
                }
            }
            return end;
        }

        /** Words after an aside between dashes that go on with the noun phrase before it. */
        private static final String[] ASIDE_CONTINUERS = {"of", "who", "that", "which", "to"};

        /** Words at most of the head of a subject before a phrase that describes it. */
        private static final int HEAD_WORDS = 3;

        /** Whether words {@code [from, k)} are no participles ({@code Holding rates}, {@code coupled}): a noun phrase alone. */
        private boolean plainHead(int from, int k) {
            for (int w = from; w < k; w++) {
                if (t.kind(w) != TokenBuffer.WORD || t.endsWith(w, "ing") || t.endsWith(w, "ed")) {
                    return false;
                }
            }
            return true;
        }

        /** Prepositions that open a phrase describing the subject before its verb ({@code growers under forty}). */
        private static final String[] HEAD_PREPOSITIONS = {"in", "from", "under", "over", "across", "along", "among", "at",
            "near", "outside", "inside", "within", "with", "without", "around", "between", "beyond"};

        /**
         * Whether the clause of the verb at {@code verb} opens with {@code that} or with a subject
         * pronoun and a word in lower case ({@code argue that …}, {@code saying he would …}; not
         * {@code it} or {@code you}: {@code reported it to …}).
         */
        private boolean thatClauseFollows(int verb, int after, int e) {
            int c = clauseStart(verb, after, e);
            return c >= 0 && c < e && (t.equalsIgnoreCase(c, "that") || isSubjectPronoun(c) && c + 1 < e
                    && t.kind(c + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(c + 1)));
        }

        /**
         * {@code …, while younger crews backed Okafor}, {@code growers in both valleys now favor …}: the
         * plural noun or name right before the verb of stance at {@code verb} (past auxiliaries and
         * adverbs, {@link IndirectFinder#PREVERB_WORDS} words at most), as the mention ending there,
         * when no rule finds the subject; not a plural before a verb in {@code -s}, which is no verb of
         * it ({@code farm loans reports}), nor one before a participle, which it heads ({@code growers
         * backing Okafor}), nor a possessive, a contraction, a word of time or a verb.
         */
        private boolean adjacentSubject(int from, int verb, Mentions.Mention m) {
            int k = verb - 1;
            while (k > from && verb - k <= PREVERB_WORDS && (d.mentions.isVerbFiller(k) || isAuxiliary(k) || preverbAdverb(k))) {
                k--;
            }
            if (k < from || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || d.mentions.isFunctionWord(k) || d.mentions.isPronoun(k)
                    || pastVerb(k) || presentParticiple(k) || d.mentions.isPossessive(k) || contractedSubject(k)
                    || Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k)) || presentParticiple(verb) && k == verb - 1) {
                return false;
            }
            boolean name = d.mentions.isNameWord(k) && k > from;
            boolean plural = pluralNoun(k) && !t.isCapitalized(k) && !(t.endsWith(verb, "s") && !t.endsWith(verb, "ss"));
            if (!name && !plural) {
                return false;
            }
            if (!d.mentions.mentionEndingAt(k, from - 1, m) || m.last != k) {
                m.first = k;
                m.last = k;
                m.type = name ? Mentions.NAME : Mentions.DESCRIPTION;
            }
            return true;
        }

        /**
         * {@code … a grower who said that …}: the relative {@code who}, {@code which} or {@code that}
         * right before the verb at {@code verb} (past auxiliaries and adverbs), as the pronoun mention
         * {@code m}, when no rule finds whom it stands for.
         */
        private boolean bareRelative(int from, int verb, Mentions.Mention m) {
            int w = beforeFillersAndAdverbs(from, verb);
            if (w < from || d.inQuote(w) || !isRelative(w)) {
                return false;
            }
            m.first = w;
            m.last = w;
            m.type = Mentions.PRONOUN;
            return true;
        }

        /** Verbs that lead, move or ask someone to do something: their object is the subject of the infinitive after it. */
        private static final String[] CAUSING_VERBS = {"lead", "leads", "led", "leading", "prompt", "prompts", "prompted", "prompting",
            "force", "forces", "forced", "cause", "causes", "caused", "push", "pushes", "pushed", "encourage", "encourages",
            "encouraged", "allow", "allows", "allowed", "invite", "invites", "invited", "persuade", "persuades", "persuaded",
            "convince", "convinces", "convinced", "inspire", "inspires", "inspired", "drive", "drives", "drove", "driven",
            "leave", "leaves", "leaving", "allowing", "forcing", "causing", "pushing", "encouraging", "inviting", "persuading",
            "convincing", "inspiring", "driving", "compel", "compels", "compelled",
            "compelling", "enable", "enables", "enabled", "enabling", "pressure", "pressures", "pressured", "pressuring"};
            // not "left", more often a place left: "left the hall to say …"

        /** Words at most of the object between a verb of {@link #CAUSING_VERBS} and its {@code to}: {@code the owners of the old mill}. */
        private static final int CAUSED_OBJECT_WORDS = 7;

        /**
         * {@code The delay pushed a few growers to claim that …}, {@code prompted the mayor to announce …}: the
         * object of a verb of leading or moving ({@link #CAUSING_VERBS}) before the {@code to} of the
         * reporting verb at {@code verb}, a pronoun, a quantity or a noun phrase of a few words, as the
         * mention {@code m}: the one moved to say it, not the subject of the sentence.
         */
        private boolean infinitiveSubject(int from, int verb, Mentions.Mention m) {
            int to = verb - 1;
            if (to - 2 < from || !t.equalsIgnoreCase(to, "to") || d.inQuote(to)) {
                return false;
            }
            for (int c = to - 2; c >= Math.max(from, to - 1 - CAUSED_OBJECT_WORDS - 1); c--) {
                if (t.kind(c) != TokenBuffer.WORD || d.inQuote(c)) {
                    return false;
                }
                if (Sieves.oneOf(d, c, CAUSING_VERBS) && !t.isCapitalized(c)) {
                    for (int k = c + 1; k < to; k++) {
                        boolean of = k > c + 1 && k < to - 1 && t.equalsIgnoreCase(k, "of");   // "the owners of the mill"
                        if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || d.mentions.isFunctionWord(k) && !d.mentions.isDeterminer(k)
                                && !isOwner(k) && !Words.QUANTITIES.contains(d.text, t.start(k), t.end(k)) && !isObjectPronoun(k) && !of) {
                            return false;
                        }
                    }
                    m.first = c + 1;
                    m.last = to - 1;
                    m.type = isObjectPronoun(c + 1) && c + 2 == to ? Mentions.PRONOUN
                            : d.mentions.isNameWord(to - 1) ? Mentions.NAME : Mentions.DESCRIPTION;
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a clause with a subject of its own opens after a comma or a semicolon between the last
         * report and the verb at {@code verb}: {@code "…, the ferryman frowned, citing …"}: the ferryman, not
         * the speaker of the report before; looked for no further back than the subject window.
         */
        private boolean subjectOfItsOwn(int from, int verb) {
            int start = Math.max(from, verb - SUBJECT_WINDOW);
            if (start == from && start + 1 < verb && t.is(start, ';')) {
                start++;   // "…; the ferryman doubts it but concedes …": the clause opens at the semicolon
            }
            Mentions.Mention own = new Mentions.Mention();
            if (!Sieves.sentenceSubject(d, start, verb, own) || own.first < start || own.first == 0 || own.last + 2 >= verb
                    || !(t.is(own.first - 1, ',') || t.is(own.first - 1, ';'))) {
                return false;
            }
            int next = own.last + 1;
            if (t.is(next, ',')) {
                // "…, the ferryman, the warden's cousin, frowned …" but not "…, its keeper, Ansel Quorn, and argued …"
                return !(t.equalsIgnoreCase(next + 1, "and") || t.equalsIgnoreCase(next + 1, "or"));
            }
            // a verb of its own, not "to" ("Hails Guild to Lower …")
            return t.kind(next) == TokenBuffer.WORD && Character.isLowerCase(t.first(next)) && !t.equalsIgnoreCase(next, "to");
        }

        /** Whether a relative {@code who}, {@code which} or {@code that} stands within two words before the verb at {@code verb}. */
        private boolean relativeBefore(int from, int verb) {
            for (int k = verb - 1; k >= Math.max(from, verb - 2); k--) {
                if (isRelative(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word {@code k} is the relative {@code who}, {@code which} or {@code that}. */
        private boolean isRelative(int k) {
            return t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "which") || t.equalsIgnoreCase(k, "that");
        }

        /**
         * {@code who has long said …}: {@link #beforeFillers}, passing also the adverbs ({@link
         * #preverbAdverb}) within {@link IndirectFinder#PREVERB_WORDS} words of the verb at {@code verb}.
         */
        private int beforeFillersAndAdverbs(int from, int verb) {
            int w = verb - 1;
            while (w > from && (d.mentions.isVerbFiller(w) || preverbAdverb(w) && verb - w <= PREVERB_WORDS)) {
                w--;
            }
            return w;
        }

        /**
         * {@code She was warned by the clerk that …}, {@code after being assured by the guild that …}:
         * when the verb at {@code i} (of {@code len} tokens) is a passive, a form of be or {@code being}
         * before it past at most two adverbs, and {@code by} and a mention after it that {@code that},
         * {@code whether} or {@code if} follows, that mention, the agent, is the speaker in {@code m}.
         */
        private void agentOfPassive(int i, int len, int e, Mentions.Mention m) {
            int by = i + len;
            if (len != 1 || by + 2 >= e || !t.equalsIgnoreCase(by, "by") || d.inQuote(by)
                    || !(pastVerb(i) || Sieves.oneOf(d, i, IRREGULAR_PARTICIPLES))) {
                return;
            }
            int b = i - 1;
            for (int n = 0; n < 2 && b > 0 && t.kind(b) == TokenBuffer.WORD && !d.inQuote(b) && !isBe(b)
                    && !t.equalsIgnoreCase(b, "being") && d.mentions.isVerbFiller(b); n++) {
                b--;   // "was not told", "were privately assured"
            }
            if (b < 0 || d.inQuote(b) || !(isBe(b) || negatedBe(b) || t.equalsIgnoreCase(b, "being"))) {
                return;
            }
            Mentions.Mention n = new Mentions.Mention();
            if (!d.mentions.subjectAfter(by + 1, e, n) || n.first != by + 1 || n.last + 1 >= e) {
                return;
            }
            int c = n.last + 1;
            if (t.equalsIgnoreCase(c, "that") || t.equalsIgnoreCase(c, "whether") || t.equalsIgnoreCase(c, "if")) {
                m.set(n);
            }
        }

        /**
         * {@code The plan, first disclosed by the Bugle, would …}: when the subject {@code m} is a lone
         * adverb between a comma and the participle at {@code i} (of one token), and {@code by}, a mention
         * and a comma follow the participle, that mention, the agent, is the speaker in {@code m}.
         */
        private void agentOfAside(int i, int len, int e, Mentions.Mention m) {
            int by = i + len;
            if (len != 1 || m.first != i - 1 || m.last != i - 1 || i < 2 || !t.is(i - 2, ',') || d.inQuote(i - 2)
                    || !(d.mentions.isVerbFiller(i - 1) || strayAdverb(i - 1)) || by + 2 >= e || !t.equalsIgnoreCase(by, "by")
                    || d.inQuote(by) || !(pastVerb(i) || Sieves.oneOf(d, i, IRREGULAR_PARTICIPLES))) {
                return;
            }
            Mentions.Mention n = new Mentions.Mention();
            if (d.mentions.subjectAfter(by + 1, e, n) && n.first == by + 1 && n.last + 1 < e && t.is(n.last + 1, ',')) {
                m.set(n);
            }
        }

        /** Adverbs without {@code -ly} that stand between a subject and its verb ({@code never quite admitted}, {@code together pledged}). */
        private static final String[] STRAY_ADVERBS = {"quite", "rather", "together", "very", "much", "ever", "somehow", "indeed"};

        /** Adverbs at most dropped from the end of a subject, with the commas between them. */
        private static final int STRAY_ADVERB_TOKENS = 4;

        /**
         * Whether word {@code k} is an adverb before a verb that a subject rule may take for the
         * subject's last word: one of {@link #STRAY_ADVERBS}, or a word in {@code -ly} of six letters
         * or more that is no noun for a person and follows no determiner or owner ({@code the family}).
         */
        private boolean strayAdverb(int k) {
            if (k < 0 || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || !Character.isLowerCase(t.first(k))) {
                return false;
            }
            if (Sieves.oneOf(d, k, STRAY_ADVERBS)) {
                return true;
            }
            return t.length(k) >= 6 && t.endsWith(k, "ly") && !d.mentions.isSpeakerNoun(k)
                    && !(k > 0 && (d.mentions.isDeterminer(k - 1) || d.mentions.isPossessive(k - 1)));
        }

        /**
         * {@code The clerks never quite admitted that …}, {@code She bluntly, openly criticized …}, {@code the
         * guilds, which together pledged …}: drops from the end of subject {@code m} the adverbs (and the
         * commas between them, at most {@link #STRAY_ADVERB_TOKENS} tokens) that a subject rule took for its
         * last words; when nothing else is left, takes the subject before them, or the relative {@code who}
         * or {@code which} there, whose name it returns. Leaves {@code m} as it was when no subject is found.
         */
        private String dropTrailingAdverbs(int from, Mentions.Mention m) {
            if (m.first < 0 || m.last < m.first || !strayAdverb(m.last)) {
                return null;
            }
            int k = m.last;
            int dropped = 0;
            while (k >= m.first && dropped < STRAY_ADVERB_TOKENS && (strayAdverb(k) || t.is(k, ',') && strayAdverb(k - 1))) {
                k--;
                dropped++;
            }
            if (k >= m.first) {
                if (strayAdverb(k) || t.is(k, ',')) {
                    return null;   // more adverbs than the window reads: left as found
                }
                m.last = k;   // "The bakers somehow sharply argued": the bakers
                return null;
            }
            int adverb = k + 1;   // the subject rule took nothing but adverbs: look before them
            while (adverb - 1 > from && adverb - 1 >= m.first - STRAY_ADVERB_TOKENS
                    && (strayAdverb(adverb - 1) || t.is(adverb - 1, ',') && strayAdverb(adverb - 2))) {
                adverb--;
            }
            Mentions.Mention n = new Mentions.Mention();
            if (d.mentions.subjectBefore(adverb, from - 1, n) && n.last < adverb) {
                m.set(n);
                return null;
            }
            String name = relativeSubject(from, adverb, n);
            if (name != null) {
                m.set(n);
            }
            return name;
        }

        /** Tokens at most from the clause of an opening participle to the comma that closes its phrase. */
        private static final int PARTICIPLE_PHRASE_TOKENS = 80;

        /** Words that may open a phrase of a participle before it: {@code After noting that …}, {@code While saying that …}. */
        private static final String[] PARTICIPLE_OPENERS = {"after", "before", "while", "by", "when", "since", "upon", "without",
                "besides"};

        /** Links of the narrator that may stand before a phrase of {@link #PARTICIPLE_OPENERS}: {@code Yet after noting that …}. */
        private static final String[] PARTICIPLE_LINKS = {"yet", "but", "and", "now", "so", "still", "then"};

        /**
         * {@code Noting that the ferry was late, the mayor left.}, {@code After arguing that the toll
         * was unfair, Lark …}: the comma that closes a phrase opened by the participle at {@code verb}
         * (after one word of {@link #PARTICIPLE_OPENERS} or an adverb in -ly at most), whose clause
         * {@code that} or a subject pronoun opens ({@code Since announcing in May that …}, {@code Noting
         * he had won, …}: {@link #thatClauseFollows}), when the sentence's subject and a verb in lower case
         * follow that comma; the subject into {@code m}. Else -1.
         */
        private int openingParticiple(int from, int verb, int after, int e, Mentions.Mention m) {
            if (t.length(verb) < 5 || !d.text.regionMatches(true, t.end(verb) - 3, "ing", 0, 3)) {
                return -1;
            }
            int first = from;
            if (first < verb && Sieves.oneOf(d, first, PARTICIPLE_LINKS)) {
                first++;   // "Yet after hinting that …", "Now, after hinting that …": the narrator's link before the phrase
                if (first < verb && t.is(first, ',')) {
                    first++;
                }
            }
            if (first + 2 < verb && t.equalsIgnoreCase(first, "in") && t.equalsIgnoreCase(first + 1, "addition")
                    && t.equalsIgnoreCase(first + 2, "to")) {
                first += 3;   // "In addition to hinting that …"
            }
            if (verb - first > 2) {
                return -1;
            }
            for (int k = first; k < verb; k++) {
                boolean adverb = t.kind(k) == TokenBuffer.WORD && t.length(k) > 4 && t.endsWith(k, "ly");
                if (!adverb && !Sieves.oneOf(d, k, PARTICIPLE_OPENERS)) {
                    return -1;
                }
            }
            int c = clauseStart(verb, after, e);
            if (c < 0 || c >= e || !thatClauseFollows(verb, after, e)) {
                return -1;   // "Noting the delay, …": no clause
            }
            int stop = Math.min(e, c + PARTICIPLE_PHRASE_TOKENS);   // a bound: the sentence may run on, part after part
            int comma = c + 1;
            while (comma < stop && !(t.is(comma, ',') && !d.inQuote(comma))) {
                comma++;
            }
            if (comma >= stop || comma + 1 >= e || !d.mentions.subjectAfter(comma + 1, Math.min(e, comma + 10), m)
                    || phraseStart(m.first, comma + 1) != comma + 1) {
                return -1;
            }
            int v = m.last + 1;
            return v < e && t.kind(v) == TokenBuffer.WORD && Character.isLowerCase(t.first(v)) ? comma : -1;
        }

        /**
         * The subject of a verb as the few words right before it, when no rule above finds one: a
         * noun phrase of up to four words that starts after a comma, a function word or the start
         * of its part, or at a determiner or possessive ({@code some friends}, {@code his advisers}),
         * unless the words belong to a predicate ({@link #predicateWords}).
         */
        private boolean nounPhraseBefore(int from, int verb, Mentions.Mention m) {
            int j = Sieves.beforeFillers(d, from, verb);
            if (j < from || t.kind(j) != TokenBuffer.WORD || d.mentions.isFunctionWord(j) || d.mentions.isPronoun(j)
                    || d.inQuote(j)) {
                return false;
            }
            int first = j;
            while (first - 1 >= from && j - first < 3 && t.kind(first - 1) == TokenBuffer.WORD && !d.inQuote(first - 1)) {
                int k = first - 1;
                if (d.mentions.isDeterminer(k) || d.mentions.isPossessive(k) || t.equalsIgnoreCase(k, "his")
                        || t.equalsIgnoreCase(k, "her") || t.equalsIgnoreCase(k, "their") || t.equalsIgnoreCase(k, "its")
                        || t.equalsIgnoreCase(k, "our")) {
                    first = k;
                    break;
                }
                if (d.mentions.isFunctionWord(k) || d.mentions.isPronoun(k) || cueAt(k) > 0) {
                    break;
                }
                first = k;
            }
            if (predicateWords(first, j)) {
                return false;
            }
            m.first = first;
            m.last = j;
            m.type = Mentions.DESCRIPTION;
            return true;
        }

        /**
         * Whether the words {@code first}..{@code j} before a verb belong to a predicate rather
         * than its subject: one lower-case word in -ing ({@code -- having argued that …}), an
         * auxiliary or a negated one ({@code don't}, {@code cannot}), a bare word after {@code to}
         * ({@code meets to help show}), or words after an auxiliary, {@code never}, a form of be or
         * of have that no {@code there} or {@code here} opens ({@code is letting us know}, {@code
         * never fully grasped}), save one word in -ed ({@code whose fees were raised say}).
         */
        private boolean predicateWords(int first, int j) {
            if (first == j && t.length(j) > 4 && t.endsWith(j, "ing") && !t.isCapitalized(j)) {
                return true;
            }
            if (t.equalsIgnoreCase(j, "cannot") || isAuxiliary(j) && !t.isCapitalized(j)) {
                return true;
            }
            int k = first - 1;
            if (k < 0 || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || t.isCapitalized(first)) {
                return false;
            }
            if (t.equalsIgnoreCase(k, "to")) {
                return !d.mentions.isDeterminer(first) && !d.mentions.isPossessive(first) && !isObjectPronoun(first)
                        && !(t.endsWith(j, "s") && !t.endsWith(j, "ss"));   // "to help", not "close to the growers"
            }
            if (isAuxiliary(k) || isBe(k) || isHave(k)) {
                // not "there is little doubt", nor the participle closing a relative clause ("whose fees were raised say")
                return !(first == j && t.endsWith(j, "ed")) && (k == 0 || !(t.equalsIgnoreCase(k - 1, "there") || t.equalsIgnoreCase(k - 1, "here")));
            }
            return false;
        }

        /**
         * {@code Asked whether …}, {@code When asked if …}: {@code asked} opening its part of the
         * sentence, a question word after it.
         */
        private boolean askedOpensPart(int from, int i, int e) {
            if (!t.equalsIgnoreCase(i, "asked") || i + 2 >= e || d.inQuote(i + 1)) {
                return false;
            }
            int b = i - 1;
            if (b >= from && (t.equalsIgnoreCase(b, "when") || t.equalsIgnoreCase(b, "after") || t.equalsIgnoreCase(b, "once")
                    || t.equalsIgnoreCase(b, "if"))) {
                b--;
            }
            int be = i - 1;
            while (be > from && d.mentions.isVerbFiller(be) && !isBe(be)) {
                be--;   // "was repeatedly asked"
            }
            boolean when = b < i - 1 || be >= from && isBe(be) && !d.inQuote(be);   // "she was asked whether …": asked by no one named
            if (b >= from && (t.equalsIgnoreCase(b, "but") || t.equalsIgnoreCase(b, "and"))) {
                b--;
            }
            if (b >= from && !t.is(b, ',') && !when) {
                return false;   // "she asked whether …" has its speaker; "…, she said when asked whether …" has none
            }
            int j = questionAfterAsked(i, e);
            return isQuestionWord(j) || t.equalsIgnoreCase(j, "about");
        }

        /** {@code whether}, {@code if}, {@code what}, {@code which}: a word that opens an indirect question. */
        private boolean isQuestionWord(int j) {
            return Sieves.oneOf(d, j, QUESTION_WORDS);
        }

        /**
         * The word after {@code asked} at {@code i}, or after the asker when {@code by} and a short
         * phrase come first and a question word follows it ({@code asked by a reporter whether …}).
         */
        private int questionAfterAsked(int i, int e) {
            if (i + 2 < e && t.kind(i + 1) == TokenBuffer.WORD && !t.isCapitalized(i + 1) && t.length(i + 1) > 4
                    && d.text.regionMatches(t.end(i + 1) - 2, "ly", 0, 2) && isQuestionWord(i + 2)) {
                return i + 2;   // "Asked plainly what …": past the adverb
            }
            boolean agent = t.equalsIgnoreCase(i + 1, "by");
            if (!agent && !askedWhenOrWhere(i + 1)) {
                return i + 1;
            }
            for (int k = i + 2; k < Math.min(e, i + 2 + (agent ? AGENT_WORDS : ASKED_PHRASE_TOKENS)); k++) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && (agent || t.kind(k) != TokenBuffer.NUMBER)) {
                    break;
                }
                if (t.equalsIgnoreCase(k, "whether") || t.equalsIgnoreCase(k, "if") || t.equalsIgnoreCase(k, "what")
                        || t.equalsIgnoreCase(k, "how") || t.equalsIgnoreCase(k, "why") || t.equalsIgnoreCase(k, "about")) {
                    return k;   // not "who" nor "which", more often a relative word describing the asker
                }
            }
            return i + 1;
        }

        /**
         * {@code on}, {@code in}, {@code at}, {@code during}, {@code later}, {@code earlier}, {@code last}
         * or a word of time ({@code Tuesday}) at {@code j}, after {@code asked}: a phrase of the time or
         * place of asking opens there ({@code Asked on Friday whether …}, {@code Asked at a harbour
         * meeting about …}).
         */
        private boolean askedWhenOrWhere(int j) {
            return t.kind(j) == TokenBuffer.WORD && !d.inQuote(j) && (isPlacePreposition(j) || t.equalsIgnoreCase(j, "during")
                    || t.equalsIgnoreCase(j, "later") || t.equalsIgnoreCase(j, "last") || t.equalsIgnoreCase(j, "earlier")
                    || Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j)));
        }

        /** {@code him}, {@code her}, {@code them}, {@code us}, {@code me}: the person told, after a verb. */
        private boolean isObjectPronoun(int j) {
            return t.equalsIgnoreCase(j, "him") || t.equalsIgnoreCase(j, "her") || t.equalsIgnoreCase(j, "them")
                    || t.equalsIgnoreCase(j, "us") || t.equalsIgnoreCase(j, "me");
        }

        /**
         * Where a phrase of time that opens at {@code j} ends, before {@code e}: {@code yesterday},
         * {@code today} or {@code tonight}, a weekday (after {@code on}, {@code early} or {@code late}),
         * either with a part of the day after it ({@code Tuesday night}), or {@code last} or {@code this}
         * and a period ({@code last week}, {@code this month}); -1 if none opens there.
         */
        private int timePhraseEnd(int j, int e) {
            int k = j;
            if (k + 1 < e && (t.equalsIgnoreCase(k, "on") || t.equalsIgnoreCase(k, "early") || t.equalsIgnoreCase(k, "late"))
                    && weekday(k + 1)) {
                k++;
            }
            if (k < e && (weekday(k) || t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "yesterday")
                    || t.equalsIgnoreCase(k, "today") || t.equalsIgnoreCase(k, "tonight")))) {
                k++;
                if (k < e && Sieves.oneOf(d, k, PARTS_OF_DAY)) {
                    k++;
                }
                return k;
            }
            if (k == j && k + 1 < e && t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "last") || t.equalsIgnoreCase(k, "this"))
                    && t.kind(k + 1) == TokenBuffer.WORD && isPeriod(k + 1) && !t.equalsIgnoreCase(k + 1, "today")
                    && !t.equalsIgnoreCase(k + 1, "yesterday") && !t.equalsIgnoreCase(k + 1, "earlier")) {
                return k + 2;
            }
            return -1;
        }

        /**
         * Whether a reported clause opens at {@code k}, after a phrase of time ({@link #timePhraseEnd}):
         * {@code that}, a subject pronoun or a determiner ({@code said yesterday she …}).
         */
        private boolean opensClauseAfterTime(int k) {
            return t.equalsIgnoreCase(k, "that") || isSubjectPronoun(k) || d.mentions.isDeterminer(k);
        }

        /** Parts of the day after a weekday: {@code Tuesday night}. */
        private static final String[] PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"};

        /** A weekday with its capital ({@code Monday}): a word of {@code time-words.txt} in {@code -day}. */
        private boolean weekday(int k) {
            return t.kind(k) == TokenBuffer.WORD && t.isCapitalized(k) && t.endsWith(k, "day")
                    && Words.TIME_WORDS.contains(d.text, t.start(k), t.end(k));
        }

        /**
         * {@code said nearly every grower …}, {@code explained precisely how …}: whether word {@code j} is
         * an adverb of degree before a number, a quantity or a question word, which it measures: the
         * first word of the clause, not an adverb of the verb.
         */
        private boolean degreeBeforeMeasure(int j) {
            int n = j + 1;
            if (!Sieves.oneOf(d, j, DEGREE_ADVERBS) || n >= t.size() || d.inQuote(n)) {
                return false;
            }
            return t.kind(n) == TokenBuffer.NUMBER || t.kind(n) == TokenBuffer.SYMBOL
                    || t.kind(n) == TokenBuffer.WORD && (Words.QUANTITIES.contains(d.text, t.start(n), t.end(n))
                            || t.equalsIgnoreCase(n, "every") || isQuestionWord(n));
        }

        /** Adverbs that measure the number, share or question after them ({@code nearly 40}, {@code exactly what}). */
        private static final String[] DEGREE_ADVERBS = {"nearly", "almost", "roughly", "approximately", "exactly", "precisely",
            "only", "just", "fully", "barely"};

        /**
         * A word of time or manner right after a reporting verb, no part of its clause: a weekday or
         * month ({@code said Monday}), an adverb in {@code -ly} or an adverb such as {@code again}.
         */
        private boolean isVerbAdverb(int j) {
            if (t.kind(j) != TokenBuffer.WORD) {
                return false;
            }
            if (Words.TIME_WORDS.contains(d.text, t.start(j), t.end(j))) {
                return t.isCapitalized(j) && !t.equalsIgnoreCase(j, "may") && !t.equalsIgnoreCase(j, "march");
            }
            return d.mentions.isVerbFiller(j) && !t.isCapitalized(j) && (t.length(j) > 4 && d.text.charAt(t.end(j) - 1) == 'y'
                    || t.equalsIgnoreCase(j, "again") || t.equalsIgnoreCase(j, "also") || t.equalsIgnoreCase(j, "repeatedly")
                    || t.equalsIgnoreCase(j, "often") || t.equalsIgnoreCase(j, "later") || t.equalsIgnoreCase(j, "then"));
        }

        /**
         * {@code to praise the plan and defend …}: whether a {@code to} and a verb's base form open
         * the predicate that the verb at {@code i} is joined to, within a few words before it, no
         * comma between: an intent, which reports nothing yet. A verb in the past is not joined to
         * an active infinitive ({@code met to praise the plan and endorsed Corrow}) but to the verb
         * before it, so only {@code to be} or {@code to have} hold it ({@code to be briefed and
         * cleared}).
         */
        private boolean infinitiveBefore(int from, int i) {
            boolean past = pastVerb(i);
            for (int k = i - 2; k > from && k >= i - 2 * ATTRIBUTION_WINDOW; k--) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return false;
                }
                if (t.equalsIgnoreCase(k, "to") && k + 1 < i && toInfinitive(k + 1)) {
                    return !past || t.equalsIgnoreCase(k + 1, "be") || t.equalsIgnoreCase(k + 1, "have");
                }
            }
            return false;
        }

        /**
         * Whether the word at {@code k}, after {@code to}, may be a verb's base form ({@code to ban},
         * {@code to know}) rather than open a noun phrase ({@code to the mayor}, {@code to him},
         * {@code to Corrow}, {@code to 40 percent}).
         */
        private boolean toInfinitive(int k) {
            return t.kind(k) == TokenBuffer.WORD && !d.inQuote(k) && !t.isCapitalized(k) && !d.mentions.isDeterminer(k)
                    && !isOwner(k) && !isObjectPronoun(k) && !d.mentions.isPronoun(k);
        }

        /** {@code he's}, {@code they're}, {@code I'm}: a subject pronoun with its verb. */
        private boolean contractedSubject(int k) {
            if (t.kind(k) != TokenBuffer.WORD || t.length(k) < 3) {
                return false;
            }
            String text = d.text;
            int s = t.start(k);
            int e = t.end(k);
            for (int c = s + 1; c < e - 1; c++) {
                char ch = text.charAt(c);
                if (ch == '\'' || ch == '\u2019') {
                    // the word before the apostrophe: the token as a whole is no pronoun of the lexicon
                    return (Lexicon.get().classOf(text, s, c) & Lexicon.PRONOUN) != 0;
                }
            }
            return false;
        }

        /**
         * {@code Vasko has no seat, but she is expected to argue …}: when a subject pronoun opens a
         * clause after {@code but}, {@code as}, {@code while} or the like ({@link #CLAUSE_OPENERS})
         * between the mention {@code m} and the verb at {@code i}, with no comma, colon, semicolon, dash
         * or quotation between it and the verb, that pronoun is the subject of the verb: {@code m}
         * becomes it. The pronoun is at most {@link #NEARER_PRONOUN_TOKENS} before the verb.
         */
        private void pronounOfNearerClause(int i, Mentions.Mention m) {
            for (int k = i - 1; k > m.last + 1 && k > 0 && k >= i - NEARER_PRONOUN_TOKENS; k--) {
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER) {
                    return;
                }
                if ((isSubjectPronoun(k) || contractedSubject(k)) && (Sieves.oneOf(d, k - 1, CLAUSE_OPENERS)
                        || k - 2 > m.last && t.equalsIgnoreCase(k - 1, "and") && t.is(k - 2, ','))) {
                    m.first = k;
                    m.last = k;
                    m.type = Mentions.PRONOUN;
                    return;
                }
            }
        }

        /** Conjunctions that open a clause of its own subject: {@code …, but she …}. */
        /**
         * Tokens at most between the verb and the pronoun that {@link #pronounOfNearerClause} takes, as
         * far back as a subject may stand (12 is too few: {@code but he … is telling} with a long
         * phrase between changes who speaks in the corpus).
         */
        private static final int NEARER_PRONOUN_TOKENS = SUBJECT_WINDOW;

        private static final String[] CLAUSE_OPENERS = {"but", "as", "while", "so", "because", "although", "though", "yet", "whereas"};

        /**
         * {@code You know, ferries sail late}, {@code the warden you all knew, a gruff sort, …}: whether word {@code i},
         * {@code know} or {@code knew} in lower case, follows a pronoun as subject (past {@code all}) and
         * stands right before a comma: a filler of speech or a clause that describes the noun before it,
         * which holds what is known; no clause after the comma is reported.
         */
        private boolean knowBeforeComma(int i) {
            int b = i - 1;
            if (b < 0 || i + 1 >= t.size() || t.kind(i) != TokenBuffer.WORD || t.isCapitalized(i) || !t.is(i + 1, ',') || d.inQuote(i)
                    || !(t.equalsIgnoreCase(i, "know") || t.equalsIgnoreCase(i, "knew"))) {
                return false;
            }
            if (b > 0 && t.equalsIgnoreCase(b, "all")) {
                b--;   // "you all knew,"
            }
            return isSubjectPronoun(b) || t.equalsIgnoreCase(b, "you");
        }

        /**
         * {@code Do you back the levy?}, {@code Did you favor the plan?}: whether word {@code i}, a verb
         * of stance, follows {@code you} and a capitalized {@code Do}, {@code Does} or {@code Did} that
         * opens its sentence: a yes-or-no question for the reader or listener, which asks for a stance
         * and reports none.
         */
        private boolean questionToListener(int i) {
            int aux = i - 2;
            if (aux < 0 || t.kind(aux) != TokenBuffer.WORD || !t.isCapitalized(aux) || !t.equalsIgnoreCase(i - 1, "you")
                    || d.inQuote(aux) || !(t.equalsIgnoreCase(aux, "do") || t.equalsIgnoreCase(aux, "does") || t.equalsIgnoreCase(aux, "did"))) {
                return false;
            }
            return aux == 0 || t.kind(aux - 1) != TokenBuffer.WORD && t.kind(aux - 1) != TokenBuffer.NUMBER && !t.is(aux - 1, ',');
        }

        /** {@code he}, {@code she}, {@code they}, {@code we}, {@code I}: a pronoun that can only be a subject. */
        private boolean isSubjectPronoun(int j) {
            return t.kind(j) == TokenBuffer.WORD && (t.equalsIgnoreCase(j, "he") || t.equalsIgnoreCase(j, "she")
                    || t.equalsIgnoreCase(j, "they") || t.equalsIgnoreCase(j, "we") || t.equalsIgnoreCase(j, "i"));
        }

        /**
         * After a verb of reminding or informing ({@code reminded the skippers of the storm}, {@code informed
         * her about the toll}): the {@code of} or {@code about} after a listener of at most {@link
         * #LISTENER_WORDS} words and before a word, where what the listener is told of starts; -1 if none.
         * The listener is an object pronoun or words not opened by a question word, {@code that} or a
         * subject pronoun, none of them in a quotation, a verb or punctuation; {@code her} before another
         * word is its owner ({@code reminded her sister of …}), as {@code his} is.
         */
        private int matterAfterListener(int j, int e) {
            if (j >= e || t.kind(j) != TokenBuffer.WORD || d.inQuote(j) || Sieves.oneOf(d, j, QUESTION_WORDS)
                    || t.equalsIgnoreCase(j, "that") || isSubjectPronoun(j)) {
                return -1;
            }
            for (int k = j + 1; k < Math.min(e - 1, j + LISTENER_WORDS + 1); k++) {
                if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "of") || t.equalsIgnoreCase(k, "about")) {
                    return t.kind(k + 1) == TokenBuffer.WORD && !d.inQuote(k + 1) ? k : -1;
                }
                if (isObjectPronoun(j) && !t.equalsIgnoreCase(j, "her") || cueAt(k) > 0 || isBe(k) || pastVerb(k)) {
                    return -1;   // a pronoun is the whole listener; a verb ends the words that could be one
                }
            }
            return -1;
        }

        /** Verbs whose object is the one told and whose matter follows {@code of} or {@code about} ({@code reminded her of …}). */
        private static final String[] REMINDING_VERBS = {"remind", "reminds", "reminded", "reminding", "inform", "informs",
            "informed", "informing", "notify", "notifies", "notified", "notifying", "apprise", "apprises", "apprised", "apprising"};

        /** {@code ask}, {@code asked}: a verb whose object is the person asked, not the question. */
        private boolean isAsk(int i) {
            return t.equalsIgnoreCase(i, "asked") || t.equalsIgnoreCase(i, "ask") || t.equalsIgnoreCase(i, "asks")
                    || t.equalsIgnoreCase(i, "asking");
        }

        /**
         * After {@code asked}: the question or request after a short listener ({@code asked Smith
         * whether …}, {@code asked the board to …}, {@code asked about …}), opened by a question word,
         * {@code if}, {@code to} or {@code about}, or right after the verb by {@code that} and a
         * subject ({@code asked that the hearing be delayed}); -1 if none ({@code asked him a question}).
         */
        private int questionAfterListener(int j, int e) {
            for (int k = j; k < Math.min(e, j + 2 * THAT_WINDOW); k++) {
                if (t.kind(k) == TokenBuffer.NUMBER && !d.inQuote(k)) {
                    continue;   // "asked the 2016 candidate if …"
                }
                if (d.inQuote(k) || t.kind(k) != TokenBuffer.WORD) {
                    return -1;
                }
                if (t.equalsIgnoreCase(k, "whether") || t.equalsIgnoreCase(k, "if") || t.equalsIgnoreCase(k, "what")
                        || t.equalsIgnoreCase(k, "which") || t.equalsIgnoreCase(k, "how") || t.equalsIgnoreCase(k, "why")
                        || t.equalsIgnoreCase(k, "who") || t.equalsIgnoreCase(k, "when") || t.equalsIgnoreCase(k, "where")) {
                    return k;
                }
                if (t.equalsIgnoreCase(k, "to")) {
                    return j;   // "asked the board to wait": what was asked is that the board wait, the board first
                }
                if (k == j && t.equalsIgnoreCase(k, "that") && k + 1 < e && !d.inQuote(k + 1) && t.kind(k + 1) == TokenBuffer.WORD
                        && (t.isCapitalized(k + 1) || d.mentions.isDeterminer(k + 1) || d.mentions.isPronoun(k + 1)
                                || Words.QUANTITIES.contains(d.text, t.start(k + 1), t.end(k + 1)))) {
                    return k;   // "asked that the hearing be delayed": a request; not "asked that question"
                }
                if ((t.equalsIgnoreCase(k, "about") || t.equalsIgnoreCase(k, "for")) && k + 1 < e && !d.inQuote(k + 1)) {
                    return k + 1;   // "asked about the levy": what was asked about
                }
            }
            return -1;
        }

        /** {@code tell}, {@code told}: a verb whose object is the person told, not what was said. */
        private boolean isTell(int i) {
            return t.equalsIgnoreCase(i, "told") || t.equalsIgnoreCase(i, "tell") || t.equalsIgnoreCase(i, "tells")
                    || t.equalsIgnoreCase(i, "telling");
        }

        /** Whether token {@code k} lies in a fragment quoted inside a sentence (or a quoted term). */
        private boolean isFragmentAt(int k) {
            FoundQuote q = quoteAt(t.start(k));
            return q != null && (q.mixed || q.term);
        }

        /** The quotation with marks holding offset {@code off}, or null. */
        private FoundQuote quoteAt(int off) {
            int qi = firstEndingAfter(off);
            if (qi < d.quotes.size() && d.quotes.get(qi).start <= off) {
                return d.quotes.get(qi);
            }
            return null;
        }

        /** The index of the first quotation with marks that ends after {@code off}. */
        private int firstEndingAfter(int off) {
            int lo = 0;
            int hi = d.quotes.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (d.quotes.get(mid).end <= off) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * {@code SALEM, Ore. (AP) — The mill will close, its owners said.}: past the dateline that opens
         * the news story of paragraph {@code p}, a place in capitals (with a state, an agency in
         * parentheses, a date) and a dash before a capitalized word, within {@link #DATELINE_TOKENS} tokens from the
         * paragraph's start, when the clause from {@code a} starts inside it; else {@code a}.
         */
        private int pastDateline(int p, int a, int b) {
            int s = d.found.paraStart[p];
            if (a - s > DATELINE_TOKENS) {
                return a;
            }
            boolean capitals = false;
            for (int k = s; k < Math.min(b - 1, s + DATELINE_TOKENS); k++) {
                if (d.inQuote(k)) {
                    return a;
                }
                if (t.kind(k) == TokenBuffer.DASH) {
                    return capitals && k >= a && t.isCapitalized(k + 1) ? k + 1 : a;
                }
                if (t.kind(k) == TokenBuffer.WORD) {
                    if (allCapitals(k)) {
                        capitals |= t.length(k) > 2;
                    } else if (!t.isCapitalized(k) || !capitals) {
                        return a;   // "Ore." after "SALEM," is a state; a word in lower case is no dateline
                    }
                } else if (!t.is(k, ',') && !t.is(k, '(') && !t.is(k, ')') && !t.is(k, '.') && !datelineDay(k, capitals)) {
                    return a;
                }
            }
            return a;
        }

        /**
         * {@code DUNMORE, Ore. - The guild voted Monday, saying …}, {@code PORT ELLERY, N.S. - …}: when
         * the mention {@code m} taken as the subject of the verb at {@code i} opens the dateline of
         * paragraph {@code p} ({@link #pastDateline}), the subject of the sentence after the dateline's
         * dash, as {@code m}; the place is no speaker. {@code m} stays as it is otherwise.
         */
        private void subjectPastDateline(int p, int i, Mentions.Mention m) {
            if (m.first < 0 || m.first >= i) {
                return;
            }
            int a = pastDateline(p, m.first, i);
            Mentions.Mention s = new Mentions.Mention();
            if (a > m.first && a < i && Sieves.sentenceSubject(d, a, i, s) && s.first >= a && s.last < i) {
                m.set(s);
            }
        }

        /** {@code SALEM, Ore., Dec. 8 (UPI) — …}: whether token {@code k} is the day of a date after a month in the dateline. */
        private boolean datelineDay(int k, boolean capitals) {
            return capitals && k > 0 && t.kind(k) == TokenBuffer.NUMBER && t.length(k) <= 2 && t.kind(k - 1) == TokenBuffer.WORD
                    && (Words.TIME_WORDS.contains(d.text, t.start(k - 1), t.end(k - 1)) || Sieves.oneOf(d, k - 1, SHORT_MONTHS));
        }

        /** Months cut short with no full stop, as wire datelines write them: {@code SALEM, Aug 3 (Wire) -}. */
        private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec"};

        /** Whether word {@code k} has no lower-case letter and at least two letters. */
        private boolean allCapitals(int k) {
            int letters = 0;
            for (int c = t.start(k); c < t.end(k); c++) {
                char ch = d.text.charAt(c);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                if (Character.isLetter(ch)) {
                    letters++;
                }
            }
            return letters >= 2;
        }

        /**
         * Adds the clause of tokens {@code [a, b)}, trimmed of punctuation at its edges and ended
         * before a whole quotation with marks, with speaker {@code m} and cue {@code verb}. A fragment
         * quoted in single marks stays in the clause, its content (and what is nested in it) listed as
         * the clause's nested quotations. Null when too few words are left outside fragments or one is
         * quoted in double marks; then a fragment quoted in it reports the clause alone, and
         * {@link #pastFragment} is the token after the first one. A clause that runs on into a
         * quotation with marks ({@link #leadsIntoQuotation}) is added too, so that what follows reads
         * it as said, but left out of what the finder returns ({@link #withoutLeadIns}).
         */
        FoundQuote emit(int p, int a, int b, Mentions.Mention m, int verb, int verbLen, String rule) {
            return emit(p, a, b, m, verb, verbLen, rule, MIN_WORDS);
        }

        /**
         * {@code not to be named}, {@code to be identified}: the end of a reported request for a name
         * withheld that opens at {@code a}, right after its participle, when more follows it before
         * {@code b}; -1 if none. Reads at most four words.
         */
        private int withheldNameEnd(int a, int b) {
            int j = a < b && t.equalsIgnoreCase(a, "not") ? a + 1 : a;
            if (j + 3 >= b || !t.equalsIgnoreCase(j, "to") || !t.equalsIgnoreCase(j + 1, "be") || d.inQuote(j + 2)
                    || !(t.equalsIgnoreCase(j + 2, "named") || t.equalsIgnoreCase(j + 2, "identified"))) {
                return -1;
            }
            return j + 3;
        }

        /** As {@link #emit(int, int, int, Mentions.Mention, int, int, String)}, with at least {@code minWords} words. */
        FoundQuote emit(int p, int a, int b, Mentions.Mention m, int verb, int verbLen, String rule, int minWords) {
            while (a < b && (t.kind(a) == TokenBuffer.PUNCTUATION || t.kind(a) == TokenBuffer.DASH)) {
                a++;
            }
            a = pastDateline(p, a, b);
            if (verb >= b && a + 2 < b && isConnective(a)) {
                a += t.is(a + 1, ',') ? 2 : 1;   // "However, the plan failed, she said.": the narrator's link to what came before
            }
            if (verb >= b && "according-to".equals(rule) && a + 2 < b && isConjunction(a) && t.isCapitalized(a) && !d.inQuote(a)
                    && t.kind(a + 1) == TokenBuffer.WORD) {
                a++;   // "But the pier held, according to the log.": a source gives facts, not words; the link is the narrator's
            }
            int linked = verb >= b ? pastConnectivePhrase(a, b) : -1;
            if (linked > 0) {
                a = linked;   // "In contrast, the plan failed, she said.": a link of a few words, the narrator's too
            }
            if (a >= b || t.start(a) < lastEnd) {
                return null;   // over the clause before
            }
            int withheld = withheldNameEnd(a, b);
            if (withheld > 0) {
                b = withheld;   // "who asked not to be named said …": the request ends at the name withheld
            }
            int words = 0;
            int firstFragment = -1;
            int lastFragment = -1;
            List<int[]> held = null;
            boolean released = false;
            for (int k = a; k < b; k++) {
                if (d.inQuote(k)) {
                    FoundQuote f = isFragmentAt(k) ? quoteAt(t.start(k)) : null;
                    if (f == null) {
                        b = k;   // a whole quotation ends the clause
                        break;
                    }
                    int past = t.indexAt(f.end);
                    if (f.start < t.start(a)) {
                        pastFragment = past;   // the clause would start inside the fragment
                        return null;
                    }
                    if (past == b + 1 && t.kind(b) == TokenBuffer.QUOTE_MARK) {
                        b = past;   // "… was “a disgrace.” Then …": the sentence ended before the closing mark
                    } else if (past > b) {
                        pastFragment = past;   // the fragment runs past the clause: it reports the clause alone
                        return null;
                    }
                    // a fragment quoted in the clause stays a quotation of its own, nested in the clause
                    released |= isDoubleMark(d.text.charAt(f.start));   // the words quoted are the report
                    if (held == null) {
                        held = new ArrayList<>(2);
                        firstFragment = past;
                    }
                    held.add(new int[] {f.contentStart, f.contentEnd});
                    if (f.nested != null) {
                        held.addAll(f.nested);
                    }
                    lastFragment = past;
                    k = Math.max(k, past - 1);
                    if (released) {
                        // no report whatever follows: only a fragment past the clause's end, if reached, is
                        // told, and what comes after the fragment is scanned once for every clause that ends at b
                        int runsPast = fragmentPastEnd(k + 1, a, b);
                        pastFragment = runsPast >= 0 ? runsPast : firstFragment;
                        return null;
                    }
                    continue;
                }
                if (t.isWordLike(k)) {
                    words++;
                }
            }
            while (b > lastFragment && b > a && (t.kind(b - 1) == TokenBuffer.PUNCTUATION || t.kind(b - 1) == TokenBuffer.DASH)) {
                b--;   // never into a fragment held
            }
            if (released || words < minWords || b <= a || m.first < b && a <= m.last || verb < b && a < verb + verbLen) {
                if (held != null) {
                    pastFragment = firstFragment;   // the fragment alone reports it, as without the clause
                }
                return null;   // too short, or over its own speaker or cue
            }
            int start = t.start(a);
            int end = t.end(b - 1);
            FoundQuote q = new FoundQuote();
            q.start = start;
            q.end = end;
            q.contentStart = start;
            q.contentEnd = end;
            q.paragraph = p;
            q.indirect = true;
            q.group = -2 - groups++;
            q.nested = held;
            if (m.first >= 0 && (passiveVerb < 0 || verb != passiveVerb)) {
                if (m.first < m.last && m.last < verb && d.mentions.negatedAuxiliary(m.last)) {
                    m.last--;   // "Orchard hands cannot rightly claim …": the negation is the verb's, not the speaker's
                }
                Sieves.set(d, q, m, verb, verbLen, rule);
            } else {
                q.cueStart = t.start(verb);
                q.cueEnd = t.end(verb + verbLen - 1);
                q.rule = rule;
            }
            out.add(q);
            lastEnd = end;
            nextMarked.add(firstEndingAfter(end));
            if (verb < a && "leading-verb".equals(rule) && leadsIntoQuotation(b)) {
                leadIns.add(q);
            }
            return q;
        }

        /**
         * Whether the clause ending before token {@code b} runs on into a quotation with marks: a comma at
         * {@code b}, then the opening of the quotation ({@code said that whatever the board decides, “the
         * ferry sails”}). The quotation gives the words said, and the clause before it is its lead, no
         * report of its own. Not a colon, after which the quotation stands apart from a clause that is
         * whole ({@code said the vote was fair: “…”}).
         */
        private boolean leadsIntoQuotation(int b) {
            if (b + 1 >= t.size() || !t.is(b, ',') || d.inQuote(b) || !d.inQuote(b + 1)
                    || t.kind(b + 1) != TokenBuffer.QUOTE_MARK) {
                return false;
            }
            FoundQuote q = quoteAt(t.start(b + 1));
            return q != null && q.start == t.start(b + 1);
        }

        /**
         * As {@link #emit} reads tokens {@code [k, b)} after a fragment of the clause from {@code a}: the
         * token after a fragment that runs past {@code b} (or starts before {@code a}), when one comes
         * before any whole quotation; else -1. The answer from {@code k} holds for any later start up to
         * where the scan stopped, so for the clauses of one sentence that end at the same {@code b} the
         * tokens are read once.
         */
        private int fragmentPastEnd(int k, int a, int b) {
            if (b == fragmentScanEnd && fragmentScanFrom <= k && k <= fragmentScanStop) {
                return fragmentRunsPast;
            }
            int from = k;
            int stop = b;
            int runsPast = -1;
            for (; k < b; k++) {
                if (d.inQuote(k)) {
                    FoundQuote f = isFragmentAt(k) ? quoteAt(t.start(k)) : null;
                    if (f == null) {
                        stop = k;   // a whole quotation ends the clause
                        break;
                    }
                    int past = t.indexAt(f.end);
                    if (f.start < t.start(a)) {
                        return past;   // an answer that depends on a: not kept
                    }
                    if (past == b + 1 && t.kind(b) == TokenBuffer.QUOTE_MARK) {
                        break;   // the sentence ended before the closing mark: the fragment is the clause's last
                    }
                    if (past > b) {
                        stop = k;
                        runsPast = past;
                        break;
                    }
                    k = Math.max(k, past - 1);
                }
            }
            fragmentScanEnd = b;
            fragmentScanFrom = from;
            fragmentScanStop = stop;
            fragmentRunsPast = runsPast;
            return runsPast;
        }

        /**
         * A capitalized word that links a sentence to the one before ({@code However,}, {@code Still,},
         * {@code Meanwhile,}, {@code Indeed,}, {@code Instead,}), with its comma.
         */
        private boolean isConnective(int a) {
            return t.kind(a) == TokenBuffer.WORD && t.isCapitalized(a) && a + 1 < t.size() && t.is(a + 1, ',')
                    && (t.equalsIgnoreCase(a, "however") || t.equalsIgnoreCase(a, "still") || t.equalsIgnoreCase(a, "meanwhile")
                            || t.equalsIgnoreCase(a, "indeed") || t.equalsIgnoreCase(a, "instead") || t.equalsIgnoreCase(a, "also")
                            || t.equalsIgnoreCase(a, "moreover") || t.equalsIgnoreCase(a, "nevertheless"));
        }

        /**
         * {@code In contrast, …}, {@code As a result, …}: the token after the comma that ends a
         * phrase of {@link #CONNECTIVE_PHRASES} opening the clause from {@code a} (capitalized, as a
         * sentence opens), with at least two tokens of the clause after it before {@code b}; else -1.
         */
        private int pastConnectivePhrase(int a, int b) {
            if (a >= b || t.kind(a) != TokenBuffer.WORD || !t.isCapitalized(a) || d.inQuote(a)) {
                return -1;
            }
            for (String[] phrase : CONNECTIVE_PHRASES) {
                int k = a;
                int w = 0;
                while (w < phrase.length && k < b && t.kind(k) == TokenBuffer.WORD && t.equalsIgnoreCase(k, phrase[w])) {
                    k++;
                    w++;
                }
                if (w == phrase.length && k + 2 < b && t.is(k, ',') && !d.inQuote(k)) {
                    return k + 1;
                }
            }
            return -1;
        }

        /** Phrases that link a sentence to the one before, the narrator's rather than part of a report after them. */
        private static final String[][] CONNECTIVE_PHRASES = {{"in", "contrast"}, {"by", "contrast"}, {"in", "addition"},
            {"even", "so"}, {"as", "it", "stands"}, {"at", "the", "same", "time"}, {"for", "instance"}, {"for", "example"},
            {"to", "be", "sure"}, {"as", "a", "result"}, {"so", "far"}, {"as", "such"}, {"in", "fact"}, {"what's", "more"},
            {"what’s", "more"}, {"on", "the", "other", "hand"}};

        /** Whether {@code c} is a double quotation mark, the marks of a quotation rather than of a term. */
        private static boolean isDoubleMark(char c) {
            switch (c) {
                case '"': case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u00ab': case '\u00bb':
                case '\u300c': case '\u300d':
                    return true;
                default:
                    return false;
            }
        }

        /** {@link #out} less its {@link #leadIns}, which are in the same order: one pass over both. */
        List<FoundQuote> withoutLeadIns() {
            if (leadIns.isEmpty()) {
                return out;
            }
            List<FoundQuote> kept = new ArrayList<>(out.size() - leadIns.size());
            int j = 0;
            for (FoundQuote q : out) {
                if (j < leadIns.size() && leadIns.get(j) == q) {
                    j++;
                } else {
                    kept.add(q);
                }
            }
            return kept;
        }

        /**
         * Whether the words from token {@code from} up to the comma at {@code cut} are one name and
         * nothing more ({@code Mara Quennell, the head of the guild said}): the name opens an
         * apposition whose closing comma is left out, not a clause reported. Reads one mention.
         */
        private boolean nameAlone(int from, int cut) {
            Mentions.Mention n = new Mentions.Mention();
            return d.mentions.mentionEndingAt(cut - 1, from - 1, n) && n.type == Mentions.NAME && n.first == from;
        }

        /** Gives each speaker the fullest name the text makes knowable, as for quotations with marks. */
        void resolveNames() {
            for (int k = 0; k < out.size(); k++) {
                FoundQuote q = out.get(k);
                if (q.speakerName != null || !q.hasSpeaker()) {
                    continue;   // a relative "who", named after the mention it stands for, or none
                }
                if (q.speakerType == Mentions.NAME) {
                    q.speakerName = d.names.fullName(q.speakerStart, q.speakerEnd);
                } else if (q.speakerType == Mentions.PRONOUN) {
                    q.speakerName = d.names.pronounName(q, nextMarked.get(k));
                }
            }
        }
    }

}
