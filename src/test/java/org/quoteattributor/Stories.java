package org.quoteattributor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.quoteattributor.lexicon.Lexicon;
import org.quoteattributor.lexicon.SpeechVerbs;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/**
 * Generated news-like documents with a known structure: paragraphs of sentences in a handful of
 * reporting patterns, rendered with straight or with curly marks. Used by the properties (as
 * jqwik arbitraries) and by the concurrency test (from a seeded {@link Random}).
 */
final class Stories {

    private Stories() {
    }

    /** How marks and apostrophes are typed. */
    enum Style {
        STRAIGHT("\"", "\"", "'", "'", "'"),
        CURLY("“", "”", "‘", "’", "’");

        final String open;
        final String close;
        final String openSingle;
        final String closeSingle;
        final String apostrophe;

        Style(String open, String close, String openSingle, String closeSingle, String apostrophe) {
            this.open = open;
            this.close = close;
            this.openSingle = openSingle;
            this.closeSingle = closeSingle;
            this.apostrophe = apostrophe;
        }
    }

    /** The sentence patterns. */
    enum Pattern {
        /** Smith walked to the door. */
        NARRATION,
        /** “we will win,” Smith said. */
        TRAILING,
        /** “we will win,” said Smith. */
        INVERTED,
        /** Smith said: “We will win.” */
        LEADING,
        /** “We will,” Smith said, “win.” */
        INTERRUPTED,
        /** “we ‘will’ win,” Smith said. */
        NESTED,
        /** Smith didn’t like the ’90s or the students’ union. */
        APOSTROPHES,
        /** Smith called the plan “a win” and left. */
        FRAGMENT,
        /** Smith said: “We will. / “Win.” over two paragraphs. */
        OVER_PARAGRAPHS
    }

    /** One sentence: its pattern, a speaker name and two runs of lower-case words. */
    record Sentence(Pattern pattern, String name, List<String> words, List<String> more) {

        void render(StringBuilder b, Style s, String paragraphBreak) {
            String w = String.join(" ", words);
            String m = String.join(" ", more);
            switch (pattern) {
                case NARRATION -> b.append(name).append(" walked to the ").append(w).append('.');
                case TRAILING -> b.append(s.open).append(w).append(",").append(s.close).append(' ').append(name).append(" said.");
                case INVERTED -> b.append(s.open).append(w).append(",").append(s.close).append(" said ").append(name).append('.');
                case LEADING -> b.append(name).append(" said: ").append(s.open).append(capital(w)).append('.').append(s.close);
                case INTERRUPTED -> b.append(s.open).append(capital(w)).append(",").append(s.close).append(' ').append(name)
                        .append(" said, ").append(s.open).append(m).append('.').append(s.close);
                case NESTED -> b.append(s.open).append(w).append(' ').append(s.openSingle).append(m).append(s.closeSingle)
                        .append(" again,").append(s.close).append(' ').append(name).append(" said.");
                case APOSTROPHES -> b.append(name).append(" didn").append(s.apostrophe).append("t like the ")
                        .append(s.apostrophe).append("90s or the students").append(s.apostrophe).append(" union.");
                case FRAGMENT -> b.append(name).append(" called the plan ").append(s.open).append(w).append(s.close)
                        .append(" and left.");
                case OVER_PARAGRAPHS -> b.append(name).append(" said: ").append(s.open).append(capital(w)).append('.')
                        .append(paragraphBreak).append(s.open).append(capital(m)).append('.').append(s.close);
                default -> throw new AssertionError(pattern);
            }
        }
    }

    /** A whole document: paragraphs of sentences, separated by blank lines or by single line breaks. */
    record Story(List<List<Sentence>> paragraphs, boolean blankLines) {

        boolean has(Pattern pattern) {
            return paragraphs.stream().flatMap(List::stream).anyMatch(s -> s.pattern() == pattern);
        }

        String render(Style s) {
            String paragraphBreak = blankLines ? "\n\n" : "\n";
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < paragraphs.size(); p++) {
                if (p > 0) {
                    b.append(paragraphBreak);
                }
                List<Sentence> sentences = paragraphs.get(p);
                for (int i = 0; i < sentences.size(); i++) {
                    if (i > 0) {
                        b.append(' ');
                    }
                    sentences.get(i).render(b, s, paragraphBreak);
                }
            }
            return b.toString();
        }
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    // ---- words and names -----------------------------------------------------------------

