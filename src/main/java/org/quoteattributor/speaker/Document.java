package org.quoteattributor.speaker;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.StringPool;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordFilter;

/**
 * What the sieves know of one text while they link it: its tokens, quotations, paragraphs, and
 * which tokens are narration. Made afresh for every call. Internal, not API.
 */
final class Document {

    /** Class bits this stage adds to the lexicon's (see {@link Lexicon#classOf}). */
    static final int CAPITALIZED = Lexicon.FIRST_FREE_BIT;
    static final int VERB = SpeechVerbs.VERB;
    static final int PHRASE_HEAD = SpeechVerbs.PHRASE_HEAD;
    /** Distinct bit sets one text may keep codes for; a text meets a few dozen. */
    private static final int MAX_CLASS_VALUES = 255;
    private static final Lexicon LEXICON = Lexicon.get();

    final TokenBuffer t;
    final String text;
    final List<FoundQuote> quotes;
    final QuotationFinder.Result found;
    final SpeechVerbs verbs;
    final Mentions mentions;
    /**
     * Per token, 0 until its word-class bits are looked up (on first use: most words of a text lie
     * far from any quotation and capitalized word, and are never asked about), then 1 + the index
     * of those bits in {@link #classValues}: a byte a token where the bits take an int.
     */
    private final byte[] classCodes;
    /** The distinct bit sets met so far, and an open-addressing index from bit set to code. */
    private final int[] classValues = new int[MAX_CLASS_VALUES];
    private int classValueCount;
    private final int[] classSlots = new int[2 * (MAX_CLASS_VALUES + 1)];
    final int maxDistance;
    /**
     * Per quotation, the first and last token of the name it addresses ({@link Sieves#vocativeIn}),
     * last -1 when none, -2 until asked; null until the first quotation is asked about.
     */
    int[] vocativeFirst;
    int[] vocativeLast;
    /** The names of the text, indexed before the sieves run. */
    final NameResolver names;
    /** One bit per token: set for the tokens inside a quotation. */
    private final long[] quoted;
    private final int[] quoteStartTok;
    private final int[] quoteEndTok;
    /** For each quotation, the index of the first quotation in its paragraph. */
    private final int[] firstInParagraph;
    /** Quotations a rule has found to name no speaker the text gives: the rules after it leave them. */
    private final boolean[] settled;
    /** One string per distinct stretch of the text, as written and lower-cased: names recur. */
    private final StringPool strings;
    private final StringPool lowerCased;

    Document(TokenBuffer t, QuotationFinder.Result found, SpeechVerbs verbs, int maxDistance) {
        this.t = t;
        this.text = t.text();
        this.found = found;
        this.quotes = found.quotes;
        this.verbs = verbs;
        this.maxDistance = maxDistance;
        int n = t.size();
        this.classCodes = new byte[n];
        this.strings = new StringPool(text, false);
        this.lowerCased = new StringPool(text, true);
        this.mentions = new Mentions(this);
        quoteStartTok = new int[quotes.size()];
        quoteEndTok = new int[quotes.size()];
        quoted = new long[(n >>> 6) + 1];
        int tok = 0;
        for (int qi = 0; qi < quotes.size(); qi++) {
            FoundQuote q = quotes.get(qi);
            while (tok < n && t.start(tok) < q.start) {
                tok++;
            }
            quoteStartTok[qi] = tok;
            while (tok < n && t.end(tok) <= q.end) {
                quoted[tok >>> 6] |= 1L << tok;
                tok++;
            }
            quoteEndTok[qi] = tok;
        }
        settled = new boolean[quotes.size()];
        firstInParagraph = new int[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            boolean same = qi > 0 && quotes.get(qi - 1).paragraph == quotes.get(qi).paragraph;
            firstInParagraph[qi] = same ? firstInParagraph[qi - 1] : qi;
        }
        sentencePerLine = readsAsSentencePerLine(text);
        boolean byWeekdays = datesByWeekday();
        if (sentencePerLine) {
            // a text of one sentence a line tells nothing by its paragraphs (each line is one):
            // only woven-in quotations, numbers or weekdays count there
            boolean woven = wovenIn() >= WOVEN_SHARE * quotes.size();
            boolean counts = countsMuch();
            reportage = woven || counts || byWeekdays;
            reportageByWovenQuotesAlone = woven && !counts && !byWeekdays;
        } else {
            reportage = readsAsReportage() || byWeekdays;
            reportageByWovenQuotesAlone = false;
        }
        names = new NameResolver(this);   // last: it reads the fields above
    }

