package org.quoteattributor.quote;

import java.util.ArrayList;
import java.util.List;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;

/**
 * Finds quotation spans in tokenized text: one left-to-right pass over the quotation marks with a
 * bounded stack, then local repairs for the ways real text breaks its marks. Linear in the number
 * of tokens; no recursion. Internal, not API.
 *
 * <p>Each mark is read from its glyph and from what stands on either side of it (a mark after a
 * space and before a letter opens, one after a letter and before a space closes), so that a closing
 * glyph used as an opener, straight quotes and tokenized text ({@code " Yes , " he said}) all pair
 * up. Repairs:
 * <ul>
 *   <li>a closing mark with no opener after a quotation that is followed by its attribution starts a
 *       continuation after that attribution (and after a dash):
 *       {@code “Yes,” she said. – We will.”};</li>
 *   <li>otherwise such a closer shows that the previous closer was really a nested opener typed
 *       with the wrong glyph, and the quotation runs on to it;</li>
 *   <li>with no quotation before it in the paragraph, the closer's quotation starts at the
 *       paragraph's start;</li>
 *   <li>an opener of the same family inside an open quotation opens a nested quotation only until
 *       the next closer, which closes the outer one too, so one missing mark cannot swallow a
 *       paragraph.</li>
 * </ul>
 * A quotation left open ends at its paragraph's end. Paragraphs are separated by blank lines in a
 * text that has them (hard-wrapped books, e-mail) and by line breaks otherwise; in the latter case
 * an open quotation may run on over a few lines when the next mark closes it (one sentence a line).
 */
public final class QuotationFinder {

    /** Deepest nesting followed; deeper marks are treated as text. */
    static final int MAX_DEPTH = 16;
    /** Lines an open quotation may run over in a text with no blank lines, before it is cut. */
    static final int MAX_LAZY_LINES = 12;
    /** The same for a quotation opened by a double mark, which speech of many sentences has. */
    static final int MAX_LAZY_LINES_DOUBLE = 30;
    /** Word tokens after a closer searched for its attribution (a verb and a speaker). */
    private static final int ATTRIBUTION_WINDOW = 8;
    /** Tokens looked ahead, at most, from a mark after a clipped word for the mark that closes its quotation. */
    private static final int CLIPPED_WORD_WINDOW = 60;

    /** The ordinal of {@code QuoteMarks.DIALOGUE_DASH}. */
    private static final int DIALOGUE_DASH = 7;

    private static final int DOUBLE = 0;
    private static final int SINGLE = 1;
    private static final int ACT_OPEN = 1;
    private static final int ACT_CLOSE = 2;

    private final boolean[] families;
    private final SpeechVerbs verbs;
    private final Lexicon lexicon = Lexicon.get();

    /**
     * @param families which {@code QuoteMarks} families are on, by ordinal
     * @param verbs the reporting verbs, used to recognise an attribution between two parts
     */
    public QuotationFinder(boolean[] families, SpeechVerbs verbs) {
        this.families = families.clone();
        this.verbs = verbs;
    }

    /** The family ordinal of guillemets: « », ‹ ›, » «. */
    static final int GUILLEMETS = 5;
    /** The family ordinal of corner brackets: 「 」, 『 』. */
    static final int CORNERS = 6;

    /** The family ordinal (as {@code QuoteMarks}) of a mark glyph, or -1. */
    static int family(char c) {
        switch (c) {
            case '"': return 0;
            case '\'': case '`': return 1;
            case '\u201c': case '\u201d': case '\u201f': case '\u2033': return 2;
            case '\u2018': case '\u2019': case '\u201b': case '\u2032': return 3;
            case '\u201e': case '\u201a': return 4;
            case '\u00ab': case '\u00bb': case '\u2039': case '\u203a': return 5;
            case '\u300c': case '\u300d': case '\u300e': case '\u300f': return 6;
            default: return -1;
        }
    }

    private static int group(char c) {
        switch (c) {
            case '\'': case '`': case '\u2018': case '\u2019': case '\u201b': case '\u2032': case '\u201a':
            case '\u2039': case '\u203a': case '\u300e': case '\u300f':
                return SINGLE;
            default:
                return DOUBLE;
        }
    }

    /** +1 for a glyph that opens, -1 for one that closes, 0 for a straight mark. */
    private static int glyph(char c) {
        switch (c) {
            case '\u201c': case '\u2018': case '\u201e': case '\u201a': case '\u00ab': case '\u2039':
            case '\u300c': case '\u300e': case '\u201f': case '\u201b':
                return 1;
            case '\u201d': case '\u2019': case '\u00bb': case '\u203a': case '\u300d': case '\u300f':
                return -1;
            default:
                return 0;
        }
    }

    /** Whether {@code closer} is the mirror image of {@code opener}: “ ”, « », 「 」 and the like. */
    private static boolean mirrors(char opener, char closer) {
        return opener == '\u201c' && closer == '\u201d' || opener == '\u00ab' && closer == '\u00bb'
                || opener == '\u2039' && closer == '\u203a' || opener == '\u300c' && closer == '\u300d'
                || opener == '\u300e' && closer == '\u300f' || opener == '\u2018' && closer == '\u2019';
    }

    /** Whether {@code closer} is the usual partner of an opening glyph that is not its mirror image. */
    private static boolean closesLowOrReversed(char opener, char closer) {
        return opener == '\u201e' && closer == '\u201c' || opener == '\u201a' && closer == '\u2018'
                || opener == '\u00bb' && closer == '\u00ab' || opener == '\u203a' && closer == '\u2039';
    }

    /** Runs the finder over the tokens of one text. */
    public Result find(TokenBuffer t) {
        return new Run(t).run();
    }

