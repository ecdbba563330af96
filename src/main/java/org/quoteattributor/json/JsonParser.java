package org.quoteattributor.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value (RFC 8259) from a string in a single left-to-right pass. Containers are kept
 * on an explicit stack rather than the call stack, so nesting depth is limited only by
 * {@code maxDepth}, which gives a clear error instead of a {@link StackOverflowError}.
 */
final class JsonParser {

    private final String s;
    private final int maxDepth;
    private int pos;

    /** An array or object still being read. */
    private static final class Frame {
        final List<Object> list;
        final LinkedHashMap<String, Object> map;
        String key;
        int keyOffset;

        Frame(boolean object) {
            this.list = object ? null : new ArrayList<>();
            this.map = object ? new LinkedHashMap<>() : null;
        }

        Object result() {
            return list != null ? Collections.unmodifiableList(list) : new JsonObjectMap(map);
        }
    }

    JsonParser(String s, int maxDepth) {
        this.s = s;
        this.maxDepth = maxDepth;
    }

    /** The whole input as one value, with nothing but whitespace around it. */
    Object parseDocument() {
        skipWhitespace();
        if (pos >= s.length()) {
            throw error(s.isEmpty() ? "empty input" : "no value, only whitespace");
        }
        Object value = parseValue();
        skipWhitespace();
        if (pos < s.length()) {
            throw error("unexpected " + describe(pos) + " after the value");
        }
        return value;
    }

