package org.quoteattributor.speaker;

import java.util.HashMap;
import java.util.Map;

/**
 * The forms one name is written in ("Vance", "J.D. Vance"), with how often each: a few parallel
 * arrays searched in turn instead of a map of boxed counts, since most names come in one or two
 * forms. Past {@link #SCAN} forms a map takes over, so that a name written in thousands of
 * forms costs no more than a map. Read back in the order a {@code HashMap} of the
 * forms would give (see {@link #inMapOrder()}), because which of two equally good forms wins
 * depends on it. One per name and call, not thread-safe. Internal, not API.
 */
final class NameForms {

    /** Forms searched in turn, at most; also the most a {@code HashMap} of 16 buckets holds without a tree or a resize. */
    private static final int SCAN = 8;

    private String[] forms = new String[2];
    private int[] hashes = new int[2];
    private int[] counts = new int[2];
    private int size;
    /** Past {@link #SCAN} forms: form → how often, fed exactly as a plain map of the counts would be; else null. */
    private Map<String, Integer> map;

    /** Counts one use of {@code form}. */
    void add(String form) {
        if (map != null) {
            map.merge(form, 1, Integer::sum);
            return;
        }
        int h = form.hashCode();
        for (int j = 0; j < size; j++) {
            if (hashes[j] == h && forms[j].equals(form)) {
                counts[j]++;
                return;
            }
        }
        if (size == SCAN) {
            // The calls a map would have had, as far as its shape goes: the first of each form, in
            // order (the later ones change no bucket: eight forms neither resize nor make a tree).
            map = new HashMap<>();
            for (int j = 0; j < size; j++) {
                map.merge(forms[j], counts[j], Integer::sum);
            }
            map.merge(form, 1, Integer::sum);
            return;
        }
        if (size == forms.length) {
            int c = size * 2;
            forms = java.util.Arrays.copyOf(forms, c);
            hashes = java.util.Arrays.copyOf(hashes, c);
            counts = java.util.Arrays.copyOf(counts, c);
        }
        forms[size] = form;
        hashes[size] = h;
        counts[size] = 1;
        size++;
    }

    /** The number of distinct forms. */
    int size() {
        return size;
    }

    /** Form {@code j}: in the order first seen, or in map order after {@link #inMapOrder()}. */
    String form(int j) {
        return forms[j];
    }

    /** How often form {@code j} is written. */
    int count(int j) {
        return counts[j];
    }

    /**
     * Puts the forms in the order a {@code HashMap<String, Integer>} counting them with
     * {@code merge} iterates them: with up to {@link #SCAN} forms it has 16 buckets, read in turn,
     * each from the form seen last to the one seen first ({@code merge} puts a new key at the head
     * of its bucket); with more, the map itself tells. No form may be added after.
     */
    void inMapOrder() {
        if (map != null) {
            size = map.size();
            forms = new String[size];
            hashes = new int[size];
            counts = new int[size];
            int o = 0;
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                forms[o] = e.getKey();
                hashes[o] = e.getKey().hashCode();
                counts[o++] = e.getValue();
            }
            map = null;
            return;
        }
        if (size < 2) {
            return;
        }
        String[] f = new String[size];
        int[] hs = new int[size];
        int[] c = new int[size];
        int o = 0;
        for (int bucket = 0; bucket < 16; bucket++) {
            for (int j = size - 1; j >= 0; j--) {
                int h = hashes[j];
                if (((h ^ (h >>> 16)) & 15) == bucket) {
                    f[o] = forms[j];
                    hs[o] = h;
                    c[o++] = counts[j];
                }
            }
        }
        forms = f;
        hashes = hs;   // kept beside their forms, so that a second call finds the same order
        counts = c;
    }
}
