package dev.readinglist.model;

/**
 * What makes a valid tag name, for every place that accepts one. A new tag may not hold a comma
 * (bookmark files and most importers separate tags with it); a tag a library already holds from
 * before that rule still works, and can be removed.
 */
public final class TagNames {

    private TagNames() {}

    /** True for a valid new tag name. */
    public static boolean isValid(String tag) {
        return isKnown(tag) && !tag.contains(",");
    }

    /** Throws with the reason when {@code tag} is not a valid new tag name. */
    public static void check(String tag) {
        checkExisting(tag);
        if (tag.contains(",")) {
            throw new ReadingListException(
                    "a tag cannot contain a comma (bookmark files separate tags with it): '" + tag + "'");
        }
    }

    /**
     * Throws with the reason when {@code tag} cannot be the name of a tag a library holds, such as
     * one to remove: a comma is allowed there, as libraries made before the rule may have one.
     */
    public static void checkExisting(String tag) {
        if (tag == null || TextFolding.tagKey(tag).isEmpty()) {
            throw new ReadingListException("a tag needs at least one letter or digit: '" + tag + "'");
        }
        if (tag.contains("|")) {
            throw new ReadingListException("a tag cannot contain '|' (the export joins tags with it): '" + tag + "'");
        }
    }

    private static boolean isKnown(String tag) {
        return tag != null && !TextFolding.tagKey(tag).isEmpty() && !tag.contains("|");
    }
}