    /** Marks quotation {@code qi} as one whose speaker the text does not name: no later rule gives it one. */
    void settle(int qi) {
        settled[qi] = true;
    }

    /** Whether a rule has marked quotation {@code qi} as naming no speaker (see {@link #settle}). */
    boolean settled(int qi) {
        return settled[qi];
    }

    /**
     * Below this share of quotation paragraphs followed by another one, the text reads as
     * reportage (news, essays), where a paragraph of quotation alone goes on with the last
     * speaker; above it, as dialogue, where it is the next turn.
     */
    static final double REPORTAGE_SHARE = 0.35;

    /**
     * From this share of quotations that are fragments woven into a sentence of narration ({@code
     * called the plan “a mess”}), a text with three paragraphs or more opening with a quotation, or
     * of one sentence a line, reads as reportage however its paragraphs follow one another: fiction
     * seldom quotes a few words inside a sentence, news does it all the time.
     */
    static final double WOVEN_SHARE = 0.1;

    /**
     * From this many numbers a thousand words (dates, ages, sums, shares: one in every 170
     * words), such a text reads as reportage too: stories seldom count so much.
     */
    static final int NUMBERS_PER_THOUSAND_WORDS = 6;
    /** Numbers a text has at least for {@link #NUMBERS_PER_THOUSAND_WORDS} to tell: in a short text one year alone is chance. */
    static final int MIN_NUMBERS = 2;

    /** Whether the text reads as reportage rather than dialogue (see {@link #REPORTAGE_SHARE}). */
    final boolean reportage;

    /**
     * Whether the text reads as reportage only by its share of quotations woven into narration, in
     * a text of one sentence a line (no weekdays, no wealth of numbers): a story that quotes many
     * words reads so too, and {@link TermDetector} reads its quoted words as a story's.
     */
    final boolean reportageByWovenQuotesAlone;

    /**
     * Whether few paragraphs opening with a quotation are followed by another one, or many
     * quotations are woven into sentences; with fewer than three paragraphs opening with a
     * quotation, whether some paragraph has no quotation at all. For a text of blank-line
     * paragraphs; one of one sentence a line is read in the constructor.
     */
    private boolean readsAsReportage() {
        int opening = 0;
        int adjacent = 0;
        int lastOpening = -2;
        for (int qi = 0; qi < quotes.size(); qi++) {
            FoundQuote q = quotes.get(qi);
            if (firstInParagraph[qi] != qi || !opensParagraph(qi)) {
                continue;
            }
            opening++;
            if (q.paragraph == lastOpening + 1) {
                adjacent++;
            }
            lastOpening = q.paragraph;
        }
        if (opening >= 3) {
            boolean turns = (double) adjacent / opening >= REPORTAGE_SHARE;
            // a scene of turns in a story's voice is a story though it counts: a diary's dates, a letter's sums
            return !turns && !speaksAsFiction()
                    || wovenIn() >= WOVEN_SHARE * quotes.size() || countsMuch() && !(turns && speaksAsFiction(false));
        }
        int withQuotes = 0;
        int last = -1;
        for (FoundQuote q : quotes) {
            if (q.paragraph != last) {
                withQuotes++;
                last = q.paragraph;
            }
        }
        // a short scene whose turns follow a beat of narration in their paragraphs ("Jarrick
        // shrugged. “Your choice.”"): three turns or more, in a story's voice
        return withQuotes < found.paragraphs && !(opening + beatTurns() >= 3 && speaksAsFiction());
    }

    /**
     * The quotations that are the first of their paragraph and follow a whole sentence of
     * narration there ({@code Jarrick shrugged. “Your choice.”}): turns after a beat, as a story
     * writes them; news sets its quotations after a verb and a comma or colon instead.
     */
    private int beatTurns() {
        int n = 0;
        for (int qi = 0; qi < quotes.size(); qi++) {
            if (firstInParagraph[qi] != qi || opensParagraph(qi)) {
                continue;
            }
            int b = firstToken(qi) - 1;
            while (b >= 0 && t.kind(b) == TokenBuffer.QUOTE_MARK) {
                b--;
            }
            if (b >= found.paraStart[quotes.get(qi).paragraph] && !inQuote(b) && (t.is(b, '.') || t.is(b, '!') || t.is(b, '?'))) {
                n++;
            }
        }
        return n;
    }

