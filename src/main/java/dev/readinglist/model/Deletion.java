package dev.readinglist.model;

import java.util.List;

/**
 * What a delete did: the articles it removed (which an undo puts back as they were) and how many
 * it kept because they belong to the bundled catalog.
 */
public record Deletion(List<DeletedArticle> deleted, int kept) {

    public Deletion {
        deleted = List.copyOf(deleted);
    }

    /** "Deleted it", "Deleted 3 articles; 1 of the bundled catalog stayed", or why nothing was. */
    public String describe() {
        if (deleted.isEmpty()) {
            return kept == 1
                    ? "It belongs to the bundled catalog, which cannot be deleted"
                    : "Articles of the bundled catalog cannot be deleted";
        }
        String what = deleted.size() == 1 && kept == 0
                ? "it"
                : deleted.size() + (deleted.size() == 1 ? " article" : " articles");
        return "Deleted " + what + (kept > 0 ? "; " + kept + " of the bundled catalog stayed" : "");
    }
}
