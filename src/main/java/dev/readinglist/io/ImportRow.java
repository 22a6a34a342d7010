package dev.readinglist.io;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UrlKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One CSV record, read by column name; every complaint names the file, line and column. */
final class ImportRow {

    private final String origin;
    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> fields;

    ImportRow(String origin, long line, Map<String, Integer> columns, List<String> fields) {
        this.origin = origin;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    /** The field, stripped, or "" when the column is missing or the record is short. */
    String get(String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    /** The field as it is, for notes, whose spacing is the user's. */
    String raw(String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    String url(String column) {
        String url = get(column);
        if (url.isEmpty() || !UrlKey.isWebLink(url)) {
            throw error(column, url.isEmpty() ? "the link is empty" : "'" + shorten(url) + "' is not an http(s) link");
        }
        return url;
    }

    Instant unixSeconds(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException | DateTimeException e) {
            throw error(column, "'" + shorten(value) + "' is not a date in Unix seconds");
        }
    }

    Instant isoTime(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw error(column, "'" + shorten(value) + "' is not an ISO-8601 date");
            }
        }
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

    ReadingListException error(String column, String problem) {
        Integer index = columns.get(column);
        String where = index == null ? "column " + column : "column " + (index + 1) + " (" + column + ")";
        return new ReadingListException(
                origin + ": line " + line + ", " + where + ": " + problem + "; nothing was imported");
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
