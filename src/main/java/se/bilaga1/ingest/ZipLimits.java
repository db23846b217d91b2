package se.bilaga1.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far an xlsx (a zip) may inflate: the one place these limits are set, for POI's {@link ZipSecureFile} (any
 * xlsx POI opens) and for {@link ZipGuard} (every delivered xlsx, before fastexcel-reader, which does not go through
 * ZipSecureFile, opens it).
 *
 * <p>Chosen against the largest legitimate input, the benchmark's 1,000,000-row Brå detail xlsx (bench/README.md):
 * 24.9 MB on disk, its sheet 235.5 MB inflated (9.5 times its compressed size), shared strings 11 KB (5.6 times),
 * 9 parts. The limits leave 4x room on the sheet, 10x on the ratio and 100x on the parts.
 */
public final class ZipLimits {

    /** Inflated bytes per compressed byte, at most (POI's default: 100, i.e. a minimum inflate ratio of 0.01). */
    public static final int MAX_INFLATE_RATIO = 100;
    /** A part smaller than this inflated is never judged by its ratio (small XML parts compress oddly). */
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    /** The largest part, inflated: a sheet of 1 GiB is four times the 1,000,000-row benchmark sheet. */
    public static final long MAX_ENTRY_BYTES = 1L << 30;
    /**
     * The largest part fastexcel-reader reads into memory rather than streams (shared strings, styles, workbook,
     * relationships): what a 256 MB heap can hold as strings.
     */
    public static final long MAX_IN_MEMORY_PART_BYTES = 64L << 20;
    /** All parts together, inflated. */
    public static final long MAX_TOTAL_BYTES = 2L << 30;
    /** Parts in one workbook (POI's default). */
    public static final int MAX_ENTRIES = 1000;
    /** Bytes of central directory a reader parses into memory before any check can count its entries. */
    public static final long MAX_CENTRAL_DIRECTORY_BYTES = MAX_ENTRIES * 1024L;

    private ZipLimits() {
    }

    /**
     * Sets the limits on POI's ZipSecureFile; idempotent. {@link ZipGuard} calls it when it is first loaded, i.e. before
     * the first delivered xlsx is opened; code that reads an xlsx with POI calls it first (none in main code today).
     * Not called in {@code main}: loading POI's zip classes costs every command, even one that opens no xlsx.
     */
    public static void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
}
