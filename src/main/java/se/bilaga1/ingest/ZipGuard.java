package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a delivered xlsx before any reader opens it, against {@link ZipLimits}: fastexcel-reader inflates parts
 * without ZipSecureFile's limits, so a zip bomb, a forged size or a hostile part must stop here.
 *
 * <p>It reads the zip as fastexcel-reader does, with commons-compress's {@link ZipFile} (fastexcel-reader's own
 * dependency, not declared here so that it stays the reader's version) from the central directory, so it sees the
 * parts the reader will see. The central directory's sizes can lie and commons-compress does not hold an
 * entry to its declared size, so every part is inflated here and counted: it stops at the first byte past the
 * declared size, the ratio or a limit, which rejects a bomb after about a megabyte. On a legitimate file this is one
 * extra inflate pass: 0.2-0.3 s for the 235 MB sheet of the 1,000,000-row benchmark (its read takes about 3 s).
 */
public final class ZipGuard {

    static {
        ZipLimits.applyToPoi();
    }

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    /** How much of each XML part's start is searched for a DTD (which must precede the root element). */
    private static final int PROLOG_BYTES = 4096;

    private ZipGuard() {
    }

    /**
     * Rejects, with a message saying what the file is and what was expected, a file that is not a sound xlsx: an
     * unreadable or truncated zip, a zip that is not a workbook, too many or duplicate parts, parts compressed or
     * encrypted as Excel never does, parts over the limits (declared or found while inflating), forged sizes, and XML
     * parts declaring a DTD (the door to external entities and entity expansion).
     */
    public static void check(Path file) throws IOException, FileRejectedException {
        checkCentralDirectorySize(file);
        List<ZipArchiveEntry> entries;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            entries = Collections.list(zip.getEntriesInPhysicalOrder());
            checkEntries(entries);
            long total = 0;
            byte[] in = new byte[64 * 1024];
            byte[] out = new byte[256 * 1024];
            for (ZipArchiveEntry entry : entries) {
                total += inflate(zip, entry, limit(entry), total, in, out);
            }
        } catch (IOException e) {
            throw new FileRejectedException("a damaged or incomplete xlsx (" + e.getMessage() + "): expected a complete"
                    + " .xlsx workbook; deliver the file again");
        }
    }

    /** The central directory is parsed into memory whole: its bytes are bounded before it is, from its end record. */
    private static void checkCentralDirectorySize(Path file) throws IOException, FileRejectedException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(buf, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new FileRejectedException("a damaged or incomplete xlsx (its zip directory is missing, the file may"
                        + " be cut short): expected a complete .xlsx workbook; deliver the file again");
            }
            long start = Integer.toUnsignedLong(buf.getInt(eocd + 16));
            if (eocd >= 20 && buf.getInt(eocd - 20) == ZIP64_LOCATOR) {
                long zip64 = buf.getLong(eocd - 20 + 8);
                ByteBuffer rec = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
                if (zip64 >= 0 && zip64 + 56 <= size && ch.read(rec, zip64) == 56
                        && rec.getInt(0) == ZIP64_END_OF_CENTRAL_DIRECTORY) {
                    start = rec.getLong(48);
                }
            }
            long directory = size - Math.max(0, Math.min(start, size));
            if (directory > ZipLimits.MAX_CENTRAL_DIRECTORY_BYTES) {
                throw new FileRejectedException("a zip whose directory of parts is " + directory + " bytes, more than the "
                        + ZipLimits.MAX_CENTRAL_DIRECTORY_BYTES + " of a workbook of " + ZipLimits.MAX_ENTRIES
                        + " parts: not read (possibly a zip bomb); expected an Excel workbook (.xlsx)");
            }
        }
    }

    private static void checkEntries(List<ZipArchiveEntry> entries) throws FileRejectedException {
        if (entries.size() > ZipLimits.MAX_ENTRIES) {
            throw new FileRejectedException("a zip of " + entries.size() + " parts, more than the " + ZipLimits.MAX_ENTRIES
                    + " a workbook may have: not read (possibly a zip bomb); expected an Excel workbook (.xlsx)");
        }
        Set<String> names = new HashSet<>();
        boolean contentTypes = false;
        boolean workbook = false;
        long declared = 0;
        for (ZipArchiveEntry e : entries) {
            String name = e.getName();
            // fastexcel-reader looks a part up by its exact name, then ignoring case: either way two would be ambiguous
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new FileRejectedException("two zip entries named " + name + ": a workbook has each part once, so"
                        + " which one a reader takes is arbitrary; not read (a damaged or tampered file). Expected the"
                        + " workbook as Excel saves it");
            }
            contentTypes |= name.equals("[Content_Types].xml");
            workbook |= name.equalsIgnoreCase("xl/workbook.xml");
            if (e.getGeneralPurposeBit().usesEncryption()) {
                throw new FileRejectedException("its part " + name + " is encrypted: expected a workbook without a"
                        + " password, saved as .xlsx");
            }
            if (e.getMethod() != ZipEntry.DEFLATED && e.getMethod() != ZipEntry.STORED) {
                throw new FileRejectedException("its part " + name + " is compressed with zip method " + e.getMethod()
                        + ", which Excel never uses: not read; expected a workbook as Excel saves it (.xlsx)");
            }
            long size = e.getSize();
            if (size > limit(e)) {
                throw tooLarge(name, limit(e));
            }
            if (size > ZipLimits.RATIO_GRACE_BYTES && e.getCompressedSize() >= 0
                    && size > ZipLimits.MAX_INFLATE_RATIO * Math.max(1, e.getCompressedSize())) {
                throw tooDense(name, size, e.getCompressedSize());
            }
            declared += Math.max(0, size);
        }
        if (declared > ZipLimits.MAX_TOTAL_BYTES) {
            throw tooLargeInAll(declared);
        }
        if (!contentTypes || !workbook) {
            throw new FileRejectedException("a zip archive but not an xlsx workbook (it has no "
                    + (contentTypes ? "xl/workbook.xml" : "[Content_Types].xml") + "): expected an Excel workbook saved as"
                    + " .xlsx, or a .csv file");
        }
    }

    /** Sheets are streamed; every other part fastexcel-reader reads holds its content in memory. */
    private static long limit(ZipArchiveEntry e) {
        return e.getName().toLowerCase(Locale.ROOT).startsWith("xl/worksheets/") ? ZipLimits.MAX_ENTRY_BYTES
                : ZipLimits.MAX_IN_MEMORY_PART_BYTES;
    }

    /** Inflates one part and counts what comes out, stopping at the first byte over a limit. */
    private static long inflate(ZipFile zip, ZipArchiveEntry entry, long limit, long totalBefore, byte[] in, byte[] out)
            throws IOException, FileRejectedException {
        String name = entry.getName();
        long declared = entry.getSize();
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        byte[] prolog = xml ? new byte[PROLOG_BYTES] : null;
        int prologLength = 0;
        long inflated = 0;
        long consumed = 0;
        Inflater inflater = entry.getMethod() == ZipEntry.DEFLATED ? new Inflater(true) : null;
        try (InputStream raw = zip.getRawInputStream(entry)) {
            if (raw == null) {
                throw new IOException("part " + name + " cannot be read");
            }
            while (true) {
                int n;
                if (inflater == null) {
                    n = raw.read(out);
                    if (n < 0) {
                        break;
                    }
                    consumed += n;
                } else {
                    if (inflater.finished()) {
                        break;
                    }
                    if (inflater.needsInput()) {
                        int r = raw.read(in);
                        if (r < 0) {
                            throw new IOException("part " + name + " ends before its compressed data does");
                        }
                        inflater.setInput(in, 0, r);
                    } else if (inflater.needsDictionary()) {
                        throw new IOException("part " + name + " is not plain deflate data");
                    }
                    n = inflater.inflate(out);
                    consumed = inflater.getBytesRead();
                }
                if (prologLength < PROLOG_BYTES && n > 0 && prolog != null) {
                    int take = Math.min(n, PROLOG_BYTES - prologLength);
                    System.arraycopy(out, 0, prolog, prologLength, take);
                    prologLength += take;
                    if (prologLength == PROLOG_BYTES) {
                        checkProlog(name, prolog, prologLength);
                    }
                }
                inflated += n;
                if (declared >= 0 && inflated > declared) {
                    throw new FileRejectedException("its part " + name + " inflates to more than the " + declared
                            + " bytes its zip directory declares: forged sizes, the way zip bombs get past a check;"
                            + " not read. Expected a workbook as Excel saves it (.xlsx)");
                }
                if (inflated > limit) {
                    throw tooLarge(name, limit);
                }
                if (totalBefore + inflated > ZipLimits.MAX_TOTAL_BYTES) {
                    throw tooLargeInAll(totalBefore + inflated);
                }
                if (inflated > ZipLimits.RATIO_GRACE_BYTES && inflated > ZipLimits.MAX_INFLATE_RATIO * Math.max(1, consumed)) {
                    throw tooDense(name, inflated, consumed);
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("part " + name + " is not valid deflate data: " + e.getMessage(), e);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
        if (prolog != null && prologLength < PROLOG_BYTES) {
            checkProlog(name, prolog, prologLength);
        }
        if (declared >= 0 && inflated != declared) {
            throw new IOException("part " + name + " holds " + inflated + " bytes where its zip directory declares "
                    + declared);
        }
        return inflated;
    }

    /**
     * Open XML parts never declare a DTD (the OPC standard forbids it), and a DTD is how external entities (XXE) and
     * entity expansion (billion laughs) get in. fastexcel-reader's parser refuses both too; this says so up front.
     */
    private static void checkProlog(String name, byte[] prolog, int length) throws FileRejectedException {
        outer:
        for (int i = 0; i + DOCTYPE.length <= length; i++) {
            for (int j = 0; j < DOCTYPE.length; j++) {
                if (prolog[i + j] != DOCTYPE[j]) {
                    continue outer;
                }
            }
            throw new FileRejectedException("its XML part " + name + " declares a DTD (<!DOCTYPE>), which no xlsx does:"
                    + " a DTD can pull in outside files or expand without end; not read. Expected a workbook as Excel saves"
                    + " it (.xlsx)");
        }
    }

    private static FileRejectedException tooLarge(String name, long limit) {
        return new FileRejectedException("its part " + name + " inflates to more than " + limit + " bytes, the limit"
                + " for such a part: not read (a zip bomb, or a part larger than any delivery needs); expected a"
                + " workbook whose parts inflate to at most " + limit + " bytes");
    }

    private static FileRejectedException tooLargeInAll(long size) {
        return new FileRejectedException("its parts inflate to more than " + ZipLimits.MAX_TOTAL_BYTES + " bytes in all ("
                + size + " so far): not read (possibly a zip bomb); expected a workbook of at most "
                + ZipLimits.MAX_TOTAL_BYTES + " bytes inflated");
    }

    private static FileRejectedException tooDense(String name, long inflated, long compressed) {
        return new FileRejectedException("its part " + name + " inflates " + inflated / Math.max(1, compressed)
                + " times its compressed size (" + inflated + " bytes from " + compressed + "), more than the "
                + ZipLimits.MAX_INFLATE_RATIO + " times a workbook does: a zip bomb, not read; expected a workbook as"
                + " Excel saves it (.xlsx)");
    }
}
