package org.quoteattributor.speaker;

import java.util.List;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/** The reported clauses (kind INDIRECT) the attributor returns for a text, read as strings, for the tests of this package. */
final class Reports {

    private static final Attributor INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    private Reports() {
    }

    /** The speaker mention of each reported clause of {@code text}, "" for none, in text order. */
    static List<String> speakers(String text) {
        return clauses(text).stream().map(Reports::mention).toList();
    }

    /** Each reported clause of {@code text} as "clause / speaker mention", in text order. */
    static List<String> reports(String text) {
        return clauses(text).stream().map(q -> q.text() + " / " + mention(q)).toList();
    }

    /** Each reported clause of {@code text} as "speaker mention: clause", in text order. */
    static List<String> spokenReports(String text) {
        return clauses(text).stream().map(q -> mention(q) + ": " + q.text()).toList();
    }

    private static List<Quote> clauses(String text) {
        return INDIRECT.attribute(text).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    private static String mention(Quote q) {
        return q.speaker().map(s -> s.mention()).orElse("");
    }
}
