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
 * Inputs built to break linear time, against news text of the same size (see {@link Texts}):
 * a quotation mark every ten chars of every kind, one quotation that never closes, quotations
 * nested a hundredth of the size deep, one paragraph with no punctuation at all, and short
 * sentences with no hyphen. Each runs at
 * 100 KB and 1 MB so that {@link Summary} can check that 10x the text takes 10x the time;
 * {@link LargeAdversarialBenchmark} runs them at 10 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AdversarialBenchmark extends TextBenchmark {

    @Param({"news", "quoteMarks", "unclosedQuote", "nestedQuotes", "unpunctuated", "shortSentences"})
    public String input;

    @Param({"100KB", "1MB"})
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
