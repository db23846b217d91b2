package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What a delivered file really is, told from its first bytes rather than its name. */
public enum FileKind {
    XLSX, CSV,
    /** An OLE2 container: an Excel 97-2003 workbook (or another old Office document), read record by record. */
    XLS,
    /** An OLE2 container holding an encrypted OOXML package: a password-protected workbook. */
    ENCRYPTED;

    /**
     * Detects the kind from the file's content: a zip is xlsx, an OLE2 container is xls (an old workbook), or encrypted when it holds
     * the encrypted package Excel writes for a workbook with a password; anything else text.
     */
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
            return encryptedPackage(file) ? ENCRYPTED : XLS;
        }
        return CSV;
    }

    private static boolean encryptedPackage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false; // a damaged container: it is rejected as an old workbook all the same
        }
    }

    /** Why a file of this kind is not read and what to deliver instead, or null for a kind that is read. */
    public String rejection() {
        return switch (this) {
            case XLSX, CSV, XLS -> null;
            case ENCRYPTED -> "a password-protected (encrypted) workbook, which cannot be read without its password:"
                    + " expected the workbook saved without a password, as .xlsx or .csv";
        };
    }

    /**
     * The bytes decide how a file is read; when its name says otherwise, this says so (for the file's message, where
     * the analyst sees it), else null.
     */
    public static String mismatch(String fileName, FileKind kind) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (kind == XLSX && name.endsWith(".csv")) {
            return "named .csv but its content is an xlsx workbook: read as xlsx";
        }
        if (kind == XLS && (name.endsWith(".xlsx") || name.endsWith(".csv"))) {
            return "named " + (name.endsWith(".xlsx") ? ".xlsx" : ".csv") + " but its content is an Excel 97-2003"
                    + " workbook: read as .xls";
        }
        if (kind == CSV && name.endsWith(".xlsx")) {
            return "named .xlsx but its content is text, not an xlsx workbook: read as CSV";
        }
        return null;
    }
}
