package org.quoteattributor.fuzz;

/**
 * Shows a fuzz input as a Java string literal, so that a finding can be pasted into a unit test.
 */
final class FuzzInput {

    /** Enough for any input the fuzzer makes with its default length limit. */
    private static final int MAX_SHOWN = 20_000;

    private FuzzInput() {
    }

    /**
     * {@code s} as a Java string literal: printable ASCII as is, everything else (line breaks, quote
     * marks, surrogates) as an escape, so that the literal survives any editor and encoding.
     */
    static String javaLiteral(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        int n = Math.min(s.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04X", (int) c));
                    }
            }
        }
        b.append('"');
        if (s.length() > n) {
            b.append(" /* first ").append(n).append(" of ").append(s.length()).append(" chars */");
        }
        return b.toString();
    }

    /**
     * Attaches the input to an exception on its way out, as a suppressed exception: the stack trace
     * that Jazzer uses to tell findings apart stays the exception's own.
     */
    static <T extends Throwable> T attach(T thrown, String what, String input) {
        thrown.addSuppressed(new Shown(what + " " + javaLiteral(input)));
        return thrown;
    }

    /** Carries the input in its message, with no stack trace of its own. */
    private static final class Shown extends Exception {
        private static final long serialVersionUID = 1L;

        Shown(String message) {
            super(message, null, false, false);
        }
    }
}
