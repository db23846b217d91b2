package se.bilaga1.jobs;

import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * A stream of the load step's partitions, which share one step: each partition runs on a thread of its own, from its
 * open to its close, and gets its own instance, made when it opens (what {@code @StepScope} does with a proxy per
 * bean, here without one). An instance never outlives its partition, so a restarted partition starts from its
 * execution context as a new step would.
 */
class PartitionStreams<T extends ItemStream> implements ItemStream {

    private final Supplier<T> make;
    private final ThreadLocal<T> current = new ThreadLocal<>();

    PartitionStreams(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        T stream = make.get();
        current.set(stream);
        stream.open(context);
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        current().update(context);
    }

    @Override
    public void close() throws ItemStreamException {
        T stream = current.get();
        if (stream != null) {
            try {
                stream.close();
            } finally {
                current.remove();
            }
        }
    }

    /** This thread's partition's instance. */
    T current() {
        T stream = current.get();
        if (stream == null) {
            throw new IllegalStateException(Thread.currentThread().getName() + " has no open partition");
        }
        return stream;
    }
}
