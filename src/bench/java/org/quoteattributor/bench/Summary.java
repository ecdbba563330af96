package org.quoteattributor.bench;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.quoteattributor.Attributor;
import org.quoteattributor.QuoteAttributor;

/**
 * Turns JMH scores into the figures we track, as Markdown tables: MB/s (1 MB = 1,000,000 chars),
 * the attributor's time as a multiple of the read loop, time ratios for 10x and 100x the text,
 * adversarial inputs against news text of the same size, and allocation per input char (when the
 * run had {@code -prof gc}) less the bytes the returned quotations keep.
 */
final class Summary {

    private static final String[] SIZES = {"10KB", "100KB", "1MB", "10MB", "100MB"};

    private final List<Row> rows = new ArrayList<>();
    private final PrintStream out;

    /** One benchmark, one set of params. */
    private static final class Row {
        String bench;       // EndToEndBenchmark.attribute
        String method;      // attribute
        String text;        // news, novel, quoteMarks, ...
        String size;        // 10KB ...
        int chars;
        int threads;
        double secondsPerOp;   // per call, as one thread sees it
        double mbPerSecond;    // all threads together
        double spreadPercent;  // standard deviation of the measured iterations, relative to their mean
        double allocPerOp = Double.NaN;
        double cpuPerOp = Double.NaN;   // seconds of the calling threads' CPU time per call, when measured
    }

    private Summary(Collection<RunResult> results, PrintStream out) {
        this.out = out;
        for (RunResult r : results) {
            rows.add(row(r));
        }
    }

    static void print(Collection<RunResult> results, PrintStream out) {
        new Summary(results, out).print();
    }