    /** Quotations at least a text has for {@link #speaksAsFiction} to tell anything. */
    static final int MIN_VOICE_QUOTES = 3;
    /** Words at most of the middle quotation, by length, in a story's voice: turns of talk are short. */
    static final int MAX_TURN_WORDS = 10;
    /** He, she, his, her, him a hundred words of narration, at least, in a story's voice. */
    static final int GENDERED_PER_HUNDRED_WORDS = 4;

    /**
     * Whether the text speaks in a story's voice, though few of its turns follow one another: its
     * quotations are short, as turns of talk are (the middle one by length of at most {@link
     * #MAX_TURN_WORDS} words), its narration names people by he and she ({@link
     * #GENDERED_PER_HUNDRED_WORDS}), and it counts nothing: fewer than {@link #MIN_NUMBERS} numbers in
     * its narration (one alone, a year or an hour, is chance). A short
     * scene whose turns each follow a line of narration reads as dialogue so; news quotes longer
     * statements, and counts.
     */
    private boolean speaksAsFiction() {
        return speaksAsFiction(true);
    }

    /** {@link #speaksAsFiction}; without {@code counting}, however many numbers its narration holds. */
    private boolean speaksAsFiction(boolean counting) {
        int n = quotes.size();
        if (n < MIN_VOICE_QUOTES) {
            return false;
        }
        int[] lengths = new int[n];
        for (int qi = 0; qi < n; qi++) {
            for (int i = firstToken(qi); i < afterToken(qi); i++) {
                if (t.kind(i) == TokenBuffer.WORD) {
                    lengths[qi]++;
                }
            }
        }
        Arrays.sort(lengths);
        if (lengths[n / 2] > MAX_TURN_WORDS) {
            return false;
        }
        long words = 0;
        long gendered = 0;
        int numbers = 0;
        for (int i = 0; i < t.size(); i++) {
            if (inQuote(i)) {
                continue;
            }
            if (counting && t.kind(i) == TokenBuffer.NUMBER && ++numbers >= MIN_NUMBERS) {
                return false;
            }
            if (t.kind(i) == TokenBuffer.WORD) {
                words++;
                if (Lexicon.pronounGender(cls(i)) != Lexicon.ANY) {
                    gendered++;
                }
            }
        }
        return gendered * 100 >= GENDERED_PER_HUNDRED_WORDS * words;
    }

