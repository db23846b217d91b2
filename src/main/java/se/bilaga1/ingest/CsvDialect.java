package se.bilaga1.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a CSV delivery is written, as its bytes decide in one pass over the file: UTF-16 (little- or big-endian) when
 * it starts with that byte-order mark, or without one when its first bytes are unambiguously UTF-16 (every other
 * byte zero, as ASCII letters are in UTF-16, and none between: what Excel's "Unicode text" writes); else UTF-8
 * (with or without BOM) when the bytes are valid UTF-8 or its valid multi-byte letters outnumber its malformed
 * bytes (a mixed file: the rows holding the malformed bytes are quarantined, {@link #replacementIsDefect()}),
 * otherwise Windows-1252 (a BOM in front of Windows-1252 bytes is skipped). The separator is {@code ;}, {@code ,}
 * or tab, whichever the first lines use most consistently.
 *
 * @param bytes   what the pass over the file counted
 * @param refusal why the file is not read as text at all (its bytes contradict its byte-order mark), or null
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter, Bytes bytes, String refusal) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int UTF8_BOM_BYTES = 3;
    private static final int UTF16_BOM_BYTES = 2;
    private static final int LINES_SAMPLED = 50;
    /** The separator is told from the file's first bytes only: a 50 MB first line is not read whole for it. */
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * The pass over the file: valid multi-byte sequences (UTF-8; in UTF-16 the letters outside ASCII), malformed ones
     * (in UTF-16 an unpaired surrogate or a last odd byte), and NUL characters. The BOM is not counted.
     */
    public record Bytes(long multiByte, long malformed, long nul) {
        static final Bytes NONE = new Bytes(0, 0, 0);
    }

    public CsvDialect(Charset charset, boolean bom, char delimiter) {
        this(charset, bom, delimiter, Bytes.NONE, null);
    }

    /** For the file list's encoding column (at most 30 characters), e.g. {@code UTF-16LE, tab}. */
    public String describe() {
        String encoding = encodingName();
        if (isUtf16()) {
            // the byte-order mark is how Excel's Unicode text says what it is; its absence is the thing to note
            encoding += bom ? "" : " utan BOM";
        } else if (bom) {
            // before Windows-1252 bytes the BOM is skipped as it is before UTF-8
            encoding += " med BOM";
        }
        if (!charset.equals(WINDOWS_1252) && bytes.malformed() > 0) {
            encoding += ", byte-fel"; // the rows holding them are quarantined
        }
        return encoding + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'");
    }

    /** The encoding's name as a delivery's message gives it: {@code UTF-8}, {@code UTF-16LE}, {@code windows-1252}. */
    String encodingName() {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }

    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** A UTF-8 byte-order mark in front of text whose bytes are Windows-1252. */
    boolean utf8MarkOnWindows1252() {
        return bom && charset.equals(WINDOWS_1252);
    }

    /**
     * Whether a U+FFFD in the decoded text stands for bytes the charset could not decode (the file's bytes were
     * not all valid): such a row is quarantined rather than loaded with the replacement character in it.
     */
    public boolean replacementIsDefect() {
        return bytes.malformed() > 0;
    }

    public static CsvDialect detect(Path file) throws IOException {
        Charset utf16 = Utf16Scan.encoding(file);
        if (utf16 != null) {
            Utf16Scan scan = Utf16Scan.scan(file, utf16);
            return new CsvDialect(utf16, scan.bom(), detectDelimiter(scan.sample()),
                    new Bytes(scan.nonAscii(), scan.malformed(), scan.nul()), scan.refusal());
        }
        Scan scan = scan(file);
        Bytes bytes = new Bytes(scan.multiByte, scan.malformed, scan.nul);
        // a Windows-1252 file can hold a valid UTF-8 pair by chance (Ö then a no-break space): the majority decides
        Charset charset = scan.malformed == 0 || scan.multiByte > scan.malformed ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String sample = new String(scan.sample, 0, scan.sampleLength, StandardCharsets.ISO_8859_1);
        return new CsvDialect(charset, scan.bom, detectDelimiter(sample), bytes, null);
    }

    /** Opens the file's text with the BOM, if any, already skipped. */
    public BufferedReader open(Path file) throws IOException {
        return new BufferedReader(openReader(file), 1 << 16);
    }

    /** The file's text, unbuffered (the CSV reader buffers itself), the BOM skipped. */
    InputStreamReader openReader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(isUtf16() ? UTF16_BOM_BYTES : UTF8_BOM_BYTES);
        }
        return new InputStreamReader(in, charset);
    }

    static boolean isValidUtf8(Path file) throws IOException {
        return scan(file).malformed == 0;
    }

    /** What one pass over a file's bytes found. */
    private static final class Scan {
        boolean bom;
        long multiByte;
        long malformed;
        long nul;
        final byte[] sample = new byte[SAMPLE_BYTES];
        int sampleLength;
    }

    /**
     * Streams the whole file once, validating UTF-8 by hand (strict, as the JDK's decoder: no overlong forms, no
     * surrogates, nothing above U+10FFFF) and counting; memory stays flat whatever the size.
     */
    private static Scan scan(Path file) throws IOException {
        Scan scan = new Scan();
        long multiByte = 0;
        long malformed = 0;
        long nul = 0;
        int need = 0; // continuation bytes still expected
        int lo = 0x80;
        int hi = 0xBF; // bounds of the next continuation byte
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer words = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
            int n = in.readNBytes(buf, 0, buf.length);
            int i = 0;
            if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                scan.bom = true;
                i = 3;
            }
            scan.sampleLength = n - i;
            System.arraycopy(buf, i, scan.sample, 0, scan.sampleLength);
            while (n > 0) {
                for (; i < n; i++) {
                    if (need == 0 && i + Long.BYTES <= n) {
                        // eight bytes at a time while they are plain ASCII: most of a delivery is
                        long w = words.getLong(i);
                        long special = (w & HIGH_BITS) | ((w - LOW_BITS) & ~w & HIGH_BITS); // non-ASCII or NUL bytes
                        if (special == 0) {
                            i += Long.BYTES - 1;
                            continue;
                        }
                        i += Long.numberOfTrailingZeros(special) >>> 3; // the first such byte, handled below
                    }
                    int b = buf[i];
                    if (need == 0) {
                        if (b >= 0) {
                            if (b == 0) {
                                nul++;
                            }
                            continue;
                        }
                        b &= 0xFF;
                        if (b >= 0xC2 && b <= 0xDF) {
                            need = 1;
                            lo = 0x80;
                            hi = 0xBF;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            need = 2;
                            lo = b == 0xE0 ? 0xA0 : 0x80;
                            hi = b == 0xED ? 0x9F : 0xBF;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            need = 3;
                            lo = b == 0xF0 ? 0x90 : 0x80;
                            hi = b == 0xF4 ? 0x8F : 0xBF;
                        } else {
                            malformed++;
                        }
                    } else {
                        int c = b & 0xFF;
                        if (c < lo || c > hi) {
                            // the sequence breaks off here; this byte starts afresh
                            malformed++;
                            need = 0;
                            i--;
                            continue;
                        }
                        lo = 0x80;
                        hi = 0xBF;
                        if (--need == 0) {
                            multiByte++;
                        }
                    }
                }
                n = in.read(buf);
                i = 0;
            }
        }
        if (need > 0) {
            malformed++; // cut off by the end of the file
        }
        scan.multiByte = multiByte;
        scan.malformed = malformed;
        scan.nul = nul;
        return scan;
    }

    /**
     * The separator the sampled lines use most consistently: the one whose most common per-line count (above
     * zero) is shared by the most lines. A comma-heavy title line or a label such as
     * {@code Människoexploatering, inkl. grovt} varies from line to line; the real separator does not. The sample of
     * a UTF-8 or Windows-1252 file is its bytes one to a character (separators, quotes and line breaks are the same
     * bytes in both); of a UTF-16 file, its decoded text.
     */
    private static char detectDelimiter(CharSequence sample) {
        char[] candidates = {';', ',', '\t'};
        List<Map<Integer, Integer>> linesPerCount = new ArrayList<>();
        for (int k = 0; k < candidates.length; k++) {
            linesPerCount.add(new HashMap<>());
        }
        int[] counts = new int[candidates.length];
        int lines = 0;
        boolean quoted = false;
        boolean blank = true;
        int length = sample.length();
        for (int i = 0; i <= length && lines < LINES_SAMPLED; i++) {
            char c = i < length ? sample.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (!blank) {
                    lines++;
                    for (int k = 0; k < candidates.length; k++) {
                        tally(linesPerCount.get(k), counts[k]);
                    }
                }
                Arrays.fill(counts, 0);
                quoted = false;
                blank = true;
                continue;
            }
            if (c != ' ' && c != '\t') {
                blank = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        // ';' unless another is strictly more consistent
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (consistency(linesPerCount.get(k)) > consistency(linesPerCount.get(best))) {
                best = k;
            }
        }
        return candidates[best];
    }

    private static void tally(Map<Integer, Integer> linesPerCount, int count) {
        if (count > 0) {
            linesPerCount.merge(count, 1, Integer::sum);
        }
    }

    /** Lines sharing the most common count, then that count (the higher wins a tie), as one comparable number. */
    private static long consistency(Map<Integer, Integer> linesPerCount) {
        return linesPerCount.entrySet().stream()
                .mapToLong(e -> ((long) e.getValue() << 32) | e.getKey())
                .max()
                .orElse(0L);
    }
}
