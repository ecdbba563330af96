package org.quoteattributor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * The adversarial inputs of {@link AdversarialBenchmark} at 10 MB: a million quotation marks of
 * every kind, one quotation left open over 10 MB, 100,000 nested quotations, one 10 MB paragraph
 * with no punctuation, against news text. Runs only when asked for ({@code scripts/bench --large}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class LargeAdversarialBenchmark {

    @Param({"news", "quoteMarks", "unclosedQuote", "nestedQuotes", "unpunctuated"})
    public String input;

    @Param({"10MB"})
    public String size;

    private String text;
    private Attributor attributor;

    @Setup
    public void setUp() {
        text = Texts.generate(input, Texts.chars(size), Texts.SEED);
        attributor = QuoteAttributor.defaultAttributor();
    }

    @Benchmark
    public List<Quote> attribute() {
        return attributor.attribute(text);
    }
}
