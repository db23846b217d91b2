package se.bilaga1.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Title and header rows are notes; body rows go to the layout detected for their file. */
public class LayoutProcessor implements ItemProcessor<SourceRow, RowOutcome> {

    @Override
    public RowOutcome process(SourceRow row) {
        return switch (row.phase()) {
            case TITLE -> RowOutcome.note(row, "titel");
            case HEADER -> RowOutcome.note(row, "rubrik");
            case BODY -> row.file().layout().interpret(row);
        };
    }
}
