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
 * The sizes between and beyond those of {@link EndToEndBenchmark}, so that {@link Summary} can
 * give the time for 10x and 100x the text as a ratio (10 KB → 100 KB → 1 MB → 10 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScalingBenchmark {

    @Param({"news", "novel"})
    public String kind;

    @Param({"100KB", "10MB"})
    public String size;

    private String text;
    private Attributor attributor;

    @Setup
    public void setUp() {
        text = Texts.generate(kind, Texts.chars(size), Texts.SEED);
        attributor = QuoteAttributor.defaultAttributor();
    }

    @Benchmark
    public List<Quote> attribute() {
        return attributor.attribute(text);
    }
}
