package org.quoteattributor.fuzz;

import java.util.List;
import org.quoteattributor.Attribution;
import org.quoteattributor.Mention;
import org.quoteattributor.Person;
import org.quoteattributor.Quote;
import org.quoteattributor.Span;
import org.quoteattributor.Token;

/**
 * The promises the public API makes about every result, whatever the text: offsets are
 * {@code String} indices inside the text that never split a surrogate pair, each quotation's
 * content lies inside it and its text is what the content covers, and quotations (like tokens)
 * come in text order without overlapping, but for a fragment with marks inside the indirect clause
 * before it, which lists the fragment's content as nested. Each check throws an {@link AssertionError} that names
 * the broken promise and shows the text as a Java literal.
 */
final class ResultContract {

    private ResultContract() {
    }

    /**
     * Checks the quotations found in {@code text}; {@code termsAllowed} says whether the attributor
     * was asked for {@link Quote.Kind#TERM} results.
     */
    static void checkQuotes(String text, List<Quote> quotes, boolean termsAllowed) {
        checkQuotes(text, quotes, termsAllowed, false);
    }

    /**
     * Checks the quotations found in {@code text}; {@code termsAllowed} and {@code indirectAllowed}
     * say whether the attributor was asked for {@link Quote.Kind#TERM} and
     * {@link Quote.Kind#INDIRECT} results.
     */
    static void checkQuotes(String text, List<Quote> quotes, boolean termsAllowed, boolean indirectAllowed) {
        Span previous = null;
        Quote clause = null;
        int heldEnd = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String name = "quote " + i;
            checkSpan(text, q.span(), name + " span");
            checkSpan(text, q.content(), name + " content");
            if (!q.span().contains(q.content())) {
                fail(text, name + " content " + q.content() + " lies outside its span " + q.span());
            }
            String covered = q.content().of(text);
            if (!q.text().equals(covered)) {
                fail(text, name + " text " + FuzzInput.javaLiteral(q.text()) + " is not the text of its content "
                        + q.content() + ", " + FuzzInput.javaLiteral(covered));
            }
            if (q.kind() == Quote.Kind.INDIRECT && !indirectAllowed) {
                fail(text, name + " is INDIRECT, but reported speech was not asked for");
            }
            if (q.kind() == Quote.Kind.TERM && !termsAllowed) {
                fail(text, name + " is a TERM, but terms were not asked for");
            }
            if (q.speaker().isPresent()) {
                checkSpan(text, q.speaker().get().span(), name + " speaker");
            }
            if (q.cue().isPresent()) {
                checkSpan(text, q.cue().get().span(), name + " cue");
            }
            if (q.addressee().isPresent()) {
                checkSpan(text, q.addressee().get().span(), name + " addressee");
                if (q.speaker().isPresent() && q.speaker().get().span().overlaps(q.addressee().get().span())) {
                    fail(text, name + " addressee " + q.addressee().get().span() + " is its speaker's mention");
                }
            }
            for (int j = 0; j < q.nested().size(); j++) {
                Span nested = q.nested().get(j);
                checkSpan(text, nested, name + " nested " + j);
                if (!q.span().contains(nested)) {
                    fail(text, name + " nested " + j + " " + nested + " lies outside its span " + q.span());
                }
            }
            if (clause != null && q.kind() != Quote.Kind.INDIRECT && clause.span().contains(q.span())
                    && clause.nested().contains(q.content())) {
                // a fragment with marks inside the indirect clause before it, listed as nested there
                if (q.start() < heldEnd) {
                    fail(text, name + " " + q.span() + " overlaps the fragment before it in " + clause.span());
                }
                heldEnd = q.end();
                continue;
            }
            if (previous != null && q.start() < previous.end()) {
                fail(text, name + " " + q.span() + " starts before quote " + (i - 1) + " " + previous
                        + " ends: top-level quotations must be sorted and must not overlap");
            }
            previous = q.span();
            clause = q.kind() == Quote.Kind.INDIRECT && !q.nested().isEmpty() ? q : null;
            heldEnd = q.start();
        }
    }

    /**
     * Checks the people found in {@code text}: each of its quotations one of {@code a.quotes()}
     * and no other person's, each mention inside the text and in order.
     */
    static void checkPeople(String text, Attribution a) {
        java.util.Set<Quote> owned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < a.people().size(); i++) {
            Person p = a.people().get(i);
            String name = "person " + i + " (" + FuzzInput.javaLiteral(p.name()) + ")";
            if (p.mentions().isEmpty()) {
                fail(text, name + " has no mention");
            }
            Span previous = null;
            for (Mention m : p.mentions()) {
                checkSpan(text, m.span(), name + " mention");
                if (previous != null && m.span().start() < previous.end()) {
                    fail(text, name + " mention " + m.span() + " starts before " + previous + " ends");
                }
                previous = m.span();
            }
            for (Quote q : p.quotes()) {
                if (a.quotes().stream().noneMatch(x -> x == q)) {
                    fail(text, name + " says " + q.span() + ", which is not among the quotations");
                }
                if (!owned.add(q)) {
                    fail(text, name + " says " + q.span() + ", which another person says too");
                }
            }
        }
    }

    /** Checks the tokens of {@code text}: non-empty, in order, not overlapping. */
    static void checkTokens(String text, List<Token> tokens) {
        Span previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String name = "token " + i + " (" + t.kind() + ")";
            checkSpan(text, t.span(), name);
            if (t.span().length() == 0) {
                fail(text, name + " is empty at " + t.start());
            }
            if (previous != null && t.start() < previous.end()) {
                fail(text, name + " " + t.span() + " starts before token " + (i - 1) + " " + previous + " ends");
            }
            previous = t.span();
        }
    }

    /** {@code span} lies in {@code [0, text.length()]} and neither end falls inside a surrogate pair. */
    static void checkSpan(String text, Span span, String name) {
        if (span.start() < 0 || span.end() < span.start()) {
            fail(text, name + " " + span + " does not have 0 <= start <= end");
        }
        if (span.end() > text.length()) {
            fail(text, name + " " + span + " ends past the end of the text (length " + text.length() + ")");
        }
        if (splitsPair(text, span.start())) {
            fail(text, name + " " + span + " starts inside a surrogate pair");
        }
        if (splitsPair(text, span.end())) {
            fail(text, name + " " + span + " ends inside a surrogate pair");
        }
    }

    /** Whether {@code offset} falls between the high and the low half of a surrogate pair. */
    static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void fail(String text, String problem) {
        throw new AssertionError(problem + "\n  text: " + FuzzInput.javaLiteral(text));
    }
}
