package dev.readinglist.model;

import java.util.List;

/**
 * What a delete did: the articles it removed (which an undo puts back as they were), how many it kept because they
 * belong to the bundled catalog, and how many were gone already, deleted elsewhere since they were chosen.
 */
public record Deletion(List<DeletedArticle> deleted, int kept, int gone) {

    public Deletion {
        deleted = List.copyOf(deleted);
    }

    public Deletion(List<DeletedArticle> deleted, int kept) {
        this(deleted, kept, 0);
    }

    /** "Deleted it", "Deleted 3 articles; 1 of the bundled catalog stayed", or why nothing was. */
    public String describe() {
        String goneAlready = goneAlready();
        if (deleted.isEmpty()) {
            if (gone > 0 && kept == 0) {
                return gone == 1 ? "It was deleted elsewhere already" : "They were deleted elsewhere already";
            }
            return (kept == 1
                            ? "It belongs to the bundled catalog, which cannot be deleted"
                            : "Articles of the bundled catalog cannot be deleted")
                    + goneAlready;
        }
        String what = deleted.size() == 1 && kept == 0 && gone == 0
                ? "it"
                : deleted.size() + (deleted.size() == 1 ? " article" : " articles");
        return "Deleted " + what + (kept > 0 ? "; " + kept + " of the bundled catalog stayed" : "") + goneAlready;
    }

    /** "; 1 was deleted elsewhere already", or "" where none was: said after what a delete did. */
    public String goneAlready() {
        return gone == 0 ? "" : "; " + gone + (gone == 1 ? " was" : " were") + " deleted elsewhere already";
    }
}
