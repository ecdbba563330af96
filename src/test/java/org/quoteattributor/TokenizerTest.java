package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link Tokenizer}: what each stretch of a sentence becomes. Tokens are shown as {@code KIND:text}. */
class TokenizerTest {

    /** The tokens of {@code text} as {@code KIND:text} strings, line breaks shown as {@code \n}. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            out.add(t.kind() + ":" + t.span().of(text).replace("\r", "\\r").replace("\n", "\\n"));
        }
        return out;
    }

    @Nested
    class Words {

        @Test
        void theExampleFromTheClassComment() {
            assertEquals(List.of("WORD:Mr.", "WORD:O'Brien", "WORD:said", "QUOTE_MARK:“", "WORD:no", "PUNCTUATION:.",
                    "QUOTE_MARK:”"), tokens("Mr. O'Brien said “no.”"));
        }

        @Test
        void anInnerApostropheStaysInTheWord() {
            assertEquals(List.of("WORD:I", "WORD:don’t", "WORD:know"), tokens("I don’t know"));
            assertEquals(List.of("WORD:we're", "WORD:late"), tokens("we're late"));
        }

        @Test
        void anInnerHyphenStaysInTheWord() {
            assertEquals(List.of("WORD:a", "WORD:well-known", "WORD:name"), tokens("a well-known name"));
        }

        @Test
        void initialsAreOneWord() {
            assertEquals(List.of("WORD:J.D.", "WORD:Vance", "WORD:and", "WORD:J.K.", "WORD:Doe"),
                    tokens("J.D. Vance and J.K. Doe"));
        }

        @Test
        void aTitleKeepsItsAbbreviationDot() {
            assertEquals(List.of("WORD:Sen.", "WORD:Jane", "WORD:Roe"), tokens("Sen. Jane Roe"));
            assertEquals(List.of("WORD:Dr.", "WORD:Lee"), tokens("Dr. Lee"));
            assertEquals(List.of("WORD:Del.", "WORD:Nessa", "WORD:Quillon"), tokens("Del. Nessa Quillon"));
        }

        @Test
        void aTitleJoinedToAPrefixKeepsItsAbbreviationDot() {
            assertEquals(List.of("WORD:then-Sen.", "WORD:Jane", "WORD:Roe"), tokens("then-Sen. Jane Roe"));
            assertEquals(List.of("WORD:ex-Gov.", "WORD:Lee"), tokens("ex-Gov. Lee"));
            assertEquals(List.of("WORD:well-read", "PUNCTUATION:."), tokens("well-read."));
        }

        @Test
        void aSingleCapitalKeepsItsDotAsAnInitial() {
            assertEquals(List.of("WORD:A.", "WORD:Smith"), tokens("A. Smith"));
        }

        @Test
        void noBeforeANumberIsANumberSignThatKeepsItsDot() {
            assertEquals(List.of("WORD:the", "WORD:No.", "NUMBER:2", "WORD:warden"), tokens("the No. 2 warden"));
            assertEquals(List.of("WORD:No.", "NUMBER:9"), tokens("No.9"));
            assertEquals(List.of("WORD:she", "WORD:said", "WORD:No", "PUNCTUATION:.", "WORD:Then"),
                    tokens("she said No. Then"));
            assertEquals(List.of("WORD:No", "PUNCTUATION:."), tokens("No."));
        }

        @Test
        void thePronounIDoesNotKeepAFullStop() {
            assertEquals(List.of("WORD:so", "WORD:did", "WORD:I", "PUNCTUATION:."), tokens("so did I."));
        }

        @Test
        void aSentenceEndingDotIsPunctuation() {
            assertEquals(List.of("WORD:the", "WORD:end", "PUNCTUATION:."), tokens("the end."));
        }

        @Test
        void lettersWithCombiningMarksAreOneWord() {
            assertEquals(List.of("WORD:cafe\u0301", "WORD:open"), tokens("cafe\u0301 open"));
        }
    }

    @Nested
    class Numbers {

        @Test
        void digitSeparatorsAndDecimalPointsStayInTheNumber() {
            assertEquals(List.of("NUMBER:1,000", "WORD:and", "NUMBER:3.5"), tokens("1,000 and 3.5"));
        }

        @Test
        void aDecadeIsANumber() {
            assertEquals(List.of("WORD:the", "NUMBER:1990s"), tokens("the 1990s"));
        }

        @Test
        void anElisionApostropheBeforeADecadeIsItsOwnToken() {
            assertEquals(List.of("WORD:the", "QUOTE_MARK:’", "NUMBER:90s"), tokens("the ’90s"));
        }
    }

    @Nested
    class Marks {

        @Test
        void aPluralPossessiveApostropheIsItsOwnToken() {
            assertEquals(List.of("WORD:the", "WORD:students", "QUOTE_MARK:’", "WORD:union"), tokens("the students’ union"));
        }

        @Test
        void marksAroundALetterAreSeparateTokens() {
            assertEquals(List.of("WORD:rock", "QUOTE_MARK:'", "WORD:n", "QUOTE_MARK:'", "WORD:roll"), tokens("rock 'n' roll"));
        }

        @Test
        void everyFamilyIsAQuoteMark() {
            for (String mark : List.of("\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "‟", "‛")) {
                assertEquals(List.of("QUOTE_MARK:" + mark), tokens(mark), mark);
            }
        }

        @Test
        void twoApostrophesTypedForADoubleMarkAreOneToken() {
            assertEquals(List.of("QUOTE_MARK:''", "WORD:yes", "QUOTE_MARK:''"), tokens("''yes''"));
        }
    }

    @Nested
    class Punctuation {

        @Test
        void dashesOfEveryLength() {
            assertEquals(List.of("WORD:a", "DASH:–", "WORD:b", "DASH:—", "WORD:c", "DASH:--", "WORD:d", "DASH:-", "WORD:e"),
                    tokens("a – b — c -- d - e"));
        }

        @Test
        void anEllipsisOfDotsIsOneToken() {
            assertEquals(List.of("WORD:wait", "PUNCTUATION:...", "WORD:what", "PUNCTUATION:?", "PUNCTUATION:!"),
                    tokens("wait... what?!"));
        }

        @Test
        void otherVisibleCharsAreSymbols() {
            assertEquals(List.of("SYMBOL:$", "NUMBER:5", "SYMBOL:&", "SYMBOL:@", "SYMBOL:#", "WORD:tag"), tokens("$5 & @ #tag"));
        }

        @Test
        void anEmojiIsOneSymbolOfTwoChars() {
            List<Token> t = Tokenizer.tokenize("hi \uD83D\uDE00");
            assertEquals(new Token(TokenKind.SYMBOL, new Span(3, 5)), t.get(1));
        }
    }

    @Nested
    class LineBreaks {

        @Test
        void spacesAndTabsMakeNoToken() {
            assertEquals(List.of("WORD:a", "WORD:b"), tokens(" \ta \u00a0 b\t"));
        }

        @Test
        void oneLineBreakOfEachKind() {
            assertEquals(List.of("WORD:a", "LINE_BREAK:\\n", "WORD:b", "LINE_BREAK:\\r\\n", "WORD:c", "LINE_BREAK:\\r", "WORD:d"),
                    tokens("a\nb\r\nc\rd"));
            assertEquals(List.of("WORD:a", "LINE_BREAK:\u2028", "WORD:b", "LINE_BREAK:\u0085", "WORD:c"),
                    tokens("a\u2028b\u0085c"));
        }

        @Test
        void aBlankLineIsAParagraphBreak() {
            assertEquals(List.of("WORD:a", "PARAGRAPH_BREAK:\\n\\n", "WORD:b"), tokens("a\n\nb"));
            assertEquals(List.of("WORD:a", "PARAGRAPH_BREAK:\\r\\n\\r\\n", "WORD:b"), tokens("a\r\n\r\nb"));
        }

        @Test
        void aLineOfSpacesCountsAsBlank() {
            assertEquals(List.of("WORD:a", "PARAGRAPH_BREAK:\\n \t\\n", "WORD:b"), tokens("a\n \t\n b"));
        }

        @Test
        void theParagraphSeparatorIsAParagraphBreak() {
            assertEquals(List.of("WORD:a", "PARAGRAPH_BREAK:\u2029", "WORD:b"), tokens("a\u2029b"));
        }
    }

    @Nested
    class Input {

        @Test
        void emptyTextHasNoTokens() {
            assertEquals(List.of(), Tokenizer.tokenize(""));
        }

        @Test
        void nullIsRefusedNamingTheArgument() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Tokenizer.tokenize(null));
            assertEquals("text", e.getMessage());
        }

        @Test
        void theListIsUnmodifiable() {
            List<Token> t = Tokenizer.tokenize("a b");
            assertThrows(UnsupportedOperationException.class, () -> t.remove(0));
        }

        @Test
        void aLoneSurrogateIsASymbol() {
            assertEquals(List.of(new Token(TokenKind.SYMBOL, new Span(0, 1))), Tokenizer.tokenize("\uD83D"));
        }

        @Test
        void tokensGiveTheirOffsets() {
            Token t = Tokenizer.tokenize("say “hi”").get(1);
            assertEquals(4, t.start());
            assertEquals(5, t.end());
        }
    }
}
