package org.quoteattributor;

import java.util.List;

/** Small helpers that let a test name a stretch of its sentence instead of counting chars. */
final class Texts {

    private Texts() {
    }

    /** Where {@code snippet} lies in {@code text}; it must occur exactly once. */
    static Span spanOf(String text, String snippet) {
        int i = text.indexOf(snippet);
        if (i < 0) {
            throw new AssertionError("test bug: «" + snippet + "» is not in «" + text + "»");
        }
        if (text.indexOf(snippet, i + 1) >= 0) {
            throw new AssertionError("test bug: «" + snippet + "» occurs more than once in «" + text + "»");
        }
        return new Span(i, i + snippet.length());
    }

    /** Where the first {@code snippet} at or after {@code from} lies in {@code text}. */
    static Span spanOf(String text, String snippet, int from) {
        int i = text.indexOf(snippet, from);
        if (i < 0) {
            throw new AssertionError("test bug: «" + snippet + "» is not in «" + text + "» after " + from);
        }
        return new Span(i, i + snippet.length());
    }

    /** The single quotation the default attributor finds in {@code text}. */
    static Quote onlyQuote(String text) {
        return onlyQuote(QuoteAttributor.attribute(text), text);
    }

    /** The single quotation of {@code quotes}, found in {@code text}. */
    static Quote onlyQuote(List<Quote> quotes, String text) {
        if (quotes.size() != 1) {
            throw new AssertionError("expected one quotation in «" + text + "», got " + quotes);
        }
        return quotes.get(0);
    }

    /** The speaker's mention, or {@code "<none>"}. */
    static String mention(Quote q) {
        return q.speaker().map(Speaker::mention).orElse("<none>");
    }

    /** The speaker's resolved name, or {@code "<none>"}. */
    static String name(Quote q) {
        return q.speaker().map(Speaker::name).orElse("<none>");
    }

    /** The cue's words, or {@code "<none>"}. */
    static String cue(Quote q) {
        return q.cue().map(Cue::text).orElse("<none>");
    }
}
