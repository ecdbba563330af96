package org.quoteattributor.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteattributor.text.TokenBuffer;

/**
 * Reporting verbs and phrases (every inflected form) that link a quotation to its speaker, read
 * from {@code speech-verbs.txt} and adjusted by the user's additions and removals. Immutable.
 * Internal, not API.
 */
public final class SpeechVerbs {

    private static final class DefaultForms {
        static final List<String> FORMS = readForms();
    }

    private final WordSet words;
    /** Multi-word forms by their first word, each as its words. */
    private final Map<String, List<String[]>> phrases;
    private final WordSet phraseHeads;

    /** The default forms, plus {@code added}, less {@code removed} (all lower case). */
    public SpeechVerbs(Set<String> added, Set<String> removed) {
        Set<String> forms = new HashSet<>(DefaultForms.FORMS);
        forms.addAll(added);
        forms.removeAll(removed);
        List<String> single = new ArrayList<>();
        Map<String, List<String[]>> multi = new HashMap<>();
        for (String f : forms) {
            String[] parts = f.split(" ");
            if (parts.length == 1) {
                single.add(f);
            } else {
                multi.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
        }
        for (List<String[]> list : multi.values()) {
            list.sort((a, b) -> b.length - a.length);   // longest phrase first
        }
        this.words = new WordSet(single);
        this.phrases = Map.copyOf(multi);
        this.phraseHeads = new WordSet(multi.keySet());
    }

    private static List<String> readForms() {
        List<String> out = new ArrayList<>();
        for (String line : Lexicons.lines("speech-verbs.txt")) {
            if (line.indexOf('|') >= 0) {
                for (String p : line.split("\\|")) {
                    out.add(p.strip().toLowerCase(Locale.ROOT));
                }
            } else {
                for (String w : line.split(" ")) {
                    if (!w.isEmpty()) {
                        out.add(w.toLowerCase(Locale.ROOT));
                    }
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
        if (phraseHeads.contains(text, t.start(i), t.end(i))) {
            List<String[]> list = phrases.get(t.string(i).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            if (list != null) {
                for (String[] p : list) {
                    if (matchesPhrase(t, i, p)) {
                        return p.length;
                    }
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
