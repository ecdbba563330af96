package org.quoteattributor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The front door: finds the quotations in a text and names who said each.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteAttributor.attribute("“We will win,” Smith said.");
 * quotes.get(0).speaker().get().mention();   // "Smith"
 *
 * Attribution a = QuoteAttributor.analyze(text);   // the quotations and the people of the text
 * a.people().get(0).name();                         // the fullest name of the first person named
 *
 * Attributor custom = QuoteAttributor.builder()
 *         .addSpeechVerbs("opined", "harrumphed")
 *         .maxSpeakerDistance(150)
 *         .build();
 * custom.attribute(text);
 * }</pre>
 *
 * <p>The default attributor and every built one are immutable and safe to share between threads.
 */
public final class QuoteAttributor {

    private static final class DefaultHolder {
        static final Attributor DEFAULT = new Builder().build();
    }

    private QuoteAttributor() {
    }

    /**
     * Finds the quotations in {@code text} with the default configuration.
     *
     * @param text any string; not {@code null}
     * @return the quotations in text order (outermost only; nested ones are in {@link Quote#nested()}),
     *     unmodifiable; empty for empty or blank text
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static List<Quote> attribute(String text) {
        return defaultAttributor().attribute(text);
    }

    /**
     * Finds the quotations in {@code text} and the people it names, with the default configuration.
     *
     * <pre>{@code
     * Attribution a = QuoteAttributor.analyze("“We will win,” Jane Smith told reporters.");
     * a.people().get(0).name();                      // Jane Smith
     * a.quotes().get(0).addressee().get().mention(); // reporters
     * }</pre>
     *
     * @param text any string; not {@code null}
     * @return the quotations and the people of the text; see {@link Attributor#analyze(String)}
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Attribution analyze(String text) {
        return defaultAttributor().analyze(text);
    }

    /** The attributor that {@link #attribute(String)} and {@link #analyze(String)} use. */
    public static Attributor defaultAttributor() {
        return DefaultHolder.DEFAULT;
    }

    /** A builder for an attributor with its own configuration, starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an {@link Attributor}. Not thread-safe itself; what it builds is.
     *
     * <pre>{@code
     * Attributor a = QuoteAttributor.builder()
     *         .quoteMarks(EnumSet.of(QuoteMarks.CURLY_DOUBLE, QuoteMarks.STRAIGHT_DOUBLE))
     *         .removeSpeechVerbs("thought")
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        /** The default for {@link #maxSpeakerDistance(int)}, in chars. */
        public static final int DEFAULT_MAX_SPEAKER_DISTANCE = 250;

        private final Set<String> addedVerbs = new LinkedHashSet<>();
        private final Set<String> removedVerbs = new LinkedHashSet<>();
        private EnumSet<QuoteMarks> marks = EnumSet.complementOf(EnumSet.of(QuoteMarks.DIALOGUE_DASH));
        private int maxSpeakerDistance = DEFAULT_MAX_SPEAKER_DISTANCE;
        private boolean includeTerms;
        private boolean includeIndirect;

        private Builder() {
        }

        /**
         * Adds reporting verbs or phrases (any inflected form, matched ignoring case; a phrase is
         * words separated by single spaces, such as {@code "chimed in"}).
         */
        public Builder addSpeechVerbs(String... verbs) {
            return addSpeechVerbs(java.util.Arrays.asList(Objects.requireNonNull(verbs, "verbs")));
        }

        /** Adds reporting verbs or phrases; see {@link #addSpeechVerbs(String...)}. */
        public Builder addSpeechVerbs(Collection<String> verbs) {
            for (String v : Objects.requireNonNull(verbs, "verbs")) {
                String norm = normalize(v);
                addedVerbs.add(norm);
                removedVerbs.remove(norm);
            }
            return this;
        }

        /** Stops the given forms (exactly as listed, ignoring case) from counting as reporting verbs. */
        public Builder removeSpeechVerbs(String... verbs) {
            for (String v : Objects.requireNonNull(verbs, "verbs")) {
                String norm = normalize(v);
                removedVerbs.add(norm);
                addedVerbs.remove(norm);
            }
            return this;
        }

