package org.quoteattributor.quote;

/**
 * Why each quotation mark in the text was used as it was. Every mark token gets exactly one role.
 * Internal, not API.
 */
public final class MarkRole {

    private MarkRole() {
    }

    /** Not a mark (a token of another kind). */
    public static final byte NONE = 0;
    /** Opens a reported quotation. */
    public static final byte OPEN = 1;
    /** Closes a reported quotation. */
    public static final byte CLOSE = 2;
    /** Opens a quotation nested in another one. */
    public static final byte NESTED_OPEN = 3;
    /** Closes a quotation nested in another one. */
    public static final byte NESTED_CLOSE = 4;
    /** An apostrophe at the end of a word: the students’ union, goin’. */
    public static final byte APOSTROPHE = 5;
    /** An apostrophe standing for left-out letters or digits: ’90s, ’tis, ’em. */
    public static final byte ELISION = 6;
    /** A mark with no partner that no repair could place; left out. */
    public static final byte UNPAIRED = 7;
    /** A mark of a family the configuration switched off. */
    public static final byte DISABLED = 8;
    /** A mark nested deeper than the finder follows; treated as text. */
    public static final byte TOO_DEEP = 9;
    /** A mark around a markup attribute value ({@code <tweet id="42">}): not a quotation. */
    public static final byte MARKUP = 10;

    /** A readable name for a role code. */
    public static String name(byte role) {
        switch (role) {
            case OPEN: return "open";
            case CLOSE: return "close";
            case NESTED_OPEN: return "nested-open";
            case NESTED_CLOSE: return "nested-close";
            case APOSTROPHE: return "apostrophe";
            case ELISION: return "elision";
            case UNPAIRED: return "unpaired";
            case DISABLED: return "disabled";
            case TOO_DEEP: return "too-deep";
            case MARKUP: return "markup";
            default: return "none";
        }
    }
}
