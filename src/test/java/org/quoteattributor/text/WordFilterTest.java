package org.quoteattributor.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    private final WordFilter filter = new WordFilter(List.of("he", "she", "Himself", "o'er"));

    @Test
    void everyWordOfTheListMayBeInItWhateverItsCase() {
        String text = "he SHE himself She O’er o'er";
        assertTrue(filter.mayContain(text, 0, 2));
        assertTrue(filter.mayContain(text, 3, 6));
        assertTrue(filter.mayContain(text, 7, 14));
        assertTrue(filter.mayContain(text, 15, 18));
        assertTrue(filter.mayContain(text, 19, 23));   // a curly apostrophe folds to the straight one
        assertTrue(filter.mayContain(text, 24, 28));
    }

    @Test
    void aWordOfAnotherLengthOrFirstLetterIsSurelyNotInIt() {
        String text = "the hat is here";
        assertFalse(filter.mayContain(text, 0, 3));    // "the": no three-char word starting with t
        assertFalse(filter.mayContain(text, 8, 10));   // "is": no two-char word starting with i
        assertFalse(filter.mayContain(text, 11, 15));  // "here": no four-char word starting with h
        assertFalse(filter.mayContain(text, 0, 0));    // nothing at all
    }

    @Test
    void aWordSharingLengthAndFirstLetterMayBeInIt() {
        assertTrue(filter.mayContain("hi", 0, 2));   // only a look-up can tell
    }
}
