package org.quoteattributor.speaker;

import java.util.HashMap;
import java.util.Map;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.TokenBuffer;

/**
 * Gives each speaker the fullest name the text makes knowable: a surname becomes the full name
 * given earlier or later ({@code Vance} → {@code J.D. Vance}), a pronoun becomes the nearest person
 * before it who fits its gender, preferring one who has just spoken or been reported speaking.
 * One pass over the tokens to index names, then constant work per quotation. Internal, not API.
 */
final class NameResolver {

    /** Tokens searched back from a pronoun for the person it stands for. */
    private static final int PRONOUN_WINDOW = 1500;
    /** Name mentions looked at, at most, for one pronoun. */
    private static final int MAX_CANDIDATES = 40;
    /** Tokens within which a name not known to be a person may still stand for a pronoun. */
    private static final int NEARBY = 120;
    /** The most words a name has (after its titles); a longer capitalized run is a heading. */
    private static final int MAX_NAME_WORDS = 4;
    /** Quotations looked back over for a recent speaker a pronoun may stand for. */
    private static final int RECENT_QUOTES = 12;

    private final Document d;
    private final TokenBuffer t;
    /** Last word of a name (lower case) → the fullest form seen, without titles. */
    private final Map<String, String> fullest = new HashMap<>();
    /** Last word of a name (lower case) → each form written, with how often. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();
    /** Last word of a name (lower case) → gender told by a title or a pronoun used of it. */
    private final Map<String, Integer> gender = new HashMap<>();
    /** Last words of names known to be people: titled, a given name, spoken of as he or she, or quoted. */
    private final java.util.Set<String> persons = new java.util.HashSet<>();
    /** Last word of a name (lower case) → votes of he/she used right after it, by gender code. */
    private final Map<String, int[]> votes = new HashMap<>();
    /** For each token that ends a name mention in narration, where the name starts (after titles); else -1. */
    /** For each name mention in {@link #nameEnds}, the token where the name starts (after titles). */
    private int[] nameFirsts = new int[16];
    /** For each name mention in {@link #nameEnds}, its key. */
    private String[] nameKeys = new String[16];
    /** The last tokens of name mentions in narration, in text order. */
    private int[] nameEnds = new int[16];
    private int nameCount;

    NameResolver(Document d) {
        this.d = d;
        this.t = d.t;
        indexNames();
        chooseFullNames();
    }

