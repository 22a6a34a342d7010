package dev.readinglist.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One article as the user sees it: catalog facts plus the user's own state.
 *
 * @param id the catalog slug, stable across catalog updates
 * @param catalogTags tags from the catalog, in catalog order
 * @param userTags tags the user added
 * @param readAt when it was marked read, or null while unread
 * @param note the user's note, or null when there is none
 */
public record Article(
        String id,
        String title,
        String summary,
        String url,
        LocalDate published,
        Integer readingMinutes,
        List<String> catalogTags,
        List<String> userTags,
        Instant readAt,
        String note,
        Instant noteUpdatedAt) {

    public Article {
        catalogTags = List.copyOf(catalogTags);
        userTags = List.copyOf(userTags);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean hasNote() {
        return note != null && !note.isEmpty();
    }

    /** Catalog tags first, then the user's own. */
    public List<String> allTags() {
        return Stream.concat(catalogTags.stream(), userTags.stream()).toList();
    }
}
