package dev.readinglist.model;

/** What merging a catalog into the library did. */
public record MergeReport(int added, int updated, int unchanged, boolean skipped) {

    public static MergeReport skippedUnchanged() {
        return new MergeReport(0, 0, 0, true);
    }
}
