package org.quoteattributor.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The adversarial inputs of {@link AdversarialBenchmark} at 10 MB: a million quotation marks of
 * every kind, one quotation left open over 10 MB, 100,000 nested quotations, one 10 MB paragraph
 * with no punctuation, 10 MB of short sentences with no hyphen, against news text. Runs only when
 * asked for ({@code scripts/bench --large}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class LargeAdversarialBenchmark extends TextBenchmark {

    @Param({"news", "quoteMarks", "unclosedQuote", "nestedQuotes", "unpunctuated", "shortSentences"})
    public String input;

    @Param({"10MB"})
    public String size;

    @Override
    protected String textKind() {
        return input;
    }

    @Override
    protected String textSize() {
        return size;
    }
}
