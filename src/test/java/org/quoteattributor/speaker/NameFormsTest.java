package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The forms of one name, counted and read back in the order a map of them would give. */
class NameFormsTest {

    @Test
    void countsEachFormWritten() {
        NameForms f = new NameForms();
        f.add("Vance");
        f.add("J.D. Vance");
        f.add(new String("Vance"));   // equal, not the same object
        f.inMapOrder();
        assertEquals(Map.of("Vance", 2, "J.D. Vance", 1), asMap(f));
    }

    /** The order decides between equally good forms, so it must be a HashMap's, whatever the number of forms. */
    @Property(tries = 200)
    void readsBackInTheOrderOfAHashMap(@ForAll @IntRange(min = 1, max = 40) int distinct,
                                       @ForAll @IntRange(min = 0, max = 1000) int seed) {
        Random r = new Random(seed);
        NameForms f = new NameForms();
        Map<String, Integer> expected = new HashMap<>();
        for (int k = 0; k < 3 * distinct; k++) {
            // Forms of one and two letters share hashes' low bits often, and "Aa" and "BB" share a hash.
            String form = r.nextBoolean() ? "Aa" + r.nextInt(distinct) : "BB" + r.nextInt(distinct);
            f.add(form);
            expected.merge(form, 1, Integer::sum);   // as NameResolver counted them before
        }
        f.inMapOrder();
        List<String> order = new ArrayList<>();
        for (int j = 0; j < f.size(); j++) {
            order.add(f.form(j));
            assertEquals(expected.get(f.form(j)), f.count(j));
        }
        assertEquals(new ArrayList<>(expected.keySet()), order);
    }

    private static Map<String, Integer> asMap(NameForms f) {
        Map<String, Integer> m = new HashMap<>();
        for (int j = 0; j < f.size(); j++) {
            m.put(f.form(j), f.count(j));
        }
        return m;
    }
}
