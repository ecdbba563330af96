package org.quoteattributor.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Writes compact JSON to an {@link Appendable}, one call per token, with commas and colons put in
 * for you and misuse (a value where a key belongs, an unclosed object) reported at once.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * new JsonWriter(out).beginObject().name("id").value("doc-1")
 *         .name("quotes").beginArray().endArray().endObject();
 * out.toString();   // {"id":"doc-1","quotes":[]}
 * }</pre>
 *
 * <p>Strings are escaped so that the output is valid JSON that any UTF-8 or UTF-16 encoder can
 * carry unchanged: quote, backslash and control characters are escaped, and so is a surrogate that
 * is not half of a pair (which no Unicode encoding could otherwise represent). Everything else,
 * including supplementary characters written as surrogate pairs, is written as is. Output depends
 * only on the calls made, so it is deterministic. A writer is not thread-safe.
 *
 * @see Json#write(Object)
 */
public final class JsonWriter {

    private static final int DOCUMENT = 0;
    private static final int ARRAY = 1;
    private static final int OBJECT = 2;
    private static final int OBJECT_AFTER_NAME = 3;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;
    /** Open contexts, innermost last; {@code counts} holds how many members each has so far. */
    private int[] contexts = new int[16];
    private int[] counts = new int[16];
    private int depth = 1;

