package dev.readinglist.model;

import java.time.Instant;
import java.util.List;

/**
 * One article read from an import file, before it meets the library.
 *
 * @param id the article's id where the file names one (our own export), else null
 * @param readAt when it was read, if the file says it was; {@code read} may be true without a time
 * @param note the note to merge, or null
 */
public record ImportedArticle(String id, String title, String url, String summary, List<String> tags,
                              boolean read, Instant readAt, String note) {

    public ImportedArticle {
        tags = List.copyOf(tags);
    }
}
