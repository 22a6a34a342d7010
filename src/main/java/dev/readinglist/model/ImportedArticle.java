package dev.readinglist.model;

import java.time.Instant;
import java.util.List;

/**
 * One article read from an import file, before it meets the library.
 *
 * @param id the article's id where the file names one (our own export), else null
 * @param readAt when it was read, if the file says it was; {@code read} may be true without a time
 * @param note the note to merge, or null
 * @param addedAt when the reader saved it, where the file says (Pocket's time_added, Instapaper's Timestamp,
 *                Raindrop's created); null for "now". A file may be the only record left of it: Pocket has shut down.
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
        Instant addedAt) {

    public ImportedArticle {
        tags = List.copyOf(tags);
    }
}
