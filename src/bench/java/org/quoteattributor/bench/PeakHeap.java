package org.quoteattributor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.quoteattributor.Attributor;
import org.quoteattributor.Quote;
import org.quoteattributor.QuoteAttributor;

/**
 * Peak heap while one large document is attributed: run it with the heap limit under test, e.g.
 * {@code java -Xmx1g -cp target/benchmarks.jar org.quoteattributor.bench.PeakHeap news 100MB}.
 * Prints the heap the text takes, the highest heap use seen during the call (sampled every
 * millisecond, garbage included) and the heap the result keeps; exits with 1 on OutOfMemoryError.
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        String kind = args.length > 0 ? args[0] : "news";
        String size = args.length > 1 ? args[1] : "100MB";
        Runtime rt = Runtime.getRuntime();
        Attributor attributor = QuoteAttributor.defaultAttributor();
        attributor.attribute(Texts.generate(kind, 10_000, Texts.SEED));   // load every class first

        long empty = Summary.usedAfterGc();
        String text = Texts.generate(kind, Texts.chars(size), Texts.SEED);
        long withText = Summary.usedAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }

        AtomicLong peak = new AtomicLong(withText);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        String verdict;
        List<Quote> result = null;
        long t0 = System.nanoTime();
        try {
            result = attributor.attribute(text);
            verdict = "ok";
        } catch (OutOfMemoryError e) {
            verdict = "OutOfMemoryError";
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        long kept = result == null ? 0 : Summary.usedAfterGc() - withText;

        System.out.println();
        System.out.println("### Peak heap: one " + size + " " + kind + " document");
        System.out.println();
        System.out.println("| max heap (-Xmx) | text in heap | peak heap during the call (sampled) "
                + "| sum of heap pools' peaks | kept by the result | quotations | time | outcome |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.1f s (%.1f MB/s) | %s |",
                mib(rt.maxMemory()), mib(withText - empty), mib(peak.get()), mib(pools), mib(kept),
                result == null ? "-" : String.format(Locale.ROOT, "%,d", result.size()), seconds,
                text.length() / 1e6 / seconds, verdict));
        if (result == null) {
            System.exit(1);
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }
}
