package dev.readinglist.library;

import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import dev.readinglist.search.QueryParser;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the window asks of its index: the search text as typed (see README, Search), the tag filter
 * (every tag, or any of them), the status switch, and the order; and the articles kept in the list
 * whatever the status switch and the star button say, as long as they match the rest (those the
 * user has just marked read under Unread, or unstarred under ★).
 *
 * @param held under a sort by Read or by ★, the articles marked in the window since the order was asked for, each with
 *     the value it had then: they keep their place until the list is asked anew, as rows kept under Unread do (the
 *     sixty-fourth walk's Space under a sort by Read sent the row out of sight while the pane showed it)
 */
public record Search(
        String text,
        List<String> tags,
        boolean anyTag,
        ReadStatus status,
        SortKey sort,
        boolean descending,
        boolean favouritesOnly,
        Set<String> kept,
        Map<String, Boolean> held) {

    public Search {
        tags = List.copyOf(tags);
        kept = Set.copyOf(kept);
        held = Map.copyOf(held);
    }

    /** Any article, starred or not; nothing kept or held whatever the filters and marks say. */
    public Search(String text, List<String> tags, boolean anyTag, ReadStatus status, SortKey sort, boolean descending) {
        this(text, tags, anyTag, status, sort, descending, false, Set.of(), Map.of());
    }

    /**
     * The text as parsed, with the tag filter (every tag, or any of them) and the star button, which
     * is is:starred (and contradicts -is:starred); not the status switch.
     */
    Query query() {
        Query parsed = QueryParser.parse(text);
        Query tagged = anyTag ? parsed.withAnyTag(tags) : parsed.withTags(tags);
        return favouritesOnly ? tagged.withStarred(true) : tagged;
    }

    public static Search all() {
        return new Search("", List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false);
    }
}
