package org.quoteattributor.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteattributor.text.WordFilter;
import org.quoteattributor.text.WordTable;

/**
 * The fixed word lists shared by every attributor — pronouns, titles, function words, role nouns,
 * determiners, given names — merged into one table from word to a bit set of its classes, so that
 * one look-up per token tells everything the linker asks of it. Read once, on first use;
 * immutable. Internal, not API.
 */
public final class Lexicon {

    /** Gender codes. */
    public static final int ANY = 0;
    public static final int MALE = 1;
    public static final int FEMALE = 2;

    /** Word-class bits, as {@link #classOf} returns them. */
    public static final int FUNCTION = 1;
    public static final int PRONOUN = 1 << 1;
    public static final int TITLE = 1 << 2;
    public static final int DETERMINER = 1 << 3;
    public static final int FILLER = 1 << 4;
    public static final int SPEAKER_NOUN = 1 << 5;
    public static final int CONNECTOR = 1 << 6;
    public static final int PRONOUN_MALE = 1 << 7;
    public static final int PRONOUN_FEMALE = 1 << 8;
    public static final int PRONOUN_PLURAL = 1 << 9;
    public static final int TITLE_MALE = 1 << 10;
    public static final int TITLE_FEMALE = 1 << 11;
    public static final int NAME_MALE = 1 << 12;
    public static final int NAME_FEMALE = 1 << 13;
    public static final int SPEECH_NOUN = 1 << 14;
    /** Adjectives of nation and language ({@code English}): capitalized, yet no name alone. */
    public static final int NATIONALITY = 1 << 15;
    /** Adverbs, determiners and pronouns that open a sentence with a capital ({@code Such}, {@code Next}): no name. */
    public static final int NOT_NAME = 1 << 16;
    /** Bits the callers add themselves: above every bit of this table. */
    public static final int FIRST_FREE_BIT = 1 << 17;

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private final Map<String, Integer> entries;
    private final WordTable classes;
    private final WordFilter functionWords;
    private final WordFilter genderedPronouns;
    private final WordFilter nameConnectors;

    private Lexicon() {
        Map<String, Integer> m = new HashMap<>();
        for (String line : Lexicons.lines("pronouns.txt")) {
            String[] f = Lexicons.fields(line);
            int bits = PRONOUN;
            if (f.length > 1 && f[1].equals("m")) {
                bits |= PRONOUN_MALE;
            } else if (f.length > 1 && f[1].equals("f")) {
                bits |= PRONOUN_FEMALE;
            }
            if (f.length > 2 && f[2].equals("p")) {
                bits |= PRONOUN_PLURAL;
            }
            m.merge(f[0], bits, (a, b) -> a | b);
        }
        for (String line : Lexicons.lines("gendered-words.txt")) {
            String[] f = Lexicons.fields(line);
            m.merge(f[0], f.length > 1 && f[1].equals("f") ? PRONOUN_FEMALE : PRONOUN_MALE, (a, b) -> a | b);
        }
        for (String line : Lexicons.lines("titles.txt")) {
            String[] f = Lexicons.fields(line);
            int bits = TITLE;
            if (f.length > 1 && f[1].equals("m")) {
                bits |= TITLE_MALE;
            } else if (f.length > 1 && f[1].equals("f")) {
                bits |= TITLE_FEMALE;
            }
            m.merge(f[0], bits, (a, b) -> a | b);
        }
        for (String line : Lexicons.lines("first-names.txt")) {
            String[] f = Lexicons.fields(line);
            m.merge(f[0], f.length > 1 && f[1].equals("f") ? NAME_FEMALE : NAME_MALE, (a, b) -> a | b);
        }
        addWords(m, "function-words.txt", FUNCTION);
        addWords(m, "speaker-nouns.txt", SPEAKER_NOUN);
        addWords(m, "determiners.txt", DETERMINER);
        addWords(m, "fillers.txt", FILLER);
        addWords(m, "name-connectors.txt", CONNECTOR);
        addWords(m, "speech-nouns.txt", SPEECH_NOUN);
        addWords(m, "nationality-words.txt", NATIONALITY);
        addWords(m, "not-name-words.txt", NOT_NAME);
        entries = Map.copyOf(m);
        classes = new WordTable(entries);
        functionWords = filter(FUNCTION);
        genderedPronouns = filter(PRONOUN_MALE | PRONOUN_FEMALE);
        nameConnectors = filter(CONNECTOR);
    }

