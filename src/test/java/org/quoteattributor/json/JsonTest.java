package org.quoteattributor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"doc-1\",\"text\":\"\u201cNo,\u201d she said.\",\"quotes\":[]}",
        "[1,-2,3.25,1E+5,true,false,null,\"\",[],{}]",
        "{\"z\":{\"y\":[{\"x\":null}]},\"a\":0}",
        "\"tab\\there \\\"quoted\\\" back\\\\slash \\u0001 \\ud800\"",
        "12345678901234567890123",
    })
    void writingWhatWasReadGivesTheSameCompactText(String compact) {
        assertEquals(compact, Json.write(Json.parse(compact)));
    }

    @Test
    void readingWhatWasWrittenGivesTheSameValue() {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("id", "seed/1");
        doc.put("text", "\u201cHi\u201d \ud83d\ude00 \ud800 \u0000 \"x\" \\");
        doc.put("quotes", List.of(Map.of("start", 0L, "end", 4L), List.of()));
        doc.put("none", null);
        assertEquals(doc, Json.parse(Json.write(doc)));
    }

    @Test
    void readsPrettyPrintedInput() {
        String pretty = "{\n  \"a\" : [ 1 ,\r\n\t2 ] ,\n  \"b\" : { }\n}\n";
        assertEquals("{\"a\":[1,2],\"b\":{}}", Json.write(Json.parse(pretty)));
    }
}