        /**
         * Which quotation-mark families are recognised. The default is every family but
         * {@link QuoteMarks#DIALOGUE_DASH}, which suits Spanish, French or Russian fiction and is
         * off by default because English text also opens paragraphs with dashes.
         */
        public Builder quoteMarks(Set<QuoteMarks> families) {
            Objects.requireNonNull(families, "families");
            this.marks = EnumSet.noneOf(QuoteMarks.class);
            for (QuoteMarks family : families) {
                this.marks.add(Objects.requireNonNull(family, "families element"));
            }
            return this;
        }

        /**
         * How far, in chars, a speaker or cue may lie from the quotation it is linked to (measured
         * from the nearer end of the quotation). Default {@value #DEFAULT_MAX_SPEAKER_DISTANCE}.
         */
        public Builder maxSpeakerDistance(int chars) {
            this.maxSpeakerDistance = chars;
            return this;
        }

        /**
         * Whether quoted terms that nobody is reported saying (titles, scare quotes, numbers) are
         * returned too, as {@link Quote.Kind#TERM}. Default {@code false}: only speech is returned.
         */
        public Builder includeTerms(boolean include) {
            this.includeTerms = include;
            return this;
        }

        /**
         * Whether reported speech without quotation marks is returned too, as
         * {@link Quote.Kind#INDIRECT}: the reported clause of {@code Officials said that the talks
         * would go on.}, {@code The talks will go on, officials said.} or {@code …, according to
         * the ministry.}, with its speaker and reporting verb. Default {@code false}: only
         * quotations with marks are returned.
         *
         * <pre>{@code
         * Attributor a = QuoteAttributor.builder().includeIndirect(true).build();
         * Quote q = a.attribute("The mayor said that the bridge would reopen in May.").get(0);
         * q.kind();                          // INDIRECT
         * q.text();                          // that the bridge would reopen in May
         * q.speaker().get().mention();       // The mayor
         * q.cue().get().text();              // said
         * }</pre>
         *
         * <p>A reported clause ends before a whole quotation with marks. One that quotes a fragment
         * holds it: the clause lists the fragment's content span in {@link Quote#nested()}, and the
         * fragment follows the clause in the result as a {@link Quote#kind() MIXED} quotation,
         * exactly as the default attributor returns it (so the quotations with marks are the same
         * with or without this option). The two are not one quotation: each has its own
         * {@link Quote#group()}; their speaker and cue are found each on its own and mostly agree.
         *
         * <pre>{@code
         * List<Quote> r = a.attribute("She said the plan was “a disgrace” for farmers.");
         * r.get(0).text();                   // the plan was “a disgrace” for farmers  (INDIRECT)
         * r.get(0).nested();                 // [the content span of "a disgrace"]
         * r.get(1).text();                   // a disgrace                             (MIXED, She)
         * }</pre>
         *
         * <p>Only a clause with fewer than two words outside its fragments
         * ({@code She said that “…”.}) is left to the fragment alone. Indirect quotations never
         * overlap each other, and the result stays sorted by start.
         */
        public Builder includeIndirect(boolean include) {
            this.includeIndirect = include;
            return this;
        }

        /**
         * Checks the configuration and builds an immutable, thread-safe attributor.
         *
         * @throws IllegalArgumentException naming the setting that is out of range
         */
        public Attributor build() {
            if (maxSpeakerDistance < 0) {
                throw new IllegalArgumentException("maxSpeakerDistance must be >= 0, got " + maxSpeakerDistance);
            }
            return new Attributor(Set.copyOf(addedVerbs), Set.copyOf(removedVerbs), EnumSet.copyOf(marks),
                    maxSpeakerDistance, includeTerms, includeIndirect);
        }

        private static String normalize(String verb) {
            Objects.requireNonNull(verb, "verb");
            StringBuilder b = new StringBuilder(verb.length());
            for (int i = 0; i < verb.length(); i++) {
                char c = verb.charAt(i);
                if (!Character.isWhitespace(c)) {
                    b.append(c);
                } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            }
            String v = b.toString().strip().toLowerCase(Locale.ROOT);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("a speech verb must not be blank");
            }
            return v;
        }
    }
}
