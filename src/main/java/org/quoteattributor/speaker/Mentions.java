package org.quoteattributor.speaker;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordFilter;
import org.quoteattributor.text.WordSet;

/**
 * Finds the speaker mention next to a reporting verb: the subject before it ({@code Smith said},
 * {@code a White House official said}, {@code she said}) or the inverted subject after it
 * ({@code said Smith}, {@code said the spokesman}). Works on tokens only. Internal, not API.
 */
final class Mentions {

    static final int NAME = 0;
    static final int PRONOUN = 1;
    static final int DESCRIPTION = 2;

    private static final Lexicon LEXICON = Lexicon.get();

    /** Tokens scanned at most for one mention. */
    private static final int MAX_MENTION_TOKENS = 8;

    private final TokenBuffer t;
    private final String text;
    /** Where the word-class bits of each token come from (see {@link Lexicon} and {@link Document#cls}). */
    private final Document d;

    /**
     * Mentions the phrase rules fill and read within one call, reused rather than made for each
     * subject read: {@link #headOfPhrase} and {@link #bodyOfName} (one after the other, never
     * nested), {@link #openingHeadOfPhrase} (which calls {@link #headOfPhrase}), and the apposition
     * {@link #subjectBefore} reads (which calls {@link #openingHeadOfPhrase}).
     */
    private final Mention phraseScratch = new Mention();
    private final Mention openingScratch = new Mention();
    private final Mention setOffScratch = new Mention();

    Mentions(Document d) {
        this.t = d.t;
        this.text = d.text;
        this.d = d;
    }

    /** A mention found: tokens {@code [first, last]} and its type. */
    static final class Mention {
        int first;
        int last;
        int type;

        /** Takes the tokens and type of {@code other}. */
        void set(Mention other) {
            first = other.first;
            last = other.last;
            type = other.type;
        }

        /** Back to the state of a new mention. */
        void clear() {
            first = 0;
            last = 0;
            type = 0;
        }
    }

    boolean isPronoun(int i) {
        return (d.cls(i) & Lexicon.PRONOUN) != 0;
    }

    boolean isTitle(int i) {
        return (d.cls(i) & Lexicon.TITLE) != 0 || roleOpeningName(i);
    }

    /**
     * {@code Economist Mary Quarrie said …}: whether token {@code i} is a noun for a speaker by role
     * ({@code speaker-nouns.txt}), singular, capitalized only because it opens its sentence, before a
     * name of two capitalized words or more whose first is a given name of the lists ({@code
     * first-names.txt}) and which names no body: it describes the person as a title would, and is
     * no part of the name.
     */
    private boolean roleOpeningName(int i) {
        if ((d.cls(i) & Lexicon.SPEAKER_NOUN) == 0 || i + 2 >= t.size() || t.kind(i) != TokenBuffer.WORD
                || !Character.isUpperCase(t.first(i)) || t.endsWith(i, "s") || (d.cls(i) & (Lexicon.NAME_MALE | Lexicon.NAME_FEMALE)) != 0) {
            return false;
        }
        int p = i - 1;
        boolean opens = p < 0 || d.endsSentence(p) || t.isBreak(p) || t.kind(p) == TokenBuffer.QUOTE_MARK;
        if (!opens || t.kind(i + 1) != TokenBuffer.WORD || t.kind(i + 2) != TokenBuffer.WORD
                || !Character.isUpperCase(t.first(i + 1)) || !Character.isUpperCase(t.first(i + 2))
                || (d.cls(i + 1) & Lexicon.SPEAKER_NOUN) != 0 || (d.cls(i + 1) & Lexicon.TITLE) != 0
                || Lexicon.nameGender(d.cls(i + 1)) == Lexicon.ANY && !saysAfterTwoWords(i)) {
            return false;   // a given name of the lists must follow: not a headline's words (Leader Steps Forward)
        }
        for (int k = i + 1; k < t.size() && k <= i + 4 && t.kind(k) == TokenBuffer.WORD && Character.isUpperCase(t.first(k)); k++) {
            if (ORGANISATION_NOUNS.contains(text, t.start(k), t.end(k))) {
                return false;   // "Republican National Committee": a body's name, not a person's
            }
        }
        return true;
    }

