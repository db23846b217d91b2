package se.bilaga1.ingest;

/** A file that cannot be placed in a known layout: rejected as a whole, with a message saying what was expected. */
public class FileRejectedException extends Exception {

    public FileRejectedException(String message) {
        super(message);
    }
}
