package org.quoteattributor;

/**
 * One token of the text: its kind and where it lies. The token's text is not copied; take it with
 * {@code token.span().of(text)}.
 *
 * <pre>{@code
 * List<Token> tokens = Tokenizer.tokenize("“Yes,” she said.");
 * tokens.get(0);   // Token[kind=QUOTE_MARK, span=[0, 1)]
 * }</pre>
 *
 * @param kind what the token is
 * @param span where it lies in the text
 */
public record Token(TokenKind kind, Span span) {

    /** Checks that both parts are given. */
    public Token {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(span, "span");
    }

    /** The index of the token's first char. */
    public int start() {
        return span.start();
    }

    /** The index just past the token's last char. */
    public int end() {
        return span.end();
    }
}
