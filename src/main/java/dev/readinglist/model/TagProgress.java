package dev.readinglist.model;

/** Read and unread articles carrying one tag. */
public record TagProgress(String tag, int read, int unread) {

    public int total() {
        return read + unread;
    }
}
