package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aRecentDateLeavesOutTheYearOnlyWhenItIsThisYears() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        var june = LocalDateTime.of(2026, 6, 1, 12, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();
        var lastJune = LocalDateTime.of(2025, 6, 1, 12, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();

        String thisYear = Formats.recentDate(june, today);
        assertFalse(thisYear.contains("2026"), thisYear);
        assertTrue(thisYear.contains("1"), thisYear);
        assertEquals(Formats.date(lastJune), Formats.recentDate(lastJune, today), "another year's date keeps its year");
        assertTrue(Formats.recentDate(lastJune, today).contains("2025"));
        assertEquals("", Formats.recentDate(null, today));
    }
}
