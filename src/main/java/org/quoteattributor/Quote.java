package org.quoteattributor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quotation found in a text, with who said it when the text tells.
 *
 * <pre>{@code
 * Quote q = QuoteAttributor.attribute("“We will win,” Smith said.").get(0);
 * q.span();                          // [0, 14)   “We will win,”
 * q.text();                          // We will win,
 * q.speaker().get().mention();       // Smith
 * q.addressee();                     // empty: "Smith told reporters" would give reporters
 * q.cue().get().text();              // said
 * q.rule();                          // trailing-verb
 * }</pre>
 *
 * @param span the quotation including its marks (a quotation whose opening mark is missing starts
 *     at its first word)
 * @param content the part between the marks
 * @param text the text of {@code content}
 * @param kind whether the quotation is a whole utterance or a fragment woven into a sentence
 * @param speaker who said it; empty when no speaker is in reach (never guessed without a cue)
 * @param addressee to whom it was said, when the text names them ({@code X told Y}, {@code X asked Y},
 *     {@code said to Y}, a vocative opening or closing the quotation such as {@code “Come, Nora,”}):
 *     a name, an object pronoun or a description of people ({@code reporters}); never the speaker's
 *     mention or a name of the speaker's person; none for a bare form of address ({@code “Yes, sir,”})
 * @param cue the reporting verb or phrase linking quotation and speaker, when there is one
 * @param group the same number for the parts of one quotation interrupted by narration
 *     ({@code “Yes,” she said, “we will.”}); the index of the group's first part otherwise
 * @param rule the name of the rule that chose the speaker, or {@code "none"}
 * @param nested quotations inside this one (content spans), outermost first; for an
 *     {@link Kind#INDIRECT} clause, the fragments with marks it quotes, each also returned as a
 *     quotation of its own right after the clause
 */
public record Quote(Span span, Span content, String text, Kind kind, Optional<Speaker> speaker,
                    Optional<Speaker> addressee, Optional<Cue> cue, int group, String rule, List<Span> nested) {

    /** What kind of quotation this is. */
    public enum Kind {
        /** A quoted utterance standing on its own: {@code “We will win,” she said.} */
        DIRECT,
        /** A fragment quoted inside the narrator's sentence: {@code He said the plan was “a disgrace”.} */
        MIXED,
        /**
         * Quoted words that nobody is reported saying: a title ({@code “Meet the Press”}), a scare
         * quote or coinage ({@code the so-called “reform”}), a number. Returned only when asked for
         * with {@link QuoteAttributor.Builder#includeTerms(boolean)}.
         */
        TERM,
        /**
         * Reported speech without quotation marks: {@code Officials said that the talks would go on.}
         * The span and content are the reported clause. Returned only when asked for with
         * the builder's {@code includeIndirect(true)}. A clause may quote fragments with marks
         * ({@code She said the plan was “a disgrace”.}): it holds them, lists their content spans in
         * {@link Quote#nested()}, and each follows it in the result as a {@link #MIXED} quotation.
         */
        INDIRECT
    }

    /** Checks the parts and copies the list. */
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        nested = List.copyOf(nested);
        if (!span.contains(content)) {
            throw new IllegalArgumentException("content " + content + " lies outside span " + span);
        }
    }

    /** The start of {@link #span()}. */
    public int start() {
        return span.start();
    }

    /** The end of {@link #span()}. */
    public int end() {
        return span.end();
    }
}