    /** A writer that appends to {@code out}; an {@link IOException} from it becomes {@link UncheckedIOException}. */
    public JsonWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
        contexts[0] = DOCUMENT;
    }

    /** Opens an object: {@code {}. */
    public JsonWriter beginObject() {
        beforeValue();
        push(OBJECT);
        return raw('{');
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        if (contexts[depth - 1] != OBJECT) {
            throw new IllegalStateException(contexts[depth - 1] == OBJECT_AFTER_NAME
                    ? "a name without a value before endObject()" : "endObject() with no open object");
        }
        depth--;
        return raw('}');
    }

    /** Opens an array: {@code [}. */
    public JsonWriter beginArray() {
        beforeValue();
        push(ARRAY);
        return raw('[');
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        if (contexts[depth - 1] != ARRAY) {
            throw new IllegalStateException("endArray() with no open array");
        }
        depth--;
        return raw(']');
    }

    /** Writes the key of the next member of the innermost object. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        if (contexts[depth - 1] != OBJECT) {
            throw new IllegalStateException("name(\"" + name + "\") outside an object or after another name");
        }
        if (counts[depth - 1]++ > 0) {
            raw(',');
        }
        contexts[depth - 1] = OBJECT_AFTER_NAME;
        string(name);
        return raw(':');
    }

    /** Writes a string, or {@code null} when {@code value} is null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        return string(value);
    }

    /** Writes an integer. */
    public JsonWriter value(long value) {
        beforeValue();
        return raw(Long.toString(value));
    }

    /**
     * Writes a finite number.
     *
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot express
     */
    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        beforeValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return raw(Long.toString((long) value)); // 3 rather than 3.0
        }
        return raw(Double.toString(value));
    }

    /** Writes {@code true} or {@code false}. */
    public JsonWriter value(boolean value) {
        beforeValue();
        return raw(value ? "true" : "false");
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        return raw("null");
    }

    /**
     * Writes a value of the form {@link Json#parse(String)} returns: {@code null}, {@link String},
     * {@link Boolean}, {@link Number}, {@link List} or {@link Map} with {@code String} keys, nested
     * to any depth. Object members come in the map's own order when it has one (a
     * {@link LinkedHashMap}, a {@link SortedMap}, or a map from {@link Json#parse(String)}) and
     * sorted by key otherwise, so the output never depends on hashing.
     *
     * @throws IllegalArgumentException for any other type, a non-String key, or a non-finite number
     */
    public JsonWriter value(Object value) {
        // An explicit stack of iterators keeps deep values off the call stack.
        List<java.util.Iterator<?>> open = new ArrayList<>();
        Object next = value;
        while (true) {
            if (next instanceof Map) {
                beginObject();
                open.add(orderedEntries((Map<?, ?>) next).iterator());
            } else if (next instanceof List) {
                beginArray();
                open.add(((List<?>) next).iterator());
            } else {
                scalar(next);
            }
            // Find the next value to write, closing containers that are done.
            next = null;
            boolean found = false;
            while (!open.isEmpty() && !found) {
                java.util.Iterator<?> it = open.get(open.size() - 1);
                if (!it.hasNext()) {
                    open.remove(open.size() - 1);
                    if (contexts[depth - 1] == ARRAY) {
                        endArray();
                    } else {
                        endObject();
                    }
                    continue;
                }
                Object item = it.next();
                if (item instanceof Map.Entry) {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
                    if (!(e.getKey() instanceof String)) {
                        throw new IllegalArgumentException("JSON object keys must be strings, got "
                                + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                    }
                    name((String) e.getKey());
                    next = e.getValue();
                } else {
                    next = item;
                }
                found = true;
            }
            if (!found) {
                return this;
            }
        }
    }

    /** Whether every opened object and array has been closed and one value written. */
    public boolean isComplete() {
        return depth == 1 && counts[0] == 1;
    }

    private void scalar(Object v) {
        if (v == null) {
            nullValue();
        } else if (v instanceof String) {
            value((String) v);
        } else if (v instanceof Boolean) {
            value(((Boolean) v).booleanValue());
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            value(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            value(((Number) v).doubleValue());
        } else if (v instanceof BigInteger) {
            beforeValue();
            raw(v.toString());
        } else if (v instanceof BigDecimal) {
            beforeValue();
            raw(v.toString()); // plain or 1.5E+7: both valid JSON
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }

    private static List<? extends Map.Entry<?, ?>> orderedEntries(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        boolean ordered = map instanceof LinkedHashMap || map instanceof SortedMap
                || map instanceof JsonParser.JsonObjectMap;
        if (!ordered) {
            for (Map.Entry<?, ?> e : entries) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                }
            }
            entries.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
        }
        return entries;
    }

    private void beforeValue() {
        int c = contexts[depth - 1];
        if (c == OBJECT) {
            throw new IllegalStateException("a value inside an object needs name() first");
        }
        if (c == OBJECT_AFTER_NAME) {
            contexts[depth - 1] = OBJECT;
        } else if (c == ARRAY) {
            if (counts[depth - 1]++ > 0) {
                raw(',');
            }
        } else if (counts[0]++ > 0) {
            throw new IllegalStateException("a JSON document holds one value; start a new writer for the next");
        }
    }

    private void push(int context) {
        if (depth == contexts.length) {
            contexts = java.util.Arrays.copyOf(contexts, depth * 2);
            counts = java.util.Arrays.copyOf(counts, depth * 2);
        }
        contexts[depth] = context;
        counts[depth] = 0;
        depth++;
    }

    private JsonWriter string(String v) {
        try {
            out.append('"');
            int from = 0;
            int n = v.length();
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                String plain = null;
                boolean escape;
                if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                    escape = true;
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                        i++; // a well-formed pair goes out as is
                        continue;
                    }
                    escape = true;
                } else {
                    escape = Character.isLowSurrogate(c); // a low surrogate here has no high half
                }
                if (!escape) {
                    continue;
                }
                out.append(v, from, i);
                switch (c) {
                    case '"': plain = "\\\""; break;
                    case '\\': plain = "\\\\"; break;
                    case '\n': plain = "\\n"; break;
                    case '\r': plain = "\\r"; break;
                    case '\t': plain = "\\t"; break;
                    case '\b': plain = "\\b"; break;
                    case '\f': plain = "\\f"; break;
                    default: break;
                }
                if (plain != null) {
                    out.append(plain);
                } else {
                    out.append('\\').append('u')
                            .append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                }
                from = i + 1;
            }
            out.append(v, from, n);
            out.append('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private JsonWriter raw(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private JsonWriter raw(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
