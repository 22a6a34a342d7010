package dev.readinglist.model;

/**
 * How far through the library the user is.
 *
 * @param minutesLeft the reading time of the unread articles that state one
 */
public record ReadingProgress(int total, int read, int minutesLeft) {

    public double fraction() {
        return total == 0 ? 0 : (double) read / total;
    }
}
