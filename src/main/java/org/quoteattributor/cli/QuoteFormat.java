package org.quoteattributor.cli;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.quoteattributor.Attribution;
import org.quoteattributor.Mention;
import org.quoteattributor.Person;
import org.quoteattributor.Quote;
import org.quoteattributor.Speaker;
import org.quoteattributor.json.JsonWriter;
import org.quoteattributor.text.Chars;

/** How one quotation is printed, as a readable line or a JSON object, and a document's people in JSON. */
final class QuoteFormat {

    /** Longest quotation text shown on a readable line, in chars, before it is cut with "…". */
    static final int MAX_SHOWN = 100;

    private QuoteFormat() {
    }

    /**
     * One line: offsets, speaker (mention, and the name it resolves to when that differs), the
     * addressee after "to" when there is one, rule, and the quotation with its marks, whitespace
     * folded and long ones shortened.
     *
     * <pre>{@code
     * 0-14  Smith  [trailing-verb]  “We will win,”
     * 20-35  Smith to reporters  [trailing-verb]  “We will not,”
     * 40-52  she (Ann Lee)  [trailing-verb]  “Thank you,”
     * 60-75  -  [none]  “Who knows?”
     * }</pre>
     */
    static String line(Quote q, String text) {
        StringBuilder b = new StringBuilder(160);
        b.append(q.start()).append('-').append(q.end()).append("  ");
        if (q.speaker().isPresent()) {
            person(b, q.speaker().get());
        } else {
            b.append('-');
        }
        if (q.addressee().isPresent()) {
            person(b.append(" to "), q.addressee().get());
        }
        b.append("  [").append(q.rule());
        if (q.kind() == Quote.Kind.MIXED) {
            b.append(", mixed");
        } else if (q.kind() == Quote.Kind.INDIRECT) {
            b.append(", indirect");
        }
        b.append("]  ").append(Chars.oneLine(q.span().of(text), MAX_SHOWN));
        return b.toString();
    }

    /** The mention, and the name it stands for when that differs: {@code she (Ann Lee)}. */
    private static void person(StringBuilder b, Speaker s) {
        String mention = Chars.oneLine(s.mention(), MAX_SHOWN);
        String name = Chars.oneLine(s.name(), MAX_SHOWN);
        b.append(mention);
        if (!name.equals(mention)) {
            b.append(" (").append(name).append(')');
        }
    }

    /**
     * Writes the quotation as one JSON object, members in this fixed order: {@code start, end,
     * content_start, content_end, text, kind, speaker, speaker_start, speaker_end, speaker_name,
     * speaker_mention, speaker_type, cue, cue_start, cue_end, group, rule, addressee,
     * addressee_start, addressee_end, addressee_mention, addressee_type}. Absent parts are null.
     */
    static void json(JsonWriter w, Quote q) {
        w.beginObject()
                .name("start").value(q.start())
                .name("end").value(q.end())
                .name("content_start").value(q.content().start())
                .name("content_end").value(q.content().end())
                .name("text").value(q.text())
                .name("kind").value(q.kind().name().toLowerCase(Locale.ROOT));
        if (q.speaker().isPresent()) {
            Speaker s = q.speaker().get();
            w.name("speaker").value(s.name())
                    .name("speaker_start").value(s.span().start())
                    .name("speaker_end").value(s.span().end())
                    .name("speaker_name").value(s.name())
                    .name("speaker_mention").value(s.mention())
                    .name("speaker_type").value(s.type().name().toLowerCase(Locale.ROOT));
        } else {
            w.name("speaker").nullValue()
                    .name("speaker_start").nullValue()
                    .name("speaker_end").nullValue()
                    .name("speaker_name").nullValue()
                    .name("speaker_mention").nullValue()
                    .name("speaker_type").nullValue();
        }
        if (q.cue().isPresent()) {
            w.name("cue").value(q.cue().get().text())
                    .name("cue_start").value(q.cue().get().span().start())
                    .name("cue_end").value(q.cue().get().span().end());
        } else {
            w.name("cue").nullValue().name("cue_start").nullValue().name("cue_end").nullValue();
        }
        w.name("group").value(q.group())
                .name("rule").value(q.rule());
        if (q.addressee().isPresent()) {
            Speaker a = q.addressee().get();
            w.name("addressee").value(a.name())
                    .name("addressee_start").value(a.span().start())
                    .name("addressee_end").value(a.span().end())
                    .name("addressee_mention").value(a.mention())
                    .name("addressee_type").value(a.type().name().toLowerCase(Locale.ROOT));
        } else {
            w.name("addressee").nullValue()
                    .name("addressee_start").nullValue()
                    .name("addressee_end").nullValue()
                    .name("addressee_mention").nullValue()
                    .name("addressee_type").nullValue();
        }
        w.endObject();
    }

    /**
     * Writes the quotations and the people of one document as two members, {@code quotes} and
     * {@code people}, of the object being written. A person is {@code {"name": ..., "mentions":
     * [{"start", "end", "text", "type"}, ...], "quotes": [i, ...]}}, with the indices of the
     * person's quotations in {@code quotes}.
     */
    static void document(JsonWriter w, Attribution a) {
        w.name("quotes").beginArray();
        Map<Quote, Integer> index = new IdentityHashMap<>();
        for (Quote q : a.quotes()) {
            index.put(q, index.size());
            json(w, q);
        }
        w.endArray().name("people").beginArray();
        for (Person p : a.people()) {
            w.beginObject().name("name").value(p.name()).name("mentions").beginArray();
            for (Mention m : p.mentions()) {
                w.beginObject()
                        .name("start").value(m.span().start())
                        .name("end").value(m.span().end())
                        .name("text").value(m.text())
                        .name("type").value(m.type().name().toLowerCase(Locale.ROOT))
                        .endObject();
            }
            w.endArray().name("quotes").beginArray();
            for (Quote q : p.quotes()) {
                Integer i = index.get(q);
                w.value(i != null ? i : a.quotes().indexOf(q));   // an equal record made elsewhere
            }
            w.endArray().endObject();
        }
        w.endArray();
    }
}
