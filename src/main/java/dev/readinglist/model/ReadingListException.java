package dev.readinglist.model;

/**
 * A failure the user can act on. Its message is one line that names the file, id or cause;
 * the CLI and the window show it as it is.
 */
public class ReadingListException extends RuntimeException {

    public ReadingListException(String message) {
        super(message);
    }

    public ReadingListException(String message, Throwable cause) {
        super(message, cause);
    }
}
