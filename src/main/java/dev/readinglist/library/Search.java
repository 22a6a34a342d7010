package dev.readinglist.library;

import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.util.List;

/**
 * What the window asks of its index: the search text as typed (see README, Search), the tag filter
 * (every tag, or any of them), the status switch, and the order.
 */
public record Search(
        String text,
        List<String> tags,
        boolean anyTag,
        ReadStatus status,
        SortKey sort,
        boolean descending,
        boolean favouritesOnly) {

    public Search {
        tags = List.copyOf(tags);
    }

    /** Any article, starred or not. */
    public Search(String text, List<String> tags, boolean anyTag, ReadStatus status, SortKey sort, boolean descending) {
        this(text, tags, anyTag, status, sort, descending, false);
    }

    public static Search all() {
        return new Search("", List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false);
    }
}
