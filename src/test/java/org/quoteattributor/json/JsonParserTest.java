package org.quoteattributor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    @Test
    void readsAnObjectInDocumentOrder() {
        Map<?, ?> doc = (Map<?, ?>) Json.parse("{\"id\": \"a-1\", \"text\": \"Hello\", \"n\": 3}");
        assertEquals(List.of("id", "text", "n"), List.copyOf(doc.keySet()));
        assertEquals("a-1", doc.get("id"));
        assertEquals(3L, doc.get("n"));
    }

    @Test
    void refusesANumberWhoseWrittenFormCouldNotBeReadBack() {
        // 12e2147483647 is 1.2E+2147483648 written out: an exponent beyond the int range.
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("12e2147483647"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertEquals(new BigDecimal("1.2E+2147483647"), Json.parse("12e2147483646"));
    }

    @Test
    void readsNestedArraysAndLiterals() {
        Object v = Json.parse(" [true, false, null, [], {}, [1, [2]]] ");
        assertEquals(Arrays.asList(true, false, null, List.of(), Map.of(), List.of(1L, List.of(2L))), v);
    }

    @Test
    void readsEveryShortEscape() {
        assertEquals("\" \\ / \b \f \n \r \t", Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""));
    }

    @Test
    void readsUnicodeEscapesInEitherCase() {
        assertEquals("\u201cHi\u201d \u00e9", Json.parse("\"\\u201cHi\\u201D \\u00E9\""));
    }

    @Test
    void joinsAnEscapedSurrogatePairIntoOneCodePoint() {
        String s = (String) Json.parse("\"\\ud83d\\ude00!\"");
        assertEquals(3, s.length());
        assertEquals(0x1F600, s.codePointAt(0));
    }

    @Test
    void keepsALoneEscapedSurrogate() {
        assertEquals("a\ud800b", Json.parse("\"a\\ud800b\""));
        assertEquals("\udc00", Json.parse("\"\\udc00\""));
    }

    @Test
    void keepsRawNonAsciiText() {
        assertEquals("caf\u00e9 \ud83d\ude00", Json.parse("\"caf\u00e9 \ud83d\ude00\""));
    }

    @Test
    void readsIntegersAsLongAndTheRestExactly() {
        assertEquals(-12L, Json.parse("-12"));
        assertEquals(0L, Json.parse("0"));
        assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, Json.parse("-9223372036854775808"));
        assertEquals(new BigDecimal("9223372036854775808"), Json.parse("9223372036854775808"));
        assertEquals(new BigDecimal("1.50"), Json.parse("1.50"));
        assertEquals(new BigDecimal("-2.5e-3"), Json.parse("-2.5e-3"));
        assertEquals(new BigDecimal("1E+5"), Json.parse("1E+5"));
    }

    @Test
    void returnsUnmodifiableContainers() {
        Map<?, ?> doc = (Map<?, ?>) Json.parse("{\"a\": [1]}");
        assertThrows(UnsupportedOperationException.class, () -> doc.clear());
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) doc.get("a")).clear());
    }

    @Test
    void keepsAnExplicitNullApartFromAMissingKey() {
        Map<?, ?> doc = (Map<?, ?>) Json.parse("{\"id\": null}");
        assertTrue(doc.containsKey("id"));
        assertNull(doc.get("id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                | 0 | empty input",
        "'   '             | 3 | no value, only whitespace",
        "'{\"a\" 1}'       | 5 | expected ':' after an object key, found '1'",
        "'{\"a\":1,}'      | 7 | expected a string key, found '}'",
        "'[1,]'            | 3 | expected a value, found ']'",
        "'[1 2]'           | 3 | expected ',' or ']', found '2'",
        "'{\"a\":1'        | 6 | expected ',' or '}', found the end of the input",
        "'{a:1}'           | 1 | expected a string key, found 'a'",
        "'{key:1}'         | 1 | expected a string key, found 'key'",
        "'\"abc'           | 0 | unterminated string",
        "'\"a\\x\"'        | 2 | unknown escape \\x",
        "'\"\\u12g4\"'     | 1 | \\u needs four hex digits",
        "'\"\\u12\"'       | 1 | \\u needs four hex digits",
        "'01'              | 1 | unexpected '1' after the value",
        "'-'               | 1 | expected a digit, found the end of the input",
        "'1.'              | 2 | expected a digit after '.', found the end of the input",
        "'.5'              | 0 | expected a value, found '.'",
        "'1e'              | 2 | expected a digit in the exponent, found the end of the input",
        "'+1'              | 0 | expected a value, found '+'",
        "'tru'             | 0 | expected a value, found 'tru'",
        "'nul1'            | 0 | expected a value, found 'nul1'",
        "'true false'      | 5 | unexpected 'false' after the value",
        "'NaN'             | 0 | expected a value, found 'NaN'",
        "'[x]'             | 1 | expected a value, found 'x'",
        "'{\"a\":1,\"a\":2}' | 7 | duplicate key \"a\"",
    })
    void reportsWhatIsWrongAndWhere(String input, int offset, String detail) {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(input));
        assertEquals(detail, e.detail());
        assertEquals(offset, e.offset());
        assertEquals(detail + " at offset " + offset, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\nb\"", "\"\t\"", "\"\u0000\""})
    void rejectsRawControlCharactersInStrings(String input) {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(input));
        assertTrue(e.detail().startsWith("control character U+00"), e.detail());
        assertEquals(input.length() == 3 ? 1 : 2, e.offset());
    }

    @Test
    void rejectsNonAsciiDigitsInUnicodeEscapes() {
        // Character.digit would take these; JSON does not.
        assertThrows(JsonException.class, () -> Json.parse("\"\\u\u0661\u0662\u0663\u0664\""));
        assertThrows(JsonException.class, () -> Json.parse("\"\\u\uff21\uff21\uff21\uff21\""));
    }

    @Test
    void rejectsAByteOrderMarkAsNotWhitespace() {
        assertThrows(JsonException.class, () -> Json.parse("\ufeff{}"));
    }

    @Test
    void rejectsAnExponentBeyondRange() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("[1e99999999999]"));
        assertEquals(1, e.offset());
    }

    @Test
    void deepNestingIsAClearErrorNotAStackOverflow() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(deep));
        assertEquals("nesting deeper than " + Json.DEFAULT_MAX_DEPTH + " levels", e.detail());
        assertEquals(Json.DEFAULT_MAX_DEPTH, e.offset());
    }

    @Test
    void aHigherDepthLimitReadsDeepNestingWithoutRecursion() {
        int n = 200_000;
        Object v = Json.parse("{\"a\":".repeat(n) + "1" + "}".repeat(n), n);
        for (int i = 0; i < n; i++) {
            v = ((Map<?, ?>) v).get("a");
        }
        assertEquals(1L, v);
    }

    @Test
    void nestingExactlyAtTheLimitIsAllowed() {
        assertInstanceOf(List.class, Json.parse("[[[]]]", 3));
        assertThrows(JsonException.class, () -> Json.parse("[[[[]]]]", 3));
    }

    @Test
    void refusesABadDepthLimitAndNullText() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[]", 0));
        assertThrows(NullPointerException.class, () -> Json.parse(null));
    }
}
