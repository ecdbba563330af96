package org.quoteattributor.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed: what to print and which inputs to read ({@code -} is standard input).
 *
 * @param mode how to read input and print results
 * @param inputs file names in order; {@code ["-"]} when none were given
 * @param help whether {@code --help} was asked for
 * @param indirect whether reported speech without marks is printed too ({@code --indirect})
 * @param dashes whether a dash opening a paragraph opens a line of dialogue too ({@code --dashes})
 */
record Options(Mode mode, List<String> inputs, boolean help, boolean indirect, boolean dashes) {

    /** How input is read and results are printed. */
    enum Mode {
        /** Plain text in, one readable line per quotation out. */
        TEXT,
        /** Plain text in, one JSON object per input out. */
        JSON,
        /** JSON Lines in ({@code {"id", "text"}} per line), one JSON line per document out. */
        JSONL
    }

    /** A bad command line; the message says what is wrong in one line. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Reads the arguments: {@code --json}, {@code --jsonl}, {@code --indirect}, {@code --dashes}, {@code -h}/{@code --help}, {@code --}
     * (later arguments are files), {@code -} (standard input), and file names.
     */
    static Options parse(String... args) throws UsageException {
        Mode mode = Mode.TEXT;
        String modeFlag = null;
        boolean help = false;
        boolean indirect = false;
        boolean dashes = false;
        boolean onlyFiles = false;
        List<String> inputs = new ArrayList<>();
        for (String arg : args) {
            if (onlyFiles || arg.equals("-") || !arg.startsWith("-")) {
                if (arg.isEmpty()) {
                    throw new UsageException("an empty file name");
                }
                inputs.add(arg);
                continue;
            }
            switch (arg) {
                case "--":
                    onlyFiles = true;
                    break;
                case "--indirect":
                    indirect = true;
                    break;
                case "--dashes":
                    dashes = true;
                    break;
                case "-h":
                case "--help":
                    help = true;
                    break;
                case "--json":
                case "--jsonl":
                    if (modeFlag != null && !modeFlag.equals(arg)) {
                        throw new UsageException(modeFlag + " and " + arg + " cannot be used together");
                    }
                    modeFlag = arg;
                    mode = arg.equals("--json") ? Mode.JSON : Mode.JSONL;
                    break;
                default:
                    throw new UsageException("unknown option " + arg);
            }
        }
        if (inputs.isEmpty()) {
            inputs.add("-");
        }
        return new Options(mode, List.copyOf(inputs), help, indirect, dashes);
    }
}
