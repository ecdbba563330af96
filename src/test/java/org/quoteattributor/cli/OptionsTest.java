package org.quoteattributor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsMeansTextFromStandardInput() throws Exception {
        Options o = Options.parse();
        assertEquals(Options.Mode.TEXT, o.mode());
        assertEquals(List.of("-"), o.inputs());
        assertFalse(o.help());
    }

    @Test
    void optionsAndFilesMayComeInAnyOrder() throws Exception {
        Options o = Options.parse("a.jsonl", "--jsonl", "-", "b.jsonl");
        assertEquals(Options.Mode.JSONL, o.mode());
        assertEquals(List.of("a.jsonl", "-", "b.jsonl"), o.inputs());
    }

    @Test
    void indirectIsOffUnlessAskedFor() throws Exception {
        assertFalse(Options.parse("a.txt").indirect());
        Options o = Options.parse("--jsonl", "--indirect", "a.jsonl");
        assertTrue(o.indirect());
        assertEquals(Options.Mode.JSONL, o.mode());
        assertEquals(List.of("a.jsonl"), o.inputs());
    }

    @Test
    void dashesAreOffUnlessAskedFor() throws Exception {
        assertFalse(Options.parse("a.txt").dashes());
        Options o = Options.parse("--dashes", "a.txt");
        assertTrue(o.dashes());
        assertFalse(o.indirect());
        assertEquals(List.of("a.txt"), o.inputs());
    }

    @Test
    void helpIsRecognisedInBothSpellings() throws Exception {
        assertTrue(Options.parse("-h").help());
        assertTrue(Options.parse("x.txt", "--help").help());
    }

    @Test
    void aRepeatedModeIsFine() throws Exception {
        assertEquals(Options.Mode.JSON, Options.parse("--json", "--json").mode());
    }

    @Test
    void afterDoubleDashEverythingIsAFile() throws Exception {
        assertEquals(List.of("--json", "-x"), Options.parse("--", "--json", "-x").inputs());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals("unknown option -x", assertThrows(Options.UsageException.class,
                () -> Options.parse("-x")).getMessage());
        assertEquals("--jsonl and --json cannot be used together", assertThrows(Options.UsageException.class,
                () -> Options.parse("--jsonl", "--json")).getMessage());
        assertEquals("an empty file name", assertThrows(Options.UsageException.class,
                () -> Options.parse("")).getMessage());
    }
}
