package org.quoteattributor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.quoteattributor.text.Lexer;
import org.quoteattributor.text.TokenBuffer;

/**
 * Splits English text into words, numbers, quotation marks, dashes, punctuation and line breaks,
 * as offsets into the text. Inner apostrophes, hyphens and abbreviation dots stay inside words
 * ({@code don't}, {@code well-known}, {@code J.D.}, {@code Mr.}); a quotation mark or apostrophe
 * at the edge of a word is its own token, since only the context tells the two apart.
 *
 * <pre>{@code
 * List<Token> tokens = Tokenizer.tokenize("Mr. O'Brien said “no.”");
 * // WORD "Mr." · WORD "O'Brien" · WORD "said" · QUOTE_MARK "“" · WORD "no" · PUNCTUATION "." · QUOTE_MARK "”"
 * }</pre>
 *
 * <p>Linear in the length of the text; any string is accepted. Stateless and thread-safe.
 */
public final class Tokenizer {

    private static final TokenKind[] KINDS = TokenKind.values();

    private Tokenizer() {
    }

    /**
     * Tokenizes {@code text}.
     *
     * @param text the text; not {@code null}
     * @return the tokens in text order, unmodifiable
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static List<Token> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        TokenBuffer buffer = Lexer.tokenize(text);
        List<Token> tokens = new ArrayList<>(buffer.size());
        for (int i = 0; i < buffer.size(); i++) {
            tokens.add(new Token(KINDS[buffer.kind(i)], new Span(buffer.start(i), buffer.end(i))));
        }
        return Collections.unmodifiableList(tokens);
    }
}
