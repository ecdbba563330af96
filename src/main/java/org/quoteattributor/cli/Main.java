package org.quoteattributor.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.quoteattributor.Attribution;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.QuoteMarks;
import org.quoteattributor.json.Json;
import org.quoteattributor.json.JsonException;
import org.quoteattributor.json.JsonWriter;

/**
 * The command line: finds the quotations in text files (or standard input) and prints each with
 * its speaker, as readable lines, as JSON, or as JSON Lines for corpus evaluation.
 *
 * <pre>{@code
 * java -jar quote-attributor.jar story.txt
 * java -jar quote-attributor.jar --json a.txt b.txt
 * java -jar quote-attributor.jar --jsonl < documents.jsonl > predictions.jsonl
 * }</pre>
 *
 * <p>Output is UTF-8 whatever the platform default. Exit status: 0 when all went well; 1 when some
 * input (a JSON line, or a document the attributor failed on) was skipped with a message; 2 for a
 * bad argument or an input or output that could not be read or written.
 */
public final class Main {

    static final String NAME = "quote-attributor";

    static final String USAGE = String.join("\n",
            "Usage: java -jar quote-attributor.jar [--json | --jsonl] [--indirect] [--dashes] [FILE...]",
            "",
            "Finds the quotations in English text and names who said each. Reads each FILE,",
            "or standard input when there is none or FILE is -. Input and output are UTF-8.",
            "",
            "  (default)    one line per quotation: offsets, speaker (mention and name),",
            "               \"to\" and the addressee when there is one, [rule], and the",
            "               quotation, shortened",
            "  --json       one JSON object per input:",
            "               {\"file\": ..., \"quotes\": [...], \"people\": [...]}",
            "  --jsonl      input is JSON Lines, one {\"id\": ..., \"text\": ...} per line;",
            "               prints one {\"id\": ..., \"quotes\": [...], \"people\": [...]} line",
            "               per document, as it goes; a malformed line is reported and skipped",
            "  --indirect   also reported speech without quotation marks (Officials said",
            "               that the talks would go on.), as quotes of kind indirect",
            "  --dashes     also dialogue opened by a dash at the start of a paragraph",
            "               (— Nos vamos, dijo ella.), as in Spanish or Russian fiction",
            "  -h, --help   print this help",
            "  --           end of options: the arguments after it are files",
            "",
            "Each quote in JSON: start, end, content_start, content_end, text, kind,",
            "speaker (the resolved name, or null), speaker_start, speaker_end, speaker_name,",
            "speaker_mention, speaker_type, cue, cue_start, cue_end, group, rule, addressee",
            "(the resolved name, or null), addressee_start, addressee_end, addressee_mention,",
            "addressee_type. Each person: name, mentions [{start, end, text, type}], and",
            "quotes, the indices of the person's quotations in \"quotes\".",
            "Offsets are UTF-16 code units (Java String indices), end exclusive.",
            "",
            "Exit status: 0 on success, 1 if some input was skipped, 2 for a bad argument",
            "or an unreadable file.",
            "");

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // Raw descriptors: System.out would hide write errors and re-encode nothing we need.
        int status = run(args, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
        System.exit(status);
    }

