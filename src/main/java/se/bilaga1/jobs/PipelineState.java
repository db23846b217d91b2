package se.bilaga1.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.publish.DisclosureBoundary;

/**
 * What an operator's health check and metrics read of the runs: when each kind of run last completed, how long it
 * took, and the warehouse's files per source and status. Row counts only for sources that are not about people:
 * a coordinator's or Migrationsverket's rows loaded in a night are a count of persons below national level.
 */
@Component
public class PipelineState {

    /** The last completed run of a kind: when it ended and how long it took. */
    public record LastRun(Instant ended, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final BatchRuns runs;

    public PipelineState(JdbcTemplate jdbc, BatchRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** The last run of {@code jobName} (nightly, rebuild) that completed, if any. */
    public Optional<LastRun> lastCompleted(String jobName) {
        return runs.lastCompleted(jobName).map(e -> {
            Instant end = e.getEndTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
            return new LastRun(end, e.getStartTime() == null ? Duration.ZERO
                    : Duration.between(e.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant(), end));
        });
    }

    /** Files per source and status ({@code bra|LOADED} → 12). */
    public Map<String, Long> filesPerSourceAndStatus() {
        Map<String, Long> files = new LinkedHashMap<>();
        jdbc.query("SELECT source_name, status, COUNT(*) FROM source_file GROUP BY source_name, status"
                + " ORDER BY source_name, status", rs -> {
                    files.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                });
        return files;
    }

    /**
     * Rows loaded and quarantined in the loaded files of one source, as the disclosure boundary lets them out: never
     * for a source about people.
     */
    public long[] rowsOf(String source) {
        if (DisclosureBoundary.sourceCountsPeople(source)) {
            throw new IllegalArgumentException(source + " counts people: its row counts are not handed out");
        }
        return jdbc.queryForObject("SELECT COALESCE(SUM(rows_loaded), 0), COALESCE(SUM(rows_quarantined), 0)"
                + " FROM source_file WHERE source_name = ? AND status = 'LOADED'",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, source);
    }
}
