package org.quoteattributor.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.Chars;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordFilter;
import org.quoteattributor.text.WordSet;

/**
 * Gives each speaker the fullest name the text makes knowable: a surname becomes the full name
 * given earlier or later ({@code Vance} → {@code J.D. Vance}), a pronoun becomes the nearest person
 * before it who fits its gender, preferring one who has just spoken or been reported speaking.
 * One pass over the tokens to index names, then constant work per quotation. Internal, not API.
 */
final class NameResolver {

    /** Tokens searched back from a pronoun for the person it stands for. */
    private static final int PRONOUN_WINDOW = 1500;
    /** Words opening a clause that sets the scene, before its subject: {@code When he came in, …}. */
    private static final String[] OPENING_SUBORDINATORS = {"when", "as", "while", "after", "before", "though", "although", "if", "since", "until"};
    /** Quotations of one speaker in consecutive paragraphs looked back over for a vocative, at most. */
    private static final int MAX_TURN_PARTS = 4;
    /** Pronouns opening a sentence followed back, at most, for one pronoun ({@link #pronounOpening}). */
    private static final int MAX_CHAIN = 3;
    /** Tokens searched back from a pronoun for a description of a person when no one is named since. */
    private static final int DESCRIBED_REACH = 600;
    /** Name mentions looked at, at most, for one pronoun. */
    private static final int MAX_CANDIDATES = 40;
    /** Tokens within which a name not known to be a person may still stand for a pronoun. */
    private static final int NEARBY = 120;
    /** The most words a name has (after its titles); a longer capitalized run is a heading. */
    private static final int MAX_NAME_WORDS = 4;
    /** Quotations looked back over for a recent speaker a pronoun may stand for. */
    private static final int RECENT_QUOTES = 12;
    /** How many times more often than all others together a full name is written to stand for a given name they open ("Ivo Hale", once "Ivo Marsh"). */
    private static final int NAMESAKE_RATIO = 4;
    /** How often a full name is written, at least, to stand for its given name (once may be a maiden name, a namesake). */
    private static final int MIN_FULL_NAMES = 2;
    /** Mentions after a preposition of place, at least, that make a name a place's. */
    private static final int MIN_PLACE_MENTIONS = 2;
    /** A place's name is written after a preposition of place in one of this many of its mentions, at least. */
    private static final int PLACE_SHARE = 3;
    /** A kind's name ("Englishman") is written after a or an in one of this many of its mentions, at least. */
    private static final int KIND_SHARE = 4;
    /** Vocatives in the turns around the narrator's that name a first-person narrator. */
    private static final int MIN_NARRATOR_VOCATIVES = 2;
    /** Words looked back over from a noun of a person for the word opening its description ({@code the old doctor}). */
    private static final int DESCRIPTION_REACH = 3;

    /** A title's written forms → the noun of a description of its bearer ({@code dr.} → {@code doctor}). */
    private static final Map<String, String> RANK_NOUNS = rankNouns();
    /** The nouns of {@link #RANK_NOUNS}, looked up once per form of a name. */
    private static final Set<String> RANK_NOUN_WORDS = Set.copyOf(RANK_NOUNS.values());
    /** Nouns for a person of one gender ({@code lady}) → that gender. */
    private static final Map<String, Integer> PERSON_NOUNS = personNouns();
    /** Nouns of a person by trade or station: {@code sailor}, {@code clerk}, {@code porter}. */
    private static final WordSet TRADE_NOUNS = Sieves.TRADE_NOUNS;
    /** Whether a word may be one of {@link #PERSON_NOUNS}, by its length and first letter. */
    private static final WordFilter PERSON_NOUN_FILTER = new WordFilter(PERSON_NOUNS.keySet());

    private final Document d;
    private final TokenBuffer t;
    /** Last word of a name (lower case) → the fullest form seen, without titles. */
    private final Map<String, String> fullest = new HashMap<>();
    /** Last word of a name (lower case) → each form written, with how often. */
    private final Map<String, NameForms> forms = new HashMap<>();
    /** Forms of two words or more → how often they are written opening a sentence, untitled. */
    private final Map<String, Integer> openingForms = new HashMap<>();
    /**
     * Forms of {@link #openingForms} of two words whose first word is no given name of the lexicon;
     * {@link #chooseFullNames} keeps those whose second word opens a full name of the text, so is a
     * given name, and whose first opens no other ("Plucky Ann" beside "Ann Lee", not "Wenna Ann"
     * beside "Wenna Pimm").
     */
    private final Set<String> epithetForms = new HashSet<>();
    /** Words (lower case) written as part of a name other than opening a sentence, and given names. */
    private final Set<String> midSentenceNameWords = new HashSet<>();
    /** Last words (lower case) of names that are given names or pronouns themselves ("Delia Rose", "Tobias I'd"). */
    private final Set<String> notSurnames = new HashSet<>();
    /** Words (lower case) → how often written alone after a title other than Miss ("Mr. Edmund", "Lord Edmund"). */
    private final Map<String, Integer> titledAlone = new HashMap<>();
    /** A given name → the one full name the text writes it opening, for a speaker called by the given name alone. */
    private final Map<String, String> spelledOut = new HashMap<>();
    /** {@link #fullNamesOpened}, once asked for by {@link #formOfGender}; else null. */
    private Map<String, Map<String, Integer>> openedFullNames;
    /** The full names of {@link #spelledOut} → their given name's key, so that they cluster with it. */
    private final Map<String, String> spelledOutKeys = new HashMap<>();
    /**
     * Forms of two words or more written once at least other than after {@code of} or {@code by}
     * ("Walt Pimm came in", not "the boots of Walt Pimm", "a tune by Walt Pimm"): a name in its own
     * right, that a given name may stand for though written in full only once.
     */
    private final Set<String> namedInOwnRight = new HashSet<>();
    /** Full names written after a title of one gender ("Mr. Hugo Lamb") → that gender. */
    private final Map<String, Integer> titledFormGender = new HashMap<>();
    /** {@link #genderOfForm} of the full names asked about once the names are indexed. */
    private final Map<String, Integer> formGenders = new HashMap<>();
    /** Whether the constructor is done, so that the genders of full names no longer change. */
    private boolean indexed;
    /** Given names (lower case) opening a full name → the gender they tell. */
    private final Map<String, Integer> givenGender = new HashMap<>();
    /** The noun of a title ({@code doctor}) → the last words of the names it is written before, with how often. */
    private final Map<String, Map<String, Integer>> rankHolders = new HashMap<>();
    /** Descriptions that pronoun speakers were resolved to ({@link #describedBefore}). */
    private final Set<String> descriptions = new HashSet<>();
    /** Keys of names written only in lists of names ({@link #onlyListed}), found when first asked. */
    private Set<String> listedOnly;
    /** Words that open a name as a title would, though not in the lexicon ("Parson Hale"). */
    private final Set<String> prefixNouns = new HashSet<>();
    /** role-nouns.txt: a noun describing a title's bearer ({@code clergyman}) → those titles ({@code parson}, {@code vicar} …). */
    private static final Map<String, String[]> ROLE_NOUNS = roleNouns();
    /** The nouns of role-nouns.txt that {@link #rankHolder} ties to a name → the title that ties them. */
    private final Map<String, String> roleTitles = new HashMap<>();
    /** The noun of a title → the last word of the one name it is written before most, clearly. */
    private final Map<String, String> rankHolder = new HashMap<>();
    /** The noun of a description set beside one name as its apposition ("the artist, Ann Lee") → that name mention's index. */
    private final Map<String, Integer> apposed = new HashMap<>();
    /** Words that end a description without being its noun ("the other", "the eldest"): no apposition ties them. */
    private static final Set<String> NOT_APPOSED = Set.of("other", "others", "one", "same",
            "former", "latter", "first", "last", "rest", "whole", "eldest", "youngest", "elder", "younger");
    /** The nouns of {@link #rankHolder} by length and first char: a test before a look-up. */
    private WordFilter rankNounFilter;
    /** Last words of names whose titles or given names tell both genders: a family's surname. */
    private final Set<String> family = new HashSet<>();
    /** Last word of a name (lower case) → gender told by a title or a pronoun used of it. */
    private final Map<String, Integer> gender = new HashMap<>();
    /** Last words of names known to be people: titled, a given name, spoken of as he or she, or quoted. */
    private final Set<String> persons = new HashSet<>();
    /**
     * Last word of a name (lower case) → {mentions after a preposition of place, all mentions,
     * mentions after a or an, plural mentions after the, mentions between the and a noun, mentions after the,
     * mentions after of}.
     */
    private final Map<String, int[]> placeCounts = new HashMap<>();
    /**
     * Last words of names the text writes as places ("in Bath", "to New York"), kinds ("an
     * Englishman", "a Hindu") or groups ("the Dashwoods", "the Hindus"), with no title or given
     * name: no one in particular, who speaks.
     */
    private final Set<String> places = new HashSet<>();
    /** Last word of a name (lower case) → votes of he/she used right after it, by gender code. */
    private final Map<String, int[]> votes = new HashMap<>();
    /** For each name mention in {@link #nameEnds}, the token where the name starts (after titles). */
    private int[] nameFirsts = new int[16];
    /** For each name mention in {@link #nameEnds}, the gender its own title or given name tells, or ANY. */
    private int[] nameGenders = new int[16];
    /** For each name mention in {@link #nameEnds}, its key. */
    private String[] nameKeys = new String[16];
    /** The last tokens of name mentions in narration, in text order. */
    private int[] nameEnds = new int[16];
    private int nameCount;
    /** Every name mention, in quotations too, as token pairs (first with titles, last), for the people. */
    private int[] mentionTokens = new int[32];
    /** For each mention in {@link #mentionTokens}, its key. */
    private String[] mentionKeys = new String[16];
    private int mentionCount;

    NameResolver(Document d) {
        this.d = d;
        this.t = d.t;
        indexNames();
        chooseFullNames();
        findPlaces();
        voteApposedNouns();
        spellOutGivenNames();
        findNamesGivenWithOr();
        findRankHolders();
        findApposedDescriptions();
        indexed = true;
    }

    /**
     * A name written after a preposition of place at least twice and, counting those after of too
     * ("the streets of Bath"), in a third of its mentions at least ("in Bath", "from Bath", "the
     * Bath road") names a place, unless a title or a given
     * name shows it to be a person's. So, likewise, a name written after a or an ("an Englishman")
     * names a kind, and a plural written after the ("the Basques") or of another name of the text
     * ("Lintons" beside "Linton") a group: none of them is he or she. A name the text writes after
     * the only before a noun, in a third of its mentions at least ("the Elm Bay ferry", "the Elm
     * Bay storm"), names a place or a thing, never "the Elm Bay" alone as one who acts ({@link #isThing}).
     */
    private void findPlaces() {
        for (Map.Entry<String, int[]> e : placeCounts.entrySet()) {
            int[] c = e.getValue();
            boolean place = c[0] >= MIN_PLACE_MENTIONS && PLACE_SHARE * (c[0] + c[6]) >= c[1];
            boolean kind = c[2] >= MIN_PLACE_MENTIONS && KIND_SHARE * c[2] >= c[1];
            String key = e.getKey();
            boolean group = c[3] >= MIN_PLACE_MENTIONS && KIND_SHARE * c[3] >= c[1]
                    || isPlural(key) && placeCounts.containsKey(key.substring(0, key.length() - 1));
            if ((place || kind || group || isThing(c)) && !gender.containsKey(e.getKey()) || isCreed(key)) {
                places.add(e.getKey());
                persons.remove(e.getKey());
            }
        }
        for (String key : forms.keySet()) {
            if (ORGANISATION_NOUNS.contains(key) && !titledAlone.containsKey(key)) {
                places.add(key);   // "Fifth Avenue", "the Pellam Foundation": no he or she
                persons.remove(key);
            }
        }
    }

