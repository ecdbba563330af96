package org.quoteattributor;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quoteattributor.pipeline.Pipeline;
import org.quoteattributor.pipeline.Settings;

/**
 * A configured quotation attributor: immutable, and safe to share between threads. Get one from
 * {@link QuoteAttributor#builder()} or {@link QuoteAttributor#defaultAttributor()}.
 *
 * <pre>{@code
 * Attributor a = QuoteAttributor.builder().maxSpeakerDistance(120).build();
 * for (Quote q : a.attribute(article)) {
 *     System.out.println(q.text() + " -- " + q.speaker().map(Speaker::name).orElse("?"));
 * }
 * }</pre>
 */
public final class Attributor {

    private final Pipeline pipeline;

    Attributor(Set<String> addedVerbs, Set<String> removedVerbs, Set<QuoteMarks> marks, int maxSpeakerDistance,
               boolean includeTerms, boolean includeIndirect) {
        boolean[] families = new boolean[QuoteMarks.values().length];
        for (QuoteMarks m : marks) {
            families[m.ordinal()] = true;
        }
        this.pipeline = new Pipeline(new Settings(addedVerbs, removedVerbs, families, maxSpeakerDistance, includeTerms,
                includeIndirect));
    }

    /**
     * Finds the quotations in {@code text} and links each to its speaker.
     *
     * <p>Every offset in the result is a Java {@code String} index into {@code text} (UTF-16 code
     * units, end exclusive) and never splits a surrogate pair. Runs in time linear in the length of
     * the text, for any string.
     *
     * @param text any string; not {@code null}
     * @return the quotations in text order, unmodifiable; empty for empty or blank text. They do
     *     not overlap, but for a fragment quoted in a reported clause, which follows that clause
     *     (see {@link QuoteAttributor.Builder#includeIndirect(boolean)})
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public List<Quote> attribute(String text) {
        Objects.requireNonNull(text, "text");
        return pipeline.run(text);
    }

    /**
     * Finds the quotations in {@code text}, links each to its speaker and addressee, and gathers
     * the people the text names, each with its mentions and quotations.
     *
     * <pre>{@code
     * Attribution a = attributor.analyze("Ann Lee stood up. “Thank you,” she said.");
     * a.people().get(0).name();      // Ann Lee
     * a.people().get(0).quotes();    // the quotation “Thank you,”
     * }</pre>
     *
     * <p>The quotations are those {@link #attribute(String)} returns. Offsets, time and input
     * contract are as for it; the people are gathered even from a text without quotations.
     *
     * @param text any string; not {@code null}
     * @return the quotations and the people of the text
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public Attribution analyze(String text) {
        Objects.requireNonNull(text, "text");
        return pipeline.analyze(text);
    }
}
