package se.bilaga1.jobs;

import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import se.bilaga1.ingest.RowBatch;
import se.bilaga1.ingest.RowOutcomeWriter;

/** The partition's {@link RowOutcomeWriter}. */
final class PartitionWriter extends PartitionStreams<RowOutcomeWriter> implements ItemWriter<RowBatch> {

    PartitionWriter(Supplier<RowOutcomeWriter> make) {
        super(make);
    }

    @Override
    public void write(Chunk<? extends RowBatch> chunk) {
        current().write(chunk);
    }
}
