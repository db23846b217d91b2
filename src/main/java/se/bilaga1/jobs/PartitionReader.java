package se.bilaga1.jobs;

import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ItemReader;

import se.bilaga1.ingest.RowBatch;
import se.bilaga1.ingest.SourceFileReader;

/** The partition's {@link SourceFileReader}. */
final class PartitionReader extends PartitionStreams<SourceFileReader> implements ItemReader<RowBatch> {

    PartitionReader(Supplier<SourceFileReader> make) {
        super(make);
    }

    @Override
    public RowBatch read() {
        return current().read();
    }
}
