package org.quoteattributor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * Cold start: in each of several fresh JVMs, the time to load the lexicons and build the default
 * attributor, then the first and second {@code attribute} calls on a 3 KB news article, timed
 * with {@link System#nanoTime()} and with the calling thread's CPU time. Prints one line a JVM
 * and the medians as Markdown.
 *
 * <pre>{@code
 * java -cp target/quote-attributor-0.1.0-SNAPSHOT.jar:target/benchmarks.jar \
 *     org.quoteattributor.bench.ColdStart 5
 * }</pre>
 */
public final class ColdStart {

    private static final String CHILD = "--child";

    private ColdStart() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        List<double[]> all = new ArrayList<>();
        System.out.println();
        System.out.println("### Cold start: fresh JVM, 3 KB news article");
        System.out.println();
        System.out.println("Wall-clock time, and in brackets the CPU time of the calling thread (class loading and "
                + "interpreting included, the JIT's threads not).");
        System.out.println();
        System.out.println("| JVM | load lexicons + build attributor | first attribute call | second call "
                + "| JVM start to first result |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", classpath, ColdStart.class.getName(), CHILD)
                    .redirectErrorStream(true).start();
            String line;
            String result = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("coldstart ")) {
                        result = line;
                    } else {
                        System.err.println(line);
                    }
                }
            }
            int exit = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e6;
            if (exit != 0 || result == null) {
                System.out.println("| " + run + " | failed (exit " + exit + ") | | | |");
                continue;
            }
            String[] f = result.split(" ");
            double[] v = new double[7];
            for (int i = 0; i < 6; i++) {
                v[i] = Double.parseDouble(f[i + 1]);
            }
            v[6] = wall;
            all.add(v);
            System.out.println(row(String.valueOf(run), v, "(process)"));
        }
        if (!all.isEmpty()) {
            double[] m = new double[7];
            for (int i = 0; i < m.length; i++) {
                m[i] = median(all, i);
            }
            System.out.println(row("median", m, ""));
        }
    }

    private static String row(String name, double[] v, String note) {
        return String.format(Locale.ROOT, "| %s | %.1f ms (%.1f) | %.1f ms (%.1f) | %.1f ms (%.1f) | %.0f ms %s |",
                name, v[0], v[3], v[1], v[4], v[2], v[5], v[6], note);
    }

    /** Runs in the fresh JVM: nothing of the library is loaded before the clock starts. */
    private static void child() {
        String article = Texts.generate("news", 3_000, Texts.SEED);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Attributor attributor = QuoteAttributor.defaultAttributor();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        List<Quote> first = attributor.attribute(article);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        List<Quote> second = attributor.attribute(article);
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        if (first.size() != second.size()) {
            throw new AssertionError("two calls on one text disagree");
        }
        System.out.println(String.format(Locale.ROOT, "coldstart %.3f %.3f %.3f %.3f %.3f %.3f %d",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6, first.size()));
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
