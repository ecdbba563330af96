package org.quoteattributor;

import java.util.ArrayList;
import java.util.List;

/** What every result must satisfy, whatever the text; each check throws an AssertionError naming the quotation. */
final class Invariants {

    private Invariants() {
    }

    /**
     * Offsets inside the text and on char boundaries, content inside span, nested inside content,
     * text, mention and cue agreeing with their spans.
     */
    static void wellFormed(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            span(text, q.span(), "span", q);
            span(text, q.content(), "content", q);
            check(q.span().contains(q.content()), "content outside span", q);
            check(isMark(text.substring(q.start(), q.content().start())), "the span opens with something but a mark", q);
            check(isMark(text.substring(q.content().end(), q.end())), "the span closes with something but a mark", q);
            check(q.text().equals(q.content().of(text)), "text is not the content", q);
            for (Span n : q.nested()) {
                span(text, n, "nested", q);
                check(q.content().contains(n), "nested span " + n + " outside content", q);
            }
            q.speaker().ifPresent(s -> {
                span(text, s.span(), "speaker", q);
                check(s.mention().equals(s.span().of(text)), "mention is not its span's text", q);
                check(!s.mention().isBlank() && s.mention().strip().equals(s.mention()), "mention not trimmed", q);
                check(!s.name().isBlank(), "blank name", q);
            });
            q.cue().ifPresent(c -> {
                span(text, c.span(), "cue", q);
                check(c.text().equals(c.span().of(text)), "cue text is not its span's text", q);
            });
            check(q.rule().equals("none") == q.speaker().isEmpty(), "rule and speaker disagree", q);
        }
    }

    /**
     * Top-level quotations in text order, none overlapping another, none holding its own speaker or
     * cue; but a fragment with marks may lie inside the indirect clause before it that lists its
     * content as nested (the fragments of one clause in order, not overlapping).
     */
    static void inOrder(List<Quote> quotes) {
        Quote previous = null;
        Quote clause = null;
        int heldEnd = 0;
        for (Quote q : quotes) {
            if (clause != null && holds(clause, q)) {
                check(heldEnd <= q.start(), "overlaps or precedes the fragment before in " + clause.span(), q);
                heldEnd = q.end();
                continue;
            }
            if (previous != null) {
                check(previous.end() <= q.start(), "overlaps or precedes the one before, " + previous.span(), q);
            }
            previous = q;
            clause = q.kind() == Quote.Kind.INDIRECT && !q.nested().isEmpty() ? q : null;
            heldEnd = q.start();
        }
        for (Quote q : quotes) {
            q.speaker().ifPresent(s -> check(!s.span().overlaps(q.span()), "speaker inside its own quotation", q));
            q.cue().ifPresent(c -> check(!c.span().overlaps(q.span()), "cue inside its own quotation", q));
        }
    }

    /** Whether quotation {@code q}, one with marks, lies in indirect {@code clause} and is nested in it. */
    static boolean holds(Quote clause, Quote q) {
        return q.kind() != Quote.Kind.INDIRECT && clause.span().contains(q.span()) && clause.nested().contains(q.content());
    }

    /** Every offset of {@code quotes} moved by {@code by} chars; texts and names unchanged. */
    static List<Quote> shifted(List<Quote> quotes, int by) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            List<Span> nested = q.nested().stream().map(n -> shift(n, by)).toList();
            out.add(new Quote(shift(q.span(), by), shift(q.content(), by), q.text(), q.kind(),
                    q.speaker().map(s -> new Speaker(s.mention(), shift(s.span(), by), s.type(), s.name())),
                    q.addressee().map(s -> new Speaker(s.mention(), shift(s.span(), by), s.type(), s.name())),
                    q.cue().map(c -> new Cue(c.text(), shift(c.span(), by))), q.group(), q.rule(), nested));
        }
        return out;
    }

    static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }

    private static void span(String text, Span s, String what, Quote q) {
        check(s.end() <= text.length(), what + " " + s + " past the end " + text.length(), q);
        check(!splitsPair(text, s.start()) && !splitsPair(text, s.end()), what + " " + s + " splits a surrogate pair", q);
    }

    /** Nothing (a missing mark), one mark, or two apostrophes or backticks typed for one. */
    private static boolean isMark(String s) {
        return s.isEmpty() || s.length() == 1 && AttributorProperties.ALL_MARKS.contains(s) || s.equals("''") || s.equals("``");
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    private static void check(boolean ok, String what, Quote q) {
        if (!ok) {
            throw new AssertionError(what + ": " + q);
        }
    }
}
