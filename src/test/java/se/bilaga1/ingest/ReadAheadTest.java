package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {

    private static final int SIZE = ReadAhead.BATCH_SIZE;
    private static final int BATCHES = 8;

    @ParameterizedTest(name = "[{index}] {0} elements")
    @ValueSource(ints = {0, 1, SIZE - 1, SIZE, SIZE + 1, SIZE * BATCHES, SIZE * BATCHES + 1, 10_000})
    void everyElementComesOutOnceAndInOrder(int count) {
        List<Integer> expected = IntStream.range(0, count).boxed().toList();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(expected.iterator(), uniqueName(), BATCHES)) {
            assertThat(drain(ahead)).containsExactlyElementsOf(expected);
            assertThat(ahead.hasNext()).isFalse();
            assertThat(ahead.hasNext()).as("asked again").isFalse();
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void tenThousandIsMoreThanEverWaitsAtOnce() {
        assertThat(10_000).isGreaterThan(SIZE * (BATCHES + 2));
    }

    @Test
    void anEmptyIteratorHasNothing() {
        try (ReadAhead<String> ahead = new ReadAhead<>(List.<String>of().iterator(), uniqueName(), BATCHES)) {
            assertThat(ahead.hasNext()).isFalse();
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void exactlyOneBatch() {
        List<String> expected = IntStream.range(0, SIZE).mapToObj(i -> "row " + i).toList();
        try (ReadAhead<String> ahead = new ReadAhead<>(expected.iterator(), uniqueName(), BATCHES)) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                assertThat(ahead.hasNext()).as("before element %d", i).isTrue();
                got.add(ahead.next());
            }
            assertThat(got).containsExactlyElementsOf(expected);
            assertThat(ahead.hasNext()).isFalse();
        }
    }

    @Test
    void nextWithoutHasNextWorksToo() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(IntStream.range(0, 1000).iterator(), uniqueName(), BATCHES)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void theInnerIteratorIsCalledOnlyOnTheWorkerThread() {
        String name = uniqueName();
        Set<Thread> callers = ConcurrentHashMap.newKeySet();
        Iterator<Integer> numbers = IntStream.range(0, 3000).iterator();
        Iterator<Integer> inner = new Iterator<>() {
            @Override
            public boolean hasNext() {
                callers.add(Thread.currentThread());
                return numbers.hasNext();
            }

            @Override
            public Integer next() {
                callers.add(Thread.currentThread());
                return numbers.next();
            }
        };
        List<Integer> got;
        try (ReadAhead<Integer> ahead = new ReadAhead<>(inner, name, BATCHES)) {
            got = drain(ahead);
        }
        assertThat(got).hasSize(3000);
        assertThat(callers).isNotEmpty().doesNotContain(Thread.currentThread());
        assertThat(callers).extracting(Thread::getName).containsOnly(name);
    }

    @Test
    void aFailureComesOutAfterTheElementsBeforeIt() {
        IllegalStateException broken = new IllegalStateException("broken at 701");
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> inner = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                int n = produced.incrementAndGet();
                if (n == 701) {
                    throw broken;
                }
                return n;
            }
        };
        try (ReadAhead<Integer> ahead = new ReadAhead<>(inner, uniqueName(), BATCHES)) {
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                assertThat(ahead.hasNext()).as("before element %d", i + 1).isTrue();
                got.add(ahead.next());
            }
            assertThat(got).containsExactlyElementsOf(IntStream.rangeClosed(1, 700).boxed().toList());

            assertThatThrownBy(ahead::hasNext).isSameAs(broken).hasMessage("broken at 701");
            assertThat(ahead.hasNext()).as("after the failure").isFalse();
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(produced).as("the worker stops at the failure").hasValue(701);
    }

    @Test
    void aFailureBeforeTheFirstElementComesOutOfTheFirstHasNext() {
        IllegalArgumentException broken = new IllegalArgumentException("no header");
        Iterator<String> inner = new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw broken;
            }

            @Override
            public String next() {
                throw new AssertionError("never");
            }
        };
        try (ReadAhead<String> ahead = new ReadAhead<>(inner, uniqueName(), BATCHES)) {
            assertThatThrownBy(ahead::hasNext).isSameAs(broken);
            assertThat(ahead.hasNext()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SIZE - 1, SIZE, SIZE + 1, 5_000, 20_000})
    void aChunkFitsAheadWithABatchToSpare(int rows) {
        int batches = ReadAhead.batchesFor(rows);
        assertThat(batches * SIZE).as("rows the queue holds").isGreaterThanOrEqualTo(rows + SIZE);
        assertThat((batches - 2) * SIZE).as("no more than a batch to spare").isLessThan(Math.max(rows, 1));
    }

    @Test
    void theReadAheadIsBounded() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        int bound = (BATCHES + 1) * SIZE + SIZE;
        try (ReadAhead<Integer> ahead = new ReadAhead<>(endless(produced, new AtomicReference<>()), uniqueName(), BATCHES)) {
            // a consumer that reads nothing yet: the worker fills the queue and then waits
            awaitTrue(() -> produced.get() >= BATCHES * SIZE, "the worker reads ahead " + BATCHES + " batches");
            Thread.sleep(300);
            int afterWait = produced.get();
            assertThat(afterWait).as("elements produced while nobody reads").isBetween(BATCHES * SIZE, bound);

            // then it reads on as the consumer takes them
            for (int i = 1; i <= 5 * bound; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            awaitTrue(() -> produced.get() >= 5 * bound + BATCHES * SIZE, "the worker reads on");
            Thread.sleep(300);
            assertThat(produced.get() - 5 * bound).as("ahead of the consumer").isBetween(BATCHES * SIZE, bound);
        }
    }

    @Test
    void closeMidWayStopsTheWorker() throws InterruptedException {
        String name = uniqueName();
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> worker = new AtomicReference<>();
        ReadAhead<Integer> ahead = new ReadAhead<>(endless(produced, worker), name, BATCHES);
        for (int i = 1; i <= 1000; i++) {
            assertThat(ahead.next()).isEqualTo(i);
        }
        assertThat(worker.get()).isNotNull();
        assertThat(worker.get().isAlive()).isTrue();
        assertThat(liveThreadsNamed(name)).hasSize(1);

        ahead.close();

        assertThat(worker.get().isAlive()).as("worker alive after close").isFalse();
        assertThat(liveThreadsNamed(name)).isEmpty();
        int atClose = produced.get();
        Thread.sleep(200);
        assertThat(produced.get()).as("elements produced after close").isEqualTo(atClose);
    }

    @Test
    void closeWhileTheWorkerIsBusyStopsIt() throws InterruptedException {
        String name = uniqueName();
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> worker = new AtomicReference<>();
        Iterator<Integer> endless = endless(produced, worker);
        Iterator<Integer> slow = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                long until = System.nanoTime() + 20_000; // busy, not waiting: an interrupt does not stop this
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return endless.next();
            }
        };
        ReadAhead<Integer> ahead = new ReadAhead<>(slow, name, BATCHES);
        assertThat(ahead.next()).isEqualTo(1);
        ahead.close();
        assertThat(worker.get().isAlive()).isFalse();
        int atClose = produced.get();
        Thread.sleep(100);
        assertThat(produced.get()).isEqualTo(atClose);
    }

    @Test
    void closeAfterTheEndAndCloseTwiceAreHarmless() {
        String name = uniqueName();
        ReadAhead<Integer> ahead = new ReadAhead<>(List.of(1, 2, 3).iterator(), name, BATCHES);
        assertThat(drain(ahead)).containsExactly(1, 2, 3);
        ahead.close();
        ahead.close();
        assertThat(liveThreadsNamed(name)).isEmpty();
    }

    @Test
    void closeWithoutReadingAnything() {
        String name = uniqueName();
        AtomicInteger produced = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>(endless(produced, new AtomicReference<>()), name, BATCHES);
        ahead.close();
        assertThat(liveThreadsNamed(name)).isEmpty();
        assertThat(produced.get()).isLessThanOrEqualTo((BATCHES + 1) * SIZE);
    }

    /**
     * Fails with the current code: {@code work()} catches only RuntimeException, so an Error thrown by the inner
     * iterator (OutOfMemoryError or StackOverflowError while parsing a large sheet, NoClassDefFoundError, …) ends
     * the worker without handing over a last batch, and the consumer waits in {@code queue.take()} forever.
     */
    @Test
    void anErrorFromTheInnerIteratorDoesNotHangTheConsumer() {
        StackOverflowError error = new StackOverflowError("deep sheet");
        Iterator<Integer> inner = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (++n == 10) {
                    throw error;
                }
                return n;
            }
        };
        try (ReadAhead<Integer> ahead = new ReadAhead<>(inner, uniqueName(), BATCHES)) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (int i = 1; i < 10; i++) {
                    assertThat(ahead.next()).isEqualTo(i);
                }
                assertThatThrownBy(ahead::hasNext).isSameAs(error);
            });
        }
    }

    private static Iterator<Integer> endless(AtomicInteger produced, AtomicReference<Thread> worker) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                worker.compareAndSet(null, Thread.currentThread());
                return produced.incrementAndGet();
            }
        };
    }

    private static <T> List<T> drain(Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        while (iterator.hasNext()) {
            all.add(iterator.next());
        }
        return all;
    }

    private static String uniqueName() {
        return "read-ahead test " + UUID.randomUUID();
    }

    private static List<Thread> liveThreadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .toList();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
