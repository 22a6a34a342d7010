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

    /** The first line of a library's message: our errors are one line, theirs often are not. */
    public static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
