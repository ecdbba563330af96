package org.quoteattributor.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed word lists shared by every attributor: pronouns, titles, function words and role
 * nouns. Read once, on first use; immutable. Internal, not API.
 */
public final class Lexicon {

    /** Gender codes. */
    public static final int ANY = 0;
    public static final int MALE = 1;
    public static final int FEMALE = 2;
    public static final int NEUTER = 3;

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private final WordSet pronouns;
    private final WordSet malePronouns;
    private final WordSet femalePronouns;
    private final WordSet pluralPronouns;
    private final WordSet titles;
    private final WordSet maleTitles;
    private final WordSet femaleTitles;
    private final WordSet functionWords;
    private final WordSet speakerNouns;
    private final WordSet maleNames;
    private final WordSet femaleNames;

    private Lexicon() {
        List<String> all = new ArrayList<>();
        List<String> male = new ArrayList<>();
        List<String> female = new ArrayList<>();
        List<String> plural = new ArrayList<>();
        for (String line : Lexicons.lines("pronouns.txt")) {
            String[] f = line.split(" ");
            all.add(f[0]);
            if (f.length > 1 && f[1].equals("m")) {
                male.add(f[0]);
            } else if (f.length > 1 && f[1].equals("f")) {
                female.add(f[0]);
            }
            if (f.length > 2 && f[2].equals("p")) {
                plural.add(f[0]);
            }
        }
        pronouns = new WordSet(all);
        malePronouns = new WordSet(male);
        femalePronouns = new WordSet(female);
        pluralPronouns = new WordSet(plural);
        List<String> t = new ArrayList<>();
        List<String> tm = new ArrayList<>();
        List<String> tf = new ArrayList<>();
        for (String line : Lexicons.lines("titles.txt")) {
            String[] f = line.split(" ");
            t.add(f[0]);
            if (f.length > 1 && f[1].equals("m")) {
                tm.add(f[0]);
            } else if (f.length > 1 && f[1].equals("f")) {
                tf.add(f[0]);
            }
        }
        titles = new WordSet(t);
        maleTitles = new WordSet(tm);
        femaleTitles = new WordSet(tf);
        functionWords = Lexicons.words("function-words.txt");
        speakerNouns = Lexicons.words("speaker-nouns.txt");
        List<String> mn = new ArrayList<>();
        List<String> fn = new ArrayList<>();
        for (String line : Lexicons.lines("first-names.txt")) {
            String[] f = line.split(" ");
            (f.length > 1 && f[1].equals("f") ? fn : mn).add(f[0]);
        }
        maleNames = new WordSet(mn);
        femaleNames = new WordSet(fn);
    }

    /** The shared instance. */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    public boolean isPronoun(CharSequence s, int start, int end) {
        return pronouns.contains(s, start, end);
    }

    /** {@link #MALE}, {@link #FEMALE} or {@link #ANY} for a pronoun. */
    public int pronounGender(CharSequence s, int start, int end) {
        if (malePronouns.contains(s, start, end)) {
            return MALE;
        }
        if (femalePronouns.contains(s, start, end)) {
            return FEMALE;
        }
        return ANY;
    }

    public boolean isPluralPronoun(CharSequence s, int start, int end) {
        return pluralPronouns.contains(s, start, end);
    }

    /** Whether the word is a title; a final period is ignored. */
    public boolean isTitle(CharSequence s, int start, int end) {
        return titles.contains(s, start, end) || end - start > 1 && s.charAt(end - 1) == '.'
                && titles.contains(s, start, end - 1);
    }

    /** The gender a title tells, or {@link #ANY}. */
    public int titleGender(CharSequence s, int start, int end) {
        int e = end - start > 1 && s.charAt(end - 1) == '.' ? end - 1 : end;
        if (maleTitles.contains(s, start, e)) {
            return MALE;
        }
        if (femaleTitles.contains(s, start, e)) {
            return FEMALE;
        }
        return ANY;
    }

    /** The gender a given name usually tells, or {@link #ANY}. */
    public int firstNameGender(CharSequence s, int start, int end) {
        if (maleNames.contains(s, start, end)) {
            return MALE;
        }
        if (femaleNames.contains(s, start, end)) {
            return FEMALE;
        }
        return ANY;
    }

    public boolean isFunctionWord(CharSequence s, int start, int end) {
        return functionWords.contains(s, start, end);
    }

    public boolean isSpeakerNoun(CharSequence s, int start, int end) {
        return speakerNouns.contains(s, start, end);
    }
}
