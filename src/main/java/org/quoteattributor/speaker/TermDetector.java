package org.quoteattributor.speaker;

import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;

/**
 * Tells quoted terms from quoted speech: titles ({@code “Meet the Press”}), scare quotes and
 * coinages ({@code the so-called “reform”}), numbers and identifiers. A term is marked, not
 * attributed as speech. Internal, not API.
 */
final class TermDetector {

    /** Nouns for works with titles: books, shows, films, songs, ads. */
    private static final WordSet WORK_NOUNS = Lexicons.words("work-nouns.txt");
    /** Verbs of calling or characterizing: {@code called}, {@code described}, {@code dubbed}. */
    private static final WordSet CHARACTERIZING_VERBS = Lexicons.words("characterizing-verbs.txt");
    /** Verbs of using or saying words: {@code using the phrase “…”}. */
    private static final WordSet WORD_USE_VERBS = Lexicons.words("word-use-verbs.txt");
    /** Verbs and nouns of chanting and shouting: {@code chanted}, {@code chants}. */
    private static final WordSet CHANTING_WORDS = Lexicons.words("chanting-verbs.txt");
    /** Things that bear written words: {@code sign}, {@code banner}, {@code shirt}. */
    private static final WordSet INSCRIPTION_NOUNS = Lexicons.words("inscription-nouns.txt");
    /** Words for what is written on a thing: {@code inscription}, {@code motto}, {@code labelled}. */
    private static final WordSet INSCRIBED_WORDS = Lexicons.words("inscribed-words.txt");
    /** Participles of writing on a thing: {@code engraved}, {@code printed}, {@code painted}. */
    private static final WordSet INSCRIBING_VERBS = Lexicons.words("inscribing-verbs.txt");
    /** Verbs by which a story names a thing or a person: {@code called}, {@code dubbed}, {@code labelled}. */
    private static final WordSet NAMING_VERBS = Lexicons.words("narration-naming-verbs.txt");
    /** Nouns for something said: {@code claim}, {@code promise}, {@code remarks}. */
    private static final WordSet SAYING_NOUNS = Lexicons.words("saying-nouns.txt");
    /** Verbs that cast somebody or something as something: {@code portrayed}, {@code saw}, {@code dismissed}. */
    private static final WordSet CASTING_VERBS = Lexicons.words("casting-verbs.txt");

    private TermDetector() {
    }

