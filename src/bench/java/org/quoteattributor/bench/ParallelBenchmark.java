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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * Throughput with every core busy: one thread per core, each attributing its own document (same
 * kind and size, its own seed) with the one shared default attributor. JMH adds the threads'
 * scores, so the result is the total throughput of the machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(Threads.MAX)
public class ParallelBenchmark {

    @Param({"news", "novel"})
    public String kind;

    @Param({"10KB", "1MB"})
    public String size;

    private String text;
    private Attributor attributor;

    @Setup
    public void setUp(ThreadParams thread) {
        text = Texts.generate(kind, Texts.chars(size), Texts.SEED + thread.getThreadIndex());
        attributor = QuoteAttributor.defaultAttributor();
    }

    @Benchmark
    public List<Quote> attribute() {
        return attributor.attribute(text);
    }
}
