package org.quoteattributor.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * What the single-document benchmarks share: generate one text of a kind and size (see
 * {@link Texts}) and run the default attributor over it. Each subclass holds the JMH state and
 * {@code @Param}s that choose the texts; JMH runs the inherited benchmark once per subclass.
 */
public abstract class TextBenchmark {

    /** The text of the current parameters. */
    protected String text;
    private Attributor attributor;

    /** The kind of text, a name {@link Texts#generate} knows. */
    protected abstract String textKind();

    /** The size of text, as {@link Texts#chars} reads it ("10KB", "1MB"). */
    protected abstract String textSize();

    @Setup
    public void setUp() {
        text = Texts.generate(textKind(), Texts.chars(textSize()), Texts.SEED);
        attributor = QuoteAttributor.defaultAttributor();
    }

    /** The whole pipeline through the public front door. */
    @Benchmark
    public List<Quote> attribute() {
        return attributor.attribute(text);
    }
}