    /** What the finder found: top-level quotations in order, paragraphs, and each mark's role. */
    public static final class Result {
        public final List<FoundQuote> quotes;
        /** Token ranges of paragraphs: {@code [paraStart[p], paraEnd[p])}. */
        public final int[] paraStart;
        public final int[] paraEnd;
        public final int paragraphs;
        /** A {@link MarkRole} for every token (NONE for tokens that are not marks). */
        public final byte[] roles;

        Result(List<FoundQuote> quotes, int[] paraStart, int[] paraEnd, int paragraphs, byte[] roles) {
            this.quotes = quotes;
            this.paraStart = paraStart;
            this.paraEnd = paraEnd;
            this.paragraphs = paragraphs;
            this.roles = roles;
        }

        /** The paragraph holding token {@code tok} (binary search). */
        public int paragraphOf(int tok) {
            int lo = 0;
            int hi = paragraphs - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (paraStart[mid] <= tok) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /** The state of one pass over one text. */
    private final class Run {
        final TokenBuffer t;
        final String text;
        final int n;
        final byte[] roles;
        final List<FoundQuote> quotes = new ArrayList<>();
        final boolean blankLineParagraphs;

        int[] paraStart;
        int[] paraEnd;
        int paragraphs;
        int paragraphFirstTok;

        // The stack of open quotations: the mark token, group and opening glyph of each level.
        final int[] stackTok = new int[MAX_DEPTH];
        final int[] stackGroup = new int[MAX_DEPTH];
        final char[] stackGlyph = new char[MAX_DEPTH];
        final int[] stackStart = new int[MAX_DEPTH];
        int depth;
        FoundQuote current;          // the top-level quotation being read, when depth > 0
        int pendingNested = -1;      // an opener of the outer quotation's family inside it
        FoundQuote lastInParagraph;  // the last top-level quotation closed in this paragraph
        int afterLastQuote;          // the token after the last top-level quotation of this paragraph
        int quotesBeforeParagraph;   // how many quotations there were when this paragraph began
        int carryGroup = -1;         // group continued from the previous paragraph
        int lazyBreak = -1;          // line break an open quotation is running over, or -1
        int lazyLines;

        Run(TokenBuffer t) {
            this.t = t;
            this.text = t.text();
            this.n = t.size();
            this.roles = new byte[n];
            boolean blank = false;
            int breaks = 0;
            for (int i = 0; i < n; i++) {
                int kind = t.kind(i);
                blank |= kind == TokenBuffer.PARAGRAPH_BREAK;
                breaks += kind == TokenBuffer.PARAGRAPH_BREAK || kind == TokenBuffer.LINE_BREAK ? 1 : 0;
            }
            this.blankLineParagraphs = blank;
            // A paragraph ends at a break or at the end, each boundary after the last: room for them
            // all at once, instead of doubling arrays that a novel fills with thousands
            paraStart = new int[breaks + 1];
            paraEnd = new int[breaks + 1];
        }

        Result run() {
            paragraphFirstTok = 0;
            for (int i = 0; i < n; i++) {
                int kind = t.kind(i);
                if (kind == TokenBuffer.PARAGRAPH_BREAK) {
                    endParagraph(i);
                } else if (kind == TokenBuffer.LINE_BREAK) {
                    if (!blankLineParagraphs) {
                        lineBreak(i);
                    } else if (depth > 0 && quotationEndsAtLine(i)) {
                        endParagraph(i);
                    }
                } else if (kind == TokenBuffer.QUOTE_MARK) {
                    mark(i);
                }
            }
            endParagraph(n);
            return new Result(quotes, paraStart, paraEnd, paragraphs, roles);
        }

        // ---- paragraphs ------------------------------------------------------------------

        /** A line break in a text without blank lines: a paragraph end unless a quotation runs on. */
        void lineBreak(int i) {
            if (depth == 0) {
                if (!opensInLowerCase(i + 1)) {
                    endParagraph(i);
                }
                return;
            }
            if (lazyBreak < 0 && tagLineFollows(i)) {
                closeUnclosed(i);   // “Ha!⏎exclaimed Ann: the quotation ended with its line; its tag goes on the paragraph
                lastInParagraph = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
                afterLastQuote = i + 1;
                return;
            }
            if (lazyBreak < 0) {
                lazyBreak = i;
                lazyLines = 0;
            } else if (++lazyLines >= (current != null && !current.single ? MAX_LAZY_LINES_DOUBLE : MAX_LAZY_LINES)) {
                cutAtLazyBreak();
                if (i > paragraphFirstTok) {
                    endParagraph(i);
                }
            }
        }

        /**
         * Whether the line after line break {@code i} opens with a reporting verb in lower case
         * ({@code exclaimed Ann}): the tag of a quotation that ended with the line before.
         */
        boolean tagLineFollows(int i) {
            return opensInLowerCase(i + 1) && verbs.match(t, i + 1) > 0;
        }

        /** Chars at most in a line of hard-wrapped text, whose line breaks are no paragraph ends. */
        static final int WRAPPED_LINE_CHARS = 100;

        /**
         * In a text of blank-line paragraphs, whether the open quotation ends at line break {@code
         * i} as at a paragraph's end: its line, longer than a hard-wrapped one, ends a sentence and
         * the next opens a quotation with a double mark and a capital ({@code … every time.} /
         * {@code “We will …}). Such texts also end some paragraphs with one line break, and a
         * quotation left unclosed there would otherwise swallow the next.
         */
        boolean quotationEndsAtLine(int i) {
            if (i == 0 || i + 2 >= n || t.kind(i - 1) != TokenBuffer.PUNCTUATION || t.kind(i + 1) != TokenBuffer.QUOTE_MARK
                    || t.kind(i + 2) != TokenBuffer.WORD || !Character.isUpperCase(t.first(i + 2))) {
                return false;
            }
            char end = t.first(i - 1);
            char mark = text.charAt(t.start(i + 1));
            if (!(end == '.' || end == '!' || end == '?' || end == '\u2026') || t.length(i + 1) != 1
                    || group(mark) != DOUBLE || !glyphOpensHere(i + 1)) {
                return false;
            }
            int lineStart = i - 1;
            while (lineStart > 0 && !t.isBreak(lineStart - 1) && t.start(i) - t.start(lineStart) <= WRAPPED_LINE_CHARS) {
                lineStart--;   // back over this line, no further than a wrapped line's length
            }
            return t.start(i) - t.start(lineStart) > WRAPPED_LINE_CHARS;
        }

        /**
         * Whether the line starting at token {@code i} opens with a lower-case word: it goes on with
         * the sentence before ({@code “Ha!”} / {@code he muttered.}), so the paragraph does not end.
         */
        boolean opensInLowerCase(int i) {
            return i < n && t.kind(i) == TokenBuffer.WORD && Character.isLowerCase(t.first(i));
        }

        /** Ends the open quotation at the line break it was running over, and the paragraph there. */
        void cutAtLazyBreak() {
            int b = lazyBreak;
            lazyBreak = -1;
            closeUnclosed(b);
            closeParagraphAt(b);
        }

        void endParagraph(int boundary) {
            if (depth > 0 && lazyBreak >= 0) {
                cutAtLazyBreak();   // it never closed: it ended where its line did
            }
            if (depth > 0) {
                boolean continues = nextParagraphOpens(boundary);
                closeUnclosed(boundary);
                if (continues && !quotes.isEmpty()) {
                    carryGroup = quotes.get(quotes.size() - 1).group;
                }
            }
            lazyBreak = -1;
            closeParagraphAt(boundary);
        }

        void closeParagraphAt(int boundary) {
            if (families.length > DIALOGUE_DASH && families[DIALOGUE_DASH] && quotes.size() == quotesBeforeParagraph
                    && boundary > paragraphFirstTok) {
                dashDialogue(paragraphFirstTok, boundary);
            }
            if (boundary > paragraphFirstTok || paragraphs == 0 && boundary == n) {
                if (paragraphs == paraStart.length) {
                    paraStart = java.util.Arrays.copyOf(paraStart, paragraphs * 2);
                    paraEnd = java.util.Arrays.copyOf(paraEnd, paragraphs * 2);
                }
                paraStart[paragraphs] = paragraphFirstTok;
                paraEnd[paragraphs] = boundary;
                paragraphs++;
            }
            paragraphFirstTok = boundary + 1;
            afterLastQuote = paragraphFirstTok;
            quotesBeforeParagraph = quotes.size();
            lastInParagraph = null;
        }

        /**
         * A paragraph with no marks that opens with a dash: the dialogue runs to a dash that opens
         * narration ({@code —dijo ella—}), and goes on after the dash that closes it.
         */
        void dashDialogue(int first, int boundary) {
            if (!isDialogueDash(first)) {
                return;
            }
            int group = quotes.size();
            int start = first + 1;
            int narration = -1;   // where the narration after the speech from start begins, or boundary
            while (start < boundary) {
                while (start < boundary && (t.kind(start) == TokenBuffer.PUNCTUATION && !t.is(start, '\u00bf')
                        && !t.is(start, '\u00a1') || t.isBreak(start))) {
                    start++;
                }
                if (start >= boundary) {
                    return;
                }
                // The narration begins at a spaced dash followed by a lower-case word. A speech that goes
                // on after its tag ("— Yes, said Tallis, we will.") still ends there: looked for once,
                // not again from each piece, which made a line of many tags quadratic.
                if (narration < start) {
                    narration = start;
                    while (narration < boundary && !(t.kind(narration) == TokenBuffer.DASH && narration + 1 < boundary
                            && t.kind(narration + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(narration + 1))
                            && t.start(narration) > 0 && Chars.isBlank(text.charAt(t.start(narration) - 1)))) {
                        narration++;
                    }
                }
                int end = narration;
                int tag = englishTag(start, end);
                int tagEnd = tag >= 0 ? tagEnd(tag, boundary) : -1;
                if (tagEnd >= 0) {
                    end = tag + 1;   // "— We will stay, said one docker.": the speech ends at its comma
                }
                int last = end - 1;
                while (last > start && (t.isBreak(last) || t.kind(last) == TokenBuffer.DASH)) {
                    last--;
                }
                FoundQuote q = new FoundQuote();
                q.start = t.start(start);
                q.contentStart = q.start;
                q.end = t.end(last);
                q.contentEnd = q.end;
                q.paragraph = paragraphs;
                q.group = group;
                q.dialogueDash = true;
                quotes.add(q);
                if (tagEnd >= 0) {
                    if (!t.is(tagEnd, ',')) {
                        return;   // the tag's sentence ends it: narration follows, if anything
                    }
                    start = tagEnd + 1;   // "— Yes, said Tallis, we will pay.": the speech goes on after the tag
                    continue;
                }
                if (end >= boundary) {
                    return;
                }
                // Skip the narration up to the dash that closes it.
                int resume = end + 1;
                while (resume < boundary && t.kind(resume) != TokenBuffer.DASH) {
                    resume++;
                }
                start = resume + 1;
            }
        }

        /**
         * {@code — We will stay, said one docker.}, {@code — Come in, she said.}: the comma, question
         * or exclamation mark in tokens {@code [start, end)} of a line of dialogue opened by a dash
         * after which an English tag sets in: a reporting verb in lower case right after it, or a
         * pronoun in lower case or (after a comma only: after a question or an exclamation mark it
         * opens a sentence, {@code — Where? Tallis said nothing.}) a capitalized word, and a reporting
         * verb in lower case; else -1. The first such mark is taken.
         */
        int englishTag(int start, int end) {
            for (int k = start + 1; k + 1 < end; k++) {
                if (!(t.is(k, ',') || t.is(k, '?') || t.is(k, '!'))) {
                    continue;
                }
                int j = k + 1;
                if (t.kind(j) != TokenBuffer.WORD) {
                    continue;
                }
                if (Character.isLowerCase(t.first(j)) && verbs.match(t, j) > 0) {
                    return k;   // "…, said one docker."
                }
                boolean subject = t.isCapitalized(j) && !(t.is(k, '?') || t.is(k, '!'))
                        || lexicon.isPronoun(text, t.start(j), t.end(j)) && Character.isLowerCase(t.first(j));
                if (subject && j + 1 < end && t.kind(j + 1) == TokenBuffer.WORD && Character.isLowerCase(t.first(j + 1))
                        && verbs.match(t, j + 1) > 0) {
                    return k;   // "…, she said.", "…, Vasko said."
                }
            }
            return -1;
        }

        /**
         * The token that ends the tag after the mark at {@code tag} ({@link #englishTag}): the first
         * full stop, question or exclamation mark, or comma after the tag's verb, within {@link
         * #ATTRIBUTION_WINDOW} words, before {@code boundary}; else -1.
         */
        int tagEnd(int tag, int boundary) {
            int words = 0;
            boolean verb = false;
            for (int e = tag + 1; e < boundary && words <= ATTRIBUTION_WINDOW; e++) {
                if (t.kind(e) == TokenBuffer.WORD) {
                    words++;
                    verb |= verbs.match(t, e) > 0;
                } else if (verb && (t.is(e, '.') || t.is(e, ',') || t.is(e, '?') || t.is(e, '!') || t.is(e, ';'))) {
                    return e;
                } else if (t.isBreak(e) || t.kind(e) == TokenBuffer.QUOTE_MARK) {
                    return -1;
                }
            }
            return -1;
        }

        boolean isDialogueDash(int i) {
            if (i >= n || t.kind(i) != TokenBuffer.DASH || t.length(i) != 1) {
                return false;
            }
            char c = text.charAt(t.start(i));
            return c == '\u2014' || c == '\u2015'
                    || c == '\u2013' && t.end(i) < text.length() && text.charAt(t.end(i)) == ' ';
        }

        /** Whether the paragraph after {@code boundary} starts with an opening mark (a quotation run on). */
        boolean nextParagraphOpens(int boundary) {
            int j = boundary + 1;
            return j < n && t.kind(j) == TokenBuffer.QUOTE_MARK && glyphOpensHere(j);
        }

        boolean glyphOpensHere(int j) {
            char c = text.charAt(t.start(j));
            int end = t.end(j);
            return glyph(c) >= 0 && end < text.length() && !Chars.isBlank(text.charAt(end))
                    || glyph(c) > 0;
        }

        /** Closes the open top-level quotation (and its nested ones) before token {@code boundary}. */
        void closeUnclosed(int boundary) {
            FoundQuote q = current;
            int last = boundary - 1;
            while (last >= 0 && t.isBreak(last)) {
                last--;
            }
            int endOffset = last >= 0 ? Math.max(t.end(last), q.contentStart) : q.contentStart;
            for (int d = depth - 1; d >= 1; d--) {
                if (stackTok[d] >= 0) {
                    q.addNested(stackStart[d], endOffset);
                }
            }
            if (pendingNested >= 0) {
                roles[pendingNested] = MarkRole.UNPAIRED;
                pendingNested = -1;
            }
            depth = 0;
            current = null;
            if (q.single && !nextParagraphOpens(boundary) && q.nested == null) {
                // An unclosed single mark is far more often an apostrophe than a quotation.
                if (q.openMark >= 0) {
                    roles[q.openMark] = MarkRole.UNPAIRED;
                }
                quotes.remove(quotes.size() - 1);
                return;
            }
            q.end = endOffset;
            q.contentEnd = endOffset;
            if (q.nested != null) {
                q.nested.removeIf(span -> span[0] > endOffset);   // opened after the cut
                for (int[] span : q.nested) {
                    span[1] = Math.min(span[1], endOffset);
                }
            }
        }

        // ---- marks -------------------------------------------------------------------------

        void mark(int i) {
            if (roles[i] == MarkRole.MARKUP) {
                return;
            }
            int s = t.start(i);
            char c = text.charAt(s);
            if (s > 0 && text.charAt(s - 1) == '=' && markupValue(i)) {
                return;
            }
            if (t.length(i) == 2) {
                c = c == '`' ? '\u201c' : '"';   // a doubled apostrophe or backtick is one double mark
            }
            int fam = family(c);
            if (fam < 0 || !families[fam]) {
                roles[i] = MarkRole.DISABLED;
                return;
            }
            int grp = group(c);
            char prev = s > 0 ? text.charAt(s - 1) : '\n';
            char next = t.end(i) < text.length() ? text.charAt(t.end(i)) : '\n';
            boolean left = leftFlanking(prev, next);
            boolean right = rightFlanking(prev, next);

            if (grp == SINGLE && c != '\u2039' && c != '\u203a' && c != '\u300e' && c != '\u300f') {
                int role = apostrophe(i, c, prev, next, left, right);
                if (role != MarkRole.NONE) {
                    roles[i] = (byte) role;
                    return;
                }
            }
            int open = openLevel(grp);
            int act = act(c, left, right, open);
            if (!left && !right && glyph(c) == 0) {
                act = spacedAct(i, grp, act);
                if (lazyBreak >= 0 && depth > 0 && grp == DOUBLE && wordsAround(i)) {
                    act = ACT_OPEN;   // of " letting it be: after a word, a quotation running over lines ends with punctuation
                }
            }
            if (lazyBreak >= 0 && depth > 0 && grp == DOUBLE) {
                if (act == ACT_OPEN && depth < MAX_DEPTH && nestedInRunningSpeech(i)) {
                    push(i, c, grp);   // … the “Courier,” and nothing else.⏎… so.”: a title inside the speech
                    roles[i] = MarkRole.NESTED_OPEN;
                    return;
                }
                if (act == ACT_OPEN) {
                    // The open quotation did not run on: it ended at the line break. A line that
                    // opens with a mark goes on with it, as a paragraph would.
                    if (i > 0 && t.isBreak(i - 1) && addressedLines(lazyBreak, i - 1)) {
                        lazyBreak = i - 1;   // speech of many lines, reopened on this one as a paragraph would be
                    }
                    int b = lazyBreak;
                    int group = current.group;
                    cutAtLazyBreak();
                    paragraphFirstTok = b + 1;
                    if (i == b + 1 && !quotes.isEmpty()) {
                        carryGroup = group;
                    }
                    open = -1;
                } else {
                    lazyBreak = -1;
                }
            }
            if (act == ACT_OPEN) {
                opener(i, c, grp, open);
            } else {
                closer(i, grp, open);
            }
        }

        /**
         * {@code <tweet id="42">}: a mark right after {@code =} opens an attribute value; with the
         * same mark closing it a few tokens on, in the same line or first on the next one ({@code
         * date="May 2⏎">}), both are markup.
         */
        boolean markupValue(int i) {
            for (int j = i + 1; j < Math.min(n, i + 40); j++) {
                if (t.isBreak(j) && !(t.kind(j) == TokenBuffer.LINE_BREAK && j + 1 < n && sameMark(i, j + 1))) {
                    return false;
                }
                if (sameMark(i, j)) {
                    roles[i] = MarkRole.MARKUP;
                    roles[j] = MarkRole.MARKUP;
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the lines between line breaks {@code from} and {@code to} speak to somebody: a
         * word among them is {@code you}, {@code your} or {@code yourself}, which narration seldom
         * uses and speech often does. A quotation left open over them went on to the line before
         * the next opening mark ({@code “Mind you go now.⏎You know the way.⏎“And be back soon.}).
         */
        boolean addressedLines(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (t.kind(k) == TokenBuffer.WORD && roles[k] == MarkRole.NONE && (t.equalsIgnoreCase(k, "you")
                        || t.equalsIgnoreCase(k, "your") || t.equalsIgnoreCase(k, "yourself"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a lower-case word ending in a letter stands right before token {@code i} ({@code of},
         * not {@code P.M.} nor a name) and a word right after it.
         */
        boolean wordsAround(int i) {
            return i > 0 && i + 1 < n && t.kind(i - 1) == TokenBuffer.WORD && t.kind(i + 1) == TokenBuffer.WORD
                    && Character.isLowerCase(t.first(i - 1)) && Character.isLetter(text.charAt(t.end(i - 1) - 1));
        }

        /** Whether token {@code j} is a quotation mark typed as the one at {@code i}. */
        boolean sameMark(int i, int j) {
            return t.kind(j) == TokenBuffer.QUOTE_MARK && text.charAt(t.start(j)) == text.charAt(t.start(i)) && t.length(j) == t.length(i);
        }

        /** The role of a single mark that is an apostrophe rather than a quotation mark, or NONE. */
        int apostrophe(int i, char c, char prev, char next, boolean left, boolean right) {
            if (left && (Character.isDigit(next) || elisionFollows(i))) {
                return MarkRole.ELISION;
            }
            if (i >= 2 && t.length(i - 1) == 1 && t.equalsIgnoreCase(i - 1, "n") && t.start(i - 1) == t.end(i - 2)
                    && roles[i - 2] == MarkRole.ELISION && t.start(i) == t.end(i - 1)) {
                return MarkRole.ELISION;   // the second mark of rock ’n’ roll
            }
            if (right && !left && c != '\u2018' && openLevel(SINGLE) >= 0 && droppedLetters(i)
                    && singleCloserFollows(i)) {
                return MarkRole.ELISION;   // ‘I was mendin’ the nets,’ he said.: the first mark ends a clipped word
            }
            if (c == '\u2018' && Chars.isLetterOrDigit(prev) && Chars.isLetterOrDigit(next)) {
                return MarkRole.APOSTROPHE;   // the mayor‘s, don‘t: an opening glyph typed for an apostrophe inside a word
            }
            boolean singleOpen = openLevel(SINGLE) >= 0;
            if (right && !left && Chars.isLetterOrDigit(prev) && c != '\u2018') {
                if (!singleOpen) {
                    return MarkRole.APOSTROPHE;
                }
                if ((prev == 's' || prev == 'S') && possessiveFollows(i)) {
                    return MarkRole.APOSTROPHE;
                }
            }
            if (!left && !right && !singleOpen && c != '\u2018') {
                // Spaced on both sides (tokenized text): a quotation only if a capital follows, or
                // if it goes on after the short tag of a quotation closed just before (' Yes , '
                // he said , ' by all means . ').
                int j = i + 1;
                boolean capital = j < n && t.kind(j) == TokenBuffer.WORD && Character.isUpperCase(t.first(j));
                if (!capital && !resumesAfterTag(i) && !opensAfterTagAtLineEnd(i)) {
                    return MarkRole.APOSTROPHE;
                }
                if (capital && pluralBefore(i)) {
                    return MarkRole.APOSTROPHE;   // the Three Bakers ' Hall: a plural possessive before a name
                }
            }
            return MarkRole.NONE;
        }

        /**
         * Whether the mark at {@code i} follows a comma or colon that ends the tag of a quotation
         * closed at most {@link #ATTRIBUTION_WINDOW} words before, in the same paragraph: the
         * quotation goes on ({@code ' Yes , ' he said , ' by all means . '}).
         */
        boolean resumesAfterTag(int i) {
            if (i == 0 || !(t.is(i - 1, ',') || t.is(i - 1, ':')) || lastInParagraph == null || lastInParagraph.closeMark < 0) {
                return false;
            }
            int words = 0;
            for (int k = lastInParagraph.closeMark + 1; k < i - 1; k++) {
                if (t.isBreak(k) || t.kind(k) == TokenBuffer.QUOTE_MARK || t.kind(k) == TokenBuffer.WORD && ++words > ATTRIBUTION_WINDOW) {
                    return false;
                }
            }
            return words > 0;
        }

        /**
         * Whether the mark at {@code i} ends its line right after the full stop that closes the
         * attribution of a quotation closed before it on that line ({@code " Yes , " she said . "}):
         * it closes nothing, so it opens the quotation that goes on on the next line, as text split
         * into one sentence a line leaves it.
         */
        boolean opensAfterTagAtLineEnd(int i) {
            if (i == 0 || !t.is(i - 1, '.') || !(i + 1 >= n || t.isBreak(i + 1)) || lastInParagraph == null
                    || lastInParagraph.closeMark < 0) {
                return false;
            }
            // read back from the mark: the first line break stops it, so each line is read once
            // however far back on its paragraph's earlier lines that quotation closed
            for (int k = i - 2; k > lastInParagraph.closeMark; k--) {
                if (t.isBreak(k) || t.kind(k) == TokenBuffer.QUOTE_MARK) {
                    return false;
                }
            }
            return attributionAfter(lastInParagraph.closeMark, i) == i - 1;
        }

        /**
         * Whether a word ending in {@code s} that is no reporting verb ({@code says}) stands right
         * before the mark at {@code i}, with nothing but a space between: in tokenized text a
         * quotation opens after punctuation or a reporting verb, a plural possessive after its noun.
         */
        boolean pluralBefore(int i) {
            if (i == 0 || t.kind(i - 1) != TokenBuffer.WORD || t.end(i - 1) + 1 != t.start(i) || verbs.match(t, i - 1) > 0) {
                return false;
            }
            char last = text.charAt(t.end(i - 1) - 1);
            return last == 's' || last == 'S';
        }

        /** A plural possessive: {@code s’} then a space and a lower-case word ({@code the boys’ room}). */
        boolean possessiveFollows(int i) {
            int j = i + 1;
            return j < n && t.kind(j) == TokenBuffer.WORD && Character.isLowerCase(t.first(j))
                    && t.start(j) == t.end(i) + 1 && text.charAt(t.end(i)) == ' ';
        }

        /**
         * Whether the word right before the mark at {@code i} is one that speech clips at its end: a
         * word of four letters or more in {@code in} ({@code goin}, {@code nothin}) or one of
         * {@code o}, {@code an}, {@code wi}, {@code ol}, {@code th}, {@code ha} ({@code a cup o’ tea}).
         */
        boolean droppedLetters(int i) {
            int w = i - 1;
            if (w < 0 || t.kind(w) != TokenBuffer.WORD || t.end(w) != t.start(i)) {
                return false;
            }
            int len = t.length(w);
            int e = t.end(w);
            if (len >= 4 && text.charAt(e - 2) == 'i' && text.charAt(e - 1) == 'n' && Character.isLowerCase(text.charAt(e - 3))) {
                return true;
            }
            return t.equalsIgnoreCase(w, "o") || t.equalsIgnoreCase(w, "an") || t.equalsIgnoreCase(w, "wi")
                    || t.equalsIgnoreCase(w, "ol") || t.equalsIgnoreCase(w, "th") || t.equalsIgnoreCase(w, "ha");
        }

        /**
         * Whether a single mark that closes a quotation as punctuation does ({@code ,’} then a space,
         * punctuation, the end of a line or another mark) follows the mark at {@code i} within
         * {@link #CLIPPED_WORD_WINDOW} tokens of its paragraph, before any mark that opens one (after a
         * space, a dash or a bracket: {@code he shouted—‘faster,’}).
         */
        boolean singleCloserFollows(int i) {
            int end = Math.min(n, i + 1 + CLIPPED_WORD_WINDOW);
            for (int j = i + 1; j < end; j++) {
                if (t.kind(j) == TokenBuffer.PARAGRAPH_BREAK) {
                    return false;
                }
                if (t.kind(j) != TokenBuffer.QUOTE_MARK || t.length(j) != 1 || group(text.charAt(t.start(j))) != SINGLE) {
                    continue;
                }
                int s = t.start(j);
                char before = text.charAt(s - 1);
                char after = t.end(j) < text.length() ? text.charAt(t.end(j)) : '\n';
                if (leftFlanking(before, after) && !rightFlanking(before, after)) {
                    return false;   // a mark that opens a quotation: after a space, a dash or a bracket, before a word
                }
                if (rightFlanking(before, after) && (before == ',' || before == '.' || before == '!' || before == '?'
                        || before == ';' || Chars.isDash(before))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a mark between {@code prev} and {@code next} may open a quotation: a space, a line
         * break, a bracket, a dash or another mark before it, and no space after it.
         */
        static boolean leftFlanking(char prev, char next) {
            boolean openish = Chars.isBlank(prev) || prev == '(' || prev == '[' || prev == '{'
                    || Chars.isDash(prev) || prev == '-' || Chars.isQuoteMark(prev);
            return openish && !Chars.isBlank(next);
        }

        /**
         * Whether a mark between {@code prev} and {@code next} may close a quotation: no space before
         * it, and a space, a line break, punctuation, a dash or another mark after it.
         */
        static boolean rightFlanking(char prev, char next) {
            boolean closeish = Chars.isBlank(next) || Chars.isPunctuation(next) || Chars.isDash(next)
                    || next == '-' || Chars.isQuoteMark(next);
            return closeish && !Chars.isBlank(prev);
        }

        boolean elisionFollows(int i) {
            int j = i + 1;
            if (j >= n || t.kind(j) != TokenBuffer.WORD || t.start(j) != t.end(i)) {
                return false;
            }
            return t.equalsIgnoreCase(j, "tis") || t.equalsIgnoreCase(j, "twas") || t.equalsIgnoreCase(j, "em")
                    || t.equalsIgnoreCase(j, "cause") || t.equalsIgnoreCase(j, "til") || t.equalsIgnoreCase(j, "n")
                    || t.equalsIgnoreCase(j, "bout") || t.equalsIgnoreCase(j, "twere") || t.equalsIgnoreCase(j, "twould")
                    || t.equalsIgnoreCase(j, "tisn't")
                    // clitics split off by a tokenizer: Gray 's, I 'm, you 'll, we 're, they 've, he 'd
                    || t.equalsIgnoreCase(j, "s") || t.equalsIgnoreCase(j, "m") || t.equalsIgnoreCase(j, "ll")
                    || t.equalsIgnoreCase(j, "re") || t.equalsIgnoreCase(j, "ve") || t.equalsIgnoreCase(j, "d")
                    || t.equalsIgnoreCase(j, "t");
        }

        /** The stack level of the innermost open quotation of group {@code grp}, or -1. */
        int openLevel(int grp) {
            for (int d = depth - 1; d >= 0; d--) {
                if (stackGroup[d] == grp) {
                    return d;
                }
            }
            return -1;
        }

        int act(char c, boolean left, boolean right, int openLevel) {
            if (openLevel >= 0 && (closesLowOrReversed(stackGlyph[openLevel], c) || mirrors(stackGlyph[openLevel], c))) {
                return ACT_CLOSE;   // the partner of the open mark closes it, spaced or not: « Oui »
            }
            if (left && !right) {
                return ACT_OPEN;
            }
            if (right && !left) {
                return ACT_CLOSE;
            }
            int g = glyph(c);
            if (g < 0) {
                return openLevel >= 0 ? ACT_CLOSE : ACT_OPEN;
            }
            if (g > 0) {
                return ACT_OPEN;
            }
            return openLevel >= 0 ? ACT_CLOSE : ACT_OPEN;
        }

        /**
         * A straight mark with spaces on both sides (tokenized text, {@code " Yes , " he said}) tells
         * its direction by its place in the line: first on a line before a capital it opens, last on
         * a line it closes, unless, with no quotation of its group {@code grp} open, it follows the
         * full stop of a tag ({@link #opensAfterTagAtLineEnd}): then it opens the next line's turn.
         * Elsewhere the open quotation decides ({@code act}).
         */
        int spacedAct(int i, int grp, int act) {
            boolean lineStart = i == 0 || t.isBreak(i - 1);
            boolean lineEnd = i + 1 >= n || t.isBreak(i + 1);
            if (lineStart && !lineEnd && t.kind(i + 1) == TokenBuffer.WORD && Character.isUpperCase(t.first(i + 1))) {
                return ACT_OPEN;
            }
            if (lineEnd && !lineStart && openLevel(grp) < 0 && opensAfterTagAtLineEnd(i)) {
                return ACT_OPEN;   // " Yes , " she said . "⏎ … : the next turn opens before its line does
            }
            if (lineEnd && !lineStart) {
                return ACT_CLOSE;
            }
            return act;
        }

        void opener(int i, char c, int grp, int open) {
            if (depth > 0 && open == depth - 1 && grp == DOUBLE && !nestsByGlyph(stackGlyph[open], c)) {
                // Same family inside an open quotation: a nested quotation that the next closer ends.
                if (pendingNested >= 0) {
                    roles[pendingNested] = MarkRole.UNPAIRED;
                }
                pendingNested = i;
                roles[i] = MarkRole.NESTED_OPEN;
                return;
            }
            if (depth == MAX_DEPTH) {
                roles[i] = MarkRole.TOO_DEEP;
                return;
            }
            push(i, c, grp);
            if (depth == 1) {
                FoundQuote q = new FoundQuote();
                q.start = t.start(i);
                q.contentStart = t.end(i);
                q.openMark = i;
                q.single = grp == SINGLE;
                q.paragraph = paragraphs;
                q.group = carryGroup >= 0 ? carryGroup : quotes.size();
                carryGroup = -1;
                quotes.add(q);
                current = q;
                roles[i] = MarkRole.OPEN;
            } else {
                roles[i] = MarkRole.NESTED_OPEN;
            }
        }

        /**
         * Whether an opener {@code c}, met while a quotation opened by {@code outer} of the same
         * group is open, opens a quotation nested in it because one of them is a guillemet or a
         * corner bracket: {@code « Il a dit : “Partez.” Voilà »}, {@code « Il a dit : « Partez. »
         * Voilà »}. Those marks tell their direction by their glyph, so the opener cannot be the
         * outer quotation's closer typed the wrong way, as a second {@code “} may be, and the
         * outer quotation goes on past the inner one's closer.
         */
        static boolean nestsByGlyph(char outer, char c) {
            int fo = family(outer);
            int fc = family(c);
            return fo == GUILLEMETS || fo == CORNERS || fc == GUILLEMETS || fc == CORNERS;
        }

        /** Puts the mark at {@code i} on the stack of open quotations. */
        void push(int i, char c, int grp) {
            stackTok[depth] = i;
            stackGroup[depth] = grp;
            stackGlyph[depth] = c;
            stackStart[depth] = t.end(i);
            depth++;
        }

        /**
         * Whether the double opener at {@code i}, met while the open quotation runs over lines, opens
         * a quotation nested in it rather than showing that it ended with its line: it follows a
         * lower-case word ({@code the “Courier,”}), the next double mark closes it on the same
         * line, and the one after that closes a line within the lines the open quotation may still
         * run over ({@code … so.”}). Looks ahead over the tokens up to those two marks only.
         */
        boolean nestedInRunningSpeech(int i) {
            if (i == 0 || t.kind(i - 1) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i - 1)) || current == null
                    || current.single) {
                return false;
            }
            int lines = MAX_LAZY_LINES_DOUBLE - lazyLines;
            int marks = 0;
            for (int j = i + 1; j < n; j++) {
                if (t.isBreak(j)) {
                    if (marks == 0 || --lines <= 0) {
                        return false;
                    }
                } else if (t.kind(j) == TokenBuffer.QUOTE_MARK && group(text.charAt(t.start(j))) == DOUBLE) {
                    if (glyph(text.charAt(t.start(j))) > 0) {
                        return false;
                    }
                    if (++marks == 2) {
                        return j + 1 >= n || t.isBreak(j + 1);
                    }
                }
            }
            return false;
        }

        void closer(int i, int grp, int open) {
            if (open < 0) {
                if (grp == DOUBLE && depth == 0) {
                    orphan(i);
                } else {
                    roles[i] = grp == SINGLE ? MarkRole.APOSTROPHE : MarkRole.UNPAIRED;
                }
                return;
            }
            FoundQuote q = current;
            // Nested quotations left open inside the one this mark closes end here.
            for (int d = depth - 1; d > open; d--) {
                q.addNested(stackStart[d], t.start(i));
            }
            boolean closedPending = false;
            int[] inner = null;
            if (pendingNested >= 0 && open == depth - 1) {
                q.addNested(t.end(pendingNested), t.start(i));
                inner = new int[] {t.start(pendingNested), t.end(pendingNested), t.start(i), t.end(i)};
                pendingNested = -1;
                closedPending = true;
            }
            depth = open;
            if (depth > 0) {
                q.addNested(stackStart[open], t.start(i));
                roles[i] = MarkRole.NESTED_CLOSE;
                return;
            }
            roles[i] = MarkRole.CLOSE;
            q.closeMark = i;
            q.contentEnd = t.start(i);
            q.end = t.end(i);
            q.closedPendingNested = closedPending;
            q.sameMarkInner = inner;
            current = null;
            lazyBreak = -1;   // whatever line breaks it ran over, it is closed now
            lastInParagraph = q;
            afterLastQuote = i + 1;
        }

        /** A double closer with nothing open: repair by one of the rules in the class comment. */
        void orphan(int i) {
            FoundQuote prev = lastInParagraph;
            if (prev != null && prev.closeMark >= 0) {
                int clauseEnd = attributionAfter(prev.closeMark, i);
                if (clauseEnd >= 0) {
                    int startTok = clauseEnd + 1;
                    while (startTok < i && (t.kind(startTok) == TokenBuffer.DASH || t.kind(startTok) == TokenBuffer.PUNCTUATION
                            || t.isBreak(startTok))) {
                        startTok++;
                    }
                    if (startTok < i) {
                        FoundQuote q = continuation(startTok, i);
                        q.group = prev.group;
                        return;
                    }
                }
                if (prev.single) {
                    continuation(Math.max(paragraphFirstTok, afterLastQuote), i);   // families differ: no merge
                    return;
                }
                // The previous closer was a nested opener typed with the wrong glyph.
                int oldClose = prev.closeMark;
                if (prev.closedPendingNested) {
                    roles[oldClose] = MarkRole.NESTED_CLOSE;   // it closed the nested quotation only
                } else {
                    roles[oldClose] = MarkRole.NESTED_OPEN;
                    prev.addNested(t.end(oldClose), t.start(i));
                    prev.sameMarkInner = null;
                }
                prev.closedPendingNested = false;
                prev.closeMark = i;
                prev.contentEnd = t.start(i);
                prev.end = t.end(i);
                roles[i] = MarkRole.CLOSE;
                afterLastQuote = i + 1;
                return;
            }
            // With no quotation before it, the closer's quotation starts at the paragraph's start,
            // or after the last quotation of the paragraph: never over another quotation.
            int startTok = Math.max(paragraphFirstTok, afterLastQuote);
            while (startTok < i && (t.kind(startTok) == TokenBuffer.DASH || t.isBreak(startTok)
                    || t.kind(startTok) == TokenBuffer.PUNCTUATION)) {
                startTok++;
            }
            if (startTok >= i || prev != null) {
                roles[i] = MarkRole.UNPAIRED;
                return;
            }
            continuation(startTok, i);
        }

        /** A quotation whose opening mark is missing: from token {@code startTok} to the closer {@code i}. */
        FoundQuote continuation(int startTok, int i) {
            FoundQuote q = new FoundQuote();
            q.start = t.start(startTok);
            q.contentStart = q.start;
            q.closeMark = i;
            q.contentEnd = t.start(i);
            q.end = t.end(i);
            q.paragraph = paragraphs;
            q.group = quotes.size();
            quotes.add(q);
            roles[i] = MarkRole.CLOSE;
            lastInParagraph = q;
            afterLastQuote = i + 1;
            return q;
        }

        /**
         * If the tokens after closer {@code k} begin with an attribution ({@code Trump wrote …},
         * {@code said the spokesman}), the token that ends its clause; else -1.
         */
        int attributionAfter(int k, int limit) {
            int words = 0;
            int verb = -1;
            boolean speaker = false;
            int j = k + 1;
            for (; j < limit && words < ATTRIBUTION_WINDOW; j++) {
                int kind = t.kind(j);
                if (kind == TokenBuffer.WORD) {
                    words++;
                    if (verb < 0) {
                        int len = verbs.match(t, j);
                        if (len > 0 && words > 0) {
                            verb = j;
                            j += len - 1;
                            continue;
                        }
                    }
                    if (t.isCapitalized(j) || lexicon.isPronoun(text, t.start(j), t.end(j))) {
                        speaker = true;
                    }
                } else if (kind == TokenBuffer.PUNCTUATION && !t.is(j, ',') || kind == TokenBuffer.DASH
                        || kind == TokenBuffer.QUOTE_MARK || t.isBreak(j)) {
                    break;
                }
            }
            if (verb < 0 || !speaker) {
                return -1;
            }
            for (int e = j; e < limit; e++) {
                int kind = t.kind(e);
                if (kind == TokenBuffer.PUNCTUATION && !t.is(e, ',') || kind == TokenBuffer.DASH) {
                    return e;
                }
                if (kind == TokenBuffer.QUOTE_MARK) {
                    return -1;
                }
            }
            return -1;
        }
    }
}
