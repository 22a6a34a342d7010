package dev.readinglist.model;

import java.util.List;

/**
 * What an import did, or would do on a dry run.
 *
 * @param added articles new to the library
 * @param merged articles already there that the import changed (read, tags, note)
 * @param unchanged articles already there with nothing to add
 * @param markedRead articles the import marked read
 * @param skipped rows that could not become an article, and were left out
 * @param problems the skipped rows and the warnings, in file order
 */
public record ImportReport(
        ImportFormat format,
        int added,
        int merged,
        int unchanged,
        int markedRead,
        int skipped,
        List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A report without skipped rows or warnings. */
    public ImportReport(ImportFormat format, int added, int merged, int unchanged, int markedRead) {
        this(format, added, merged, unchanged, markedRead, 0, List.of());
    }

    public int total() {
        return added + merged + unchanged;
    }

    public int warnings() {
        return problems.size() - skipped;
    }

    public String summary() {
        return "imported " + added + " new, merged " + merged + ", unchanged " + unchanged + ", skipped " + skipped;
    }
}
