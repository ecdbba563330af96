package org.quoteattributor.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.quoteattributor.Cue;
import org.quoteattributor.Quote;
import org.quoteattributor.Span;
import org.quoteattributor.Speaker;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.speaker.IndirectFinder;
import org.quoteattributor.speaker.SpeakerLinker;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/**
 * The stages in order: text → tokens → quotation spans → speakers → result records. Immutable and
 * thread-safe: every call works on its own state. Internal, not API.
 */
public final class Pipeline {

    private static final Speaker.Type[] TYPES = Speaker.Type.values();

    private final QuotationFinder finder;
    private final SpeakerLinker linker;
    private final boolean includeTerms;
    /** Null unless reported speech without marks is asked for. */
    private final IndirectFinder indirect;

    public Pipeline(Settings settings) {
        this.finder = new QuotationFinder(settings.families, settings.verbs);
        this.linker = new SpeakerLinker(settings.verbs, settings.maxSpeakerDistance);
        this.includeTerms = settings.includeTerms;
        this.indirect = settings.includeIndirect ? new IndirectFinder(settings.verbs, settings.maxSpeakerDistance) : null;
    }

    /** Runs every stage over {@code text}. */
    public List<Quote> run(String text) {
        TokenBuffer tokens = Lexer.tokenize(text);
        QuotationFinder.Result found = finder.find(tokens);
        if (found.quotes.isEmpty() && indirect == null) {
            return List.of();
        }
        if (!found.quotes.isEmpty()) {
            linker.link(tokens, found);
        }
        if (indirect == null) {
            return toQuotes(text, found.quotes);
        }
        return toQuotes(text, merge(found.quotes, indirect.find(tokens, found)));
    }

    /**
     * Quotations with marks and indirect ones in one list, by start; where an indirect clause holds a
     * quoted fragment and both start together, the clause comes first.
     */
    private static List<FoundQuote> merge(List<FoundQuote> marked, List<FoundQuote> reported) {
        if (reported.isEmpty()) {
            return marked;
        }
        List<FoundQuote> out = new ArrayList<>(marked.size() + reported.size());
        int i = 0;
        int j = 0;
        while (i < marked.size() || j < reported.size()) {
            if (j == reported.size() || i < marked.size() && marked.get(i).start < reported.get(j).start) {
                out.add(marked.get(i++));
            } else {
                out.add(reported.get(j++));
            }
        }
        return out;
    }

    /** Runs the stages and keeps the internal form, for tools that need more than the public result. */
    public QuotationFinder.Result runInternal(String text) {
        TokenBuffer tokens = Lexer.tokenize(text);
        QuotationFinder.Result found = finder.find(tokens);
        if (!found.quotes.isEmpty()) {
            linker.link(tokens, found);
        }
        return found;
    }

    private List<Quote> toQuotes(String text, List<FoundQuote> found) {
        List<Quote> out = new ArrayList<>(found.size());
        // A group is numbered by the index, in the returned list, of its first returned part.
        java.util.Map<Integer, Integer> groups = new java.util.HashMap<>();
        for (FoundQuote q : found) {
            if (q.term && !includeTerms) {
                continue;
            }
            int group = groups.computeIfAbsent(q.group, g -> out.size());
            Optional<Speaker> speaker = Optional.empty();
            if (q.hasSpeaker()) {
                Span s = new Span(q.speakerStart, q.speakerEnd);
                String mention = s.of(text);
                speaker = Optional.of(new Speaker(mention, s, TYPES[q.speakerType],
                        q.speakerName != null ? q.speakerName : mention));
            }
            Optional<Cue> cue = Optional.empty();
            if (q.cueStart >= 0) {
                Span c = new Span(q.cueStart, q.cueEnd);
                cue = Optional.of(new Cue(c.of(text), c));
            }
            List<Span> nested = List.of();
            if (q.nested != null) {
                List<Span> spans = new ArrayList<>(q.nested.size());
                for (int[] n : q.nested) {
                    spans.add(new Span(n[0], n[1]));
                }
                // Outermost first: by start, the longer first where two start together.
                spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.end(), a.end()));
                nested = spans;
            }
            Span content = new Span(q.contentStart, q.contentEnd);
            out.add(new Quote(new Span(q.start, q.end), content, content.of(text),
                    kindOf(q), speaker, Optional.empty(), cue, group, q.rule, nested));
        }
        return Collections.unmodifiableList(out);
    }

    private static Quote.Kind kindOf(FoundQuote q) {
        return q.indirect ? Quote.Kind.INDIRECT : q.term ? Quote.Kind.TERM : q.mixed ? Quote.Kind.MIXED : Quote.Kind.DIRECT;
    }
}