    /**
     * Whether a name is a faith or a creed (creed-nouns.txt, or a word ending in -ism: "Quakerism"),
     * never written after a title nor after a given name ("Dr. Islam", "Amir Islam" are people's).
     */
    private boolean isCreed(String key) {
        if (!(CREEDS.contains(key) || key.length() > 5 && key.endsWith("ism")) || titledAlone.containsKey(key)) {
            return false;
        }
        NameForms fs = forms.get(key);
        for (int j = 0; fs != null && j < fs.size(); j++) {
            if (fs.form(j).indexOf(' ') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name's counts ({@link #placeCounts}) show it after the only with a word in lower
     * case after it ("the Elm Bay ferry"), never as all there is ("the Elm Bay."), and so in a third
     * of its mentions at least.
     */
    private static boolean isThing(int[] c) {
        return c[4] > 0 && c[4] == c[5] && PLACE_SHARE * c[4] >= c[1];
    }

    /** Whether the word before token {@code s} (across a line break) is {@code word}, in any case. */
    private boolean afterWord(int s, String word) {
        int p = s - 1;
        if (p >= 0 && t.isBreak(p)) {
            p--;
        }
        return p >= 0 && t.kind(p) == TokenBuffer.WORD && t.equalsIgnoreCase(p, word);
    }

    /** Whether a name's key looks like a plural ("dashwoods", "hindus"; not "ross" or "gus"). */
    private static boolean isPlural(String key) {
        int n = key.length();
        return n > 3 && key.charAt(n - 1) == 's' && key.charAt(n - 2) != 's' && key.charAt(n - 2) != '\'';
    }

    /** Whether the word before token {@code s} (across a line break) is a or an: "an Englishman". */
    private boolean afterIndefiniteArticle(int s) {
        int p = s - 1;
        if (p >= 0 && t.isBreak(p)) {
            p--;
        }
        return p >= 0 && t.kind(p) == TokenBuffer.WORD && (t.equalsIgnoreCase(p, "a") || t.equalsIgnoreCase(p, "an"));
    }

    /**
     * Whether the word before token {@code s} (across a line break), or before a {@code the} right
     * before it ({@code to the Orangery}), is a preposition of place: in, at, to, from, into, near,
     * through, across, throughout.
     */
    private boolean afterPlacePreposition(int s) {
        int p = s - 1;
        if (p >= 0 && t.isBreak(p)) {
            p--;
        }
        if (p > 0 && t.kind(p) == TokenBuffer.WORD && t.equalsIgnoreCase(p, "the")) {
            p--;
            if (p >= 0 && t.isBreak(p)) {
                p--;
            }
        }
        if (p < 0 || t.kind(p) != TokenBuffer.WORD) {
            return false;
        }
        return t.equalsIgnoreCase(p, "in") || t.equalsIgnoreCase(p, "at") || t.equalsIgnoreCase(p, "to")
                || t.equalsIgnoreCase(p, "from") || t.equalsIgnoreCase(p, "into") || t.equalsIgnoreCase(p, "near")
                || t.equalsIgnoreCase(p, "through") || t.equalsIgnoreCase(p, "across") || t.equalsIgnoreCase(p, "throughout");
    }

    /**
     * For each name, the form it is given most often among those of two words or more (the
     * longer on a tie), so that one odd capitalized run ("Mill Street Lamb") does not stand
     * for "Hugo Lamb"; a name never written in full keeps its one word.
     */
    private void chooseFullNames() {
        for (NameForms fs : forms.values()) {
            fs.inMapOrder();
        }
        Set<String> lowerWords = openingForms.isEmpty() ? Set.of() : openersWrittenInLowerCase();
        if (!epithetForms.isEmpty()) {
            Map<String, Integer> opened = new HashMap<>();   // a first word → how many forms of two words it opens
            for (NameForms fs : forms.values()) {
                for (int j = 0; j < fs.size(); j++) {
                    if (twoWords(fs.form(j)) > 0) {
                        opened.merge(lowerParts(fs.form(j))[GIVEN], 1, Integer::sum);
                    }
                }
            }
            epithetForms.removeIf(f -> !opened.containsKey(lower(f, f.indexOf(' ') + 1, f.length()))
                    || opened.getOrDefault(lower(f, 0, f.indexOf(' ')), 0) > 1);
        }
        Map<String, Map<String, Integer>> opened = fullNamesOpened();
        Set<String> lowerEpithets = epithetsWrittenInLowerCase();
        Map<String, SurnameOpened[]> surnamesOpened = new HashMap<>();
        Map<String, Integer> fullCount = new HashMap<>();
        for (Map.Entry<String, NameForms> e : forms.entrySet()) {
            String best = null;
            int bestCount = 0;
            String single = null;
            NameForms fs = e.getValue();
            boolean mixedCase = false;   // a form in lower case too: an all-capital run is a heading's
            for (int j = 0; j < fs.size() && !mixedCase; j++) {
                mixedCase = !isAllCaps(fs.form(j));
            }
            for (int j = 0; j < fs.size(); j++) {
                String form = withoutEpithet(withoutPronoun(withoutOpeningParticiple(
                        withoutSentenceOpener(fs.form(j), fs.count(j), lowerWords), fs.count(j), fs)), lowerEpithets, opened);
                if (form.indexOf(' ') < 0) {
                    if (single == null || isAllCaps(single)) {
                        single = form;
                    }
                    continue;
                }
                int c = fs.count(j);
                if (mixedCase && isAllCaps(form)
                        || endsInAnothersGivenName(form, c, opened) || givenNameOfAnother(form, c, opened, surnamesOpened)) {
                    continue;
                }
                if (best == null || c > bestCount || c == bestCount && (form.length() > best.length()
                        || form.length() == best.length() && isAllCaps(best))) {
                    best = form;
                    bestCount = c;
                }
            }
            fullest.put(e.getKey(), best != null ? best : single);
            if (best != null) {
                fullCount.put(e.getKey(), bestCount);
            }
        }
        fullNamesOfGivenNames(fullCount);
    }

    /**
     * {@code Little Bram} → {@code Bram}: a name opened by a word of age, size, affection or pity
     * ({@link #EPITHETS}) loses it when the text shows the rest to be the name: it writes the word
     * in lower case before that name ("little Bram", {@code lowerEpithets}), or the name opens a full
     * name of its own ("Bram Fenwold"), or is written alone and never alone after a title ("Bram",
     * not "Mr. Hobb": a surname may follow "Little" as the name of another of the family).
     */
    private String withoutEpithet(String form, Set<String> lowerEpithets, Map<String, Map<String, Integer>> opened) {
        int sp = form.indexOf(' ');
        if (sp <= 0 || !EPITHETS.contains(form, 0, sp)) {
            return form;
        }
        String rest = form.substring(sp + 1);
        int sp2 = rest.indexOf(' ');
        String next = lower(rest, 0, sp2 < 0 ? rest.length() : sp2);
        boolean shown = lowerEpithets.contains(lower(form, 0, sp) + ' ' + next)
                || opened.containsKey(next) || writtenAlone(next) && !titledAlone.containsKey(next);
        return shown ? rest : form;
    }

    /** Whether a word (lower case) is written as a name of one word by itself. */
    private boolean writtenAlone(String word) {
        NameForms fs = forms.get(word);
        for (int j = 0; fs != null && j < fs.size(); j++) {
            if (fs.form(j).indexOf(' ') < 0 && fs.form(j).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pairs "epithet name" (lower case) the text writes with the epithet in lower case and the
     * name capitalized after it, across a line break too ("little Bram"); no pass over the tokens
     * when no form of a name opens with an epithet.
     */
    private Set<String> epithetsWrittenInLowerCase() {
        boolean any = false;
        for (NameForms fs : forms.values()) {
            for (int j = 0; j < fs.size() && !any; j++) {
                int sp = fs.form(j).indexOf(' ');
                any = sp > 0 && EPITHETS.contains(fs.form(j), 0, sp);
            }
        }
        if (!any) {
            return Set.of();
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.kind(i) != TokenBuffer.WORD || !Chars.isLowerCase(t.first(i)) || !EPITHETS.contains(d.text, t.start(i), t.end(i))) {
                continue;
            }
            int n = i + 1;
            if (t.isBreak(n) && n + 1 < t.size()) {
                n++;
            }
            if (t.kind(n) == TokenBuffer.WORD && t.isCapitalized(n)) {
                pairs.add(d.lowerWord(i) + ' ' + d.nameKey(n));
            }
        }
        return pairs;
    }

    /** {@link #fullNamesOpened}, worked out once when first asked for. */
    private Map<String, Map<String, Integer>> openedFullNames() {
        if (openedFullNames == null) {
            openedFullNames = fullNamesOpened();
        }
        return openedFullNames;
    }

    /** For each first word (lower case) of names of two words, their last words (lower case) → how often written. */
    private Map<String, Map<String, Integer>> fullNamesOpened() {
        Map<String, Map<String, Integer>> opened = new HashMap<>();
        for (NameForms fs : forms.values()) {
            for (int j = 0; j < fs.size(); j++) {
                String form = fs.form(j);
                if (twoWords(form) > 0) {
                    String[] parts = lowerParts(form);
                    opened.computeIfAbsent(parts[GIVEN], k -> new HashMap<>()).merge(parts[LAST], fs.count(j), Integer::sum);
                }
            }
        }
        return opened;
    }

    /**
     * Whether a name of two words, written {@code count} times, is two given names of which the
     * second opens another full name written as often and twice at least ("Effie Hugh" beside "Hugh
     * Hale"): two people side by side ("with Effie Hugh walked the hound"), not a name of Hugh.
     */
    private boolean endsInAnothersGivenName(String form, int count, Map<String, Map<String, Integer>> opened) {
        if (twoWords(form) < 0) {
            return false;
        }
        String[] parts = lowerParts(form);
        String last = parts[LAST];
        Map<String, Integer> lasts = opened.get(last);
        if (lasts == null) {
            return false;   // the second word opens no full name
        }
        String first = parts[GIVEN];
        return !last.equals(first) && mostOpened(lasts, first) >= Math.max(count, MIN_FULL_NAMES)
                && isGivenName(first) && isGivenName(last);
    }

    /**
     * Whether a name of two words or more, written {@code count} times, ends in a given name (of the
     * lexicon, or any word after two others) that opens a full name of two words written more often,
     * and twice at least, while its own first word is no given name ("Plucky Ann", "Harvest Fair Ann"
     * beside "Ann Lee"; "Spring Moot Fergal" beside "Fergal Oswy"): a word run into her
     * name, and she is "Ann", or "Ann Lee" where the given name is spelled out. Kept when the family
     * writes another form of the given name ({@link #namesakeInFamily}), where "Ann" alone might be
     * spelled out as the namesake's full name.
     */
    private boolean givenNameOfAnother(String form, int count, Map<String, Map<String, Integer>> opened,
            Map<String, SurnameOpened[]> surnamesOpened) {
        String first = lower(form, 0, form.indexOf(' '));
        String last = lowerLastWord(form);
        if (isGivenName(first) || !isGivenName(last) && form.indexOf(' ') == form.lastIndexOf(' ')) {
            return false;
        }
        // Once per given name, not once per form: its two surnames written most, each with how
        // often and whether the family writes a namesake.
        SurnameOpened[] top = surnamesOpened.computeIfAbsent(last, k -> topSurnames(k, opened.get(k)));
        SurnameOpened s = top[0] != null && first.equals(top[0].surname()) ? top[1] : top[0];
        return s != null && s.count() >= Math.max(count + 1, MIN_FULL_NAMES) && !s.namesake();
    }

    /** A surname a given name opens, how often, and whether its family writes a namesake ({@link #namesakeInFamily}). */
    private record SurnameOpened(String surname, int count, boolean namesake) {
    }

    /**
     * The surname {@code given} opens most often and the one after it, or null for none; the first
     * in map order wins a tie.
     */
    private SurnameOpened[] topSurnames(String given, Map<String, Integer> surnames) {
        if (surnames == null) {
            return new SurnameOpened[2];
        }
        String best = null;
        int most = 0;
        String second = null;
        int next = 0;
        for (Map.Entry<String, Integer> e : surnames.entrySet()) {
            if (e.getValue() > most) {
                second = best;
                next = most;
                best = e.getKey();
                most = e.getValue();
            } else if (e.getValue() > next) {
                second = e.getKey();
                next = e.getValue();
            }
        }
        return new SurnameOpened[] {
            best != null ? new SurnameOpened(best, most, namesakeInFamily(given, forms.get(best))) : null,
            second != null ? new SurnameOpened(second, next, namesakeInFamily(given, forms.get(second))) : null};
    }

    /**
     * Whether a surname's forms open with another form of the given name {@code given} ("Tilly Tressel"
     * beside "Matilda Tressel"), written twice at least: a parent and child, it may be, whom the given
     * name alone tells apart; once is more likely the same person named in full.
     */
    private static boolean namesakeInFamily(String given, NameForms fs) {
        for (int j = 0; fs != null && j < fs.size(); j++) {
            int sp = twoWords(fs.form(j));
            String other = sp > 0 ? lower(fs.form(j), 0, sp) : null;
            if (other != null && !other.equals(given) && fs.count(j) >= MIN_FULL_NAMES
                    && (familiarOf(given, other) || familiarOf(other, given))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code familiar} is a familiar form of the given name {@code full} (familiar-names.txt). */
    private static boolean familiarOf(String familiar, String full) {
        String[] fulls = FAMILIAR_NAMES.get(familiar);
        for (int k = 0; fulls != null && k < fulls.length; k++) {
            if (fulls[k].equals(full)) {
                return true;
            }
        }
        return false;
    }

    /** {@code I'm Bram} → {@code Bram}: a pronoun with a verb run into it opens no name. */
    private static String withoutPronoun(String form) {
        int sp = form.indexOf(' ');
        int ap = sp > 0 ? form.indexOf('\'') : -1;
        if (ap < 0 || ap > sp) {
            ap = sp > 0 ? form.indexOf('\u2019') : -1;
        }
        return ap > 0 && ap < sp && Lexicon.get().isPronoun(form, 0, ap) ? form.substring(sp + 1) : form;
    }

    /** Whether a word (lower case) is a given name of the lexicon. */
    private static boolean isGivenName(String word) {
        return Lexicon.get().firstNameGender(word, 0, word.length()) != Lexicon.ANY;
    }

    /** The most any of {@code lasts} other than {@code other} is written, or 0. */
    private static int mostOpened(Map<String, Integer> lasts, String other) {
        int most = 0;
        if (lasts != null) {
            for (Map.Entry<String, Integer> e : lasts.entrySet()) {
                if (!e.getKey().equals(other)) {
                    most = Math.max(most, e.getValue());
                }
            }
        }
        return most;
    }

    /**
     * {@code Walt} → {@code Walt Pimm}: a given name that stands alone for someone, first
     * written opening one full name, the only one it opens or one written {@link #NAMESAKE_RATIO}
     * times as often as the others together (a namesake met once), is that person's, even when the surname is a
     * family's ("Wren Pimm") or is written in full only once, if not after {@code of} or {@code by}
     * ({@link #namedInOwnRight}). Kept apart from {@link #fullest}:
     * within the text the given name alone tells the family apart; only the name reported is spelled out.
     */
    private void spellOutGivenNames() {
        Map<String, String> only = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();   // a given name → {its full name's count, all others'}
        Map<String, Map<String, Integer>> formCounts = new HashMap<>();   // a key → its forms in lower case → how often
        Set<String> calledByGiven = givenNamesOfOneCalledByThem(formCounts);
        for (Map.Entry<String, NameForms> e : forms.entrySet()) {
            NameForms fs = e.getValue();
            for (int j = 0; j < fs.size(); j++) {
                String form = fs.form(j);
                int sp = givenNameEnd(form);
                if (sp <= 0 || isAllCaps(form)) {
                    continue;
                }
                String given = lower(form, 0, sp);
                if (calledByGiven.contains(given) && surnameOutnumbersGiven(given, form, formCounts)) {
                    continue;   // "Ivo Pimm", called Pimm, beside "Ivo Laurence": Ivo alone is the other
                }
                int[] c = counts.computeIfAbsent(given, k -> new int[2]);
                String before = only.putIfAbsent(given, form);
                if (before == null || before.equalsIgnoreCase(form)) {
                    c[0] += fs.count(j);
                    if (before != null && capitals(form) < capitals(before)) {
                        only.put(given, form);   // "Ivo Hale", not a heading's "IVO Hale"
                    }
                } else if (fs.count(j) > c[0]) {
                    only.put(given, form);   // two full names open with it: keep the one written most so far
                    c[1] += c[0];
                    c[0] = fs.count(j);
                } else {
                    c[1] += fs.count(j);
                }
            }
        }
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[1] > 0 && c[0] < NAMESAKE_RATIO * c[1]) {
                only.put(e.getKey(), "");   // a maiden name, or two people
            }
        }
        if (only.isEmpty()) {
            return;
        }
        // Where each given name is first written, alone or opening a full name.
        Map<String, int[]> firstSeen = new HashMap<>();
        for (int i = 0; i < mentionCount; i++) {
            int first = mentionTokens[2 * i];
            int last = mentionTokens[2 * i + 1];
            last = last >= 0 ? last : -1 - last;
            while (first < last && d.mentions.isTitle(first)) {
                first++;
            }
            if (t.kind(first) != TokenBuffer.WORD) {
                continue;
            }
            // A mention of one word is its own key when it has no possessive ending.
            String key = first == last ? mentionKeys[i] : null;
            String word = key != null && key.length() == t.length(first) ? key : d.lowerWord(first);
            if (!only.containsKey(word)) {
                continue;   // opens no full name
            }
            int[] seen = firstSeen.computeIfAbsent(word, k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
            int slot = first < last ? 1 : 0;
            seen[slot] = Math.min(seen[slot], first);
        }
        for (Map.Entry<String, String> e : only.entrySet()) {
            String given = e.getKey();
            int[] seen = firstSeen.get(given);
            if (seen == null || seen[1] > seen[0] && !calledBySurname(given, e.getValue(), formCounts) && !calledByGiven.contains(given)) {
                continue;   // named first by the given name alone: the full name is no introduction
            }
            String alone = fullest.get(given);
            if (e.getValue().isEmpty() || alone != null && alone.indexOf(' ') >= 0 || given.equals(keyOfName(e.getValue()))
                    || AFTER_NAME_TITLES.contains(keyOfName(e.getValue()))
                    || mostlyTitled(given) || places.contains(given)) {
                continue;
            }
            if (!namedInOwnRight.contains(e.getValue())
                    && formCount(keyOfName(e.getValue()), lower(e.getValue()), formCounts) < MIN_FULL_NAMES) {
                continue;   // "the boots of Walt Pimm" once: a namesake, or someone else
            }
            spelledOut.put(given, e.getValue());
            spelledOutKeys.put(e.getValue(), given);
        }
    }

    /**
     * The given names (lower case) that open full names of two people, one called by the surname
     * alone ({@link #surnameOutnumbersGiven}: "Ivo Pimm", called Pimm) and one not, written in full
     * {@link #MIN_FULL_NAMES} times more often than the first ("Ivo Laurence"): the given name alone
     * is the second one's. A full name is counted across a line break too.
     */
    private Set<String> givenNamesOfOneCalledByThem(Map<String, Map<String, Integer>> formCounts) {
        Map<String, Integer> written = new HashMap<>();   // a full name in lower case, its spaces plain → how often
        for (NameForms fs : forms.values()) {
            for (int j = 0; j < fs.size(); j++) {
                String form = fs.form(j);
                if (!isAllCaps(form) && hasSpace(form)) {   // a name of one word has no given name to open it
                    written.merge(lowerParts(form)[WHOLE].replace('\n', ' ').replace('\r', ' '), fs.count(j), Integer::sum);
                }
            }
        }
        Map<String, int[]> most = new HashMap<>();   // a given name → {most written not called by surname, most called by it}
        for (Map.Entry<String, Integer> e : written.entrySet()) {
            String form = e.getKey();
            int sp = givenNameEnd(form);
            if (sp <= 0) {
                continue;
            }
            String given = form.substring(0, sp);
            int[] m = most.computeIfAbsent(given, k -> new int[2]);
            int slot = surnameOutnumbersGiven(given, form, formCounts) ? 1 : 0;
            m[slot] = Math.max(m[slot], e.getValue());
        }
        Set<String> called = new HashSet<>();
        for (Map.Entry<String, int[]> e : most.entrySet()) {
            int[] m = e.getValue();
            if (m[1] > 0 && m[0] >= m[1] + MIN_FULL_NAMES) {
                called.add(e.getKey());
            }
        }
        return called;
    }

    /** Whether {@code form} holds a space or a line break, as a name of two words or more does. */
    private static boolean hasSpace(String form) {
        return form.indexOf(' ') >= 0 || form.indexOf('\n') >= 0 || form.indexOf('\r') >= 0;
    }

    /**
     * Whether the text writes the surname of {@code full} (a full name opening with the given name
     * {@code given}) alone more often than the given name alone: its bearer is called by the surname.
     */
    private boolean surnameOutnumbersGiven(String given, String full, Map<String, Map<String, Integer>> formCounts) {
        String surname = lowerLastWord(full);
        return formCount(surname, surname, formCounts) > formCount(given, given, formCounts);
    }

    /** How many capital letters {@code s} holds. */
    private static int capitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the text calls the bearer of {@code full} (two words or more, opening with the given
     * name {@code given}) by the surname alone more often than by the given name alone, its full name
     * written twice at least: the given name alone is then a familiar form of that name, even if
     * written before it ({@code Walt} … {@code Walt Pimm} … {@code Pimm}, {@code Pimm}).
     */
    private boolean calledBySurname(String given, String full, Map<String, Map<String, Integer>> formCounts) {
        String surname = lowerLastWord(full);
        return formCount(surname, lowerParts(full)[WHOLE], formCounts) >= MIN_FULL_NAMES
                && formCount(surname, surname, formCounts) > formCount(given, given, formCounts);
    }

    /**
     * How often the name of key {@code key} is written as {@code lowerForm} (in lower case), its
     * forms counted once per key into {@code formCounts}, so that a name of many forms costs no
     * more than one pass over them.
     */
    private int formCount(String key, String lowerForm, Map<String, Map<String, Integer>> formCounts) {
        Map<String, Integer> counts = formCounts.get(key);
        if (counts == null) {   // not computeIfAbsent: its lambda, holding this, would be made at every call
            counts = new HashMap<>();
            NameForms fs = forms.get(key);
            for (int j = 0; fs != null && j < fs.size(); j++) {
                counts.merge(lowerParts(fs.form(j))[WHOLE], fs.count(j), Integer::sum);
            }
            formCounts.put(key, counts);
        }
        return counts.getOrDefault(lowerForm, 0);
    }

    /**
     * Once all is linked, a speaker called by a given name alone ({@code Walt}) is reported by the
     * one full name the text gives it ({@code Walt Pimm}).
     */
    void spellOutSpeakers() {
        Map<String, String> done = new HashMap<>();   // a name → its full name, or "" to keep it
        Function<String, String> spell = this::spelledOutName;   // made once, not at each quotation
        for (FoundQuote q : d.quotes) {
            if (q.speakerName != null && q.speakerName.indexOf(' ') < 0) {
                String full = done.computeIfAbsent(q.speakerName, spell);
                if (!full.isEmpty()) {
                    q.speakerName = full;
                }
            }
        }
    }

    /** The full name {@link #spellOutSpeakers} reports for a speaker called {@code name}, or "" to keep it. */
    private String spelledOutName(String name) {
        String key = lower(name);
        String formal = otherNameOf.get(key);
        String formalName = formal == null ? null : fullestName(formal);
        if (formalName != null) {
            return formalName;
        }
        String full = spelledOut.get(key);
        String alone = fullest.get(key);
        return full != null && (alone == null || name.equalsIgnoreCase(alone)) ? full : familiarName(key);
    }

    /**
     * {@code Harry} → {@code Henry Strand}: a familiar form of a given name (familiar-names.txt, by
     * its {@code key}) that the narration never writes, heard only in what is said, stands for the
     * one of its full forms that the narration writes as a name of its own ({@code Henry}, {@code
     * Canon Henry}; inside {@code Henry Strand} alone it is none), reported by that name's fullest
     * form when it opens with the full form ({@code Henry Strand}, not {@code Ed Thomas} for
     * {@code Tom}); "" to keep it when the narration writes none or two of its full forms. A
     * familiar form the narration writes stands only for a full name introduced before it ({@link
     * #introducedFullName}).
     */
    private String familiarName(String key) {
        String[] formal = FAMILIAR_NAMES.get(key);
        if (formal == null) {
            return "";
        }
        if (narrationKeys == null) {
            narrationKeys = new HashSet<>(Arrays.asList(nameKeys).subList(0, nameCount));
        }
        if (narrationKeys.contains(key)) {
            return introducedFullName(key, formal);
        }
        String found = null;
        for (String f : formal) {
            if (narrationKeys.contains(f)) {
                if (found != null) {
                    return "";   // Kate of Catherine or of Kathleen: not told
                }
                found = f;
            }
        }
        String full = found == null ? null : fullestName(found);
        return full == null || !lower(full).startsWith(found) ? "" : full;   // not a surname: "Ed Thomas"
    }

    /**
     * {@code Henry Voss came in … Harry sat down}: the one full name ({@link #spelledOut}) that one
     * of the {@code formal} given names of the familiar form {@code key} opens, when the narration
     * writes it before it first writes the familiar form: the person introduced in full, then
     * called familiarly; else "".
     */
    private String introducedFullName(String key, String[] formal) {
        String full = null;
        for (String f : formal) {
            String s = spelledOut.get(f);
            if (s != null) {
                if (full != null) {
                    return "";
                }
                full = s;
            }
        }
        if (full == null) {
            return "";
        }
        String fullKey = keyOfName(full);
        String surname = lowerLastWord(full);
        for (int c = 0; c < nameCount; c++) {
            if (nameKeys[c].equals(key)) {
                return "";   // the familiar form comes first
            }
            if (nameKeys[c].equals(fullKey) || nameKeys[c].equals(surname)) {
                return full;
            }
        }
        return "";
    }

    /** A name given second in {@code Miss Vell, or Miss Tansy,} (its key) → the key of the one given first. */
    private final Map<String, String> otherNameOf = new HashMap<>();

    /**
     * {@code Miss Vell, or Miss Tansy, as the maids called her}: two names of one word after the
     * same title, joined by a comma and {@code or} and closed by punctuation, are one person's,
     * the second another name for the first (often what someone calls her), so a speaker called by
     * the second is reported by the fullest form of the first.
     */
    private void findNamesGivenWithOr() {
        for (int c = 0; c + 1 < nameCount; c++) {
            int a = nameEnds[c];
            int b = nameEnds[c + 1];
            if (nameFirsts[c] != a || nameFirsts[c + 1] != b || b != a + 4 || b + 1 >= t.size()
                    || titlesStart(a) != a - 1 || titlesStart(b) != b - 1
                    || !t.is(a + 1, ',') || !t.equalsIgnoreCase(a + 2, "or")
                    || !d.lowerWord(a - 1).equals(d.lowerWord(b - 1))
                    || !(t.is(b + 1, ',') || t.is(b + 1, '.') || t.is(b + 1, ';'))
                    || nameKeys[c].equals(nameKeys[c + 1])) {
                continue;
            }
            otherNameOf.putIfAbsent(nameKeys[c + 1], nameKeys[c]);
        }
    }

    /** The keys of the names the narration writes, outside quotations; null until asked for. */
    private Set<String> narrationKeys;

    /** after-name-titles.txt: titles written after a name ("Nadir Begum"), which end no full name of a given name. */
    private static final WordSet AFTER_NAME_TITLES = Lexicons.words("after-name-titles.txt");

    /** organisation-nouns.txt: nouns that close the name of an organisation or a building, which no given name opens. */
    private static final WordSet ORGANISATION_NOUNS = Lexicons.words("organisation-nouns.txt");

    /** creed-nouns.txt: faiths and creeds, no one who speaks. */
    private static final WordSet CREEDS = Lexicons.words("creed-nouns.txt");
    /** Words of age, size, affection or pity written before a name and no part of it ("old Bart"). */
    private static final WordSet EPITHETS = Lexicons.words("name-epithets.txt");

    /** kin-names.txt: a word for a parent or grandparent that names them alone ("Mother") → the gender it tells. */
    private static final Map<String, Integer> KIN_NAMES = kinNames();

    private static Map<String, Integer> kinNames() {
        Map<String, Integer> names = new HashMap<>();
        for (String line : Lexicons.lines("kin-names.txt")) {
            String[] f = Lexicons.fields(line);
            names.put(f[0], f[1].equals("f") ? Lexicon.FEMALE : Lexicon.MALE);
        }
        return Map.copyOf(names);
    }

    /**
     * The gender that token {@code i}, capitalized and alone, tells as a parent's or grandparent's
     * name in the narration ("Papa"), else ANY: in talk ("Come, Papa") it may be said to anyone's,
     * and in a headline ("Mother Of Three Wins Toll Appeal") every word has a capital.
     */
    private int kinGender(int i) {
        if (d.inQuote(i)) {
            return Lexicon.ANY;
        }
        int g = KIN_NAMES.getOrDefault(key(i), Lexicon.ANY);
        if (g == Lexicon.ANY || someoneElsesKin(i)) {
            return Lexicon.ANY;
        }
        return TermDetector.inHeadline(d, d.found.paragraphOf(i)) ? Lexicon.ANY : g;
    }

    /**
     * Words before a kin word that make it a noun for another's parent: "his Mother", "the Father";
     * not "that", which opens a clause as often ("knew that Father was angry").
     */
    private static final String[] OTHERS_KIN = {"his", "her", "their", "your", "the", "a", "an", "this"};

    /**
     * Whether the kin word at token {@code i} follows an owner or a determiner ("his Mother", "Tobin's
     * Father", "the Mother of the guild", {@link #OTHERS_KIN}): a noun with a capital for someone's parent, not the name a
     * child calls their own by ("my" and "our" leave it the narrator's).
     */
    private boolean someoneElsesKin(int i) {
        int p = i - 1;
        if (p >= 0 && t.isBreak(p)) {
            p--;
        }
        if (p < 0 || t.kind(p) != TokenBuffer.WORD) {
            return false;
        }
        if (d.mentions.isPossessive(p)) {
            return true;
        }
        for (String w : OTHERS_KIN) {
            if (t.equalsIgnoreCase(p, w)) {
                return true;
            }
        }
        return false;
    }

    /** familiar-names.txt: a familiar form of a given name → the full given names it stands for. */
    private static final Map<String, String[]> FAMILIAR_NAMES = familiarNames();

    private static Map<String, String[]> familiarNames() {
        Map<String, String[]> names = new HashMap<>();
        for (String line : Lexicons.lines("familiar-names.txt")) {
            String[] f = Lexicons.fields(line);
            names.put(f[0], Arrays.copyOfRange(f, 1, f.length));
        }
        return Map.copyOf(names);
    }

    /**
     * {@code Bill} → {@code Bill Pimm}: a word that opens a full name more often than it ends
     * one written in full ({@code fullCount}: "Old Bill") stands for that full name, when one full
     * name clearly outnumbers the others it opens. Not when the surname is shared by a family
     * ("Tom Roe", "Ann Roe": their given names tell them apart), is a given name or a pronoun itself
     * ("Delia Rose" is two people), or the word is mostly written after a title.
     */
    private void fullNamesOfGivenNames(Map<String, Integer> fullCount) {
        Set<String> titled = new HashSet<>();
        for (String word : titledAlone.keySet()) {
            if (mostlyTitled(word)) {
                titled.add(word);
            }
        }
        Set<String> givenWords = new HashSet<>();
        for (NameForms fs : forms.values()) {
            for (int j = 0; j < fs.size(); j++) {
                if (twoWords(fs.form(j)) > 0) {
                    givenWords.add(lowerParts(fs.form(j))[GIVEN]);
                }
            }
        }
        Map<String, String> bestOf = new HashMap<>();
        Map<String, int[]> countsOf = new HashMap<>();   // given name → {the best count, the second}
        Map<String, Integer> namesakes = namesakesOfTwoGivenNames();
        for (Map.Entry<String, NameForms> e : forms.entrySet()) {
            String surname = e.getKey();
            if (givenWords.contains(surname) || notSurnames.contains(surname) || AFTER_NAME_TITLES.contains(surname)
                    || surname.endsWith("s") && forms.containsKey(surname.substring(0, surname.length() - 1))) {
                continue;   // "the Hugo Lambs": a family; "Nadir Begum": his wife
            }
            NameForms fs = e.getValue();
            if (sharedSurname(fs)) {
                continue;
            }
            for (int j = 0; j < fs.size(); j++) {
                String form = fs.form(j);
                int sp = givenNameEnd(form);
                String given = sp > 0 ? lower(form, 0, sp) : null;
                if (given == null || given.equals(surname) || !fullest.containsKey(given)
                        || fs.count(j) < MIN_FULL_NAMES || titled.contains(given)
                        || ORGANISATION_NOUNS.contains(surname) && hasPersonalFullName(given, fullCount)) {
                    continue;   // "the Pellam Foundation" beside "Thaddeus Pellam": named after him, no name of his
                }
                int c = fs.count(j);
                int[] cs = countsOf.computeIfAbsent(given, k -> new int[2]);
                if (c > cs[0]) {
                    cs[1] = cs[0];
                    cs[0] = c;
                    bestOf.put(given, form);
                } else if (c > cs[1]) {
                    cs[1] = c;
                }
            }
        }
        for (Map.Entry<String, String> e : bestOf.entrySet()) {
            String given = e.getKey();
            int[] cs = countsOf.get(given);
            if (cs[0] > fullCount.getOrDefault(given, 0) && cs[0] >= 2 * Math.max(cs[1], namesakes.getOrDefault(given, 0))) {
                fullest.put(given, e.getValue());
            }
        }
    }

    /**
     * For each given name (lower case), how often the full name of two given names it opens most is
     * written ("Ivo Laurence", twice at least): that one is no surname to spell a name out with
     * ({@link #notSurnames}), but it is another who bears the given name, so that "Ivo" alone stands
     * for "Ivo Pimm" only when "Ivo Pimm" is written twice as often ({@link #fullNamesOfGivenNames}).
     * Not a full name whose second given name opens a full name of its own ("Effie Hugh" beside "Hugh
     * Hale": two people side by side).
     */
    private Map<String, Integer> namesakesOfTwoGivenNames() {
        Map<String, Integer> namesakes = new HashMap<>();
        Map<String, Map<String, Integer>> opened = null;
        for (String key : notSurnames) {
            NameForms fs = forms.get(key);
            for (int j = 0; fs != null && j < fs.size(); j++) {
                String form = fs.form(j);
                int sp = twoWords(form);
                if (sp < 0 || fs.count(j) < MIN_FULL_NAMES || !isGivenName(lowerParts(form)[GIVEN])
                        || !isGivenName(lowerParts(form)[LAST])) {
                    continue;
                }
                if (opened == null) {
                    opened = fullNamesOpened();
                }
                if (!endsInAnothersGivenName(form, fs.count(j), opened)) {
                    namesakes.merge(lowerParts(form)[GIVEN], fs.count(j), Math::max);
                }
            }
        }
        return namesakes;
    }

    /**
     * Whether the word's fullest form of two words or more opens with a given name of the lexicon or
     * an initial ("Thaddeus Pellam", "T. Pellam"): the word is a person's surname, whatever it also names.
     */
    private boolean hasPersonalFullName(String word, Map<String, Integer> fullCount) {
        String full = fullCount.containsKey(word) ? fullest.get(word) : null;
        int sp = full != null ? full.indexOf(' ') : -1;
        return sp > 0 && (full.charAt(sp - 1) == '.' || isGivenName(lower(full, 0, sp)));
    }

    /**
     * Whether the word is written alone after a title at least as often as without one: a surname
     * ("Mr. Edmund") or a name in itself ("Lord Edmund"), not a given name standing for a full name.
     */
    private boolean mostlyTitled(String word) {
        int titled = titledAlone.getOrDefault(word, 0);
        if (titled == 0) {
            return false;
        }
        NameForms fs = forms.get(word);
        for (int j = 0; j < fs.size(); j++) {
            if (fs.form(j).indexOf(' ') < 0 && lower(fs.form(j)).equals(word)) {
                return 2 * titled >= fs.count(j);
            }
        }
        return true;
    }

    /** Whether two forms of a name of two words open with different words: a family ("Tom Roe", "Ann Roe"). */
    private static boolean sharedSurname(NameForms fs) {
        String given = null;
        for (int j = 0; j < fs.size(); j++) {
            String form = fs.form(j);
            int sp = twoWords(form);
            if (sp < 0) {
                continue;
            }
            if (given != null && !form.regionMatches(true, 0, given, 0, Math.max(sp, given.length()))) {
                return true;
            }
            given = form.substring(0, sp);
        }
        return false;
    }

    /** Where the first space of a name of two or three words is ("Ada Mae Quill"), or -1. */
    private static int givenNameEnd(String form) {
        int sp = form.indexOf(' ');
        if (sp <= 0 || sp == form.length() - 1) {
            return -1;
        }
        int sp2 = form.indexOf(' ', sp + 1);
        return sp2 < 0 || sp2 > sp + 1 && form.lastIndexOf(' ') == sp2 && sp2 < form.length() - 1 ? sp : -1;
    }

    /** Where the one space of a name of two words is, or -1 for a name of one word or more than two. */
    private static int twoWords(String form) {
        int sp = form.indexOf(' ');
        return sp > 0 && form.lastIndexOf(' ') == sp && sp < form.length() - 1 ? sp : -1;
    }

    /**
     * {@code Old Bill} → {@code Bill}: a form whose first word is capitalized only because it opens
     * the sentence each time the form is written ("Except Walt", "Where's Wren"), the word written
     * in lower case elsewhere in the text ({@code lowerWords}) and never as part of a name, loses it;
     * so does a word before a given name that is none itself ("Poor Ann", "Plucky Ann": {@link
     * #epithetForms}), which praises or pities her, whether or not the text writes it in lower case.
     */
    private String withoutSentenceOpener(String form, int count, Set<String> lowerWords) {
        String first = openerInQuestion(form, count);
        return first != null && (lowerWords.contains(first) || epithetForms.contains(form))
                ? form.substring(form.indexOf(' ') + 1) : form;
    }

    /**
     * {@code Tolling Brenwick} → {@code Brenwick}: a word in -ing capitalized only because it opens
     * the sentence each time the form is written, a participle or a preposition before the name
     * ("Following", "Joining"), and no given name of the lexicon nor a word the text writes as a
     * name elsewhere (as {@link #openerInQuestion} tells), is no part of the name, whether or not
     * the text writes it in lower case, when the text also writes the name without it ({@code fs},
     * the forms of the name): a title of a show or a book ("Rowing Tolliver") keeps it. Words of four
     * letters or fewer ("Ring", "Wing") stay.
     */
    private String withoutOpeningParticiple(String form, int count, NameForms fs) {
        String first = openerInQuestion(form, count);
        if (first == null || first.length() <= 4 || !first.endsWith("ing") || isGivenName(first)) {
            return form;
        }
        for (int j = 0; j < fs.size(); j++) {
            String other = fs.form(j);
            if (other.length() < first.length() || !other.regionMatches(true, 0, first, 0, first.length())) {
                return form.substring(form.indexOf(' ') + 1);   // "Brenwick" or "Thaddeus Brenwick" too
            }
        }
        return form;
    }

    /**
     * The first word of {@code form}, written {@code count} times (lower case, without a possessive
     * ending), when {@link #withoutSentenceOpener} drops it if the text writes it in lower case; else null.
     */
    private String openerInQuestion(String form, int count) {
        int sp = form.indexOf(' ');
        if (sp < 0 || openingForms.getOrDefault(form, 0) < count) {
            return null;
        }
        String first = lower(form, 0, sp);
        if (midSentenceNameWords.contains(first)) {
            return null;   // a word the text writes as a name elsewhere, or a given name
        }
        if (sp > 2 && first.charAt(sp - 1) == 's' && Chars.isApostrophe(first.charAt(sp - 2))) {
            first = first.substring(0, sp - 2);   // "Where's"
        }
        return first;
    }

    /**
     * The first words of the forms in {@link #openingForms} (lower case, without a possessive
     * ending) that the text also writes in lower case, of those {@link #withoutSentenceOpener} asks
     * about: none, in most texts, and then no pass over the tokens. Only words of a candidate's length
     * and first letter are looked up, so the pass allocates nothing for the others.
     */
    private Set<String> openersWrittenInLowerCase() {
        Set<String> candidates = new HashSet<>();
        for (NameForms fs : forms.values()) {
            for (int j = 0; j < fs.size(); j++) {
                String first = openerInQuestion(fs.form(j), fs.count(j));
                if (first != null && !first.isEmpty()) {
                    candidates.add(first);   // not "" before a form's first space: no word the text could write
                }
            }
        }
        return writtenInLowerCase(candidates);
    }

    /**
     * The words of {@code candidates} (lower case, no possessive ending, none empty) that the text
     * also writes in lower case, in one pass over the tokens: only words of a candidate's length and
     * first letter are looked up, so the pass allocates nothing for the others; none when there are
     * no candidates.
     */
    private Set<String> writtenInLowerCase(Set<String> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        long lengths = 0;
        long firsts = 0;
        for (String c : candidates) {
            lengths |= 1L << Math.min(c.length(), 63);
            firsts |= 1L << (c.charAt(0) & 63);
        }
        // One bit per hash of the candidates: most lower-case words of a text miss it, and are
        // never copied into the pool of keys only to miss the set.
        long[] hashBits = new long[Math.max(16, Integer.highestOneBit(candidates.size()) >> 2)];
        int hashMask = hashBits.length * 64 - 1;
        // And the candidates by hash, open addressing over a few slots each, so that a word that
        // passes is compared in place; those with no slot near their hash are looked up as keys.
        String[] slots = new String[Math.max(16, Integer.highestOneBit(candidates.size()) << 2)];
        int slotMask = slots.length - 1;
        boolean unplaced = false;
        for (String c : candidates) {
            int h = mixed(c.hashCode());
            hashBits[(h & hashMask) >>> 6] |= 1L << h;
            int slot = h & slotMask;
            int probe = 0;
            while (probe < MAX_OPENER_PROBES && slots[slot] != null) {
                slot = (slot + 1) & slotMask;
                probe++;
            }
            if (probe < MAX_OPENER_PROBES) {
                slots[slot] = c;
            } else {
                unplaced = true;
            }
        }
        Set<String> words = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenBuffer.WORD || !Chars.isLowerCase(t.first(i))
                    || (firsts & 1L << (t.first(i) & 63)) == 0) {
                continue;
            }
            int len = t.length(i);
            boolean possessive = len > 2 && Chars.isApostrophe(d.text.charAt(t.end(i) - 2))
                    && Character.toLowerCase(d.text.charAt(t.end(i) - 1)) == 's';
            int keyLength = possessive ? len - 2 : len;
            if ((lengths & 1L << Math.min(keyLength, 63)) == 0) {
                continue;
            }
            int h = 0;
            for (int k = t.start(i), e = k + keyLength; k < e; k++) {
                h = 31 * h + Chars.toLowerCase(d.text.charAt(k));
            }
            h = mixed(h);
            if ((hashBits[(h & hashMask) >>> 6] & 1L << h) == 0) {
                continue;
            }
            String found = null;
            int slot = h & slotMask;
            for (int probe = 0; probe < MAX_OPENER_PROBES && slots[slot] != null; probe++) {
                if (slots[slot].length() == keyLength && lowerEquals(slots[slot], t.start(i))) {
                    found = slots[slot];
                    break;
                }
                slot = (slot + 1) & slotMask;
            }
            if (found != null) {
                words.add(found);
            } else if (unplaced) {
                String key = d.nameKey(i);
                if (candidates.contains(key)) {
                    words.add(key);
                }
            }
        }
        return words;
    }

    /** Slots looked at, at most, for one candidate in {@link #openersWrittenInLowerCase}. */
    private static final int MAX_OPENER_PROBES = 8;

    /** Whether the text from {@code start}, lower-cased char by char, begins with {@code word}. */
    private boolean lowerEquals(String word, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (Chars.toLowerCase(d.text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A string hash with its high bits folded into the low ones. */
    private static int mixed(int h) {
        return h ^ h >>> 16;
    }

    private void indexNames() {
        Mentions m = d.mentions;
        int n = t.size();
        int i = 0;
        // A lone capitalized word opening a sentence waits until the whole text is read: it is a
        // name only if the text also uses it elsewhere ("Effie watched. She …" once "Effie" is known).
        int[] initial = new int[16];
        int initialCount = 0;
        while (i < n) {
            if (!t.isCapitalized(i) || !m.isNameWord(i) && !m.isTitle(i)) {
                i++;   // the capital first: most words have none, and need no look-up
                continue;
            }
            int s = i;
            int g = Lexicon.ANY;
            int nameFirst = i;
            // a connector, or two run together, goes on a name: "Orrin de Quarrie", "Marjolein van der Verhoeven"
            while (i < n && (i == s || !m.spacedApart(i)) && (m.isNameWord(i) || t.isCapitalized(i) && m.isTitle(i)
                    || (m.isNameConnector(i) || m.titleBeforeLineBreak(i)) && i + 1 < n && m.isNameWord(i + 1)
                    || m.isNameConnector(i) && i + 2 < n && m.isNameConnector(i + 1) && m.isNameWord(i + 2))) {
                if (m.isTitle(i)) {
                    int tg = Lexicon.titleGender(d.cls(i));
                    if (tg != Lexicon.ANY) {
                        g = tg;
                    }
                    nameFirst = i + 1;   // "US Vice President J.D. Vance": the name is what follows the titles
                } else if (nameFirst == i && t.isBreak(i)) {
                    nameFirst = i + 1;   // "Mr." ending a hard-wrapped line
                }
                i++;
            }
            if (nameFirst >= i) {
                int kin = i == s + 1 ? kinGender(s) : Lexicon.ANY;
                if (kin != Lexicon.ANY) {
                    addName(s, s, s, key(s), kin, true);   // "Mother set the table.": a parent's title alone names her
                }
                continue;   // titles alone
            }
            int last = i - 1;
            if (sentenceInitialCommonWord(s, last)) {
                everyMention(s, s, s, last, null, false);   // its key made only if the people are asked for
                if (initialCount == initial.length) {
                    initial = Arrays.copyOf(initial, initialCount * 2);
                }
                initial[initialCount++] = s;
                continue;
            }
            if (nameFirst == s && nameFirst < last && atSentenceStart(s) && isAdverb(s)) {
                nameFirst++;   // "Possibly Barlow said": the adverb opening the sentence is no part of the name
            } else if (nameFirst == s && nameFirst < last && m.titleOfBefore(s - 1, -1) >= 0) {
                nameFirst++;   // "Secretary of State Tom Kent": the office after the title is no part of the name
            }
            addName(s, nameFirst, last, key(last), g == Lexicon.ANY && nameFirst == last ? kinGender(last) : g, true);
        }
        addSentenceInitialNames(initial, initialCount);
    }

    /**
     * {@code Wilda's eyes followed the cart.}: whether the possessive name in tokens {@code [s, last]}
     * (its titles from {@code s}) opens a sentence of a story before a word in lower case: the one
     * whose face, hands or voice the sentence is about is the one in view, whom a he or she after
     * it most likely stands for. In reportage an owner is no one in view.
     */
    private boolean openingOwner(int s, int last) {
        return !d.reportage && atSentenceStart(s) && last + 1 < t.size() && t.kind(last + 1) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(last + 1));
    }

    /**
     * Indexes the name in tokens {@code [nameFirst, last]} (its titles from {@code s}), known by
     * {@code key} ({@link #key} of {@code last}), its gender {@code g} told by a title or
     * {@code ANY}; {@code record} whether to list it among the text's name mentions (a lone word
     * opening a sentence is listed already).
     */
    private void addName(int s, int nameFirst, int last, String key, int g, boolean record) {
        boolean possessive = key.length() < t.length(last);
        int from = last - nameFirst >= MAX_NAME_WORDS ? last : nameFirst;   // a long run is a heading
        String full = d.string(t.start(from), t.end(last) - (t.length(last) - key.length()));
        forms.computeIfAbsent(key, k -> new NameForms()).add(full);
        if (g != Lexicon.ANY && from < last) {
            titledFormGender.putIfAbsent(full, g);   // "Mr. Hugo Lamb"
        }
        if (from < last && !afterWord(s, "of") && !afterWord(s, "by")) {
            namedInOwnRight.add(full);
        }
        if (nameFirst > s) {
            String noun = RANK_NOUNS.get(d.lowerWord(t.isBreak(nameFirst - 1) && nameFirst - 2 >= s ? nameFirst - 2 : nameFirst - 1));
            if (noun != null) {
                rankHolders.computeIfAbsent(noun, k -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
        }
        // "the Ivy Marsh fund": a name before a noun after the names a thing after someone, whose
        // given name tells no one's gender here
        boolean modifier = afterWord(s, "the") && modifierAfterThe(nameFirst, last);
        if (!possessive) {
            int[] pc = placeCounts.computeIfAbsent(key, k -> new int[7]);
            pc[1]++;
            if (afterWord(s, "the")) {
                pc[5]++;
                if (modifier) {
                    pc[4]++;
                }
            }
            if (afterPlacePreposition(s)) {
                pc[0]++;
            } else if (afterWord(s, "of")) {
                pc[6]++;   // "the hills of Dunmarra": a place's more often than not, once the text goes there too
            } else if (afterIndefiniteArticle(s)) {
                pc[2]++;
            }
            if (afterWord(s, "the") && isPlural(key)) {
                pc[3]++;   // "the Basques", also "among the Basques"
            }
        }
        if (from == s && from < last && atSentenceStart(s)) {
            openingForms.merge(full, 1, Integer::sum);
            if (last == from + 1 && Lexicon.nameGender(d.cls(from)) == Lexicon.ANY) {
                epithetForms.add(full);   // kept only if its second word proves a given name (chooseFullNames)
            }
        }
        String firstWord = null;   // the name's first word in lower case, if looked up below
        for (int k = from; k <= last; k++) {
            if (k > from || !atSentenceStart(k) || Lexicon.nameGender(d.cls(k)) != Lexicon.ANY) {
                String word = k == last && !possessive ? key : d.lowerWord(k);
                midSentenceNameWords.add(word);
                if (k == nameFirst) {
                    firstWord = word;
                }
            }
        }
        if (record) {
            everyMention(s, nameFirst, from, last, key, true);
        }
        if (from < last && (Lexicon.nameGender(d.cls(last)) != Lexicon.ANY || d.mentions.isPronoun(last))) {
            notSurnames.add(key);
        } else if (from == last && nameFirst > s && !t.equalsIgnoreCase(nameFirst - 1, "miss")) {
            titledAlone.merge(key, 1, Integer::sum);
        }
        int givenG = last > nameFirst ? Lexicon.nameGender(d.cls(nameFirst)) : Lexicon.ANY;
        if (givenG != Lexicon.ANY) {
            givenGender.putIfAbsent(firstWord != null ? firstWord : d.lowerWord(nameFirst), givenG);
        }
        if (g == Lexicon.ANY && last > nameFirst && !modifier) {
            g = Lexicon.nameGender(d.cls(nameFirst));
        }
        if (g == Lexicon.ANY) {
            g = Lexicon.nameGender(d.cls(last));   // "Nora", "old Ned": the name is itself a given name
        }
        if (g != Lexicon.ANY) {
            Integer before = gender.putIfAbsent(key, g);
            if (before != null && before != g) {
                family.add(key);   // Mr. and Mrs. Lamb
            }
            persons.add(key);
        }
        if (!d.inQuote(last) && (!possessive || openingOwner(s, last))) {
            if (nameCount == nameEnds.length) {
                nameEnds = Arrays.copyOf(nameEnds, nameCount * 2);
                nameFirsts = Arrays.copyOf(nameFirsts, nameCount * 2);
                nameGenders = Arrays.copyOf(nameGenders, nameCount * 2);
                nameKeys = Arrays.copyOf(nameKeys, nameCount * 2);
            }
            nameFirsts[nameCount] = nameFirst;
            nameGenders[nameCount] = g;
            nameKeys[nameCount] = key;
            nameEnds[nameCount++] = last;
            // "Ann Lee had lost her key.": a full name of plain words opening its sentence as the
            // subject of a verb is someone's when a he or she, or her own thing, follows
            boolean opening = (from == s && atSentenceStart(s) || roleOpensSentence(s)) && plainWords(from, last) && verbAfter(last + 1);
            int pg = pronounAfter(last + 1, opening);
            if (pg != Lexicon.ANY) {
                vote(key, pg);
                if (opening && from < last) {
                    persons.add(key);
                }
            }
            if (from < last && pg != Lexicon.ANY) {
                // "Hugo Lamb … he" where "Mrs. Lamb" is his mother
                vote(d.lowerString(t.start(from), t.start(from) + full.length()), pg);
            }
        }
    }

    /** Words at most of a description set off after a name that tells its gender ({@link #genderedNounAfter}). */
    private static final int APPOSED_NOUN_WORDS = 4;

    /**
     * {@code His daughter, Wilda, waited.}, {@code Abel, her husband, shrugged.}: counts the noun of
     * one gender ({@code person-nouns.txt}) that a name in narration is set off beside, by commas, as a
     * vote for the name's gender, as a he or she after it would be: the noun right before the comma
     * opening the name, which a comma or a full stop closes, and not an item of a list; or the noun
     * ending a short description ({@code his}, {@code her}, {@code the} … noun) set off right after it.
     * A name of more than one word is voted for in full only, since its surname may be a whole
     * family's ({@code His daughter, Wilda Hoskins,} beside her father {@code Tibbald Hoskins});
     * the mention itself takes the gender, as a title before it would give it.
     */
    private void voteApposedNouns() {
        for (int c = 0; c < nameCount; c++) {
            int s = titlesStart(nameFirsts[c]);
            int last = nameEnds[c];
            if (d.inQuote(last) || s > nameFirsts[c]) {
                continue;   // a title tells the gender already
            }
            int g = Lexicon.ANY;
            int after = last + 1;
            if (s >= 2 && t.is(s - 1, ',') && isLowerWord(s - 2) && !d.inQuote(s - 2) && after < t.size()
                    && (t.is(after, '.') || t.is(after, ',') && !listGoesOn(after + 1) && !listedNameAt(after + 1))) {
                g = PERSON_NOUNS.getOrDefault(d.lowerWord(s - 2), Lexicon.ANY);
            }
            if (g == Lexicon.ANY) {
                g = genderedNounAfter(last);
            }
            if (g == Lexicon.ANY || places.contains(nameKeys[c])) {
                continue;
            }
            persons.add(nameKeys[c]);   // a wife, a son: someone
            nameGenders[c] = g;   // this mention's gender, as a title would tell it
            if (nameFirsts[c] == last) {
                vote(nameKeys[c], g);
            } else {
                vote(lower(d.string(t.start(nameFirsts[c]), t.end(last) - (t.length(last) - nameKeys[c].length()))), g);
            }
        }
    }

    /**
     * The gender of the noun ending ", his|her|the [word…] noun" right after token {@code nameEnd},
     * closed by a comma, a semicolon or a full stop, of at most {@link #APPOSED_NOUN_WORDS} words:
     * {@code Abel, her husband,}; else ANY.
     */
    private int genderedNounAfter(int nameEnd) {
        int n = t.size();
        int det = nameEnd + 2;
        if (det + 1 >= n || !t.is(nameEnd + 1, ',') || !(t.equalsIgnoreCase(det, "his") || t.equalsIgnoreCase(det, "her")
                || t.equalsIgnoreCase(det, "the"))) {
            return Lexicon.ANY;
        }
        for (int j = det + 1; j < n && j <= det + APPOSED_NOUN_WORDS; j++) {
            if (!isLowerWord(j) || d.inQuote(j)) {
                return Lexicon.ANY;
            }
            if (j + 1 < n && (t.is(j + 1, ',') || t.is(j + 1, '.') || t.is(j + 1, ';'))) {
                return PERSON_NOUNS.getOrDefault(d.lowerWord(j), Lexicon.ANY);
            }
        }
        return Lexicon.ANY;
    }

    /**
     * Adds the lone sentence-opening words at {@code initial} whose key the text uses as a name
     * elsewhere, or that are given names, then puts all name mentions back in text order.
     */
    private void addSentenceInitialNames(int[] initial, int count) {
        int before = nameCount;
        Set<String> reporting = new HashSet<>();   // "“No,” Wilda said.": every other place of that word opening a sentence too
        for (int k = 0; k < count; k++) {
            if (reportingSurname(initial[k])) {
                reporting.add(key(initial[k]));
            }
        }
        if (!reporting.isEmpty()) {
            // "Mr. Wessel Ambry … “Late,” Wessel said.": the given name of a full name is that person, whom it names already
            for (NameForms fs : forms.values()) {
                for (int j = 0; j < fs.size(); j++) {
                    String given = lowerParts(fs.form(j))[GIVEN];
                    if (given != null) {
                        reporting.remove(given);
                    }
                }
            }
        }
        Set<String> acting = actingOpeners(initial, count, reporting);
        for (int k = 0; k < count; k++) {
            int i = initial[k];
            String key = key(i);
            int kin = kinGender(i);
            boolean known = forms.containsKey(key) || Lexicon.nameGender(d.cls(i)) != Lexicon.ANY || kin != Lexicon.ANY
                    || reporting.contains(key);
            // "Wilda stood by the window before she spoke.", "Quarrie, the harbour clerk, read …": someone;
            // "Tamsin smiled. … Tamsin perched …": a name, of no gender known
            boolean someone = !known && (heOrSheOfClauseAfter(i) || describedAsSomeone(i));
            if (known || someone || acting.contains(key)) {
                addName(i, i, i, key, kin, false);
                if (someone) {
                    persons.add(key);
                }
            }
        }
        if (nameCount == before) {
            return;
        }
        // Two sorted runs, [0, before) and [before, nameCount): merged by position in place, from
        // the back, with only the second (the few sentence openers) copied aside.
        int added = nameCount - before;
        int[] ends = Arrays.copyOfRange(nameEnds, before, nameCount);
        int[] firsts = Arrays.copyOfRange(nameFirsts, before, nameCount);
        int[] genders = Arrays.copyOfRange(nameGenders, before, nameCount);
        String[] keys = Arrays.copyOfRange(nameKeys, before, nameCount);
        int a = before - 1;
        int b = added - 1;
        for (int o = nameCount - 1; b >= 0; o--) {
            if (a >= 0 && !(nameEnds[a] < ends[b])) {
                nameEnds[o] = nameEnds[a];
                nameFirsts[o] = nameFirsts[a];
                nameGenders[o] = nameGenders[a];
                nameKeys[o] = nameKeys[a--];
            } else {
                nameEnds[o] = ends[b];
                nameFirsts[o] = firsts[b];
                nameGenders[o] = genders[b];
                nameKeys[o] = keys[b--];
            }
        }
    }

    /**
     * {@code Haskett told the ferry guild …}, {@code “No,” Haskett said.}: whether the lone capitalized
     * word at token {@code i}, opening its sentence or the tag of a quotation closing on a comma, a
     * question or an exclamation mark ({@link #tagAfterQuotation}; not after one closing its own
     * sentence, whose next sentence it opens), is a surname as the subject of a
     * reporting verb right after it, being in no list
     * of the lexicon, not in capitals, not ending in "s" ({@code Officials said}, {@code Growers
     * told}: a plural noun), "ly" (an adverb) or "ing" ({@code Having said so}: a participle), and
     * of letters only.
     */
    private boolean reportingSurname(int i) {
        return surnameShaped(i) && saysRightAfter(i);
    }

    /**
     * Whether the lone capitalized word at token {@code i} has the shape {@link #reportingSurname}
     * asks of a surname: in no list of the lexicon, not in capitals, not after a quotation, not
     * ending in "s", "ly" or "ing", longer than two letters, of letters only.
     */
    private boolean surnameShaped(int i) {
        int len = t.length(i);
        char lastChar = d.text.charAt(t.end(i) - 1);
        if (len <= 2 || i > 0 && t.kind(i - 1) == TokenBuffer.QUOTE_MARK && !tagAfterQuotation(i) || !plainWord(i) || !Chars.isLowerCase(lastChar)
                || lastChar == 's' || isAdverb(i)
                || d.text.startsWith("ing", t.end(i) - 3)) {
            return false;
        }
        for (int k = t.start(i); k < t.end(i); k++) {
            if (!Character.isLetter(d.text.charAt(k))) {
                return false;   // "Don't", "Ma'am": a contraction, no surname
            }
        }
        return true;
    }

    /** Words at most of a description set off after a lone name ({@link #describedAsSomeone}). */
    private static final int APPOSITION_WORDS = 4;

    /**
     * {@code Quarrie, the harbour clerk, read the result aloud.}: whether the lone capitalized word
     * at token {@code i}, opening its sentence with the shape of a surname ({@link #surnameShaped}),
     * is set off by commas before a description of at most {@link #APPOSITION_WORDS} words, the
     * article included: {@code the}, {@code a} or {@code an} and lower-case words ending in a noun
     * for a person or a trade; and a verb follows the second comma: a person described by trade or
     * station is someone.
     */
    private boolean describedAsSomeone(int i) {
        if (!surnameShaped(i) || i + 3 >= t.size() || !t.is(i + 1, ',')
                || !(t.equalsIgnoreCase(i + 2, "the") || t.equalsIgnoreCase(i + 2, "a") || t.equalsIgnoreCase(i + 2, "an"))) {
            return false;
        }
        for (int k = i + 3; k < Math.min(t.size(), i + 3 + APPOSITION_WORDS); k++) {
            if (t.is(k, ',')) {
                int noun = k - 1;
                return noun > i + 2 && personOrTradeNoun(noun) && verbAfter(k + 1);
            }
            if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k))) {
                return false;
            }
        }
        return false;
    }

    /** Sentences at least that a word must open as the subject of a verb to be someone's name ({@link #actingOpeners}). */
    private static final int ACTING_OPENINGS = 2;

    /**
     * {@code Tamsin perched on a chair. … Tamsin smiled.}: the keys of the lone words opening
     * sentences (tokens {@code initial}) with the shape of a surname ({@link #surnameShaped}) and a
     * verb in the past right after them ({@link #actedAfter}), {@link #ACTING_OPENINGS} times at
     * least, that the text never writes in lower case (so not {@code Rain fell.} beside {@code the
     * rain}), nor are {@code reporting} already: a name no list holds, of someone who acts.
     */
    private Set<String> actingOpeners(int[] initial, int count, Set<String> reporting) {
        Map<String, Integer> openings = null;
        for (int k = 0; k < count; k++) {
            int i = initial[k];
            if (surnameShaped(i) && actedAfter(i + 1)) {
                if (openings == null) {
                    openings = new HashMap<>();
                }
                openings.merge(key(i), 1, Integer::sum);
            }
        }
        if (openings == null) {
            return Set.of();
        }
        Set<String> candidates = new HashSet<>();
        for (Map.Entry<String, Integer> e : openings.entrySet()) {
            if (e.getValue() >= ACTING_OPENINGS && !reporting.contains(e.getKey()) && !forms.containsKey(e.getKey())) {
                candidates.add(e.getKey());
            }
        }
        candidates.removeAll(writtenInLowerCase(candidates));
        return candidates;
    }

    /**
     * Whether token {@code k} is a verb in the past in {@code -ed} ({@code smiled}, {@code perched})
     * or a reporting verb: what a name opening its sentence does, not an auxiliary after an archaic
     * pronoun ({@code Thy will}) nor the noun after an adjective ({@code Last month}).
     */
    private boolean actedAfter(int k) {
        return k < t.size() && t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k)) && !d.inQuote(k)
                && (t.length(k) > 4 && t.endsWith(k, "ed") || d.verbAt(k) > 0);
    }

    /** Whether the word at token {@code k} is a noun for a person of one gender or of a trade or station ({@code clerk}). */
    private boolean personOrTradeNoun(int k) {
        return d.mayBe(k, PERSON_NOUN_FILTER) && PERSON_NOUNS.containsKey(d.lowerWord(k))
                || TRADE_NOUNS.contains(d.text, t.start(k), t.end(k));
    }

    /** Words that open a clause of time, cause or concession, whose subject a he or she after them is. */
    private static final String[] SUBORDINATORS = {"before", "after", "when", "until", "till", "while", "once",
        "because", "since", "though", "although", "as"};

    /**
     * {@code Wilda stood by the window before she spoke.}: whether the lone capitalized word at
     * token {@code i}, opening its sentence with the shape of a surname ({@link #surnameShaped}) and
     * followed by a verb, is the one a he or she goes on with as the subject of a clause of time,
     * cause or concession later in that sentence ({@link #SUBORDINATORS}): no name, noun for a
     * person or other pronoun of a person stands on the way, and no him or her of the other gender
     * follows the pronoun. A word that only opens sentences is otherwise no name (any word may),
     * but a sentence whose clause goes on with a he or she is about someone.
     */
    private boolean heOrSheOfClauseAfter(int i) {
        if (!surnameShaped(i) || !verbAfter(i + 1)) {
            return false;
        }
        int to = Math.min(t.size(), i + 1 + SENTENCE_AFTER_NAME);
        for (int k = i + 2; k < to; k++) {
            if (d.endsSentence(k) || t.isBreak(k) || d.inQuote(k) || d.mentions.isNameWord(k)) {
                return false;
            }
            if (t.kind(k) != TokenBuffer.WORD) {
                continue;
            }
            int g = pronounGender(k);
            if (g != Lexicon.ANY) {
                return (t.equalsIgnoreCase(k, "he") || t.equalsIgnoreCase(k, "she")) && Sieves.oneOf(d, k - 1, SUBORDINATORS)
                        && !otherObjectAfter(k + 1, to, g);
            }
            if (personOrTradeNoun(k) || d.mentions.isPronoun(k)) {
                return false;   // "Wilda sat by a sailor before he spoke": the sailor's he, as likely
            }
        }
        return false;
    }

    /**
     * {@code “Just coffee,” Tova said.}: whether the word at token {@code i} opens the tag of the
     * quotation that closes right before it on a comma, a question or an exclamation mark, in the
     * same paragraph: the subject of that tag, a name.
     */
    private boolean tagAfterQuotation(int i) {
        int k = i - 2;
        return k >= 0 && (t.is(k, ',') || t.is(k, '?') || t.is(k, '!')) && d.inQuote(k);
    }

    /**
     * The gender of the first he/she after a name (from token {@code from}) in the same sentence of
     * narration, which counts as a vote for the name's gender; {@link Lexicon#ANY} when none, or when
     * a noun for a person of that gender stands between ({@code an old man … his}). With {@code
     * owning} (the name opens its sentence as a subject), a "her" that owns the word after it counts
     * too, as "his" does, and so does a He or She opening the next sentence ({@link
     * #heOrSheOpeningNext}) when no noun for a person stands on the way.
     */
    private int pronounAfter(int from, boolean owning) {
        int described = Lexicon.ANY;   // the gender of a person noun passed on the way ("an old man")
        boolean person = false;   // whether a noun for a person stands on the way
        for (int k = from; k < Math.min(t.size(), from + SENTENCE_AFTER_NAME); k++) {
            if (d.endsSentence(k) && owning && !person) {
                return heOrSheOpeningNext(k + 1);   // "Zorana found the letter. She carried it in.": the subject goes on
            }
            if (d.endsSentence(k) || t.isBreak(k) || d.inQuote(k) || d.mentions.isNameWord(k)) {
                return Lexicon.ANY;
            }
            if (t.kind(k) == TokenBuffer.WORD) {
                Integer noun = d.mayBe(k, PERSON_NOUN_FILTER) ? PERSON_NOUNS.get(d.lowerWord(k)) : null;
                person |= noun != null;
                int g = pronounGender(k);
                if (g != Lexicon.ANY && g == described) {
                    return Lexicon.ANY;   // "Zorana sat opposite an old man with hens on his knees": his, the man's
                }
                if (g == Lexicon.ANY && noun != null && Character.isLowerCase(t.first(k))) {
                    described = noun;
                }
                if (owning && g != Lexicon.ANY && t.equalsIgnoreCase(k, "her") && ownsNounAfter(k)) {
                    return g;   // "Ann Lee had lost her key": her own, as "his" after a name is
                }
                if (g != Lexicon.ANY && (t.equalsIgnoreCase(k, "him") || t.equalsIgnoreCase(k, "her"))) {
                    return Lexicon.ANY;   // "Lamb looked at her": an object is more often someone else
                }
                if (g != Lexicon.ANY) {
                    return otherObjectAfter(k + 1, from + SENTENCE_AFTER_NAME, g) ? Lexicon.ANY : g;
                }
            }
        }
        return Lexicon.ANY;
    }

    /**
     * The gender of a capitalized He or She at token {@code k}, opening a sentence of narration in
     * the same paragraph, when no him or her of the other gender follows in that sentence; else
     * {@link Lexicon#ANY}.
     */
    private int heOrSheOpeningNext(int k) {
        if (k >= t.size() || t.kind(k) != TokenBuffer.WORD || d.inQuote(k) || !t.isCapitalized(k) || !(t.equalsIgnoreCase(k, "he") || t.equalsIgnoreCase(k, "she"))) {
            return Lexicon.ANY;
        }
        int g = pronounGender(k);
        return otherObjectAfter(k + 1, k + 1 + SENTENCE_AFTER_NAME, g) ? Lexicon.ANY : g;
    }

    /**
     * {@code When Orm came aboard she hardly knew him}: whether a him or her of the gender other than
     * {@code g} follows in the same sentence of narration, from token {@code from} up to {@code to}:
     * the name before is then as likely the one the object stands for, and tells no gender.
     */
    private boolean otherObjectAfter(int from, int to, int g) {
        for (int k = from; k < Math.min(t.size(), to); k++) {
            if (d.endsSentence(k) || t.isBreak(k) || d.inQuote(k)) {
                return false;
            }
            if (t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "him") || t.equalsIgnoreCase(k, "her"))) {
                int og = pronounGender(k);
                if (og != Lexicon.ANY && og != g) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code When Orm came aboard she hardly knew him}: whether, in the sentence of narration going
     * on from token {@code from} (after a name inside it), the first he or she is of gender {@code g}
     * and a him or her of the other gender follows it, within {@link #SENTENCE_AFTER_NAME} tokens:
     * the name before is then the one the object stands for, not the he or she.
     */
    private boolean objectOfOtherSubject(int from, int g) {
        int to = Math.min(t.size(), from + SENTENCE_AFTER_NAME);
        for (int k = from; k < to; k++) {
            if (d.endsSentence(k) || t.isBreak(k) || d.inQuote(k) || d.mentions.isNameWord(k)) {
                return false;
            }
            if (t.kind(k) == TokenBuffer.WORD && (t.equalsIgnoreCase(k, "he") || t.equalsIgnoreCase(k, "she"))) {
                return pronounGender(k) == g && otherObjectAfter(k + 1, to, g);
            }
        }
        return false;
    }

    /**
     * Tokens after a name looked at, at most, for a pronoun of its sentence ({@link #pronounAfter},
     * {@link #objectOfOtherSubject}).
     */
    private static final int SENTENCE_AFTER_NAME = 25;

    /**
     * Whether the words of tokens {@code [first, last]} are all {@link #plainWord}s: no title nor
     * common word of the lists, but for connectors inside the name ({@code Marjolein van der Verhoeven}).
     */
    private boolean plainWords(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!plainWord(k) && !(k > first && k < last && d.mentions.isNameConnector(k))) {
                return false;
            }
        }
        return true;
    }

    /** Capitalized words at most before the noun of a role opening a sentence ({@link #roleOpensSentence}). */
    private static final int ROLE_OWNER_WORDS = 3;

    /**
     * {@code Rovers manager Orrin Halbrook praised his side.}: whether the name whose titles start
     * at token {@code s} follows the noun of a role in lower case ({@link #roleRightBefore}) that opens
     * its sentence, alone or after up to {@link #ROLE_OWNER_WORDS} capitalized words naming what the
     * role is of: the name is then the sentence's subject as much as one opening it.
     */
    private boolean roleOpensSentence(int s) {
        int noun = roleRightBefore(s);
        if (noun < 0) {
            return false;
        }
        int k = noun;
        while (k > noun - ROLE_OWNER_WORDS && k > 0 && !atSentenceStart(k) && t.kind(k - 1) == TokenBuffer.WORD && t.isCapitalized(k - 1)) {
            k--;
        }
        return atSentenceStart(k);
    }

    /** Whether token {@code k} reads as the verb of a subject before it: an auxiliary, or a lower-case word of no lexicon class. */
    private boolean verbAfter(int k) {
        return k < t.size() && t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k))
                && (plainWord(k) || Sieves.oneOf(d, k, AUXILIARIES));
    }