    private Object parseValue() {
        List<Frame> stack = new ArrayList<>();
        while (true) {
            // Here a value starts; read it, or open a container and go round for its first member.
            skipWhitespace();
            Object value;
            char c = pos < s.length() ? s.charAt(pos) : 0;
            if (c == '{' || c == '[') {
                if (stack.size() >= maxDepth) {
                    throw error("nesting deeper than " + maxDepth + " levels");
                }
                pos++;
                skipWhitespace();
                char close = c == '{' ? '}' : ']';
                if (pos < s.length() && s.charAt(pos) == close) {
                    pos++;
                    value = c == '{' ? new JsonObjectMap(new LinkedHashMap<>()) : List.of();
                } else {
                    Frame frame = new Frame(c == '{');
                    stack.add(frame);
                    if (frame.map != null) {
                        readKey(frame);
                    }
                    continue;
                }
            } else {
                value = parseScalar();
            }
            // A value is complete: hand it to its container, closing containers that end here.
            while (true) {
                if (stack.isEmpty()) {
                    return value;
                }
                Frame top = stack.get(stack.size() - 1);
                if (top.list != null) {
                    top.list.add(value);
                } else {
                    if (top.map.containsKey(top.key)) {
                        throw new JsonException("duplicate key \"" + top.key + "\"", top.keyOffset);
                    }
                    top.map.put(top.key, value);
                }
                skipWhitespace();
                char close = top.list != null ? ']' : '}';
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    if (top.map != null) {
                        skipWhitespace();
                        readKey(top);
                    }
                    break;
                }
                if (pos < s.length() && s.charAt(pos) == close) {
                    pos++;
                    stack.remove(stack.size() - 1);
                    value = top.result();
                    continue;
                }
                throw error("expected ',' or '" + close + "', found " + describe(pos));
            }
        }
    }

    /** Reads {@code "key" :} into the frame. */
    private void readKey(Frame frame) {
        if (pos >= s.length() || s.charAt(pos) != '"') {
            throw error("expected a string key, found " + describe(pos));
        }
        frame.keyOffset = pos;
        frame.key = parseString();
        skipWhitespace();
        if (pos >= s.length() || s.charAt(pos) != ':') {
            throw error("expected ':' after an object key, found " + describe(pos));
        }
        pos++;
    }

    private Object parseScalar() {
        if (pos >= s.length()) {
            throw error("expected a value, found the end of the input");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"':
                return parseString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return parseNumber();
                }
                throw error("expected a value, found " + describe(pos));
        }
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, pos)) {
            throw error("expected a value, found " + describe(pos));
        }
        pos += word.length();
        return value;
    }

    private String parseString() {
        int start = ++pos; // past the opening quote
        StringBuilder b = null;
        while (true) {
            if (pos >= s.length()) {
                throw new JsonException("unterminated string", start - 1);
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String tail = s.substring(start, pos);
                pos++;
                return b == null ? tail : b.append(tail).toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + hex4(c) + " in a string; write it as an escape");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (b == null) {
                b = new StringBuilder(pos - start + 16);
            }
            b.append(s, start, pos);
            b.append(unescape());
            start = pos;
        }
    }

    /** Reads the escape at {@code pos} (a backslash) and returns the char it stands for. */
    private char unescape() {
        int at = pos;
        if (pos + 1 >= s.length()) {
            throw new JsonException("unterminated escape", at);
        }
        char e = s.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = pos < s.length() ? hexValue(s.charAt(pos)) : -1;
                    if (d < 0) {
                        throw new JsonException("\\u needs four hex digits", at);
                    }
                    v = v * 16 + d;
                    pos++;
                }
                // Surrogates, paired or lone, are kept as the UTF-16 units they name.
                return (char) v;
            default:
                throw new JsonException("unknown escape \\" + printable(e), at);
        }
    }

    private Object parseNumber() {
        int start = pos;
        boolean integral = true;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '0') {
            pos++;
        } else if (!skipDigits()) {
            throw error("expected a digit, found " + describe(pos));
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            integral = false;
            pos++;
            if (!skipDigits()) {
                throw error("expected a digit after '.', found " + describe(pos));
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            integral = false;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (!skipDigits()) {
                throw error("expected a digit in the exponent, found " + describe(pos));
            }
        }
        String lexeme = s.substring(start, pos);
        if (integral && pos - start <= 18) {
            return Long.parseLong(lexeme);
        }
        if (integral) {
            BigInteger big = new BigInteger(lexeme);
            return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
        }
        try {
            BigDecimal d = new BigDecimal(lexeme);
            long exponent = (long) d.precision() - d.scale() - 1;
            if (exponent > Integer.MAX_VALUE || exponent < Integer.MIN_VALUE) {
                // Its written form (1.2E+2147483648) could not be read back: refuse it here too.
                throw new NumberFormatException(lexeme);
            }
            return d;
        } catch (NumberFormatException e) {
            // Only an exponent beyond the int range, as read or as it would be written, gets here.
            throw new JsonException("number out of range: " + shorten(lexeme), start);
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private boolean skipDigits() {
        int from = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos > from;
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonException error(String detail) {
        return new JsonException(detail, pos);
    }

    /** The char at {@code at}, or the whole word when a letter starts one, for an error message. */
    private String describe(int at) {
        if (at >= s.length()) {
            return "the end of the input";
        }
        int end = at;
        while (end < s.length() && end - at < 20 && isAsciiLetterOrDigit(s.charAt(end))) {
            end++;
        }
        if (end > at + 1 && isAsciiLetterOrDigit(s.charAt(at)) && !Character.isDigit(s.charAt(at))) {
            return "'" + s.substring(at, end) + "'";
        }
        return "'" + printable(s.charAt(at)) + "'";
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? "U+" + hex4(c) : String.valueOf(c);
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    private static String shorten(String lexeme) {
        return lexeme.length() <= 40 ? lexeme : lexeme.substring(0, 37) + "...";
    }

    /** A read-only object that keeps its members in document order. */
    static final class JsonObjectMap extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> members;

        JsonObjectMap(LinkedHashMap<String, Object> members) {
            this.members = Collections.unmodifiableMap(members);
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return members.entrySet();
        }

        @Override
        public Object get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }

        @Override
        public int size() {
            return members.size();
        }
    }
}
