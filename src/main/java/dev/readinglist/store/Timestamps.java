package dev.readinglist.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The store keeps times as ISO-8601 UTC text to the second, which sorts as it reads. A list or an
 * export reads three or four of them a row: the shapes the store writes are read by hand, as
 * java.time's general parser costs a microsecond or more each; any other shape goes to it.
 */
final class Timestamps {

    private static final long SECONDS_A_DAY = 86_400;

    private Timestamps() {}

    static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Instant parseInstant(String text) {
        if (text == null) {
            return null;
        }
        Instant ours = ownShape(text);
        return ours != null ? ours : Instant.parse(text);
    }

    /**
     * A stored time as the exports write it ({@link #format}, "" for none). A time in the store's
     * own shape is that text already; any other is parsed and written in it.
     */
    static String exportText(String text) {
        if (text == null) {
            return "";
        }
        return ownShape(text) != null ? text : format(Instant.parse(text));
    }

    /** The instant of text in the shape {@link #format} writes, or null for any other text. */
    private static Instant ownShape(String text) {
        if (text.length() == 20
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && text.charAt(19) == 'Z') {
            LocalDate day = date(text);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            if (day != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
                return Instant.ofEpochSecond(day.toEpochDay() * SECONDS_A_DAY + hour * 3600L + minute * 60L + second);
            }
        }
        return null;
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate day = text.length() == 10 ? date(text) : null;
        return day != null ? day : LocalDate.parse(text);
    }

    /** The date "yyyy-MM-dd" at the start of {@code text}, or null for anything else. */
    private static LocalDate date(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 30 February: the general parser says so in its own words
        }
    }

    /** The decimal number of {@code length} ASCII digits from {@code start}, or -1. */
    private static int number(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