    /** Whether token {@code k} is in no list of the lexicon but the given names. */
    private boolean plainWord(int k) {
        return (d.cls(k) & (Lexicon.FIRST_FREE_BIT - 1) & ~(Lexicon.NAME_MALE | Lexicon.NAME_FEMALE)) == 0;
    }

    /**
     * Whether the "her" at token {@code k} owns the word after it ("her key"), a lower-case word
     * that is no function word, pronoun or determiner: not an object pronoun before a determiner or
     * a preposition ("told her the news", "saw her in town").
     */
    private boolean ownsNounAfter(int k) {
        int n = k + 1;
        return n < t.size() && t.kind(n) == TokenBuffer.WORD && Character.isLowerCase(t.first(n))
                && (d.cls(n) & (Lexicon.FUNCTION | Lexicon.PRONOUN | Lexicon.DETERMINER)) == 0
                && !(k > 0 && Sieves.oneOf(d, k - 1, BARE_INFINITIVE_VERBS));
    }

    /**
     * Verbs of perceiving and causing whose object a bare infinitive follows ({@code watched her
     * go}, {@code let her pass}): the "her" after them is someone acted on, not an owner.
     */
    private static final String[] BARE_INFINITIVE_VERBS = {"watch", "watched", "watches", "see", "saw", "sees", "hear", "heard",
        "hears", "feel", "felt", "feels", "let", "lets", "make", "made", "makes", "help", "helped", "helps", "bid", "bade", "have", "had", "has"};

    /** Counts a he or she ({@code g}) after the name {@code key} as a vote for its gender. */
    private void vote(String key, int g) {
        int[] v = votes.computeIfAbsent(key, x -> new int[3]);
        v[g]++;
        if (v[g] >= 2) {
            persons.add(key);   // spoken of as he or she more than once
        }
    }

    private int pronounGender(int k) {
        return d.pronounGender(k);   // he, him, his, himself; she, her, hers, herself
    }

    /** The gender of a name: told by a title or given name, else by the pronouns used of it. */
    private int genderOf(String key) {
        Integer g = gender.get(key);
        if (g != null && !family.contains(key)) {
            return g;
        }
        return genderByVotes(key);
    }

    /** The gender the he and she used right after a name tell, clearly, or ANY; {@code key} a last word or a full form. */
    private int genderByVotes(String key) {
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
        return genderOfName(name);
    }

    /**
     * The gender of a person named {@code name}: told by its given name when that is one
     * ("Mary Bennet" where Mr. and Mrs. Bennet share the surname), else by its last word.
     */
    private int genderOfName(String name) {
        String[] parts = lowerParts(name);
        if (parts[GIVEN] != null) {
            Integer g = givenGender.get(parts[GIVEN]);
            if (g != null) {
                return g;
            }
            int byVotes = genderByVotes(parts[WHOLE]);
            if (byVotes != Lexicon.ANY) {
                return byVotes;
            }
        }
        return genderOf(parts[LAST]);
    }

    /** Indices into {@link #lowerParts}. */
    private static final int GIVEN = 0;
    private static final int WHOLE = 1;
    private static final int LAST = 2;

    /**
     * A name lower-cased: its first word (null without a space after it), the whole name, its last
     * word. Made once per name: the speakers of a text are a few names asked about for every
     * pronoun, and each step that chooses full names, places or ranks reads every form of every
     * name again (a text of many names lowered some eight thousand strings a megabyte).
     */
    private String[] lowerParts(String name) {
        return lowerParts.computeIfAbsent(name, n -> {
            int sp = n.indexOf(' ');
            int last = n.lastIndexOf(' ');
            return new String[] {sp > 0 ? lower(n, 0, sp) : null, lower(n),
                    lower(n, last + 1, n.length())};
        });
    }

    private final Map<String, String[]> lowerParts = new HashMap<>();

    /**
     * Lower case char by char, so that a key is exactly as long as its word ({@code String.toLowerCase}
     * turns "İ" into two chars).
     */
    private static String lower(String s) {
        return lower(s, 0, s.length());
    }

    /** The last word of {@code name} (after its last space), lower-cased: the key of a surname ({@code Ann Lee} → {@code lee}). */
    private String lowerLastWord(String name) {
        return lowerParts(name)[LAST];
    }