    /** Marks the quotations of {@code d} that are terms rather than speech. */
    static void mark(Document d) {
        boolean doubleMarks = mostlyDouble(d);
        boolean tagsSpeech = tagsSpeech(d);
        boolean answering = false;   // whether the quotation before is an answer of an interview
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            boolean unattributed = tagsSpeech && unattributedInNews(d, q);
            boolean answer = unattributed && (answersQuestion(d, qi) || answering && continuesAnswer(d, qi));
            answering = answer;
            if (isTerm(d, qi, q, doubleMarks) || unattributed && !answer
                    || qi > 0 && d.quotes.get(qi - 1).term && nextInList(d, qi)) {
                q.term = true;
            }
        }
    }

    /** Words at most in a quotation that goes on a list of terms. */
    private static final int LIST_ITEM_WORDS = 3;

    /**
     * Whether quotation {@code qi} is a short item after the one before it in a list ({@code words
     * such as “budget,” “deficit” and “debt”}): only commas, {@code and} or {@code or} between them.
     */
    private static boolean nextInList(Document d, int qi) {
        TokenBuffer t = d.t;
        int from = d.afterToken(qi - 1);
        int first = d.firstToken(qi);
        if (first - from > 3 || d.quotes.get(qi - 1).paragraph != d.quotes.get(qi).paragraph) {
            return false;
        }
        for (int i = from; i < first; i++) {
            if (!(t.is(i, ',') || t.equalsIgnoreCase(i, "and") || t.equalsIgnoreCase(i, "or"))) {
                return false;
            }
        }
        int words = 0;
        for (int i = first; i < d.afterToken(qi); i++) {
            if (t.isWordLike(i) && ++words > LIST_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Words at most in a quotation in Title Case that is a name, not speech. */
    private static final int TITLE_WORDS = 8;

    /** Words at most in a quotation that a story names with a verb of naming ({@code what they call “…”}). */
    private static final int NARRATED_NAME_WORDS = 6;

    /**
     * Words at most in a lower-case quotation inside a sentence of a story that is a word the
     * narrator quotes ({@code a bottle marked “poison”}), not speech.
     */
    private static final int STORY_WORD_TERM_WORDS = 2;

    /**
     * Words at most in a quotation in single marks inside a sentence of reportage whose speech has
     * double marks that is the writer's term ({@code the city's ‘revival’}).
     */
    private static final int SINGLE_MARKED_TERM_WORDS = 3;

    /** @param doubleMarks whether the text's quotations mostly have double marks */
    private static boolean isTerm(Document d, int qi, FoundQuote q, boolean doubleMarks) {
        if (q.dialogueDash || "citation".equals(q.rule)) {
            return false;   // dialogue by its layout, whatever its length; words an essay cites from a source
        }
        TokenBuffer t = d.t;
        int first = d.firstToken(qi);
        int after = d.afterToken(qi);
        int words = 0;
        int letters = 0;
        int capitalized = 0;
        int lowerContent = 0;
        boolean sentencePunct = false;
        boolean innerPunct = false;
        // The comma or full stop that closes a quotation inside a sentence (on “Meet the Press.”) is
        // the sentence's, not the quotation's.
        int last = after - 1;
        while (last > first && (t.kind(last) == TokenBuffer.QUOTE_MARK || t.is(last, '.') || t.is(last, ','))) {
            last--;
        }
        for (int i = first; i < after; i++) {
            int kind = t.kind(i);
            if (kind == TokenBuffer.WORD) {
                words++;
                letters++;
                if (Character.isUpperCase(t.first(i))) {
                    capitalized++;
                } else if (lowerContent == 0 && words <= TITLE_WORDS && !d.mentions.isFunctionWord(i)) {
                    lowerContent++;   // only whether there is one matters, and only in a short quotation
                }
            } else if (kind == TokenBuffer.NUMBER) {
                words++;
            } else if (d.endsSentence(i) || t.is(i, ',') || t.is(i, ';') || t.is(i, ':')) {
                sentencePunct = true;
                innerPunct |= i <= last && !t.is(i, ':');   // a title may have a subtitle: “Going Home: A Memoir”
            }
        }
        if (letters == 0) {
            return true;   // numbers, identifiers, symbols
        }
        if (!hasLatinLetter(d.text, q.contentStart, q.contentEnd)) {
            return false;   // another script: these English cues for terms do not apply
        }
        if (tagFollows(d, after)) {
            return false;   // „Hallo“, sagte er: a dialogue tag after a comma outside the marks
        }
        if (brokenOff(d, q)) {
            return false;   // “If only we ” she began: speech cut off, not a title
        }
        boolean attributed = q.hasSpeaker() && (q.rule.startsWith("trailing-verb") || q.rule.startsWith("leading-verb")
                || q.rule.equals("according-to") || q.rule.equals("colon-label") || q.rule.equals("interrupted")
                || q.rule.equals("continued") || q.rule.equals("same-paragraph") || q.rule.equals("own-subject")
                || q.rule.equals("closing-tag"));
        if (q.single && words <= 8 && aloneInParagraph(d, qi) && doubleMarks) {
            return true;   // ‘A fight to the finish.’ as a paragraph of its own, where speech has double marks: a subhead
        }
        if (q.single && doubleMarks && quotesAsNews(d) && shortWithoutDoubleMarks(d, qi)) {
            return true;   // Mayor calls plan ‘a mess’ above a story whose speech has double marks: a headline
        }
        if (inHeadline(d, q.paragraph)) {
            return true;   // Senator Says Plan Is ‘Dead On Arrival’: a headline quotes, nobody speaks
        }
        if (chantedOrInscribed(d, first)) {
            return false;   // the crowd chanted “Build It Now”, a sign that read “Vote No”: words said or written
        }
        if (!quotesAsNews(d) && words <= STORY_WORD_TERM_WORDS && onlyCommaInside(d, first, after) && joinedToNext(d, qi)
                && !saidRightBefore(d, first) && !dashBefore(d, first)) {
            return true;   // in a story, to say “supper” and “tea”: words named side by side as words
        }
        if (wordNamedAfter(d, after)) {
            return true;   // “…” being a country word, “…” is an old word: a word named as a word
        }
        if (!quotesAsNews(d) && impliedBefore(d, first)) {
            return true;   // in a story, a look that seemed to say “…”, as much as to say “…”: words meant, not spoken
        }
        if (!quotesAsNews(d) && creditLineAfter(d, after)) {
            return true;   // in a story, “…” over a line “— A Poet, Some Play”: an epigraph and its source, not speech
        }
        if (!quotesAsNews(d) && (sungOrCopied(d, first) || inscribedWordBefore(d, first) || inscribedAfter(d, after))) {
            // in a story, hear her sing “…”, a copy of “…”, the inscription, “…”, “…” was carved
            // into it: a song, a title, words written on a thing
            return true;
        }
        if (quotesAsNews(d) && (characterizedBefore(d, qi) || wordsUsedBefore(d, first) || castAsBefore(d, first))) {
            // what the senators called “fraud”, using the phrase “…”, portrayed him as a “crook”:
            // somebody's words. In a story
            // the same turns mostly name things in the narrator's voice (what they called “the
            // Hands”), so only reportage reads them as speech.
            return false;
        }
        if (!quotesAsNews(d) && words <= NARRATED_NAME_WORDS && namedInNarration(d, first)) {
            return true;   // in a story, what the locals call “the Gap”, a coat called a “cutaway”: a name in the narrator's voice
        }
        if (namingWordBefore(d, first)) {
            return words <= 6;
        }
        if (!quotesAsNews(d) && words <= STORY_WORD_TERM_WORDS && wordBefore(d, first) && !startsCapitalized(d, first, after)
                && onlyCommaInside(d, first, after) && !reportedInSentence(d, q, first) && !saidRightBefore(d, first)) {
            return true;   // a bottle marked “poison,” the boys were “volunteered”: a word in the narrator's sentence
        }
        if (words <= 10 && workNounBefore(d, first) && startsCapitalized(d, first, after)) {
            return true;   // his memoir, “Gifted Hands,”: the title of a work
        }
        if (words <= NICKNAME_WORDS && !sentencePunct && nicknameInName(d, q, first, after)) {
            return true;   // Nessa “Dee” Quillon: a nickname inside a name
        }
        if (words <= TITLE_WORDS && workNounAppositionFollows(d, q, after) && startsCapitalized(d, first, after)) {
            return true;   // “Night Shift,” a film about …: a title that a noun for a work describes
        }
        if (bylineFollows(d, q, after) && startsCapitalized(d, first, after)) {
            return true;   // “Roads We Took,” by Jane Roe: a title and its author
        }
        if (words <= 6 && !innerPunct && possessiveNameBefore(d, first) && startsCapitalized(d, first, after)) {
            return true;   // NBC's “Today”: a show, a book, a plan of someone's
        }
        if (!quotesAsNews(d) && words == 1 && capitalized == 1 && onlyCommaInside(d, first, last + 1) && articleOrOfBefore(d, first)) {
            return true;   // in a story, the “Almanac”, the name of “Dobbin.”: one capitalized word a noun phrase holds is a name
        }
        boolean inSentence = wordBefore(d, first);
        boolean titlePunct = inSentence ? innerPunct : sentencePunct;
        if (!titlePunct && capitalized >= 1 && lowerContent == 0 && words <= TITLE_WORDS && words >= 2
                && (inSentence || !q.rule.startsWith("trailing-")) && startsCapitalized(d, first, after)
                && (capitalized >= 2 || !opensWithPronoun(d, first, after))) {
            // Title Case: the name of a show, book or slogan; not a pronoun and function words, said
            // "I will." or "We will not."
            return true;
        }
        if (q.mixed && words <= 3 && quotesAsNews(d) && afterThat(d, first) && !listedBeforeAnother(d, qi)) {
            return false;   // suspects that the “night shift” will win: a fragment opening a clause somebody reports
        }
        if ((q.mixed && words <= 3 && !attributed || !q.hasSpeaker() && words <= 2 && !sentencePunct)
                && quotesAsNews(d) && (reportedInSentence(d, q, first) || sayingNounBefore(d, q, first))) {
            return false;   // told reporters that the plan was “dead”, his claim that …: a fragment of what was said
        }
        if (q.single && doubleMarks && quotesAsNews(d) && words <= SINGLE_MARKED_TERM_WORDS && inSentence
                && !reportedInSentence(d, q, first)) {
            return true;   // the city's ‘revival’ where speech has double marks: the writer's word, in the marks kept for terms
        }
        if (q.mixed && words <= 3 && !attributed) {
            return true;
        }
        return !q.hasSpeaker() && words <= 2 && !titlePunct;
    }

    /** Whether some quotation of {@code d} has a speaker that a reporting verb gives it. */
    private static boolean tagsSpeech(Document d) {
        for (FoundQuote q : d.quotes) {
            if (q.hasSpeaker() && q.cueStart >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code q} is a whole quotation of reportage that no rule attributes: no verb, colon,
     * name or turn gives it a speaker. Where news tags its speech with who said it (see {@link
     * #tagsSpeech}), a quotation standing with nobody's name near it is a headline, a slogan, a
     * pull quote or an excerpt, not speech.
     */
    private static boolean unattributedInNews(Document d, FoundQuote q) {
        return quotesAsNews(d) && !q.mixed && !q.term && !q.dialogueDash && !q.hasSpeaker() && q.cueStart < 0
                && q.rule.equals("none");
    }

    /**
     * Whether quotation {@code qi} is all its paragraph holds, right after a paragraph of narration,
     * with no quotation marks, that ends in a question mark: an answer in an interview written as questions
     * and answers ({@code Why build less? // “Because most of what we need already exists.”}), speech
     * though no tag names who gave it.
     */
    private static boolean answersQuestion(Document d, int qi) {
        FoundQuote q = d.quotes.get(qi);
        int p = q.paragraph;
        if (p == 0 || !aloneInParagraph(d, qi, true) || qi > 0 && d.quotes.get(qi - 1).paragraph >= p - 1
                && d.afterToken(qi - 1) > d.found.paraStart[p - 1]) {
            return false;   // a quotation in the paragraph before: no question of narration
        }
        TokenBuffer t = d.t;
        int last = d.found.paraEnd[p - 1] - 1;
        while (last >= d.found.paraStart[p - 1] && t.isBreak(last)) {
            last--;
        }
        return last >= d.found.paraStart[p - 1] && t.is(last, '?');
    }

    /**
     * Whether quotation {@code qi}, all its paragraph holds, goes on the answer before it, all the
     * paragraph right before: an answer of several paragraphs, each opened by a mark.
     */
    private static boolean continuesAnswer(Document d, int qi) {
        return qi > 0 && d.quotes.get(qi - 1).paragraph == d.quotes.get(qi).paragraph - 1 && aloneInParagraph(d, qi, true);
    }

    /**
     * Whether the rules of reportage decide the text's terms: it reads as reportage, and not only
     * by the quotations woven into its narration in a text of one sentence a line (see {@link
     * Document#reportageByWovenQuotesAlone}). Those woven quotations are the very words a story's
     * narrator quotes ({@code a jar marked “salt,”}); reading them as news would make them speech.
     */
    static boolean quotesAsNews(Document d) {
        return d.reportage && !d.reportageByWovenQuotesAlone;
    }

    private static boolean hasLatinLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether quotation {@code qi} is all its paragraph holds, but for punctuation after it. */
    private static boolean aloneInParagraph(Document d, int qi) {
        return aloneInParagraph(d, qi, false);
    }

    /**
     * {@link #aloneInParagraph}; with {@code answerLabel}, also after the label {@code A:} that
     * opens an answer in an interview written as questions and answers ({@code Q: Why build less?
     * // A: “Because most of what we need already exists.”}).
     */
    private static boolean aloneInParagraph(Document d, int qi, boolean answerLabel) {
        TokenBuffer t = d.t;
        int p = d.quotes.get(qi).paragraph;
        int from = d.found.paraStart[p];
        if (answerLabel && from + 2 < d.found.paraEnd[p] && t.length(from) == 1 && d.text.charAt(t.start(from)) == 'A'
                && t.is(from + 1, ':')) {
            from += 2;   // "A:" labels the answer, as "Q:" the question
        }
        if (d.firstToken(qi) != from) {
            return false;
        }
        for (int i = d.afterToken(qi); i < d.found.paraEnd[p]; i++) {
            if (t.kind(i) != TokenBuffer.PUNCTUATION && !t.isBreak(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether at least three in four of the text's quotations have double marks. */
    private static boolean mostlyDouble(Document d) {
        int single = 0;
        for (FoundQuote o : d.quotes) {
            if (o.single) {
                single++;
            }
        }
        return 4 * single <= d.quotes.size();
    }

    /** Words at most in a paragraph that may be a headline. */
    private static final int HEADLINE_WORDS = 30;

    /** Tokens at most in a paragraph that may be a headline: its words with their punctuation and marks. */
    private static final int HEADLINE_TOKENS = 4 * HEADLINE_WORDS;

    /**
     * Whether paragraph {@code p} is a headline: short, with at least three words outside its
     * quotations, all capitalized but for short function words (Title Case).
     */
    static boolean inHeadline(Document d, int p) {
        TokenBuffer t = d.t;
        int from = d.found.paraStart[p];
        int to = d.found.paraEnd[p];
        if (to - from > HEADLINE_TOKENS) {
            return false;   // also bounds the work per quotation
        }
        int words = 0;
        int capitalized = 0;
        for (int i = from; i < to; i++) {
            if (t.kind(i) != TokenBuffer.WORD) {
                continue;
            }
            if (++words > HEADLINE_WORDS) {
                return false;
            }
            if (d.inQuote(i)) {
                continue;
            }
            if (Character.isUpperCase(t.first(i))) {
                if (!d.mentions.isFunctionWord(i)) {
                    capitalized++;
                }
            } else if (!(d.mentions.isFunctionWord(i) && t.length(i) <= 4 && d.verbAt(i) == 0)) {
                return false;
            }
        }
        return capitalized >= 3;
    }

    /**
     * Whether the paragraph of quotation {@code qi} is short enough for a headline (at most {@link
     * #HEADLINE_WORDS} words) and holds no quotation in double marks. In reportage whose speech has
     * double marks, such a paragraph with a quotation in single marks is a headline or subhead in
     * sentence case ({@code Mayor calls plan ‘a mess’}), which quotes, in the way of headlines, what
     * the story then reports.
     */
    private static boolean shortWithoutDoubleMarks(Document d, int qi) {
        TokenBuffer t = d.t;
        int p = d.quotes.get(qi).paragraph;
        int from = d.found.paraStart[p];
        int to = d.found.paraEnd[p];
        if (to - from > HEADLINE_TOKENS) {
            return false;   // also bounds the work per quotation
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            if (t.kind(i) == TokenBuffer.WORD && ++words > HEADLINE_WORDS) {
                return false;
            }
        }
        return !doubleMarkedNeighbour(d, qi, -1) && !doubleMarkedNeighbour(d, qi, 1);
    }

    /**
     * Whether a quotation in double marks shares the paragraph of quotation {@code qi}, looking from it
     * towards the start of the text ({@code step} -1) or its end (+1). The quotations are in text
     * order: those of one paragraph sit next to each other, and a headline's paragraph holds few.
     */
    private static boolean doubleMarkedNeighbour(Document d, int qi, int step) {
        int p = d.quotes.get(qi).paragraph;
        for (int o = qi + step; o >= 0 && o < d.quotes.size() && d.quotes.get(o).paragraph == p; o += step) {
            if (!d.quotes.get(o).single) {
                return true;
            }
        }
        return false;
    }

    /** A noun for a work right before the opening mark, or before a comma right before it. */
    private static boolean workNounBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i >= 0 && t.is(i, ',')) {
            i--;
        }
        return i >= 0 && t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && WORK_NOUNS.contains(d.text, t.start(i), t.end(i));
    }

    /** Words at most in a nickname quoted inside a name. */
    private static final int NICKNAME_WORDS = 2;

    /**
     * {@code Nessa “Dee” Quillon}: whether a capitalized word stands right before the opening mark and
     * right after the closing mark, and the quotation starts capitalized: a nickname between a given
     * name and a family name.
     */
    private static boolean nicknameInName(Document d, FoundQuote q, int first, int after) {
        TokenBuffer t = d.t;
        int before = q.openMark - 1;
        return q.openMark > 0 && q.closeMark > 0 && after < t.size() && startsCapitalized(d, first, after)
                && t.kind(before) == TokenBuffer.WORD && t.isCapitalized(before) && !d.inQuote(before)
                && t.kind(after) == TokenBuffer.WORD && t.isCapitalized(after) && !d.mentions.isFunctionWord(after);
    }

    /** Words at most between the article of an apposition and its noun for a work: {@code a cable drama series}. */
    private static final int APPOSITION_WORDS = 3;

    /**
     * Whether an apposition opened by {@code a} or {@code an} follows the quotation, after a comma
     * (inside its marks or after them) or a dash, and a noun for a work ends it within a few words
     * ({@code “Night Shift,” a film about …}, {@code “Low Tide” — a cable series}): the quotation is that
     * work's title. A quotation closed by a full stop or a question mark ends its sentence and is
     * described by nothing after it.
     */
    private static boolean workNounAppositionFollows(Document d, FoundQuote q, int after) {
        TokenBuffer t = d.t;
        if (q.closeMark < 0) {
            return false;
        }
        int c = q.closeMark - 1;
        boolean comma = c >= 0 && t.is(c, ',');
        if (c >= 0 && (t.is(c, '.') || t.is(c, '?'))) {
            return false;
        }
        int i = after;
        if (i < t.size() && (t.is(i, ',') || t.kind(i) == TokenBuffer.DASH)) {
            comma = true;
            i++;
        }
        if (!comma || !Sieves.oneOf(d, i, Sieves.INDEFINITE_ARTICLES)) {
            return false;
        }
        for (int k = i + 1; k < t.size() && k <= i + APPOSITION_WORDS; k++) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return false;
            }
            if (WORK_NOUNS.contains(d.text, t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized possessive right before the opening mark: {@code NBC's}, {@code Reuters'}. */
    private static boolean possessiveNameBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = first - 1;
        if (i < 0 || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || !Character.isUpperCase(t.first(i))) {
            return false;
        }
        String text = d.text;
        int e = t.end(i);
        if (t.length(i) < 3) {
            return false;
        }
        char last = text.charAt(e - 1);
        char before = text.charAt(e - 2);
        return last == 's' && (before == '\'' || before == '\u2019')
                || (last == '\'' || last == '\u2019') && before == 's';
    }

    /**
     * A comma closing the quotation (inside its marks, before the closing marks of a quotation nested
     * at its end, or right after), then {@code by} and a capital, or {@code by the} and a capital
     * ({@code “…,” by the Daily Courier's Ann Lee}).
     */
    private static boolean bylineFollows(Document d, FoundQuote q, int after) {
        TokenBuffer t = d.t;
        int i = after;
        int c = q.closeMark - 1;
        while (c > 0 && c > q.openMark && t.kind(c) == TokenBuffer.QUOTE_MARK) {
            c--;   // “… ‘Night Train,’”: the comma sits before the nested quotation's mark
        }
        boolean comma = c >= 0 && q.closeMark > 0 && t.is(c, ',');
        if (i < t.size() && t.is(i, ',')) {
            comma = true;
            i++;
        }
        if (!(comma && i + 1 < t.size() && t.equalsIgnoreCase(i, "by"))) {
            return false;
        }
        int n = i + 2 < t.size() && t.equalsIgnoreCase(i + 1, "the") ? i + 2 : i + 1;
        return t.kind(n) == TokenBuffer.WORD && Character.isUpperCase(t.first(n));
    }

    /** Whether the first word of the quotation in tokens {@code [first, after)} is a pronoun ({@code “I will.”}). */
    private static boolean opensWithPronoun(Document d, int first, int after) {
        TokenBuffer t = d.t;
        for (int i = first; i < after; i++) {
            if (t.kind(i) == TokenBuffer.WORD || t.kind(i) == TokenBuffer.NUMBER) {
                return t.kind(i) == TokenBuffer.WORD && d.mentions.isPronoun(i);
            }
        }
        return false;
    }

    /** Whether the first word of the quotation is capitalized. */
    private static boolean startsCapitalized(Document d, int first, int after) {
        TokenBuffer t = d.t;
        for (int i = first; i < after; i++) {
            if (t.kind(i) == TokenBuffer.WORD || t.kind(i) == TokenBuffer.NUMBER) {
                return t.kind(i) == TokenBuffer.NUMBER || Character.isUpperCase(t.first(i));
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code first} to {@code after} (exclusive) hold words and numbers, with at most
     * commas, hyphens and quotation marks between: no question, exclamation, stop, colon or dash that would make a
     * few words a broken-off or whole utterance ({@code “and then —”}, {@code “what next?”}).
     */
    private static boolean onlyCommaInside(Document d, int first, int after) {
        TokenBuffer t = d.t;
        for (int i = first; i < after; i++) {
            int kind = t.kind(i);
            if (kind != TokenBuffer.WORD && kind != TokenBuffer.NUMBER && kind != TokenBuffer.QUOTE_MARK
                    && !t.is(i, ',') && !t.is(i, '-')) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a reported clause: a quotation right after one is a fragment of what was said. */
    private static final String[] REPORTED_CLAUSE_OPENERS = {"that", "whether"};

    /**
     * A verb of saying ({@code said “hi”}) or a word opening a reported clause ({@code that
     * “tomorrow” was too late}) right before the opening mark: what follows was said.
     */
    private static boolean saidRightBefore(Document d, int first) {
        int i = beforeMarks(d, first);
        return i >= 0 && d.t.kind(i) == TokenBuffer.WORD && (d.verbAt(i) > 0 || Sieves.oneOf(d, i, REPORTED_CLAUSE_OPENERS));
    }

    /**
     * The token before the opening mark (or marks, {@code “‘}) of a quotation starting at token
     * {@code first}, whatever its kind; -1 at the start of the text.
     */
    private static int beforeMarks(Document d, int first) {
        int i = first - 1;
        while (i >= 0 && d.t.kind(i) == TokenBuffer.QUOTE_MARK) {
            i--;
        }
        return i;
    }

    /**
     * Whether the conjunction {@code that}, alone or with {@code the} after it, stands right before
     * the opening mark ({@code doubts that “…”}, {@code suspects that the “…”}): the quotation opens a
     * clause of what somebody says or thinks.
     */
    private static boolean afterThat(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i > 0 && t.kind(i) == TokenBuffer.WORD && t.equalsIgnoreCase(i, "the") && !t.isCapitalized(i)) {
            i--;
        }
        return i >= 0 && t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && t.equalsIgnoreCase(i, "that") && !t.isCapitalized(i);
    }

    /**
     * Whether quotation {@code qi} is listed with the next one ({@code the “ayes” and the “noes”}):
     * at most three tokens between them, each a comma, {@code and}, {@code or} or {@code the}.
     * Quoted words side by side are named as words more often than spoken.
     */
    private static boolean listedBeforeAnother(Document d, int qi) {
        if (qi + 1 >= d.quotes.size()) {
            return false;
        }
        TokenBuffer t = d.t;
        int from = d.afterToken(qi);
        int next = d.firstToken(qi + 1);
        if (next - from > 3) {
            return false;
        }
        for (int i = from; i < next; i++) {
            if (!(t.is(i, ',') || t.equalsIgnoreCase(i, "and") || t.equalsIgnoreCase(i, "or") || t.equalsIgnoreCase(i, "the"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code the}, {@code a}, {@code an} or {@code of} in lower case right before the opening mark:
     * the quotation is the head of a noun phrase of the narrator's sentence.
     */
    private static boolean articleOrOfBefore(Document d, int first) {
        int i = beforeMarks(d, first);
        return Sieves.oneOf(d, i, ARTICLES_AND_OF) && !d.inQuote(i) && Character.isLowerCase(d.t.first(i));
    }

    /** Words that open a noun phrase a quotation may be the head of: {@code the “Almanac”}, {@code of “Dobbin”}. */
    private static final String[] ARTICLES_AND_OF = {"the", "a", "an", "of"};

    /**
     * Whether quotation {@code qi} is joined to the next one in its paragraph by {@code and} or
     * {@code or} (with at most a comma or {@code the} besides): {@code “supper” and “tea”}.
     */
    private static boolean joinedToNext(Document d, int qi) {
        if (qi + 1 >= d.quotes.size() || d.quotes.get(qi + 1).paragraph != d.quotes.get(qi).paragraph) {
            return false;
        }
        TokenBuffer t = d.t;
        int from = d.afterToken(qi);
        int next = d.firstToken(qi + 1);
        boolean conjunction = false;
        if (next - from > 3) {
            return false;
        }
        for (int i = from; i < next; i++) {
            if (t.equalsIgnoreCase(i, "and") || t.equalsIgnoreCase(i, "or")) {
                conjunction = true;
            } else if (!(t.is(i, ',') || t.equalsIgnoreCase(i, "the"))) {
                return false;
            }
        }
        return conjunction;
    }

    /** Nouns for a word as a word: {@code “…” is an old word}. */
    private static final String[] WORD_NOUNS = {"word", "adjective", "noun", "verb", "adverb", "term", "expression", "phrase"};

    /** Forms of be that name a quotation as a word after it: {@code “…” is an old word}. */
    private static final String[] IS_WAS_BEING = {"is", "was", "being"};

    /** Words at most between the article and the noun for a word ({@code a quaint old word}). */
    private static final int WORD_NOUN_MODIFIERS = 3;

    /**
     * {@code “…” is an old word}, {@code “…” being a country word}: right after the
     * quotation (and a comma), {@code is}, {@code was} or {@code being}, {@code a} or {@code an},
     * and a noun for a word after at most a few modifiers.
     */
    private static boolean wordNamedAfter(Document d, int after) {
        TokenBuffer t = d.t;
        int i = after;
        if (i < t.size() && t.is(i, ',')) {
            i++;
        }
        if (i + 2 >= t.size() || !Sieves.oneOf(d, i, IS_WAS_BEING) || !Sieves.oneOf(d, i + 1, Sieves.INDEFINITE_ARTICLES)) {
            return false;
        }
        for (int k = i + 2; k < t.size() && k <= i + 2 + WORD_NOUN_MODIFIERS && t.kind(k) == TokenBuffer.WORD && !d.inQuote(k); k++) {
            if (Sieves.oneOf(d, k, WORD_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word at token {@code i}, or the one right before it when {@code i} is a comma or a colon
     * ({@code sang: “…”}); -1 when that is no word or stands inside a quotation.
     */
    private static int wordPastCommaOrColon(Document d, int i) {
        TokenBuffer t = d.t;
        if (i > 0 && (t.is(i, ',') || t.is(i, ':'))) {
            i--;
        }
        return i >= 0 && t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) ? i : -1;
    }

    /** Verbs of seeming before {@code to say}: {@code seemed to say “…”}. */
    private static final String[] SEEMING = {"seem", "seems", "seemed", "seeming"};

    /**
     * {@code seemed to say “…”}, {@code as if to say}, {@code as though to say}, {@code as much as
     * to say}, {@code as who should say}, {@code indicating “…”} right before the opening mark (past
     * a comma or colon): what a look or a gesture means, not what anyone says.
     */
    private static boolean impliedBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i > 0 && t.kind(i) == TokenBuffer.LINE_BREAK) {
            i--;   // seemed to say:⏎“…” in hard-wrapped text
        }
        i = wordPastCommaOrColon(d, i);
        if (i < 0) {
            return false;
        }
        if (t.equalsIgnoreCase(i, "indicating")) {
            return true;
        }
        if (i < 3 || !t.equalsIgnoreCase(i, "say")) {
            return false;
        }
        if (t.equalsIgnoreCase(i - 1, "should")) {
            return t.equalsIgnoreCase(i - 2, "who") && t.equalsIgnoreCase(i - 3, "as");
        }
        if (!t.equalsIgnoreCase(i - 1, "to")) {
            return false;
        }
        return Sieves.oneOf(d, i - 2, SEEMING)
                || (t.equalsIgnoreCase(i - 2, "if") || t.equalsIgnoreCase(i - 2, "though")) && t.equalsIgnoreCase(i - 3, "as")
                || i >= 4 && t.equalsIgnoreCase(i - 2, "as") && t.equalsIgnoreCase(i - 3, "much") && t.equalsIgnoreCase(i - 4, "as");
    }

    /** A dash right before the opening mark: what follows sets out what was just spoken of. */
    private static boolean dashBefore(Document d, int first) {
        int i = beforeMarks(d, first);
        return i >= 0 && d.t.kind(i) == TokenBuffer.DASH;
    }

    /** A word right before the opening mark: the quotation stands inside a sentence. */
    private static boolean wordBefore(Document d, int first) {
        int i = beforeMarks(d, first);
        return i >= 0 && d.t.kind(i) == TokenBuffer.WORD;
    }

    /** Words after a comma by which the sentence goes on rather than a tag begins. */
    private static final String[] SENTENCE_GOES_ON = {"and", "but", "or", "nor", "so", "yet", "as", "for", "that", "while", "though"};

    /**
     * A comma right after the quotation, then a lower-case word that is no conjunction: a tag
     * ({@code „Hallo“, sagte er}), not the sentence going on ({@code a “dud”, and then …}). A
     * relative {@code which} may go on with speech ({@code her “plan”, which would …}): it stays.
     */
    private static boolean tagFollows(Document d, int after) {
        TokenBuffer t = d.t;
        if (!(after + 1 < t.size() && t.is(after, ',') && t.kind(after + 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(after + 1)))) {
            return false;
        }
        return !Sieves.oneOf(d, after + 1, SENTENCE_GOES_ON);
    }

    /** {@code so-called “…”}, {@code dubbed “…”}, {@code the word “…”}. */
    private static boolean namingWordBefore(Document d, int first) {
        int i = beforeMarks(d, first);
        if (i < 0 || d.t.kind(i) != TokenBuffer.WORD) {
            return false;
        }
        TokenBuffer t = d.t;
        return t.equalsIgnoreCase(i, "so-called") || t.equalsIgnoreCase(i, "dubbed") || t.equalsIgnoreCase(i, "titled")
                || t.equalsIgnoreCase(i, "entitled") || t.equalsIgnoreCase(i, "nicknamed") || t.equalsIgnoreCase(i, "word")
                || t.equalsIgnoreCase(i, "phrase") || t.equalsIgnoreCase(i, "term") || t.equalsIgnoreCase(i, "words")
                || t.equalsIgnoreCase(i, "labeled") || t.equalsIgnoreCase(i, "labelled") || t.equalsIgnoreCase(i, "branded")
                || t.equalsIgnoreCase(i, "slogan") || t.equalsIgnoreCase(i, "hashtag") || t.equalsIgnoreCase(i, "headline")
                || t.equalsIgnoreCase(i, "named") || t.equalsIgnoreCase(i, "called") && !d.inQuote(i) && !calledBySomeone(d, i);
    }

    /**
     * {@code he called “…”}, {@code she called “…”}: a verb of calling right after a person's
     * pronoun gives that person's words ({@code Each such chore he called “…”}), not a name in the
     * narrator's voice.
     */
    private static boolean calledBySomeone(Document d, int i) {
        return i > 0 && (d.t.equalsIgnoreCase(i - 1, "he") || d.t.equalsIgnoreCase(i - 1, "she"));
    }

    /**
     * Whether the quotation ending before token {@code after} ends its line (but for a full stop)
     * and the next line opens with a dash and a capital: the line credits a quoted source, as under
     * an epigraph ({@code “…”} / {@code — A Poet, Some Play}).
     */
    private static boolean creditLineAfter(Document d, int after) {
        TokenBuffer t = d.t;
        int i = after;
        while (i < t.size() && t.is(i, '.')) {
            i++;
        }
        if (i + 2 >= t.size() || !t.isBreak(i)) {
            return false;
        }
        i++;
        return t.kind(i) == TokenBuffer.DASH && t.kind(i + 1) == TokenBuffer.WORD && Character.isUpperCase(t.first(i + 1));
    }

    /** Forms of {@code sing}: what follows is the song. */
    private static final String[] SINGING = {"sing", "sings", "sang", "sung"};

    /** Nouns for one copy or showing of a work before {@code of}: {@code a copy of “…”}. */
    private static final String[] COPY_NOUNS = {"copy", "copies", "edition", "editions", "volume", "volumes",
        "performance", "performances"};

    /**
     * {@code hear her sing “…”}, {@code sang: “…”}, {@code a copy of “…”}: a form of {@code sing}
     * right before the opening mark (past a comma or colon), or {@code of} after a noun for a copy
     * or showing of a work: the quotation is a song or a title.
     */
    private static boolean sungOrCopied(Document d, int first) {
        TokenBuffer t = d.t;
        int i = wordPastCommaOrColon(d, beforeMarks(d, first));
        if (i < 0) {
            return false;
        }
        if (Sieves.oneOf(d, i, SINGING)) {
            return true;
        }
        return i > 0 && t.equalsIgnoreCase(i, "of") && t.kind(i - 1) == TokenBuffer.WORD && !d.inQuote(i - 1)
                && Sieves.oneOf(d, i - 1, COPY_NOUNS);
    }

    /** Tokens looked back over from a word for written words for a quotation earlier in its sentence. */
    private static final int INSCRIBED_SENTENCE_WINDOW = 20;

    /**
     * {@code the inscription, “…”}, {@code labelled: “…”}, {@code the motto: “…”}: a word for
     * written words right before the opening mark, past a comma, a colon or a dash, with no quotation
     * earlier in its sentence ({@code “…,” he said, showing the label, “…”} goes on with speech).
     */
    private static boolean inscribedWordBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        while (i > 0 && (t.is(i, ',') || t.is(i, ':') || t.kind(i) == TokenBuffer.DASH)) {
            i--;
        }
        if (i < 0 || t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || !INSCRIBED_WORDS.contains(d.text, t.start(i), t.end(i))) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - INSCRIBED_SENTENCE_WINDOW && !d.endsSentence(j) && !t.isBreak(j); j--) {
            if (t.kind(j) == TokenBuffer.QUOTE_MARK) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code “…” was carved into the lintel}, {@code “…” were stitched on the flag}: {@code was} or
     * {@code were} and a participle of writing on a thing right after the closing mark (or the
     * comma after it).
     */
    private static boolean inscribedAfter(Document d, int after) {
        TokenBuffer t = d.t;
        int i = after;
        if (i < t.size() && t.is(i, ',')) {
            i++;
        }
        return i + 1 < t.size() && (t.equalsIgnoreCase(i, "was") || t.equalsIgnoreCase(i, "were"))
                && t.kind(i + 1) == TokenBuffer.WORD && INSCRIBING_VERBS.contains(d.text, t.start(i + 1), t.end(i + 1));
    }

    /** Words after a verb of naming that make it calling out or to somebody: {@code called out}, {@code called back}. */
    private static final String[] CALLING_PARTICLES = {"out", "back", "after", "up", "to"};

    /**
     * {@code what the locals call “the Gap”}, {@code a coat called a “cutaway”}, {@code known as the
     * “Row”}: a verb of naming at most a few words before the opening mark, in the same clause, after
     * a relative word ({@code what}, {@code which}) or as a participle that names a thing (see {@link
     * #namesAThing}), or {@code known as} right before the mark. Not calling out or back ({@code
     * called out “Wait!”}), and not somebody calling something something ({@code Ann called the
     * plan “a mess”}): that gives her words.
     */
    private static boolean namedInNarration(Document d, int first) {
        TokenBuffer t = d.t;
        int mark = beforeMarks(d, first);
        for (int i = mark; i > mark - CHARACTERIZING_WINDOW && i >= 0; i--) {
            if (!t.isWordLike(i) || d.inQuote(i)) {
                return false;
            }
            if (i == mark && i > 0 && t.equalsIgnoreCase(i, "as") && t.equalsIgnoreCase(i - 1, "known")) {
                return true;
            }
            if (NAMING_VERBS.contains(d.text, t.start(i), t.end(i))) {
                if (i < mark && Sieves.oneOf(d, i + 1, CALLING_PARTICLES)) {
                    return false;
                }
                if (i > 0 && (d.mentions.isDeterminer(i - 1) || d.mentions.isPossessive(i - 1))) {
                    return false;   // his call, a label
                }
                return relativeBefore(d, i) || i < mark && namesAThing(d, i);
            }
        }
        return false;
    }

    /** A relative word ({@code what}, {@code which}) at most a few words before token {@code i}, in its clause. */
    private static boolean relativeBefore(Document d, int i) {
        TokenBuffer t = d.t;
        for (int j = i - 1; j >= 0 && j >= i - RELATIVE_WINDOW && t.isWordLike(j) && !d.inQuote(j); j--) {
            if (t.equalsIgnoreCase(j, "what") || t.equalsIgnoreCase(j, "which")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens looked back over from an opening mark for a verb of calling or characterizing. */
    private static final int CHARACTERIZING_WINDOW = 6;

    /**
     * {@code she called the plan “a gift”}, {@code what he dubbed “…”}, {@code described the talks as
     * “…”}: a verb of calling or characterizing at most a few words before the opening mark, in the
     * same clause, with no noun for a work between ({@code praised the film “…”} names a title). Not
     * as a noun ({@code his call}), and not a participle that names a thing ({@code a show called “…”}).
     */
    private static boolean characterizedBefore(Document d, int qi) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, d.firstToken(qi));
        for (int lo = i - CHARACTERIZING_WINDOW; i > lo && i >= 0; i--) {
            if (!t.isWordLike(i) || d.inQuote(i) || t.equalsIgnoreCase(i, "so-called")
                    || WORK_NOUNS.contains(d.text, t.start(i), t.end(i))) {
                return false;
            }
            if (CHARACTERIZING_VERBS.contains(d.text, t.start(i), t.end(i))) {
                boolean noun = i > 0 && (d.mentions.isDeterminer(i - 1) || d.mentions.isPossessive(i - 1));
                return !noun && !(i > 0 && t.equalsIgnoreCase(i - 1, "so")) && (!namesAThing(d, i) || agentAfter(d, qi));
            }
        }
        return false;
    }

    /** Tokens looked back over from {@code as} for a verb that casts its object as something. */
    private static final int CASTING_WINDOW = 12;

    /**
     * {@code portrayed the plan as “a gift”}, {@code saw him, for years, as a “bully”}, {@code
     * referring to the mayor (a Democrat) as “the boss”}: {@code as} right before the opening mark,
     * or before {@code a}, {@code an} or {@code the} there, and a verb of casting or characterizing at
     * most a few tokens before it in the sentence (commas and brackets between, no other quotation).
     * Not {@code such as}, which lists examples.
     */
    private static boolean castAsBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i > 0 && (t.equalsIgnoreCase(i, "a") || t.equalsIgnoreCase(i, "an") || t.equalsIgnoreCase(i, "the"))) {
            i--;
        }
        if (i < 1 || !t.equalsIgnoreCase(i, "as") || d.inQuote(i) || t.equalsIgnoreCase(i - 1, "such")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - CASTING_WINDOW; j--) {
            if (d.inQuote(j) || t.kind(j) == TokenBuffer.QUOTE_MARK || t.kind(j) == TokenBuffer.DASH || t.isBreak(j)
                    || t.is(j, ';') || t.is(j, ':') || d.endsSentence(j)) {
                return false;
            }
            if (t.kind(j) == TokenBuffer.WORD && (CASTING_VERBS.contains(d.text, t.start(j), t.end(j))
                    || CHARACTERIZING_VERBS.contains(d.text, t.start(j), t.end(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code branded “a sham” by the union}: {@code by} and a word right after the quotation
     * (and the comma or full stop inside its marks) names who gave a passive its words.
     */
    private static boolean agentAfter(Document d, int qi) {
        TokenBuffer t = d.t;
        int i = d.afterToken(qi);
        return i + 1 < t.size() && t.equalsIgnoreCase(i, "by") && t.kind(i + 1) == TokenBuffer.WORD && !d.inQuote(i + 1);
    }

    /** Words looked back over from a participle for the relative word that opens its clause. */
    private static final int RELATIVE_WINDOW = 4;

    /**
     * Whether verb {@code v} names a thing rather than gives somebody's words: in the passive
     * ({@code is called}, {@code has been dubbed}), a participle right after a common noun ({@code
     * a class called}, {@code a room, called}) unless a relative word opens that noun's clause
     * ({@code what critics called}), or after {@code and} with no subject of its own; or said by
     * the writer ({@code what we called}).
     */
    private static boolean namesAThing(Document d, int v) {
        TokenBuffer t = d.t;
        int n = v - 1;
        boolean passive = false;
        while (n >= 0 && n >= v - RELATIVE_WINDOW && t.kind(n) == TokenBuffer.WORD && !d.inQuote(n)
                && (d.mentions.isVerbFiller(n) || IndirectFinder.isBeForm(t, n))) {
            passive |= IndirectFinder.isBeForm(t, n);
            n--;
        }
        passive &= !t.endsWith(v, "ing");   // "commuters are calling it …": a form of be before -ing makes no passive
        if (passive || n < 0 || d.inQuote(n)) {
            return passive;
        }
        if (t.kind(n) == TokenBuffer.WORD && (t.equalsIgnoreCase(n, "I") || t.equalsIgnoreCase(n, "we"))) {
            return true;
        }
        if (d.text.charAt(t.end(v) - 1) != 'd') {
            return false;   // "calls", "calling": no participle that names a thing
        }
        if (t.equalsIgnoreCase(n, "and")) {
            return true;
        }
        if (t.is(n, ',') && n > 0) {
            n--;
        }
        if (t.kind(n) != TokenBuffer.WORD || !Character.isLowerCase(t.first(n)) || d.mentions.isFunctionWord(n)
                || d.mentions.isPronoun(n)) {
            return false;
        }
        for (int i = n - 1; i >= 0 && i >= n - RELATIVE_WINDOW && t.kind(i) == TokenBuffer.WORD; i--) {
            if (t.equalsIgnoreCase(i, "what") || t.equalsIgnoreCase(i, "which") || t.equalsIgnoreCase(i, "who")
                    || t.equalsIgnoreCase(i, "whom") || t.equalsIgnoreCase(i, "that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code using the phrase “…”}, {@code would not utter the words “…”}, {@code his use of the term
     * “…”}: a verb of using or saying words before {@code the term}, {@code the phrase}, {@code the
     * word(s)} or {@code the slogan} right before the opening mark.
     */
    private static boolean wordsUsedBefore(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i < 2 || t.kind(i) != TokenBuffer.WORD || d.inQuote(i)
                || !(t.equalsIgnoreCase(i, "term") || t.equalsIgnoreCase(i, "phrase") || t.equalsIgnoreCase(i, "word")
                        || t.equalsIgnoreCase(i, "words") || t.equalsIgnoreCase(i, "slogan"))) {
            return false;
        }
        i--;
        if (t.equalsIgnoreCase(i, "the") || t.equalsIgnoreCase(i, "that") || t.equalsIgnoreCase(i, "this")) {
            i--;
        }
        if (i > 0 && t.equalsIgnoreCase(i, "of")) {
            i--;   // his use of the term
        }
        return t.kind(i) == TokenBuffer.WORD && WORD_USE_VERBS.contains(d.text, t.start(i), t.end(i));
    }

    /** Tokens looked back over from an opening mark for a verb of saying in the same sentence. */
    private static final int REPORTED_WINDOW = 15;

    /**
     * {@code told reporters that the plan was “dead”}, {@code was said to be “livid”}: a verb of
     * saying used as a verb earlier in the clause (no comma, semicolon, colon, dash or bracket
     * between), more than a word before the opening mark, reports the short fragment even when no
     * rule found its speaker; {@code it was said} reports nobody's words.
     */
    private static boolean reportedInSentence(Document d, FoundQuote q, int first) {
        TokenBuffer t = d.t;
        int lo = Math.max(d.found.paraStart[q.paragraph], first - REPORTED_WINDOW);
        for (int i = first - 1; i >= lo; i--) {
            if (endsClause(d, i)) {
                return false;
            }
            if (t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && d.verbAt(i) > 0) {
                boolean impersonal = i > 1 && IndirectFinder.isBeForm(t, i - 1) && t.equalsIgnoreCase(i - 2, "it");
                return first - i > 2 && !impersonal;   // not its object alone (told the “girl”), not “it was said”
            }
        }
        return false;
    }

    /**
     * {@code the mayor's claim that there were “hundreds”}, {@code his promise of “free rides”}: a
     * noun for something said followed by {@code that}, {@code of}, {@code to} or {@code about},
     * earlier in the clause (no comma, semicolon, colon, dash or bracket between), gives the short
     * fragment as part of what was said.
     */
    private static boolean sayingNounBefore(Document d, FoundQuote q, int first) {
        TokenBuffer t = d.t;
        int lo = Math.max(d.found.paraStart[q.paragraph], first - REPORTED_WINDOW);
        for (int i = first - 2; i >= lo; i--) {
            if (endsClause(d, i)) {
                return false;
            }
            if (t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && SAYING_NOUNS.contains(d.text, t.start(i), t.end(i))
                    && (t.equalsIgnoreCase(i + 1, "that") || t.equalsIgnoreCase(i + 1, "of")
                            || t.equalsIgnoreCase(i + 1, "to") || t.equalsIgnoreCase(i + 1, "about"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} ends a clause: a sentence end, comma, semicolon, colon, dash or bracket. */
    private static boolean endsClause(Document d, int i) {
        TokenBuffer t = d.t;
        return d.endsSentence(i) || t.kind(i) == TokenBuffer.DASH || t.is(i, ';') || t.is(i, ':') || t.is(i, '(') || t.is(i, ',')
                || t.is(i, ')');
    }

    /** Tokens looked back over from {@code read} or {@code saying} for the thing that bears the words. */
    private static final int INSCRIPTION_WINDOW = 4;

    /**
     * {@code the crowd chanted “Build It Now”}, {@code chants of “Four more years”}, {@code a sign
     * that read “Vote No”}, {@code a hat reading, “Keep Out”}: a verb or noun of chanting or shouting
     * right before the opening mark (but for {@code of} or a comma), or {@code read}, {@code reads},
     * {@code reading}, {@code says} or {@code saying} there after a thing that bears written words.
     */
    private static boolean chantedOrInscribed(Document d, int first) {
        TokenBuffer t = d.t;
        int i = beforeMarks(d, first);
        if (i > 0 && (t.is(i, ',') || t.equalsIgnoreCase(i, "of"))) {
            i--;
        }
        if (i < 0 || t.kind(i) != TokenBuffer.WORD || d.inQuote(i)) {
            return false;
        }
        if (CHANTING_WORDS.contains(d.text, t.start(i), t.end(i))) {
            return true;
        }
        if (!(t.equalsIgnoreCase(i, "read") || t.equalsIgnoreCase(i, "reads") || t.equalsIgnoreCase(i, "reading")
                || t.equalsIgnoreCase(i, "says") || t.equalsIgnoreCase(i, "saying"))) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - INSCRIPTION_WINDOW && t.isWordLike(j) && !d.inQuote(j); j--) {
            if (INSCRIPTION_NOUNS.contains(d.text, t.start(j), t.end(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code “If only we ” she began}: a space before the closing mark but none after the
     * opening one marks speech broken off, never a title or a term.
     */
    private static boolean brokenOff(Document d, FoundQuote q) {
        return q.closeMark >= 0 && q.contentEnd - q.contentStart > 1 && !Character.isWhitespace(d.text.charAt(q.contentStart))
                && Character.isWhitespace(d.text.charAt(q.contentEnd - 1));
    }
}
