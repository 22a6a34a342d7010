package dev.readinglist.model;

import java.util.regex.Pattern;

/** Article ids made from titles: "Raft, Explained!" becomes "raft-explained". */
public final class Slugs {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 80;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String slug = NON_WORD.matcher(TextFolding.fold(title == null ? "" : title)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
