package dev.readinglist.model;

/** An id that names no article in the library. */
public class UnknownArticleException extends ReadingListException {

    public UnknownArticleException(String id) {
        this(id, null);
    }

    /**
     * @param near an article's id that begins with this one and a hyphen ("raft" for "raft-explained", or an id
     *     taken again by an article imported after a delete: "beta-quotes-test-3"); null when there is none
     */
    public UnknownArticleException(String id, String near) {
        super("unknown article id '" + id + "'"
                + (near == null ? "" : "; did you mean '" + near + "'?")
                + " (see 'reading-list list' for ids)");
    }
}