    private WordFilter filter(int bits) {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if ((e.getValue() & bits) != 0) {
                words.add(e.getKey());
            }
        }
        return new WordFilter(words);
    }

    /** A quick "no" for words that cannot have {@link #FUNCTION}, without a look-up. */
    public WordFilter functionWords() {
        return functionWords;
    }

    /** A quick "no" for words that cannot have {@link #PRONOUN_MALE} or {@link #PRONOUN_FEMALE}. */
    public WordFilter genderedPronouns() {
        return genderedPronouns;
    }

    /** A quick "no" for words that cannot have {@link #CONNECTOR}. */
    public WordFilter nameConnectors() {
        return nameConnectors;
    }

    /** Every word of the lists with its class bits, to merge with other bits into one table. */
    public Map<String, Integer> entries() {
        return entries;
    }

    private static void addWords(Map<String, Integer> m, String resource, int bits) {
        for (String line : Lexicons.lines(resource)) {
            for (String w : Lexicons.fields(line)) {
                m.merge(w, bits, (a, b) -> a | b);
            }
        }
    }

    /** The shared instance. */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /**
     * The class bits of the word {@code s[start, end)}, ignoring case; a title written with a
     * final period ({@code Sen.}) counts as the title.
     */
    public int classOf(CharSequence s, int start, int end) {
        int bits = classes.get(s, start, end);
        if ((bits & TITLE) == 0 && end - start > 1 && s.charAt(end - 1) == '.') {
            bits |= classes.get(s, start, end - 1) & (TITLE | TITLE_MALE | TITLE_FEMALE);
        }
        return bits;
    }

    /**
     * {@link #MALE}, {@link #FEMALE} or {@link #ANY}, from the gender bits of a pronoun (he, she)
     * or of an object, possessive or reflexive one (him, her, himself).
     */
    public static int pronounGender(int bits) {
        return (bits & PRONOUN_MALE) != 0 ? MALE : (bits & PRONOUN_FEMALE) != 0 ? FEMALE : ANY;
    }

    /** The gender a title tells, from its bits. */
    public static int titleGender(int bits) {
        return (bits & TITLE_MALE) != 0 ? MALE : (bits & TITLE_FEMALE) != 0 ? FEMALE : ANY;
    }

    /** The gender a given name usually tells, from its bits. */
    public static int nameGender(int bits) {
        boolean male = (bits & NAME_MALE) != 0;
        boolean female = (bits & NAME_FEMALE) != 0;
        return male == female ? ANY : male ? MALE : FEMALE;
    }

    public boolean isPronoun(CharSequence s, int start, int end) {
        return (classOf(s, start, end) & PRONOUN) != 0;
    }

    /** {@link #MALE}, {@link #FEMALE} or {@link #ANY} for a pronoun. */
    public int pronounGender(CharSequence s, int start, int end) {
        return pronounGender(classOf(s, start, end));
    }

    /** Whether the word is a title; a final period is ignored. */
    public boolean isTitle(CharSequence s, int start, int end) {
        return (classOf(s, start, end) & TITLE) != 0;
    }

    /** The gender a title tells, or {@link #ANY}. */
    public int titleGender(CharSequence s, int start, int end) {
        return titleGender(classOf(s, start, end));
    }

    /** The gender a given name usually tells, or {@link #ANY}. */
    public int firstNameGender(CharSequence s, int start, int end) {
        return nameGender(classOf(s, start, end));
    }

    public boolean isFunctionWord(CharSequence s, int start, int end) {
        return (classOf(s, start, end) & FUNCTION) != 0;
    }

    public boolean isSpeakerNoun(CharSequence s, int start, int end) {
        return (classOf(s, start, end) & SPEAKER_NOUN) != 0;
    }
}
