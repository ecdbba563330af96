package org.quoteattributor.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;
import org.quoteattributor.text.WordTable;

/**
 * Reporting verbs and phrases (every inflected form) that link a quotation to its speaker, read
 * from {@code speech-verbs.txt} and adjusted by the user's additions and removals. Immutable.
 * Internal, not API.
 */
public final class SpeechVerbs {

    private static final class DefaultForms {
        static final List<String> FORMS = readForms();
    }

    /** Bit for a one-word form, and for the first word of a phrase, in {@link #classOf}. */
    public static final int VERB = Lexicon.FIRST_FREE_BIT << 1;
    public static final int PHRASE_HEAD = Lexicon.FIRST_FREE_BIT << 2;

    private final WordSet words;
    /** The lexicon's word classes and these verbs' bits in one table: one look-up per word. */
    private final WordTable classes;
    /** Multi-word forms, grouped by first word, each as its words, longest first. */
    private final List<List<String[]>> phrases;
    /** First word of a phrase → 1 + its index in {@link #phrases}. */
    private final WordTable phraseHeads;

    /** The default forms, plus {@code added}, less {@code removed} (all lower case). */
    public SpeechVerbs(Set<String> added, Set<String> removed) {
        Set<String> forms = new HashSet<>(DefaultForms.FORMS);
        forms.addAll(added);
        forms.removeAll(removed);
        List<String> single = new ArrayList<>();
        Map<String, List<String[]>> multi = new HashMap<>();
        for (String f : forms) {
            String[] parts = Lexicons.fields(f);
            if (parts.length == 1) {
                single.add(f);
            } else {
                multi.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
        }
        List<List<String[]>> groups = new ArrayList<>();
        Map<String, Integer> heads = new HashMap<>();
        for (Map.Entry<String, List<String[]>> e : multi.entrySet()) {
            List<String[]> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> b.length - a.length);   // longest phrase first
            groups.add(List.copyOf(list));
            heads.put(e.getKey(), groups.size());
        }
        this.words = new WordSet(single);
        this.phrases = List.copyOf(groups);
        this.phraseHeads = new WordTable(heads);
        Map<String, Integer> all = new HashMap<>(Lexicon.get().entries());
        for (String f : single) {
            all.merge(f, VERB, (a, b) -> a | b);
        }
        for (String h : heads.keySet()) {
            all.merge(h, PHRASE_HEAD, (a, b) -> a | b);
        }
        this.classes = new WordTable(all);
    }

    /**
     * The class bits of the word {@code text[start, end)}: the lexicon's ({@link Lexicon#classOf})
     * with {@link #VERB} and {@link #PHRASE_HEAD}; a title written with a final period counts as one.
     */
    public int classOf(CharSequence text, int start, int end) {
        int bits = classes.get(text, start, end);
        if ((bits & Lexicon.TITLE) == 0 && end - start > 1 && text.charAt(end - 1) == '.') {
            bits |= classes.get(text, start, end - 1) & (Lexicon.TITLE | Lexicon.TITLE_MALE | Lexicon.TITLE_FEMALE);
        }
        return bits;
    }

    /** Whether {@code text[start, end)} is a one-word form. */
    public boolean isForm(CharSequence text, int start, int end) {
        return words.contains(text, start, end);
    }

    /** Whether {@code text[start, end)} is the first word of a multi-word form. */
    public boolean isPhraseHead(CharSequence text, int start, int end) {
        return phraseHeads.get(text, start, end) != 0;
    }

    private static List<String> readForms() {
        List<String> out = new ArrayList<>();
        for (String line : Lexicons.lines("speech-verbs.txt")) {
            if (line.indexOf('|') >= 0) {
                for (String p : Lexicons.parts(line, '|')) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            } else {
                for (String w : Lexicons.fields(line)) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The number of tokens of a reporting verb or phrase starting at token {@code i}, or 0. The
     * longest match wins ({@code went on} over nothing, since {@code went} alone is no verb).
     */
    public int match(TokenBuffer t, int i) {
        if (t.kind(i) != TokenBuffer.WORD) {
            return 0;
        }
        String text = t.text();
        int head = phraseHeads.get(text, t.start(i), t.end(i));
        if (head != 0) {
            for (String[] p : phrases.get(head - 1)) {
                if (matchesPhrase(t, i, p)) {
                    return p.length;
                }
            }
        }
        return words.contains(text, t.start(i), t.end(i)) ? 1 : 0;
    }

    private static boolean matchesPhrase(TokenBuffer t, int i, String[] p) {
        if (i + p.length > t.size()) {
            return false;
        }
        for (int k = 1; k < p.length; k++) {
            if (t.kind(i + k) != TokenBuffer.WORD || !t.equalsIgnoreCase(i + k, p[k])) {
                return false;
            }
        }
        return true;
    }
}
