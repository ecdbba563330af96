package org.quoteattributor.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;

/**
 * Finds to whom each quotation was said, once speakers are linked and names resolved:
 * <ul>
 *   <li>the object of its reporting verb: {@code X told Y “…”}, {@code “…,” X told Y},
 *       {@code X asked Y}, {@code X assured Y};</li>
 *   <li>{@code to} after its reporting verb: {@code X said to Y}, {@code X replied to Y};</li>
 *   <li>failing those, a name set off as a vocative at the start or end of a whole quotation:
 *       {@code “Come, Nora,” …}, {@code “…, Mr. Barlow.”} (found as the vocative sieve finds it).</li>
 * </ul>
 * The addressee is a name, an object pronoun ({@code him}, {@code them}) or a description of
 * people or an audience ({@code reporters}, {@code his wife}, {@code the Senate}); never the
 * speaker's mention, nor a name of the speaker's person. A bare form of address ({@code “Yes,
 * sir,”}, {@code “Thank you, Mr. President,”}) tells that someone is spoken to, not who, and gives
 * none; nor does {@code said to be}, or {@code asked a question}. The parts of one interrupted
 * quotation share an addressee. Internal, not API.
 */
final class Addressees {

    /** Reporting verbs whose object is the person spoken to. */
    private static final WordSet ADDRESSING_VERBS = Lexicons.words("addressing-verbs.txt");
    /** Nouns of a person by trade or station: {@code porter}, {@code boatman}, {@code clerk}. */
    private static final WordSet TRADE_NOUNS = Sieves.TRADE_NOUNS;
    /** Nouns for people or an audience, which a described addressee ends in. */
    private static final WordSet AUDIENCE_NOUNS = Lexicons.words("audience-nouns.txt");
    /** Pronouns that stand for the person spoken to; reflexives (told herself) are left out. */
    private static final WordSet OBJECT_PRONOUNS = new WordSet(List.of("him", "her", "them", "me", "us", "you"));

    /** Adverbs skipped between a verb and its object or {@code to}: {@code said quietly to her}. */
    private static final int MAX_FILLERS = 2;
    /** Words that may open a quotation before a vocative: {@code “Oh, do come, Nora,”}. */
    private static final int MAX_WORDS_BEFORE_VOCATIVE = 3;
    /** Tokens an object may span: {@code the assembled foreign reporters}. */
    private static final int MAX_OBJECT_TOKENS = 10;

    private Addressees() {
    }

    /** Gives each quotation of {@code d} its addressee, where the text names one. */
    static void find(Document d) {
        List<FoundQuote> quotes = d.quotes;
        List<Integer> doubtful = new ArrayList<>();
        List<String> doubtfulWords = new ArrayList<>();
        Mentions.Mention m = new Mentions.Mention();   // set copies what it keeps
        Set<String> speaking = describedSpeakers(d);
        for (int qi = 0; qi < quotes.size(); qi++) {
            FoundQuote q = quotes.get(qi);
            if (q.term) {
                continue;
            }
            m.clear();
            if (objectOfCue(d, q, m, ownTag(q) ? speaking : null)) {
                set(d, q, m);
            } else if (vocative(d, qi, m)) {
                if (m.first == d.firstToken(qi) + 1 && m.first == m.last && !d.names.isPerson(key(d, m.last))) {
                    doubtful.add(qi);   // “Come, let us go.”: a verb, unless it is no word of the text
                    doubtfulWords.add(d.t.string(m.last));
                }
                set(d, q, m);
            }
        }
        dropCommonWords(d, doubtful, doubtfulWords);
        shareWithinGroups(quotes);
    }

    private static String key(Document d, int tok) {
        return d.names.keyOfName(d.t.string(tok));
    }

