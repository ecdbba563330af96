package org.quoteattributor.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteattributor.lexicon.Lexicons;
import org.quoteattributor.quote.FoundQuote;
import org.quoteattributor.text.TokenBuffer;
import org.quoteattributor.text.WordSet;

/**
 * The people of one linked text, as the name resolver clusters them: every mention of a name that
 * resolves to the same fullest name is one person ({@code Vance}, {@code J.D. Vance}, {@code Vice
 * President J.D. Vance}). A cluster is a person when the text shows it to be one (a title such as
 * {@code Mrs.} or {@code President}, a given name, he or she used of it, being called by name in
 * a quotation) or when it is quoted; places and organisations that never speak are
 * left out. Descriptions ({@code the spokesman}) and pronouns that stay unresolved belong to nobody;
 * a description the resolver names ({@code the captain} for {@code Captain Hale}) is a mention of that person.
 * Gathered only when asked for. Internal, not API.
 */
public final class People {

    /** One person: the fullest name, the mentions and the quotations spoken. */
    public static final class Entry {
        /** The fullest name the text gives. */
        public final String name;
        /** Mentions as {@code {start, end, type}} with the type of {@code FoundQuote.speakerType}, in text order, none overlapping. */
        public final List<int[]> mentions;
        /** Indices into the linked quotations of those this person says, in text order. */
        public final List<Integer> quotes;

        Entry(String name, List<int[]> mentions, List<Integer> quotes) {
            this.name = name;
            this.mentions = mentions;
            this.quotes = quotes;
        }
    }

    /** Titles that also open the names of things: General Motors, the Justice Department. */
    private static final WordSet THING_TITLES = Lexicons.words("thing-titles.txt");

    private final Document d;

    People(Document d) {
        this.d = d;
    }

    /** The people, in the order of their first mention. */
    public List<Entry> gather() {
        NameResolver names = d.names;
        Map<String, Builder> byKey = new HashMap<>();
        for (int i = 0; i < names.mentionCount(); i++) {
            Builder b = byKey.computeIfAbsent(names.mentionKey(i), k -> new Builder());
            if (names.mentionIsSure(i)) {
                b.mention(names.mentionStart(i), names.mentionEnd(i), Mentions.NAME);
                b.titled |= titled(names.mentionFirstToken(i), names.mentionEnd(i));
            } else {
                b.doubtful.add(new int[] {names.mentionStart(i), names.mentionEnd(i), Mentions.NAME});
            }
        }
        List<FoundQuote> quotes = d.quotes;
        for (int qi = 0; qi < quotes.size(); qi++) {
            FoundQuote q = quotes.get(qi);
            String name = personName(q.speakerStart, q.speakerEnd, q.speakerType, q.speakerName);
            if (name != null) {
                Builder b = byKey.computeIfAbsent(names.keyOfName(name), k -> new Builder());
                b.quotes.add(qi);
                b.mention(q.speakerStart, q.speakerEnd, q.speakerType);
                if (b.spokenName == null) {
                    b.spokenName = name;
                }
            }
            name = personName(q.addresseeStart, q.addresseeEnd, q.addresseeType, q.addresseeName);
            if (name != null) {
                Builder b = byKey.computeIfAbsent(names.keyOfName(name), k -> new Builder());
                b.mention(q.addresseeStart, q.addresseeEnd, q.addresseeType);
                b.called |= q.start <= q.addresseeStart && q.addresseeEnd <= q.end;   // “Come, Nora,”
            }
        }
        // Keys whose fullest names agree are one person: a given name that stands for the full
        // name it opens (Nora → Nora Quill) is keyed apart from the surname.
        Map<String, Builder> byName = new HashMap<>();
        List<Builder> people = new ArrayList<>();
        for (Map.Entry<String, Builder> e : byKey.entrySet()) {
            Builder b = e.getValue();
            b.person = names.isPerson(e.getKey());
            String name = names.fullestName(e.getKey());
            b.name = name;
            Builder same = name != null ? byName.putIfAbsent(name, b) : null;
            if (same != null) {
                same.absorb(b);
            } else {
                people.add(b);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Builder b : people) {
            if (!b.mentions.isEmpty() && (!b.quotes.isEmpty() || b.titled || b.called || b.person)) {
                out.add(b.build(b.name != null ? b.name : b.spokenName != null ? b.spokenName : d.text.substring(
                        b.mentions.get(0)[0], b.mentions.get(0)[1])));
            }
        }
        out.sort((a, b) -> Integer.compare(a.mentions.get(0)[0], b.mentions.get(0)[0]));
        return out;
    }

    /** Whether a name mention opens with a title that only people bear ({@code President}, not {@code General}). */
    private boolean titled(int firstTok, int end) {
        TokenBuffer t = d.t;
        return d.mentions.isTitle(firstTok) && t.isCapitalized(firstTok) && t.end(firstTok) < end
                && !THING_TITLES.contains(d.text, t.start(firstTok), t.end(firstTok));
    }

    /**
     * The name a speaker or addressee stands for, or null for none, an unresolved description or
     * pronoun, or a pronoun resolved to a description. A description the resolver names ({@code the
     * captain} for {@code Captain Hale}) is a mention of that person.
     */
    private String personName(int start, int end, int type, String resolved) {
        if (start < 0 || (type == Mentions.DESCRIPTION || type == Mentions.PRONOUN)
                && (resolved == null || d.names.isDescription(resolved))) {
            return null;   // a pronoun standing for a description ("a man") names nobody
        }
        if (type == Mentions.DESCRIPTION && d.names.fullestName(d.names.keyOfName(resolved)) == null) {
            return null;   // the description itself, or one it stands for ("who" for "a tall man"): no name
        }
        return resolved != null ? resolved : d.text.substring(start, end);
    }

    private static final class Builder {
        final List<int[]> mentions = new ArrayList<>();
        /** Lone words opening a sentence: mentions only of a name the text gives elsewhere. */
        final List<int[]> doubtful = new ArrayList<>();
        final List<Integer> quotes = new ArrayList<>();
        String spokenName;
        boolean titled;
        /** Spoken to by name in a quotation: a person, as a place or a firm seldom is. */
        boolean called;
        /** Whether the name resolver takes the name for a person's. */
        boolean person;
        /** The fullest name the text gives, or null. */
        String name;

        /** Takes in the mentions, quotations and signs of another key of the same person. */
        void absorb(Builder o) {
            mentions.addAll(o.mentions);
            doubtful.addAll(o.doubtful);
            quotes.addAll(o.quotes);
            quotes.sort(null);
            if (spokenName == null) {
                spokenName = o.spokenName;
            }
            titled |= o.titled;
            called |= o.called;
            person |= o.person;
        }

        void mention(int start, int end, int type) {
            mentions.add(new int[] {start, end, type});
        }

        /** Sorts the mentions and keeps, of overlapping ones, the first (the longer on a tie). */
        Entry build(String name) {
            mentions.addAll(doubtful);
            mentions.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> kept = new ArrayList<>(mentions.size());
            for (int[] m : mentions) {
                if (kept.isEmpty() || kept.get(kept.size() - 1)[1] <= m[0]) {
                    kept.add(m);
                }
            }
            return new Entry(name, List.copyOf(kept), List.copyOf(quotes));
        }
    }
}