    /**
     * {@code Spokesman Orrin Tallis said …}: whether the two words after token {@code i} are words
     * of no list, capitalized but not in capitals, and a reporting verb follows them: a name that
     * speaks, whatever its given name; a headline's capitals seldom run into a verb of saying in
     * lower case.
     */
    private boolean saysAfterTwoWords(int i) {
        int v = i + 3 < t.size() && t.is(i + 3, ',') ? appositionVerbAfter(i + 2) : i + 3;   // past ", who …," or ", 54,"
        return v >= 0 && v < t.size() && plainCapitalized(i + 1) && plainCapitalized(i + 2) && t.kind(v) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(v)) && d.verbAt(v) > 0;
    }

    /** Tokens at most in an apposition between a name and its reporting verb ({@link #appositionVerbAfter}). */
    private static final int MAX_APPOSITION = 12;

    /**
     * {@code Jelena Vukovic, the couple's daughter, spoke …}, {@code Librarian Wrenna Ostley, who has
     * worked there for years, told …}: the reporting verb after an apposition
     * set off by commas, opening with a word in lower case or a number, after the name ending at
     * token {@code e}; else -1.
     */
    int appositionVerbAfter(int e) {
        int k = e + 1;
        if (k + 1 >= t.size() || !t.is(k, ',')
                || !(t.kind(k + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(k + 1)) || t.kind(k + 1) == TokenBuffer.NUMBER)) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + MAX_APPOSITION); j++) {
            if (t.is(j, ',')) {
                int v = j + 1;
                if (v < t.size() && isVerbFiller(v)) {
                    v++;
                }
                return v < t.size() && d.verbAt(v) > 0 ? v : -1;
            }
            if (t.isBreak(j) || d.endsSentence(j) || d.inQuote(j) || t.kind(j) == TokenBuffer.QUOTE_MARK && !isPossessiveMark(j)
                    || t.kind(j) == TokenBuffer.DASH) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is a word in no list of the lexicon, with a capital and a lower-case letter after it. */
    private boolean plainCapitalized(int k) {
        return t.kind(k) == TokenBuffer.WORD && t.length(k) > 1 && Character.isLowerCase(text.charAt(t.start(k) + 1))
                && (d.cls(k) & (Lexicon.FIRST_FREE_BIT - 1)) == 0;
    }

    boolean isFunctionWord(int i) {
        return d.mayBe(i, LEXICON.functionWords()) && (d.cls(i) & Lexicon.FUNCTION) != 0;
    }

    boolean isSpeakerNoun(int i) {
        return (d.cls(i) & Lexicon.SPEAKER_NOUN) != 0;
    }

    /**
     * A capitalized word that can belong to a name: not a function word, pronoun or lone "I"; an
     * adjective of nation only beside another capitalized word ("Sir John French"), and a word such
     * as "Next" or "One" only inside a sentence before one ("the group One Path").
     */
    boolean isNameWord(int i) {
        // The capital first: it needs no look-up, and most words have none. The participles last
        // ("Following Lee's claim": no part of a name, though capitalized before one): the class rules
        // out most capitalized words (The, He, One …) with one look-up, and the g they all end in
        // spares most names the eight compares.
        return t.isCapitalized(i) && nameWordByClass(i)
                && !((text.charAt(t.end(i) - 1) | 0x20) == 'g' && Sieves.oneOf(d, i, PARTICIPLE_PREPOSITIONS));
    }

    /** {@link #isNameWord} of capitalized word {@code i}, its participles aside: what its class and its neighbours tell. */
    private boolean nameWordByClass(int i) {
        int cls = d.cls(i);
        if ((cls & Lexicon.NOT_NAME) != 0) {
            // "Such a day!", "Next he wrote", "One said", "Whenever Ann came": no name; "the group One Path" is
            return i > 0 && t.kind(i - 1) == TokenBuffer.WORD && plainCapital(i + 1);
        }
        if ((cls & Lexicon.NATIONALITY) != 0) {
            return plainCapital(i - 1) || plainCapital(i + 1);   // "I'm English", but "Sir John French"
        }
        if ((cls & (Lexicon.FUNCTION | Lexicon.PRONOUN)) == 0) {
            return !contractedFunctionWord(i);
        }
        return (cls & Lexicon.PRONOUN) == 0 && functionWordSurname(i);
    }

    /** Participles used as prepositions, which open a phrase before a name and are never part of it; all end in g. */
    private static final String[] PARTICIPLE_PREPOSITIONS = {"following", "according", "regarding", "concerning",
        "including", "excluding", "barring", "notwithstanding"};

    /** Whether token {@code i} is a capitalized word of no class that keeps it from a name. */
    private boolean plainCapital(int i) {
        return i >= 0 && i < t.size() && t.kind(i) == TokenBuffer.WORD && t.isCapitalized(i)
                && (d.cls(i) & (Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.NATIONALITY)) == 0;
    }

    /**
     * {@code There’s}, {@code That’s}, {@code It’s}: a function word or {@code it} with {@code 's}
     * for {@code is} or {@code has}, no name. ({@code He’s} is left as it was: its span still
     * marks the person.)
     */
    private boolean contractedFunctionWord(int i) {
        if (!isPossessive(i)) {
            return false;
        }
        int s = t.start(i);
        int e = t.end(i) - 2;
        return (LEXICON.classOf(text, s, e) & Lexicon.FUNCTION) != 0 || e - s == 2 && text.regionMatches(true, s, "it", 0, 2);
    }

    /**
     * Capitalized function words that the text writes as a family name, right after a given name
     * and perhaps an initial ({@code Kay From}, {@code Ann T. Will}), and as the subject of a
     * reporting verb inside a sentence ({@code …,” From said}), lower-cased; found on first use,
     * in two passes over the tokens.
     */
    private Set<String> functionWordSurnames;

    /**
     * Whether capitalized token {@code i} stands right after a lower-case word and right before
     * another capitalized word: inside a sentence, the first word of a name ({@code asked Will
     * Quince}), not a word that opens the sentence.
     */
    private boolean givenNameAfterWord(int i) {
        return i > 0 && i + 1 < t.size() && t.kind(i - 1) == TokenBuffer.WORD && !t.isCapitalized(i - 1)
                && t.kind(i + 1) == TokenBuffer.WORD && t.isCapitalized(i + 1);
    }

    /** Whether token {@code i}, a capitalized function word, is one the text uses as a family name. */
    private boolean functionWordSurname(int i) {
        if (functionWordSurnames == null) {
            functionWordSurnames = findFunctionWordSurnames();
        }
        return !functionWordSurnames.isEmpty()
                && functionWordSurnames.contains(d.lowerWord(i));
    }

    private Set<String> findFunctionWordSurnames() {
        Set<String> named = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (int i = 1; i < t.size(); i++) {
            if (t.kind(i) != TokenBuffer.WORD || !t.isCapitalized(i) || t.length(i) < 2
                    || !Character.isLowerCase(text.charAt(t.start(i) + 1)) || (d.cls(i) & Lexicon.FUNCTION) == 0
                    || i + 1 < t.size() && t.kind(i + 1) == TokenBuffer.WORD && t.isCapitalized(i + 1)) {
                continue;   // "Sen. Kay From said", not "John And Mary" in a headline of capitals
            }
            int g = i - 1;
            if (g > 0 && t.length(g) == 2 && text.charAt(t.end(g) - 1) == '.' && Character.isUpperCase(t.first(g))) {
                g--;   // an initial: "Ann T. Will"
            }
            int cls = d.cls(g);
            if (t.kind(g) == TokenBuffer.WORD && t.isCapitalized(g) && (cls & (Lexicon.NAME_MALE | Lexicon.NAME_FEMALE)) != 0
                    && (cls & Lexicon.FUNCTION) == 0) {
                named.add(d.lowerWord(i));
            }
        }
        if (named.isEmpty()) {
            return named;
        }
        WordFilter namedFilter = new WordFilter(named);
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.isCapitalized(i) && d.mayBe(i, namedFilter) && !d.endsSentence(i - 1) && d.verbAt(i + 1) > 0) {
                String w = d.lowerWord(i);
                if (named.contains(w)) {
                    found.add(w);   // and written as the subject of a reporting verb: "…,” From said."
                }
            }
        }
        return found;
    }

    /** Whether word {@code i} ends in a possessive {@code 's}. */
    boolean isPossessive(int i) {
        int e = t.end(i);
        return t.length(i) > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019');
    }

    /**
     * Whether token {@code i} is the apostrophe of a plural possessive ({@code the Democrats’
     * leader}, {@code Jones' aide}): a lone mark outside any quotation, right after a word ending
     * in s and before a space.
     */
    boolean isPossessiveMark(int i) {
        if (i < 1 || i + 1 >= t.size() || t.kind(i) != TokenBuffer.QUOTE_MARK || d.inQuote(i)
                || t.kind(i - 1) != TokenBuffer.WORD || t.end(i - 1) != t.start(i) || t.end(i) == t.start(i + 1)) {
            return false;
        }
        char c = t.first(i);
        char s = text.charAt(t.end(i - 1) - 1);
        return (c == '\u2019' || c == '\'') && (s == 's' || s == 'S');
    }

    /** Lower-case connectors inside names: Ludwig van Beethoven, Charles de Gaulle. */
    boolean isNameConnector(int i) {
        return d.mayBe(i, LEXICON.nameConnectors())
                && (d.cls(i) & (Lexicon.CONNECTOR | Document.CAPITALIZED)) == Lexicon.CONNECTOR;
    }

    boolean isDeterminer(int i) {
        return (d.cls(i) & Lexicon.DETERMINER) != 0;
    }

    private boolean isPreposition(int i) {
        return t.equalsIgnoreCase(i, "from") || t.equalsIgnoreCase(i, "of") || t.equalsIgnoreCase(i, "for")
                || t.equalsIgnoreCase(i, "at") || t.equalsIgnoreCase(i, "in");
    }

    private boolean isBeForm(int i) {
        return t.equalsIgnoreCase(i, "was") || t.equalsIgnoreCase(i, "were") || t.equalsIgnoreCase(i, "is")
                || t.equalsIgnoreCase(i, "are") || t.equalsIgnoreCase(i, "been") || t.equalsIgnoreCase(i, "be");
    }

    /** Indefinite pronouns that name a speaker as a description: someone said, nobody said. */
    private boolean isIndefinite(int i) {
        return t.equalsIgnoreCase(i, "someone") || t.equalsIgnoreCase(i, "somebody") || t.equalsIgnoreCase(i, "everyone")
                || t.equalsIgnoreCase(i, "everybody") || t.equalsIgnoreCase(i, "nobody") || t.equalsIgnoreCase(i, "anyone")
                || t.equalsIgnoreCase(i, "anybody") || t.equalsIgnoreCase(i, "no-one");
    }

    /** Words that may stand between a subject and its verb: auxiliaries and adverbs. */
    boolean isVerbFiller(int i) {
        if ((d.cls(i) & Lexicon.FILLER) != 0) {
            return !t.isCapitalized(i) || !functionWordSurname(i);   // not "…,” Will said" of a writer the text names Ann T. Will
        }
        int len = t.length(i);
        return len > 3 && t.kind(i) == TokenBuffer.WORD && (d.cls(i) & Document.CAPITALIZED) == 0
                && text.charAt(t.end(i) - 1) == 'y' && text.charAt(t.end(i) - 2) == 'l';   // an adverb in -ly
    }

    /**
     * The subject that ends just before verb token {@code v}, looking no further left than
     * {@code lo} (exclusive). Skips auxiliaries and adverbs, and an apposition set off by commas
     * ({@code Smith, a spokesman for the group, said}).
     */
    boolean subjectBefore(int v, int lo, Mention m) {
        int i = v - 1;
        int skipped = 0;
        if (i > lo && goingOnBefore(v)) {
            i--;   // "The wardens kept insisting": the verb of going on is the predicate's, not the subject's
            skipped++;
        }
        while (i > lo && (isVerbFiller(i) && skipped < 3 || t.kind(i) == TokenBuffer.LINE_BREAK)) {
            if (i == v - 1 && isBeForm(i)) {
                return false;   // "it was said": a passive names no speaker before it
            }
            if (t.kind(i) != TokenBuffer.LINE_BREAK) {
                skipped++;   // a hard-wrapped line may end between the subject and its verb
            }
            i--;
        }
        int time = i > lo ? timePhraseEndingAt(i, lo) : -1;
        if (time > lo) {
            i = time - 1;   // "Lee on Friday called", "Lee in 2019 wrote": the phrase of time is skipped
            while (i > lo && isVerbFiller(i) && !isBeForm(i) && time - i <= 2) {
                i--;
            }
        }
        if (i <= lo) {
            return false;
        }
        int pause = pausePhraseEndingAt(i, lo);
        if (pause > lo && mentionEndingAt(pause - 1, lo, m) && (m.type == NAME || m.type == PRONOUN)) {
            return true;   // "Bramwen after some thought said": the pause is no subject
        }
        if (t.kind(i) == TokenBuffer.DASH) {
            return dashApposition(i, lo, m);
        }
        if (t.is(i, ',')) {
            // An apposition: find the comma before it and take the mention before that.
            int j = i - 1;
            int steps = 0;
            while (j > lo && !t.is(j, ',') && steps < 24 && (t.isWordLike(j) || isPossessiveMark(j) || t.kind(j) == TokenBuffer.PUNCTUATION
                    && (t.is(j, '(') || t.is(j, ')') || t.is(j, '.')))) {
                j--;
                steps++;
            }
            if (j - 2 > lo && t.is(j, ',') && t.kind(j - 1) == TokenBuffer.NUMBER && t.is(j - 2, ',')) {
                j -= 2;   // "Lee, 61, a former skipper, said": the age set off before the apposition is Lee's too
            }
            if (j > lo && t.is(j, ',') && mentionOrParenthesisEndingAt(j - 1, lo, m)) {
                nameBeforePlace(m, lo);
                Mention n = setOffScratch;
                boolean nameSetOff = mentionEndingAt(i - 1, j, n) && n.type == NAME && n.first == j + 1;
                if (nameSetOff && m.type == NAME && m.first - 1 > lo && isPreposition(m.first - 1)) {
                    m.set(n);   // "the director of the Bureau of Tolls, Jane Roe, said": the name set off, not the bureau
                } else if (!nameSetOff) {
                    openingHeadOfPhrase(m, lo);   // "The head of the guild, who is new, said": the head (a name set off stays)
                }
                return true;
            }
            if (j > lo && t.is(j, ',') && nameBeforeListingApposition(j, lo, steps, m)) {
                return true;
            }
            // "Lee's chief of staff, Dan Orwin, said": no mention before the first comma; the name set off is the speaker
            return j > lo && t.is(j, ',') && mentionEndingAt(i - 1, j, m) && m.type == NAME && m.first == j + 1;
        }
        if (i - 2 > lo && t.equalsIgnoreCase(i - 1, "in") && isCount(i) && isCount(i - 2)) {
            m.first = i - 3 > lo && Sieves.oneOf(d, i - 3, SHARE_ADVERBS) ? i - 3 : i - 2;   // "Roughly seven in 10 said"
            if (i - 4 > lo && (t.equalsIgnoreCase(i - 3, "than") && Sieves.oneOf(d, i - 4, COMPARATIVES)
                    || t.equalsIgnoreCase(i - 3, "least") && t.equalsIgnoreCase(i - 4, "at"))) {
                m.first = i - 4;   // "More than five in 9 said", "at least two in seven"
            }
            m.last = i;
            m.type = DESCRIPTION;
            return true;
        }
        if (i - 2 > lo && t.equalsIgnoreCase(i - 1, "of") && (t.kind(i) == TokenBuffer.NUMBER && !isAgeWord(i)
                || quantifierNumber(i) != 0 && !t.isCapitalized(i)) && mentionEndingAt(i - 2, lo, m) && m.type == DESCRIPTION
                && isPersonNoun(m.last)) {
            m.last = i;   // "the father of two replied": the count belongs to the person
            return true;
        }
        if (contractedSubjectPronoun(i)) {
            m.first = i;   // "he's said", "they've argued": the pronoun and its auxiliary in one word
            m.last = i;
            m.type = PRONOUN;
            return true;
        }
        if ((t.equalsIgnoreCase(i, "them") || t.equalsIgnoreCase(i, "us") || t.equalsIgnoreCase(i, "you"))
                && countOfWhole(i, i, lo, m)) {
            return true;   // "one of them said", "some of us wrote"
        }
        if ((d.cls(v) & Document.VERB) != 0 && Character.isLowerCase(t.first(i)) && Sieves.oneOf(d, i, WITHHELD_NAME_ENDS)) {
            m.first = i;   // "a ferryman who spoke on condition of anonymity said": the one who spoke, not anonymity
            m.last = i;
            m.type = DESCRIPTION;
            headBeforeRelative(m, lo);
            if (m.first < i) {
                return true;
            }
            m.clear();
        }
        if (!mentionOrParenthesisEndingAt(i, lo, m)) {
            return barePluralSubject(i, v, lo, m);
        }
        if (m.type != PRONOUN && m.last == i && m.first < i && negatedAuxiliary(i)) {
            m.last = i - 1;   // "The wardens cannot say", "the skippers didn't ask": the negation is the verb's
        }
        if (m.type != PRONOUN && countOfWhole(m.first, m.last, lo, m)) {
            return true;   // "one of the growers said", "Many of the wardens say"
        }
        int end = m.last;
        headOfPhrase(m, lo);
        if (m.type != PRONOUN) {
            knowingPhrase(m, end, lo);
        }
        if ((d.cls(v) & Document.VERB) != 0) {
            headBeforeRelative(m, lo);   // a verb of speech: not "a candidate who runs a radio show, …", where a noun may read as a verb
        }
        return true;
    }

    /**
     * {@code cannot}, {@code didn't}, {@code won’t}: whether the lower-case word at {@code i} is an
     * auxiliary negated in one word, which belongs to the verb after it, never to a mention.
     */
    boolean negatedAuxiliary(int i) {
        if (t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i))) {
            return false;
        }
        return t.equalsIgnoreCase(i, "cannot") || contractedNot(i);
    }

    /** {@code didn't}, {@code Won’t}: whether the word at {@code i}, of four chars or more, ends in {@code n't}. */
    boolean contractedNot(int i) {
        int e = t.end(i);
        return t.length(i) > 3 && text.charAt(e - 1) == 't' && Chars.isApostrophe(text.charAt(e - 2)) && text.charAt(e - 3) == 'n';
    }

    /**
     * {@code The notice goes on to say}: whether the lower-case word at {@code k} opens a verb of
     * more than one word ({@code goes on}, {@code went on to say}), which ends the description before it.
     */
    private boolean verbPhraseHead(int k) {
        return (d.cls(k) & Document.PHRASE_HEAD) != 0 && Character.isLowerCase(t.first(k)) && d.verbAt(k) > 1;
    }

    /** Forms of {@code keep} that go on with a verb in -ing ({@link #goingOnBefore}). */
    private static final String[] GOING_ON_VERBS = {"keep", "keeps", "kept"};

    /**
     * {@code The wardens kept insisting …}, {@code they keep saying …}: whether a lower-case verb in
     * -ing at {@code v} follows a form of {@code keep}, which then tells that the saying goes on.
     */
    private boolean goingOnBefore(int v) {
        int k = v - 1;
        return k >= 0 && t.kind(v) == TokenBuffer.WORD && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k)
                && t.length(v) > 4 && t.endsWith(v, "ing") && !t.isCapitalized(v) && !t.isCapitalized(k)
                && Sieves.oneOf(d, k, GOING_ON_VERBS);
    }

    /** Last words of a relative clause in which the speaker withholds a name ({@code who asked not to be named}). */
    private static final String[] WITHHELD_NAME_ENDS = {"anonymity", "anonymous", "named", "identified"};

    /** Tokens at most between a relative {@code who} and the mention before the verb it is read for. */
    private static final int RELATIVE_CLAUSE_TOKENS = 12;
    /** Words that open a clause of their own inside a relative clause, whose subject is its own: {@code because he …}, {@code than aides …}. */
    private static final String[] CLAUSE_OPENERS = {"that", "and", "but", "or", "because", "while", "when", "if", "as",
            "since", "although", "though", "after", "before", "until", "so", "whether", "where", "than", "which", "whom",
            "whose", "what", "how", "why"};

    /**
     * {@code a ferryman who hid his name said}, {@code growers who sold the orchard say}:
     * when mention {@code m}, before a verb of speech, ends a relative clause that {@code who} opens with a
     * verb and maybe its object ({@code hid his name}), the one {@code who} stands for
     * ({@link #antecedent}) is the subject, not a word inside the clause: alone after a comma or as a
     * name, else a description with its clause. Not when the mention comes
     * right after {@code who} ({@code the pier, which she said …}: she speaks) nor past a comma, a
     * sentence end or a clause of its own inside ({@code who left because she said}). Reads at most
     * {@link #RELATIVE_CLAUSE_TOKENS} tokens back; sets {@code m} when the clause is found.
     */
    private void headBeforeRelative(Mention m, int lo) {
        if (m.type == PRONOUN && (Sieves.oneOf(d, m.first, SUBJECT_PRONOUNS) || t.equalsIgnoreCase(m.first, "you"))) {
            return;   // "who told the clerk she …": a subject pronoun opens a clause of its own
        }
        for (int k = m.first - 1; k > lo && m.first - k <= RELATIVE_CLAUSE_TOKENS; k--) {
            if (t.kind(k) != TokenBuffer.WORD && t.kind(k) != TokenBuffer.NUMBER && !isPossessiveMark(k)) {
                return;   // a comma, a sentence end, a quotation mark or a break: the clause is not read past it
            }
            if (Character.isLowerCase(t.first(k)) && Sieves.oneOf(d, k, CLAUSE_OPENERS)) {
                return;
            }
            if (t.equalsIgnoreCase(k, "who") && Character.isLowerCase(t.first(k))) {
                Mention n = phraseScratch;
                if (m.first - k >= 2 && antecedent(k, lo, n)) {
                    if (t.kind(k - 1) != TokenBuffer.WORD || n.type == NAME && !pluralForm(n.last)) {
                        m.set(n);   // "Lark, who …", "Lark who …": the one set off or named, alone
                    } else {
                        m.first = n.first;   // the description with its clause, as after a phrase: "growers who sold the orchard"
                        m.type = DESCRIPTION;
                    }
                }
                return;
            }
        }
    }

    /**
     * {@code the head of the guild}, {@code a clerk at the desk}, {@code an aide to the harbour
     * master}, {@code Ann Lee of New Harbor}: when mention {@code m}, a description or a name (a
     * body's whole name with {@code of} first, {@link #bodyOfName}), follows a preposition and a
     * mention before it, the one the phrase is about speaks, not the place or the body after the
     * preposition ({@link #ofPhrase}); after {@code to}, only a description a speaker noun heads.
     * Not after a {@code that} that opens a clause ({@code … that one of the …}). Reads one mention
     * before {@code m}; sets {@code m} when the phrase is found.
     */
    void headOfPhrase(Mention m, int lo) {
        bodyOfName(m, lo);   // "The Bureau of Tolls said": the body's whole name
        int p = m.first - 1;
        boolean the = m.type == NAME && p - 2 > lo && t.equalsIgnoreCase(p, "the") && Character.isLowerCase(t.first(p));
        if (the) {
            p--;   // "a clerk at the Pier Gazette": a name after "the" is a body's, whose phrase has a head before it
        }
        if ((m.type == DESCRIPTION || m.type == NAME) && p - 1 > lo && isPreposition(p)) {
            Mention n = phraseScratch;
            if (mentionEndingAt(p - 1, lo, n) && (n.type == NAME || n.type == DESCRIPTION
                    && (isSpeakerNoun(n.last) || n.first == n.last && isIndefinite(n.last)   // "somebody in the hall"
                        || !t.equalsIgnoreCase(n.first, "that")))
                    && (m.type == DESCRIPTION || m.first == m.last || the && headOfBody(n, lo) || headOfLongName(n))) {
                ofPhrase(m, n, p);   // "a clerk at the desk said", "Gov. Ann Lee of Ohio said": not the desk, not Ohio
            }
        } else if ((m.type == DESCRIPTION || m.type == NAME) && m.first - 2 > lo && t.equalsIgnoreCase(m.first - 1, "to")) {
            Mention n = phraseScratch;
            if (mentionEndingAt(m.first - 2, lo, n) && n.type == DESCRIPTION && isSpeakerNoun(n.last)) {
                m.set(n);   // "an aide to the harbour master said": the aide, whom a speaker noun names
            }
        }
    }

    /**
     * {@link #headOfPhrase} for a phrase set off by a comma before its verb, an apposition or a
     * relative clause between ({@code The head of the guild, who is new, said}): only when the head
     * opens its sentence, its paragraph or its part after a quotation, {@code and} or {@code but}. An
     * object's phrase is not its head: in {@code the diary of a warden who} the warden is meant,
     * and in {@code Ann Lee, head of the guild, the town's oldest, said} the name speaks.
     */
    void openingHeadOfPhrase(Mention m, int lo) {
        Mention h = openingScratch;
        h.set(m);
        headOfPhrase(h, lo);
        int b = h.first - 1;
        if (h.first != m.first && (b <= lo || t.kind(b) == TokenBuffer.PARAGRAPH_BREAK || d.endsSentence(b)
                || t.kind(b) == TokenBuffer.QUOTE_MARK || t.equalsIgnoreCase(b, "and") || t.equalsIgnoreCase(b, "but"))) {
            m.set(h);
        }
    }

    /** Prepositions whose object a mention is, not the subject of a verb after it: {@code met with the head of …}. */
    private static final String[] OBJECT_PREPOSITIONS = {"with", "to", "by", "of", "for", "at", "in", "from", "on", "about",
            "against", "into", "over", "among"};

    /**
     * Whether mention {@code n} before a preposition and a body's name after {@code the} is the one
     * the phrase is about ({@code a clerk at the Pier Gazette}, {@code Ann Lee of the Orchard Trust}):
     * a name, or a description a noun ends (not an adverb: {@code looked sadly at the Grey Heron}),
     * that is no object of a preposition before it ({@code met with the board of the Pier Gazette}).
     */
    private boolean headOfBody(Mention n, int lo) {
        if (n.first - 1 > lo && Character.isLowerCase(t.first(n.first - 1)) && Sieves.oneOf(d, n.first - 1, OBJECT_PREPOSITIONS)) {
            return false;
        }
        return n.type == NAME || isSpeakerNoun(n.last) || isPersonNoun(n.last) || plainLowerWord(n.last) && !t.endsWith(n.last, "ly");
    }

    /**
     * Whether mention {@code n} before a preposition heads a phrase whose object is a name of more
     * than one word: a speaker noun ({@code Officials at the Bureau of Tolls}) or a person's name of
     * more than one word ({@code Ann Lee of New Harbor}); not a title, a lone capitalised word or a
     * body's name ({@code Freedom of Information Act}, {@code president and CEO of Harbor Bank}).
     */
    private boolean headOfLongName(Mention n) {
        return isSpeakerNoun(n.last)
                || n.type == NAME && n.first < n.last && !isTitle(n.last) && !ORGANISATION_NOUNS.contains(d.lowerWord(n.last))
                    && !Sieves.oneOf(d, n.last, BODY_NOUNS);
    }

    /**
     * {@code the Bureau of Tolls}, {@code The Bank of New Harbor}, {@code the Guild of Pier Wardens}:
     * when name {@code m} follows a lower-case {@code of} and a capitalised word that {@code the}
     * opens or a capitalised noun that names a body ({@code organisation-nouns.txt}, {@link
     * #BODY_NOUNS}), the two are one name, which {@code m} is set to; not after a title ({@code the
     * Duke of …}) nor a person's name ({@code Ann Lee of New Harbor}). Reads one mention before {@code m}.
     */
    private boolean bodyOfName(Mention m, int lo) {
        if (m.type != NAME || m.first - 2 <= lo || !t.equalsIgnoreCase(m.first - 1, "of") || !Character.isLowerCase(t.first(m.first - 1))) {
            return false;
        }
        Mention n = phraseScratch;
        if (!mentionEndingAt(m.first - 2, lo, n) || !t.isCapitalized(n.last) || isTitle(n.last)) {
            return false;
        }
        boolean body = ORGANISATION_NOUNS.contains(d.lowerWord(n.last)) || Sieves.oneOf(d, n.last, BODY_NOUNS);
        boolean the = n.first - 1 > lo && t.equalsIgnoreCase(n.first - 1, "the");
        if (!body && !(n.first == n.last && the)) {
            return false;
        }
        m.first = the ? n.first - 1 : n.first;   // with its "the", as a description has it
        return true;
    }

    /**
     * Whether the word at token {@code last}, ending a name, names a body rather than a person
     * ({@code organisation-nouns.txt}, {@link #BODY_NOUNS}): {@code Harrowgate Ferry Board}.
     */
    boolean namesABody(int last) {
        return ORGANISATION_NOUNS.contains(d.lowerWord(last)) || Sieves.oneOf(d, last, BODY_NOUNS);
    }

    /** organisation-nouns.txt: nouns that close the name of an organisation, which {@code of} may go on. */
    private static final WordSet ORGANISATION_NOUNS = Lexicons.words("organisation-nouns.txt");
    /** Nouns closing the name of a public body that {@code of} goes on: {@code the Bureau of Tolls}. */
    private static final String[] BODY_NOUNS = {"bureau", "office", "board", "commission", "bank", "union", "league",
            "service", "court", "chamber", "federation", "alliance", "coalition"};

    /**
     * {@code Sen. Ann Lee of New Harbor, a Whig, said}: when name {@code m}, before the comma of an
     * apposition, follows {@code of} or {@code from} and a name of more than one word that is no
     * organisation's, the place belongs to the person, who speaks. Sets {@code m} to that name. Reads one mention before {@code m}.
     */
    private void nameBeforePlace(Mention m, int lo) {
        if (m.type != NAME || m.first - 2 <= lo
                || !(t.equalsIgnoreCase(m.first - 1, "of") || t.equalsIgnoreCase(m.first - 1, "from"))
                || !Character.isLowerCase(t.first(m.first - 1))) {
            return;
        }
        Mention n = new Mention();
        if (mentionEndingAt(m.first - 2, lo, n) && n.type == NAME && n.first < n.last
                && !ORGANISATION_NOUNS.contains(d.lowerWord(n.last)) && !Sieves.oneOf(d, n.last, BODY_NOUNS)) {
            m.set(n);   // not "the Guild of Pier Wardens, which …": a name with "of" inside
        }
    }

    /** Adjectives and participles that with their preposition tell who knows the matter or stands near a person. */
    private static final String[][] KNOWING_RELATIONS = {{"familiar", "with"}, {"close", "to"}, {"closest", "to"},
            {"briefed", "on"}, {"privy", "to"}, {"knowledgeable", "about"}, {"loyal", "to"}, {"allied", "with"},
            {"aligned", "with"}};

    /**
     * {@code Growers familiar with the orchard sale said}, {@code a clerk close to the warden said},
     * {@code ferrymen with knowledge of the tides said}: when mention {@code m} follows such a
     * relation, the noun before the relation speaks, with the whole phrase up to token {@code end}
     * as its mention, not the orchard sale nor the warden. Reads the relation, at most four words
     * before {@code m}, and the mention that ends before it; sets {@code m} when the phrase is found.
     */
    private void knowingPhrase(Mention m, int end, int lo) {
        int rel = m.first - 2;
        if (rel - 1 <= lo) {
            return;
        }
        int head;
        if (relationAt(rel, m.first - 1)) {
            head = rel - 1;
        } else if (t.equalsIgnoreCase(m.first - 1, "of") && t.equalsIgnoreCase(rel, "knowledge")) {
            int with = t.equalsIgnoreCase(rel - 1, "with") ? rel - 1
                    : rel - 2 > lo && t.equalsIgnoreCase(rel - 2, "with") && plainLowerWord(rel - 1) ? rel - 2 : -1;
            if (with < 0) {
                return;
            }
            head = with - 1;   // "with knowledge of", "with long knowledge of"
        } else {
            return;
        }
        if (head <= lo) {
            return;
        }
        Mention n = new Mention();
        if (mentionEndingAt(head, lo, n) && n.type == DESCRIPTION) {
            m.first = n.first;
        } else if (t.kind(head) == TokenBuffer.WORD && (isSpeakerNoun(head) || t.equalsIgnoreCase(head, "those")
                || pluralHead(head, lo))) {
            m.first = head - 1 > lo && isDeterminer(head - 1) ? head - 1 : head;   // "People close to …", "Those close to …"
        } else {
            return;
        }
        m.last = end;
        m.type = DESCRIPTION;
    }

    /**
     * Whether word {@code i} is a plural noun ({@link #pluralNoun}), or one with a capital that opens
     * its sentence ({@code Skippers close to …}): a word after {@code lo} or after no word.
     */
    private boolean pluralHead(int i, int lo) {
        if (pluralNoun(i)) {
            return true;
        }
        return t.isCapitalized(i) && (i - 1 <= lo || t.kind(i - 1) != TokenBuffer.WORD) && !isFunctionWord(i) && !isPronoun(i)
                && pluralForm(i);
    }

    /** Whether words {@code a} and {@code b} are one of {@link #KNOWING_RELATIONS}, in lower case. */
    private boolean relationAt(int a, int b) {
        if (t.kind(a) != TokenBuffer.WORD || !Character.isLowerCase(t.first(a))) {
            return false;
        }
        for (String[] r : KNOWING_RELATIONS) {
            if (t.equalsIgnoreCase(a, r[0]) && t.equalsIgnoreCase(b, r[1])) {
                return true;
            }
        }
        return false;
    }

    /** collective-nouns.txt: nouns that count or gather people, whose phrase with {@code of} names the speakers. */
    private static final WordSet COLLECTIVE_NOUNS = Lexicons.words("collective-nouns.txt");

    /**
     * Mention {@code m}, after a preposition, and mention {@code n} before it, as one speaker: the
     * whole phrase when {@code n} counts or gathers the people {@code m} names ({@code a majority of
     * growers}, {@code a group of wardens}), else {@code n}, the one the phrase is about ({@code the
     * head of the guild}, {@code a clerk at the desk}); {@code preposition} is the token of the preposition. Sets {@code m}.
     */
    private void ofPhrase(Mention m, Mention n, int preposition) {
        boolean whole = n.type == DESCRIPTION && t.equalsIgnoreCase(preposition, "of") && COLLECTIVE_NOUNS.contains(d.lowerWord(n.last));
        m.first = n.first;
        if (!whole) {
            m.last = n.last;
        }
        m.type = n.type;
    }

    /** Words at most before a plural noun that stands with no determiner: {@code angry local growers}. */
    private static final int BARE_PLURAL_WORDS = 3;

    /**
     * {@code “…,” growers said}, {@code After the vote, angry growers said}, {@code a group of growers
     * said}: a plural noun in lower case at token {@code i}, no word of the lexicon's, with at most a
     * few lower-case words before it and no determiner, after a comma or right after a quotation
     * that closes on one, before verb token {@code v} in a form that agrees ({@code said}, not {@code
     * says}): the people it names are the subject. After {@code of}, the phrase with the description
     * before it ({@link #ofPhrase}). Sets {@code m}; else false.
     */
    private boolean barePluralSubject(int i, int v, int lo, Mention m) {
        if (!pluralNoun(i)) {
            return false;
        }
        int j = i;
        while (j - 1 > lo && i - j < BARE_PLURAL_WORDS && plainLowerWord(j - 1)) {
            j--;
        }
        if (j - 2 > lo && t.equalsIgnoreCase(j - 1, "of")) {
            Mention n = new Mention();
            if (!mentionEndingAt(j - 2, lo, n) || n.type != DESCRIPTION || t.equalsIgnoreCase(n.first, "that")) {
                return false;
            }
            m.first = j;
            m.last = i;
            ofPhrase(m, n, j - 1);   // "a group of growers said", "the head of the guild said"
            return true;
        }
        if (j - 2 > lo && !t.equalsIgnoreCase(j - 1, "of") && isPreposition(j - 1) && Character.isLowerCase(t.first(j - 1))) {
            Mention n = new Mention();
            if (mentionEndingAt(j - 2, lo, n) && n.type == DESCRIPTION && (isSpeakerNoun(n.last) || pluralNoun(n.last))
                    && opensPart(n.first, lo)) {
                m.set(n);   // "Some advocates for lower tolls said": the advocates, not the tolls
                return true;
            }
        }
        if (j - 3 > lo && relationAt(j - 2, j - 1)) {
            m.first = j;   // "Skippers close to growers say": the head before the relation, not the growers
            m.last = i;
            m.type = DESCRIPTION;
            knowingPhrase(m, i, lo);
            return m.first < j;
        }
        if (t.endsWith(v, "s")) {
            return false;   // a verb in -s agrees with no plural subject: not "growers says"
        }
        if (j - 1 > lo && t.is(j - 1, ',') || j - 1 == lo && tagAfterQuotation(lo)) {
            m.first = j;
            m.last = i;
            m.type = DESCRIPTION;
            return true;
        }
        if (j - 1 > lo && i - j < BARE_PLURAL_WORDS && capitalOpener(j - 1, lo)) {
            m.first = j - 1;   // "Federal inspectors said", "Angry growers said": the phrase, not a name
            m.last = i;
            m.type = DESCRIPTION;
            return true;
        }
        return false;
    }

    /**
     * Whether token {@code k} is a capitalised word that opens its sentence (or its part after a
     * comma or a quotation mark) and may open a description: no function word, pronoun,
     * determiner, title, verb of the lexicon's or form in {@code -ing} ({@code Federal}, {@code Angry},
     * {@code Local}).
     */
    private boolean capitalOpener(int k, int lo) {
        if (t.kind(k) != TokenBuffer.WORD || !t.isCapitalized(k) || d.inQuote(k) || isFunctionWord(k) || isPronoun(k)
                || isDeterminer(k) || isTitle(k) || (d.cls(k) & Document.VERB) != 0 || t.endsWith(k, "ing")) {
            return false;   // not "Holding signs, the crowd chanted": a participle opens a phrase of its own
        }
        int b = k - 1;
        return b <= lo || t.isBreak(b) || d.endsSentence(b) || t.is(b, ',') || t.kind(b) == TokenBuffer.QUOTE_MARK;
    }

    /**
     * Whether token {@code k} closes a quotation that itself ends in a comma, question or exclamation
     * mark ({@code “Go on,” growers said}): what follows is its tag, not a noun the quoted words
     * modify ({@code the “fair toll” growers want}).
     */
    private boolean tagAfterQuotation(int k) {
        return k > 0 && t.kind(k) == TokenBuffer.QUOTE_MARK && (t.is(k - 1, ',') || t.is(k - 1, '?') || t.is(k - 1, '!'));
    }

    /** Whether token {@code i} has the form of a plural noun: a {@link #plainLowerWord} of {@link #pluralForm}. */
    private boolean pluralNoun(int i) {
        return plainLowerWord(i) && pluralForm(i);
    }

    /** Whether word {@code i} ends as a plural does: in -s, not -ss, over three letters. */
    private boolean pluralForm(int i) {
        return t.length(i) > 3 && t.endsWith(i, "s") && !t.endsWith(i, "ss");
    }

    /**
     * {@code growers}, {@code angry local growers}: whether a plural noun with no determiner, after
     * at most {@link #BARE_PLURAL_WORDS} plain words, opens at token {@code j} and ends before
     * {@code hi}, at the first plural that no other plural follows ({@code ferry hands}, not on to
     * a verb and its object: {@code ferry hands hailed skippers}). Sets {@code m} to it.
     */
    private boolean barePluralAt(int j, int hi, Mention m) {
        int last = -1;
        for (int k = j; k < hi && k - j <= BARE_PLURAL_WORDS && plainLowerWord(k); k++) {
            if (pluralNoun(k) && !(k + 1 < hi && pluralNoun(k + 1))) {
                last = k;   // the head: "media outlets", not on to "quoted sources" after it
                break;
            }
        }
        if (last < 0) {
            return false;
        }
        m.first = j;
        m.last = last;
        m.type = DESCRIPTION;
        return true;
    }

    /**
     * {@code the head of the guild said}, {@code a number of papers quoted}: where the phrase of
     * mention {@code m} ends when {@code of} and another mention follow it before {@code hi}. The
     * mention after {@code of} joins {@code m} when {@code m} counts or gathers people ({@code a
     * number of papers}); else {@code m} stays the head ({@code the head}). Returns the token after
     * the phrase, {@code m.last + 1} when no {@code of} follows.
     */
    int pastOfPhrase(Mention m, int hi) {
        int of = m.last + 1;
        if (m.type != DESCRIPTION || of + 1 >= hi || !t.equalsIgnoreCase(of, "of")) {
            return of;
        }
        Mention n = new Mention();   // made only where "of" follows: this runs for every subject a sentence is read for
        if (!(barePluralAt(of + 1, hi, n) || subjectAfter(of + 1, hi, n) && n.first == of + 1 && n.type != PRONOUN)
                || n.last + 1 >= hi || t.kind(n.last + 1) != TokenBuffer.WORD) {
            return of;   // "the timing of Lee’s push": a phrase that goes on past the mention is not read here
        }
        if (COLLECTIVE_NOUNS.contains(d.lowerWord(m.last))) {
            m.last = n.last;
        }
        return n.last + 1;
    }

    /** Whether token {@code i} is a word in lower case that is no function word, pronoun, determiner or verb of the lexicon's. */
    private boolean plainLowerWord(int i) {
        return t.kind(i) == TokenBuffer.WORD && Character.isLowerCase(t.first(i)) && !isFunctionWord(i) && !isPronoun(i)
                && !isDeterminer(i) && (d.cls(i) & Document.VERB) == 0 && !d.inQuote(i);
    }

    /**
     * {@code one of the growers}: when the whole at tokens {@code [first, last]} follows {@code of}
     * and a word of quantity that opens its part of the sentence ({@link #opensPart}), the part
     * described by the whole is one speaker: sets {@code m} to it. Else false, {@code m} untouched.
     */
    private boolean countOfWhole(int first, int last, int lo, Mention m) {
        if (first - 2 <= lo || !t.equalsIgnoreCase(first - 1, "of") || !isQuantifier(first - 2) || !opensPart(first - 2, lo)) {
            return false;
        }
        m.first = first - 2;
        m.last = last;
        m.type = DESCRIPTION;
        return true;
    }

    /**
     * Whether token {@code k} opens a part of its sentence: right after the bound {@code lo}, a
     * comma, a quotation mark or {@code and}/{@code but} ({@code “…,” one of them said}, {@code …,
     * and many of the growers say}), not after a {@code that} or a verb whose object it may be.
     */
    private boolean opensPart(int k, int lo) {
        int b = k - 1;
        return b <= lo || t.is(b, ',') || t.kind(b) == TokenBuffer.QUOTE_MARK || t.equalsIgnoreCase(b, "and")
                || t.equalsIgnoreCase(b, "but");
    }

    /** Pronouns that, contracted with an auxiliary ({@code he's}, {@code they've}), still open a clause as its subject. */
    private static final String[] SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"};
    /** The auxiliaries contracted onto a pronoun, after the apostrophe. */
    private static final String[] CONTRACTED_AUXILIARIES = {"s", "ve", "d", "ll"};
    /** The length of the longest of {@link #CONTRACTED_AUXILIARIES}. */
    private static final int MAX_AUXILIARY = Arrays.stream(CONTRACTED_AUXILIARIES).mapToInt(String::length).max().orElse(0);

    /** Whether word {@code i} is a subject pronoun with a contracted auxiliary: {@code he’s}, {@code they've}, {@code I’d}. */
    boolean contractedSubjectPronoun(int i) {
        if (t.kind(i) != TokenBuffer.WORD) {
            return false;
        }
        int s = t.start(i);
        int e = t.end(i);
        // Only the last places can hold the apostrophe before an auxiliary of one or two letters;
        // one further on leaves a longer "auxiliary", and one before them a pronoun with an
        // apostrophe in it, neither of which matches. Each word after a name comes here.
        for (int a = Math.max(s + 1, e - 1 - MAX_AUXILIARY); a < e - 1; a++) {
            char c = text.charAt(a);
            if (c == '\'' || c == '\u2019') {
                return matchesAny(s, a, SUBJECT_PRONOUNS) && matchesAny(a + 1, e, CONTRACTED_AUXILIARIES);
            }
        }
        return false;
    }

    /** Whether the text from {@code s} to {@code e} is one of {@code words}, ignoring case. */
    private boolean matchesAny(int s, int e, String[] words) {
        for (String w : words) {
            if (w.length() == e - s && Chars.regionEqualsIgnoreCase(text, s, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Ann Lee, secretary of roads, bridges and ferries, said}: an apposition whose words
     * hold a list, so that the comma at {@code comma} is one of its own; a name before an earlier
     * comma, past lower-case words only and within the same few tokens ({@code steps} spent
     * already), is the subject.
     */
    private boolean nameBeforeListingApposition(int comma, int lo, int steps, Mention m) {
        for (int j = comma - 1; j > lo && steps < 24; j--, steps++) {
            if (t.is(j, ',')) {
                if (mentionOrParenthesisEndingAt(j - 1, lo, m) && m.type == NAME) {
                    return true;
                }
                continue;   // "roads, bridges, and ferries": another item of the list
            }
            if (!(t.kind(j) == TokenBuffer.WORD && Character.isLowerCase(t.first(j)))) {
                return false;   // only the lower-case words of a role and its list
            }
        }
        return false;
    }

    /** Words of a number up to ten, which with another and {@code in} tell a share of people: {@code two in seven}. */
    private static final String[] COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    /** Adverbs before a share of people that belong to it: {@code nearly two in seven}. */
    private static final String[] SHARE_ADVERBS = {"about", "around", "nearly", "almost", "roughly", "some", "over", "under", "only", "just"};

    /** Words before {@code than} that belong to a share of people: {@code more than five in 9}. */
    private static final String[] COMPARATIVES = {"more", "fewer", "less"};

    /** Whether token {@code i} is a count: digits that are no age, or a number word up to ten. */
    private boolean isCount(int i) {
        return t.kind(i) == TokenBuffer.NUMBER && !isAgeWord(i) || t.kind(i) == TokenBuffer.WORD && Sieves.oneOf(d, i, COUNT_WORDS);
    }

    /** Tokens at most in an apposition set off by dashes. */
    private static final int DASH_APPOSITION_TOKENS = 24;

    /**
     * {@code Lee — a former aide to the mayor — said}: the mention before an apposition set off by
     * two dashes of one kind, the second at token {@code close}. Sets {@code m} to it.
     */
    private boolean dashApposition(int close, int lo, Mention m) {
        int words = 0;
        for (int j = close - 1; j > lo && close - j <= DASH_APPOSITION_TOKENS; j--) {
            int kind = t.kind(j);
            if (kind == TokenBuffer.DASH) {
                boolean same = t.length(j) == t.length(close) && text.charAt(t.start(j)) == text.charAt(t.start(close));
                return same && words > 0 && mentionOrParenthesisEndingAt(j - 1, lo, m);
            }
            if (kind == TokenBuffer.QUOTE_MARK || t.isBreak(j) || d.endsSentence(j) && !t.is(j, '.')) {
                return false;
            }
            words += kind == TokenBuffer.WORD ? 1 : 0;
        }
        return false;
    }

    /** A mention ending at token {@code i}, or before a parenthesis there: {@code Sen. Ted Cruz (R-Texas)}. */
    private boolean mentionOrParenthesisEndingAt(int i, int lo, Mention m) {
        if (i > lo && t.is(i, ')')) {
            int j = i - 1;
            int steps = 0;
            while (j > lo && !t.is(j, '(') && steps < 8) {
                j--;
                steps++;
            }
            return j > lo && t.is(j, '(') && mentionEndingAt(j - 1, lo, m);
        }
        return mentionEndingAt(i, lo, m);
    }

    private static final String[] QUANTIFIERS = {"one", "two", "three", "some", "many", "most", "several", "few",
        "all", "each", "both", "none", "half", "dozens", "hundreds", "thousands"};

    /** A word that takes a partitive {@code of}: {@code one of}, {@code some of}, {@code 40 of}. */
    private boolean isQuantifier(int i) {
        if (t.kind(i) == TokenBuffer.NUMBER) {
            return !isAgeWord(i);
        }
        for (String w : QUANTIFIERS) {
            if (t.equalsIgnoreCase(i, w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 46-year-old}: an age, which after a determiner names a person ({@code said the 46-year-old}). */
    boolean isAgeWord(int i) {
        int e = t.end(i);
        return t.kind(i) == TokenBuffer.NUMBER && t.length(i) > 5 && text.regionMatches(true, e - 4, "-old", 0, 4);
    }

    /** A mention whose last token is {@code i}. */
    boolean mentionEndingAt(int i, int lo, Mention m) {
        if (i - 1 > lo && isAgeWord(i) && isDeterminer(i - 1)) {
            m.first = i - 1;   // "the 43-year-old asked"
            m.last = i;
            m.type = DESCRIPTION;
            return true;
        }
        if (i <= lo || t.kind(i) != TokenBuffer.WORD) {
            return false;
        }
        if (isIndefinite(i)) {
            m.first = i;
            m.last = i;
            m.type = DESCRIPTION;
            return true;
        }
        if (standsForPeople(i, lo)) {
            // "Another tweeted", "both told", "the two wrote", "they both said"
            boolean pronoun = i - 1 > lo && isPronoun(i - 1) && Character.isLowerCase(t.first(i));
            m.first = i - 1 > lo && (pronoun || isDeterminer(i - 1) || t.equalsIgnoreCase(i - 1, "all")) ? i - 1 : i;
            m.last = pronoun ? i - 1 : i;
            m.type = pronoun ? PRONOUN : DESCRIPTION;
            return true;
        }
        if (isPronoun(i)) {
            m.first = i;
            m.last = i;
            m.type = PRONOUN;
            return true;
        }
        if (isNameWord(i) || t.isCapitalized(i) && isTitle(i)) {
            int j = i;
            int count = 0;
            while (j - 1 > lo && count < MAX_MENTION_TOKENS && !spacedApart(j)
                    && (isNameWord(j - 1) || isNameConnector(j - 1) && j - 2 > lo && isNameWord(j - 2)
                    || isNameConnector(j - 1) && j - 3 > lo && isNameConnector(j - 2) && isNameWord(j - 3) || titleBeforeLineBreak(j - 1))) {
                j -= titleBeforeLineBreak(j - 1) ? 2 : 1;
                count++;
                int titled = titleOfBefore(j - 1, lo);
                if (titled > lo) {
                    j = titled;   // "Speaker of the House Ann Lee": the title and its office open the name
                }
            }
            int titled = j == i ? titleOfBefore(j - 1, lo) : lo;
            if (titled > lo) {
                j = titled;   // "Secretary of State said"
            }
            // "another Ohio Republican" is a description that happens to hold capitals.
            if (j - 1 > lo && isDeterminer(j - 1) && !isNameEnd(i)) {
                m.first = j - 1;
                m.last = i;
                m.type = DESCRIPTION;
                return true;
            }
            // "the senator from Ohio": the name ends a description, it is not the speaker.
            if (j - 2 > lo && isPreposition(j - 1) && (d.cls(j - 2) & Document.CAPITALIZED) == 0
                    && mentionEndingAt(j - 2, lo, m) && m.type == DESCRIPTION) {
                m.last = i;
                return true;
            }
            m.first = j;
            m.last = i;
            m.type = NAME;
            return true;
        }
        if (Character.isLowerCase(t.first(i)) && !isFunctionWord(i)) {
            // A description: back to its determiner over at most a few words.
            int j = i;
            int count = 0;
            while (j - 1 > lo && count < 6 && (t.kind(j - 1) == TokenBuffer.WORD || t.kind(j - 1) == TokenBuffer.NUMBER
                    || isPossessiveMark(j - 1)) && !isDeterminer(j - 1) && !isFunctionWord(j - 1) && !isPronoun(j - 1)
                    && !(j - 2 > lo && irregularPastAfterNoun(j - 1))) {   // "the vote got residents": residents, not the vote
                j--;
                count++;
            }
            if (j - 1 > lo && isDeterminer(j - 1)) {
                m.first = determinerBeforeCount(j - 1, lo);
                m.last = i;
                m.type = DESCRIPTION;
                return true;
            }
            int set = adjectivesSetOffBefore(j, lo);
            if (set > lo && (isSpeakerNoun(i) || isPersonNoun(i))) {
                m.first = set;   // "the soft-spoken, white-haired envoy said": adjectives set off by a comma, then the head
                m.last = i;
                m.type = DESCRIPTION;
                return true;
            }
            for (int k = i - 1; k >= Math.max(j, i - 3); k--) {
                if ((isPossessive(k) && k >= i - 2 || k + 1 < i && isPossessiveMark(k + 1)) && isNameWord(k)) {
                    int f = k;   // "Powell's office", "Trump's campaign manager", "Hoskins’ weekly letter": the name owns the speaker
                    while (f - 1 > lo && isNameWord(f - 1) && k - f < MAX_MENTION_TOKENS) {
                        f--;
                    }
                    m.first = f;
                    m.last = i;
                    m.type = DESCRIPTION;
                    return true;
                }
            }
            if (isSpeakerNoun(i) && (j == i || text.charAt(t.end(i) - 1) == 's'
                    || t.kind(j) == TokenBuffer.NUMBER && j == i - 1)) {   // "police said", "officials said", "21 percent said"
                m.first = j;
                m.last = i;
                m.type = DESCRIPTION;
                return true;
            }
            if (isSpeakerNoun(i) && j < i && isNameWord(j)) {
                m.first = j;   // "White House spokesman"
                m.last = i;
                m.type = DESCRIPTION;
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a move that critics said was doomed}: whether token {@code k} is {@code that} or {@code
     * this} before a plural noun at token {@code head}, which such a word cannot determine ({@code
     * those critics}), so that it is a relative word or a pronoun and the noun stands alone. A
     * singular in -is or -us ({@code that analysis}) keeps its determiner, as does one of {@link
     * #SINGULARS_IN_S} ({@code that news}).
     */
    boolean relativeBeforePlural(int k, int head) {
        return (t.equalsIgnoreCase(k, "that") || t.equalsIgnoreCase(k, "this")) && pluralNoun(head)
                && !t.endsWith(head, "is") && !t.endsWith(head, "us") && !Sieves.oneOf(d, head, SINGULARS_IN_S);
    }

    /** Nouns in -s that are singular: {@code that news}, {@code this series}. */
    private static final String[] SINGULARS_IN_S = {"news", "series", "species", "means", "politics", "economics",
        "headquarters", "whereabouts", "crossroads"};

    /** Determiners that a definite determiner or an owner may stand before: {@code the two}, {@code her many}. */
    private static final String[] COUNTING_DETERMINERS = {"two", "three", "many", "several"};
    /** Definite determiners and owners that open a phrase before a counting determiner. */
    private static final String[] DEFINITE_DETERMINERS = {"the", "these", "those", "his", "her", "their", "its", "our",
            "my", "your"};

    /**
     * {@code The two wardens}, {@code her many sons}: the token that opens the noun phrase whose
     * determiner is token {@code k}, the definite determiner or owner before a counting determiner,
     * else {@code k}. Reads one word before {@code k}.
     */
    private int determinerBeforeCount(int k, int lo) {
        return k - 1 > lo && Sieves.oneOf(d, k, COUNTING_DETERMINERS) && Sieves.oneOf(d, k - 1, DEFINITE_DETERMINERS) ? k - 1 : k;
    }

    /** Whether word {@code k} holds a hyphen ({@code long-held}); reads that word only. */
    boolean hasHyphen(int k) {
        for (int c = t.start(k); c < t.end(k); c++) {
            if (text.charAt(c) == '-') {
                return true;
            }
        }
        return false;
    }

    /** Articles that open a description whose first adjective a comma may set off. */
    private static final String[] ARTICLES = {"the", "a", "an"};

    /**
     * {@code the soft-spoken, white-haired envoy}: when a comma stands right before token {@code j},
     * where a description's words start, and one word with the form of an adjective (in -ed, or
     * joined by a hyphen) stands before it after an article, that article; else -1. A noun there
     * ({@code At that time, 47 percent said}) ends a phrase of its own.
     */
    private int adjectivesSetOffBefore(int j, int lo) {
        int k = j - 2;
        if (k - 1 <= lo || !t.is(j - 1, ',') || t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k))
                || isFunctionWord(k) || !Sieves.oneOf(d, k - 1, ARTICLES)) {
            return -1;
        }
        boolean adjective = t.endsWith(k, "ed") || hasHyphen(k);
        return adjective && (d.cls(k) & Document.VERB) == 0 ? k - 1 : -1;
    }

    /**
     * {@code Smith, who has long said …}: a relative pronoun right before verb token {@code v}
     * (auxiliaries and adverbs between) as its subject, with the type of the mention it stands for
     * (the name is filled in from that on linking).
     */
    boolean relativeBefore(int v, int lo, Mention m) {
        int i = v - 1;
        while (i > lo && isVerbFiller(i) && v - i <= 3) {
            i--;
        }
        int k = i > lo && !isRelative(i) ? timePhraseEndingAt(i, lo) : -1;
        if (k > lo) {
            int j = k - 1;   // "who in 2019 said", "who has in the past called": the phrase of time is skipped
            while (j > lo && isVerbFiller(j) && k - j <= 2) {
                j--;
            }
            if (j > lo && isRelative(j)) {
                i = j;
            }
        }
        if (i <= lo || !isRelative(i) || !antecedent(i, lo, m)) {
            return false;
        }
        m.first = i;
        m.last = i;
        return true;
    }

    /** Words opening a phrase of time: {@code in 2010}, {@code last week}, {@code earlier this year}. */
    private static final String[] TIME_OPENERS = {"in", "on", "last", "this", "earlier", "since"};
    /** Nouns closing a phrase of time besides years, and besides weekdays and months ({@code time-words.txt}). */
    private static final String[] TIME_NOUNS = {"past", "week", "weeks", "month", "months", "year", "years", "weekend",
        "spring", "summer", "fall", "autumn", "winter"};
    private static final WordSet TIME_WORDS = Lexicons.words("time-words.txt");
    /** Digits of a year that closes a phrase of time ({@code in 2019}). */
    private static final int YEAR_DIGITS = 4;

    /**
     * The first token of a short phrase of time ending at token {@code end}: an opener, an
     * optional {@code the} and a year, a weekday or month, or a noun of time ({@code in 2010},
     * {@code on Monday}, {@code in the past}, {@code last week}); -1 when there is none.
     */
    private int timePhraseEndingAt(int end, int lo) {
        boolean noun = t.kind(end) == TokenBuffer.NUMBER && t.length(end) == YEAR_DIGITS
                || t.kind(end) == TokenBuffer.WORD && (Sieves.oneOf(d, end, TIME_NOUNS) || TIME_WORDS.contains(text, t.start(end), t.end(end)));
        if (!noun) {
            return -1;
        }
        int k = end - 1;
        if (k > lo && (t.equalsIgnoreCase(k, "the") || t.equalsIgnoreCase(k, "this") && k - 1 > lo && t.equalsIgnoreCase(k - 1, "earlier"))) {
            k--;
        }
        return k > lo && Sieves.oneOf(d, k, TIME_OPENERS) && Character.isLowerCase(t.first(k)) ? k : -1;
    }

    /** Determiners opening the noun phrase of a pause after {@code after}: {@code after some thought}. */
    private static final String[] PAUSE_DETERMINERS = {"a", "an", "another", "some"};
    /** Words at most in a phrase of a pause: {@code after}, its determiner and two more. */
    private static final int MAX_PAUSE_TOKENS = 4;

    /**
     * The token {@code after} opening a phrase of a pause that ends at token {@code end}, between a
     * subject and its verb ({@code Bramwen after some thought said}): {@code after}, an indefinite
     * determiner and at most two more words, all in lower case; else -1.
     */
    private int pausePhraseEndingAt(int end, int lo) {
        for (int k = end - 1; k > lo && end - k < MAX_PAUSE_TOKENS; k--) {
            if (t.kind(k + 1) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k + 1))) {
                return -1;
            }
            if (t.kind(k) == TokenBuffer.WORD && t.equalsIgnoreCase(k, "after") && Character.isLowerCase(t.first(k))) {
                return k + 1 < end && Sieves.oneOf(d, k + 1, PAUSE_DETERMINERS) ? k : -1;
            }
        }
        return -1;
    }

    /** {@code the Washington Post}: whether word {@code k} has a capital after a word with one, inside a name and no verb. */
    private boolean capitalAfterCapital(int k) {
        return k > 0 && t.isCapitalized(k) && t.kind(k - 1) == TokenBuffer.WORD && t.isCapitalized(k - 1);
    }

    /**
     * {@code a Friday editorial}, {@code the March memo}, {@code a Feb. 1 letter}: whether token
     * {@code k}, a weekday or a month with a capital, dates the lower-case noun right after it (or
     * after the day of the month), inside a description.
     */
    private boolean datesNoun(int k, int hi) {
        if (!t.isCapitalized(k) || !TIME_WORDS.contains(text, t.start(k), t.end(k))) {
            return false;
        }
        int noun = k + 1;
        if (noun + 1 < hi && t.kind(noun) == TokenBuffer.NUMBER && t.length(noun) <= 2) {
            noun++;   // "a Feb. 1 letter": the day of the month between
        }
        return noun < hi && t.kind(noun) == TokenBuffer.WORD && Character.isLowerCase(t.first(noun)) && !isFunctionWord(noun);
    }

    /** {@code who}, and {@code which} after a comma or a name word: a relative pronoun that may be a clause's subject. */
    boolean isRelative(int i) {
        return t.kind(i) == TokenBuffer.WORD && Character.isLowerCase(t.first(i))
                && (t.equalsIgnoreCase(i, "who") || i > 0 && (t.is(i - 1, ',') || isNameWord(i - 1)) && t.equalsIgnoreCase(i, "which"));
    }

    /**
     * The mention the relative pronoun at {@code i} stands for: the one right before it, or before
     * its comma ({@code the critics who say}, {@code Smith, who said}); past an apposition to the
     * name it describes ({@code Smith, the party's treasurer, who said}). Not a pronoun.
     */
    boolean antecedent(int i, int lo, Mention m) {
        boolean comma = i > 0 && (t.is(i - 1, ',') || t.kind(i - 1) == TokenBuffer.DASH);   // "Smith — who said"
        int j = comma ? i - 2 : i - 1;
        if (j <= lo) {
            return false;
        }
        if (!mentionOrParenthesisEndingAt(j, lo, m)) {
            if (comma || t.kind(j) != TokenBuffer.WORD || !Character.isLowerCase(t.first(j)) || isFunctionWord(j)
                    || isPronoun(j) || d.verbAt(j) > 0) {
                return false;
            }
            m.first = j;   // "farmers who said": a bare noun
            m.last = j;
            m.type = DESCRIPTION;
        }
        if (m.type == PRONOUN) {
            return false;
        }
        Mention n = new Mention();
        if (m.first - 2 > lo && isPreposition(m.first - 1) && mentionEndingAt(m.first - 2, lo, n)
                && (n.type == NAME || n.type == DESCRIPTION && isSpeakerNoun(n.last))) {
            m.first = n.first;   // "Smith of Ohio, who", "a senator from the coast, who": the head, not the place
            m.last = n.last;
            m.type = n.type;
        } else if (comma) {
            openingHeadOfPhrase(m, lo);   // "The head of the guild, who", "A clerk at the desk, who"
        }
        if (m.type == DESCRIPTION && m.first - 2 > lo && t.is(m.first - 1, ',')) {
            if (mentionOrParenthesisEndingAt(m.first - 2, lo, n) && n.type == NAME) {
                m.first = n.first;
                m.last = n.last;
                m.type = NAME;
            }
        }
        return true;
    }

    /**
     * {@code Secretary of State}, {@code Speaker of the House}: the capitalized title whose office,
     * {@code of} and perhaps {@code the} before it, ends at token {@code i}, which must be that
     * {@code of} or {@code the}; -1 when there is none. The office and the name after it are one
     * mention with the title, not a name of their own after a preposition.
     */
    int titleOfBefore(int i, int lo) {
        if (i - 1 > lo && t.equalsIgnoreCase(i, "the") && Character.isLowerCase(t.first(i))) {
            i--;
        }
        return i - 1 > lo && t.equalsIgnoreCase(i, "of") && Character.isLowerCase(t.first(i))
                && t.isCapitalized(i - 1) && isTitle(i - 1) ? i - 1 : -1;
    }

    /**
     * The last capitalized word of the office that follows the capitalized title at token {@code
     * k} ({@code Secretary of State}, {@code Speaker of the House}); -1 when none follows.
     */
    private int officeAfterTitle(int k, int hi) {
        if (!t.isCapitalized(k) || !isTitle(k) || k + 2 >= hi || !t.equalsIgnoreCase(k + 1, "of")
                || !Character.isLowerCase(t.first(k + 1))) {
            return -1;
        }
        int o = k + 2;
        if (t.equalsIgnoreCase(o, "the") && Character.isLowerCase(t.first(o))) {
            o++;
        }
        return o < hi && isNameWord(o) ? o : -1;
    }

    /** Whether the capitalized run ending at {@code i} looks like a person's name, not a description. */
    private boolean isNameEnd(int i) {
        return !isSpeakerNoun(i);
    }

    /** Whether token {@code i} is a line break right after a title ({@code Mr.} at the end of a hard-wrapped line). */
    boolean titleBeforeLineBreak(int i) {
        return i > 0 && t.kind(i) == TokenBuffer.LINE_BREAK && isTitle(i - 1) && t.isCapitalized(i - 1);
    }

    /** Token {@code i}, or the one after it when {@code i} is a line break inside a paragraph (hard-wrapped text). */
    int skipLineBreak(int i, int hi) {
        return i + 1 < hi && t.kind(i) == TokenBuffer.LINE_BREAK ? i + 1 : i;
    }

    /** Words of a description after {@code this} or {@code that} at most. */
    private static final int MAX_DEMONSTRATIVE_WORDS = 4;
    /** Nouns of manner and time, which after a demonstrative name no person. */
    private static final String[] MANNER_NOUNS = {"way", "manner", "fashion", "time", "moment", "instant", "day",
        "night", "morning", "evening", "afternoon"};
    /** Prepositions that may follow an inverted subject ({@code wailed this tall gardener to her}). */
    private static final String[] AFTER_SUBJECT = {"to", "in", "with", "as", "from", "at"};

    /**
     * {@code “…,” hummed that plump bailiff, “…”}, {@code “…,” wailed this tall gardener to her}:
     * the inverted subject opened by {@code this} or {@code that} at token {@code j}, a description
     * of at most {@link #MAX_DEMONSTRATIVE_WORDS} lower-case words, a hard-wrapped line apart or not
     * (no verb among them, nor a noun of manner or time at their end), which punctuation, an adverb in -ly or a preposition must close: {@code hummed that
     * plums ripen} and {@code hummed that bailiff is late} are clauses. For a story's tags only:
     * in news the demonstrative opens a reported clause.
     */
    boolean demonstrativeSubjectAfter(int j, int hi, Mention m) {
        int i = skipLineBreak(j, hi);
        if (i >= hi || t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i))
                || !t.equalsIgnoreCase(i, "this") && !t.equalsIgnoreCase(i, "that")) {
            return false;
        }
        int head = -1;
        int k = wrappedLine(i + 1, hi);
        int words = 0;   // words, not tokens: a hard-wrapped line inside the description counts for none
        while (k < hi && words < MAX_DEMONSTRATIVE_WORDS && t.kind(k) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(k)) && !isFunctionWord(k) && !isPronoun(k) && !isVerbFiller(k)
                && (d.cls(k) & Document.VERB) == 0) {
            head = k;
            words++;
            k = wrappedLine(k + 1, hi);
        }
        if (head < 0 || k >= hi && k < t.size() || Sieves.oneOf(d, head, MANNER_NOUNS)) {
            return false;
        }
        // the end of the text or of the paragraph closes the description as a full stop does
        boolean closed = k >= t.size() || t.kind(k) == TokenBuffer.PUNCTUATION && (t.is(k, ',') || t.is(k, '.') || t.is(k, ';')
                || t.is(k, '!') || t.is(k, '?') || t.is(k, ':'))
                || t.isBreak(k) || isVerbFiller(k) || Sieves.oneOf(d, k, AFTER_SUBJECT);
        if (!closed) {
            return false;
        }
        m.first = i;
        m.last = head;
        m.type = DESCRIPTION;
        return true;
    }

    /**
     * The inverted subject starting at or after token {@code j} ({@code said Smith}, {@code said the
     * spokesman}, {@code said he}), looking no further than {@code hi} (exclusive).
     */
    boolean subjectAfter(int j, int hi, Mention m) {
        int i = skipLineBreak(j, hi);
        int filler = -1;
        if (i < hi && isVerbFiller(i)) {
            filler = i;
            i = skipLineBreak(i + 1, hi);
        }
        if (i >= hi || t.kind(i) != TokenBuffer.WORD && t.kind(i) != TokenBuffer.NUMBER) {
            return false;
        }
        if (roughCountOfPeople(i, hi, m)) {
            return true;   // "about 200 protesters gathered": a count of people
        }
        if (i + 2 < hi && isQuantifier(i) && t.equalsIgnoreCase(i + 1, "of")
                && (!isQuantifier(i + 2) || i + 3 < hi && t.kind(i + 3) == TokenBuffer.WORD)   // "one of two aides"
                && (barePluralAt(i + 2, hi, m) || subjectAfter(i + 2, hi, m) && m.first == i + 2)) {
            m.first = i;   // "said one of the witnesses", "Hundreds of growers marched": the part, described by the whole
            m.type = DESCRIPTION;
            return true;
        }
        if (isAgeWord(i) && i + 1 < hi && t.kind(i + 1) == TokenBuffer.WORD && !isDeterminer(i + 1)
                && subjectAfter(i + 1, hi, m) && m.type != PRONOUN) {
            if (m.type == DESCRIPTION && m.first == i + 1) {
                m.first = i;   // "said 61-year-old farmer": the age describes the person
            }
            return true;   // "said 61-year-old farmer Tam Brandt": the name after the age is the speaker
        }
        if (t.kind(i) == TokenBuffer.NUMBER) {
            int n = i + 1;
            while (n + 1 < hi && n - i < 4 && t.is(n, '/') && t.kind(n + 1) == TokenBuffer.NUMBER) {
                n += 2;   // "4/12": a date in one
            }
            if (n < hi && t.kind(n) == TokenBuffer.WORD && Character.isLowerCase(t.first(n)) && !isFunctionWord(n)) {
                roleThenName(n, hi, m);
                if (m.type == NAME && m.first > n) {
                    return true;   // "said 2012 nominee Ann Lee", "said 4/12 flood survivor Ann Lee": a number opens her role
                }
                m.clear();
            }
            return false;
        }
        if (t.kind(i) != TokenBuffer.WORD) {
            return false;
        }
        if (isPronoun(i)) {
            if (t.equalsIgnoreCase(i, "it") || t.equalsIgnoreCase(i, "you")) {
                return false;
            }
            m.first = i;
            m.last = i;
            m.type = PRONOUN;
            return true;
        }
        if (t.isCapitalized(i) && isQuantifier(i) && i + 1 < hi && pluralNoun(i + 1)) {
            m.first = i;   // "Several growers said", "Many wardens agree": a count of people, no name
            m.last = i + 1;
            m.type = DESCRIPTION;
            return true;
        }
        if (isNameWord(i) || t.isCapitalized(i) && isTitle(i)) {
            int k = i;
            int count = 0;
            while (k + 1 < hi && count < MAX_MENTION_TOKENS && !spacedApart(k + 1)
                    && (isNameWord(k + 1) || isNameConnector(k + 1) && k + 2 < hi && isNameWord(k + 2)
                    || isNameConnector(k + 1) && k + 3 < hi && isNameConnector(k + 2) && isNameWord(k + 3)   // "Mrs. van der Berg"
                    || k + 2 < hi && titleBeforeLineBreak(k + 1) && isNameWord(k + 2))) {
                k += titleBeforeLineBreak(k + 1) ? 2 : 1;
                count++;
                int office = officeAfterTitle(k, hi);
                if (office > 0) {
                    k = office;   // "said Secretary of State Tom Kent": the office belongs to the name
                }
            }
            int office = k == i ? officeAfterTitle(k, hi) : -1;
            if (office > 0) {
                k = office;
                while (k + 1 < hi && count < MAX_MENTION_TOKENS && isNameWord(k + 1)) {
                    k++;
                    count++;
                }
            }
            if (!isPossessive(k) && isRoleWord(k + 1, hi)) {
                roleThenName(i, hi, m);
                if (m.type == NAME && m.first > k + 1 && roleWordsBetween(k + 1, m.first, hi)) {
                    return true;   // "said White House spokesman Ann Lee": the capitals open her role
                }
            }
            // "asked Will Quince": a capitalized filler between a lower-case verb and the name opens it
            m.first = filler >= 0 && filler + 1 == i && t.isCapitalized(filler) && givenNameAfterWord(filler) ? filler : i;
            m.last = k;
            m.type = NAME;
            if (isPossessive(k) && k + 1 < hi && t.kind(k + 1) == TokenBuffer.WORD
                    && Character.isLowerCase(t.first(k + 1)) && !isFunctionWord(k + 1)) {
                // "Scott's relatives": the possessor names whose the speakers are, not who they are
                int head = k + 1;
                while (head + 1 < hi && head - k < 3 && t.kind(head + 1) == TokenBuffer.WORD
                        && Character.isLowerCase(t.first(head + 1)) && !isFunctionWord(head + 1)
                        && isSpeakerNoun(head + 1)) {
                    head++;
                }
                m.last = head;
                m.type = DESCRIPTION;
            }
            return true;
        }
        if (!isDeterminer(i) && (d.cls(i) & Document.CAPITALIZED) == 0 && !isFunctionWord(i)) {
            // "said former council adviser Dan Orwin": modifiers, then a name or a role noun
            int k = roleThenName(i, hi, m);
            if (m.type == NAME) {
                return true;
            }
            if (k - 1 > i && isSpeakerNoun(k - 1)) {
                m.first = i;
                m.last = k - 1;
                m.type = DESCRIPTION;
                return true;
            }
            return false;
        }
        if (isDeterminer(i) && !t.equalsIgnoreCase(i, "that") && !t.equalsIgnoreCase(i, "this")) {
            // No line ends on a determiner: "said the⏎Major" goes on over the hard-wrapped line, capital or not.
            int k = i + 2 < hi && t.kind(i + 1) == TokenBuffer.LINE_BREAK && t.kind(i + 2) == TokenBuffer.WORD ? i + 2 : i + 1;
            int count = 0;
            int head = -1;
            while (k < hi && count < 6 && (t.kind(k) == TokenBuffer.WORD || isAgeWord(k)
                    || (count == 0 || datesNoun(k - 1, hi)) && t.kind(k) == TokenBuffer.NUMBER)   // "the March 3 memo"
                    && (!isFunctionWord(k) || count == 0 && datesNoun(k, hi)) && !isPronoun(k)
                    && !(count > 0 && (isVerbFiller(k) || (d.cls(k) & Document.VERB) != 0 && !capitalAfterCapital(k) || verbBeforeObject(k, hi)
                            || pastVerbEndingClause(k, hi) || irregularPastAfterNoun(k) || verbPhraseHead(k)))) {
                head = k;
                if (isSpeakerNoun(k) && !(k + 1 < hi && isSpeakerNoun(k + 1))) {
                    break;   // "the campaign spokesman": the role noun ends the description
                }
                k = wrappedLine(k + 1, hi);
                count++;
            }
            if (head >= 0 && !d.reportage && titledNameAfterAdjective(i, head, hi, m)) {
                return true;
            }
            if (head >= 0 && head + 1 == k && !isSpeakerNoun(head) && !isPersonNoun(head)) {
                head = nounAfterAdjectiveComma(k, hi, head);
            }
            if (head < 0 && quantifierNumber(i) != 0 && (i + 1 >= hi || t.kind(i + 1) != TokenBuffer.WORD)) {
                head = i;   // "said one.", "said another,": the quantifier stands for a person
            }
            if (head >= 0) {
                m.first = i;
                m.last = personAfterSpacedPossessive(head, hi);
                m.type = DESCRIPTION;
                return true;
            }
        }
        return false;
    }

    /**
     * {@code said my aunt ’s husband}: in text with its words spaced apart, a possessive written as
     * a mark and an {@code s} of their own after the head noun at {@code head}, then a lower-case noun
     * of a person, makes that person the speaker, as the unspaced {@code my aunt's husband} does; the
     * token of that noun, else {@code head}, unchanged. ({@code my aunt ’s voice} stays my aunt.)
     */
    private int personAfterSpacedPossessive(int head, int hi) {
        int mark = head + 1;
        int noun = head + 3;
        if (noun >= hi || t.kind(mark) != TokenBuffer.QUOTE_MARK || t.end(head) == t.start(mark)
                || t.end(mark) != t.start(mark + 1) || !t.equalsIgnoreCase(mark + 1, "s")
                || t.kind(noun) != TokenBuffer.WORD || !Character.isLowerCase(t.first(noun))) {
            return head;
        }
        char c = t.first(mark);
        return (c == '\u2019' || c == '\'') && (isPersonNoun(noun) || isSpeakerNoun(noun)) ? noun : head;
    }

    /**
     * {@code said the anxious Mrs. Quimby}, {@code cried the stout Mr. Thaddeus⏎Quimby}: in a description
     * opened by the determiner at token {@code i} and read up to token {@code head}, a title after
     * the adjectives, with a name after it (past a hard-wrapped line), opens the name: the speaker is
     * that person. Sets {@code m} to the title and name.
     */
    private boolean titledNameAfterAdjective(int i, int head, int hi, Mention m) {
        for (int j = i + 1; j <= head; j++) {
            if (!t.isCapitalized(j) || !isTitle(j)) {
                continue;
            }
            int e = skipLineBreak(j + 1, hi);
            if (e >= hi || !isNameWord(e)) {
                return false;
            }
            while (e - j < MAX_MENTION_TOKENS && skipLineBreak(e + 1, hi) < hi && isNameWord(skipLineBreak(e + 1, hi))) {
                e = skipLineBreak(e + 1, hi);
            }
            m.first = j;
            m.last = e;
            m.type = NAME;
            return true;
        }
        return false;
    }

    /** Words that make a number that follows them a rough one: {@code about 200}, {@code nearly 40}. */
    private static final String[] APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "some", "approximately"};

    /** Plural nouns that a number counts most often in news and that are no people: {@code 10,000 times}, {@code 40 years}. */
    private static final String[] COUNTED_THINGS = {"times", "minutes", "hours", "days", "weeks", "months", "years",
        "miles", "dollars", "votes", "points", "seats"};

    /**
     * {@code about 200 protesters}, {@code nearly 40 angry workers}: a number, perhaps made rough by
     * one of {@link #APPROXIMATORS}, starting at token {@code i}, then a lower-case noun in the plural
     * after at most one more word, which counts people. Sets {@code m} to it, a description.
     */
    private boolean roughCountOfPeople(int i, int hi, Mention m) {
        int n = i;
        if (t.kind(n) == TokenBuffer.WORD && Sieves.oneOf(d, n, APPROXIMATORS)) {
            n++;
        }
        if (n >= hi || t.kind(n) != TokenBuffer.NUMBER || isAgeWord(n)) {
            return false;
        }
        for (int k = n + 1; k < hi && k <= n + 2; k++) {
            if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || isFunctionWord(k)) {
                return false;
            }
            int e = t.end(k);
            if (t.length(k) > 3 && text.charAt(e - 1) == 's' && text.charAt(e - 2) != 's' && !Sieves.oneOf(d, k, COUNTED_THINGS)
                    || isSpeakerNoun(k)) {
                m.first = i;
                m.last = k;
                m.type = DESCRIPTION;
                return true;
            }
        }
        return false;
    }

    /**
     * Whether lower-case word {@code k}, inside a description after its first word, is rather the
     * verb after it: a determiner or a pronoun follows, which no noun of the description
     * does ({@code the drivers printed a flyer}), or {@code that} after a word in -ed ({@code the
     * board decided that}; not {@code the group that}, a relative clause).
     */
    private boolean verbBeforeObject(int k, int hi) {
        int n = k + 1;
        if (n >= hi || !Character.isLowerCase(t.first(k)) || t.kind(n) != TokenBuffer.WORD || !Character.isLowerCase(t.first(n))) {
            return false;
        }
        if (t.equalsIgnoreCase(n, "that")) {
            return t.length(k) > 3 && t.endsWith(k, "ed");
        }
        return isDeterminer(n) || isPronoun(n) || Sieves.oneOf(d, n, OBJECT_PRONOUNS);
    }

    /** Common verbs in the past tense that do not end in -ed. */
    private static final String[] IRREGULAR_PAST = {"came", "went", "saw", "stood", "sat", "ran", "rose", "took", "gave",
        "got", "knew", "felt", "held", "kept", "left", "brought", "began", "spoke", "broke", "drew", "fell", "heard", "met",
        "shook", "threw", "grew", "sprang", "struck", "swung", "stole", "crept", "knelt", "bent", "leant", "lay", "strode", "sank"};

    /**
     * Whether lower-case word {@code k}, inside a description after its first word, is rather a
     * verb in the past tense that ends its clause or goes on with a preposition or conjunction
     * ({@code the old lady came up}, {@code the clerk nodded and}, {@code the board voted 6-1}): a
     * word in -ed or a common irregular past, then a function word, a number, punctuation or nothing. A noun does not end in -ed, and
     * an adjective in -ed stands before its noun ({@code the astonished father}).
     */
    private boolean pastVerbEndingClause(int k, int hi) {
        boolean past = t.length(k) > 3 && t.endsWith(k, "ed") || Sieves.oneOf(d, k, IRREGULAR_PAST);
        if (!past || !Character.isLowerCase(t.first(k))) {
            return false;
        }
        int n = k + 1;
        return n >= hi || t.kind(n) != TokenBuffer.WORD || isFunctionWord(n);
    }

    /** Irregular pasts that are also adjectives or nouns inside a description ({@code the old bent man}, {@code a lay clerk}). */
    private static final String[] ADJECTIVE_PASTS = {"bent", "rose", "lay", "left"};

    /** Verbs in -s that link a subject to what follows it and never stand in a description. */
    private static final String[] LINKING_VERBS = {"appears", "seems", "remains", "becomes"};
    /** Verbs whose form after a noun no noun or adjective of a description shares: {@code the clerk put up a notice}. */
    private static final String[] PLAIN_VERBS = {"put", "set", "shows"};

    /**
     * Whether lower-case word {@code k}, inside a description after a lower-case word that is no
     * adverb in -ly, determiner or function word ({@code no set rule}), is a verb whatever follows it: a common irregular past ({@code the pier
     * crew grew weary}, {@code the clerk strode off}), a linking verb ({@code the ledger seems
     * to}) or {@code put}, {@code set}, {@code shows}. No adjective has those forms, so the description ends before it. Reads word
     * {@code k} and the one before it.
     */
    private boolean irregularPastAfterNoun(int k) {
        int b = k - 1;
        if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || t.kind(b) != TokenBuffer.WORD
                || !Character.isLowerCase(t.first(b)) || isVerbFiller(b) || isDeterminer(b) || isFunctionWord(b)) {
            return false;
        }
        return Sieves.oneOf(d, k, IRREGULAR_PAST) && !Sieves.oneOf(d, k, ADJECTIVE_PASTS) || Sieves.oneOf(d, k, LINKING_VERBS)
                || Sieves.oneOf(d, k, PLAIN_VERBS);
    }

    /** Pronouns only ever an object: a word right before one is a verb ({@code my uncle saw me}). */
    private static final String[] OBJECT_PRONOUNS = {"me", "him", "us", "them"};

    /**
     * Whether quantifier {@code i} stands alone for people as the subject of what follows it: a
     * verb, an adverb or no word ({@code another said}, not {@code two reports said}), and not after
     * an adjective, which makes it a noun ({@code the tall one said}, left to the description).
     */
    private boolean standsForPeople(int i, int lo) {
        if (quantifierNumber(i) == 0 || t.equalsIgnoreCase(i, "other") || i - 1 > lo && isPreposition(i - 1)) {
            return false;   // "two in five said": the share is the subject
        }
        if (i - 1 > lo && t.kind(i - 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(i - 1))
                && !isDeterminer(i - 1) && !isFunctionWord(i - 1) && !isPronoun(i - 1)) {
            return false;
        }
        if (i - 1 > lo && (isVerbFiller(i - 1) || t.is(i - 1, ',') || t.is(i - 1, '\u2014') || t.is(i - 1, '\u2013'))) {
            return false;   // "Lee and Ross have both urged", "… — both said": it floats after a subject named before
        }
        return i + 1 >= t.size() || t.kind(i + 1) != TokenBuffer.WORD || d.verbAt(i + 1) > 0 || isVerbFiller(i + 1);
    }

    /**
     * The words of a role from token {@code i} and the name that ends them ({@code former Obama
     * adviser Dan Orwin}, {@code CBS moderator Ann Lee}): fills {@code m} with the name and type
     * {@link #NAME} when a name ends them, else sets its type to -1; returns the token after the words.
     */
    private int roleThenName(int i, int hi, Mention m) {
        int k = i;
        int lastName = -1;
        int nameFirst = -1;
        while (k < hi && k - i < 6 && t.kind(k) == TokenBuffer.WORD && (!isFunctionWord(k) || roleOf(i, k, hi)) && !isPronoun(k)) {
            if (isNameWord(k)) {
                if (k == 0 || !isNameWord(k - 1)) {
                    nameFirst = k;
                }
                lastName = k;
            } else if (lastName >= 0 && lastName == k - 1) {
                nameFirst = -1;   // the capitals were a modifier ("Obama adviser"), not the end
                lastName = -1;
            }
            k++;
        }
        if (lastName == k - 1 && nameFirst >= 0) {
            m.first = nameFirst;
            m.last = lastName;
            m.type = NAME;
        } else {
            m.type = -1;
        }
        return k;
    }

    /**
     * Whether token {@code k}, inside the words of a role opened at {@code i}, is an {@code of}
     * joining two lower-case words of it ({@code master of ceremonies Ann Lee}, {@code director
     * of operations Ann Lee}).
     */
    private boolean roleOf(int i, int k, int hi) {
        return k > i && k + 1 < hi && t.equalsIgnoreCase(k, "of") && Character.isLowerCase(t.first(k - 1))
                && t.kind(k + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(k + 1)) && !isFunctionWord(k + 1)
                && !isPronoun(k + 1);
    }

    /**
     * Whether token {@code k} is a lower-case word that may name a role between capitals and a
     * name ({@code CBS moderator Ann Lee}), not a verb, adverb or participle that goes on a
     * sentence ({@code Lee hammered Ross}, {@code Lee openly admires Ross}, {@code Lee calling Ross}).
     */
    private boolean isRoleWord(int k, int hi) {
        if (k >= hi || t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || isFunctionWord(k)
                || isPronoun(k) || isVerbFiller(k) || (d.cls(k) & Document.VERB) != 0) {
            return false;
        }
        int e = t.end(k);
        int len = t.length(k);
        boolean ed = len > 3 && t.endsWith(k, "ed");
        boolean ing = len > 4 && t.endsWith(k, "ing");
        boolean s = len > 3 && text.charAt(e - 1) == 's' && text.charAt(e - 2) != 's';
        return !ed && !ing && !s;
    }

    /** Whether the lower-case words from {@code from} to {@code to} (exclusive) are all words of a role. */
    private boolean roleWordsBetween(int from, int to, int hi) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(t.first(k)) && !isRoleWord(k, hi)) {
                return false;
            }
        }
        return true;
    }

    /** White space that parts two words as a dash would, at least: three spaces or more. */
    private static final int WIDE_GAP = 3;

    /**
     * Whether token {@code k} stands a wide gap after the token before it ({@code Mr. Ross   Miss
     * Lane}, where a dash was lost): no name runs over it.
     */
    boolean spacedApart(int k) {
        return k > 0 && k < t.size() && t.start(k) - t.end(k - 1) >= WIDE_GAP;
    }

    /** Token {@code k}, or the word after it when {@code k} breaks a hard-wrapped line before a lower-case word ({@code the tall⏎baker}). */
    private int wrappedLine(int k, int hi) {
        return k + 1 < hi && t.kind(k) == TokenBuffer.LINE_BREAK && t.kind(k + 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(k + 1)) ? k + 1 : k;
    }

    static final int SINGULAR = 1;
    static final int PLURAL = 2;
    private static final String[] SINGULAR_QUANTIFIERS = {"one", "another", "each", "other"};
    private static final String[] PLURAL_QUANTIFIERS = {"both", "two", "three", "four", "five"};

    /**
     * Whether word {@code i} is a quantifier that may stand alone for people ({@code another said},
     * {@code the two wrote}, {@code said one}): {@link #SINGULAR}, {@link #PLURAL}, or 0.
     */
    int quantifierNumber(int i) {
        if (i < 0 || i >= t.size() || t.kind(i) != TokenBuffer.WORD) {
            return 0;
        }
        return Sieves.oneOf(d, i, SINGULAR_QUANTIFIERS) ? SINGULAR : Sieves.oneOf(d, i, PLURAL_QUANTIFIERS) ? PLURAL : 0;
    }

    /** Whether word {@code i} is a noun for a person of one gender ({@code man}, {@code lady}; person-nouns.txt). */
    private boolean isPersonNoun(int i) {
        return t.kind(i) == TokenBuffer.WORD && NameResolver.isPersonNoun(d.lowerWord(i));
    }

    /**
     * {@code a stout, cheerful woman}: when the description after a determiner stops at a comma
     * {@code c} after an adjective, the noun of one or two more lower-case words, if it names a
     * person and ends the phrase; else {@code head}, unchanged.
     */
    private int nounAfterAdjectiveComma(int c, int hi, int head) {
        if (c + 1 >= hi || !t.is(c, ',')) {
            return head;
        }
        for (int k = c + 1; k < hi && k <= c + 2; k++) {
            if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k)) || isFunctionWord(k)) {
                return head;
            }
            if ((isPersonNoun(k) || isSpeakerNoun(k)) && (k + 1 >= hi || t.kind(k + 1) != TokenBuffer.WORD)) {
                return k;
            }
        }
        return head;
    }
}
