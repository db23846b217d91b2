package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a text delivery is UTF-16, and one pass over its code units: what Excel writes as "Unicode text"
 * (UTF-16LE with a byte-order mark, tab-separated). Without a mark, UTF-16 is taken only when the bytes leave no
 * doubt: in the first {@value #SAMPLE_BYTES} bytes, at least half the code units are ASCII (one byte zero) and the
 * other byte of every unit is never zero — Swedish text in UTF-16 looks so, UTF-8 and Windows-1252 text never
 * does, and a binary file has zeros on both sides.
 *
 * @param charset   UTF-16LE or UTF-16BE, as the file was scanned
 * @param sample    the decoded text of the first bytes, for the separator
 * @param nonAscii  code units above U+007F
 * @param malformed unpaired surrogates, and an odd last byte (a cut-off file)
 * @param nul       U+0000 units
 * @param ascii     code units below U+0080 in the sample (line breaks, separators, digits: text has many)
 */
record Utf16Scan(Charset charset, boolean bom, String sample, long nonAscii, long malformed, long nul, long ascii) {

    static final int SAMPLE_BYTES = 1 << 16;
    /** Fewer bytes than this without a mark say too little to call a file UTF-16. */
    private static final int MIN_UNMARKED_BYTES = 8;

    /** UTF-16LE or UTF-16BE when the file is UTF-16 (by its mark or its bytes), else null. */
    static Charset encoding(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int units = head.length / 2;
        if (units * 2 < MIN_UNMARKED_BYTES) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroEven == 0 && zeroOdd * 2 >= units) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroOdd == 0 && zeroEven * 2 >= units) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Why the file is not read as text, or null: a UTF-16 mark in front of bytes that are not UTF-16 (not one line
     * break, digit or separator in its first kilobytes: what a mark put before UTF-8 or binary bytes gives).
     */
    String refusal() {
        if (!bom || sample.length() < MIN_UNMARKED_BYTES || ascii > 0) {
            return null;
        }
        return "a " + charset.name() + " byte-order mark, but the bytes after it are not " + charset.name() + " text (none"
                + " of its first " + sample.length() + " characters is a letter, digit, separator or line break of"
                + " ASCII): expected Excel's Unicode text as Excel saves it, or a CSV file in UTF-8 or Windows-1252";
    }

    /** Streams the whole file once in {@code charset}'s byte order, counting; memory stays flat whatever the size. */
    static Utf16Scan scan(Path file, Charset charset) throws IOException {
        boolean littleEndian = charset.equals(StandardCharsets.UTF_16LE);
        long nonAscii = 0;
        long malformed = 0;
        long nul = 0;
        boolean bom = false;
        StringBuilder sample = new StringBuilder();
        boolean highPending = false; // a high surrogate waiting for its low half
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int carry = -1; // a byte of a unit split across two reads
            long offset = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (carry < 0) {
                        carry = b;
                        continue;
                    }
                    char unit = (char) (littleEndian ? carry | b << 8 : carry << 8 | b);
                    carry = -1;
                    if (offset == 0 && unit == '\uFEFF') {
                        bom = true;
                        offset += 2;
                        continue;
                    }
                    if (offset < SAMPLE_BYTES) {
                        sample.append(unit);
                    }
                    offset += 2;
                    if (Character.isHighSurrogate(unit)) {
                        malformed += highPending ? 1 : 0;
                        highPending = true;
                        continue;
                    }
                    if (Character.isLowSurrogate(unit)) {
                        malformed += highPending ? 0 : 1;
                    } else if (highPending) {
                        malformed++;
                    }
                    highPending = false;
                    if (unit == 0) {
                        nul++;
                    } else if (unit > 0x7F) {
                        nonAscii++;
                    }
                }
            }
            if (carry >= 0) {
                malformed++; // an odd number of bytes: the last unit is cut off
            }
        }
        if (highPending) {
            malformed++;
        }
        long ascii = sample.chars().filter(c -> c < 0x80).count();
        return new Utf16Scan(charset, bom, sample.toString(), nonAscii, malformed, nul, ascii);
    }
}