    /**
     * For each name, the form it is given most often among those of two words or more (the
     * longer on a tie), so that one odd capitalized run ("Mill Street Archer") does not stand
     * for "Newland Archer"; a name never written in full keeps its one word.
     */
    private void chooseFullNames() {
        for (Map.Entry<String, Map<String, Integer>> e : forms.entrySet()) {
            String best = null;
            int bestCount = 0;
            String single = null;
            for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                String form = f.getKey();
                if (form.indexOf(' ') < 0) {
                    if (single == null || isAllCaps(single)) {
                        single = form;
                    }
                    continue;
                }
                int c = f.getValue();
                if (best == null || c > bestCount || c == bestCount && (form.length() > best.length()
                        || form.length() == best.length() && isAllCaps(best))) {
                    best = form;
                    bestCount = c;
                }
            }
            fullest.put(e.getKey(), best != null ? best : single);
        }
    }

    private void indexNames() {
        Mentions m = d.mentions;
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (!m.isNameWord(i) && !(t.isCapitalized(i) && m.isTitle(i))) {
                i++;
                continue;
            }
            int s = i;
            int g = Lexicon.ANY;
            int nameFirst = i;
            while (i < n && (m.isNameWord(i) || t.isCapitalized(i) && m.isTitle(i)
                    || m.isNameConnector(i) && i + 1 < n && m.isNameWord(i + 1))) {
                if (m.isTitle(i)) {
                    int tg = Lexicon.titleGender(d.cls(i));
                    if (tg != Lexicon.ANY) {
                        g = tg;
                    }
                    nameFirst = i + 1;   // "US Vice President J.D. Vance": the name is what follows the titles
                }
                i++;
            }
            if (nameFirst >= i) {
                continue;   // titles alone
            }
            int last = i - 1;
            if (sentenceInitialCommonWord(s, last)) {
                continue;
            }
            if (nameFirst == s && nameFirst < last && atSentenceStart(s) && isAdverb(s)) {
                nameFirst++;   // "Possibly Beaufort said": the adverb opening the sentence is no part of the name
            }
            String key = key(last);
            boolean possessive = key.length() < t.length(last);
            int from = last - nameFirst >= MAX_NAME_WORDS ? last : nameFirst;   // a long run is a heading
            String full = d.string(t.start(from), t.end(last) - (t.length(last) - key.length()));
            forms.computeIfAbsent(key, k -> new HashMap<>()).merge(full, 1, Integer::sum);
            if (g == Lexicon.ANY && last > nameFirst) {
                g = Lexicon.nameGender(d.cls(nameFirst));
            }
            if (g != Lexicon.ANY) {
                gender.putIfAbsent(key, g);
                persons.add(key);
            }
            if (!d.inQuote(last) && !possessive) {
                if (nameCount == nameEnds.length) {
                    nameEnds = java.util.Arrays.copyOf(nameEnds, nameCount * 2);
                    nameFirsts = java.util.Arrays.copyOf(nameFirsts, nameCount * 2);
                    nameKeys = java.util.Arrays.copyOf(nameKeys, nameCount * 2);
                }
                nameFirsts[nameCount] = nameFirst;
                nameKeys[nameCount] = key;
                nameEnds[nameCount++] = last;
                votePronoun(key, i);
            }
        }
    }

    /** Counts the first he/she after a name in the same sentence of narration as a vote for its gender. */
    private void votePronoun(String key, int from) {
        for (int k = from; k < Math.min(t.size(), from + 25); k++) {
            if (d.endsSentence(k) || t.isBreak(k) || d.inQuote(k) || d.mentions.isNameWord(k)) {
                return;
            }
            if (t.kind(k) == TokenBuffer.WORD) {
                int g = pronounGender(k);
                if (g != Lexicon.ANY) {
                    int[] v = votes.computeIfAbsent(key, x -> new int[3]);
                    v[g]++;
                    if (v[g] >= 2) {
                        persons.add(key);   // spoken of as he or she more than once
                    }
                    return;
                }
            }
        }
    }

    private int pronounGender(int k) {
        return d.pronounGender(k);   // he, him, his, himself; she, her, hers, herself
    }

    /** The gender of a name: told by a title or given name, else by the pronouns used of it. */
    private int genderOf(String key) {
        Integer g = gender.get(key);
        if (g != null) {
            return g;
        }
        int[] v = votes.get(key);
        if (v == null || v[Lexicon.MALE] == v[Lexicon.FEMALE]) {
            return Lexicon.ANY;
        }
        int male = v[Lexicon.MALE];
        int female = v[Lexicon.FEMALE];
        return male > 2 * female ? Lexicon.MALE : female > 2 * male ? Lexicon.FEMALE : Lexicon.ANY;
    }

    private boolean atSentenceStart(int s) {
        int p = s - 1;
        return p < 0 || d.endsSentence(p) || t.isBreak(p) || t.kind(p) == TokenBuffer.QUOTE_MARK;
    }

    private boolean isAdverb(int i) {
        int len = t.length(i);
        return len > 3 && d.text.charAt(t.end(i) - 1) == 'y' && d.text.charAt(t.end(i) - 2) == 'l';
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The gender of the speaker of {@code q}: from its pronoun, or from its name. */
    int genderOfSpeaker(FoundQuote q) {
        int tok = t.indexAt(q.speakerStart);
        if (tok < t.size() && q.speakerType == Mentions.PRONOUN && q.speakerName == null) {
            return Lexicon.pronounGender(d.cls(tok));
        }
        String name = q.speakerName != null ? q.speakerName : d.text.substring(q.speakerStart, q.speakerEnd);
        int sp = name.lastIndexOf(' ');
        return genderOf(lower(sp < 0 ? name : name.substring(sp + 1)));
    }

    /**
     * Lower case char by char, so that a key is exactly as long as its word ({@code String.toLowerCase}
     * turns "İ" into two chars).
     */
    private static String lower(String s) {
        char[] cs = new char[s.length()];
        for (int k = 0; k < cs.length; k++) {
            cs[k] = Character.toLowerCase(s.charAt(k));
        }
        return new String(cs);
    }

    /** A single capitalized word opening a sentence is as likely a common word as a name. */
    private boolean sentenceInitialCommonWord(int s, int last) {
        if (s != last) {
            return false;
        }
        int p = s - 1;
        return p < 0 || d.endsSentence(p) || t.isBreak(p) || t.kind(p) == TokenBuffer.QUOTE_MARK;
    }

    private String key(int lastTok) {
        return d.nameKey(lastTok);   // lower case, without a possessive: Olenska's
    }

    /**
     * Whether the word at token {@code lastTok} ends a name the text uses somewhere other than as
     * the first word of a sentence (so "Hello," or "Interesting." opening a quotation is no name).
     */
    boolean isKnownName(int lastTok) {
        return fullest.containsKey(key(lastTok))
                || Lexicon.nameGender(d.cls(lastTok)) != Lexicon.ANY;
    }

    void resolve() {
        // Genders learned from pronouns used as speakers of quotes whose names are known come later;
        // first, names.
        for (FoundQuote q : d.quotes) {
            if (!q.hasSpeaker() || q.speakerName != null) {
                continue;
            }
            if (q.speakerType == Mentions.NAME) {
                q.speakerName = fullName(q.speakerStart, q.speakerEnd);
                int last = t.indexAt(q.speakerEnd - 1);
                if (last < t.size()) {
                    persons.add(key(last));
                }
            }
        }
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (q.hasSpeaker() && q.speakerName == null && q.speakerType == Mentions.PRONOUN) {
                q.speakerName = pronounName(q, qi);
            }
        }
    }

    /** The fullest known form of the name in {@code [start, end)}, without titles. */
    private String fullName(int start, int end) {
        int last = t.indexAt(end - 1);
        if (last >= t.size()) {
            return null;
        }
        String f = fullest.get(key(last));
        if (f != null) {
            return f;
        }
        int first = t.indexAt(start);
        while (first < last && d.mentions.isTitle(first)) {
            first++;
        }
        return d.text.substring(t.start(first), end);
    }

    /** The person a pronoun speaker stands for, or {@code null} to keep the pronoun. */
    private String pronounName(FoundQuote q, int qi) {
        int p = t.indexAt(q.speakerStart);
        int pg = Lexicon.pronounGender(d.cls(p));
        if (pg == Lexicon.ANY) {
            return null;   // I, we, they, you: the narrator or a group
        }
        int paragraphFirst = d.found.paraStart[Math.max(0, q.paragraph - 1)];
        int lo = Math.max(0, p - PRONOUN_WINDOW);
        String nearest = null;
        boolean nearestClose = false;
        String reported = null;
        String weak = null;
        int c = java.util.Arrays.binarySearch(nameEnds, 0, nameCount, p);
        c = c >= 0 ? c - 1 : -c - 2;   // the last name mention before the pronoun
        for (int seen = 0; c >= 0 && seen < MAX_CANDIDATES && reported == null; c--, seen++) {
            int i = nameEnds[c];
            if (i < lo) {
                break;
            }
            String key = nameKeys[c];
            if (!persons.contains(key)) {
                // Not known as a person: only a nearby subject of a clause will do as a last resort.
                if (weak == null && p - i < NEARBY && isClauseSubject(i) && genderOf(key) == Lexicon.ANY) {
                    weak = fullest.get(key);
                }
                continue;   // a place, a title of a work, a day: not someone who speaks
            }
            int g = genderOf(key);
            if (g != Lexicon.ANY && g != pg) {
                continue;
            }
            String name = fullest.get(key);
            boolean subject = isClauseSubject(i) || isReportedSpeaker(nameFirsts[c], i);
            if (subject && i >= paragraphFirst) {
                return name;   // the subject of a clause in this paragraph or the one before
            }
            if (nearest == null) {
                nearest = name;
                nearestClose = i >= paragraphFirst;
            }
            if (isReportedSpeaker(nameFirsts[c], i)) {
                reported = name;
            }
        }
        if (nearestClose) {
            return nearest;   // named nearby, if not as a subject
        }
        // In dialogue the person is usually one who has just spoken.
        String speaker = recentSpeaker(qi, pg);
        if (speaker != null) {
            return speaker;
        }
        return reported != null ? reported : nearest != null ? nearest : weak;
    }

    /** The name of the latest speaker before quotation {@code qi} known to be of gender {@code g}. */
    private String recentSpeaker(int qi, int g) {
        for (int k = qi - 1; k >= 0 && k >= qi - RECENT_QUOTES; k--) {
            FoundQuote o = d.quotes.get(k);
            if (o.speakerName == null || o.speakerType == Mentions.PRONOUN && o.speakerName.equals(
                    d.text.substring(o.speakerStart, o.speakerEnd))) {
                continue;
            }
            String name = o.speakerName;
            int sp = name.lastIndexOf(' ');
            String key = lower(sp < 0 ? name : name.substring(sp + 1));
            if (persons.contains(key) && genderOf(key) == g) {
                return name;
            }
        }
        return null;
    }

    /** Whether a lower-case word that could be a verb follows the name ending at token {@code e}. */
    private boolean isClauseSubject(int e) {
        int k = e + 1;
        return k < t.size() && t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k))
                && !d.mentions.isFunctionWord(k) && !d.mentions.isPronoun(k);
    }

    /** Whether the name in tokens {@code [s, e]} is the subject of a reporting verb right after it. */
    private boolean isReportedSpeaker(int s, int e) {
        for (int k = e + 1; k < Math.min(t.size(), e + 4); k++) {
            if (d.verbAt(k) > 0) {
                return true;
            }
            if (!t.isWordLike(k)) {
                return false;
            }
        }
        return false;
    }
}