    /** Plain lower-case words for the inside of quotations and narration. */
    static final List<String> WORDS = List.of("we", "will", "win", "the", "race", "soon", "never", "stop", "plan",
            "works", "today", "is", "good", "for", "all", "of", "us", "know", "it", "hard", "city", "vote", "bill",
            "time", "money", "more", "people", "work", "here", "home", "jobs", "tax", "law");

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final SpeechVerbs VERBS = new SpeechVerbs(Set.of(), Set.of());

    /** Number words a generated name may spell, which stand for people as a subject ({@code five said}). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /** The lexicons of verbs, whose words a generated name must not spell ({@code Deride} is a verb of stance). */
    private static final List<String> VERB_LEXICONS = List.of("addressing-verbs", "belief-verbs", "casting-verbs",
            "chanting-verbs", "characterizing-verbs", "clause-verbs", "naming-verbs", "narration-naming-verbs",
            "not-clause-verbs", "object-verbs", "passive-report-verbs", "passive-subject-verbs", "speech-verbs",
            "viewing-verbs", "word-use-verbs");

    /** Every word of the {@link #VERB_LEXICONS}, in lower case. */
    private static final Set<String> LEXICON_VERBS = lexiconWords(VERB_LEXICONS);

    private static Set<String> lexiconWords(List<String> lexicons) {
        Set<String> words = new java.util.HashSet<>();
        for (String name : lexicons) {
            String path = "/org/quoteattributor/lexicon/" + name + ".txt";
            try (java.io.InputStream in = Stories.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no lexicon " + path);
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        for (String w : line.trim().split("\\s+")) {
                            words.add(w.toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return words;
    }

    /**
     * Whether a generated capitalised word can only be read as a name: not a function word,
     * pronoun, title, role noun, number word ({@code Five said} may be five people) or a verb of
     * any verb lexicon ({@code Kalo Deride said …}: a verb of stance after a name).
     */
    static boolean usableName(String w) {
        Lexicon lex = Lexicon.get();
        int n = w.length();
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (NUMBER_WORDS.contains(lower) || LEXICON_VERBS.contains(lower) || lex.isFunctionWord(w, 0, n) || lex.isPronoun(w, 0, n) || lex.isTitle(w, 0, n) || lex.isSpeakerNoun(w, 0, n)) {
            return false;
        }
        TokenBuffer t = Lexer.tokenize(w);
        return t.size() == 1 && VERBS.match(t, 0) == 0;
    }

    /** A capitalised word of two or three consonant-vowel syllables: Kalo, Mirute. */
    static Arbitrary<String> namePart() {
        Arbitrary<String> syllable = Combinators.combine(
                Arbitraries.of(CONSONANTS.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                Arbitraries.of(VOWELS.chars().mapToObj(c -> String.valueOf((char) c)).toList())).as(String::concat);
        return syllable.list().ofMinSize(2).ofMaxSize(3).map(l -> capital(String.join("", l))).filter(Stories::usableName);
    }

    /** A name of one to three capitalised parts: Kalo, Mirute Sadovi. */
    static Arbitrary<String> names() {
        return namePart().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
    }

    static Arbitrary<List<String>> words() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6);
    }

    static Arbitrary<Sentence> sentences() {
        return Combinators.combine(Arbitraries.of(Pattern.class), names(), words(), words()).as(Sentence::new);
    }

    static Arbitrary<Story> stories() {
        return Combinators.combine(sentences().list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false)).as(Story::new);
    }

    // ---- the same from a seeded Random, for tests that need thousands quickly --------------

    static Story story(Random r) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int np = 1 + r.nextInt(5);
        for (int p = 0; p < np; p++) {
            List<Sentence> sentences = new ArrayList<>();
            int ns = 1 + r.nextInt(3);
            for (int i = 0; i < ns; i++) {
                Pattern pattern = Pattern.values()[r.nextInt(Pattern.values().length)];
                sentences.add(new Sentence(pattern, name(r), words(r), words(r)));
            }
            paragraphs.add(sentences);
        }
        return new Story(paragraphs, r.nextBoolean());
    }

    private static String name(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(2);
        for (int p = 0; p < parts; p++) {
            String part;
            do {
                StringBuilder w = new StringBuilder();
                int syllables = 2 + r.nextInt(2);
                for (int s = 0; s < syllables; s++) {
                    w.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
                }
                part = capital(w.toString());
            } while (!usableName(part));
            if (p > 0) {
                b.append(' ');
            }
            b.append(part);
        }
        return b.toString();
    }

    private static List<String> words(Random r) {
        List<String> out = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(WORDS.get(r.nextInt(WORDS.size())));
        }
        return out;
    }
}
