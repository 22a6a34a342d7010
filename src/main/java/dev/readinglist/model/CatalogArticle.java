package dev.readinglist.model;

import java.time.LocalDate;
import java.util.List;

/** An article as a catalog file describes it, before it meets the user's state. */
public record CatalogArticle(
        String slug,
        String title,
        String summary,
        String url,
        LocalDate published,
        Integer readingMinutes,
        List<String> tags) {

    public CatalogArticle {
        tags = List.copyOf(tags);
    }
}
