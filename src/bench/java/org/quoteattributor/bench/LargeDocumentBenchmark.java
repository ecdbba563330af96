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
 * One 100 MB document per call, timed call by call. Slow (the text alone takes seconds to make),
 * so it runs only when asked for: {@code scripts/bench --large}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class LargeDocumentBenchmark extends TextBenchmark {

    @Param({"news", "novel"})
    public String kind;

    @Param({"100MB"})
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
