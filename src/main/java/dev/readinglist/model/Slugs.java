package dev.readinglist.model;

/** Article ids made from titles: "Raft, Explained!" becomes "raft-explained". */
public final class Slugs {

    private static final int MAX = 80;

    private Slugs() {}

    /** The folded title's letters and digits, each run of anything else one hyphen, at most 80 characters. */
    public static String fromTitle(String title) {
        String folded = TextFolding.fold(title == null ? "" : title);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        if (slug.length() > MAX) {
            slug.setLength(MAX);
            while (slug.charAt(slug.length() - 1) == '-') {
                slug.setLength(slug.length() - 1);
            }
        }
        return slug.isEmpty() ? "article" : slug.toString();
    }
}
