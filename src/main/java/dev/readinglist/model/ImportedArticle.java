package dev.readinglist.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article read from an import file, before it meets the library.
 *
 * @param id the article's id where the file names one (our own exports), else null
 * @param readAt when it was read, if the file says it was; {@code read} may be true without a time
 * @param note the note to merge, or null
 * @param addedAt when the reader saved it, where the file says (Pocket's time_added, Instapaper's Timestamp,
 *                Raindrop's created, a bookmark's ADD_DATE); null for "now". A file may be the only record left
 *                of it: Pocket has shut down.
 * @param published the day it was published, where the file says; else null
 * @param readingMinutes the reading time, where the file says (our own JSON export); else null
 * @param highlights quotes the reader highlighted, each already written as it joins the note ("> …" lines and
 *                   its date); each is added to the note once, however often the file is imported
 * @param favourite starred, where the file says (our own JSON export); a star is added, never taken away
 */
public record ImportedArticle(
        String id,
        String title,
        String url,
        String summary,
        List<String> tags,
        boolean read,
        Instant readAt,
        String note,
        Instant addedAt,
        LocalDate published,
        Integer readingMinutes,
        List<String> highlights,
        boolean favourite) {

    public ImportedArticle {
        tags = List.copyOf(tags);
        highlights = List.copyOf(highlights);
    }

    /** An article without a star: what every other export holds. */
    public ImportedArticle(
            String id,
            String title,
            String url,
            String summary,
            List<String> tags,
            boolean read,
            Instant readAt,
            String note,
            Instant addedAt,
            LocalDate published,
            Integer readingMinutes,
            List<String> highlights) {
        this(id, title, url, summary, tags, read, readAt, note, addedAt, published, readingMinutes, highlights, false);
    }

    /** An article with no publication date, reading time or highlights: what most exports hold. */
    public ImportedArticle(
            String id,
            String title,
            String url,
            String summary,
            List<String> tags,
            boolean read,
            Instant readAt,
            String note,
            Instant addedAt) {
        this(id, title, url, summary, tags, read, readAt, note, addedAt, null, null, List.of());
    }

    public ImportedArticle withHighlights(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(highlights);
        all.addAll(more);
        return new ImportedArticle(
                id, title, url, summary, tags, read, readAt, note, addedAt, published, readingMinutes, all, favourite);
    }
}
