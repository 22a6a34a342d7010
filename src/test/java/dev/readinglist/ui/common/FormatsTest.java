package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aReadDateIsItsDayThisYearAndItsYearInAnother() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        var june = LocalDateTime.of(2026, 6, 1, 12, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();
        var lastJune = LocalDateTime.of(2025, 6, 1, 12, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();

        String thisYear = Formats.readDate(june, today);
        assertFalse(thisYear.contains("2026"), thisYear);
        assertTrue(thisYear.startsWith("on "), thisYear);
        assertTrue(thisYear.contains("1"), thisYear);
        assertEquals("in 2025", Formats.readDate(lastJune, today), "another year's is its year");
        assertEquals("", Formats.readDate(null, today));
    }

    @Test
    void namesAreListedAsASentenceWouldList() {
        assertEquals("Tags", Formats.listed(List.of("Tags")));
        assertEquals("Tags and Site", Formats.listed(List.of("Tags", "Site")));
        assertEquals("Tags, Site and Note", Formats.listed(List.of("Tags", "Site", "Note")));
    }

    @Test
    void aTitleInANoticeIsCutAtAWordWithinFortyCharacters() {
        String title = "Designing Data-Intensive Applications: Replication, Partitioning and Consensus";
        String said = Formats.inNotice(title);
        assertEquals("“Designing Data-Intensive Applications:…”", said);
        assertTrue(said.length() <= 42, said);
        assertEquals("“Short title”", Formats.inNotice("Short title"));
    }
}
