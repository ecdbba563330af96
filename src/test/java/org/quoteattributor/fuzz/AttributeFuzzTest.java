package org.quoteattributor.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Supplier;
import org.quoteattributor.Attribution;
import org.quoteattributor.Attributor;
import org.quoteattributor.QuoteAttributor;
import org.quoteattributor.Tokenizer;

/**
 * Coverage-guided fuzzing of the front door: for any text, the default attributor (attribute and
 * analyze) and one that returns quoted terms too must not throw, and every result must keep
 * {@link ResultContract}.
 *
 * <p>A plain {@code mvn verify} runs each method once on the empty input and once on each file under
 * {@code src/test/resources/org/quoteattributor/fuzz/AttributeFuzzTestInputs/<method>/}. To fuzz,
 * run {@code scripts/fuzz attribute 30m} (or {@code attribute-heavy}); Jazzer saves any input
 * that fails into that same directory, where it becomes a regression test.
 */
class AttributeFuzzTest {

    private static final Attributor WITH_TERMS = QuoteAttributor.builder().includeTerms(true).build();
    private static final Attributor WITH_INDIRECT = QuoteAttributor.builder().includeIndirect(true).build();

    /**
     * Any string the fuzzer makes (decoded from its bytes as modified UTF-8, so never a lone
     * surrogate). No dictionary entry holds a line break: jazzer-junit 0.24 writes them into its
     * dictionary file unescaped, which breaks the file.
     */
    @FuzzTest
    @DictionaryEntries({"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u00AB", "\u00BB",
            "\u300C", "\u300D", "\u2014", "\u2028", "\u2029", " said", " she", " he", " told",
            " asked", " according to", "Mr. ", " Smith", ", ", ". ", ": ", " that", " officials", "According to "})
    void anyText(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    /** Text over an alphabet of quote marks, breaks, cues and names, lone surrogates included. */
    @FuzzTest
    void quoteHeavyText(FuzzedDataProvider data) {
        check(QuoteHeavyText.from(data.consumeRemainingAsBytes()));
    }

    private static void check(String text) {
        ResultContract.checkTokens(text, run(() -> Tokenizer.tokenize(text), "Tokenizer.tokenize", text));
        ResultContract.checkQuotes(text, run(() -> QuoteAttributor.attribute(text), "QuoteAttributor.attribute", text),
                false);
        ResultContract.checkQuotes(text, run(() -> WITH_TERMS.attribute(text), "includeTerms(true) attribute", text),
                true);
        Attribution a = run(() -> List.of(QuoteAttributor.analyze(text)), "QuoteAttributor.analyze", text).get(0);
        ResultContract.checkQuotes(text, a.quotes(), false);
        ResultContract.checkPeople(text, a);
        ResultContract.checkQuotes(text, run(() -> WITH_INDIRECT.attribute(text), "includeIndirect(true) attribute",
                text), false, true);
    }

    /** Runs {@code call}, attaching the input to whatever it throws. */
    private static <T> List<T> run(Supplier<List<T>> call, String what, String text) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw FuzzInput.attach(e, what + " threw on", text);
        } catch (StackOverflowError e) {
            throw FuzzInput.attach(e, what + " overflowed the stack on", text);
        }
    }
}
