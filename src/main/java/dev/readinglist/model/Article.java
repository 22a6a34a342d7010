package dev.readinglist.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One article as the user sees it: catalog facts plus the user's own state.
 *
 * @param id the catalog slug, stable across catalog updates
 * @param catalogTags tags from the catalog, in catalog order
 * @param userTags tags the user added
 * @param readAt when it was marked read, or null while unread
 * @param note the user's note, or null when there is none
 * @param addedAt when it joined the list (an import keeps when it was saved), or null where not read (the
 *                window's index)
 * @param favourite the user's star
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
        Instant noteUpdatedAt,
        Instant addedAt,
        boolean favourite) {

    public Article {
        catalogTags = List.copyOf(catalogTags);
        userTags = List.copyOf(userTags);
    }

    /** An article without its star. */
    public Article(
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
            Instant noteUpdatedAt,
            Instant addedAt) {
        this(
                id,
                title,
                summary,
                url,
                published,
                readingMinutes,
                catalogTags,
                userTags,
                readAt,
                note,
                noteUpdatedAt,
                addedAt,
                false);
    }

    /** An article without its added time and star, for views that do not show them. */
    public Article(
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
        this(
                id,
                title,
                summary,
                url,
                published,
                readingMinutes,
                catalogTags,
                userTags,
                readAt,
                note,
                noteUpdatedAt,
                null,
                false);
    }

    /** The same article with this summary. */
    public Article withSummary(String text) {
        return new Article(
                id,
                title,
                text,
                url,
                published,
                readingMinutes,
                catalogTags,
                userTags,
                readAt,
                note,
                noteUpdatedAt,
                addedAt,
                favourite);
    }

    /** The same article with this note (as typed, not yet saved: its saved time stays). */
    public Article withNote(String text) {
        return new Article(
                id,
                title,
                summary,
                url,
                published,
                readingMinutes,
                catalogTags,
                userTags,
                readAt,
                text,
                noteUpdatedAt,
                addedAt,
                favourite);
    }

    /** The same article with what an edit (F2) changes: its title, link, summary and reading time. */
    public Article withEdit(String newTitle, String newUrl, String newSummary, Integer minutes) {
        return new Article(
                id,
                newTitle,
                newSummary,
                newUrl,
                published,
                minutes,
                catalogTags,
                userTags,
                readAt,
                note,
                noteUpdatedAt,
                addedAt,
                favourite);
    }

    /** The same article, starred or not. */
    public Article withFavourite(boolean starred) {
        return new Article(
                id,
                title,
                summary,
                url,
                published,
                readingMinutes,
                catalogTags,
                userTags,
                readAt,
                note,
                noteUpdatedAt,
                addedAt,
                starred);
    }

    /** The site it is on: the link's host in its own letters, without "www."; "" without a web link. */
    public String site() {
        return UrlKey.site(url);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean hasNote() {
        return note != null && !note.isEmpty();
    }

    /** Catalog tags first, then the user's own. */
    public List<String> allTags() {
        // Without a stream: the window's index asks every article of a million for this at load.
        if (userTags.isEmpty()) {
            return catalogTags;
        }
        if (catalogTags.isEmpty()) {
            return userTags;
        }
        List<String> all = new ArrayList<>(catalogTags.size() + userTags.size());
        all.addAll(catalogTags);
        all.addAll(userTags);
        return Collections.unmodifiableList(all);
    }
}
