package dev.readinglist.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The store keeps times as ISO-8601 UTC text to the second, which sorts as it reads. */
final class Timestamps {

    private Timestamps() {}

    static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Instant parseInstant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static LocalDate parseDate(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