    /**
     * Runs the command line over the given streams, which are left open.
     *
     * @return the exit status: 0 success, 1 some input skipped, 2 bad argument or unreadable input
     */
    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println(NAME + ": " + e.getMessage() + " (see --help)");
            return 2;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        try {
            if (options.help()) {
                out.write(USAGE);
                out.flush();
                return 0;
            }
            for (String input : options.inputs()) {
                String problem = unreadable(input);
                if (problem != null) {
                    err.println(NAME + ": " + problem);
                    return 2;
                }
            }
            Session session = new Session(options, stdin, out, err);
            for (String input : options.inputs()) {
                session.process(input);
            }
            out.flush();
            return session.skipped > 0 ? 1 : 0;
        } catch (InputFailure e) {
            flushQuietly(out);
            err.println(NAME + ": cannot read " + e.input + ": " + reason(e.getCause()));
            return 2;
        } catch (IOException e) {
            err.println(NAME + ": cannot write output: " + reason(e));
            return 2;
        }
    }

    /** Why {@code input} cannot be read, or null when it looks readable. */
    private static String unreadable(String input) {
        if (input.equals("-")) {
            return null;
        }
        Path p;
        try {
            p = Path.of(input);
        } catch (InvalidPathException e) {
            return "not a valid file name: " + input;
        }
        if (!Files.exists(p)) {
            return "no such file: " + input;
        }
        if (Files.isDirectory(p)) {
            return "is a directory: " + input;
        }
        if (!Files.isReadable(p)) {
            return "cannot read " + input + ": permission denied";
        }
        return null;
    }

    /** The state of one run: where output goes and how many inputs were skipped. */
    private static final class Session {
        private final Options options;
        private final Attributor attributor;
        private final InputStream stdin;
        private final Writer out;
        private final PrintWriter err;
        int skipped;

        Session(Options options, InputStream stdin, Writer out, PrintWriter err) {
            this.options = options;
            this.attributor = attributor(options);
            this.stdin = stdin;
            this.out = out;
            this.err = err;
        }

        private static Attributor attributor(Options options) {
            if (!options.indirect() && !options.dashes()) {
                return QuoteAttributor.defaultAttributor();
            }
            QuoteAttributor.Builder b = QuoteAttributor.builder().includeIndirect(options.indirect());
            if (options.dashes()) {
                b.quoteMarks(EnumSet.allOf(QuoteMarks.class));
            }
            return b.build();
        }

        void process(String input) throws IOException {
            if (options.mode() == Options.Mode.JSONL) {
                processLines(input);
                return;
            }
            String text = readAll(input);
            Attribution result;
            try {
                result = attributor.analyze(text);
            } catch (RuntimeException e) {
                skip(display(input), "attribution failed: " + e);
                return;
            }
            List<Quote> quotes = result.quotes();
            if (options.mode() == Options.Mode.JSON) {
                JsonWriter w = new JsonWriter(out);
                w.beginObject().name("file").value(input);
                QuoteFormat.document(w, result);
                w.endObject();
                out.write('\n');
            } else {
                String prefix = options.inputs().size() > 1 ? display(input) + ":" : "";
                for (Quote q : quotes) {
                    out.write(prefix);
                    out.write(QuoteFormat.line(q, text));
                    out.write('\n');
                }
            }
            out.flush();
        }

        /** Reads JSON Lines from {@code input} and writes one result line per document, streaming. */
        private void processLines(String input) throws IOException {
            InputStream in = input.equals("-") ? stdin : open(input);
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                long number = 0;
                while (true) {
                    String line;
                    try {
                        line = lines.readLine();
                    } catch (IOException e) {
                        throw new InputFailure(display(input), e);
                    }
                    if (line == null) {
                        return;
                    }
                    number++;
                    if (number == 1 && line.startsWith("\ufeff")) {
                        line = line.substring(1); // a byte order mark is not JSON whitespace
                    }
                    if (!line.isBlank()) {
                        processLine(display(input) + ":" + number, line);
                    }
                }
            } finally {
                if (in != stdin) {
                    in.close();
                }
            }
        }

        private void processLine(String where, String line) throws IOException {
            Object doc;
            try {
                doc = Json.parse(line);
            } catch (JsonException e) {
                skip(where, "malformed JSON: " + e.getMessage());
                return;
            }
            if (!(doc instanceof Map)) {
                skip(where, "expected a JSON object {\"id\": ..., \"text\": ...}");
                return;
            }
            Map<?, ?> fields = (Map<?, ?>) doc;
            if (!fields.containsKey("id")) {
                skip(where, "missing \"id\"");
                return;
            }
            if (!(fields.get("text") instanceof String)) {
                skip(where, fields.containsKey("text") ? "\"text\" is not a string" : "missing \"text\"");
                return;
            }
            Attribution result;
            try {
                result = attributor.analyze((String) fields.get("text"));
            } catch (RuntimeException e) {
                skip(where, "attribution failed: " + e);
                return;
            }
            JsonWriter w = new JsonWriter(out);
            w.beginObject().name("id").value(fields.get("id"));
            QuoteFormat.document(w, result);
            w.endObject();
            out.write('\n');
            out.flush();
        }

        private void skip(String where, String message) {
            skipped++;
            err.println(NAME + ": " + where + ": " + message);
        }

        private String readAll(String input) {
            try {
                if (input.equals("-")) {
                    return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new String(Files.readAllBytes(Path.of(input)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputFailure(display(input), e);
            }
        }

        private InputStream open(String input) {
            try {
                return Files.newInputStream(Path.of(input));
            } catch (IOException e) {
                throw new InputFailure(display(input), e);
            }
        }
    }

    private static String display(String input) {
        return input.equals("-") ? "<stdin>" : input;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void flushQuietly(Writer out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the input error is the one worth reporting
        }
    }

    /** An input that could not be read; ends the run with status 2. */
    private static final class InputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String input;

        InputFailure(String input, IOException cause) {
            super(cause);
            this.input = input;
        }
    }
}
