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
import org.quoteattributor.Token;
import org.quoteattributor.Tokenizer;

/**
 * Single-thread throughput of the default attributor on news-like and novel-like text, of one that
 * also returns reported speech ({@code includeIndirect(true)}), and two floors measured on the same
 * text: a loop that reads every char once, and the public tokenizer.
 * {@link Summary} turns the scores into MB/s and multiples of the read loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EndToEndBenchmark extends TextBenchmark {

    @Param({"news", "novel"})
    public String kind;

    @Param({"10KB", "1MB"})
    public String size;

    private Attributor withIndirect;

    @Setup
    public void setUpIndirect() {
        withIndirect = QuoteAttributor.builder().includeIndirect(true).build();
    }

    @Override
    protected String textKind() {
        return kind;
    }

    @Override
    protected String textSize() {
        return size;
    }

    /** The whole pipeline with reported speech too: quotations with marks, then the clauses without. */
    @Benchmark
    public List<Quote> attributeWithIndirect() {
        return withIndirect.attribute(text);
    }

    /** The public tokenizer alone, Token records included. */
    @Benchmark
    public List<Token> tokenize() {
        return Tokenizer.tokenize(text);
    }

    /** The floor: read every char once and sum them. */
    @Benchmark
    public int readChars() {
        String s = text;
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
        }
        return sum;
    }
}
