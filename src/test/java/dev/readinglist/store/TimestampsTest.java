package dev.readinglist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's own time text reads back as java.time reads it, whichever way it is read. */
class TimestampsTest {

    @Test
    void everyTimeTheStoreWritesReadsBackAsJavaTimeReadsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L));
            String text = Timestamps.format(written);
            assertEquals(Instant.parse(text), Timestamps.parseInstant(text), text);
            String date = text.substring(0, text.indexOf('T'));
            assertEquals(LocalDate.parse(date), Timestamps.parseDate(date), date);
        }
        for (String text : new String[] {
            "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"
        }) {
            assertEquals(Instant.parse(text), Timestamps.parseInstant(text), text);
        }
    }

    @Test
    void otherShapesGoToJavaTimeAndBadOnesAreRefusedAsItRefusesThem() {
        assertEquals(Instant.parse("2026-11-26T08:15:00.250Z"), Timestamps.parseInstant("2026-11-26T08:15:00.250Z"));
        assertEquals(Instant.parse("+10000-01-01T00:00:00Z"), Timestamps.parseInstant("+10000-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-26T24:00:00Z"), Timestamps.parseInstant("2026-11-26T24:00:00Z"));
        assertNull(Timestamps.parseInstant(null));
        assertNull(Timestamps.parseDate(""));
        for (String bad : new String[] {"2026-02-30T08:15:00Z", "2026-11-26T08:61:00Z", "2026-1a-26T08:15:00Z"}) {
            assertThrows(DateTimeParseException.class, () -> Timestamps.parseInstant(bad), bad);
        }
        assertThrows(DateTimeParseException.class, () -> Timestamps.parseDate("2026-02-30"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parseDate("2026-13-01"));
    }
}
