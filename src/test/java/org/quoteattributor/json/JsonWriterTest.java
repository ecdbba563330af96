package org.quoteattributor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static String write(java.util.function.Consumer<JsonWriter> calls) {
        StringBuilder b = new StringBuilder();
        calls.accept(new JsonWriter(b));
        return b.toString();
    }

    @Test
    void putsInCommasAndColons() {
        String out = write(w -> w.beginObject()
                .name("id").value("d1")
                .name("n").value(3)
                .name("ok").value(true)
                .name("none").nullValue()
                .name("list").beginArray().value(1).value("x").beginObject().endObject().endArray()
                .endObject());
        assertEquals("{\"id\":\"d1\",\"n\":3,\"ok\":true,\"none\":null,\"list\":[1,\"x\",{}]}", out);
    }

    @Test
    void writesANullStringAsNull() {
        assertEquals("[null]", write(w -> w.beginArray().value((String) null).endArray()));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\n\\r\\t\\b\\f \\u0000\\u001f \\u007f\"".replace("\\u007f", "\u007f"),
                Json.quote("say \"hi\" \\ \n\r\t\b\f \u0000\u001f \u007f"));
    }

    @Test
    void escapesLineAndParagraphSeparators() {
        assertEquals("\"a\\u2028b\\u2029c\"", Json.quote("a\u2028b\u2029c"));
    }

    @Test
    void leavesNonAsciiAndSurrogatePairsAsTheyAre() {
        assertEquals("\"\u201cOui\u201d caf\u00e9 \ud83d\ude00\"", Json.quote("\u201cOui\u201d caf\u00e9 \ud83d\ude00"));
    }

    @Test
    void escapesLoneSurrogatesSoTheOutputEncodes() {
        assertEquals("\"a\\ud800b\"", Json.quote("a\ud800b"));
        assertEquals("\"\\udc00\"", Json.quote("\udc00"));
        assertEquals("\"\\ud83d\"", Json.quote("\ud83d"));
        assertEquals("\"\\ude00\\ud83d\"", Json.quote("\ude00\ud83d"));
        assertEquals("\"\\ud83d\ud83d\ude00\"", Json.quote("\ud83d\ud83d\ude00"));
        String out = Json.quote("x\ud800");
        byte[] utf8 = out.getBytes(StandardCharsets.UTF_8);
        assertEquals(out, new String(utf8, StandardCharsets.UTF_8));
    }

    @Test
    void writesNumbers() {
        assertEquals("[3,-7,2.5,1.0E20,0,12345678901234567890,1.50,1E+5]", Json.write(List.of(
                3, -7L, 2.5, 1e20, 0.0, new BigInteger("12345678901234567890"), new BigDecimal("1.50"),
                new BigDecimal("1E+5"))));
        assertEquals("3", Json.write(3.0));
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Float.POSITIVE_INFINITY));
    }

    @Test
    void keepsTheOrderOfOrderedMapsAndSortsTheRest() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("z", 1);
        linked.put("a", 2);
        assertEquals("{\"z\":1,\"a\":2}", Json.write(linked));
        assertEquals("{\"a\":2,\"z\":1}", Json.write(new TreeMap<>(linked)));
        assertEquals("{\"a\":2,\"z\":1}", Json.write(new HashMap<>(linked)));
        assertEquals("{\"b\":1,\"c\":2,\"d\":3}", Json.write(Map.of("d", 3, "b", 1, "c", 2)));
    }

    @Test
    void refusesValuesWithNoJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
        Map<Object, Object> mixed = new LinkedHashMap<>();
        mixed.put(null, 1);
        assertThrows(IllegalArgumentException.class, () -> Json.write(mixed));
    }

    @Test
    void writesDeepValuesWithoutRecursion() {
        Object v = "leaf";
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            v = List.of(v);
        }
        String out = Json.write(v);
        assertEquals("[".repeat(n) + "\"leaf\"" + "]".repeat(n), out);
    }

    @Test
    void writesNullsInsideLists() {
        assertEquals("[null,1]", Json.write(Arrays.asList(null, 1)));
    }

    @Test
    void reportsMisuseAtOnce() {
        assertThrows(IllegalStateException.class, () -> write(w -> w.beginObject().value(1)));
        assertThrows(IllegalStateException.class, () -> write(w -> w.beginArray().name("a")));
        assertThrows(IllegalStateException.class, () -> write(w -> w.beginObject().name("a").name("b")));
        assertThrows(IllegalStateException.class, () -> write(w -> w.beginObject().name("a").endObject()));
        assertThrows(IllegalStateException.class, () -> write(w -> w.beginArray().endObject()));
        assertThrows(IllegalStateException.class, () -> write(w -> w.endArray()));
        assertThrows(IllegalStateException.class, () -> write(w -> w.value(1).value(2)));
    }

    @Test
    void knowsWhenTheDocumentIsComplete() {
        JsonWriter w = new JsonWriter(new StringBuilder());
        assertFalse(w.isComplete());
        w.beginArray();
        assertFalse(w.isComplete());
        w.endArray();
        assertTrue(w.isComplete());
    }

    @Test
    void nestsDeeperThanItsInitialStack() {
        List<Object> v = new ArrayList<>();
        JsonWriter w = new JsonWriter(new StringBuilder());
        for (int i = 0; i < 40; i++) {
            w.beginObject().name("k");
        }
        w.value(v);
        for (int i = 0; i < 40; i++) {
            w.endObject();
        }
        assertTrue(w.isComplete());
    }
}
