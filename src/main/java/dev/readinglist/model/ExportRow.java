package dev.readinglist.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One article as the notes CSV writes it, every field already text: tags joined with '|', times
 * in ISO-8601 UTC to the second, and "" for no read time, no note or no note time. A list or an
 * export of 100k reads these straight from the store, without making an {@link Article} of each.
 */
public record ExportRow(
        String id,
        String title,
        String url,
        String tags,
        String readAt,
        String note,
        String noteUpdatedAt,
        boolean starred) {

    public static ExportRow of(Article article) {
        return new ExportRow(
                article.id(),
                article.title(),
                article.url(),
                String.join("|", article.allTags()),
                text(article.readAt()),
                article.note() == null ? "" : article.note(),
                text(article.noteUpdatedAt()),
                article.favourite());
    }

    public boolean isRead() {
        return !readAt.isEmpty();
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
