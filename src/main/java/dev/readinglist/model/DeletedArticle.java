package dev.readinglist.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything about a deleted article that undo needs to put it back as it was.
 *
 * @param syncIds the ids among devices that the delete removed (empty for an article no sync has
 *     shared): an undo takes their deletes back
 */
public record DeletedArticle(Article article, String source, Instant addedAt, List<String> syncIds) {

    public DeletedArticle {
        syncIds = List.copyOf(syncIds);
    }

    public DeletedArticle(Article article, String source, Instant addedAt) {
        this(article, source, addedAt, List.of());
    }
}
