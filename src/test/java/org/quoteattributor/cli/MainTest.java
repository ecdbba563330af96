package org.quoteattributor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattributor.json.Json;

class MainTest {

    private static final String STORY = "\u201cWe will win,\u201d Smith said.";

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    private record Result(int status, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    private static Result run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static Result run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, stdin, out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Map<?, ?> object(String line) {
        return assertInstanceOf(Map.class, Json.parse(line));
    }

    @Test
    void reportedSpeechIsPrintedOnlyWithIndirect() {
        String text = "The ferry will sail at noon, the harbour master said.";
        assertEquals("", run(text).out());
        Result r = run(text, "--indirect");
        assertEquals(0, r.status());
        assertEquals("0-27  the harbour master  [trailing-verb, indirect]  The ferry will sail at noon\n", r.out());
    }

    @Test
    void dialogueOpenedByADashIsFoundOnlyWithDashes() {
        String text = "— Mañana salimos —dijo Ilse.\n\n— No antes del mediodía.\n";
        assertEquals("", run(text).out());
        Result r = run(text, "--dashes");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].contains("Mañana salimos"), lines[0]);
        assertTrue(lines[1].contains("No antes del mediodía."), lines[1]);
    }

    @Test
    void reportedSpeechIsOfKindIndirectInJsonLines() {
        String doc = "{\"id\": 7, \"text\": \"Okafor says the orchard lost half its trees.\"}\n";
        Result r = run(doc, "--jsonl", "--indirect");
        assertEquals(0, r.status(), r.err());
        List<?> quotes = assertInstanceOf(List.class, object(r.out().strip()).get("quotes"));
        assertEquals(1, quotes.size());
        Map<?, ?> q = assertInstanceOf(Map.class, quotes.get(0));
        assertEquals("indirect", q.get("kind"));
        assertEquals("the orchard lost half its trees", q.get("text"));
        assertEquals(q.get("start"), q.get("content_start"));
        assertEquals("Okafor", q.get("speaker"));
        assertEquals("says", q.get("cue"));
    }

    @Test
    void printsOneReadableLinePerQuotation() {
        Result r = run(STORY);
        assertEquals(0, r.status());
        assertEquals("0-14  Smith  [trailing-verb]  \u201cWe will win,\u201d\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void showsTheResolvedNameBesideAPronoun() {
        Result r = run("Ann Lee stood up. \u201cThank you,\u201d she said.");
        assertEquals(List.of("18-30  she (Ann Lee)  [trailing-verb]  \u201cThank you,\u201d"), r.outLines());
    }

    @Test
    void readsFilesAndPrefixesLinesWithTheFileWhenThereAreSeveral() throws IOException {
        Path a = file("a.txt", STORY);
        Path b = file("b.txt", "No quotes here.");
        Path c = file("c.txt", "\u201cNo,\u201d Lee said.");
        Result r = run("", a.toString(), b.toString(), c.toString());
        assertEquals(0, r.status());
        assertEquals(List.of(a + ":0-14  Smith  [trailing-verb]  \u201cWe will win,\u201d",
                c + ":0-5  Lee  [trailing-verb]  \u201cNo,\u201d"), r.outLines());
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        Path a = file("a.txt", STORY);
        Result r = run("\u201cNo,\u201d Lee said.", a.toString(), "-");
        assertEquals(2, r.outLines().size());
        assertTrue(r.outLines().get(1).startsWith("<stdin>:0-5  Lee"), r.out());
    }

    @Test
    void jsonPrintsOneObjectPerInput() throws IOException {
        Path a = file("a.txt", STORY);
        Path b = file("b.txt", "Nothing quoted.");
        Result r = run("", "--json", a.toString(), b.toString());
        assertEquals(0, r.status());
        List<String> lines = r.outLines();
        assertEquals(2, lines.size());
        Map<?, ?> first = object(lines.get(0));
        assertEquals(a.toString(), first.get("file"));
        Map<?, ?> quote = (Map<?, ?>) ((List<?>) first.get("quotes")).get(0);
        assertEquals(0L, quote.get("start"));
        assertEquals(14L, quote.get("end"));
        assertEquals("Smith", quote.get("speaker"));
        assertEquals("{\"file\":\"" + b + "\",\"quotes\":[],\"people\":[]}", lines.get(1));
    }

    @Test
    void jsonWritesEveryFieldInAFixedOrder() {
        Result r = run(STORY, "--json");
        String expected = "{\"file\":\"-\",\"quotes\":[{\"start\":0,\"end\":14,\"content_start\":1,"
                + "\"content_end\":13,\"text\":\"We will win,\",\"kind\":\"direct\",\"speaker\":\"Smith\","
                + "\"speaker_start\":15,\"speaker_end\":20,\"speaker_name\":\"Smith\","
                + "\"speaker_mention\":\"Smith\",\"speaker_type\":\"name\",\"cue\":\"said\",\"cue_start\":21,"
                + "\"cue_end\":25,\"group\":0,\"rule\":\"trailing-verb\",\"addressee\":null,"
                + "\"addressee_start\":null,\"addressee_end\":null,\"addressee_mention\":null,"
                + "\"addressee_type\":null}],\"people\":[{\"name\":\"Smith\",\"mentions\":[{\"start\":15,"
                + "\"end\":20,\"text\":\"Smith\",\"type\":\"name\"}],\"quotes\":[0]}]}\n";
        assertEquals(expected, r.out());
    }

    @Test
    void jsonlWritesOneLinePerDocumentAndEchoesTheId() {
        String in = "{\"id\": \"d1\", \"text\": \"\\u201cWe will win,\\u201d Smith said.\"}\n"
                + "\n"
                + "{\"text\": \"Nothing.\", \"id\": 42}\n";
        Result r = run(in, "--jsonl");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(2, lines.size());
        Map<?, ?> first = object(lines.get(0));
        assertEquals("d1", first.get("id"));
        Map<?, ?> quote = (Map<?, ?>) ((List<?>) first.get("quotes")).get(0);
        assertEquals(List.of("start", "end", "content_start", "content_end", "text", "kind", "speaker",
                "speaker_start", "speaker_end", "speaker_name", "speaker_mention", "speaker_type", "cue",
                "cue_start", "cue_end", "group", "rule", "addressee", "addressee_start", "addressee_end",
                "addressee_mention", "addressee_type"), List.copyOf(quote.keySet()));
        assertEquals("Smith", quote.get("speaker"));
        assertEquals(15L, quote.get("speaker_start"));
        assertEquals(20L, quote.get("speaker_end"));
        assertEquals("{\"id\":42,\"quotes\":[],\"people\":[]}", lines.get(1));
    }

    @Test
    void jsonlGivesTheAddresseeAndThePeopleWithTheIndicesOfTheirQuotations() {
        String in = "{\"id\": \"d\", \"text\": \"Rosa Diaz waved. \\u201cCome in,\\u201d she told Omar Kent."
                + " \\u201cThanks,\\u201d Kent said.\"}\n";
        Result r = run(in, "--jsonl");
        assertEquals(0, r.status(), r.err());
        Map<?, ?> doc = object(r.outLines().get(0));
        assertEquals(List.of("id", "quotes", "people"), List.copyOf(doc.keySet()));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) doc.get("quotes")).get(0);
        assertEquals("Omar Kent", first.get("addressee"));
        assertEquals("Omar Kent", first.get("addressee_mention"));
        assertEquals("name", first.get("addressee_type"));
        assertEquals(37L, first.get("addressee_start"));
        assertEquals(46L, first.get("addressee_end"));
        List<?> people = (List<?>) doc.get("people");
        assertEquals(2, people.size());
        Map<?, ?> rosa = (Map<?, ?>) people.get(0);
        assertEquals(List.of("name", "mentions", "quotes"), List.copyOf(rosa.keySet()));
        assertEquals("Rosa Diaz", rosa.get("name"));
        assertEquals(List.of(0L), rosa.get("quotes"));
        Map<?, ?> she = (Map<?, ?>) ((List<?>) rosa.get("mentions")).get(1);
        assertEquals(Map.of("start", 28L, "end", 31L, "text", "she", "type", "pronoun"), she);
        Map<?, ?> omar = (Map<?, ?>) people.get(1);
        assertEquals("Omar Kent", omar.get("name"));
        assertEquals(List.of(1L), omar.get("quotes"));
    }

    @Test
    void aReadableLineNamesTheAddresseeAfterTo() {
        Result r = run("\u201cCome in,\u201d Rosa Diaz told Omar Kent.", "-");
        assertEquals(List.of("0-10  Rosa Diaz to Omar Kent  [trailing-verb]  \u201cCome in,\u201d"), r.outLines());
    }

    @Test
    void jsonlGivesNullsWhereThereIsNoSpeaker() {
        Result r = run("{\"id\": \"d\", \"text\": \"\\u201cIs anyone there?\\u201d\"}\n", "--jsonl");
        Map<?, ?> doc = object(r.outLines().get(0));
        for (Object q : (List<?>) doc.get("quotes")) {
            Map<?, ?> quote = (Map<?, ?>) q;
            assertTrue(quote.containsKey("speaker"));
            assertNull(quote.get("speaker"));
            assertNull(quote.get("speaker_start"));
            assertEquals("none", quote.get("rule"));
        }
    }

    @Test
    void jsonlReportsBadLinesByNumberAndGoesOn() {
        String in = "{\"id\": 1, \"text\": \"a\"}\n"
                + "{\"id\": 2, \"text\": \n"
                + "[1, 2]\n"
                + "{\"text\": \"no id\"}\n"
                + "{\"id\": 5}\n"
                + "{\"id\": 6, \"text\": 6}\n"
                + "{\"id\": 7, \"text\": \"b\"}\n";
        Result r = run(in, "--jsonl");
        assertEquals(1, r.status());
        assertEquals(List.of("{\"id\":1,\"quotes\":[],\"people\":[]}", "{\"id\":7,\"quotes\":[],\"people\":[]}"), r.outLines());
        String[] errors = r.err().split("\n");
        assertEquals(5, errors.length, r.err());
        assertEquals("quote-attributor: <stdin>:2: malformed JSON: expected a value, found the end of the input"
                + " at offset 18", errors[0]);
        assertTrue(errors[1].startsWith("quote-attributor: <stdin>:3: expected a JSON object"), errors[1]);
        assertEquals("quote-attributor: <stdin>:4: missing \"id\"", errors[2]);
        assertEquals("quote-attributor: <stdin>:5: missing \"text\"", errors[3]);
        assertEquals("quote-attributor: <stdin>:6: \"text\" is not a string", errors[4]);
    }

    @Test
    void jsonlNamesTheFileOfABadLine() throws IOException {
        Path a = file("a.jsonl", "{\"id\": 1, \"text\": \"a\"}\nnot json\n");
        Result r = run("", "--jsonl", a.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("quote-attributor: " + a + ":2: malformed JSON"), r.err());
    }

    @Test
    void jsonlSkipsAByteOrderMarkAndAcceptsCrLf() {
        Result r = run("\ufeff{\"id\": 1, \"text\": \"x\"}\r\n{\"id\": 2, \"text\": \"y\"}\r\n", "--jsonl");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.outLines().size());
    }

    @Test
    void jsonlKeepsUtf16OffsetsAndEscapesLoneSurrogates() {
        // The emoji is two UTF-16 units, so the quotation starts at 3.
        String in = "{\"id\": \"e\", \"text\": \"\\ud83d\\ude00 \\u201cGo,\\u201d Kim said. \\ud800\"}\n";
        Result r = run(in, "--jsonl");
        Map<?, ?> quote = (Map<?, ?>) ((List<?>) object(r.outLines().get(0)).get("quotes")).get(0);
        assertEquals(3L, quote.get("start"));
        assertEquals("Kim", quote.get("speaker"));
    }

    @Test
    void jsonlStreamsEachLineBeforeReadingTheNext() {
        // An input that fails if read past the first line before the first result is written.
        byte[] first = "{\"id\": 1, \"text\": \"a\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new InputStream() {
            private boolean given;

            @Override
            public int read() {
                throw new AssertionError("read byte by byte");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (!given) {
                    given = true;
                    System.arraycopy(first, 0, b, off, first.length);
                    return first.length;
                }
                assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty(), "nothing written yet");
                return -1;
            }
        };
        int status = Main.run(new String[] {"--jsonl"}, in, out, OutputStream.nullOutputStream());
        assertEquals(0, status);
        assertEquals("{\"id\":1,\"quotes\":[],\"people\":[]}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesUtf8WhateverThePlatformDefault() {
        Result r = run("\u201cCaf\u00e9 \ud83d\ude00,\u201d Zo\u00eb said.", "--json");
        assertTrue(r.out().contains("\"text\":\"Caf\u00e9 \ud83d\ude00,\""), r.out());
    }

    @Test
    void aBadOptionIsOneLineAndStatusTwo() {
        Result r = run("", "--nope");
        assertEquals(2, r.status());
        assertEquals("quote-attributor: unknown option --nope (see --help)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonAndJsonlTogetherIsABadArgument() {
        Result r = run("", "--json", "--jsonl");
        assertEquals(2, r.status());
        assertEquals(1, r.err().split("\n").length);
    }

    @Test
    void aMissingFileIsOneLineAndStatusTwoBeforeAnyOutput() throws IOException {
        Path a = file("a.txt", STORY);
        Result r = run("", a.toString(), dir.resolve("missing.txt").toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("quote-attributor: no such file: " + dir.resolve("missing.txt") + "\n", r.err());
    }

    @Test
    void aDirectoryIsNotReadable() {
        Result r = run("", "--jsonl", dir.toString());
        assertEquals(2, r.status());
        assertEquals("quote-attributor: is a directory: " + dir + "\n", r.err());
    }

    @Test
    void anInputThatFailsWhileReadingEndsTheRunWithStatusTwo() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        Result r = run(broken, "--jsonl");
        assertEquals(2, r.status());
        assertEquals("quote-attributor: cannot read <stdin>: device gone\n", r.err());
    }

    @Test
    void anOutputThatFailsEndsTheRunWithStatusTwo() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[0], new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)),
                broken, err);
        assertEquals(2, status);
        assertEquals("quote-attributor: cannot write output: Broken pipe\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        Result r = run("", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: java -jar quote-attributor.jar"), r.out());
        assertTrue(r.out().contains("--jsonl"));
        assertEquals("", r.err());
    }

    @Test
    void aDoubleDashMakesTheRestFileNames() throws IOException {
        Path a = file("--json", STORY);
        Result r = run("", "--", a.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("0-14  Smith"), r.out());
    }
}
