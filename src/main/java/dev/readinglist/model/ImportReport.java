package dev.readinglist.model;

import java.util.List;

/**
 * What an import did, or would do on a dry run.
 *
 * @param added articles new to the library
 * @param merged articles already there that the import changed (read, tags, note)
 * @param unchanged articles already there with nothing to add
 * @param markedRead articles the import marked read
 * @param starred articles the import starred, new or not
 * @param addedNoted new articles that come with a note or highlights
 * @param addedTagged new articles that come with tags (a bookmark file's folders among them)
 * @param changes what the merged articles were given, counted by kind
 * @param repeated rows that were an article an earlier row of the same file had added (a link twice): merged
 *                 into it, and counted neither as merged nor as unchanged, which are the library's articles
 * @param skipped rows that could not become an article, and were left out
 * @param problems the skipped rows and the warnings, in file order
 * @param commonTags the tags the import gives, to new articles and to those it merges into, the most common first, at
 *                   most {@value #COMMON_TAGS}: the sixtieth walk's preview said "2 tagged", and it learnt of a
 *                   bookmark folder's tag from the list
 * @param tagKinds how many different tags the import gives
 */
public record ImportReport(
        ImportFormat format,
        int added,
        int merged,
        int unchanged,
        int markedRead,
        int starred,
        int addedNoted,
        int addedTagged,
        Changes changes,
        int repeated,
        int skipped,
        List<ImportProblem> problems,
        List<String> commonTags,
        int tagKinds) {

    /** Four: three are named and the rest counted, but four are named rather than "and 1 more" (the sixty-first walk). */
    public static final int COMMON_TAGS = 4;

    public ImportReport {
        problems = List.copyOf(problems);
        commonTags = List.copyOf(commonTags);
    }

    /**
     * What an import gave the articles it merged into, each counted once per kind: marked read,
     * given tags, given note text (a note or highlights, appended), starred.
     */
    public record Changes(int read, int tagged, int noted, int starred) {
        public static final Changes NONE = new Changes(0, 0, 0, 0);

        public boolean any() {
            return read + tagged + noted + starred > 0;
        }
    }

    /** A report without skipped rows or warnings. */
    public ImportReport(ImportFormat format, int added, int merged, int unchanged, int markedRead, Changes changes) {
        this(
                format,
                added,
                merged,
                unchanged,
                markedRead,
                changes.starred(),
                0,
                0,
                changes,
                0,
                0,
                List.of(),
                List.of(),
                0);
    }

    /** A report without skipped rows, warnings or changes to articles the library had. */
    public ImportReport(ImportFormat format, int added, int merged, int unchanged, int markedRead) {
        this(format, added, merged, unchanged, markedRead, Changes.NONE);
    }

    public int total() {
        return added + merged + unchanged;
    }

    public int warnings() {
        return problems.size() - skipped;
    }

    public String summary() {
        if (added + merged + unchanged + skipped == 0) {
            // A header alone read "imported 0 new, merged 0, unchanged 0, skipped 0" (the sixty-eighth walk).
            return "imported nothing: the file holds no articles";
        }
        return "imported " + added + " new, merged " + merged + ", unchanged " + unchanged + ", skipped " + skipped;
    }
}
