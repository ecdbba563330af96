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
 * The sizes between and beyond those of {@link EndToEndBenchmark}, so that {@link Summary} can
 * give the time for 10x and 100x the text as a ratio (10 KB → 100 KB → 1 MB → 10 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScalingBenchmark extends TextBenchmark {

    @Param({"news", "novel"})
    public String kind;

    @Param({"100KB", "10MB"})
    public String size;

    @Override
    protected String textKind() {
        return kind;
    }

    @Override
    protected String textSize() {
        return size;
    }
}
