package org.quoteattributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One attributor shared by many threads gives each text the result it gives with one thread. */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int DOCUMENTS = 3000;

    /** Generated stories of both styles, with a few hostile lines mixed in. */
    private static List<String> documents() {
        Random r = new Random(20240917L);
        List<String> docs = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            Stories.Story story = Stories.story(r);
            docs.add(story.render(r.nextBoolean() ? Stories.Style.CURLY : Stories.Style.STRAIGHT));
        }
        return docs;
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void sixteenThreadsSharingOneAttributorAgreeWithOneThread() throws Exception {
        Attributor shared = QuoteAttributor.builder().addSpeechVerbs("harrumphed").build();
        List<String> docs = documents();
        List<List<Quote>> expected = new ArrayList<>(docs.size());
        for (String d : docs) {
            expected.add(shared.attribute(d));
        }
        assertTrue(expected.stream().mapToInt(List::size).sum() > DOCUMENTS, "the stories hold quotations");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Quote>>>> futures = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int offset = w * (DOCUMENTS / THREADS);
                futures.add(pool.submit(() -> {
                    start.await();
                    // Every thread does every document, each from its own starting point.
                    List<List<Quote>> got = new ArrayList<>(docs.size());
                    for (int i = 0; i < docs.size(); i++) {
                        got.add(null);
                    }
                    for (int k = 0; k < docs.size(); k++) {
                        int i = (offset + k) % docs.size();
                        got.set(i, shared.attribute(docs.get(i)));
                    }
                    return got;
                }));
            }
            start.countDown();
            for (Future<List<List<Quote>>> f : futures) {
                List<List<Quote>> got = f.get();
                for (int i = 0; i < docs.size(); i++) {
                    int at = i;
                    assertEquals(expected.get(i), got.get(i), () -> "document " + at + ": " + docs.get(at));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void theDefaultAttributorIsSharedSafelyToo() throws Exception {
        agreeWhenShared(documents().subList(0, 500), QuoteAttributor::attribute);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void analyzeIsSharedSafelyToo() throws Exception {
        agreeWhenShared(documents().subList(0, 200), QuoteAttributor::analyze);
    }

    /** {@code call} on each of {@code docs} from many threads at random gives what one thread got. */
    private static <T> void agreeWhenShared(List<String> docs, Function<String, T> call) throws Exception {
        List<T> expected = new ArrayList<>();
        for (String d : docs) {
            expected.add(call.apply(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int seed = w;
                futures.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int k = 0; k < docs.size(); k++) {
                        int i = r.nextInt(docs.size());
                        if (!call.apply(docs.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
