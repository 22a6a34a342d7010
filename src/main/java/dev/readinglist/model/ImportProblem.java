package dev.readinglist.model;

/**
 * A row an import skipped, or imported with a warning.
 *
 * @param file the file, or {@code zip!part} for a part inside a zip
 * @param line the line the row starts on; for JSON, the entry's number (from 1)
 * @param reason what was wrong, and what the import did about it
 * @param link the row's link as the file has it, or ""
 * @param skipped true when the row was left out; false for a warning on an imported row
 * @param unit what {@code line} counts: "line", or "entry" in JSON, whose file may be one line (the forty-first walk
 *     read "line 3" of a one-line Pinboard file)
 */
public record ImportProblem(String file, long line, String reason, String link, boolean skipped, String unit) {

    /** A problem on a line of the file. */
    public ImportProblem(String file, long line, String reason, String link, boolean skipped) {
        this(file, line, reason, link, skipped, "line");
    }

    /**
     * One line for people, the reason first on screen: "line 12: skipped: 'javascript:' links are
     * never imported (javascript:alert(1))". The file is named once by what lists these lines.
     */
    public String describe() {
        return unit + " " + line + ": " + reason + (link.isEmpty() ? "" : " (" + shorten(flat(link)) + ")");
    }

    /** As {@link #describe}, with the whole link: for a list that wraps, where it can be read and copied. */
    public String describeWhole() {
        return unit + " " + line + ": " + reason + (link.isEmpty() ? "" : " (" + flat(link) + ")");
    }

    private static String flat(String text) {
        return text.replaceAll("[\\r\\n\\t]", " ");
    }

    private static String shorten(String flat) {
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "…";
    }
}