    /**
     * How many quotations follow a lower-case word of narration that is not a reporting verb
     * ({@code the plan was “a mess”}, not {@code said “…”}): those {@link Sieves#classify} makes MIXED.
     */
    private int wovenIn() {
        int n = 0;
        for (int qi = 0; qi < quotes.size(); qi++) {
            int i = firstToken(qi) - 1;
            if (i >= 0 && t.kind(i) == TokenBuffer.WORD && Character.isLowerCase(t.first(i)) && !inQuote(i) && verbAt(i) == 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether numbers are frequent among the words (see {@link #NUMBERS_PER_THOUSAND_WORDS}). */
    private boolean countsMuch() {
        long words = 0;
        long numbers = 0;
        for (int i = 0; i < t.size(); i++) {
            int kind = t.kind(i);
            if (kind == TokenBuffer.NUMBER) {
                numbers++;
            } else if (kind == TokenBuffer.WORD) {
                words++;
            }
        }
        return numbers >= MIN_NUMBERS && numbers * 1000 >= NUMBERS_PER_THOUSAND_WORDS * (words + numbers);
    }

    /**
     * From this many weekday names and abbreviated offices ({@code Sen.}, {@code Gov.}, {@code Rep.})
     * a thousand words (one in every 250 words), two at least, a text reads as reportage: news dates what happened
     * by the day of the week and names officials by their office; stories seldom do either so often.
     * Only those of the narration count: people in a story talk of Friday too.
     */
    static final int DAYS_PER_THOUSAND_WORDS = 4;

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] OFFICES = {"Sen.", "Gov.", "Rep."};
    /** Both lists by length and first char: most capitalized words are neither, and need no compare. */
    private static final WordFilter DAYS_AND_OFFICES = new WordFilter(
            Stream.concat(Arrays.stream(WEEKDAYS), Arrays.stream(OFFICES)).toList());

    /** Whether weekdays and offices are frequent among the words (see {@link #DAYS_PER_THOUSAND_WORDS}). */
    private boolean datesByWeekday() {
        long words = 0;
        long days = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenBuffer.WORD) {
                continue;
            }
            words++;
            if (t.isCapitalized(i) && !inQuote(i) && mayBe(i, DAYS_AND_OFFICES) && (isOneOf(i, WEEKDAYS) || isOneOf(i, OFFICES))) {
                days++;
            }
        }
        return days > 1 && days * 1000 >= DAYS_PER_THOUSAND_WORDS * words;   // one alone may be chance
    }

    /** Whether token {@code i} is written exactly as one of {@code words}. */
    private boolean isOneOf(int i, String[] words) {
        int s = t.start(i);
        int n = t.end(i) - s;
        for (String w : words) {
            if (w.length() == n && text.startsWith(w, s)) {
                return true;
            }
        }
        return false;
    }

    /** Lines a text has, at least, to be taken for one written a sentence to a line. */
    static final int MIN_SENTENCE_LINES = 20;
    /** One line in this many, at most, may hold the end of a sentence and the start of another. */
    static final int SENTENCE_LINE_SHARE = 20;

    /**
     * Whether the text is written one sentence to a line, with no blank line between paragraphs
     * (as some corpora and sentence splitters give it): its line breaks then tell no paragraphs.
     */
    final boolean sentencePerLine;

    /**
     * Whether {@code text} has no blank line and few lines holding a sentence end followed by a
     * capitalized word ({@code … the gate. Then she …}; after a capitalized word, {@code Mr. Lane},
     * it may be an abbreviation). One pass over the chars.
     */
    static boolean readsAsSentencePerLine(String text) {
        int lines = 0;
        int twoSentences = 0;
        boolean blank = true;
        boolean counted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blank && lines > 0 && i + 1 < n) {
                    return false;   // a blank line: the text has paragraphs
                }
                blank = true;
                counted = false;
                continue;
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
                lines++;
            }
            if ((c == '.' || c == '!' || c == '?') && !counted && endsSentenceInLine(text, i)) {
                twoSentences++;
                counted = true;
            }
        }
        return lines >= MIN_SENTENCE_LINES && twoSentences * SENTENCE_LINE_SHARE <= lines;
    }

    /**
     * Whether the stop at {@code i}, after a word in lower case, is followed on its line (past
     * spaces and closing marks) by a capitalized word.
     */
    private static boolean endsSentenceInLine(String text, int i) {
        int w = i - 1;
        while (w >= 0 && text.charAt(w) == ' ') {
            w--;
        }
        int ws = w;
        while (ws >= 0 && Character.isLetter(text.charAt(ws))) {
            ws--;
        }
        if (w - ws < 2 || !Character.isLowerCase(text.charAt(ws + 1))) {
            return false;
        }
        int k = i + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || Chars.isQuoteMark(text.charAt(k)))) {
            k++;
        }
        return k > i + 1 && k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    /** Whether quotation {@code qi} opens its paragraph: only breaks and marks before it there. */
    boolean opensParagraph(int qi) {
        int first = firstToken(qi);
        int ps = found.paraStart[quotes.get(qi).paragraph];
        for (int i = ps; i < first; i++) {
            if (t.kind(i) != TokenBuffer.QUOTE_MARK && !t.isBreak(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first quotation in the paragraph of quotation {@code qi}. */
    int firstInParagraph(int qi) {
        return firstInParagraph[qi];
    }

    /** The word-class bits of token {@code i} (see {@link Lexicon#classOf}, {@link #CAPITALIZED}). */
    int cls(int i) {
        int code = classCodes[i] & 0xff;
        if (code != 0) {
            return classValues[code - 1];
        }
        int bits = classify(i);
        classCodes[i] = (byte) codeOf(bits);
        return bits;
    }

    /**
     * Whether token {@code i} is a word in {@code filter}'s list by its length and first char: when
     * not, it cannot have the class the filter stands for, and needs no look-up.
     */
    boolean mayBe(int i, WordFilter filter) {
        return t.kind(i) == TokenBuffer.WORD && filter.mayContain(text, t.start(i), t.end(i));
    }

    /** {@link Lexicon#pronounGender(int)} of token {@code i}: he, him, his, himself; she, her, hers, herself. */
    int pronounGender(int i) {
        return mayBe(i, LEXICON.genderedPronouns()) || mentions.contractedSubjectPronoun(i)   // "she’s"
                ? Lexicon.pronounGender(cls(i)) : Lexicon.ANY;
    }

    /** The code of a bit set, given one if new; 0 once the codes are used up (looked up again then). */
    private int codeOf(int bits) {
        int mask = classSlots.length - 1;
        int slot = (bits * 0x9e3779b9) >>> 16 & mask;
        while (true) {
            int code = classSlots[slot];
            if (code == 0) {
                if (classValueCount == MAX_CLASS_VALUES) {
                    return 0;
                }
                classValues[classValueCount++] = bits;
                classSlots[slot] = classValueCount;
                return classValueCount;
            }
            if (classValues[code - 1] == bits) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int classify(int i) {
        if (t.kind(i) != TokenBuffer.WORD) {
            return 0;
        }
        int s = t.start(i);
        int bits = verbs.classOf(text, s, t.end(i));
        if (bits == 0 && mentions.contractedSubjectPronoun(i)) {
            int a = s + 1;
            while (text.charAt(a) != '\'' && text.charAt(a) != '\u2019') {
                a++;   // contractedSubjectPronoun saw the apostrophe inside the word
            }
            bits = verbs.classOf(text, s, a);   // "she’s", "they’d": the pronoun, no name, with its gender
        }
        if (Character.isUpperCase(text.charAt(s)) || Chars.articleBeforeCapital(text, s, t.end(i))) {
            bits |= CAPITALIZED;
        }
        return bits;
    }

    /** {@code text[start, end)}, the same string object wherever the same chars recur. */
    String string(int start, int end) {
        return strings.get(start, end);
    }

    /** Token {@code i} in lower case, one string per distinct word of the text. */
    String lowerWord(int i) {
        return lowerCased.get(t.start(i), t.end(i));
    }

    /** {@code text[start, end)} lower-cased char by char, one string per distinct stretch. */
    String lowerString(int start, int end) {
        return lowerCased.get(start, end);
    }

    /**
     * The key a name ending at token {@code i} is known by: that word lower-cased char by char (as
     * long as the word), without a possessive {@code 's} ({@code Lamb's}); one object per key.
     */
    String nameKey(int i) {
        int s = t.start(i);
        int e = t.end(i);
        if (e - s > 2 && Character.toLowerCase(text.charAt(e - 1)) == 's'
                && Chars.isApostrophe(Character.toLowerCase(text.charAt(e - 2)))) {
            e -= 2;
        }
        return lowerCased.get(s, e);
    }

    /**
     * {@code her ads asking, “…”}: whether word {@code i} is a form in -ing right after a plural
     * noun (in -s, not -ss) and right before a comma, colon or quotation mark, a participle that
     * introduces what the noun says rather than a noun it modifies ({@code a blunt warning}).
     */
    private boolean ingAfterPlural(int i) {
        if (i < 1 || i + 1 >= t.size() || t.length(i) < 5 || !text.regionMatches(true, t.end(i) - 3, "ing", 0, 3)
                || t.kind(i - 1) != TokenBuffer.WORD || t.length(i - 1) < 3 || mentions.isPossessive(i - 1)
                || !(t.is(i + 1, ',') || t.is(i + 1, ':') || t.kind(i + 1) == TokenBuffer.QUOTE_MARK)) {
            return false;
        }
        int e = t.end(i - 1);
        return Character.toLowerCase(text.charAt(e - 1)) == 's' && Character.toLowerCase(text.charAt(e - 2)) != 's';
    }

    /**
     * A verb form that could be a noun: neither a past form (in -d, or wrote, spoke) nor a
     * third-person one in -s ({@code said}, {@code says} stay verbs after {@code the spokesman}).
     */
    /** Owners that a participle in {@code -ed} and a noun may follow: {@code her heated remarks}. */
    private static final String[] OWNER_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"};

    /**
     * {@code Corrow's heated remarks on …}, {@code their renewed pledges that …}: whether word {@code i},
     * ending in {@code -s}, follows a lower-case participle in {@code -ed} that follows an owner. The owner
     * and the participle open a noun phrase, so the word is its plural head, no verb with that phrase for
     * its subject. Reads the two words before {@code i} only.
     */
    private boolean ownedParticipleBefore(int i) {
        int w = i - 1;
        int owner = i - 2;
        if (owner < 0 || !t.endsWith(i, "s") || t.kind(w) != TokenBuffer.WORD || inQuote(w)
                || !Character.isLowerCase(t.first(w)) || !t.endsWith(w, "ed") || t.length(w) < 5
                || t.kind(owner) != TokenBuffer.WORD || inQuote(owner)) {
            return false;
        }
        if (mentions.isPossessive(owner)) {
            return !mentions.contractedSubjectPronoun(owner);   // not "he's argued"
        }
        for (String o : OWNER_PRONOUNS) {
            if (t.equalsIgnoreCase(owner, o)) {
                return true;
            }
        }
        return false;
    }

    private boolean nounLike(int i) {
        char last = Character.toLowerCase(text.charAt(t.end(i) - 1));
        return last != 'd' && last != 's' && !t.equalsIgnoreCase(i, "wrote") && !t.equalsIgnoreCase(i, "spoke")
                && !t.equalsIgnoreCase(i, "saying");
    }

    /** Whether token {@code i} lies inside a quotation. */
    boolean inQuote(int i) {
        return (quoted[i >>> 6] & (1L << i)) != 0;
    }

    /** The first token of quotation {@code qi}. */
    int firstToken(int qi) {
        return quoteStartTok[qi];
    }

    /** The token just after quotation {@code qi}. */
    int afterToken(int qi) {
        return quoteEndTok[qi];
    }

    /** Per quotation, the paragraph where it ends; null until first asked. */
    private int[] endParagraph;

    /** The paragraph where quotation {@code qi} ends, looked up once per quotation. */
    int endParagraph(int qi) {
        if (endParagraph == null) {
            endParagraph = new int[quotes.size()];
            for (int k = 0; k < endParagraph.length; k++) {
                endParagraph[k] = found.paragraphOf(Math.max(quoteStartTok[k], quoteEndTok[k] - 1));
            }
        }
        return endParagraph[qi];
    }

    /** Per paragraph, the first quotation that starts in it or after it; null until first asked. */
    private int[] firstFromParagraph;

    /**
     * The first quotation that starts in paragraph {@code p} or after it, or the number of
     * quotations when none does; built once, so a rule may ask it for every quotation.
     */
    int firstQuoteFrom(int p) {
        if (firstFromParagraph == null) {
            firstFromParagraph = new int[found.paragraphs + 1];
            int qi = 0;
            for (int k = 0; k <= found.paragraphs; k++) {
                while (qi < quotes.size() && quotes.get(qi).paragraph < k) {
                    qi++;
                }
                firstFromParagraph[k] = qi;
            }
        }
        return firstFromParagraph[Math.max(0, Math.min(p, found.paragraphs))];
    }

    /** Whether token {@code i} ends a sentence in the narration ({@code . ! ?}). */
    boolean endsSentence(int i) {
        if (t.kind(i) != TokenBuffer.PUNCTUATION) {
            return false;
        }
        char c = t.first(i);
        if (c == '.') {
            int e = t.end(i);   // "site.com", "e.g.": a full stop with a lower-case letter right after it ends no sentence
            return e >= text.length() || !Character.isLowerCase(text.charAt(e));
        }
        return c == '!' || c == '?' || c == '\u2026';
    }

    /** Characters at least in a line that no hard wrap makes: a break after it ends a paragraph. */
    static final int LONG_LINE_CHARS = 120;

    /**
     * Whether token {@code i} is a line break after a line longer than any hard wrap makes: text
     * whose lines are its paragraphs, one break between them. Looks back a bounded way.
     */
    boolean endsLongLine(int i) {
        if (t.kind(i) != TokenBuffer.LINE_BREAK) {
            return false;
        }
        int s = t.start(i);
        for (int c = s - 1; c >= 0 && s - c <= LONG_LINE_CHARS; c--) {
            if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
                return false;
            }
        }
        return s >= LONG_LINE_CHARS;
    }

    /** Whether token {@code i} is a paragraph boundary. */
    boolean isParagraphEnd(int i) {
        int p = found.paragraphOf(i);
        return i >= found.paraEnd[p];
    }

    /** The reporting verb or phrase length at token {@code i}, if used as a verb there (not after a determiner). */
    int verbAt(int i) {
        if ((cls(i) & (VERB | PHRASE_HEAD)) == 0) {
            return 0;
        }
        int len = (cls(i) & PHRASE_HEAD) != 0 ? verbs.match(t, i) : 1;
        if (len == 0) {
            return 0;
        }
        if (i > 0 && (mentions.isDeterminer(i - 1) && !quantifierSubject(i) && !(answerAfterVerb(i - 1) && pastForm(i))
                || mentions.isPossessive(i - 1) && !mentions.contractedSubjectPronoun(i - 1))) {
            return 0;   // "the report", "a statement", "Editor's note"; not "he's said"
        }
        if ((cls(i) & Lexicon.SPEECH_NOUN) != 0 && i > 1 && mentions.isDeterminer(i - 2)) {
            return 0;   // a word that is also a noun, two words after a determiner: "a Facebook post"
        }
        if (i > 1 && mentions.isDeterminer(i - 2) && t.kind(i - 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(i - 1)) && nounLike(i) && !quantifierSubject(i) && !ingAfterPlural(i)
                && (len == 1 || !mentions.isSpeakerNoun(i - 1) && !mentions.isTitle(i - 1))
                && !mentions.relativeBeforePlural(i - 2, i - 1)) {
            return 0;   // "a snappy retort", "an angry reply": a base form after an adjective is a noun;
        }               // but a phrase after a noun for a speaker or a title is its verb: "the mayor put it",
                        // and so is one after a plural that "that" cannot determine: "a toll that critics say"
        if (i > 1 && mentions.isPossessive(i - 2) && !mentions.contractedSubjectPronoun(i - 2) && t.kind(i - 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(i - 1)) && !mentions.isFunctionWord(i - 1) && nounLike(i) && nounLike(i - 1)
                && !mentions.isSpeakerNoun(i - 1) && !mentions.isTitle(i - 1) && !mentions.isPronoun(i - 1)) {
            return 0;   // "Lee's stiff reply": after an owner and a word that is no plural and no person, a base form is a noun
        }
        if (len == 1 && ownedParticipleBefore(i)) {
            return 0;   // "Corrow's heated remarks", "their renewed pledges": a plural noun after an owner and a participle
        }
        if (len == 1 && i > 2 && mentions.isDeterminer(i - 3) && t.isCapitalized(i - 2) && t.kind(i - 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(i - 1)) && !mentions.isFunctionWord(i - 1) && nounLike(i)
                && !mentions.isSpeakerNoun(i - 1) && !mentions.isTitle(i - 1)) {
            return 0;   // "the Ames zoning request": a base form after a name and a noun ends the noun phrase
        }
        return len;
    }

    /**
     * {@code Members who voted no said …}: whether the {@code no} at token {@code k} is an answer,
     * the object of a verb of the past in lower case right after a relative {@code who} ({@code
     * voted}, {@code answered}), not the determiner of the word after it ({@code noted no report}).
     */
    private boolean answerAfterVerb(int k) {
        return k > 1 && t.equalsIgnoreCase(k, "no") && t.equalsIgnoreCase(k - 2, "who")
                && t.kind(k - 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(k - 1))
                && edForm(k - 1) && !mentions.isFunctionWord(k - 1);
    }

    /** Irregular pasts of reporting verbs, which no noun shares: {@code said}, {@code told}. */
    private static final String[] IRREGULAR_PASTS = {"said", "told", "wrote", "thought", "felt", "knew", "spoke"};

    /**
     * Whether the word at token {@code i} is a form of the past ({@code argued}, {@code said}), as
     * a noun after {@code no} is not ({@code no comment}).
     */
    private boolean pastForm(int i) {
        return edForm(i) || Sieves.oneOf(this, i, IRREGULAR_PASTS);
    }

    /** Whether the word at token {@code i} ends in {@code -ed} after two letters at least: {@code voted}, not {@code red}. */
    private boolean edForm(int i) {
        return t.length(i) > 3 && t.endsWith(i, "ed");
    }

    /**
     * Whether the word before verb form {@code i} is a quantifier standing for people, its subject
     * rather than the determiner of a noun, the verb agreeing with it: "another says", "one told"
     * (not "another report"), "the two write", "both said" (not "two reports").
     */
    private boolean quantifierSubject(int i) {
        int number = i > 0 ? mentions.quantifierNumber(i - 1) : 0;
        if (number == 0) {
            return false;
        }
        char last = Character.toLowerCase(text.charAt(t.end(i) - 1));
        return number == Mentions.SINGULAR && !nounLike(i) && (last != 's' || !t.equalsIgnoreCase(i - 1, "other"))
                || number == Mentions.PLURAL && last != 's';
    }
}
