package org.quoteattributor.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quoteattributor.text.WordSet;

/**
 * Reads the plain-text word lists kept under {@code org/quoteattributor/lexicon/}: one entry a
 * line, {@code #} starts a comment. Each list is read once, when first needed. Internal, not API.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** The non-comment, non-blank lines of the named resource, stripped. */
    public static List<String> lines(String name) {
        String path = "/org/quoteattributor/lexicon/" + name;
        try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the jar: " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    /** A {@link WordSet} of every whitespace-separated word on the lines of the named resource. */
    public static WordSet words(String name) {
        List<String> words = new ArrayList<>();
        for (String line : lines(name)) {
            words.addAll(List.of(fields(line)));
        }
        return new WordSet(words);
    }

    /** The whitespace-separated fields of a lexicon line (a plain scan, no regular expression). */
    public static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < line.length() && !Character.isWhitespace(line.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(line.substring(i, j));
            }
            i = j;
        }
        return out.toArray(new String[0]);
    }

    /** The parts of a lexicon line between the separators {@code sep}, stripped. */
    public static List<String> parts(String line, char sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == sep) {
                out.add(line.substring(from, i).strip());
                from = i + 1;
            }
        }
        return out;
    }
}
