package dev.readinglist.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/** The dates exports write, read leniently: null means "could not be read", and the row gets a warning. */
final class ImportDates {

    /** wallabag's times: "2016-09-08T11:55:58+0200", an offset without its colon. */
    private static final DateTimeFormatter COLONLESS_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    /** wallabag's CSV days: "08/09/2016". */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** Pocket's highlight times: "2024-05-01 14:03:00", in UTC. */
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImportDates() {}

    /**
     * A Unix time in seconds, milliseconds or microseconds, told apart by size: bookmark files
     * use all three. Seconds reach the year 5138 before they could be taken for milliseconds.
     */
    static Instant unix(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                return null;
            }
            if (value < 100_000_000_000L) {
                return Instant.ofEpochSecond(value);
            }
            if (value < 100_000_000_000_000L) {
                return Instant.ofEpochMilli(value);
            }
            return Instant.ofEpochSecond(value / 1_000_000, value % 1_000_000 * 1000);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** An ISO-8601 time with or without an offset (UTC without), a plain date, or "yyyy-MM-dd HH:mm:ss". */
    static Instant iso(String text) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        try {
            return OffsetDateTime.parse(value, COLONLESS_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        try {
            return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A day written day first, "31/12/2026", with or without a time after it; the time is left out, as wallabag writes
     * it on a twelve-hour clock with no AM or PM.
     */
    static Instant dayFirst(String text) {
        String value = text.strip();
        int space = value.indexOf(' ');
        try {
            return LocalDate.parse(space < 0 ? value : value.substring(0, space), DAY_FIRST)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Digits are a Unix time; anything else is tried as ISO-8601. */
    static Instant any(String text) {
        String value = text.strip();
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9') ? unix(value) : iso(value);
    }
}