    private static Row row(RunResult r) {
        BenchmarkParams p = r.getParams();
        Row row = new Row();
        String full = p.getBenchmark();
        String[] parts = full.split("\\.");
        row.method = parts[parts.length - 1];
        row.bench = parts[parts.length - 2] + "." + row.method;
        row.text = p.getParam("kind") != null ? p.getParam("kind") : p.getParam("input");
        row.size = p.getParam("size");
        row.chars = Texts.chars(row.size);
        row.threads = p.getThreads();
        Result primary = r.getPrimaryResult();
        double score = primary.getScore();
        String unit = primary.getScoreUnit();
        row.spreadPercent = 100 * primary.getStatistics().getStandardDeviation() / score;
        if (unit.startsWith("ops/")) {
            // Throughput: JMH has added the threads' scores.
            double opsPerSecond = score * perSecond(unit.substring(4));
            row.mbPerSecond = opsPerSecond * row.chars / 1e6;
            row.secondsPerOp = row.threads / opsPerSecond;
        } else {
            double seconds = score / perSecond(unit.substring(0, unit.indexOf('/')));
            row.secondsPerOp = seconds;
            row.mbPerSecond = row.threads * row.chars / 1e6 / seconds;
        }
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                row.allocPerOp = e.getValue().getScore();
            } else if (e.getKey().endsWith("cpu.time.norm") && !e.getKey().endsWith("process.cpu.time.norm")) {
                row.cpuPerOp = e.getValue().getScore() / 1e9;
            }
        }
        return row;
    }

    /** How many of {@code unit} make a second. */
    private static double perSecond(String unit) {
        switch (unit) {
            case "s": return 1;
            case "ms": return 1e3;
            case "us": return 1e6;
            case "ns": return 1e9;
            case "min": return 1.0 / 60;
            default: throw new IllegalArgumentException("unexpected time unit " + unit);
        }
    }

    private Row find(String bench, String text, String size) {
        for (Row r : rows) {
            if (r.bench.equals(bench) && r.text.equals(text) && r.size.equals(size)) {
                return r;
            }
        }
        return null;
    }

    /** Single-thread attribute() on this text and size, from whichever benchmark measured it. */
    private Row attribute(String text, String size) {
        for (String b : new String[] {"EndToEndBenchmark.attribute", "ScalingBenchmark.attribute",
                                      "LargeDocumentBenchmark.attribute"}) {
            Row r = find(b, text, size);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private void print() {
        if (rows.isEmpty()) {
            return;
        }
        boolean cpu = rows.stream().anyMatch(r -> !Double.isNaN(r.cpuPerOp));
        out.println();
        out.println("## Summary");
        out.println();
        out.println("1 MB = 1,000,000 chars. MB/s is wall-clock (all threads together for \"all cores\"); \u00b1 is the "
                + "standard deviation of the iterations.");
        if (cpu) {
            out.println("MB/CPU-s divides by the CPU time of the threads that made the calls (the garbage "
                    + "collector's and the JIT's threads not counted), which other work on the machine disturbs much "
                    + "less; ratios use it where measured.");
        }
        throughput();
        scaling();
        adversarial();
        allocation();
        targets();
    }

    /** The cost of a call for ratios: CPU time when both rows have it, else wall-clock time. */
    private static double[] costs(Row a, Row b) {
        if (!Double.isNaN(a.cpuPerOp) && !Double.isNaN(b.cpuPerOp)) {
            return new double[] {a.cpuPerOp, b.cpuPerOp};
        }
        return new double[] {a.secondsPerOp, b.secondsPerOp};
    }

    private static double ratio(Row a, Row b) {
        double[] c = costs(a, b);
        return c[0] / c[1];
    }

    /** MB per CPU-second, or MB/s where no CPU time was measured. */
    private static double speed(Row r) {
        return Double.isNaN(r.cpuPerOp) ? r.mbPerSecond : r.chars / 1e6 / r.cpuPerOp;
    }

    /** The targets that JMH's figures decide; cold start and peak heap are checked by their own mains. */
    private void targets() {
        List<String[]> table = new ArrayList<>();
        Row news = attribute("news", "1MB");
        if (news != null) {
            table.add(check("news 1 MB, one thread: \u2265 50 MB/s", both(news), speed(news) >= 50));
        }
        for (String text : new String[] {"news", "novel"}) {
            Row a = attribute(text, "1MB");
            Row read = find("EndToEndBenchmark.readChars", text, "1MB");
            if (a != null && read != null) {
                double x = ratio(a, read);
                table.add(check(text + " 1 MB: \u2264 10x the read loop", times(x), x <= 10));
            }
        }
        for (String text : new String[] {"news", "novel"}) {
            for (int i = 0; i + 2 < SIZES.length; i++) {
                Row base = attribute(text, SIZES[i]);
                Row hundred = attribute(text, SIZES[i + 2]);
                if (base != null && hundred != null) {
                    double x = ratio(hundred, base);
                    table.add(check(text + " " + SIZES[i] + " \u2192 " + SIZES[i + 2]
                            + ": 100x the text \u2264 110x the time", times(x), x <= 110));
                }
            }
        }
        for (Row r : rows) {
            Row newsRow = r.text.equals("news") ? null : adversarialNews(r);
            if (newsRow != null) {
                double x = ratio(r, newsRow);
                table.add(check(r.text + " " + r.size + ": \u2264 3x the time of news", times(x), x <= 3));
            }
        }
        for (Row r : rows) {
            if (r.bench.equals("EndToEndBenchmark.attribute") && r.size.equals("1MB") && !Double.isNaN(r.allocPerOp)) {
                double beyond = r.allocPerOp / r.chars - resultBytes(QuoteAttributor.defaultAttributor(),
                        Texts.generate(r.text, r.chars, Texts.SEED)) / (double) r.chars;
                table.add(check(r.text + " 1 MB: \u2264 4 bytes a char beyond the result",
                        fixed(beyond) + " B/char", beyond <= 4));
            }
        }
        table("Targets", new String[] {"target", "measured", "met"}, table);
    }

    /** News text of the same size from the same adversarial benchmark, for an adversarial row. */
    private Row adversarialNews(Row r) {
        if (!r.bench.endsWith("AdversarialBenchmark.attribute")) {
            return null;
        }
        for (Row o : rows) {
            if (o.bench.equals(r.bench) && o.text.equals("news") && o.size.equals(r.size)) {
                return o;
            }
        }
        return null;
    }

    private static String[] check(String target, String measured, boolean met) {
        return new String[] {target, measured, met ? "yes" : "**no**"};
    }

    private void throughput() {
        List<String[]> table = new ArrayList<>();
        for (String text : new String[] {"news", "novel"}) {
            for (String size : SIZES) {
                Row a = attribute(text, size);
                Row read = find("EndToEndBenchmark.readChars", text, size);
                Row tok = find("EndToEndBenchmark.tokenize", text, size);
                Row par = find("ParallelBenchmark.attribute", text, size);
                if (a == null && par == null) {
                    continue;
                }
                table.add(new String[] {
                    text, size,
                    a == null ? "" : both(a),
                    par == null ? "" : both(par) + ", " + par.threads + " threads",
                    tok == null ? "" : both(tok),
                    read == null ? "" : both(read),
                    a == null || read == null ? "" : times(ratio(a, read)),
                    a == null || tok == null ? "" : times(ratio(a, tok)),
                });
            }
        }
        table("Throughput: MB/s (MB/CPU-s)",
                new String[] {"text", "size", "attribute, 1 thread", "attribute, all cores",
                              "Tokenizer.tokenize", "read loop", "attribute \u00f7 read loop",
                              "attribute \u00f7 tokenize"},
                table);
    }

    private void scaling() {
        List<String[]> table = new ArrayList<>();
        for (String text : new String[] {"news", "novel"}) {
            for (int i = 0; i < SIZES.length; i++) {
                Row base = attribute(text, SIZES[i]);
                if (base == null) {
                    continue;
                }
                Row ten = i + 1 < SIZES.length ? attribute(text, SIZES[i + 1]) : null;
                Row hundred = i + 2 < SIZES.length ? attribute(text, SIZES[i + 2]) : null;
                if (ten == null && hundred == null) {
                    continue;
                }
                table.add(new String[] {
                    text, SIZES[i], callTime(base),
                    ten == null ? "" : times(ratio(ten, base)),
                    hundred == null ? "" : times(ratio(hundred, base)),
                });
            }
        }
        table("Scaling: time for 10x and 100x the text, one thread (linear = 10x and 100x)",
                new String[] {"text", "from size", "time a call (CPU)", "10x the text", "100x the text"}, table);
    }

    private void adversarial() {
        Map<String, Map<String, Row>> byInput = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.bench.endsWith("AdversarialBenchmark.attribute")) {
                byInput.computeIfAbsent(r.text, k -> new TreeMap<>()).put(r.size, r);
            }
        }
        List<String[]> table = new ArrayList<>();
        for (Map.Entry<String, Map<String, Row>> e : byInput.entrySet()) {
            for (int i = 0; i < SIZES.length; i++) {
                Row r = e.getValue().get(SIZES[i]);
                if (r == null) {
                    continue;
                }
                Row news = byInput.getOrDefault("news", Map.of()).get(r.size);
                Row bigger = i + 1 < SIZES.length ? e.getValue().get(SIZES[i + 1]) : null;
                table.add(new String[] {
                    e.getKey(), r.size, both(r), callTime(r),
                    news == null ? "" : times(ratio(r, news)),
                    bigger == null ? "" : times(ratio(bigger, r)),
                });
            }
        }
        table("Adversarial inputs, one thread",
                new String[] {"input", "size", "MB/s (MB/CPU-s)", "time a call (CPU)", "time \u00f7 news",
                              "time for 10x the text"},
                table);
    }

    private void allocation() {
        List<String[]> table = new ArrayList<>();
        Attributor attributor = QuoteAttributor.defaultAttributor();
        for (Row r : rows) {
            if (Double.isNaN(r.allocPerOp) || r.method.equals("readChars")) {
                continue;
            }
            String kept = "";
            String beyond = "";
            // Only for the normal texts: an input whose result grows faster than the text would not fit.
            if (r.method.equals("attribute") && r.chars <= 10_000_000
                    && (r.text.equals("news") || r.text.equals("novel"))) {
                double keptPerChar = resultBytes(attributor, Texts.generate(r.text, r.chars, Texts.SEED))
                        / (double) r.chars;
                kept = fixed(keptPerChar);
                beyond = fixed(r.allocPerOp / r.chars - keptPerChar);
            }
            table.add(new String[] {
                r.bench.replace("Benchmark", ""), r.text, r.size, String.format(Locale.ROOT, "%,.0f", r.allocPerOp),
                fixed(r.allocPerOp / r.chars), kept, beyond
            });
        }
        table("Allocation (-prof gc), bytes",
                new String[] {"benchmark", "text", "size", "per call", "per input char (= MB per MB)",
                              "kept by the result, per char", "beyond the result, per char"},
                table);
    }

    /**
     * The heap the returned quotations keep, per call: several results held at once, measured as
     * the growth of the used heap after full collections. The text itself is shared, not counted.
     */
    private static long resultBytes(Attributor attributor, String text) {
        int copies = Math.max(1, 10_000_000 / Math.max(1, text.length()));
        attributor.attribute(text);
        long before = usedAfterGc();
        List<Object> kept = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            kept.add(attributor.attribute(text));
        }
        long after = usedAfterGc();
        Reference.reachabilityFence(kept);
        return Math.max(0, (after - before) / copies);
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private void table(String title, String[] header, List<String[]> body) {
        if (body.isEmpty()) {
            return;
        }
        out.println();
        out.println("### " + title);
        out.println();
        out.println("| " + String.join(" | ", header) + " |");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.length; i++) {
            rule.append(i < 2 ? " --- |" : " ---: |");
        }
        out.println(rule);
        for (String[] line : body) {
            out.println("| " + String.join(" | ", line) + " |");
        }
    }

    private static String mb(Row r) {
        String v = number(r.mbPerSecond);
        return Double.isNaN(r.spreadPercent) || r.spreadPercent < 0.5 ? v
                : v + String.format(Locale.ROOT, " \u00b1%.0f%%", r.spreadPercent);
    }

    /** Wall-clock MB/s, and MB per CPU-second in brackets when measured. */
    private static String both(Row r) {
        return Double.isNaN(r.cpuPerOp) ? mb(r) : mb(r) + " (" + number(speed(r)) + ")";
    }

    private static String callTime(Row r) {
        return Double.isNaN(r.cpuPerOp) ? ms(r.secondsPerOp) : ms(r.secondsPerOp) + " (" + ms(r.cpuPerOp) + ")";
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, x >= 100 ? "%.0fx" : "%.1fx", x);
    }

    private static String ms(double seconds) {
        double ms = seconds * 1e3;
        return String.format(Locale.ROOT, ms >= 100 ? "%,.0f ms" : ms >= 1 ? "%.1f ms" : "%.3f ms", ms);
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