    /**
     * Takes back the addressees of quotations {@code doubtful}: single words opening their
     * quotation, not known to be people, that the text also writes in lower case ({@code “Come,
     * …”} beside {@code come}). One pass over the tokens.
     */
    private static void dropCommonWords(Document d, List<Integer> doubtful, List<String> words) {
        if (doubtful.isEmpty()) {
            return;
        }
        WordSet candidates = new WordSet(words);
        // The lengths and first chars of the words, to pass over most tokens without hashing them.
        long lengths = 0;
        long firsts = 0;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);   // as the set keeps it
            lengths |= 1L << Math.min(lw.length(), 63);
            firsts |= lw.isEmpty() ? 0 : 1L << (lw.charAt(0) & 63);
        }
        List<String> seen = new ArrayList<>();
        TokenBuffer t = d.t;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenBuffer.WORD && Chars.isLowerCase(t.first(i))
                    && (lengths & 1L << Math.min(t.length(i), 63)) != 0
                    && (firsts & 1L << (Chars.toLowerCase(t.first(i)) & 63)) != 0
                    && candidates.contains(d.text, t.start(i), t.end(i))) {
                seen.add(t.string(i));
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        WordSet common = new WordSet(seen);
        for (int qi : doubtful) {
            FoundQuote q = d.quotes.get(qi);
            if (q.addresseeStart >= 0 && common.contains(d.text, q.addresseeStart, q.addresseeEnd)) {
                q.addresseeStart = -1;
                q.addresseeEnd = -1;
                q.addresseeName = null;
            }
        }
    }

    /**
     * The head nouns, in lower case, of the descriptions that speak some quotation of {@code d}
     * ({@code “…,” said the fox}: {@code fox}): whoever speaks in the text is someone who may be
     * spoken to. One pass over the quotations.
     */
    private static Set<String> describedSpeakers(Document d) {
        Set<String> heads = new HashSet<>();
        TokenBuffer t = d.t;
        for (FoundQuote q : d.quotes) {
            if (q.hasSpeaker() && q.speakerType == Mentions.DESCRIPTION) {
                int last = t.indexAt(q.speakerEnd - 1);
                if (last < t.size() && t.kind(last) == TokenBuffer.WORD && Character.isLowerCase(t.first(last))) {
                    heads.add(d.lowerWord(last));
                }
            }
        }
        return heads;
    }

    /**
     * Whether quotation {@code q} was given its speaker by its own tag ({@code trailing-verb …},
     * {@code leading-verb}, or the tag it goes on after: {@code interrupted}), not by a rule that borrows the cue of another turn ({@code
     * turn-taking}): only its own cue's object is surely the one spoken to.
     */
    private static boolean ownTag(FoundQuote q) {
        return q.rule.startsWith("trailing-verb") || q.rule.equals("leading-verb") || q.rule.equals("interrupted");
    }

    /** The object of the quotation's reporting verb, or the mention after {@code to} that follows it. */
    static boolean objectOfCue(Document d, FoundQuote q, Mentions.Mention m) {
        return objectOfCue(d, q, m, null);
    }

    /**
     * {@link #objectOfCue}, where a description after {@code the} whose head noun is among {@code
     * speaking} ({@link #describedSpeakers}) or a noun of trade is someone spoken to too: {@code
     * said the fox to the crow} once the crow speaks; none of those when {@code speaking} is null.
     */
    private static boolean objectOfCue(Document d, FoundQuote q, Mentions.Mention m, Set<String> speaking) {
        TokenBuffer t = d.t;
        if (q.cueStart < 0 || q.rule.equals("according-to")) {
            return false;
        }
        int verb = t.indexAt(q.cueStart);
        int j = t.indexAt(q.cueEnd - 1) + 1;
        if (verb >= t.size() || t.kind(verb) != TokenBuffer.WORD) {
            return false;   // a colon
        }
        j = skipFillers(d, j);
        if (q.hasSpeaker() && j < t.size() && t.start(j) == q.speakerStart) {
            j = skipFillers(d, t.indexAt(q.speakerEnd - 1) + 1);   // “…,” said Smith to Jones
        }
        if (j >= t.size() || d.inQuote(j)) {
            return false;
        }
        if (t.equalsIgnoreCase(j, "to")) {
            return objectAt(d, j + 1, m, speaking);
        }
        return ADDRESSING_VERBS.contains(d.text, t.start(verb), t.end(verb)) && objectAt(d, j, m, speaking);
    }

    private static int skipFillers(Document d, int j) {
        for (int k = 0; k < MAX_FILLERS && j < d.t.size() && d.t.kind(j) == TokenBuffer.WORD
                && d.mentions.isVerbFiller(j) && !d.t.equalsIgnoreCase(j, "to"); k++) {
            j++;
        }
        return j;
    }

    /**
     * A person or audience named at token {@code i} of the narration: an object pronoun, a name,
     * or a description that ends in a noun for people (or a capitalized name after an article).
     */
    static boolean objectAt(Document d, int i, Mentions.Mention m) {
        return objectAt(d, i, m, null);
    }

    /**
     * {@link #objectAt}; a description after {@code the} that ends in a noun of a trade or station
     * ({@code trade-nouns.txt}: {@code the porter}) or in a noun among {@code speaking}, the heads
     * of descriptions that speak in the text ({@code the crow}), is someone spoken to as well,
     * unless {@code speaking} is null.
     */
    private static boolean objectAt(Document d, int i, Mentions.Mention m, Set<String> speaking) {
        TokenBuffer t = d.t;
        if (i >= t.size() || t.kind(i) != TokenBuffer.WORD || d.inQuote(i)) {
            return false;
        }
        int hi = i + 1;
        while (hi < t.size() && hi < i + MAX_OBJECT_TOKENS && !d.inQuote(hi)) {
            hi++;
        }
        if (d.mentions.isDeterminer(i) && !t.equalsIgnoreCase(i, "that") && !t.equalsIgnoreCase(i, "this")
                && d.mentions.subjectAfter(i, hi, m) && m.type == Mentions.DESCRIPTION && m.first == i) {
            boolean article = t.equalsIgnoreCase(i, "the") || t.equalsIgnoreCase(i, "a") || t.equalsIgnoreCase(i, "an");
            if (isAudience(d, m.last) || article && t.isCapitalized(m.last)) {
                return true;   // "his wife", "the crowd", "the Senate"
            }
            if (speaking != null && t.equalsIgnoreCase(i, "the") && Character.isLowerCase(t.first(m.last))
                    && (TRADE_NOUNS.contains(d.text, t.start(m.last), t.end(m.last)) || speaking.contains(d.lowerWord(m.last)))) {
                return true;   // "told the porter", "said the fox to the crow" where the crow speaks too
            }
        }
        if (OBJECT_PRONOUNS.contains(d.text, t.start(i), t.end(i))) {
            m.first = i;
            m.last = i;
            m.type = Mentions.PRONOUN;
            return true;
        }
        if (AUDIENCE_NOUNS.contains(d.text, t.start(i), t.end(i)) && Character.isLowerCase(t.first(i))) {
            m.first = i;   // "told reporters"
            m.last = i;
            m.type = Mentions.DESCRIPTION;
            return true;
        }
        if (t.isCapitalized(i) && (d.cls(i) & Lexicon.NATIONALITY) != 0 && !d.mentions.isNameWord(i)) {
            // "told Danish reporters": an adjective of nation, no name, before the audience
            int k = i;
            while (k + 1 < hi && modifies(d, k + 1, hi)) {
                k++;
            }
            m.first = i;
            m.last = k;
            m.type = Mentions.DESCRIPTION;
            return k > i && isAudience(d, k);
        }
        if (d.mentions.isNameWord(i) || t.isCapitalized(i) && d.mentions.isTitle(i)) {
            if (!d.mentions.subjectAfter(i, hi, m) || m.first != i) {
                return false;
            }
            if (m.type == Mentions.NAME && modifies(d, m.last + 1, hi)) {
                // "told French reporters": the capitals modify the audience named after them
                int k = m.last + 1;
                while (k + 1 < hi && modifies(d, k + 1, hi)) {
                    k++;
                }
                m.last = k;
                m.type = Mentions.DESCRIPTION;
                return isAudience(d, k);
            }
            if (m.type == Mentions.NAME) {
                return !d.mentions.isTitle(m.last);   // "told Mr. Barlow", not a title alone
            }
            return m.type == Mentions.DESCRIPTION && isAudience(d, m.last);   // "told Smith's lawyers"
        }
        return false;
    }

    /** Whether token {@code k} is a lower-case content word: part of a description, not a name. */
    private static boolean modifies(Document d, int k, int hi) {
        TokenBuffer t = d.t;
        return k < hi && t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k))
                && !d.mentions.isFunctionWord(k) && !d.mentions.isVerbFiller(k) && !d.mentions.isPronoun(k)
                && d.verbAt(k) == 0;
    }

    private static boolean isAudience(Document d, int i) {
        return AUDIENCE_NOUNS.contains(d.text, d.t.start(i), d.t.end(i));
    }

    /**
     * A name addressed at the start of a whole quotation (within its first few words) or at its
     * end (only punctuation after it): {@code “Come, Nora,”}, {@code “…, Mr. Barlow.”}. Found
     * into {@code m}, which the search uses as it goes: left in any state when false.
     */
    static boolean vocative(Document d, int qi, Mentions.Mention m) {
        FoundQuote q = d.quotes.get(qi);
        if (q.mixed || q.openMark < 0) {
            return false;
        }
        TokenBuffer t = d.t;
        int from = d.firstToken(qi);
        int to = d.afterToken(qi);
        int words = 0;
        m.clear();
        for (int i = from + 1; i < to; i++) {
            m.last = i;
            boolean nestedMark = t.kind(i - 1) == TokenBuffer.QUOTE_MARK && i - 1 != from;   // “a “Title,” b”
            if (!nestedMark && Sieves.Vocative.nameAddressedAt(d, i, from, to, m) && isKnown(d, m)
                    && addressed(d, q, m, from, words <= MAX_WORDS_BEFORE_VOCATIVE, onlyPunctuationAfter(d, m.last, to))) {
                return true;
            }
            if (t.isWordLike(i)) {
                words++;
            }
            i = m.last;
        }
        return false;
    }

    /**
     * Whether a name set off at the start or end of a quotation is someone addressed. A quotation
     * that is nothing but a name must have a speaker ({@code “Owl,” said Robin}) or name a known
     * person, else it is as likely a title ({@code “Vigo County,”}); and a name after another name
     * and a comma ends a list or a place ({@code Ohio, Iowa}, {@code Leeds, Yorkshire}) unless it
     * names a person after no more than one other name ({@code “Do you give them tea, Mrs. Pimm?”}).
     * A name with a possessive {@code 's} ({@code “Captain Oduya's,”}) answers whose a thing is.
     */
    private static boolean addressed(Document d, FoundQuote q, Mentions.Mention m, int from, boolean atStart,
                                     boolean atEnd) {
        if (!atStart && !atEnd || d.mentions.isPossessive(m.last)) {
            return false;   // “Captain Oduya's,” she said.: whose a thing is, no one called
        }
        boolean known = d.names.isPerson(d.names.keyOfName(d.t.string(m.last)));
        boolean person = known || personLike(d, m);
        if (atStart && atEnd && m.first == from + 1 && !known && !(q.hasSpeaker() && hasLowerCase(d, m))) {
            return false;
        }
        int names = namesBefore(d, m.first, from);
        return names == 0 || names == 1 && person;
    }

    /**
     * How many names, each followed by a comma, stand right before the name at token {@code
     * first} inside its sentence (0, 1 or 2 for two or more). A word opening the quotation or a
     * sentence ({@code “Come, Nora,”}) is not counted: it is as likely a verb or a greeting.
     */
    private static int namesBefore(Document d, int first, int from) {
        TokenBuffer t = d.t;
        int count = 0;
        int k = first;
        while (count < 2) {
            int j = k - 2;
            if (j <= from || !t.is(k - 1, ',') || !d.mentions.isNameWord(j)) {
                return count;
            }
            while (j - 1 > from && d.mentions.isNameWord(j - 1)) {
                j--;   // "Spanish Armada": the whole name
            }
            int before = j - 1;
            if (t.kind(before) == TokenBuffer.QUOTE_MARK || d.endsSentence(before) || t.is(before, '!') || t.is(before, '?')) {
                return count;
            }
            count++;
            k = j;
        }
        return count;
    }

    /** A title or a given name opens the name: {@code Mr. Barlow}, {@code Uncle George}, {@code Nora}. */
    private static boolean personLike(Document d, Mentions.Mention m) {
        TokenBuffer t = d.t;
        return m.first < m.last && d.mentions.isTitle(m.first) && t.isCapitalized(m.first)
                || Lexicon.nameGender(d.cls(m.first)) != Lexicon.ANY;
    }

    /** Whether the name has a lower-case letter: not a heading or slogan in capitals. */
    private static boolean hasLowerCase(Document d, Mentions.Mention m) {
        for (int c = d.t.start(m.first); c < d.t.end(m.last); c++) {
            if (Character.isLowerCase(d.text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnown(Document d, Mentions.Mention m) {
        return m.first != m.last || d.names.isKnownName(m.last);
    }

    /** Whether only punctuation and marks stand between token {@code last} and the quotation's end. */
    private static boolean onlyPunctuationAfter(Document d, int last, int to) {
        for (int k = last + 1; k < to; k++) {
            int kind = d.t.kind(k);
            if (kind != TokenBuffer.PUNCTUATION && kind != TokenBuffer.QUOTE_MARK) {
                return false;
            }
        }
        return true;
    }

    /** Gives {@code q} the addressee {@code m}, unless it is the speaker's mention or person. */
    private static void set(Document d, FoundQuote q, Mentions.Mention m) {
        TokenBuffer t = d.t;
        int start = t.start(m.first);
        int end = t.end(m.last);
        if (q.hasSpeaker() && start < q.speakerEnd && q.speakerStart < end) {
            return;
        }
        String name = m.type == Mentions.NAME ? d.names.fullName(start, end) : null;
        if (q.hasSpeaker() && name != null) {
            String speaker = q.speakerName != null ? q.speakerName : d.text.substring(q.speakerStart, q.speakerEnd);
            if (d.names.keyOfName(speaker).equals(d.names.keyOfName(name)) || wordsWithin(name, speaker)
                    || wordsWithin(speaker, name)) {
                return;   // "“Enough, Nora,” said Nora Quill": the speaker, not someone spoken to
            }
        }
        q.addresseeStart = start;
        q.addresseeEnd = end;
        q.addresseeType = m.type;
        q.addresseeName = name;
    }

    /** Whether every word of name {@code a} is a word of name {@code b}, ignoring case. */
    static boolean wordsWithin(String a, String b) {
        int i = 0;
        boolean any = false;
        while (i < a.length()) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < a.length() && !Character.isWhitespace(a.charAt(j))) {
                j++;
            }
            if (j > i && !hasWord(b, a, i, j)) {
                return false;
            }
            any |= j > i;
            i = j;
        }
        return any;
    }

    /**
     * Whether {@code name} has the word {@code w[s, e)} among its words, ignoring case; one pass
     * over {@code name}, comparing only words of the same length.
     */
    private static boolean hasWord(String name, String w, int s, int e) {
        int len = e - s;
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < name.length() && !Character.isWhitespace(name.charAt(j))) {
                j++;
            }
            if (j - i == len && len > 0 && name.regionMatches(true, i, w, s, len)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** {@code “Nora,” he said, “come here.”}: the parts of one quotation share its addressee. */
    private static void shareWithinGroups(List<FoundQuote> quotes) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 1; k < quotes.size(); k++) {
                FoundQuote a = quotes.get(pass == 0 ? k - 1 : quotes.size() - k);
                FoundQuote b = quotes.get(pass == 0 ? k : quotes.size() - k - 1);
                if (a.group == b.group && a.addresseeStart >= 0 && b.addresseeStart < 0
                        && a.speakerStart == b.speakerStart && !(b.hasSpeaker() && b.speakerStart < a.addresseeEnd
                        && a.addresseeStart < b.speakerEnd)) {
                    b.addresseeStart = a.addresseeStart;
                    b.addresseeEnd = a.addresseeEnd;
                    b.addresseeType = a.addresseeType;
                    b.addresseeName = a.addresseeName;
                }
            }
        }
    }
}
