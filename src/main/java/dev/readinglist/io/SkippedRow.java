package dev.readinglist.io;

/** Thrown by a row's mapping when the row cannot become an article; the reader records it and goes on. */
final class SkippedRow extends RuntimeException {

    private final String link;

    SkippedRow(String reason, String link) {
        super(reason, null, false, false); // thousands of bad rows must not cost a stack trace each
        this.link = link == null ? "" : link;
    }

    String link() {
        return link;
    }
}
