package org.quoteattributor.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.quoteattributor.Attribution;
import org.quoteattributor.Cue;
import org.quoteattributor.Mention;
import org.quoteattributor.Person;
import org.quoteattributor.Quote;
import org.quoteattributor.Span;
import org.quoteattributor.Speaker;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.quote.QuotationFinder;
import org.quoteattributor.speaker.IndirectFinder;
import org.quoteattributor.speaker.People;
import org.quoteattributor.speaker.SpeakerLinker;
import org.quoteattributor.text.Chars;
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
        return toQuotes(text, withIndirect(tokens, found), null);
    }

    /** Runs every stage over {@code text} and gathers its people, even when it has no quotation. */
    public Attribution analyze(String text) {
        TokenBuffer tokens = Lexer.tokenize(text);
        QuotationFinder.Result found = finder.find(tokens);
        People people = linker.link(tokens, found);
        java.util.Map<FoundQuote, Quote> byFound = new java.util.IdentityHashMap<>();
        List<Quote> quotes = toQuotes(text, withIndirect(tokens, found), byFound);
        List<Person> persons = new ArrayList<>();
        for (People.Entry e : people.gather()) {
            List<Mention> mentions = new ArrayList<>(e.mentions.size());
            for (int[] m : e.mentions) {
                Span s = new Span(m[0], m[1]);
                mentions.add(new Mention(s.of(text), s, TYPES[m[2]]));
            }
            List<Quote> said = new ArrayList<>(e.quotes.size());
            for (int qi : e.quotes) {
                Quote q = byFound.get(found.quotes.get(qi));
                if (q != null) {
                    said.add(q);   // a term left out of the result is left out here too
                }
            }
            persons.add(new Person(oneLine(e.name), mentions, said));
        }
        return new Attribution(quotes, persons);
    }

    /** The quotations with marks, and the indirect ones merged in when they are asked for. */
    private List<FoundQuote> withIndirect(TokenBuffer tokens, QuotationFinder.Result found) {
        return indirect == null ? found.quotes : merge(found.quotes, indirect.find(tokens, found));
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

    /** A name on one line ({@link Chars#oneLine}): a hard-wrapped line's break inside it ({@code the\ngenial passenger}) as a space. */
    private static String oneLine(String name) {
        return Chars.oneLine(name, Integer.MAX_VALUE);
    }

    /** The public records of the quotations returned; each also at its index in {@code byFound} when given. */
    private List<Quote> toQuotes(String text, List<FoundQuote> found, java.util.Map<FoundQuote, Quote> byFound) {
        List<Quote> out = new ArrayList<>(found.size());
        GroupNumbers groups = new GroupNumbers(found.size());
        for (int fi = 0; fi < found.size(); fi++) {
            FoundQuote q = found.get(fi);
            if (q.term && !includeTerms) {
                continue;
            }
            int group = groups.number(q.group, out.size());
            Optional<Speaker> speaker = Optional.empty();
            if (q.hasSpeaker()) {
                Span s = new Span(q.speakerStart, q.speakerEnd);
                String mention = s.of(text);
                speaker = Optional.of(new Speaker(mention, s, TYPES[q.speakerType],
                        oneLine(q.speakerName != null ? q.speakerName : mention)));
            }
            Optional<Speaker> addressee = Optional.empty();
            if (q.addresseeStart >= 0) {
                Span s = new Span(q.addresseeStart, q.addresseeEnd);
                String mention = s.of(text);
                addressee = Optional.of(new Speaker(mention, s, TYPES[q.addresseeType],
                        oneLine(q.addresseeName != null ? q.addresseeName : mention)));
            }
            Optional<Cue> cue = Optional.empty();
            if (q.cueStart >= 0) {
                Span c = new Span(q.cueStart, q.cueEnd);
                cue = Optional.of(new Cue(c.of(text), c));
            }
            List<Span> nested = List.of();
            if (q.nested != null) {
                Span[] spans = new Span[q.nested.size()];
                for (int k = 0; k < spans.length; k++) {
                    int[] n = q.nested.get(k);
                    spans[k] = new Span(n[0], n[1]);
                }
                // Outermost first: by start, the longer first where two start together.
                java.util.Arrays.sort(spans, (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.end(), a.end()));
                nested = List.of(spans);   // already unmodifiable: Quote keeps it without a copy
            }
            Span content = new Span(q.contentStart, q.contentEnd);
            out.add(new Quote(new Span(q.start, q.end), content, content.of(text),
                    kindOf(q), speaker, addressee, cue, group, q.rule, nested));
            if (byFound != null) {
                byFound.put(q, out.get(out.size() - 1));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A group is numbered by the index, in the returned list, of its first returned part. The found
     * groups are small numbers, quotations' indices (indirect ones count down from -2), so an int
     * array indexed by them does instead of a map of boxed numbers; any other number goes to a map.
     */
    private static final class GroupNumbers {

        /** By found group in zigzag order (0, -1, 1, -2, …): its number plus one, or 0 when not seen yet. */
        private final int[] numbers;
        private java.util.Map<Integer, Integer> others;

        GroupNumbers(int quotes) {
            numbers = new int[2 * quotes + 2];
        }

        /** The number of found group {@code g}: {@code next} when it is seen first. */
        int number(int g, int next) {
            long z = g >= 0 ? 2L * g : -2L * g - 1;
            if (z < numbers.length) {
                int i = (int) z;
                if (numbers[i] == 0) {
                    numbers[i] = next + 1;
                }
                return numbers[i] - 1;
            }
            if (others == null) {
                others = new java.util.HashMap<>();
            }
            return others.computeIfAbsent(g, x -> next);
        }
    }

    private static Quote.Kind kindOf(FoundQuote q) {
        return q.indirect ? Quote.Kind.INDIRECT : q.term ? Quote.Kind.TERM : q.mixed ? Quote.Kind.MIXED : Quote.Kind.DIRECT;
    }
}
