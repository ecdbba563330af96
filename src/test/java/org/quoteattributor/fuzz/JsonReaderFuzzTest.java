package org.quoteattributor.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quoteattributor.json.Json;
import org.quoteattributor.json.JsonException;

/**
 * Coverage-guided fuzzing of the JSON reader the command line uses for {@code --jsonl}: on any
 * string it gives a value or a {@link JsonException} whose offset lies in the input, nothing else;
 * and a value it gives, written by {@link Json#write(Object)} and read again, is the same JSON value
 * (numbers compared by value) and writes the same text.
 *
 * <p>A plain {@code mvn verify} runs each method once on the empty input and once on each file under
 * {@code src/test/resources/org/quoteattributor/fuzz/JsonReaderFuzzTestInputs/<method>/}. To fuzz,
 * run {@code scripts/fuzz json 10m} (or {@code json-depth}).
 */
class JsonReaderFuzzTest {

    /** Any string the fuzzer makes, read with the default depth limit. */
    @FuzzTest
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "\"", "\\\"", "\\\\", "\\/", "\\b", "\\n", "\\u", "\\uD83D",
            "\\uDE00", "\\u2028", "true", "false", "null", "-0", "0.", "e+", "E-", "1e400", "9223372036854775808",
            "{\"id\":", "\"text\":"})
    void parse(FuzzedDataProvider data) {
        readAndRoundTrip(data.consumeRemainingAsString(), Json.DEFAULT_MAX_DEPTH);
    }

    /** The same with a small depth limit, taken from the first byte, so that the limit itself is reached. */
    @FuzzTest
    void parseWithDepthLimit(FuzzedDataProvider data) {
        int maxDepth = 1 + (data.consumeByte() & 0x07);
        readAndRoundTrip(data.consumeRemainingAsString(), maxDepth);
    }

    private static void readAndRoundTrip(String text, int maxDepth) {
        Object value;
        try {
            value = Json.parse(text, maxDepth);
        } catch (JsonException e) {
            if (e.offset() < 0 || e.offset() > text.length()) {
                throw new AssertionError("JsonException offset " + e.offset() + " lies outside the input (length "
                        + text.length() + "): " + e.getMessage() + "\n  input: " + FuzzInput.javaLiteral(text), e);
            }
            return;
        } catch (RuntimeException e) {
            throw FuzzInput.attach(e, "Json.parse threw on", text);
        } catch (StackOverflowError e) {
            throw FuzzInput.attach(e, "Json.parse overflowed the stack on", text);
        }
        String written = write(value, text);
        Object again;
        try {
            again = Json.parse(written, maxDepth);
        } catch (RuntimeException e) {
            throw FuzzInput.attach(FuzzInput.attach(e, "reading back", written), "written from", text);
        }
        if (!sameJson(value, again)) {
            throw new AssertionError("a value read, written and read again changed: " + value + " became " + again
                    + "\n  input: " + FuzzInput.javaLiteral(text) + "\n  written: " + FuzzInput.javaLiteral(written));
        }
        String rewritten = write(again, text);
        if (!written.equals(rewritten)) {
            throw new AssertionError("writing an equal value gave other text: " + FuzzInput.javaLiteral(written)
                    + " then " + FuzzInput.javaLiteral(rewritten) + "\n  input: " + FuzzInput.javaLiteral(text));
        }
    }

    /**
     * Whether two values read from JSON are the same JSON value: numbers by numeric value, since
     * {@code 1e0} reads as a {@link BigDecimal} but is written {@code 1}, which reads as a {@link Long};
     * objects member by member, arrays element by element, everything else by {@code equals}.
     */
    private static boolean sameJson(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            return decimal((Number) a).compareTo(decimal((Number) b)) == 0;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!sameJson(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameJson(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal ? (BigDecimal) n : new BigDecimal(n.toString());
    }

    private static String write(Object value, String input) {
        try {
            return Json.write(value);
        } catch (RuntimeException e) {
            throw FuzzInput.attach(e, "Json.write threw on the value read from", input);
        }
    }
}
