package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs an iterator on a thread of its own, a few batches ahead of the thread that consumes it. The load steps use
 * it so that reading and interpreting a file's rows (unzipping and parsing the xlsx or decoding the CSV, then the
 * layout's checks) run on the second core while the step's thread writes the previous chunk and waits for the
 * database. The elements still come out one at a time and in order on the consumer's thread, so row numbers,
 * the reader's restart position and the row accounting are what they are without it; a failure of the iterator
 * comes out after the elements before it, as the iterator itself would have thrown it. Memory is bounded: at
 * most the given number of batches of {@link #BATCH_SIZE} wait.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH_SIZE = 256;

    /**
     * The batches to hold {@code rows} elements and one more batch. A load step's consumer takes a whole chunk and
     * then writes it: with room for a chunk, the worker interprets the next chunk during that write instead of
     * stopping after a few batches and leaving the consumer to wait for the rest (measured with 5,000-row chunks
     * and 8 batches, 2,048 rows: the consumer waited for the worker 0.36 s of a 2.9 s load, the worker idle most
     * of the time).
     */
    static int batchesFor(int rows) {
        return Math.max(2, (rows + BATCH_SIZE - 1) / BATCH_SIZE + 1);
    }

    /** What the working thread hands over: elements, and whether they are the last, or the failure that ended it. */
    private record Batch<T>(List<T> elements, Throwable failure, boolean last) {
    }

    private final Iterator<T> inner;
    private final BlockingQueue<Batch<T>> queue;
    private final Thread worker;
    private volatile boolean closed;
    private List<T> current = List.of();
    private int position;
    private boolean finished;
    private Throwable failure;

    /**
     * Starts the thread, named {@code name}: it calls {@code inner} only from then on, until closed, at most
     * {@code batches} batches ahead of the consumer.
     */
    ReadAhead(Iterator<T> inner, String name, int batches) {
        this.inner = inner;
        this.queue = new ArrayBlockingQueue<>(batches);
        this.worker = new Thread(this::work, name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    private void work() {
        List<T> batch = new ArrayList<>(BATCH_SIZE);
        Batch<T> end;
        try {
            while (!closed && inner.hasNext()) {
                batch.add(inner.next());
                if (batch.size() == BATCH_SIZE) {
                    hand(new Batch<>(batch, null, false));
                    batch = new ArrayList<>(BATCH_SIZE);
                }
            }
            end = new Batch<>(batch, null, true);
        } catch (InterruptedException e) {
            return; // closed while waiting for room: nobody reads on
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory in a huge sheet): the consumer must not wait for a batch that never comes
            end = new Batch<>(batch, e, true);
        }
        try {
            hand(end);
        } catch (InterruptedException e) {
            // closed: nobody reads on
        }
    }

    private void hand(Batch<T> batch) throws InterruptedException {
        while (!closed) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (position == current.size()) {
            if (failure != null) {
                Throwable e = failure;
                failure = null;
                if (e instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e;
            }
            if (finished) {
                return false;
            }
            Batch<T> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + worker.getName(), e);
            }
            current = batch.elements();
            position = 0;
            finished = batch.last();
            failure = batch.failure();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(position++);
    }

    /** Stops the thread (at once if it waits for room) and returns when it has stopped using the iterator. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
