package dev.readinglist.model;

/** An article added or edited by hand has a link another article of the list has already. */
public final class LinkTakenException extends ReadingListException {

    private final String id;
    private final String title;

    public LinkTakenException(String id, String title) {
        super("that link is already in your list, as " + id + " ('" + title + "')");
        this.id = id;
        this.title = title;
    }

    /** The article that has the link. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
