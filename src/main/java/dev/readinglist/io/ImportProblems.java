package dev.readinglist.io;

import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ReadingListException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one import skipped and the warnings it gave, in file order. Under {@code --strict} the
 * first of either refuses the whole file instead, as every import did before skipping existed.
 * Rows are read on the import's reading thread and the list is read after the import: the
 * methods are synchronised.
 */
public final class ImportProblems {

    private final boolean strict;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int skipped;

    public ImportProblems(boolean strict) {
        this.strict = strict;
    }

    /** A row left out, for {@code reason}. */
    public void skip(String file, long line, String reason, String link) {
        add(file, line, "line", reason, link, true);
    }

    /** A row imported without something it had, such as a date that cannot be read. */
    public void warn(String file, long line, String reason, String link) {
        add(file, line, "line", reason, link, false);
    }

    /** As {@link #skip}, for the entry of that number in a JSON file. */
    public void skipEntry(String file, long entry, String reason, String link) {
        add(file, entry, "entry", reason, link, true);
    }

    /** As {@link #warn}, for the entry of that number in a JSON file. */
    public void warnEntry(String file, long entry, String reason, String link) {
        add(file, entry, "entry", reason, link, false);
    }

    private synchronized void add(String file, long line, String unit, String reason, String link, boolean skipping) {
        if (strict) {
            throw new ReadingListException(file + ": " + unit + " " + line + ": " + reason
                    + (link == null || link.isBlank() ? "" : " ('" + shorten(link) + "')")
                    + "; nothing was imported (--strict)");
        }
        problems.add(new ImportProblem(
                file,
                line,
                (skipping ? "skipped: " : "warning: ") + reason,
                link == null ? "" : link.strip(),
                skipping,
                unit));
        skipped += skipping ? 1 : 0;
    }

    /** True when the first problem refuses the file. */
    public boolean strict() {
        return strict;
    }

    public synchronized int skipped() {
        return skipped;
    }

    /**
     * In file order: each file's problems by line, the files as first met. A file's encoding is said as its text is
     * decoded, ahead of its header's warning, and the forty-first walk read "line 2" above "line 1".
     */
    public synchronized List<ImportProblem> list() {
        Map<String, Integer> fileOrder = new HashMap<>();
        problems.forEach(problem -> fileOrder.putIfAbsent(problem.file(), fileOrder.size()));
        return problems.stream()
                .sorted(Comparator.comparingInt((ImportProblem problem) -> fileOrder.get(problem.file()))
                        .thenComparingLong(ImportProblem::line))
                .toList();
    }

    private static String shorten(String value) {
        String flat = value.replaceAll("[\\r\\n\\t]", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "…";
    }
}
