package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a delivered file really is, told from its first bytes rather than its name. */
public enum FileKind {
    XLSX, CSV, XLS;

    /** Detects the kind from the file's content: a zip is xlsx, an OLE2 container is xls, anything else text. */
    public static FileKind detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return XLS;
        }
        return CSV;
    }
}
