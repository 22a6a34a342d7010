package dev.readinglist.model;

import java.util.List;

/**
 * A tag as the tag filter lists it.
 *
 * @param articles how many articles carry it
 * @param own true when the user gave it to at least one article (own tags are listed first)
 */
public record TagCount(String tag, int articles, boolean own) {

    /** How many articles carry the tag, in any spelling, the catalog's and the user's alike. */
    public static int carrying(List<TagCount> counts, String tag) {
        String key = TextFolding.tagKey(tag);
        return counts.stream()
                .filter(count -> TextFolding.tagKey(count.tag()).equals(key))
                .mapToInt(TagCount::articles)
                .findFirst()
                .orElse(0);
    }
}