    /** {@link #lower(String)} of chars {@code [from, to)} of {@code s}, with no substring made first. */
    private static String lower(String s, int from, int to) {
        char[] cs = new char[to - from];
        for (int k = 0; k < cs.length; k++) {
            cs[k] = Character.toLowerCase(s.charAt(from + k));
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
        return d.nameKey(lastTok);   // lower case, without a possessive: Lamb's
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
                int last = t.indexAt(q.speakerEnd - 1);
                if (last < t.size()) {
                    String key = key(last);
                    q.speakerName = fullName(q.speakerStart, q.speakerEnd, last, key);
                    if (!places.contains(key)) {
                        persons.add(key);
                    }
                }
            }
        }
        List<Integer> describedGoOn = new ArrayList<>();   // pronoun turns whose speaker is the description before
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (q.hasSpeaker() && q.speakerName == null && q.speakerType == Mentions.PRONOUN) {
                if (describedSpeaksOn(q, qi)) {
                    FoundQuote prev = d.quotes.get(qi - 1);
                    if (prev.speakerType == Mentions.NAME && prev.speakerName != null) {
                        heardAs(prev.speakerName, Lexicon.pronounGender(d.cls(t.indexAt(q.speakerStart))));
                    }
                    describedGoOn.add(qi);   // named once the description before it is
                    continue;
                }
                q.speakerName = sameMentionBefore(qi);
                if (q.speakerName == null) {
                    q.speakerName = describedPronounBefore(qi);
                }
                if (q.speakerName != null) {
                    continue;
                }
                q.speakerName = pronounName(q, qi);
                if (q.speakerName != null && onlyListed(keyOfName(q.speakerName))) {
                    q.speakerName = null;   // a name on a stone or a roll is no one who speaks
                }
                if (q.speakerName != null) {
                    heardAs(q.speakerName, Lexicon.pronounGender(d.cls(t.indexAt(q.speakerStart))));
                }
                if (q.speakerName != null && genderOf(keyOfName(q.speakerName)) == Lexicon.ANY
                        && genderOfName(q.speakerName) == Lexicon.ANY) {
                    String opening = describedOpeningBefore(q, qi);
                    if (opening != null) {
                        q.speakerName = opening;   // the one the paragraph is about, not a name that tells no gender
                        descriptions.add(opening);
                    }
                }
                if (q.speakerName == null) {
                    q.speakerName = describedBefore(t.indexAt(q.speakerStart));
                    if (q.speakerName != null) {
                        descriptions.add(q.speakerName);
                    }
                }
                if (q.speakerName == null) {
                    q.speakerName = sentenceSubjectOfNeuter(t.indexAt(q.speakerStart));
                }
            }
        }
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (q.hasSpeaker() && q.speakerName == null && q.speakerType == Mentions.DESCRIPTION) {
                q.speakerName = sameMentionBefore(qi);
                if (q.speakerName != null) {
                    continue;
                }
                q.speakerName = nameSetOffAfter(q.speakerEnd);
                if (q.speakerName == null) {
                    q.speakerName = nameInCloseApposition(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null) {
                    q.speakerName = rankHolder(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null) {
                    q.speakerName = apposedName(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null) {
                    q.speakerName = ownedApposedName(q, qi);
                }
                if (q.speakerName == null) {
                    q.speakerName = roleHolderBefore(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null) {
                    q.speakerName = paperIssuerBefore(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null) {
                    q.speakerName = otherOfTwo(q, qi);
                }
                if (q.speakerName == null) {
                    q.speakerName = parentOfAddressed(q, qi);
                }
                if (q.speakerName == null) {
                    q.speakerName = kinOfOwner(q, qi);
                }
                if (q.speakerName == null) {
                    q.speakerName = kinCalled(q);
                }
                if (q.speakerName == null) {
                    q.speakerName = myKinByName(q.speakerStart, q.speakerEnd);
                }
                if (q.speakerName == null && isDefinite(q.speakerStart, q.speakerEnd)) {
                    q.speakerName = addressedBefore(q, qi, descriptionGender(q.speakerStart, q.speakerEnd));
                }
                if (q.speakerName == null && (isDefinite(q.speakerStart, q.speakerEnd) || isMine(q.speakerStart, q.speakerEnd))) {
                    q.speakerName = addressedAfter(q, qi, descriptionGender(q.speakerStart, q.speakerEnd));
                }
                int g = q.speakerName == null ? descriptionGender(q.speakerStart, q.speakerEnd) : Lexicon.ANY;
                if (g != Lexicon.ANY && !newcomer(t.indexAt(q.speakerStart), t.indexAt(q.speakerEnd - 1), g)) {
                    String before = turnBeforeSpeaker(qi, g);   // "the old lady" as "she", not the one who spoke last
                    q.speakerName = personBefore(q, qi, t.indexAt(q.speakerStart), g, MAX_CHAIN,
                            before != null ? before : addressedKey(qi));
                }
            }
        }
        for (int qi : describedGoOn) {
            FoundQuote prev = d.quotes.get(qi - 1);
            String name = prev.speakerName != null ? prev.speakerName : d.text.substring(prev.speakerStart, prev.speakerEnd);
            d.quotes.get(qi).speakerName = name;
            sameTagGoesOn(qi, name);
        }
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (q.hasSpeaker() && q.speakerType != Mentions.NAME && !q.mixed && !isFirstPerson(q)) {
                String told = nameToldInQuote(q);
                if (told != null) {
                    q.speakerName = told;   // “My name is Tam Wick,” he said.: he is Tam Wick
                    sameTagGoesOn(qi, told);
                }
            }
        }
        String narrator = null;
        boolean narratorSought = false;
        for (FoundQuote q : d.quotes) {
            if (q.speakerName == null && isFirstPerson(q)) {
                if (!narratorSought) {
                    narrator = narratorName();   // only for a text where "I" speaks unnamed
                    narratorSought = true;
                }
                if (narrator != null) {
                    q.speakerName = narrator;
                }
            }
        }
    }

    /** Words at most between two quotations of a paragraph for the tag of the first to stand alone between them ({@link #describedSpeaksOn}). */
    private static final int MAX_TAG_BETWEEN = 8;

    /**
     * {@code “The gate is shut,” said the ferryman. “Come back at dawn,” he added.}: whether the he
     * or she tagging quotation {@code qi} after it stands for the speaker of the quotation right
     * before, in the same paragraph, when that one is spoken by a name or a description ({@code the
     * ferryman}), neither of the other gender, in its own tag after it, and that tag is all that
     * stands between the two ({@link #MAX_TAG_BETWEEN} words at most, naming no one else): one who
     * has just spoken and goes on in the same paragraph is the he of the next turn, not someone
     * named further back nor the one spoken to.
     */
    private boolean describedSpeaksOn(FoundQuote q, int qi) {
        if (qi == 0 || qi >= d.quotes.size() || d.quotes.get(qi) != q) {
            return false;
        }
        int p = t.indexAt(q.speakerStart);
        int g = p < t.size() ? Lexicon.pronounGender(d.cls(p)) : Lexicon.ANY;
        FoundQuote prev = d.quotes.get(qi - 1);
        if (g == Lexicon.ANY || !tagOf(qi, p) || !prev.hasSpeaker() || prev.paragraph != q.paragraph
                || prev.speakerStart < prev.end || prev.speakerEnd > q.start || prev.group >= 0 && prev.group == q.group) {
            return false;
        }
        if (prev.speakerType == Mentions.NAME) {
            int ng = prev.speakerName != null ? genderOfName(prev.speakerName) : Lexicon.ANY;
            if (prev.speakerName == null || ng != Lexicon.ANY && ng != g) {
                return false;
            }
        } else {
            int first = t.indexAt(prev.speakerStart);
            int dg = descriptionGender(prev.speakerStart, prev.speakerEnd);
            if (prev.speakerType != Mentions.DESCRIPTION || first >= t.size() || !t.equalsIgnoreCase(first, "the")
                    || dg != Lexicon.ANY && dg != g) {
                return false;
            }
        }
        int words = 0;
        for (int i = d.afterToken(qi - 1); i < d.firstToken(qi); i++) {
            if (t.isWordLike(i) && ++words > MAX_TAG_BETWEEN || d.inQuote(i)) {
                return false;
            }
        }
        int tagFirst = t.indexAt(prev.speakerStart);
        int tagLast = t.indexAt(prev.speakerEnd - 1);
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, d.firstToken(qi));
        for (c = c >= 0 ? c : -c - 2; c >= 0 && nameEnds[c] >= d.afterToken(qi - 1); c--) {
            if (nameEnds[c] < tagFirst || nameEnds[c] > tagLast) {
                return false;   // “…,” said the ferryman to Wenna Marro. “…,” she said: Wenna may answer
            }
        }
        return true;
    }

    /**
     * {@code “Mark me,” he said, “the ice is thin.”}: the name resolved for the quotation right
     * before quotation {@code qi} when both have the one speaker mention (the parts of a quotation
     * around its cue): one mention stands for one person. Else null.
     */
    private String sameMentionBefore(int qi) {
        if (qi == 0) {
            return null;
        }
        FoundQuote q = d.quotes.get(qi);
        FoundQuote prev = d.quotes.get(qi - 1);
        return prev.speakerStart == q.speakerStart && prev.speakerEnd == q.speakerEnd ? prev.speakerName : null;
    }

    /**
     * {@code The ferryman waited at the jetty. “Fog soon,” he warned. “Sit low,” he said.}: for a he or she
     * speaking quotation {@code qi}, the description that the same pronoun speaking the quotation
     * right before stood for (one no name stands for), when they are a few lines apart and no one
     * who may be of their gender is named or described in the narration between them: the one in
     * view goes on. Else null.
     */
    private String describedPronounBefore(int qi) {
        if (qi == 0) {
            return null;
        }
        FoundQuote q = d.quotes.get(qi);
        FoundQuote prev = d.quotes.get(qi - 1);
        if (prev.speakerType != Mentions.PRONOUN || prev.speakerName == null || !descriptions.contains(prev.speakerName)) {
            return null;
        }
        int p = t.indexAt(q.speakerStart);
        int before = t.indexAt(prev.speakerStart);
        int g = p < t.size() ? Lexicon.pronounGender(d.cls(p)) : Lexicon.ANY;
        if (g == Lexicon.ANY || before >= p || p - before > NEARBY || Lexicon.pronounGender(d.cls(before)) != g) {
            return null;
        }
        int other = g == Lexicon.MALE ? Lexicon.FEMALE : Lexicon.MALE;
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, before);
        for (c = c >= 0 ? c + 1 : -c - 1; c < nameCount && nameEnds[c] < p; c++) {
            if (persons.contains(nameKeys[c]) && mentionGender(c) != other) {
                return null;   // “Fog soon,” he warned. Tom nodded. “Sit low,” he said.: Tom may say it
            }
        }
        for (int i = before + 1; i < p; i++) {
            if (t.kind(i) != TokenBuffer.WORD || d.inQuote(i) || !Character.isLowerCase(t.first(i))) {
                continue;
            }
            String word = d.lowerWord(i);
            Integer ng = PERSON_NOUNS.get(word);
            if (ng != null ? ng == g : speakerNouns().contains(word)) {
                return null;   // “Fog soon,” he warned. A boy ran up. “Sit low,” he said.: the boy may say it
            }
        }
        return prev.speakerName;
    }

    /**
     * {@code the doctor} → {@code Henry Lane}: a description "the … noun" whose noun is a title
     * the text writes before one name clearly more often than before any other ("Dr. Lane");
     * else null.
     */
    private String rankHolder(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (last >= t.size() || first >= last || !t.equalsIgnoreCase(first, "the")) {
            return null;
        }
        String key = rankHolder.get(d.lowerWord(last));
        return key != null ? fullest.get(key) : null;
    }

    /**
     * For each title's noun, or word opening names as a title would, the name it is written before
     * at least twice as often as before any other.
     */
    private void findRankHolders() {
        // "Parson Hale", "Farmer Webb": a word opening a name as a title would, though none
        // of the lexicon's, makes "the parson" that person's as well, whether or not anything tells
        // their gender; but a noun of a person opening a name of no known gender ("Boy Scout") is
        // no title.
        for (Map.Entry<String, NameForms> e : forms.entrySet()) {
            NameForms fs = e.getValue();
            for (int j = 0; j < fs.size(); j++) {
                String word = twoWords(fs.form(j)) > 0 ? lowerParts(fs.form(j))[GIVEN] : null;
                if (word != null && (genderOf(e.getKey()) != Lexicon.ANY || !PERSON_NOUNS.containsKey(word)) && !fullest.containsKey(word)
                        && !givenGender.containsKey(word) && !RANK_NOUN_WORDS.contains(word)) {
                    rankHolders.computeIfAbsent(word, k -> new HashMap<>()).merge(e.getKey(), fs.count(j), Integer::sum);
                    prefixNouns.add(word);
                }
            }
        }
        for (Map.Entry<String, Map<String, Integer>> h : rankHolders.entrySet()) {
            String best = null;
            int bestCount = 0;
            int second = 0;
            for (Map.Entry<String, Integer> e : h.getValue().entrySet()) {
                if (e.getValue() > bestCount) {
                    second = bestCount;
                    best = e.getKey();
                    bestCount = e.getValue();
                } else if (e.getValue() > second) {
                    second = e.getValue();
                }
            }
            if (bestCount >= 2 * second) {
                rankHolder.put(h.getKey(), best);
            }
        }
        for (Map.Entry<String, String[]> r : ROLE_NOUNS.entrySet()) {
            String held = null;
            String title = null;
            for (String f : r.getValue()) {
                String key = rankHolder.get(f);
                if (key != null && held != null && !key.equals(held)) {
                    held = null;   // two holders of its titles: not told
                    break;
                }
                if (key != null && held == null) {
                    held = key;
                    title = f;
                }
            }
            if (held != null && !rankHolder.containsKey(r.getKey())) {
                rankHolder.put(r.getKey(), held);
                roleTitles.put(r.getKey(), title);
            }
        }
        rankNounFilter = new WordFilter(rankHolder.keySet());
    }

    /**
     * {@code “…,” the guild's treasurer, Ann Lee, said}, {@code Its treasurer, Ann Lee, wrote:}: the
     * fullest name of the person named right after a description that ends at offset {@code end},
     * set off by a comma and closed by a comma, a full stop or the end of the text; else null. Not
     * an item of a list ({@code the treasurer, Ann Lee, and the clerk}), nor a place; a name of one
     * word the text does not show to be a person's only after a noun of a person ({@code his wife,
     * Tamsin,}).
     */
    private String nameSetOffAfter(int end) {
        int comma = pastOwnerPhrase(t.indexAt(end - 1) + 1);
        if (comma < 0 || comma + 1 >= t.size() || !t.is(comma, ',')) {
            return null;
        }
        int c = nameStartingAt(comma + 1);
        if (c < 0) {
            return null;
        }
        int after = nameEnds[c] + 1;
        boolean closed = after >= t.size() || t.is(after, '.')
                || t.is(after, ',') && !listGoesOn(after + 1) && !listedNameAt(after + 1);
        int head = t.indexAt(end - 1);
        boolean personHead = Character.isLowerCase(t.first(head)) && PERSON_NOUNS.containsKey(d.lowerWord(head));
        if (!closed || places.contains(nameKeys[c])
                || !persons.contains(nameKeys[c]) && nameEnds[c] == nameFirsts[c] && !personHead) {
            return null;
        }
        return fullName(t.start(nameFirsts[c]), t.end(nameEnds[c]), nameEnds[c], nameKeys[c]);
    }

    /**
     * {@code said my cousin Tibbald}, {@code said her brother Tibbald Quarrie.}: the fullest name of
     * the person a description of at most {@link #DESCRIPTION_REACH} words before its noun names in
     * close apposition, no comma between: the name that ends the description (offsets {@code
     * [start, end)}), or the one right after it that a comma, a full stop or the end of the text
     * closes; else null. The noun right before the name is one for a person ({@code speaker-nouns.txt},
     * {@link #PERSON_NOUNS}, {@link #CLOSE_APPOSITION_NOUNS}: not {@code a former Ohio Republican}); not a place.
     */
    private String nameInCloseApposition(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        int c = -1;
        if (last > first && d.mentions.isNameWord(last)) {
            int k = last;
            while (k - 1 > first && d.mentions.isNameWord(k - 1)) {
                k--;
            }
            c = k - 1 > first ? nameStartingAt(k) : -1;
            if (c >= 0 && nameEnds[c] != last) {
                c = -1;
            }
        } else if (last + 1 < t.size() && isLowerWord(last) && last - first <= DESCRIPTION_REACH) {
            c = nameStartingAt(last + 1);
            int after = c < 0 ? -1 : nameEnds[c] + 1;
            // "My sister Wrenna smirked.": as the subject opening its sentence, a verb may follow the name
            boolean verbAfter = c >= 0 && after < t.size() && atSentenceStart(first) && isLowerWord(after) && !d.mentions.isFunctionWord(after);
            if (c >= 0 && after < t.size() && !t.is(after, '.') && !t.is(after, ',') && !t.isBreak(after) && !verbAfter) {
                c = -1;
            }
        }
        int noun = c < 0 ? -1 : titlesStart(nameFirsts[c]) - 1;
        if (c < 0 || places.contains(nameKeys[c]) || !isLowerWord(noun) || !(d.mentions.isSpeakerNoun(noun)
                || PERSON_NOUNS.containsKey(d.lowerWord(noun)) || Sieves.oneOf(d, noun, CLOSE_APPOSITION_NOUNS))) {
            return null;
        }
        return fullName(t.start(nameFirsts[c]), t.end(nameEnds[c]), nameEnds[c], nameKeys[c]);
    }

    /** Nouns of kin and company, beside the speaker and person nouns, that a name may follow in close apposition. */
    private static final String[] CLOSE_APPOSITION_NOUNS = {"cousin", "nephew", "niece", "neighbour", "neighbor",
        "colleague", "partner", "companion", "comrade", "servant"};

    /** Tokens at most of a phrase of whom or what a description speaks for ({@link #pastOwnerPhrase}). */
    private static final int OWNER_PHRASE_TOKENS = 8;
    /** Prepositions opening such a phrase: {@code a spokeswoman for the board}, {@code the head of its union}. */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("for", "of", "at", "with", "from", "in", "on", "to");

    /**
     * {@code a spokeswoman for the Dunmere board, Ann Lee,}: the token after a phrase opened by a
     * preposition at token {@code k} ({@link #OWNER_PREPOSITIONS}), of at most {@link
     * #OWNER_PHRASE_TOKENS} words and possessive marks, closed by a comma; {@code k} itself when no
     * preposition opens there; -1 when the phrase holds anything else (a relative word, a quotation,
     * a number) or runs on.
     */
    private int pastOwnerPhrase(int k) {
        if (k >= t.size() || t.kind(k) != TokenBuffer.WORD || !OWNER_PREPOSITIONS.contains(d.lowerWord(k))) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + OWNER_PHRASE_TOKENS; j++) {
            if (t.is(j, ',')) {
                return j > k + 1 ? j : -1;
            }
            if (t.kind(j) != TokenBuffer.WORD && !d.mentions.isPossessiveMark(j) || d.inQuote(j)
                    || Sieves.oneOf(d, j, OWNER_PHRASE_BREAKS)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Words that make a phrase no plain owner phrase ({@link #pastOwnerPhrase}): a relative word opening
     * a clause ({@code a clerk at the desk who saw it}) or a conjunction joining a list.
     */
    private static final String[] OWNER_PHRASE_BREAKS = {"who", "whom", "whose", "which", "that", "and", "or"};

    /** The name mention that opens at token {@code k}, its titles included ({@code Dr. Ann Lee}); -1 when none does. */
    private int nameStartingAt(int k) {
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, k);
        for (c = c >= 0 ? c : -c - 1; c < nameCount && titlesStart(nameFirsts[c]) <= k; c++) {
            if (titlesStart(nameFirsts[c]) == k) {
                return c;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is {@code and} or {@code or}, going on with a list: {@code Ann Lee, and the clerk}. */
    private boolean listGoesOn(int k) {
        return k < t.size() && (t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "or"));
    }

    /**
     * {@code the wardens, Ann Lee, Bo Tam and Cy Orr}: whether a name opens at token {@code k} (after its
     * titles) and a comma, {@code and} or {@code or} follows it: the name before it is an item of a list,
     * not the one person a description stands for.
     */
    private boolean listedNameAt(int k) {
        int c = nameStartingAt(k);
        int after = c < 0 ? -1 : nameEnds[c] + 1;
        return after > 0 && after < t.size() && (t.is(after, ',') || listGoesOn(after));
    }

    /**
     * {@code the artist} → {@code Ann Lee}: a description "the … noun" whose noun the text sets
     * beside one name, and no other, as its apposition ({@link #findApposedDescriptions}); else null.
     */
    private String apposedName(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (apposed.isEmpty() || last >= t.size() || first >= last || !t.equalsIgnoreCase(first, "the")) {
            return null;
        }
        Integer k = apposed.get(d.lowerWord(last));
        if (k == null) {
            return null;
        }
        // The name as written beside the description when it is a full one ("Ann Lee", where
        // "Tom Lee" may be the name written most), else the fullest of the person's gender.
        return nameFirsts[k] < nameEnds[k] && nameEnds[k] - nameFirsts[k] < MAX_NAME_WORDS ? d.string(t.start(nameFirsts[k]), t.end(nameEnds[k]))
                : fullestOfGender(nameKeys[k], mentionGender(k));
    }

    /**
     * Ties the noun of a definite description to the name it stands beside, set off by commas:
     * "Ann Lee, the artist," and "The artist, Ann Lee, …" or "the artist herself, Ann Lee" say
     * that the artist is Ann Lee. A noun set beside two names ties neither. The description
     * must open its sentence when it comes first: "Out of the room, Ann left" is no apposition.
     */
    private void findApposedDescriptions() {
        Set<String> ambiguous = new HashSet<>();
        for (int k = 0; k < nameCount; k++) {
            if (places.contains(nameKeys[k])) {
                continue;
            }
            apposeAt(nounBefore(nameFirsts[k], nameEnds[k]), k, ambiguous);
            apposeAt(nounAfter(nameEnds[k]), k, ambiguous);
            if (roleRightBefore(nameFirsts[k]) >= 0) {
                roleApposed.add(k);
            }
            int owned = ownedNounBefore(nameFirsts[k], nameEnds[k]);
            if (owned >= 0) {
                ownedApposed.add(k);
            }
        }
        apposed.keySet().removeAll(ambiguous);
    }

    /** Name mentions, in text order, right after the noun of a role ({@link #roleRightBefore}). */
    private final List<Integer> roleApposed = new ArrayList<>();

    /**
     * {@code spokesman Orrin Tallis said … “…,” the spokesman said.}: for a description of two
     * words, {@code the} and a noun, the name written right after that noun in lower case last
     * before it ({@link #roleRightBefore}), within {@link #PRONOUN_WINDOW} tokens; else null.
     */
    private String roleHolderBefore(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (roleApposed.isEmpty() || last != first + 1 || last >= t.size() || !t.equalsIgnoreCase(first, "the") || !isLowerWord(last)) {
            return null;
        }
        for (int j = roleApposed.size() - 1; j >= 0; j--) {
            int c = roleApposed.get(j);
            int noun = nameFirsts[c] - 1;
            if (noun >= first) {
                continue;
            }
            if (nameEnds[c] < first - PRONOUN_WINDOW) {
                return null;
            }
            if (d.lowerWord(noun).equals(d.lowerWord(last))) {
                return nameFirsts[c] < nameEnds[c] && nameEnds[c] - nameFirsts[c] < MAX_NAME_WORDS
                        ? d.string(t.start(nameFirsts[c]), t.end(nameEnds[c])) : fullestOfGender(nameKeys[c], mentionGender(c));
            }
        }
        return null;
    }

    /** Tokens at most looked back from {@code the statement} to the {@code a statement} it stands for ({@link #paperIssuerBefore}). */
    private static final int PAPER_WINDOW = 80;

    /**
     * {@code Ilse Brackett posted a statement saying … “…,” the statement read.}: the name that
     * opens the sentence where the paper of a speaker {@code the} + paper ({@link Sieves#AUTHORED_PAPERS},
     * tokens {@code [start, end)}) was last put out as {@code a} or {@code an} paper of the same
     * word, within {@link #PAPER_WINDOW} tokens before it, as that sentence's subject; else null.
     */
    private String paperIssuerBefore(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (last != first + 1 || last >= t.size() || !t.equalsIgnoreCase(first, "the") || !Sieves.oneOf(d, last, Sieves.AUTHORED_PAPERS)) {
            return null;
        }
        for (int k = first - 1; k > 0 && k >= first - PAPER_WINDOW; k--) {
            if (!d.inQuote(k) && t.equalsIgnoreCase(k, last) && (t.equalsIgnoreCase(k - 1, "a") || t.equalsIgnoreCase(k - 1, "an"))) {
                Mentions.Mention m = new Mentions.Mention();
                if (Sieves.sentenceSubject(d, Sieves.sentenceStart(d, k) + 1, k - 1, m) && m.type == Mentions.NAME) {
                    return fullName(t.start(m.first), t.end(m.last));
                }
                return null;
            }
        }
        return null;
    }

    /**
     * {@code spokesman Orrin Tallis said}, {@code union leader Angus Haskett}: the noun of a role in
     * lower case ({@code speaker-nouns.txt}) right before the name opening at token {@code nameFirst}
     * (no title between), in narration, singular, in reportage; else -1. Not a noun of
     * person-nouns.txt ({@code the man}, {@code the girl}), which a story uses for many, nor of
     * organisation-nouns.txt ({@code the company}), which a news story uses for several.
     */
    private int roleRightBefore(int nameFirst) {
        int noun = titlesStart(nameFirst) - 1;
        if (!d.reportage || noun < 0 || noun != nameFirst - 1 || !isLowerWord(noun) || d.inQuote(noun) || !d.mentions.isSpeakerNoun(noun)
                || t.endsWith(noun, "s") || PERSON_NOUNS.containsKey(d.lowerWord(noun)) || ORGANISATION_NOUNS.contains(d.lowerWord(noun))) {
            return -1;
        }
        return noun;
    }

    /** Name mentions, in text order, set off after a description owned by someone ({@link #ownedNounBefore}). */
    private final List<Integer> ownedApposed = new ArrayList<>();

    /** Words at most between the owner and the noun of an owned description ({@code his elder daughter}). */
    private static final int OWNED_MODIFIERS = 2;

    /**
     * {@code His wife, Tamsin,}, {@code Vexley's lawyer, Teodor Halvorsen,}: the noun of a
     * description owned by {@code his}, {@code her}, {@code their}, {@code its} or a possessive
     * ({@link #ownerOf}), with at most {@link #OWNED_MODIFIERS} lower-case words between, right
     * before the comma that opens the name in tokens {@code [nameFirst, nameLast]}, which a comma
     * or a full stop then closes and which is no item of a list; else -1.
     */
    private int ownedNounBefore(int nameFirst, int nameLast) {
        int s = titlesStart(nameFirst);
        int after = nameLast + 1;
        if (s < 3 || !t.is(s - 1, ',') || after >= t.size() || d.inQuote(nameLast)
                || !(t.is(after, '.') || t.is(after, ',') && !listGoesOn(after + 1) && !listedNameAt(after + 1))) {
            return -1;
        }
        int noun = s - 2;
        if (!isLowerWord(noun) || NOT_APPOSED.contains(d.lowerWord(noun))) {
            return -1;
        }
        for (int j = noun - 1; j >= 0 && j >= noun - 1 - OWNED_MODIFIERS; j--) {
            if (ownerOf(j) != null) {
                return noun;
            }
            if (!isLowerWord(j) || d.mentions.isFunctionWord(j) || d.mentions.isDeterminer(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The owner the word at token {@code j} stands for, in lower case: {@code his}, {@code her},
     * {@code their}, {@code its}, or the key of a possessive name ({@code vexley} of {@code
     * Vexley's}); else null.
     */
    private String ownerOf(int j) {
        if (t.kind(j) == TokenBuffer.WORD && (t.equalsIgnoreCase(j, "his") || t.equalsIgnoreCase(j, "her")
                || t.equalsIgnoreCase(j, "their") || t.equalsIgnoreCase(j, "its"))) {
            return d.lowerWord(j);
        }
        if (j > 0 && d.mentions.isPossessiveMark(j) && d.mentions.isNameWord(j - 1)) {
            return key(j - 1);
        }
        if (t.kind(j) == TokenBuffer.WORD && d.mentions.isNameWord(j)) {
            String key = key(j);
            return key.length() < t.length(j) ? key : null;
        }
        return null;
    }

    /**
     * {@code His wife, Tamsin, came in. … His wife said, “…”}: for a description of an owner and a
     * noun ({@code his wife}, {@code Vexley's lawyer}, at most {@link #OWNED_MODIFIERS} words
     * between them) in tokens {@code [first, last]}, the full name set off after the same owner
     * word and noun last before it, within {@link #PRONOUN_WINDOW} tokens ({@link #ownedNounBefore}):
     * the description stands for the one the text named so, as a pronoun would. So does {@code the
     * lawyer} for the name set off after {@code Vexley's lawyer} or {@code their lawyer} last before
     * it; not {@code the wife} for {@code his wife, Tamsin,}. Else null.
     */
    private String ownedApposedName(FoundQuote q, int qi) {
        return ownedApposedName(q, qi, t.indexAt(q.speakerStart), t.indexAt(q.speakerEnd - 1), Lexicon.ANY);
    }

    /**
     * {@link #ownedApposedName} for the description in tokens {@code [first, last]}, said of
     * quotation {@code q} (number {@code qi}), when the name is not known to be of the gender other
     * than {@code g} (ANY for none).
     */
    private String ownedApposedName(FoundQuote q, int qi, int first, int last, int g0) {
        String owner = first < last && last < t.size() ? ownerOf(first) : null;
        boolean definite = owner == null && first < last && last < t.size() && t.equalsIgnoreCase(first, "the");
        if (owner == null && !definite || ownedApposed.isEmpty() || !isLowerWord(last) || last - first - 1 > OWNED_MODIFIERS) {
            return null;
        }
        for (int j = ownedApposed.size() - 1; j >= 0; j--) {
            int c = ownedApposed.get(j);
            int s = titlesStart(nameFirsts[c]);
            if (s >= first) {
                continue;
            }
            if (nameEnds[c] < first - PRONOUN_WINDOW) {
                return null;
            }
            int noun = s - 2;
            if (!d.lowerWord(noun).equals(d.lowerWord(last))) {
                continue;
            }
            String had = null;
            for (int o = noun - 1; had == null && o >= 0 && o >= noun - 1 - OWNED_MODIFIERS; o--) {
                had = ownerOf(o);
            }
            if (definite ? had == null || had.equals("his") || had.equals("her") : !owner.equals(had)) {
                continue;   // "the lawyer" of "Vexley's lawyer, Teodor Halvorsen,", not "the wife" of "his wife, Tamsin,"
            }
            Integer kg = PERSON_NOUNS.get(d.lowerWord(last));
            int g = mentionGender(c);
            if (kg != null && g != Lexicon.ANY && g != kg || g0 != Lexicon.ANY && g != Lexicon.ANY && g != g0
                    || !definite && ownsHerself(q, qi, first, owner, c)) {
                return null;
            }
            // as written when a full name ("Wilda Hoskins", where "Tibbald Hoskins" may be the fullest), as apposedName does
            return nameFirsts[c] < nameEnds[c] && nameEnds[c] - nameFirsts[c] < MAX_NAME_WORDS ? d.string(t.start(nameFirsts[c]), t.end(nameEnds[c]))
                    : fullestOfGender(nameKeys[c], mentionGender(c));
        }
        return null;
    }

    /**
     * {@code Mrs. Mingle came in with her daughter, Mrs. Lark. … “…,” her daughter said.}: whether the
     * owner of a description at token {@code first} ({@code owner}, its owner word), the person a
     * he or she there stands for ({@link #personBefore}), or the possessive name itself, is the one
     * named in name mention {@code c}: the description is then someone else's kin, not the one named so.
     * A full name of another given name and the same surname is someone else ({@code Wilda Hoskins},
     * daughter of {@code Tibbald Hoskins}).
     */
    private boolean ownsHerself(FoundQuote q, int qi, int first, String owner, int c) {
        int og = owner.equals("his") ? Lexicon.MALE : owner.equals("her") ? Lexicon.FEMALE : Lexicon.ANY;
        String ownerKey = owner;
        if (owner.equals("his") || owner.equals("her")) {
            String name = personBefore(q, qi, first, og);
            if (name == null) {
                return false;
            }
            ownerKey = keyOfName(name);
        }
        return ownerKey.equals(nameKeys[c]) && nameFirsts[c] == nameEnds[c];
    }

    /**
     * Ties the noun at token {@code noun} (none when -1) to name {@code k}, or adds it to {@code
     * ambiguous} when it is already tied to another name.
     */
    private void apposeAt(int noun, int k, Set<String> ambiguous) {
        if (noun < 0) {
            return;
        }
        String word = d.lowerWord(noun);
        if (NOT_APPOSED.contains(word)) {
            return;
        }
        Integer had = apposed.putIfAbsent(word, k);
        if (had != null && !nameKeys[had].equals(nameKeys[k])) {
            ambiguous.add(word);
        }
    }

    /**
     * The noun of "the [word] noun himself ," or of "The [word] noun ," opening a sentence, right
     * before the name in tokens {@code [nameFirst, nameLast]}, which a comma or a full stop then
     * closes; else -1.
     */
    private int nounBefore(int nameFirst, int nameLast) {
        int i = nameFirst - 1;
        if (i < 2 || !t.is(i, ',')) {
            return -1;
        }
        i--;
        boolean reflexive = t.equalsIgnoreCase(i, "himself") || t.equalsIgnoreCase(i, "herself");
        if (reflexive) {
            i--;
        } else if (nameLast + 1 >= t.size() || !t.is(nameLast + 1, ',') && !t.is(nameLast + 1, '.')) {
            return -1;
        }
        int noun = i;
        if (!isLowerWord(noun)) {
            return -1;
        }
        for (int j = noun - 1; j >= 0 && j >= noun - 2; j--) {
            if (t.equalsIgnoreCase(j, "the")) {
                return reflexive || j == 0 || d.endsSentence(j - 1) || t.kind(j - 1) == TokenBuffer.PARAGRAPH_BREAK
                        || t.kind(j - 1) == TokenBuffer.LINE_BREAK && j >= 2 && d.endsSentence(j - 2) ? noun : -1;
            }
            if (!isLowerWord(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun of ", the [word] noun" closed by a comma, semicolon or full stop, right after token {@code nameEnd}; else -1. */
    private int nounAfter(int nameEnd) {
        int n = t.size();
        if (nameEnd + 3 >= n || !t.is(nameEnd + 1, ',') || !t.equalsIgnoreCase(nameEnd + 2, "the")
                || NOT_APPOSED.contains(d.lowerWord(nameEnd + 3)) || t.equalsIgnoreCase(nameEnd + 3, "next")) {
            return -1;
        }
        for (int j = nameEnd + 3; j < n && j <= nameEnd + 4; j++) {
            if (!isLowerWord(j)) {
                return -1;
            }
            if (j + 1 < n && (t.is(j + 1, ',') || t.is(j + 1, '.') || t.is(j + 1, ';'))) {
                return j;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is a word in lower case. */
    private boolean isLowerWord(int i) {
        return t.kind(i) == TokenBuffer.WORD && Character.isLowerCase(t.first(i));
    }

    /**
     * The gender of a definite description "the … noun" whose noun, in lower case, is a person's
     * of one gender ("the old lady"; not "the Iron Duke", a name); else ANY.
     */
    private int descriptionGender(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (last >= t.size() || first >= last || !t.equalsIgnoreCase(first, "the") || !Character.isLowerCase(t.first(last))) {
            return Lexicon.ANY;
        }
        Integer g = PERSON_NOUNS.get(d.lowerWord(last));
        return g != null ? g : Lexicon.ANY;
    }

    /**
     * {@code Tom Tansley sat by the fire. A man came up the path. “Evening,” said the man.}: whether
     * the noun of the description in tokens {@code [first, last]}, of gender {@code g}, is written
     * in narration after a or an ({@code a man}, {@code a tall, thin man}) since the last name of
     * someone who may be of that gender, and at most {@link #NEARBY} tokens after it: someone
     * else comes into the scene of the one named, and the description is the newcomer's, whom no
     * name stands for yet, unless a quotation since calls someone by name. (Long after the name,
     * the newcomer may be that person come back.)
     */
    private boolean newcomer(int first, int last, int g) {
        if (last >= t.size()) {
            return false;
        }
        int other = g == Lexicon.MALE ? Lexicon.FEMALE : Lexicon.MALE;
        int named = -1;
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, first);
        for (c = c >= 0 ? c - 1 : -c - 2; c >= 0 && nameEnds[c] > first - DESCRIBED_REACH; c--) {
            if (persons.contains(nameKeys[c]) && mentionGender(c) != other) {
                named = nameEnds[c];
                break;
            }
        }
        if (named < 0) {
            return false;   // no one named near: the description may still stand for someone named long before
        }
        String noun = d.lowerWord(last);
        for (int i = first - 1; i > named; i--) {
            int k = indefiniteArticleOf(i, noun, named);
            if (k >= 0) {
                return k - named <= NEARBY && !calledByName(i + 1, first, other);
            }
        }
        return newcomerMetByOneInScene(c, first, noun, other);
    }

    /**
     * {@code The bell bore the names Godfrey, Percival and Wilfred. “Who rows?” asked the man.}: whether
     * every name mention of {@code key} in narration is one of a run of three names or more, joined
     * by commas, {@code and} or {@code or} with one comma at least, whose last name is not the
     * subject of a verb right after it, and none is in a quotation: someone written on a stone or in a roll, who does nothing in the story, so no
     * description or pronoun that speaks stands for them.
     */
    private boolean onlyListed(String key) {
        if (listedOnly == null) {
            listedOnly = listedOnlyKeys();
        }
        return listedOnly.contains(key);
    }

    /** The keys of {@link #onlyListed}, found once: one pass over the name mentions in narration, one over all. */
    private Set<String> listedOnlyKeys() {
        Set<String> listed = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        int runStart = 0;
        boolean comma = false;
        for (int c = 0; c <= nameCount; c++) {
            boolean joined = c > 0 && c < nameCount && joinsNames(nameEnds[c - 1], nameFirsts[c]);
            if (joined) {
                comma |= t.is(nameEnds[c - 1] + 1, ',');
                continue;
            }
            boolean list = c - runStart >= 3 && comma && !isNarratedSubject(nameEnds[c - 1]);   // "… and Wilfred rowed": in the scene
            for (int m = runStart; m < c; m++) {
                (list ? listed : elsewhere).add(nameKeys[m]);
            }
            runStart = c;
            comma = false;
        }
        for (int m = 0; m < mentionCount; m++) {
            int last = mentionTokens[2 * m + 1];
            if (d.inQuote(last < 0 ? -1 - last : last)) {
                elsewhere.add(mentionKey(m));
            }
        }
        listed.removeAll(elsewhere);
        return listed;
    }

    /** Whether only a comma, and, or, or a comma and one of them stand between tokens {@code end} and {@code next}. */
    private boolean joinsNames(int end, int next) {
        int between = next - end - 1;
        if (between < 1 || between > 2) {
            return false;
        }
        int k = end + 1;
        if (between == 2) {
            if (!t.is(k, ',')) {
                return false;
            }
            k++;
        }
        return between == 1 && t.is(k, ',') || t.equalsIgnoreCase(k, "and") || t.equalsIgnoreCase(k, "or");
    }

    /**
     * The a or an opening a phrase of narration whose noun is {@code noun} at token {@code i}, up to
     * a few words and commas back and after token {@code floor} ({@code a tall, thin man}); -1 when
     * none does, or when it makes a likeness ({@code like a man}: no one there).
     */
    private int indefiniteArticleOf(int i, String noun, int floor) {
        if (t.kind(i) != TokenBuffer.WORD || t.length(i) != noun.length() || d.inQuote(i) || !t.equalsIgnoreCase(i, noun)) {
            return -1;
        }
        for (int k = i - 1, words = 0; k > floor && words < DESCRIPTION_REACH; k--) {
            if (t.is(k, ',')) {
                continue;
            }
            if (t.kind(k) != TokenBuffer.WORD) {
                break;
            }
            words++;
            if (t.equalsIgnoreCase(k, "a") || t.equalsIgnoreCase(k, "an")) {
                boolean likeness = t.equalsIgnoreCase(k - 1, "like") || t.equalsIgnoreCase(k - 1, "as")
                        || t.equalsIgnoreCase(k - 1, "than");   // k > floor >= 0
                return likeness ? -1 : k;
            }
            if (d.mentions.isDeterminer(k) || d.mentions.isPossessive(k)) {
                break;
            }
        }
        return -1;
    }

    /**
     * {@code Tom Tansley dug on. A man came up the path, and Tansley saw him. “Evening,” said the man.}:
     * whether the noun of the description at token {@code first} is written after a or an within
     * {@link #NEARBY} tokens before it, with name mention {@code c} (the last before it of someone
     * who may be of its gender) between them, when that person is named before the newcomer comes
     * too and no one else who may be of that gender is named between, and no preposition governs
     * the newcomer's phrase: the one in the scene all along meets the newcomer, who is not them.
     */
    private boolean newcomerMetByOneInScene(int c, int first, String noun, int other) {
        String key = nameKeys[c];
        int lo = Math.max(0, first - NEARBY);
        int b = c - 1;
        while (b >= 0 && nameEnds[b] > lo && (nameKeys[b].equals(key) || !persons.contains(nameKeys[b]) || mentionGender(b) == other)) {
            b--;
        }
        int floor = b >= 0 ? Math.max(nameEnds[b], lo) : lo;   // someone else named before: the newcomer may be them
        for (int i = titlesStart(nameFirsts[c]) - 1; i > floor; i--) {
            int k = indefiniteArticleOf(i, noun, floor);
            if (k >= 0) {
                // "sent for by a neighbour": one spoken of, not one arriving
                boolean governed = k > 0 && t.kind(k - 1) == TokenBuffer.WORD && Sieves.oneOf(d, k - 1, WEAK_PREPOSITIONS);
                return !governed && namedBefore(key, c, k) && !calledByName(i + 1, first, other);
            }
        }
        return false;
    }

    /** Whether the name of {@code key} is written in narration before token {@code k}, within {@link #DESCRIBED_REACH} tokens, by a mention before mention {@code c}. */
    private boolean namedBefore(String key, int c, int k) {
        for (int e = c - 1; e >= 0 && nameEnds[e] > k - DESCRIBED_REACH; e--) {
            if (nameEnds[e] < k && nameKeys[e].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quotation in tokens {@code [from, to)} names someone known as a person and not known
     * to be of gender {@code other} ({@code “Mr. Lane, I believe?”}): the newcomer may be named there.
     */
    private boolean calledByName(int from, int to, int other) {
        for (int i = from; i < to; i++) {
            if (d.inQuote(i) && d.mentions.isNameWord(i) && persons.contains(key(i)) && genderOf(key(i)) != other) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower} is a noun for a person of one gender ({@code woman}), in lower case. */
    static boolean isPersonNoun(String lower) {
        return PERSON_NOUNS.containsKey(lower);
    }

    private static Map<String, Integer> personNouns() {
        Map<String, Integer> nouns = new HashMap<>();
        for (String line : Lexicons.lines("person-nouns.txt")) {
            String[] f = Lexicons.fields(line);
            nouns.put(f[0], f[1].equals("f") ? Lexicon.FEMALE : Lexicon.MALE);
        }
        return Map.copyOf(nouns);
    }

    private static Map<String, String[]> roleNouns() {
        Map<String, String[]> nouns = new HashMap<>();
        for (String line : Lexicons.lines("role-nouns.txt")) {
            String[] f = Lexicons.fields(line);
            nouns.put(f[0], Arrays.copyOfRange(f, 1, f.length));
        }
        return Map.copyOf(nouns);
    }

    private static Map<String, String> rankNouns() {
        Map<String, String> nouns = new HashMap<>();
        for (String line : Lexicons.lines("rank-titles.txt")) {
            String[] f = Lexicons.fields(line);
            for (String form : f) {
                nouns.put(form, f[0]);
            }
        }
        return Map.copyOf(nouns);
    }

    /** Whether the speaker of {@code q} is {@code I} (or {@code my}, in {@code was my reply}): the narrator. */
    private boolean isFirstPerson(FoundQuote q) {
        if (!q.hasSpeaker() || q.speakerType != Mentions.PRONOUN) {
            return false;
        }
        int length = q.speakerEnd - q.speakerStart;
        return length == 1 && (d.text.charAt(q.speakerStart) == 'I' || d.text.charAt(q.speakerStart) == 'i')
                || length == 2 && d.text.regionMatches(true, q.speakerStart, "my", 0, 2);
    }

    /** Whether the cue of {@code q} is followed at once by {@code me}: {@code “…,” she told me.} */
    private boolean toldMe(FoundQuote q) {
        if (q.cueEnd < 0) {
            return false;
        }
        int c = t.indexAt(q.cueEnd - 1) + 1;
        return c < t.size() && t.equalsIgnoreCase(c, "me");
    }

    /**
     * The name of a first-person narrator: the one they give themself ({@link #selfNamedNarrator}),
     * else the one the other people address by name (a vocative) in the turns just before and after
     * those the narrator speaks, or in a quotation told to {@code me} ({@link #toldMe}), which alone
     * counts as {@link #MIN_NARRATOR_VOCATIVES} of them, when that is clearly one name; else null.
     */
    private String narratorName() {
        String self = selfNamedNarrator();
        if (self != null) {
            return self;
        }
        Map<String, Integer> counts = null;
        Map<String, Integer> titledCounts = null;
        int lastTitled = -1;
        Mentions.Mention m = new Mentions.Mention();
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            if (!isFirstPerson(d.quotes.get(qi))) {
                continue;
            }
            for (int k = qi - 1; k <= qi + 1; k += 2) {
                boolean adjacent = k < qi ? Sieves.previousTurn(d, qi) != null
                        : k < d.quotes.size() && Sieves.previousTurn(d, k) != null;
                if (!adjacent || isFirstPerson(d.quotes.get(k)) || !Sieves.vocativeIn(d, k, m) || !isKnownName(m.last)) {
                    continue;
                }
                if (counts == null) {
                    counts = new HashMap<>();
                    titledCounts = new HashMap<>();
                }
                counts.merge(key(m.last), 1, Integer::sum);
                if (m.first < m.last && d.mentions.isTitle(m.first) && k != lastTitled) {
                    titledCounts.merge(key(m.last), 1, Integer::sum);   // "Mr. Lane": the narrator's surname
                    lastTitled = k;   // a turn between two of the narrator's counts once
                }
            }
        }
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (!isFirstPerson(q) && answeredByMe(qi) && (Sieves.vocativeIn(d, qi, m) || calledOut(qi, m)) && isKnownName(m.last)) {
                if (counts == null) {
                    counts = new HashMap<>();
                    titledCounts = new HashMap<>();
                }
                counts.merge(key(m.last), 1, Integer::sum);   // “Barnaby! Get down here!” / I ran down the stairs.
            }
        }
        for (int qi = 0; qi < d.quotes.size(); qi++) {
            FoundQuote q = d.quotes.get(qi);
            if (isFirstPerson(q) || !toldMe(q) || !Sieves.vocativeIn(d, qi, m) || !isKnownName(m.last)) {
                continue;
            }
            if (counts == null) {
                counts = new HashMap<>();
                titledCounts = new HashMap<>();
            }
            // “…, Mr. Lane,” she told me.: the one told is the narrator, whom the vocative names
            counts.merge(key(m.last), MIN_NARRATOR_VOCATIVES, Integer::sum);
            if (m.first < m.last && d.mentions.isTitle(m.first)) {
                titledCounts.merge(key(m.last), 1, Integer::sum);
            }
        }
        if (counts == null) {
            return null;
        }
        // The narrator is "I" in the narration, so their name is hardly ever written there.
        Map<String, Integer> inNarration = new HashMap<>();
        for (int c = 0; c < nameCount; c++) {
            if (counts.containsKey(nameKeys[c])) {
                inNarration.merge(nameKeys[c], 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int vocatives = e.getValue();
            if (vocatives > bestCount && 2 * inNarration.getOrDefault(e.getKey(), 0) <= vocatives) {
                best = e.getKey();
                bestCount = vocatives;
            }
        }
        if (bestCount < MIN_NARRATOR_VOCATIVES) {
            return null;
        }
        // Called by a given name (Effie) and by title and surname (Miss Hart): one person, named by
        // the surname's full name, or by the two together.
        String given = titledCounts.containsKey(best) ? topNarratorKey(counts, inNarration, titledCounts, false) : best;
        String surname = titledCounts.containsKey(best) ? best : topNarratorKey(titledCounts, inNarration, counts, true);
        String name = fullest.get(given != null ? given : best);
        if (given != null && surname != null && !given.equals(surname)) {
            String full = fullest.get(surname);
            if (name != null && full != null && name.indexOf(' ') < 0) {
                return full.indexOf(' ') > 0 ? full : name + ' ' + full;
            }
        }
        return fullest.get(best);
    }

    /**
     * {@code “Barnaby! Get down here!”}: whether quotation {@code qi} opens with a person's given name
     * of one word called out before {@code !} and goes on; {@code m} is set to the name.
     */
    private boolean calledOut(int qi, Mentions.Mention m) {
        int i = d.firstToken(qi) + 1;
        int to = d.afterToken(qi);
        if (i + 2 >= to || t.kind(i) != TokenBuffer.WORD || !t.is(i + 1, '!') || t.kind(i + 2) != TokenBuffer.WORD
                || Lexicon.nameGender(d.cls(i)) == Lexicon.ANY) {
            return false;
        }
        m.first = i;
        m.last = i;
        m.type = Mentions.NAME;
        return true;
    }

    /**
     * {@code “Barnaby! Get down here!” my mother shouted. // I ran down the stairs.}: whether the
     * paragraph after the one where quotation {@code qi} ends, the last of its paragraph, opens with the
     * narrator's {@code I} in narration: the one called answers by acting.
     */
    private boolean answeredByMe(int qi) {
        int next = d.endParagraph(qi) + 1;
        if (next >= d.found.paragraphs || qi + 1 < d.quotes.size() && d.quotes.get(qi + 1).paragraph < next) {
            return false;   // the last paragraph, or another quotation after it in its paragraph
        }
        int s = d.found.paraStart[next];
        return s < t.size() && !d.inQuote(s) && t.kind(s) == TokenBuffer.WORD && t.length(s) == 1 && t.first(s) == 'I';
    }

    /**
     * The name a first-person narrator gives themself ({@code my name is Tam}, {@code I called
     * myself Tam}, {@code they call me Tam}) in the narration or in their own words; else null.
     */
    private String selfNamedNarrator() {
        int n = t.size();
        for (int i = 1; i + 1 < n; i++) {
            char c = t.first(i);
            if (t.kind(i) != TokenBuffer.WORD || c != 'n' && c != 'N' && c != 'm' && c != 'M') {
                continue;   // neither "name" nor "me" nor "myself"
            }
            int at = -1;
            if (t.equalsIgnoreCase(i, "name") && t.equalsIgnoreCase(i - 1, "my") && i + 2 < n
                    && (t.equalsIgnoreCase(i + 1, "is") || t.equalsIgnoreCase(i + 1, "was"))) {
                at = i + 2;
            } else if ((t.equalsIgnoreCase(i, "me") || t.equalsIgnoreCase(i, "myself"))
                    && (t.equalsIgnoreCase(i - 1, "called") || t.equalsIgnoreCase(i - 1, "call") || t.equalsIgnoreCase(i - 1, "named"))) {
                at = i + 1;
            }
            if (at < 0 || !d.mentions.isNameWord(at) || !t.isCapitalized(at) || d.mentions.isTitle(at)
                    || d.inQuote(i) && !inNarratorsWords(i)) {
                continue;   // "“My name is Tom,” said he": someone else's name
            }
            int last = at;
            while (last + 1 < n && last - at < MAX_NAME_WORDS - 1 && d.mentions.isNameWord(last + 1)
                    && !d.mentions.spacedApart(last + 1)) {
                last++;
            }
            String f = fullest.get(key(last));
            return f != null ? f : d.text.substring(t.start(at), t.end(last));
        }
        for (FoundQuote q : d.quotes) {
            String self = isFirstPerson(q) ? nameSaidAlone(q) : null;
            if (self != null) {
                return self;   // "“Ann Lee,” I said": the narrator introducing themself
            }
        }
        return null;
    }

    /**
     * The full name that is all of quotation {@code q} ("“Ann Lee.”"): a given name and a surname,
     * without a title and closed by a full stop or a comma, not asked or called out; else null.
     */
    private String nameSaidAlone(FoundQuote q) {
        int first = t.indexAt(q.contentStart);
        int end = t.indexAt(q.contentEnd);
        int last = end - 1;
        if (last < first || last >= t.size() || !t.is(last, '.') && !t.is(last, ',')) {
            return null;
        }
        last--;
        if (last <= first || last - first >= MAX_NAME_WORDS || d.mentions.isTitle(first)
                || Lexicon.nameGender(d.cls(first)) == Lexicon.ANY) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            if (!t.isCapitalized(i) || !d.mentions.isNameWord(i)) {
                return null;
            }
        }
        return d.text.substring(t.start(first), t.end(last));
    }

    /** Whether token {@code i} lies in a quotation the narrator speaks. */
    private boolean inNarratorsWords(int i) {
        int lo = 0;
        int hi = d.quotes.size() - 1;
        int at = -1;
        while (lo <= hi) {   // the last quotation starting at or before the token
            int mid = (lo + hi) >>> 1;
            if (d.quotes.get(mid).start <= t.start(i)) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at >= 0 && t.end(i) <= d.quotes.get(at).end && isFirstPerson(d.quotes.get(at));
    }

    /**
     * The key of {@code counts} with the most vocatives, at least {@link #MIN_NARRATOR_VOCATIVES}
     * and hardly written in the narration, that is ({@code titled}) or is not a key of {@code
     * titledCounts}; else null.
     */
    private static String topNarratorKey(Map<String, Integer> counts, Map<String, Integer> inNarration,
            Map<String, Integer> other, boolean titled) {
        String top = null;
        int topCount = MIN_NARRATOR_VOCATIVES - 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            int all = titled ? other.get(key) : e.getValue();
            if ((titled || !other.containsKey(key)) && e.getValue() > topCount
                    && 2 * inNarration.getOrDefault(key, 0) <= all) {
                top = key;
                topCount = e.getValue();
            }
        }
        return top;
    }

    /** The fullest known form of the name in {@code [start, end)}, without titles. */
    String fullName(int start, int end) {
        int last = t.indexAt(end - 1);
        return last < t.size() ? fullName(start, end, last, key(last)) : null;
    }

    /** {@link #fullName(int, int)} with the name's last token and its key. */
    private String fullName(int start, int end, int last, String key) {
        String f = fullest.get(key);
        int first = t.indexAt(start);
        int titleGender = Lexicon.ANY;
        while (first < last && d.mentions.isTitle(first)) {
            int g = Lexicon.titleGender(d.cls(first));
            titleGender = g != Lexicon.ANY ? g : titleGender;
            first++;
        }
        if (f != null && titleGender != Lexicon.ANY && genderOfForm(f) != titleGender) {
            String fitting = formOfGender(key, titleGender);   // "Mr. Lamb" is "Hugo Lamb", not "Delia Rose Lamb"
            if (fitting != null || genderOfForm(f) != Lexicon.ANY) {
                f = fitting;
            }
        }
        int s = t.start(first);
        if (f != null && end - s > f.length() + 4 && d.text.startsWith(f, end - f.length())
                && d.text.startsWith(" of ", end - f.length() - 4) && !d.text.startsWith("of ", s)) {
            // "Bureau of Tolls" is no "Tolls": a body's name with "of" is its own, without its "the"
            return first < last && t.equalsIgnoreCase(first, "the") ? d.text.substring(t.start(first + 1), end) : d.text.substring(s, end);
        }
        return f != null ? f : d.text.substring(s, end);
    }

    /** The gender a full name's titles ("Mr. Hugo Lamb") or given name tell, or ANY. */
    private int genderOfForm(String name) {
        if (!indexed) {
            return tellGenderOfForm(name);
        }
        Integer known = formGenders.get(name);
        if (known == null) {
            known = tellGenderOfForm(name);
            formGenders.put(name, known);
        }
        return known;
    }

    /** {@link #genderOfForm}, worked out. */
    private int tellGenderOfForm(String name) {
        Integer g = titledFormGender.get(name);
        if (g != null) {
            return g;
        }
        int sp = name.indexOf(' ');
        g = sp > 0 ? givenGender.get(lower(name, 0, sp)) : null;
        return g != null ? g : Lexicon.ANY;
    }

    /**
     * The fullest name of {@code key} for someone of gender {@code g}: "he" of the Lambs is Hugo Lamb, not Delia Rose Lamb.
     * Of a family's surname (Mr. and Mrs. Lamb), a full name whose given name tells no gender but whose he or she
     * tells the other one is not the person sought: the surname alone then.
     */
    private String fullestOfGender(String key, int g) {
        String f = fullest.get(key);
        if (f == null || g == Lexicon.ANY || genderOfForm(f) == g) {
            return f;
        }
        String fitting = formOfGender(key, g);
        if (fitting != null) {
            return fitting;
        }
        int other = g == Lexicon.MALE ? Lexicon.FEMALE : Lexicon.MALE;
        boolean either = genderOfForm(f) == Lexicon.ANY && !(family.contains(key) && genderByVotes(lower(f)) == other);
        if (either) {
            return f;
        }
        String voted = formOfVotedGender(key, g);
        return voted != null ? voted : f.substring(f.lastIndexOf(' ') + 1);
    }

    /**
     * The one full name of {@code key} whose given name tells no gender and the he's or she's after
     * which tell {@code g}, when the fullest name is someone else's ({@code Ilse Vantry, … after she
     * took the job} beside her father {@code Angus Vantry}), or null.
     */
    private String formOfVotedGender(String key, int g) {
        NameForms fs = forms.get(key);
        String found = null;
        for (int j = 0; fs != null && j < fs.size(); j++) {
            String form = fs.form(j);
            if (form.indexOf(' ') > 0 && genderOfForm(form) == Lexicon.ANY && genderByVotes(lower(form)) == g) {
                if (found != null) {
                    return null;
                }
                found = form;
            }
        }
        return found;
    }

    /**
     * The full name of {@code key} written most often whose given name tells gender {@code g}, or
     * null; not two given names of two people side by side ({@link #endsInAnothersGivenName}: "Effie
     * Hugh" is no name of Hugh's).
     */
    private String formOfGender(String key, int g) {
        NameForms fs = forms.get(key);
        String best = null;
        int bestCount = 0;
        for (int j = 0; fs != null && j < fs.size(); j++) {
            if (fs.count(j) > bestCount && fs.form(j).indexOf(' ') > 0 && genderOfForm(fs.form(j)) == g
                    && !endsInAnothersGivenName(fs.form(j), fs.count(j), openedFullNames())) {
                best = fs.form(j);
                bestCount = fs.count(j);
            }
        }
        return best;
    }

    /** The person a pronoun speaker stands for, or {@code null} to keep the pronoun. */
    String pronounName(FoundQuote q, int qi) {
        int p = t.indexAt(q.speakerStart);
        int pg = Lexicon.pronounGender(d.cls(p));
        if (pg == Lexicon.ANY) {
            return null;   // I, we, they, you: the narrator or a group
        }
        String turn = alternatingTurn(q, qi, p, pg);
        if (turn != null && addressedBefore(q, qi, pg) == null) {
            return turn;
        }
        return personBefore(q, qi, p, pg);
    }

    /** Words at most between a turn and the he or she of its tag ({@code said he}), for {@link #alternatingTurn}. */
    private static final int MAX_TAG_WORDS = 2;
    /** Turns looked back over, at most, for the other of two people talking ({@link #alternatingTurn}). */
    private static final int MAX_ALTERNATING_TURNS = 6;

    /**
     * {@code “Is the gate shut?” said Orvick.} / {@code “It is,” said Dunmere.} / {@code “Then we wait,” he
     * said.}: in dialogue, the person a he or she (token {@code p}, of gender {@code g}) tagging
     * quotation {@code qi} stands for, when the he or she follows the quotation in its tag and that
     * quotation and the turns before it open paragraphs in a row, the turns before it with {@link
     * #MAX_TURN_NARRATION} words of narration each at most: the latest one who spoke, up to {@link
     * #MAX_ALTERNATING_TURNS} turns back, who is of that gender and not the one who spoke just
     * before, since two people take turns; or the one two turns back, when no title, given name or
     * pronoun tells that one's gender ({@code asked Orvick} / {@code said Dunmere} / {@code he said}). Not when the narration of the turns looked over names
     * someone else, who may be the one speaking, nor when the quotation calls that person by name,
     * nor one {@link #namedOnlyAfter} the pronoun. Else null.
     */
    private String alternatingTurn(FoundQuote q, int qi, int p, int g) {
        if (d.reportage || qi < 2 || qi >= d.quotes.size() || d.quotes.get(qi) != q || d.firstInParagraph(qi) != qi
                || !Sieves.opensParagraph(d, qi)) {
            return null;
        }
        if (!tagOf(qi, p)) {
            return null;
        }
        int before = qi - 1;
        int beforeFirst = d.firstInParagraph(before);
        FoundQuote last = namedTurn(before);
        if (last == null || d.quotes.get(before).group == q.group || d.endParagraph(before) != q.paragraph - 1
                || !Sieves.opensParagraph(d, beforeFirst) || beforeFirst == 0 || narrationWords(q.paragraph - 1) > MAX_TURN_NARRATION) {
            return null;
        }
        String lastKey = keyOfName(last.speakerName);
        FoundQuote other = null;
        int turnFirst = beforeFirst;   // the first quotation of the earliest turn looked at
        for (int turn = 2; other == null; turn++) {
            int k = turnFirst - 1;
            if (turn > MAX_ALTERNATING_TURNS || k < 0) {
                return null;
            }
            int kFirst = d.firstInParagraph(k);
            if (d.quotes.get(k).group == d.quotes.get(turnFirst).group || d.endParagraph(k) != d.quotes.get(turnFirst).paragraph - 1
                    || !Sieves.opensParagraph(d, kFirst) || narrationWords(d.quotes.get(kFirst).paragraph) > MAX_TURN_NARRATION) {
                return null;   // a turn run over paragraphs, or narration between: no plain exchange
            }
            FoundQuote o = namedTurn(k);
            int og = o == null ? Lexicon.ANY : genderOfName(o.speakerName);
            if (o != null && (og == g || og == Lexicon.ANY && turn == 2) && !keyOfName(o.speakerName).equals(lastKey)
                    && !namedOnlyAfter(o, p)) {
                other = o;
            }
            turnFirst = kFirst;
        }
        String otherKey = keyOfName(other.speakerName);
        if (otherKey.equals(addressedKey(qi))) {
            return null;
        }
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, d.firstToken(turnFirst));
        for (c = c >= 0 ? c : -c - 1; c < nameCount && nameEnds[c] < p; c++) {
            String key = nameKeys[c];
            if (persons.contains(key) && !key.equals(lastKey) && !key.equals(otherKey)) {
                return null;   // “It is,” said Dunmere, and Wilda came in. / “Then we wait,” she said.: Wilda may be the one
            }
        }
        return other.speakerName;
    }

    /** Whether token {@code p} stands in the tag right after quotation {@code qi}, in its paragraph ({@code “…,” said he}). */
    private boolean tagOf(int qi, int p) {
        if (qi >= d.quotes.size() || p < d.afterToken(qi) || p >= d.found.paraEnd[d.quotes.get(qi).paragraph]) {
            return false;
        }
        int words = 0;
        for (int i = d.afterToken(qi); i < p; i++) {
            if (t.isWordLike(i) && ++words > MAX_TAG_WORDS || d.inQuote(i)) {
                return false;
            }
        }
        return true;
    }

    /** Words of narration at most in the paragraph of a turn of a plain exchange: its tag and a gesture ({@link #alternatingTurn}). */
    private static final int MAX_TURN_NARRATION = 12;

    /** The words of paragraph {@code paragraph} outside quotations. */
    private int narrationWords(int paragraph) {
        int n = 0;
        for (int i = d.found.paraStart[paragraph]; i < d.found.paraEnd[paragraph] && n <= MAX_TURN_NARRATION; i++) {
            if (t.isWordLike(i) && !d.inQuote(i)) {
                n++;
            }
        }
        return n;
    }

    /** The first quotation with a speaker in quotation {@code k}'s paragraph, when a name is resolved for it; else null. */
    private FoundQuote namedTurn(int k) {
        int paragraph = d.quotes.get(k).paragraph;
        for (int j = d.firstInParagraph(k); j < d.quotes.size() && d.quotes.get(j).paragraph == paragraph; j++) {
            FoundQuote o = d.quotes.get(j);
            if (o.hasSpeaker()) {
                return o.speakerName != null ? o : null;
            }
        }
        return null;
    }

    /** The person named before token {@code p} (a pronoun or a description) who fits gender {@code pg}, or null. */
    private String personBefore(FoundQuote q, int qi, int p, int pg) {
        return personBefore(q, qi, p, pg, MAX_CHAIN);
    }

    /** {@link #personBefore}, following at most {@code chain} more pronouns that open a sentence. */
    private String personBefore(FoundQuote q, int qi, int p, int pg, int chain) {
        return personBefore(q, qi, p, pg, chain, qi < d.quotes.size() && d.quotes.get(qi) == q ? addressedKey(qi) : null);
    }

    /** {@link #personBefore}, passing over {@code addressed}, the key of someone it cannot be. */
    private String personBefore(FoundQuote q, int qi, int p, int pg, int chain, String addressed) {
        int paragraphFirst = d.found.paraStart[Math.max(0, q.paragraph - 1)];
        boolean passedAddressed = false;
        int lo = Math.max(0, p - PRONOUN_WINDOW);
        String nearest = null;
        int nearestEnd = -1;
        boolean nearestClose = false;
        boolean nearestGendered = false;
        String reported = null;
        String weak = null;
        boolean nearestGoverned = false;
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, p);
        c = c >= 0 ? c - 1 : -c - 2;   // the last name mention before the pronoun
        String replying = addressed == null && p >= d.found.paraStart[q.paragraph] ? addressedBefore(q, qi, pg) : null;
        if (replying != null) {
            return replying;   // “Sit down, Hale.” / “I would rather stand,” he said: Hale answers
        }
        String described = heldBefore(p, Math.max(c >= 0 ? nameEnds[c] : -1, p - NEARBY), pg);
        if (described != null) {
            return described;   // "The doctor set down his bag. “Sick?” he asked.": Dr. Lane, named before that
        }
        String continuing = q.speakerType == Mentions.PRONOUN && chain == MAX_CHAIN ? kinContinuing(q, qi, pg) : null;
        if (continuing != null) {
            return continuing;   // “Sit,” said my uncle. “You too,” he added.: my uncle goes on
        }
        String kin = q.speakerType == Mentions.PRONOUN && chain == MAX_CHAIN ? kinOpeningSentenceBefore(q, qi, p, pg) : null;
        if (kin != null) {
            return kin;   // "My father set down Hale's letter. “Ah,” he said.": my father
        }
        String owned = q.speakerType == Mentions.PRONOUN && chain == MAX_CHAIN ? ownedOpeningSentenceBefore(q, qi, p, pg) : null;
        if (owned != null) {
            return owned;   // "Her partner, Ellery Brackett, keeps the books. … Her partner agrees. “…,” he said.": Ellery Brackett
        }
        String owner = q.speakerType == Mentions.PRONOUN ? ownerOpeningSentenceBefore(q, qi, p, pg) : null;
        if (owner != null) {
            return owner;   // "Orm's face went red. “Out,” he said.": Orm; also for a he opening the sentences between
        }
        String describedSubject = q.speakerType == Mentions.PRONOUN && chain == MAX_CHAIN
                ? describedSubjectBefore(p, Math.max(c >= 0 ? nameEnds[c] : -1, p - NEARBY), pg) : null;
        if (describedSubject != null) {
            descriptions.add(describedSubject);
            return describedSubject;   // "The guide stood on the bank. “Red,” he told us.": the guide, named by no name
        }
        for (int seen = 0; c >= 0 && seen < MAX_CANDIDATES && reported == null; c--, seen++) {
            int i = nameEnds[c];
            if (i < lo) {
                break;
            }
            String key = nameKeys[c];
            if (key.equals(addressed)) {
                passedAddressed = true;
                continue;   // “Quite mad, Pimm,” he said: no one speaks to himself by name
            }
            if (q.speakerType == Mentions.DESCRIPTION && onlyListed(key)) {
                break;   // "the man" is no one named on a stone or a roll, nor anyone named before that
            }
            if (places.contains(key) || modifierAfterThe(nameFirsts[c], i) || opensParenthesis(nameFirsts[c], i)) {
                continue;
            }
            if (!persons.contains(key)) {
                // Not known as a person: only a nearby subject of a clause will do as a last resort.
                // the subject of a reporting verb ("Vasko said …", "Okonjo told the paper …") is someone, of one word too;
                // in a story, so is a word of one the text uses as a name in mid-sentence, as the subject of a clause in
                // this paragraph or the one before ("… when Wrenna came down. // “Not today,” she said.")
                int appositionVerb = d.mentions.appositionVerbAfter(i);
                boolean reporting = saysRightAfter(i) || setOffBeforeVerb(nameFirsts[c], i) || appositionVerb >= 0;
                boolean beforeTagged = seen == 0 && subjectBeforeTaggedQuote(nameFirsts[c], i, qi, p);
                if (weak == null && p - i < NEARBY && (isClauseSubject(i) || reporting || beforeTagged
                        || q.speakerType == Mentions.PRONOUN && auxiliaryAfter(i) && !afterDeterminer(titlesStart(nameFirsts[c])))
                        && (genderOf(key) == Lexicon.ANY || genderOf(key) == pg) && !heardAsOther(c, pg)
                        && (nameFirsts[c] < i || reporting || midSentenceNameWords.contains(key) && !d.reportage && i >= paragraphFirst) && !modifiedOrGoverned(nameFirsts[c])) {
                    weak = fullest.get(key);
                    // a name inside the apposition ("…, an analyst at Dunmere Capital, said") is the speaker's own
                    boolean nearestSubject = seen == 0 || appositionVerb >= 0 && c + seen < nameCount && nameEnds[c + seen] < appositionVerb;
                    if (nearestSubject && (opensSentenceOf(nameFirsts[c], p) || subjectGoesOn(nameFirsts[c], i, p, pg)
                            || beforeTagged
                            || reporting && (nameFirsts[c] < i || surnameOfGender(nameFirsts[c], key, pg)) && i >= spokeFrom(q, qi) && plainWords(nameFirsts[c], i)
                                    && !afterDeterminer(titlesStart(nameFirsts[c])) && !afterLowerWord(titlesStart(nameFirsts[c]))
                                    && Sieves.sentenceStart(d, p) > i)) {
                        // "Dag Orvo shrugged before he muttered, …": the one subject before it; so is a full name
                        // that spoke in a sentence of this paragraph before ("Wilda Tovey told them to sit. “…,” she said.")
                        return weak;
                    }
                }
                continue;   // a place, a title of a work, a day: not someone who speaks
            }
            String own = seen == 0 && i >= paragraphFirst && !passedAddressed ? ownFullName(c, key) : null;
            if (own != null && (genderByVotes(lower(own)) == Lexicon.ANY || genderByVotes(lower(own)) == pg)) {
                // "Bogdan Vukovic … he … // Jelena Vukovic, the couple's daughter, spoke …. “…,” she said.":
                // what the surname's he's and she's tell is not hers; she, the nearest subject, is the one
                return own;
            }
            int g = mentionGender(c);
            if (g != Lexicon.ANY && g != pg || passedAddressed && g == Lexicon.ANY) {
                continue;   // past the one addressed, only someone known to fit the pronoun will do
            }
            if (g == Lexicon.ANY && heardAsOther(c, pg)) {
                continue;   // “…,” she said. of Vantry before: the he is someone else
            }
            if (g == Lexicon.ANY && !atSentenceStart(titlesStart(nameFirsts[c])) && objectOfOtherSubject(i + 1, pg)) {
                continue;   // "When Orm came aboard she hardly knew him.": Orm is the him, not the she
            }
            int opener = chain > 0 && nearest == null ? pronounOpening(nameFirsts[c], i, pg) : -1;
            if (opener < 0 && chain > 0 && nearest == null) {
                // "He had read Mr. Dunmore's letter. “Well?” he asked.": the he who read it, not Dunmore
                opener = subjectPronounOf(nameFirsts[c], pg);
            }
            if (opener >= 0) {
                // "He glanced round and saw that Mr. Pellow was there. “Well?” he asked.": the he
                // who opens the sentence is still the one in view, not the name inside it
                return personBefore(q, qi, opener, pg, chain - 1, addressed);
            }
            String name = fullestOfGender(key, pg);
            // "The presence of Mr. Amos troubled him.": a name after of, in or into belongs to the noun
            // before it, and the verb after it is that noun's, not the name's
            boolean subject = isClauseSubject(i) && !governedByPreposition(nameFirsts[c]) || isReportedSpeaker(nameFirsts[c], i)
                    || opensSentence(nameFirsts[c], i);
            if (subject && i >= paragraphFirst) {
                return name;   // the subject of a clause in this paragraph or the one before
            }
            String sentenceSubject = nearest == null && chain > 0 ? subjectOverObject(c, p, pg) : null;
            if (sentenceSubject != null) {
                return sentenceSubject;   // "Hollin heard Quarmby call. He rose. …": Hollin, whom the sentence is about
            }
            if (nearest == null) {
                nearest = name;
                nearestEnd = i;
                nearestGoverned = governedByPreposition(nameFirsts[c]);
                nearestClose = i >= paragraphFirst;
                nearestGendered = g != Lexicon.ANY;
            }
            if (isReportedSpeaker(nameFirsts[c], i)) {
                reported = name;
            }
        }
        // In dialogue the person is usually one who has just spoken; but the last one named before
        // the pronoun, when known to be of its gender, is likelier still, however far back, unless
        // the pronoun tags a turn and the one who has just spoken has spoken since that name.
        String speaker = recentSpeaker(qi, p, pg, addressed);
        if (nearestGoverned && speaker != null) {
            return speaker;   // "the portrait of Lady Ames": named as an object, not one who speaks
        }
        if (nearestGendered && !nearestClose && speaker != null && !d.reportage && q.speakerStart == t.start(p) && tagOf(qi, p)
                && spokeAfter(qi, speaker, nearestEnd)) {
            return speaker;   // the tag of a turn: one who has spoken since the other was named, further back, goes on
        }
        if (nearestGendered || nearestClose && speaker == null) {
            return nearest;   // named before, if not as a subject
        }
        if (speaker != null) {
            return speaker;
        }
        return reported != null ? reported : nearest != null ? nearest : weak;
    }

    /** Words opening a clause whose subject a name after them is, not the object of a verb or preposition before it. */
    private static final String[] CLAUSE_OPENERS = {"and", "but", "or", "nor", "yet", "so", "then", "that", "while", "when",
        "whereas", "because", "if", "though", "although", "as", "till", "until", "before", "after", "since", "where", "who",
        "whom", "which", "whether", "once", "unless"};

    /**
     * {@code Mr. Hollin watched Mr. Quarmby cross the yard. He put down his cup. … “Well?” he
     * asked.}: the subject of the sentence, a name of gender {@code g}, when name mention {@code c}
     * is the object of a verb or preposition in it and a he or she of gender {@code g} opens the very
     * next sentence (the first one up to token {@code p} to open with such a pronoun) as its subject:
     * the one a sentence is about goes on as the pronoun opening the next, not one it names on the
     * way. Else null.
     */
    private String subjectOverObject(int c, int p, int g) {
        int first = titlesStart(nameFirsts[c]);
        int last = nameEnds[c];
        int s = Sieves.sentenceStart(d, first) + 1;
        if (s < first && Sieves.isOpeningConjunction(d, s)) {
            s++;
        }
        int b = first - 1;
        if (s >= first || d.inQuote(s) || d.inQuote(first) || t.kind(b) != TokenBuffer.WORD || !Character.isLowerCase(t.first(b))
                || d.mentions.isPronoun(b) || Sieves.oneOf(d, b, CLAUSE_OPENERS)
                || d.verbAt(b) > 0 && b > 0 && !t.isWordLike(b - 1)) {
            return null;   // "and Mr. Quarmby, …" opens a clause; "…,” said Mr. Quarmby" is a speaker
        }
        int k = c - 1;
        while (k >= 0 && nameEnds[k] >= s && titlesStart(nameFirsts[k]) > s) {
            k--;
        }
        if (k < 0 || nameEnds[k] < s || nameEnds[k] >= first || titlesStart(nameFirsts[k]) != s) {
            return null;   // no name opens the sentence
        }
        String key = nameKeys[k];
        if (!persons.contains(key) || places.contains(key) || key.equals(nameKeys[c]) || mentionGender(k) != g
                || !(isNarratedSubject(nameEnds[k]) || opensSentence(nameFirsts[k], nameEnds[k]))) {
            return null;
        }
        for (int j = last + 1; j <= p; j++) {
            if (!d.mentions.isPronoun(j) || Lexicon.pronounGender(d.cls(j)) != g || d.inQuote(j) || !isNarratedSubject(j)) {
                continue;
            }
            int opening = t.isCapitalized(j) ? j : j - 1;   // "He shut …", "And he shut …"
            if (!atSentenceStart(opening) || opening < j && !(Sieves.isOpeningConjunction(d, opening) && t.isCapitalized(opening))) {
                continue;
            }
            int e = Sieves.sentenceStart(d, opening);
            while (e > last && (t.isBreak(e) || t.kind(e) == TokenBuffer.QUOTE_MARK)) {
                e--;   // the breaks between the two sentences
            }
            return e >= last && Sieves.sentenceStart(d, e) + 1 <= first ? fullestOfGender(key, g) : null;
        }
        return null;
    }

    /**
     * {@code (Rev. Amos Tull, Vicar)}: whether the name in tokens {@code [first, last]} opens a
     * parenthesis, after its titles, and a comma follows it: a notice or a signature copied into
     * the narration, not someone in the scene ({@code a gentleman (Mr. Tull)} names one who is).
     */
    private boolean opensParenthesis(int first, int last) {
        int s = titlesStart(first);
        return s > 0 && t.is(s - 1, '(') && last + 1 < t.size() && t.is(last + 1, ',');
    }

    /** Prepositions before a name that make it an owner's or a place's ({@code the portrait of}, {@code in}), not someone spoken to or looked at ({@code to}, {@code at}). */
    private static final String[] OBJECT_PREPOSITIONS = {"of", "in", "into"};

    /**
     * The first of the titles, {@link #MAX_NAME_WORDS} at most, right before the name starting at
     * token {@code first} ({@code Mr.} of {@code Mr. Hall}); {@code first} when none stands there.
     */
    private int titlesStart(int first) {
        int s = first;
        while (s > 0 && s > first - MAX_NAME_WORDS && d.mentions.isTitle(s - 1) && t.isCapitalized(s - 1)) {
            s--;   // a few titles at most: a run of them costs no more
        }
        return s;
    }

    /** Whether one of {@link #OBJECT_PREPOSITIONS} stands before the name starting at token {@code first}, before its titles ({@code of Lady Ames}). */
    private boolean governedByPreposition(int first) {
        int b = titlesStart(first) - 1;
        return b >= 0 && t.kind(b) == TokenBuffer.WORD && Character.isLowerCase(t.first(b)) && Sieves.oneOf(d, b, OBJECT_PREPOSITIONS);
    }

    /**
     * Whether the name in tokens {@code [first, last]} (after its titles) stands between {@code the}
     * and a word in lower case: it names a kind of thing ({@code the Aunt Polly stall}, {@code the
     * Elm Street exit}), not someone there.
     */
    private boolean modifierAfterThe(int first, int last) {
        int b = titlesStart(first) - 1;
        int a = last + 1;
        return b >= 0 && t.equalsIgnoreCase(b, "the") && a < t.size() && t.kind(a) == TokenBuffer.WORD
                && Character.isLowerCase(t.first(a)) && !d.mentions.isFunctionWord(a);
    }

    /**
     * Whether a determiner or a preposition stands before the name starting at token {@code first}
     * ({@code the Elm Street exit}, {@code at Glen Park}): a place or a thing, not a person acting.
     */
    private boolean modifiedOrGoverned(int first) {
        int b = first - 1;
        return b >= 0 && t.kind(b) == TokenBuffer.WORD && Character.isLowerCase(t.first(b))
                && (d.mentions.isDeterminer(b) || Sieves.oneOf(d, b, WEAK_PREPOSITIONS));
    }

    /** Prepositions before a name that make it no one acting: {@code in}, {@code at}, {@code of}. */
    private static final String[] WEAK_PREPOSITIONS = {"in", "at", "of", "on", "from", "to", "into", "near", "by"};

    /**
     * The he or she of gender {@code g} that opens, as its subject, the sentence of narration holding
     * the name in tokens {@code [first, last]} before it (after an opening {@code And}, {@code But},
     * {@code Then}), or the clause that sets the scene before its main one ({@code When he came in he
     * saw …}, but not {@code When he came in, Tom saw …}); else -1.
     */
    private int pronounOpening(int first, int last, int g) {
        int s = Sieves.sentenceStart(d, first) + 1;
        if (s < first && Sieves.isOpeningConjunction(d, s)) {
            s++;
        }
        if (s + 1 < first && Sieves.oneOf(d, s, OPENING_SUBORDINATORS)) {
            int b = first - 1;
            while (b > s && d.mentions.isTitle(b) && t.isCapitalized(b)) {
                b--;
            }
            if (t.is(b, ',') && isClauseSubject(last)) {
                return -1;   // "When she came in, Ann met her.": the name is the main clause's subject
            }
            s++;   // "When he came in he saw Tom.": the he of the clause that sets the scene
        }
        if (s >= first || d.inQuote(s) || !d.mentions.isPronoun(s) || Lexicon.pronounGender(d.cls(s)) != g
                || !isStorySubject(s)) {
            return -1;
        }
        return s;
    }

    /**
     * The he or she of gender {@code g} that is the subject of the clause holding the name starting
     * at token {@code first} (after its titles) as what follows its verb: one to
     * {@link #OBJECT_REACH} words in lower case before the name, the verb among them, and before
     * them the pronoun ({@code he had met Ann Lee}, {@code she wrote to Mr. Hale}). The one who acts
     * on someone named is not that someone, and the next he or she is likelier the same subject.
     * Else -1.
     */
    private int subjectPronounOf(int first, int g) {
        int b = titlesStart(first) - 1;
        for (int k = b; k >= 0 && k >= b - OBJECT_REACH; k--) {
            if (t.kind(k) != TokenBuffer.WORD || d.inQuote(k)) {
                return -1;
            }
            if (d.mentions.isPronoun(k)) {
                return k < b && Lexicon.pronounGender(d.cls(k)) == g ? k : -1;
            }
            if (!Character.isLowerCase(t.first(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Words between a pronoun and the name its verb acts on, at most ({@link #subjectPronounOf}). */
    private static final int OBJECT_REACH = 4;

    /**
     * {@code “Is it late, Ann?” her mother asked.}: for a speaker described as {@code her mother} or
     * {@code his father}, the parent of the one the quotation addresses by name, as the text writes
     * that parent: the title of the parent's gender before the addressee's surname ({@code Mrs.
     * Lee}, when Ann's fullest name is Ann Lee); else null.
     */
    private String parentOfAddressed(FoundQuote q, int qi) {
        int first = t.indexAt(q.speakerStart);
        int last = t.indexAt(q.speakerEnd - 1);
        if (last != first + 1 || last >= t.size() || !(t.equalsIgnoreCase(first, "her") || t.equalsIgnoreCase(first, "his"))) {
            return null;
        }
        int g = t.equalsIgnoreCase(last, "mother") ? Lexicon.FEMALE : t.equalsIgnoreCase(last, "father") ? Lexicon.MALE : Lexicon.ANY;
        Mentions.Mention m = new Mentions.Mention();
        if (g == Lexicon.ANY || !Sieves.vocativeIn(d, qi, m)) {
            return null;
        }
        String child = key(m.last);
        int childGender = genderOf(child);
        int owner = t.equalsIgnoreCase(first, "her") ? Lexicon.FEMALE : Lexicon.MALE;
        String full = fullestName(child);
        if (childGender != Lexicon.ANY && childGender != owner || full == null || full.indexOf(' ') < 0) {
            return null;
        }
        String surname = lowerLastWord(full);
        return titledSurnames().get(g + surname);
    }

    /** Quotations looked back over for the two people of an exchange that {@code the other} stands between. */
    private static final int MAX_OTHER_LOOKBACK = 8;
    /** Paragraphs at most between two quotations of one exchange, for {@link #otherOfTwo}. */
    private static final int MAX_OTHER_GAP = 3;
    /** Nouns after {@code the other} that leave it one person: {@code asked the other woman}. */
    private static final String[] OTHER_NOUNS = {"man", "woman", "one", "girl", "boy", "fellow"};

    /**
     * {@code “Is the pier open?” asked Tamsin Vosk.} / {@code “Since dawn,” said the other.}: a
     * speaker described as {@code the other} (or {@code the other man}), or as {@code his companion}
     * or {@code her companion}, is the one of the two people of the exchange who did not speak the
     * turn before: the nearest speaker with a name, before
     * that turn's, who is someone else, a few quotations back at most. Else null.
     */
    private String otherOfTwo(FoundQuote q, int qi) {
        int first = t.indexAt(q.speakerStart);
        int last = t.indexAt(q.speakerEnd - 1);
        boolean theOther = last < t.size() && last - first >= 1 && last - first <= 2 && t.equalsIgnoreCase(first, "the")
                && t.equalsIgnoreCase(first + 1, "other") && (last - first == 1 || Sieves.oneOf(d, last, OTHER_NOUNS));
        boolean companion = last < t.size() && last - first == 1 && (t.equalsIgnoreCase(first, "his") || t.equalsIgnoreCase(first, "her"))
                && t.equalsIgnoreCase(last, "companion");
        if (!theOther && !companion) {
            return null;
        }
        String before = null;
        int paragraph = q.paragraph;
        for (int k = qi - 1; k >= Math.max(0, qi - MAX_OTHER_LOOKBACK); k--) {
            FoundQuote o = d.quotes.get(k);
            if (o.paragraph < paragraph - MAX_OTHER_GAP) {
                return null;   // past the start of the exchange
            }
            paragraph = o.paragraph;
            if (o.group == q.group) {
                continue;
            }
            if (!o.hasSpeaker() || o.speakerName == null) {
                if (before == null) {
                    return null;   // who spoke the turn before is not known yet: once the turns have speakers, it is
                }
                continue;
            }
            if (before == null) {
                before = o.speakerName;
            } else if (!Sieves.lastWord(before).equalsIgnoreCase(Sieves.lastWord(o.speakerName))) {
                return o.speakerName;
            }
        }
        return null;
    }

    /**
     * {@code Ann Lee came in. “Late again,” her mother said.}: for a speaker described as {@code
     * her mother}, {@code his father}, {@code her husband}, {@code his wife}, {@code her brother},
     * {@code his sister}, {@code her son} or {@code his daughter}, the one the possessive stands for
     * (as a pronoun would) gives the family's surname, written with it or by the full name of a given
     * name written alone ({@code Ann} of {@code Ann Lee}), and the kin is the one of the family of the
     * kin's gender named last before, a few hundred words back at most ({@link #familyMemberBefore});
     * for a parent or a spouse, else the title of the kin's gender before the surname, as the text
     * first writes it ({@code Mrs. Lee}); else null.
     */
    private String kinOfOwner(FoundQuote q, int qi) {
        int first = t.indexAt(q.speakerStart);
        int last = t.indexAt(q.speakerEnd - 1);
        if (last != first + 1 || last >= t.size()) {
            return null;
        }
        int owner = t.equalsIgnoreCase(first, "her") ? Lexicon.FEMALE : t.equalsIgnoreCase(first, "his") ? Lexicon.MALE : Lexicon.ANY;
        boolean parentOrSpouse = Sieves.oneOf(d, last, MOTHER_WIFE) || Sieves.oneOf(d, last, FATHER_HUSBAND);
        int g = Sieves.oneOf(d, last, MOTHER_WIFE) || Sieves.oneOf(d, last, SISTER_DAUGHTER) ? Lexicon.FEMALE
                : Sieves.oneOf(d, last, FATHER_HUSBAND) || Sieves.oneOf(d, last, BROTHER_SON) ? Lexicon.MALE : Lexicon.ANY;
        if (owner == Lexicon.ANY || g == Lexicon.ANY) {
            return null;
        }
        String name = personBefore(q, qi, first, owner);
        if (name == null || descriptions.contains(name)) {
            return null;
        }
        String called = ownerCalls().get(keyOfName(name) + ' ' + d.lowerWord(last));
        if (called != null && !called.isEmpty()) {
            return called;   // “Yes, papa,” said Ann … “Go,” said her father: the one Ann calls papa
        }
        String full = name;
        if (name.indexOf(' ') < 0) {
            String spelled = !parentOrSpouse && (isGivenName(lower(name)) || spelledOut.containsKey(keyOfName(name))) ? fullestName(keyOfName(name)) : null;
            if (spelled != null && spelled.indexOf(' ') > 0 && spelled.startsWith(name + " ")) {
                full = spelled;   // "Ann" is Ann Lee
            } else if (g == owner || isGivenName(lower(name))) {
                // "Mr. Lee … his father" is no Mr. Lee named so (that is the son), and "Tom … his wife" tells no surname
                return null;
            }
        }
        String surname = lowerLastWord(full);
        String member = familyMemberBefore(q, surname, g, full, g == owner, parentOrSpouse);
        if (member != null || !parentOrSpouse) {
            return member;
        }
        return titledSurnames().get(g + surname);
    }

    /** Whether token {@code i} is the title {@code word} (lower case), with or without its full stop ({@code Mrs}, {@code Mrs.}). */
    private boolean titleIs(int i, String word) {
        int n = t.length(i);
        return t.equalsIgnoreCase(i, word) || n == word.length() + 1 && t.endsWith(i, ".") && d.text.regionMatches(true, t.start(i), word, 0, n - 1);
    }

    /** Words one calls a kin by ({@code papa}), and the kin noun of a description each stands for ({@code father}). */
    private static final String[][] KIN_VOCATIVES = {{"father", "father"}, {"papa", "father"}, {"dad", "father"},
        {"daddy", "father"}, {"mother", "mother"}, {"mamma", "mother"}, {"mama", "mother"}, {"mum", "mother"},
        {"mummy", "mother"}, {"brother", "brother"}, {"sister", "sister"}};

    /**
     * The key of a speaker and a kin noun ({@code ann father}) → the one that speaker calls by a word
     * for that kin alone ({@code “Yes, papa.”}, {@code “Dear mother!”}): the one who spoke the turn
     * before the call ({@link #turnBefore}), not of the kin's other gender; the empty string when the
     * speaker's calls of that kin go to several or are fewer than {@link #MIN_OWNER_CALLS}. Gathered
     * in one pass over the quotations, when first asked: the kin of one speaker, where {@link
     * #kinCalled} takes a kin all the story calls so.
     */
    private Map<String, String> ownerCalls() {
        if (ownerCalls != null) {
            return ownerCalls;
        }
        ownerCalls = new HashMap<>();
        Map<String, Integer> callCounts = new HashMap<>();
        for (int k = 0; k < d.quotes.size(); k++) {
            FoundQuote call = d.quotes.get(k);
            if (!call.hasSpeaker() || call.speakerName == null) {
                continue;
            }
            int to = d.afterToken(k);
            for (int i = d.firstToken(k) + 1; i < to - 1; i++) {
                String kin = t.kind(i) == TokenBuffer.WORD ? kinVocative(i) : null;
                if (kin == null || t.isWordLike(i + 1) || t.isWordLike(i - 1) && !t.equalsIgnoreCase(i - 1, "dear")) {
                    continue;   // “Yes, papa.”, “Dear mother!”, not “his father came”
                }
                String called = turnBefore(k);
                int g = kin.equals("father") || kin.equals("brother") ? Lexicon.MALE : Lexicon.FEMALE;
                if (called == null || genderOfName(called) != Lexicon.ANY && genderOfName(called) != g || namedIn(k, called)) {
                    continue;   // “Watch over Ann, mother.”: Ann is spoken of, not called
                }
                String key = keyOfName(call.speakerName) + ' ' + kin;
                String had = ownerCalls.get(key);
                ownerCalls.put(key, had == null || !had.isEmpty() && keyOfName(had).equals(keyOfName(called)) ? called : "");
                callCounts.merge(key, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : callCounts.entrySet()) {
            if (e.getValue() < MIN_OWNER_CALLS) {
                ownerCalls.put(e.getKey(), "");   // one call may follow a turn given to the wrong one
            }
        }
        return ownerCalls;
    }

    /** Whether a word of quotation {@code k} is the first or the last word of {@code name}. */
    private boolean namedIn(int k, String name) {
        String firstWord = lower(name, 0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
        String lastWord = lowerLastWord(name);
        int to = d.afterToken(k);
        for (int i = d.firstToken(k); i < to; i++) {
            if (t.kind(i) == TokenBuffer.WORD && (t.equalsIgnoreCase(i, firstWord) || t.equalsIgnoreCase(i, lastWord))) {
                return true;
            }
        }
        return false;
    }

    /** Calls of one kin by one speaker, all to one person, that {@link #ownerCalls} needs at least. */
    private static final int MIN_OWNER_CALLS = 2;

    /** See {@link #ownerCalls()}; null until asked for. */
    private Map<String, String> ownerCalls;

    /** The kin noun that the word at token {@code i} calls someone by ({@link #KIN_VOCATIVES}), or null. */
    private String kinVocative(int i) {
        for (String[] v : KIN_VOCATIVES) {
            if (t.equalsIgnoreCase(i, v[0])) {
                return v[1];
            }
        }
        return null;
    }

    /** Kin nouns of a woman who shares her family's surname with a brother or a parent, for {@link #kinOfOwner}. */
    private static final String[] SISTER_DAUGHTER = {"sister", "daughter"};
    /** Kin nouns of a man who shares his family's surname with a sister or a parent, for {@link #kinOfOwner}. */
    private static final String[] BROTHER_SON = {"brother", "son"};
    /** Name mentions looked back over, at most, for one of a family ({@link #familyMemberBefore}). */
    private static final int MAX_FAMILY_MENTIONS = 40;

    /**
     * The one of the family of {@code surname} (lower case) and of gender {@code g} named last in
     * the narration before quotation {@code q}, within {@link #DESCRIBED_REACH} tokens and {@link
     * #MAX_FAMILY_MENTIONS} name mentions: a parent or a spouse ({@code parentOrSpouse}) by a title
     * before the surname alone ({@code Mrs. Lee}), as written; a brother, a sister, a son or a
     * daughter by a given name and the surname, or the given name alone that the text writes with it
     * ({@code Tom}, {@code Tom Lee}), as its full name; a brother or a son by the surname alone, too,
     * when the one whose kin it is, {@code owner} (a full name), is not of the kin's gender ({@code
     * sameGender}). Never {@code owner}. Else null.
     */
    private String familyMemberBefore(FoundQuote q, String surname, int g, String owner, boolean sameGender, boolean parentOrSpouse) {
        int p = t.indexAt(q.speakerStart);
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, p);
        c = c >= 0 ? c - 1 : -c - 2;
        for (int seen = 0; c >= 0 && seen < MAX_FAMILY_MENTIONS && nameEnds[c] >= p - DESCRIBED_REACH; c--, seen++) {
            if (mentionGender(c) != g || places.contains(nameKeys[c])) {
                continue;
            }
            int s = titlesStart(nameFirsts[c]);
            boolean surnameAlone = nameFirsts[c] == nameEnds[c] && nameKeys[c].equals(surname);
            if (parentOrSpouse) {
                if (surnameAlone && s < nameFirsts[c] && !t.equalsIgnoreCase(s, "miss") && !t.equalsIgnoreCase(s, "master")) {
                    return d.text.substring(t.start(s), t.end(nameEnds[c]));   // Mrs. Lee, as written
                }
                continue;
            }
            if (surnameAlone) {
                if (!sameGender && !(s < nameFirsts[c] && (titleIs(s, "mrs") || titleIs(s, "lady")))) {
                    // "Lee" or "Mr. Lee" of Ann's brother, not Mrs. Lee, her mother
                    return s < nameFirsts[c] ? d.text.substring(t.start(s), t.end(nameEnds[c])) : fullestOfGender(surname, g);
                }
                continue;
            }
            String full = nameKeys[c].equals(surname) ? d.string(t.start(nameFirsts[c]), t.end(nameEnds[c]))
                    : nameFirsts[c] == nameEnds[c] ? fullestName(nameKeys[c]) : null;
            if (full == null || full.indexOf(' ') < 0 || !lowerLastWord(full).equals(surname)
                    || full.equals(owner)) {
                continue;
            }
            return full;
        }
        return null;
    }

    /**
     * {@code “Not yet, uncle,” said Tam.} … {@code “Then go,” said his uncle.}: for a speaker described
     * as {@code her aunt} or {@code his uncle}, the one person the quotations call by that word alone:
     * the one who spoke the turn before each such call. Only when all the calls of that word that
     * follow a turn with a name go to one person, not of the other gender. Not for a mother or a
     * father, whom the children of several families in a story call so. Else null.
     */
    private String kinCalled(FoundQuote q) {
        int first = t.indexAt(q.speakerStart);
        int last = t.indexAt(q.speakerEnd - 1);
        if (last != first + 1 || last >= t.size() || !(t.equalsIgnoreCase(first, "her") || t.equalsIgnoreCase(first, "his"))) {
            return null;
        }
        int kin = kinOf(last);
        if (kin < 0) {
            return null;
        }
        String called = kinCalls()[kin];
        return called == null || called.isEmpty() ? null : called;
    }

    /** Kin words a nephew or niece calls a relative by ({@link #kinCalled}). */
    private static final String[] KIN_CALLS = {"aunt", "uncle"};
    /** The gender of each kin of {@link #KIN_CALLS}. */
    private static final int[] KIN_GENDERS = {Lexicon.FEMALE, Lexicon.MALE};

    /** The index in {@link #KIN_CALLS} of the kin word at token {@code i}, or -1. */
    private int kinOf(int i) {
        for (int k = 0; k < KIN_CALLS.length; k++) {
            if (t.equalsIgnoreCase(i, KIN_CALLS[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Per kin of {@link #KIN_CALLS}, the one person called by it ({@link #kinCalled}), the empty
     * string when calls go to several, or null when none: gathered in one pass over the quotations,
     * when first asked, each call looking back {@link #MAX_OTHER_LOOKBACK} quotations at most.
     */
    private String[] kinCalls() {
        if (kinCalls != null) {
            return kinCalls;
        }
        kinCalls = new String[KIN_CALLS.length];
        for (int k = 0; k < d.quotes.size(); k++) {
            int from = d.firstToken(k);
            int to = d.afterToken(k);
            for (int i = from + 1; i < to - 1; i++) {
                int kin = t.kind(i) == TokenBuffer.WORD ? kinOf(i) : -1;
                if (kin < 0 || t.isWordLike(i + 1) || t.isWordLike(i - 1) && !t.equalsIgnoreCase(i - 1, "dear")) {
                    continue;   // “Yes, aunt.”, “Dear uncle!”, not “his aunt came” nor “Aunt Ann”
                }
                String called = turnBefore(k);
                if (called == null || genderOfName(called) != Lexicon.ANY && genderOfName(called) != KIN_GENDERS[kin]) {
                    continue;
                }
                String had = kinCalls[kin];
                kinCalls[kin] = had == null || !had.isEmpty() && keyOfName(had).equals(keyOfName(called)) ? called : "";
            }
        }
        return kinCalls;
    }

    /** Per kin of {@link #KIN_CALLS}, the one called by it; null until first asked. */
    private String[] kinCalls;

    /**
     * The name of the one who spoke the turn before quotation {@code k}, in another paragraph, a
     * few paragraphs back at most, when it is not the speaker of {@code k}; else null.
     */
    private String turnBefore(int k) {
        FoundQuote call = d.quotes.get(k);
        for (int j = k - 1; j >= Math.max(0, k - MAX_OTHER_LOOKBACK); j--) {
            FoundQuote o = d.quotes.get(j);
            if (o.paragraph < call.paragraph - MAX_OTHER_GAP) {
                return null;
            }
            if (o.group == call.group || o.paragraph == call.paragraph) {
                continue;
            }
            if (o.speakerName == null || call.speakerName != null && keyOfName(call.speakerName).equals(keyOfName(o.speakerName))) {
                return null;
            }
            return o.speakerName;
        }
        return null;
    }

    /** Kin nouns of a woman that {@link #kinOfOwner} reads. */
    private static final String[] MOTHER_WIFE = {"mother", "wife"};
    /** Kin nouns of a man that {@link #kinOfOwner} reads. */
    private static final String[] FATHER_HUSBAND = {"father", "husband"};

    /**
     * Gender code and surname key ({@code 2lee}) → the first title and surname written alone for
     * someone of that gender ({@code Mrs. Lee}), a parent's or a spouse's: not after {@code Miss}
     * or {@code Master}, a daughter's or a son's; gathered in one pass, when first asked.
     */
    private Map<String, String> titledSurnames() {
        if (titledSurnames == null) {
            titledSurnames = new HashMap<>();
            for (int c = 0; c < nameCount; c++) {
                int b = nameFirsts[c] - 1;
                if (nameFirsts[c] == nameEnds[c] && b >= 0 && d.mentions.isTitle(b) && nameGenders[c] != Lexicon.ANY
                        && !t.equalsIgnoreCase(b, "miss") && !t.equalsIgnoreCase(b, "master")) {
                    titledSurnames.putIfAbsent(nameGenders[c] + nameKeys[c], d.text.substring(t.start(b), t.end(nameEnds[c])));
                }
            }
        }
        return titledSurnames;
    }

    /** See {@link #titledSurnames()}; null until asked for. */
    private Map<String, String> titledSurnames;

    /**
     * The name of the last description in narration in tokens {@code (lo, p)} that the text ties
     * to one name ({@code the doctor} → {@code Dr. Lane}, see {@link #rankHolder}), when that name is
     * known to be of gender {@code g}, or, when nothing tells its gender, when the description is
     * the subject opening a sentence and is used elsewhere for a speaker ({@code said the parson});
     * else null.
     */
    private String heldBefore(int p, int lo, int g) {
        if (rankHolder.isEmpty()) {
            return null;   // no description tied to a name: nothing to look back for
        }
        for (int i = p - 1; i > lo; i--) {
            if (!d.mayBe(i, rankNounFilter) || !Character.isLowerCase(t.first(i)) || d.inQuote(i)) {
                continue;   // no such noun has its length and first letter
            }
            String word = d.lowerWord(i);
            String key = rankHolder.get(word);
            if (key == null) {
                continue;
            }
            // Of a name whose gender nothing tells, only the subject opening a sentence will do:
            // "The parson rode nearer. “Well,” he said."
            String title = roleTitles.getOrDefault(word, word);   // "the vicar" for "the clergyman"
            boolean known = !prefixNouns.contains(title) && genderOf(key) == g;
            if (!known && (genderOf(key) != Lexicon.ANY || !speakerNouns().contains(title) || PERSON_NOUNS.getOrDefault(word, g) != g)) {
                continue;
            }
            for (int k = i - 1; k > lo && k >= i - DESCRIPTION_REACH && t.kind(k) == TokenBuffer.WORD; k--) {
                if (t.equalsIgnoreCase(k, "the")) {
                    if (known || atSentenceStart(k) && isNarratedSubject(i)) {
                        return fullestOfGender(key, g);
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * {@code The guide stood on the bank.}: for a he ({@code g}), the description "the [word] [word]
     * noun" opening a sentence of narration in tokens {@code (lo, p)} as its subject, the last such
     * and with no pronoun opening a sentence after it, whose noun the text also uses for a
     * speaker ({@link #speakerNouns}), as written; else null. Only a noun of a role that tells no
     * gender (guide, surgeon, not man or lady, which {@link #describedBefore} weighs): in the
     * fiction this reads, such a role is a man's unless the text says otherwise.
     */
    private String describedSubjectBefore(int p, int lo, int g) {
        if (g != Lexicon.MALE || speakerNouns().isEmpty()) {
            return null;
        }
        for (int i = p - 1; i > lo; i--) {
            if (t.kind(i) == TokenBuffer.WORD && !d.inQuote(i) && atSentenceStart(i) && d.mentions.isPronoun(i)) {
                return null;   // "The doctor came in. She looked up. “You?” she said.": she who looked up
            }
            if (t.kind(i) != TokenBuffer.WORD || !Character.isLowerCase(t.first(i)) || d.inQuote(i)
                    || !speakerNouns().contains(d.lowerWord(i)) || !isNarratedSubject(i)
                    || PERSON_NOUNS.containsKey(d.lowerWord(i))) {
                continue;
            }
            for (int k = i - 1; k > lo && k >= i - DESCRIPTION_REACH && t.kind(k) == TokenBuffer.WORD; k--) {
                if (t.equalsIgnoreCase(k, "the")) {
                    if (atSentenceStart(k)) {
                        return d.text.substring(t.start(k), t.end(i));
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * {@code My father set down Hale's letter. “Ah,” he said.}: for a he or she
     * ({@code g}), the description of a person of that gender owned by the narrator ({@code my
     * father}, {@code our old aunt}: {@link #OWNERS}, up to two words, a noun of person-nouns.txt)
     * that opens the sentence of narration right before the pronoun's (or its quotation's first
     * part), as its subject or the owner of its subject, when that sentence names no one but as an
     * owner ({@code Hale's name}); as written. Else null.
     */
    private String kinOpeningSentenceBefore(FoundQuote q, int qi, int p, int g) {
        int e = sentenceEndBefore(q, qi, p);
        if (e < 0) {
            return null;
        }
        int s = sentenceOpening(e);
        if (s >= e || d.inQuote(s) || !OWNERS.contains(d.lowerWord(s))) {
            return null;
        }
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, e);
        for (c = c >= 0 ? c : -c - 2; c >= 0 && nameEnds[c] >= s; c--) {
            if (!ownerApart(nameEnds[c])) {
                return null;   // someone named in it: the pronoun may be theirs
            }
        }
        for (int i = s + 1; i < e && i <= s + DESCRIPTION_REACH; i++) {
            if (!isLowerWord(i)) {
                return null;
            }
            boolean possessive = d.mentions.isPossessive(i);
            Integer ng = PERSON_NOUNS.get(possessive ? d.nameKey(i) : d.lowerWord(i));
            if (ng != null) {
                boolean owner = possessive || ownerApart(i);
                int end = possessive ? t.end(i) - 2 : t.end(i);
                return ng == g && (owner || isNarratedSubject(i)) ? d.text.substring(t.start(s), end) : null;
            }
        }
        return null;
    }

    /**
     * {@code Her partner, Ellery Brackett, keeps the books. … Her partner agrees. “…,” he said.}: for
     * a he or she ({@code g}), the name an owned description ({@code her partner}, {@link
     * #ownedApposedName}) stands for when it opens the sentence of narration right before the
     * pronoun's (or its quotation's first part) as its subject, before a verb, and that sentence
     * names no one; else null.
     */
    private String ownedOpeningSentenceBefore(FoundQuote q, int qi, int p, int g) {
        int e = ownedApposed.isEmpty() ? -1 : sentenceEndBefore(q, qi, p);
        if (e < 0) {
            return null;
        }
        int s = sentenceOpening(e);
        if (s >= e || d.inQuote(s) || !(t.equalsIgnoreCase(s, "his") || t.equalsIgnoreCase(s, "her") || t.equalsIgnoreCase(s, "their"))) {
            return null;
        }
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, e);
        if ((c >= 0 ? c : -c - 2) >= 0 && nameEnds[c >= 0 ? c : -c - 2] >= s) {
            return null;   // someone named in it: the pronoun may be theirs
        }
        for (int i = s + 1; i < e && i <= s + 1 + OWNED_MODIFIERS; i++) {
            if (!isLowerWord(i)) {
                return null;
            }
            String name = isNarratedSubject(i) ? ownedApposedName(q, qi, s, i, g) : null;
            if (name != null) {
                return name;   // "Her partner agrees", "Her elderly partner agrees"
            }
        }
        return null;
    }

    /**
     * The token that ends the sentence of narration right before the pronoun at token {@code p} or
     * before the first part of its quotation {@code q} (number {@code qi}), past line breaks; -1
     * when no sentence of narration ends there.
     */
    private int sentenceEndBefore(FoundQuote q, int qi, int p) {
        int anchor = Math.min(p, t.indexAt(q.start));   // a report without marks is no quotation of the list
        if (qi < d.quotes.size() && d.quotes.get(qi) == q) {
            int opening = qi;
            while (opening > 0 && q.group >= 0 && d.quotes.get(opening - 1).group == q.group) {
                opening--;   // “Well,” he said, “…”: the sentence before the quotation's first part
            }
            anchor = Math.min(p, d.firstToken(opening));
        }
        int e = anchor - 1;
        while (e >= 0 && t.isBreak(e)) {
            e--;
        }
        return e < 1 || !d.endsSentence(e) || d.inQuote(e) ? -1 : e;
    }

    /** The first word of the sentence that ends at token {@code e}, past line breaks and an opening conjunction. */
    private int sentenceOpening(int e) {
        int s = Sieves.sentenceStart(d, e) + 1;
        while (s < e && t.isBreak(s)) {
            s++;
        }
        if (s < e && Sieves.isOpeningConjunction(d, s)) {
            s++;
        }
        return s;
    }

    /** Words at most of a name owning the subject that opens a sentence ({@link #ownerOpeningSentenceBefore}). */
    private static final int MAX_OWNER_WORDS = 4;

    /**
     * {@code Orm Tally's face went red. “Out,” he said.}: for a he or she ({@code g}), the person
     * whose name, in the possessive, opens the sentence of narration right before the pronoun's (or
     * its quotation's first part) as the owner of its subject, when that person is known to be of
     * gender {@code g} and the sentence names no one else: the one whose face or voice the sentence
     * tells of is the one who speaks next. Else null.
     */
    private String ownerOpeningSentenceBefore(FoundQuote q, int qi, int p, int g) {
        int e = sentenceEndBefore(q, qi, p);
        if (e < 0) {
            return null;
        }
        int s = sentenceOpening(e);
        int owner = -1;
        for (int i = s; i < e && i < s + MAX_OWNER_WORDS; i++) {
            if (d.inQuote(i) || t.kind(i) != TokenBuffer.WORD && !t.is(i, '.') || t.kind(i) == TokenBuffer.WORD && !Character.isUpperCase(t.first(i))) {
                return null;   // "Mr. Orm Tally's": capitalized words, titles and their stops only
            }
            if (t.kind(i) == TokenBuffer.WORD && d.mentions.isPossessive(i)) {
                owner = i;
                break;
            }
            if (t.kind(i) == TokenBuffer.WORD && d.mentions.isFunctionWord(i)) {
                return null;   // "Only Orm's …": a word of the sentence, no part of the name
            }
        }
        if (owner < 0 || owner + 1 >= e || isLowerWord(owner + 1) && PERSON_NOUNS.containsKey(d.lowerWord(owner + 1))) {
            return null;   // "Orm's wife could tell.": someone else, whom the owner names
        }
        String key = key(owner);
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, e);
        for (c = c >= 0 ? c : -c - 2; c >= 0 && nameEnds[c] >= s; c--) {
            if (!nameKeys[c].equals(key)) {
                return null;   // someone else named in it: the pronoun may be theirs
            }
        }
        if (!persons.contains(key) || places.contains(key)) {
            return null;
        }
        int ng = Lexicon.ANY;
        for (int i = s; i < owner && ng == Lexicon.ANY; i++) {
            ng = Lexicon.titleGender(d.cls(i));   // "Mrs. Tally's": the title tells which of a family
        }
        String name = fullestOfGender(key, g);
        if (ng == Lexicon.ANY && !family.contains(key)) {
            ng = genderOf(key);
            if (ng == Lexicon.ANY && name != null) {
                ng = genderOfName(name);
            }
        }
        return ng == g ? name : null;
    }

    /**
     * {@code The old man coughed. “Low tide,” he said.}: for a he or she speaking quotation
     * {@code qi}, the description of a person of that gender ({@code the old man}, {@code a
     * girl}: the, a or an, up to two words, a noun of person-nouns.txt) that opens the sentence of
     * narration right before the quotation's first part, in the quotation's own paragraph, as the
     * subject of that sentence, when the sentence names no one; as written. Else null. Asked only
     * where the name found for the pronoun tells no gender: the paragraph is about the one it
     * describes, not about a name further back that may be anyone's.
     */
    private String describedOpeningBefore(FoundQuote q, int qi) {
        int p = t.indexAt(q.speakerStart);
        int g = p < t.size() ? Lexicon.pronounGender(d.cls(p)) : Lexicon.ANY;
        if (g == Lexicon.ANY || qi >= d.quotes.size() || d.quotes.get(qi) != q) {
            return null;
        }
        int opening = qi;
        while (opening > 0 && q.group >= 0 && d.quotes.get(opening - 1).group == q.group) {
            opening--;   // “Well,” he said, “…”: the sentence before the quotation's first part
        }
        int e = d.firstToken(opening) - 1;
        while (e >= 0 && t.isBreak(e)) {
            e--;
        }
        // a text set one sentence to a line tells no paragraphs: the line before may be the quotation's own
        int own = d.found.paraStart[d.sentencePerLine ? Math.max(0, q.paragraph - 1) : q.paragraph];
        if (e < 1 || !d.endsSentence(e) || d.inQuote(e) || e < own) {
            return null;
        }
        int s = Sieves.sentenceStart(d, e) + 1;
        while (s < e && t.isBreak(s)) {
            s++;
        }
        if (s >= e || d.inQuote(s) || s < own
                || !(t.equalsIgnoreCase(s, "the") || t.equalsIgnoreCase(s, "a") || t.equalsIgnoreCase(s, "an"))) {
            return null;
        }
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, e);
        if ((c >= 0 ? c : -c - 2) >= 0 && nameEnds[c >= 0 ? c : -c - 2] >= s) {
            return null;   // someone named in it: the pronoun may be theirs
        }
        for (int i = s + 1; i < e && i <= s + DESCRIPTION_REACH; i++) {
            if (!isLowerWord(i)) {
                return null;
            }
            Integer ng = PERSON_NOUNS.get(d.lowerWord(i));
            if (ng != null) {
                return ng == g && isNarratedSubject(i) ? d.text.substring(t.start(s), t.end(i)) : null;
            }
        }
        return null;
    }

    /**
     * {@code “My name is Tam Wick,” he said. “I'm from the coast.”}: gives {@code name} to the
     * quotations right before and after quotation {@code qi} that share its tag (the same speaker
     * mention), the pieces of one utterance.
     */
    private void sameTagGoesOn(int qi, String name) {
        FoundQuote q = d.quotes.get(qi);
        for (int k = qi - 1; k >= 0 && sameTag(d.quotes.get(k), q); k--) {
            d.quotes.get(k).speakerName = name;
        }
        for (int k = qi + 1; k < d.quotes.size() && sameTag(d.quotes.get(k), q); k++) {
            d.quotes.get(k).speakerName = name;
        }
    }

    /** Whether quotations {@code a} and {@code b} are tagged by the same speaker mention. */
    private static boolean sameTag(FoundQuote a, FoundQuote b) {
        return a.hasSpeaker() && a.speakerStart == b.speakerStart && a.speakerEnd == b.speakerEnd;
    }

    /**
     * {@code “My name is Tam Wick,” he said.}: the name a quotation opens by giving as its speaker's
     * own ({@code My name is …}, {@code I am …}, {@code I'm …}: up to three capitalized words, then
     * a comma, a stop or the quotation's end, not a possessive), in its fullest form; else null.
     * After {@code I am} or {@code I'm}, only a name the narration also uses, so that a word of
     * nation or of feeling ({@code I am French}) is not taken for one.
     */
    private String nameToldInQuote(FoundQuote q) {
        int i = t.indexAt(q.contentStart);
        int end = t.indexAt(q.contentEnd);
        while (i < end && t.kind(i) != TokenBuffer.WORD) {
            i++;
        }
        if (i + 1 >= end) {
            return null;
        }
        boolean byName = false;
        if (t.equalsIgnoreCase(i, "my") && t.equalsIgnoreCase(i + 1, "name") && i + 2 < end && t.equalsIgnoreCase(i + 2, "is")) {
            i += 3;
            byName = true;
        } else if (t.equalsIgnoreCase(i, "i") && t.equalsIgnoreCase(i + 1, "am")) {
            i += 2;
        } else if (t.length(i) == 3 && Character.toLowerCase(t.first(i)) == 'i' && Chars.isApostrophe(d.text.charAt(t.start(i) + 1))
                && Character.toLowerCase(d.text.charAt(t.start(i) + 2)) == 'm') {
            i += 1;
        } else if (t.equalsIgnoreCase(i, "i") && i + 2 < end && t.kind(i + 1) == TokenBuffer.QUOTE_MARK
                && Chars.isApostrophe(t.first(i + 1)) && t.equalsIgnoreCase(i + 2, "m")) {
            i += 3;   // a tokenized text: "I 'm"
        } else {
            return null;
        }
        int first = i;
        while (i < end && i < first + 3 && t.kind(i) == TokenBuffer.WORD && Character.isUpperCase(t.first(i))
                && !d.mentions.isPronoun(i) && !d.mentions.isFunctionWord(i)) {
            i++;
        }
        if (i == first || i < t.size() && i < end && t.kind(i) != TokenBuffer.PUNCTUATION) {
            return null;   // "I am Quarn's cousin", "I am Quarn or his twin"
        }
        int last = i - 1;
        String key = d.nameKey(last);
        if (key.length() != t.length(last)) {
            return null;
        }
        String full = fullest.get(key);
        if (full == null && !byName) {
            return null;
        }
        return full != null ? full : d.text.substring(t.start(first), t.end(last));
    }

    /**
     * {@code “Sit down,” said my uncle. “You too,” he added.}: for a he or she ({@code g}) that goes
     * on speaking ({@link #CONTINUING}: added, continued, went on), the speaker of the turn before
     * when that is the narrator's kin of gender {@code g} ({@code my uncle}; see {@link #OWNERS}),
     * whom no name stands for, as written; else null.
     */
    private String kinContinuing(FoundQuote q, int qi, int g) {
        if (qi == 0 || qi >= d.quotes.size() || d.quotes.get(qi) != q || q.cueStart < 0) {
            return null;
        }
        int cue = t.indexAt(q.cueStart);
        if (cue >= t.size() || !Sieves.oneOf(d, cue, CONTINUING)) {
            return null;
        }
        int k = qi - 1;
        while (k >= 0 && (q.group >= 0 && d.quotes.get(k).group == q.group
                || d.quotes.get(k).speakerStart == q.speakerStart && d.quotes.get(k).speakerEnd == q.speakerEnd)) {
            k--;   // the parts of its own quotation
        }
        FoundQuote prev = k >= 0 ? d.quotes.get(k) : null;
        if (prev == null || !prev.hasSpeaker() || prev.speakerType != Mentions.DESCRIPTION) {
            return null;
        }
        int first = t.indexAt(prev.speakerStart);
        int last = t.indexAt(prev.speakerEnd - 1);
        if (last >= t.size() || first >= last || last - first > DESCRIPTION_REACH || !OWNERS.contains(d.lowerWord(first))) {
            return null;
        }
        Integer ng = PERSON_NOUNS.get(d.lowerWord(last));
        return ng != null && ng == g ? d.text.substring(prev.speakerStart, prev.speakerEnd) : null;
    }

    /** Verbs of speaking on, whose subject is the one who spoke last: {@code he added}, {@code she went on}. */
    private static final String[] CONTINUING = {"added", "continued", "resumed", "pursued", "persisted", "went"};

    /**
     * The narrator's possessive determiners, which open a description of someone by their tie to
     * the narrator ({@code my father}): a he or she after it is not that owner, as after {@code his
     * brother} it may be.
     */
    private static final Set<String> OWNERS = Set.of("my", "our");

    /**
     * Whether the word at token {@code i} is followed by a possessive ending written apart, as a
     * tokenized text writes it ({@code father 's}): an apostrophe, and right after it {@code s}.
     */
    private boolean ownerApart(int i) {
        int a = i + 1;
        return a + 1 < t.size() && t.kind(a) == TokenBuffer.QUOTE_MARK && Chars.isApostrophe(t.first(a))
                && t.end(a) == t.start(a + 1) && t.length(a + 1) == 1 && Character.toLowerCase(t.first(a + 1)) == 's';
    }

    /**
     * The nouns (lower case) of the descriptions "the … noun", "our … noun" or "my … noun" that
     * speak some quotation ({@code said the parson}, {@code said our guide}): words the text uses
     * for someone there. Gathered once, when first asked.
     */
    private Set<String> speakerNouns() {
        if (speakerNouns == null) {
            speakerNouns = new HashSet<>();
            for (FoundQuote q : d.quotes) {
                if (q.hasSpeaker() && q.speakerType == Mentions.DESCRIPTION) {
                    int first = t.indexAt(q.speakerStart);
                    int last = t.indexAt(q.speakerEnd - 1);
                    if (last < t.size() && first < last && (t.equalsIgnoreCase(first, "the") || ownedBySpeakerSide(first))) {
                        speakerNouns.add(d.lowerWord(last));
                    }
                }
            }
        }
        return speakerNouns;
    }

    /**
     * Whether token {@code i} is {@code our} or {@code my}: {@code our guide}, {@code my landlord}
     * name a role by the narrator's tie to it, as {@code the guide} does by the story's.
     */
    private boolean ownedBySpeakerSide(int i) {
        return t.equalsIgnoreCase(i, "our") || t.equalsIgnoreCase(i, "my");
    }

    /**
     * {@code The ferry guild met and condemned what it describes as “…”}: in reportage, an {@code it}
     * or {@code they} at token {@code p} that nothing else names stands for the subject of its own
     * sentence when that subject is a description before it (a body, a group, a paper), as written;
     * else null. A name or a person's pronoun there is left alone: {@code it} seldom stands for one.
     */
    private String sentenceSubjectOfNeuter(int p) {
        if (!d.reportage || p >= t.size() || !(t.equalsIgnoreCase(p, "it") || t.equalsIgnoreCase(p, "they"))) {
            return null;
        }
        int lo = Sieves.sentenceStart(d, p);
        Mentions.Mention m = new Mentions.Mention();
        if (!Sieves.sentenceSubject(d, lo + 1, p, m) || m.type != Mentions.DESCRIPTION || m.last >= p) {
            return null;
        }
        return d.text.substring(t.start(m.first), t.end(m.last));
    }

    /** See {@link #speakerNouns()}; null until asked for. */
    private Set<String> speakerNouns;

    /**
     * {@code A man came up the path. “Evening,” he said.}: for a he or she no name stands for, the
     * last description of a person of its gender in the narration a few lines before it ({@code a
     * man}, {@code his old aunt}: a determiner or possessive, up to two words, a noun of
     * person-nouns.txt), as written; else null. Further back, up to {@link #DESCRIBED_REACH}
     * tokens, when no one who may be of its gender is named since ({@code The stranger had come
     * on foot, a man in a long coat. … “No,” he said.}).
     */
    private String describedBefore(int p) {
        int g = p < t.size() ? Lexicon.pronounGender(d.cls(p)) : Lexicon.ANY;
        if (g == Lexicon.ANY) {
            return null;
        }
        int other = g == Lexicon.MALE ? Lexicon.FEMALE : Lexicon.MALE;
        int lo = Math.max(-1, p - DESCRIBED_REACH);
        int c = Arrays.binarySearch(nameEnds, 0, nameCount, p);
        for (c = c >= 0 ? c - 1 : -c - 2; c >= 0 && nameEnds[c] > lo; c--) {
            if (persons.contains(nameKeys[c]) && mentionGender(c) != other) {
                lo = Math.min(nameEnds[c], Math.max(-1, p - NEARBY));   // someone named since: only the few lines before
                break;
            }
        }
        for (int i = p - 1; i > lo; i--) {
            if (!d.mayBe(i, PERSON_NOUN_FILTER) || !Character.isLowerCase(t.first(i)) || d.inQuote(i)) {
                continue;   // most words, of no such noun's length and first letter, need no look-up
            }
            Integer ng = PERSON_NOUNS.get(d.lowerWord(i));
            if (ng == null || ng != g) {
                continue;
            }
            for (int k = i - 1; k >= Math.max(0, i - DESCRIPTION_REACH) && t.kind(k) == TokenBuffer.WORD; k--) {
                if (d.mentions.isDeterminer(k) || d.mentions.isPossessive(k)) {
                    if (k > 0 && (t.equalsIgnoreCase(k - 1, "like") || t.equalsIgnoreCase(k - 1, "as")
                            || t.equalsIgnoreCase(k - 1, "than"))) {
                        break;   // "not like a man": a likeness, no one there
                    }
                    return d.text.substring(t.start(k), t.end(i));
                }
            }
        }
        return null;
    }

    /**
     * The gender of name mention {@code c} in narration: told by its own title or given name, else
     * by the pronouns used after its full form ("Hugo Lamb … he"), else by those of its name.
     */
    private int mentionGender(int c) {
        if (nameGenders[c] != Lexicon.ANY) {
            return nameGenders[c];
        }
        int first = nameFirsts[c];
        int last = nameEnds[c];
        if (first < last && last - first < MAX_NAME_WORDS) {
            String key = nameKeys[c];
            int g = genderByVotes(lower(d.string(t.start(first), t.end(last) - (t.length(last) - key.length()))));
            if (g != Lexicon.ANY) {
                return g;
            }
        }
        return genderOf(nameKeys[c]);
    }

    /**
     * Whether a he or she of the gender other than {@code g} was resolved to the person of name
     * mention {@code c} before ({@link #heardAs}), when nothing else tells that person's gender: one
     * person is not both he and she. It only rules a person out, never in: a pronoun resolved wrongly
     * draws no more to its name.
     */
    private boolean heardAsOther(int c, int g) {
        if (heard.isEmpty() || g == Lexicon.ANY) {
            return false;
        }
        int first = nameFirsts[c];
        int last = nameEnds[c];
        String key = first < last ? lower(d.string(t.start(first), t.end(last) - (t.length(last) - nameKeys[c].length()))) : nameKeys[c];
        int h = heard.getOrDefault(key, Lexicon.ANY);
        return h != Lexicon.ANY && h != g;
    }

    /**
     * Per name of no gender otherwise told (the full name in lower case, or the key of a name of
     * one word), the gender of the he's or she's resolved to it so far, in text order; ANY once
     * both are ({@link #heardAs}).
     */
    private final Map<String, Integer> heard = new HashMap<>();

    /**
     * {@code “It took forever,” she said.} resolved to {@code Vantry}: notes that a he or she of
     * gender {@code g} stands for the person named {@code name}, so that a pronoun of the other
     * gender later goes to someone else ({@link #heardAsOther}): one person is not both he and she.
     * Only in reportage, and not for a surname a family shares (Mr. and Mrs. Lee).
     */
    private void heardAs(String name, int g) {
        if (g == Lexicon.ANY || name.isEmpty() || descriptions.contains(name) || genderOfName(name) != Lexicon.ANY
                || family.contains(keyOfName(name))) {
            return;
        }
        String key = name.indexOf(' ') < 0 ? keyOfName(name) : lower(name);
        if (key.indexOf(' ') < 0 && genderOf(key) != Lexicon.ANY) {
            return;
        }
        Integer had = heard.putIfAbsent(key, g);
        if (had != null && had != g) {
            heard.put(key, Lexicon.ANY);
        }
    }

    /**
     * The person the turn before quotation {@code q} (number {@code qi}) addresses by name, when
     * {@code q} opens the next paragraph and that person is not known to be of the other gender
     * than {@code g} (ANY when nothing tells it): the one who answers; else null. Asked only for a
     * pronoun of {@code q}'s own paragraph, not one it shares with the turn before, or for a
     * definite description ({@code “Ready, Tam?” … “Quite,” answered the smith.}).
     */
    private String addressedBefore(FoundQuote q, int qi, int g) {
        if (qi == 0 || qi >= d.quotes.size() || d.quotes.get(qi) != q || !Sieves.opensParagraph(d, qi)) {
            return null;
        }
        FoundQuote prev = Sieves.previousTurn(d, qi);
        if (prev == null || prev.group == q.group || d.endParagraph(qi - 1) != q.paragraph - 1) {
            return null;
        }
        // The turn may run over several paragraphs of one speaker (a text set one sentence to a line).
        String key = addressedKey(qi - 1);
        for (int k = qi - 1; key == null && k > qi - 1 - MAX_TURN_PARTS && k > 0; k--) {
            FoundQuote part = d.quotes.get(k);
            FoundQuote before = d.quotes.get(k - 1);
            boolean oneQuotation = part.group >= 0 && part.group == before.group   // “Ann,” I said, “sit.”
                    || part.hasSpeaker() && part.speakerStart == before.speakerStart;   // the same, not yet joined
            if (!oneQuotation && (part.speakerName == null || !part.speakerName.equals(before.speakerName))
                    || d.endParagraph(k - 1) < part.paragraph - 1) {
                break;
            }
            key = addressedKey(k - 1);
        }
        String name = addressedPerson(key, g);
        if (name == null || prev.speakerName != null && (keyOfName(prev.speakerName).equals(key)
                || keyOfName(prev.speakerName).equals(keyOfName(name)))) {
            return null;
        }
        return genderOf(key) == g || g != Lexicon.ANY && family.contains(key) ? fullestOfGender(key, g) : name;
    }

    /**
     * The fullest name of the person a quotation addresses as {@code key} ({@link #addressedKey}),
     * when the text shows them to be a person, or, in a story, the narration shows them acting
     * ({@link #narratedSubject}: in news a country or a body acts too), and tells no gender of them
     * other than {@code g} (ANY when nothing tells it); else null.
     */
    private String addressedPerson(String key, int g) {
        String name = key == null ? null : fullestName(key);
        if (name == null || !persons.contains(key) && !persons.contains(keyOfName(name)) && (TermDetector.quotesAsNews(d) || places.contains(key) || !narratedSubject(key))
                || g != Lexicon.ANY && genderOf(key) != g && genderOfName(name) != g && (genderOf(key) != Lexicon.ANY || genderOfName(name) != Lexicon.ANY)) {
            return null;
        }
        return name;
    }

    /** See {@link #narratedSubject}; null until asked for. */
    private Set<String> narratedSubjects;

    /**
     * Whether a name of key {@code key} stands somewhere in the narration, past the opening of its
     * sentence, as the subject of a clause ({@code where Tessaly came in}): someone who acts, though
     * the text gives no title, given name or pronoun to show it. The set is made once, in one pass
     * over the name mentions.
     */
    private boolean narratedSubject(String key) {
        if (narratedSubjects == null) {
            narratedSubjects = new HashSet<>();
            for (int c = 0; c < nameCount; c++) {
                if (!atSentenceStart(titlesStart(nameFirsts[c])) && isNarratedSubject(nameEnds[c])) {
                    narratedSubjects.add(nameKeys[c]);
                }
            }
        }
        return narratedSubjects.contains(key);
    }

    /** Quotations looked over, at most, for the first of the next paragraph ({@link #addressedAfter}). */
    private static final int MAX_NEXT_TURN_STEPS = 8;

    /**
     * {@code “Then ask him,” said her daughter.} / {@code “I have, Winifred, twice.”}: the person the
     * next turn addresses by name, when that turn opens the paragraph right after quotation {@code
     * q}'s (number {@code qi}), which opens its own, and that person is not known to be of the other
     * gender than {@code g}: the one answered is the one who just spoke. Not one the next turn's
     * own speaker is named as. Asked for a definite description ({@link #isDefinite}) or one of
     * the narrator's own ({@link #isMine}). Else null.
     */
    private String addressedAfter(FoundQuote q, int qi, int g) {
        if (qi >= d.quotes.size() || d.quotes.get(qi) != q || !Sieves.opensParagraph(d, qi)) {
            return null;
        }
        int end = d.endParagraph(qi);
        int j = qi + 1;
        while (j < d.quotes.size() && j - qi < MAX_NEXT_TURN_STEPS && d.quotes.get(j).paragraph <= end) {
            j++;
        }
        if (j >= d.quotes.size() || d.quotes.get(j).paragraph != end + 1 || d.quotes.get(j).group == q.group
                || !Sieves.opensParagraph(d, j) || Sieves.previousTurn(d, j) == null) {
            return null;
        }
        String key = addressedKey(j);
        String name = addressedPerson(key, g);
        FoundQuote next = d.quotes.get(j);
        if (name == null || next.hasSpeaker() && next.speakerType == Mentions.NAME
                        && (key.equals(key(t.indexAt(next.speakerEnd - 1))) || name.equals(next.speakerName))) {
            // "Winifred" … said Miss Orvald: the same Winifred Orvald (names are resolved before descriptions)
            return null;
        }
        return genderOf(key) == g || g != Lexicon.ANY && family.contains(key) ? fullestOfGender(key, g) : name;
    }

    /**
     * parent-ties.txt: words for a parent or grandparent, by the tie they name: the narrator's {@code
     * my mother} is the {@code Mum} the narration names ({@link #myKinByName}).
     */
    private static final List<Set<String>> PARENT_WORDS = parentTies();

    private static List<Set<String>> parentTies() {
        List<Set<String>> ties = new ArrayList<>();
        for (String line : Lexicons.lines("parent-ties.txt")) {
            ties.add(Set.of(Lexicons.fields(line)));
        }
        return List.copyOf(ties);
    }

    /**
     * {@code “…,” my mother shouted.} in a story whose narration writes {@code Mum said …}: the
     * name that the narration gives, as a name of its own, to the parent or grandparent a
     * description of the narrator's ({@code my mother}, {@code my dad}; chars {@code [start, end)})
     * names by that tie, when it gives one such name only; else null.
     */
    private String myKinByName(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        if (last != first + 1 || !t.equalsIgnoreCase(first, "my") || !Character.isLowerCase(t.first(last))) {
            return null;
        }
        String noun = d.lowerWord(last);
        for (int tie = 0; tie < PARENT_WORDS.size(); tie++) {
            if (PARENT_WORDS.get(tie).contains(noun)) {
                String found = parentNames()[tie];
                return found == null ? null : fullest.get(found);
            }
        }
        return null;
    }

    /**
     * Per tie of {@link #PARENT_WORDS}, the key of the one word of it that the text writes as a
     * name of its own ({@code Mum said …}), or null when it writes none or two ({@code Mum} and
     * {@code Mother}): read once over the names, not once per quotation.
     */
    private String[] parentNames() {
        if (parentNames == null) {
            parentNames = new String[PARENT_WORDS.size()];
            boolean[] two = new boolean[PARENT_WORDS.size()];
            for (int c = 0; c < nameCount; c++) {
                if (nameFirsts[c] != nameEnds[c] || !Character.isUpperCase(t.first(nameEnds[c]))) {
                    continue;
                }
                for (int tie = 0; tie < parentNames.length; tie++) {
                    if (PARENT_WORDS.get(tie).contains(nameKeys[c])) {
                        two[tie] |= parentNames[tie] != null && !parentNames[tie].equals(nameKeys[c]);
                        parentNames[tie] = nameKeys[c];
                    }
                }
            }
            for (int tie = 0; tie < parentNames.length; tie++) {
                if (two[tie]) {
                    parentNames[tie] = null;   // Mum and Mother both: not told which
                }
            }
        }
        return parentNames;
    }

    /** {@link #parentNames}'s answer, or null until first asked. */
    private String[] parentNames;

    /**
     * Whether the description in chars {@code [start, end)} points to someone in the scene: it opens
     * with the, this, that or a possessive ({@code the painter}, {@code her lodger}, {@code the
     * miller's wife}) and ends in a noun in lower case ({@code the Collector} is a title, a name).
     * Not {@code my}: the narrator's kin are called by that tie, whatever others call them.
     */
    private boolean isDefinite(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        return last < t.size() && first < last && Character.isLowerCase(t.first(last))
                && (t.equalsIgnoreCase(first, "the") || t.equalsIgnoreCase(first, "this") || t.equalsIgnoreCase(first, "that")
                        || d.mentions.isPossessive(first) || Sieves.isPossessivePronoun(d, first));
    }

    /**
     * Whether the description in chars {@code [start, end)} is the narrator's kin or friend ({@code
     * my aunt}, {@code my brother's wife}): ending in a noun in lower case after {@code my}. Such a
     * speaker keeps the tie ({@link #isDefinite}) unless the next turn calls them by name ({@link
     * #addressedAfter}): {@code “Up so late?” said my aunt.} / {@code “Yes, Aunt Ann,” I said.}.
     */
    private boolean isMine(int start, int end) {
        int first = t.indexAt(start);
        int last = t.indexAt(end - 1);
        return last < t.size() && first < last && Character.isLowerCase(t.first(last)) && t.equalsIgnoreCase(first, "my");
    }

    /**
     * {@code “Go,” said Tom. “Stay,” grunted the old man.}: the key of the one named as the speaker of
     * the turn before quotation {@code qi}, not known to be of another gender than {@code g}, whom a
     * description of {@code qi}'s speaker does not stand for: a writer who names one turn's speaker
     * and describes the next one's has passed the word to someone else; else null. (Mr. Lamb's
     * turn does not rule out Mrs. Lamb, though one key stands for both.)
     */
    private String turnBeforeSpeaker(int qi, int g) {
        FoundQuote prev = Sieves.previousTurn(d, qi);
        if (prev == null || prev.group == d.quotes.get(qi).group || prev.speakerType != Mentions.NAME || prev.speakerName == null) {
            return null;
        }
        int first = t.indexAt(prev.speakerStart);
        int pg = first < t.size() && d.mentions.isTitle(first) ? Lexicon.titleGender(d.cls(first)) : Lexicon.ANY;
        pg = pg != Lexicon.ANY ? pg : genderOfSpeaker(prev);   // the title written there tells first
        return pg == Lexicon.ANY || pg == g ? keyOfName(prev.speakerName) : null;
    }

    /** The key of the name quotation {@code qi} addresses as a vocative, or null. */
    private String addressedKey(int qi) {
        int last = Sieves.vocativeLast(d, qi);
        return last >= 0 ? key(last) : null;
    }

    /**
     * Whether the speaker of quotation {@code o} is mentioned for it only after the pronoun at token
     * {@code p} and named nowhere before it: a pronoun stands for someone the reader has met, so
     * such a speaker is no one it can stand for.
     */
    private boolean namedOnlyAfter(FoundQuote o, int p) {
        return o.speakerStart > t.start(p) && firstNamed(o.speakerName) > p;
    }

    /**
     * The first token of narration at which a name of the person called {@code name} ends (a form
     * of it, or a given name standing for it), or {@code Integer.MAX_VALUE} when none does. The map
     * is made once, in one pass over the name mentions.
     */
    private int firstNamed(String name) {
        if (firstNamedAt == null) {
            firstNamedAt = new HashMap<>();
            for (int c = 0; c < nameCount; c++) {
                firstNamedAt.putIfAbsent(nameKeys[c], nameEnds[c]);
                String full = fullestName(nameKeys[c]);
                if (full != null) {
                    firstNamedAt.putIfAbsent(keyOfName(full), nameEnds[c]);
                }
            }
        }
        return firstNamedAt.getOrDefault(keyOfName(name), Integer.MAX_VALUE);
    }

    /**
     * Whether the last word of {@code name} appears in the text, in narration or in talk, only at
     * offset {@code offset} or after: someone not yet met or spoken of there.
     */
    boolean unheardOfBefore(String name, int offset) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String word = name.substring(name.lastIndexOf(' ') + 1);
        Integer first = firstWordAt.get(word);
        if (first == null) {
            first = firstWholeWord(word);
            firstWordAt.put(word, first);
        }
        return first >= offset;
    }

    /** The offset of the first occurrence of {@code word} as a whole word in the text, or the text's length. */
    private int firstWholeWord(String word) {
        String text = d.text;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return i;
            }
        }
        return text.length();
    }

    /** {@link #unheardOfBefore}'s cache: a word to the offset where it first stands alone. */
    private final Map<String, Integer> firstWordAt = new HashMap<>();

    /** {@link #firstNamed}'s map from a key to the token where a name of it first ends, or null until asked. */
    private Map<String, Integer> firstNamedAt;

    /**
     * Whether someone resolved as {@code name} speaks one of the quotations before quotation {@code qi}
     * that end after token {@code tok}, among the last {@link #RECENT_QUOTES}: they have spoken since.
     */
    private boolean spokeAfter(int qi, String name, int tok) {
        for (int k = qi - 1; k >= 0 && k >= qi - RECENT_QUOTES; k--) {
            FoundQuote o = d.quotes.get(k);
            if (d.afterToken(k) <= tok) {
                return false;
            }
            if (name.equals(o.speakerName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of the latest speaker before quotation {@code qi} known to be of gender {@code g},
     * for the pronoun at token {@code p}, not one {@link #namedOnlyAfter} it.
     */
    private String recentSpeaker(int qi, int p, int g, String addressed) {
        for (int k = qi - 1; k >= 0 && k >= qi - RECENT_QUOTES; k--) {
            FoundQuote o = d.quotes.get(k);
            if (o.speakerName == null || o.speakerType == Mentions.PRONOUN
                    && o.speakerName.length() == o.speakerEnd - o.speakerStart
                    && d.text.startsWith(o.speakerName, o.speakerStart)) {
                continue;
            }
            String name = o.speakerName;
            if (namedOnlyAfter(o, p)) {
                continue;   // “Yes.” He sat. … Mr. Hobb came in.: he is not Hobb, named only later
            }
            String key = lowerParts(name)[LAST];
            if (persons.contains(key) && genderOfName(name) == g && !key.equals(addressed)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the name in tokens {@code [first, last]} (after its titles, a few at most) opens a
     * sentence as its subject: followed by a comma that sets off what describes it ({@code Mr. Hall,
     * staring at them, found …}), or by an auxiliary of the past ({@link #AUXILIARIES}: {@code
     * Mr. Pell had gone out.}), also after the role it holds ({@link #roleOpensSentence}: {@code
     * Rovers manager Orrin Halbrook, who was sent off, praised …}). Inside a sentence a name before
     * an auxiliary may be the subject of a clause reported by someone else ({@code Ann said Tom was right}).
     */
    private boolean opensSentence(int first, int last) {
        int s = titlesStart(first);
        return (atSentenceStart(s) || roleOpensSentence(s)) && (last + 1 < t.size() && t.length(last + 1) == 1
                && d.text.charAt(t.start(last + 1)) == ',' || Sieves.oneOf(d, last + 1, AUXILIARIES));
    }

    /** Whether the name starting at token {@code first} (after its titles) opens the sentence that holds token {@code p}. */
    private boolean opensSentenceOf(int first, int p) {
        int s = titlesStart(first);
        return atSentenceStart(s) && Sieves.sentenceStart(d, p) < s;
    }

    /**
     * {@code Dag Orvo looked up. He rubbed his chin, and he muttered, …}: whether the name in tokens
     * {@code [first, last]} (after its titles) opens the sentence right before the one holding the
     * pronoun at {@code p}, and a he or she of gender {@code g} opens that one as its subject: the
     * subject of one sentence goes on as the pronoun opening the next.
     */
    private boolean subjectGoesOn(int first, int last, int p, int g) {
        int s = titlesStart(first);
        int ps = Sieves.sentenceStart(d, p) + 1;
        if (ps <= last || ps >= t.size() || !atSentenceStart(s) || d.inQuote(ps) || !d.mentions.isPronoun(ps)
                || Lexicon.pronounGender(d.cls(ps)) != g || !isStorySubject(ps)) {
            return false;
        }
        int e = ps - 1;
        while (e > last && t.isBreak(e)) {
            e--;   // the line break ending the sentence before
        }
        return Sieves.sentenceStart(d, e) + 1 == s;
    }

    /**
     * {@code Vasko Corvane disagreed. “…,” he told the Courier.}: whether the name in tokens {@code
     * [first, last]} (after its titles), of more than one word and naming no body, opens the
     * sentence right before quotation {@code qi}, or is set off after a short description opening
     * it ({@link #describedBefore}), the quotation opening a sentence of its paragraph and the
     * pronoun at {@code p} tagging it right after it: the subject of that sentence of narration goes
     * on as the one who speaks, though nothing else shows the name to be someone's.
     */
    private boolean subjectBeforeTaggedQuote(int first, int last, int qi, int p) {
        if (qi >= d.quotes.size() || first >= last || p < d.afterToken(qi) || d.quotes.get(qi).speakerStart != t.start(p)
                || d.mentions.namesABody(last)) {
            return false;
        }
        int s = titlesStart(first);
        int e = d.firstToken(qi) - 1;
        while (e > last && t.isBreak(e)) {
            e--;   // a line break between the sentence and the quotation
        }
        if (e <= last || e < d.found.paraStart[d.quotes.get(qi).paragraph] || !d.endsSentence(e) || d.inQuote(e)) {
            return false;
        }
        int opening = Sieves.sentenceStart(d, e) + 1;
        return opening == s && (isClauseSubject(last) || Sieves.oneOf(d, last + 1, AUXILIARIES)
                || Sieves.oneOf(d, last + 1, PRESENT_AUXILIARIES))
                || describedBefore(opening, s, last);
    }

    /** Words at most of a description that a name set off after it opens the sentence with ({@link #describedBefore}). */
    private static final int SET_OFF_DESCRIPTION_WORDS = 4;

    /**
     * {@code Her deputy, Teodor Vasko, was blunter.}: whether the sentence opening at token {@code
     * opening} opens with a short description, a determiner or owner and lower-case words, that the
     * name in tokens {@code [s, last]} is set off after by commas, with a verb after the second comma.
     */
    private boolean describedBefore(int opening, int s, int last) {
        int comma = s - 1;
        if (comma - opening < 2 || comma - opening > SET_OFF_DESCRIPTION_WORDS || !t.is(comma, ',') || last + 2 >= t.size()
                || !t.is(last + 1, ',') || !(isClauseSubject(last + 1) || Sieves.oneOf(d, last + 2, AUXILIARIES))
                || !(d.mentions.isDeterminer(opening) || d.mentions.isPossessive(opening)
                || Lexicon.pronounGender(d.cls(opening)) != Lexicon.ANY)) {
            return false;
        }
        for (int k = opening + 1; k < comma; k++) {
            if (t.kind(k) != TokenBuffer.WORD || !Character.isLowerCase(t.first(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case word that could be a verb follows the name ending at token {@code e}. */
    private boolean isClauseSubject(int e) {
        int k = e + 1;
        return k < t.size() && t.kind(k) == TokenBuffer.WORD && Character.isLowerCase(t.first(k))
                && !d.mentions.isFunctionWord(k) && !d.mentions.isPronoun(k);
    }

    /**
     * {@link #isClauseSubject}, or an auxiliary of narration in the past follows the noun at token
     * {@code e}, though a function word: {@code The warden had gone out}, {@code The guide was
     * gone}.
     */
    private boolean isNarratedSubject(int e) {
        return isClauseSubject(e) || Sieves.oneOf(d, e + 1, AUXILIARIES);
    }

    /**
     * {@link #isClauseSubject} in reportage; in a story, {@link #isNarratedSubject}: a he or she
     * before an auxiliary of narration in the past is the subject of its clause too ({@code He had
     * hoped to meet Mr. Brannock there.}).
     */
    private boolean isStorySubject(int e) {
        return d.reportage ? isClauseSubject(e) : isNarratedSubject(e);
    }

    /**
     * {@code Mirela Tovey has captained the ferry}: whether an auxiliary ({@link #AUXILIARIES}, or
     * {@code has}, {@code is}, {@code will}) follows the name ending at token {@code e}, then a word
     * in lower case that is no function word: the name is the subject of its clause.
     */
    private boolean auxiliaryAfter(int e) {
        int k = e + 1;
        return k + 1 < t.size() && (Sieves.oneOf(d, k, AUXILIARIES) || Sieves.oneOf(d, k, PRESENT_AUXILIARIES))
                && isClauseSubject(k);
    }

    /** {@code the Harrowgate Ferry Board is}: whether a determiner stands right before token {@code k}, which no person's name takes. */
    private boolean afterDeterminer(int k) {
        return k > 0 && d.mentions.isDeterminer(k - 1);
    }

    /** Auxiliaries of the present after a subject of one: {@code has}, {@code is}, {@code will}. */
    private static final String[] PRESENT_AUXILIARIES = {"has", "is", "will"};

    /** Modals of the present, which open the verb after a subject: {@code Ilse Vantry can be heard …}. */
    private static final String[] MODALS = {"can", "may", "should", "must"};

    /** Auxiliaries of narration in the past, which open the verb after a subject though they are function words. */
    private static final String[] AUXILIARIES = {"was", "were", "had", "would", "could", "might", "must", "did"};

    /**
     * Whether a reporting verb follows the name ending at token {@code e} at once, or after an
     * adverb or an auxiliary, or after an age set off by commas: {@code Vasko said}, {@code Vasko
     * has long argued}, {@code Ann Lee, 54, said}.
     */
    private boolean saysRightAfter(int e) {
        int k = e + 1;
        if (k + 2 < t.size() && t.is(k, ',') && t.kind(k + 1) == TokenBuffer.NUMBER && t.is(k + 2, ',')) {
            k += 3;
        }
        if (k < t.size() && d.mentions.isVerbFiller(k)) {
            k++;
        }
        return k < t.size() && d.verbAt(k) > 0;
    }

    /**
     * {@code A reporter for Agence Vantry called it …}: whether a lower-case word other than {@code
     * and} or {@code but} stands right before token {@code s}, so that the name there is the object
     * of a preposition or a verb, not the subject of the verb after it.
     */
    private boolean afterLowerWord(int s) {
        int b = s - 1;
        return b >= 0 && t.kind(b) == TokenBuffer.WORD && Character.isLowerCase(t.first(b))
                && !t.equalsIgnoreCase(b, "and") && !t.equalsIgnoreCase(b, "but");
    }

    /**
     * {@code Omondi said she had no regrets}: whether the name of one word at token {@code first},
     * known by {@code key}, is told by the he's and she's after it to be of gender {@code g}, or by
     * those resolved so far to the fullest name of its key ({@code Quennell Vardy told reporters …
     * “…,” she said. … Vardy said …}), and stands after no comma ({@code of Dunmere, D.C.,
     * explained}: a place's part, not someone).
     */
    private boolean surnameOfGender(int first, String key, int g) {
        int s = titlesStart(first);
        String full = fullest.get(key);
        return (genderByVotes(key) == g || full != null && heard.getOrDefault(lower(full), Lexicon.ANY) == g)
                && !(s > 0 && t.is(s - 1, ','));
    }

    /**
     * The first token at which a full name that spoke may stand to be the he or she of quotation
     * {@code q} ({@code qi}): its paragraph's start; in reportage, when the quotation opens its
     * paragraph, the start of the paragraph before, whose report the quotation goes on with
     * ({@code Nessa Quillon said she would stay. // “…,” she said.}).
     */
    private int spokeFrom(FoundQuote q, int qi) {
        int start = d.found.paraStart[q.paragraph];
        if (d.reportage && q.paragraph > 0 && qi < d.quotes.size() && d.quotes.get(qi) == q && d.firstToken(qi) == start) {
            return d.found.paraStart[q.paragraph - 1];
        }
        return start;
    }

    /**
     * The full name of mention {@code c} as written, in reportage, when it is a name of plain words
     * whose given name tells no gender and whose surname {@code key} another full name shares
     * ({@link #givenNamesDiffer}), shown to be someone's: the subject of a verb opening its sentence
     * or of a reporting verb, or set off after a description before {@code who} ({@code Jelena Vukovic}, not the
     * fullest name of the surname, which may be her father's); else null.
     */
    private String ownFullName(int c, String key) {
        int first = nameFirsts[c];
        int last = nameEnds[c];
        if (!d.reportage || first >= last || last - first >= MAX_NAME_WORDS || !t.isCapitalized(first)
                || Lexicon.nameGender(d.cls(first)) != Lexicon.ANY || !plainWords(first, last)
                || afterLowerWord(titlesStart(first)) || !givenNamesDiffer(key)) {
            return null;
        }
        for (int k = first + 1; k < last; k++) {
            if (Lexicon.nameGender(d.cls(k)) != Lexicon.ANY) {
                return null;   // "Activist Nora Tindall": the given name is the second word, the first describes her
            }
        }
        int s = titlesStart(first);
        boolean someone = saysRightAfter(last) || d.mentions.appositionVerbAfter(last) >= 0 || setOffBeforeVerb(first, last)
                || s > 0 && t.is(s - 1, ',') && last + 2 < t.size() && t.is(last + 1, ',') && t.equalsIgnoreCase(last + 2, "who")
                || atSentenceStart(s) && (opensSentence(first, last) || Sieves.oneOf(d, last + 1, PRESENT_AUXILIARIES)
                        || Sieves.oneOf(d, last + 1, MODALS) || isClauseSubject(last) && !(last + 2 < t.size() && t.isCapitalized(last + 2)));
        // "Former harbor warden Tessaly …", "the Office of Harbour Affairs …" open no one's name
        return someone ? d.string(t.start(first), t.end(last) - (t.length(last) - key.length())) : null;
    }

    /**
     * Whether the text writes full names of two given names or more, of plain words, with the
     * surname {@code key} ({@code Bogdan Vukovic}, {@code Jelena Vukovic}): two people share it.
     */
    private boolean givenNamesDiffer(String key) {
        NameForms f = forms.get(key);
        String given = null;
        for (int j = 0; f != null && j < f.size(); j++) {
            String form = f.form(j);
            int space = form.indexOf(' ');
            if (space <= 0 || !Character.isUpperCase(form.charAt(0))
                    || (Lexicon.get().classOf(form, 0, space) & (Lexicon.FIRST_FREE_BIT - 1) & ~(Lexicon.NAME_MALE | Lexicon.NAME_FEMALE)) != 0) {
                continue;   // a surname alone, one after its connector ("van der Vossberg"), a common word ("Several Vossberg aides")
            }
            String word = form.substring(0, space);
            if (given == null) {
                given = word;
            } else if (!given.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code The chair, Wilda Tovey, told them …}: whether the name in tokens {@code [first, e]}
     * stands set off by commas in apposition right before a reporting verb.
     */
    private boolean setOffBeforeVerb(int first, int e) {
        int s = titlesStart(first);
        return s > 0 && e + 2 < t.size() && t.is(s - 1, ',') && t.is(e + 1, ',') && d.verbAt(e + 2) > 0;
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

    // ---- the clusters of names, for the document's people (read once resolve() has run) ----

    /**
     * Keeps a name mention: the capitalized run {@code [s, last]} whose name starts at
     * {@code nameFirst} ({@code from} for a long run), from its first title on ({@code Vice
     * President J.D. Vance}, not {@code US Vice President J.D. Vance}). A mention not {@code sure}
     * is a single word opening a sentence, a name only if the text uses it as one elsewhere.
     */
    private void everyMention(int s, int nameFirst, int from, int last, String key, boolean sure) {
        int first = from > nameFirst ? from : nameFirst;
        for (int k = s; k < nameFirst && first == nameFirst; k++) {
            if (d.mentions.isTitle(k)) {
                first = k;
            }
        }
        if (mentionCount == mentionKeys.length) {
            mentionKeys = Arrays.copyOf(mentionKeys, mentionCount * 2);
            mentionTokens = Arrays.copyOf(mentionTokens, mentionCount * 4);
        }
        mentionTokens[2 * mentionCount] = first;
        mentionTokens[2 * mentionCount + 1] = sure ? last : -1 - last;
        mentionKeys[mentionCount++] = key;
    }

    /** The number of name mentions in the text, in quotations and narration alike. */
    int mentionCount() {
        return mentionCount;
    }

    /** Where name mention {@code i} starts (its titles included). */
    int mentionStart(int i) {
        return t.start(mentionTokens[2 * i]);
    }

    /** Where name mention {@code i} ends (a possessive {@code 's} left out). */
    int mentionEnd(int i) {
        int last = mentionTokens[2 * i + 1];
        last = last < 0 ? -1 - last : last;
        return t.end(last) - (t.length(last) - mentionKey(i).length());
    }

    /** Whether name mention {@code i} is a name for certain: not a lone word opening a sentence. */
    boolean mentionIsSure(int i) {
        return mentionTokens[2 * i + 1] >= 0;
    }

    /** The first token of name mention {@code i}: its first title, if it has one. */
    int mentionFirstToken(int i) {
        return mentionTokens[2 * i];
    }

    /** The cluster of name mention {@code i}: the same for every mention of one person. */
    String mentionKey(int i) {
        if (mentionKeys[i] == null) {
            mentionKeys[i] = key(-1 - mentionTokens[2 * i + 1]);   // only a mention not sure has none yet
        }
        return mentionKeys[i];
    }

    /** The cluster a resolved name (a {@code speakerName}) belongs to. */
    String keyOfName(String name) {
        String given = spelledOutKeys.get(name);
        if (given != null) {
            return given;
        }
        String key = lastWordKeys.get(name);
        if (key == null) {
            key = lastWordKey(name);
            lastWordKeys.put(name, key);
        }
        return key;
    }

    /** {@link #lastWordKey} of each name {@link #keyOfName} was asked about: the speakers, asked about again and again. */
    private final Map<String, String> lastWordKeys = new HashMap<>();

    /** The last word of {@code name} (after any white space) in lower case, without a possessive {@code 's}. */
    private static String lastWordKey(String name) {
        int e = name.length();
        int s = e;
        while (s > 0 && !Character.isWhitespace(name.charAt(s - 1))) {
            s--;
        }
        String w = lower(name, s, e);
        int len = w.length();
        if (len > 2 && w.charAt(len - 1) == 's' && Chars.isApostrophe(w.charAt(len - 2))) {
            return w.substring(0, len - 2);
        }
        return w;
    }

    /** The fullest name of a cluster, or null when the text never gives it as a name. */
    String fullestName(String key) {
        String full = spelledOut.get(key);
        return full != null ? full : fullest.get(key);
    }

    /** Whether a pronoun speaker's resolved {@code name} is a description ("a tall man"), not a name. */
    boolean isDescription(String name) {
        return descriptions.contains(name);
    }

    /** Whether the text shows the cluster to be a person: titled, a given name, he or she, or quoted. */
    boolean isPerson(String key) {
        return persons.contains(key);
    }
}
