package dev.readinglist.ui.common;

import java.util.List;
import java.util.Locale;

/** A kind of file a chooser offers: its label and its extensions (none: every file). */
public record FileType(String label, List<String> extensions) {

    public static final FileType ALL = new FileType("All files", List.of());

    /** What an import reads; the first is what the open dialog shows first. */
    public static final List<FileType> IMPORTS = List.of(
            // .tsv and .txt: columns separated by tabs, as Excel's "Unicode text" writes them, are read too.
            new FileType(
                    "Exports (CSV, TSV, text, zip, JSON, bookmark or Pocket HTML)",
                    List.of("csv", "tsv", "txt", "zip", "json", "html", "htm")),
            ALL);

    /**
     * What a restore reads: a backup or a library file. A copy a restore kept
     * ({@code reading-list.db.before-restore-TIME}) has no .db at its end, hence all files second.
     */
    public static final List<FileType> BACKUPS =
            List.of(new FileType("Backups and libraries (.db)", List.of("db")), ALL);

    public boolean accepts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return extensions.isEmpty() || extensions.stream().anyMatch(e -> name.endsWith("." + e));
    }

    @Override
    public String toString() {
        return label;
    }
}
