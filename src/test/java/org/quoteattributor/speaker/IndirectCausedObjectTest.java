package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The object of a verb that leads, urges or lets someone do something speaks the infinitive after it: also after
 * an {@code -ing} form of such a verb, and when the object holds an {@code of} phrase.
 */
class IndirectCausedObjectTest {

    private static List<String> speakers(String text) {
        return Reports.speakers(text);
    }

    @Test
    void theObjectAfterAnIngFormOfAllowSpeaks() {
        assertEquals(List.of("growers"),
                speakers("The guild opened a new hall last spring, allowing growers to argue that the toll was unfair."));
    }

    @Test
    void anObjectWithAnOfPhraseSpeaks() {
        assertEquals(List.of("the owners of the old mill"),
                speakers("The cheap fares are leaving the owners of the old mill to wonder whether the weir will last."));
    }

    @Test
    void theObjectOfCompelledSpeaks() {
        assertEquals(List.of("the ferry crews"),
                speakers("The long winter compelled the ferry crews to insist that the pier be rebuilt."));
    }
}
