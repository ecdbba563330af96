package org.quoteattributor.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The main class of {@code target/benchmarks.jar}: runs JMH with the usual command-line options,
 * then prints {@link Summary}'s tables of the figures we track.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar EndToEnd -prof gc
 * }</pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks: a pattern is a regular expression over "
                    + "org.quoteattributor.bench.ClassName.method (java -jar target/benchmarks.jar -l lists them).");
            System.exit(1);
            return;
        } catch (RunnerException e) {
            System.err.println("Benchmark run failed: " + (e.getMessage() != null ? e.getMessage() : e));
            System.exit(1);
            return;
        }
        Summary.print(results, System.out);
    }
}
