package se.bilaga1.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code bilaga1.*} setting in one place, typed, with its default (application.yml says what each is for).
 * The header aliases ({@code bilaga1.aliases}) and the console's users ({@code bilaga1.web}) bind on their own.
 *
 * @param input the input folder, one folder per source
 * @param output the output folder
 * @param chunkSize rows per chunk transaction of the load steps; 0: by database ({@link #chunkRows(boolean)})
 * @param readAhead whether a load step reads and interprets its rows on a thread of its own
 * @param loadWorkers how many of a load step's partitions (groups of files that cannot claim the same key) run side by
 *     side, each on a thread of its own; 0: one per two cores ({@link #workers()})
 * @param settleSeconds how long the newest input file must have been still before a run reads the folder
 */
@ConfigurationProperties("bilaga1")
public record Bilaga1Properties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
        @DefaultValue("0") int chunkSize, @DefaultValue("true") boolean readAhead,
        @DefaultValue("0") int loadWorkers,
        @DefaultValue("2") double settleSeconds, @DefaultValue Nightly nightly, @DefaultValue Health health,
        @DefaultValue Rojandekontroll rojandekontroll, @DefaultValue CrashTest crashTest,
        @DefaultValue Security security) {

    /**
     * @param cron Spring's six-field cron of the nightly run in {@code serve}
     * @param rapportar the nightly run's report year; 0: the newest year an input file is named for
     */
    public record Nightly(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Europe/Stockholm") ZoneId zone,
            @DefaultValue("0") int rapportar) {
    }

    /** @param nightlyMaxAge how old the last completed nightly may be before the pipeline is OUT_OF_SERVICE */
    public record Health(@DefaultValue("26h") Duration nightlyMaxAge) {
    }

    /** @param troskel the disclosure threshold: sub-national counts from 1 to it are hidden */
    public record Rojandekontroll(@DefaultValue("3") int troskel) {
    }

    /**
     * @param maxFailures failed logins, for one user name or from one address, before it is locked out
     * @param lockout how long a lockout lasts; a login after it works again
     */
    public record Security(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
    }

    /** The crash-restart tests' pause: at a step ({@code pauseAt}), for so long, so that they can kill the process there. */
    public record CrashTest(@DefaultValue("") String pauseAt, @DefaultValue("0") long pauseSeconds) {
    }

    /** The load steps' rows per chunk: as configured, or {@code copy}'s default (a database that takes COPY, or not). */
    public int chunkRows(boolean copy) {
        return chunkSize > 0 ? chunkSize : copy ? COPY_CHUNK_ROWS : BATCH_CHUNK_ROWS;
    }

    /**
     * The chunk by default: on a database that takes COPY (PostgreSQL), each chunk's commit and its few statements
     * beside the COPY cost round trips whatever the chunk's size: 10,000 rows loaded Brå's CSV about 20 % faster than
     * 5,000, and 20,000 no faster than 10,000 for twice the heap. On H2 (JDBC batches) 20,000 gained nothing over 5,000
     * (bench/README.md).
     */
    static final int COPY_CHUNK_ROWS = 10_000;
    static final int BATCH_CHUNK_ROWS = 5_000;

    /**
     * The load steps' partition threads: as configured, or one per two cores, since each partition keeps two threads
     * busy (its reader ahead and its writer): 1 on two cores, where a second partition measured slower (bench/README.md).
     */
    public int workers() {
        return loadWorkers > 0 ? loadWorkers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
