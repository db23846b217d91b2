package se.bilaga1.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded warehouse a run left in a data folder, as a test opens it: with the secret kept beside it. */
public final class H2Warehouse {

    private H2Warehouse() {
    }

    public static String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("bilaga1") + ";AUTO_SERVER=TRUE";
    }

    /** The database's password ({@code .h2-password} beside it, made by the app on first use). */
    public static String password(Path data) {
        try {
            return Files.readString(data.toAbsolutePath().resolve(".h2-password"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no H2 password beside the warehouse in " + data, e);
        }
    }
}
