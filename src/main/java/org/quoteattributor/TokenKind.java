package org.quoteattributor;

/** What a {@link Token} is. Spaces and tabs make no token; line breaks do. */
public enum TokenKind {
    /** Letters, with inner apostrophes, hyphens and abbreviation dots: {@code don't}, {@code J.D.}, {@code Mr.}. */
    WORD,
    /** A token that starts with a digit: {@code 1,000}, {@code 3.5}, {@code 90s}. */
    NUMBER,
    /** A quotation mark or an apostrophe that is not inside a word: {@code "}, {@code “}, {@code ’}, {@code «}. */
    QUOTE_MARK,
    /** A dash used as punctuation: {@code –}, {@code —}, {@code --}, or a hyphen standing alone. */
    DASH,
    /** Sentence and clause punctuation: {@code . , ; : ! ? ( ) …}. */
    PUNCTUATION,
    /** Any other visible character: {@code $ % & @ #}, emoji. */
    SYMBOL,
    /** One line break ({@code \n}, {@code \r\n}, {@code \r}, U+2028, U+0085). */
    LINE_BREAK,
    /** A blank line (two or more line breaks with only spaces between) or U+2029. */
    PARAGRAPH_BREAK
}
