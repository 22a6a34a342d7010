package dev.readinglist.model;

/** What makes a valid tag name, for every place that accepts one. */
public final class TagNames {

    private TagNames() {}

    public static boolean isValid(String tag) {
        return tag != null && !TextFolding.tagKey(tag).isEmpty() && !tag.contains("|");
    }

    /** Throws with the reason when {@code tag} is not a valid tag name. */
    public static void check(String tag) {
        if (tag == null || TextFolding.tagKey(tag).isEmpty()) {
            throw new ReadingListException("a tag needs at least one letter or digit: '" + tag + "'");
        }
        if (tag.contains("|")) {
            throw new ReadingListException("a tag cannot contain '|' (the export joins tags with it): '" + tag + "'");
        }
    }
}
