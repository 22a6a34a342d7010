package dev.readinglist.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One CSV record, read by column name; a problem names the file, line and column. */
final class ImportRow {

    private final String origin;
    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> fields;
    private final ImportProblems problems;

    ImportRow(String origin, long line, Map<String, Integer> columns, List<String> fields, ImportProblems problems) {
        this.origin = origin;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
        this.problems = problems;
    }

    /** The field, stripped, or "" when the column is missing or the record is short. */
    String get(String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    /**
     * The field as it is, for notes, whose spacing is the user's; but with the line ends a note has in the library: an
     * editor that saved our export with Windows line ends made every multi-line note a new text, added under itself
     * (the seventy-second walk).
     */
    String raw(String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).replace("\r\n", "\n");
    }

    /** The link as a browser reads it, entities decoded; a row without an http(s) link is skipped. */
    String url(String column) {
        return ImportLinks.readEscaped(raw(column));
    }

    /** A Unix time in seconds (or ms, µs); one that cannot be read is a warning and no date. */
    Instant unixTime(String column) {
        return time(column, ImportDates::unix, "is not a date (a count of seconds since 1970)");
    }

    /** An ISO-8601 time; one that cannot be read is a warning and no date. */
    Instant isoTime(String column) {
        return time(column, ImportDates::iso, "is not a date (like 2026-12-31)");
    }

    /** A Unix time or an ISO-8601 one; one that cannot be read is a warning and no date. */
    Instant anyTime(String column) {
        return time(column, ImportDates::any, "is not a date (like 2026-12-31)");
    }

    /**
     * A time as {@link #anyTime} reads it, else a day written day first, as wallabag's CSV export writes its creation
     * date ("08/09/2016 11:55:58"): the eighty-second walk's wallabag articles were all saved on the day of the import.
     */
    Instant dayFirstTime(String column) {
        return time(
                column,
                value -> {
                    Instant time = ImportDates.any(value);
                    return time != null ? time : ImportDates.dayFirst(value);
                },
                "is not a date (like 31/12/2026)");
    }

    private Instant time(String column, Function<String, Instant> parse, String notOne) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        Instant time = parse.apply(value);
        if (time == null) {
            warn(column, "'" + value + "' " + notOne + "; imported without it");
        }
        return time;
    }

    /** The first of these columns the header has, or the first of them when it has none (read as ""). */
    String first(List<String> names) {
        return names.stream().filter(columns::containsKey).findFirst().orElse(names.getFirst());
    }

    boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    void warn(String column, String problem) {
        problems.warn(origin, line, where(column) + ": " + problem, raw(first(ImportRowMappers.LINK_COLUMNS)));
    }

    String where(String column) {
        Integer index = columns.get(column);
        return index == null ? "column " + column : "column " + (index + 1) + " (" + column + ")";
    }

    /** The parts between separators, stripped, without empty ones. */
    static List<String> split(String joined, String separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= joined.length()) {
            int end = joined.indexOf(separator, start);
            if (end < 0) {
                end = joined.length();
            }
            String part = joined.substring(start, end).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            start = end + separator.length();
        }
        return parts;
    }
}
