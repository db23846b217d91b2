package se.bilaga1.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How a CSV delivery is written: UTF-8 with or without BOM, or Windows-1252 when the bytes are not valid
 * UTF-8; separator {@code ;} or {@code ,}, whichever the first lines use most consistently.
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int LINES_SAMPLED = 50;

    public String describe() {
        return (charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 med BOM" : "UTF-8") : charset.name())
                + ", '" + delimiter + "'";
    }

    public static CsvDialect detect(Path file) throws IOException {
        boolean bom = hasUtf8Bom(file);
        Charset charset = bom || isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new CsvDialect(charset, bom, detectDelimiter(file, charset, bom));
    }

    /** Opens the file's text with the BOM, if any, already skipped. */
    public BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    private static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /** Streams the whole file through a strict UTF-8 decoder: memory stays flat whatever the size. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf, 0, bytes.remaining())) > 0) {
                bytes.put(buf, 0, n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The separator the sampled lines use most consistently: the one whose most common per-line count (above
     * zero) is shared by the most lines. A comma-heavy title line or a label such as
     * {@code Människoexploatering, inkl. grovt} varies from line to line; the real separator does not.
     */
    private static char detectDelimiter(Path file, Charset charset, boolean bom) throws IOException {
        Map<Integer, Integer> semicolons = new HashMap<>();
        Map<Integer, Integer> commas = new HashMap<>();
        try (BufferedReader reader = new CsvDialect(charset, bom, ';').open(file)) {
            String line;
            int lines = 0;
            while (lines < LINES_SAMPLED && (line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                tally(semicolons, countOutsideQuotes(line, ';'));
                tally(commas, countOutsideQuotes(line, ','));
            }
        }
        return consistency(commas) > consistency(semicolons) ? ',' : ';';
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

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }
}
