package dev.readinglist.io;

import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ReadingListException;
import java.util.ArrayList;
import java.util.List;

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
    public synchronized void skip(String file, long line, String reason, String link) {
        refuseIfStrict(file, line, reason, link);
        problems.add(new ImportProblem(file, line, "skipped: " + reason, link == null ? "" : link.strip(), true));
        skipped++;
    }

    /** A row imported without something it had, such as a date that cannot be read. */
    public synchronized void warn(String file, long line, String reason, String link) {
        refuseIfStrict(file, line, reason, link);
        problems.add(new ImportProblem(file, line, "warning: " + reason, link == null ? "" : link.strip(), false));
    }

    /** True when the first problem refuses the file. */
    public boolean strict() {
        return strict;
    }

    public synchronized int skipped() {
        return skipped;
    }

    public synchronized List<ImportProblem> list() {
        return List.copyOf(problems);
    }

    private void refuseIfStrict(String file, long line, String reason, String link) {
        if (strict) {
            throw new ReadingListException(file + ": line " + line + ": " + reason
                    + (link == null || link.isBlank() ? "" : " ('" + shorten(link) + "')")
                    + "; nothing was imported (--strict)");
        }
    }

    private static String shorten(String value) {
        String flat = value.replaceAll("[\\r\\n\\t]", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "…";
    }
}
