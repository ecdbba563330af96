package org.quoteattributor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class JsonProperties {

    @Property
    void anyStringSurvivesARoundTrip(@ForAll String s) {
        assertEquals(s, Json.parse(Json.quote(s)));
    }

    @Property
    void anyStringOfAnyUtf16UnitsSurvivesARoundTrip(
            @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 40) String s) {
        assertEquals(s, Json.parse(Json.quote(s)));
    }

    @Property
    void writtenStringsSurviveUtf8Encoding(
            @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 40) String s) {
        String json = Json.quote(s);
        assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertTrue(json.chars().noneMatch(c -> c < 0x20));
    }

    @Property
    void parsingAnyStringGivesAValueOrAJsonException(@ForAll String s) {
        try {
            Json.parse(s);
        } catch (JsonException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= s.length(), e.getMessage());
        }
    }

    @Property
    void parsingJsonLikeNoiseGivesAValueOrAJsonException(@ForAll("jsonish") String s) {
        try {
            Json.parse(s);
        } catch (JsonException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= s.length(), e.getMessage());
        }
    }

    @Property
    void anyValueSurvivesARoundTrip(@ForAll("values") Object v) {
        String once = Json.write(v);
        assertEquals(once, Json.write(Json.parse(once)));
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[],:\"\\/ ntrufalse0123456789.eE+-ubd\n").ofMaxLength(30);
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().map(s -> (Object) s),
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(5), inner).ofMaxSize(4)
                        .map(m -> (Object) new java.util.TreeMap<>(m))), 0, 4);
    }

}
