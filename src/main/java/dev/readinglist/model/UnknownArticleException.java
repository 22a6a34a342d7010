package dev.readinglist.model;

/** An id that names no article in the library. */
public class UnknownArticleException extends ReadingListException {

    public UnknownArticleException(String id) {
        super("unknown article id '" + id + "' (see 'reading-list list' for ids)");
    }
}
