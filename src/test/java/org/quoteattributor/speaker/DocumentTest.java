package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a document tells of its text as a whole. */
class DocumentTest {

    @Test
    void aTextOfOneSentenceALineReadsAsSuch() {
        assertTrue(Document.readsAsSentencePerLine("Mr. Hale went out to the barn .\nIt was cold .\n".repeat(10)));
    }

    @Test
    void aTextWithBlankLinesHasParagraphs() {
        assertFalse(Document.readsAsSentencePerLine("Mr. Hale went out to the barn .\n\nIt was cold .\n".repeat(10)));
    }

    @Test
    void linesOfSeveralSentencesAreParagraphs() {
        assertFalse(Document.readsAsSentencePerLine("He went out to the barn. It was cold. The door stuck.\n".repeat(20)));
    }

    @Test
    void aShortTextTellsNothing() {
        assertFalse(Document.readsAsSentencePerLine("He went out .\nIt was cold .\n"));
    }
}
