package dev.readinglist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an export says it wrote. */
class ExportResultTest {

    /** The eightieth walk read "5022 articles written" beside the window's "4,990": counts are marked as elsewhere. */
    @Test
    void countsAreWrittenWithTheirThousandsMarked() {
        assertEquals(
                String.format("%,d articles", 5_022), ExportResult.of(5_022).exportedCount("article"));
        assertEquals("1 note", ExportResult.of(1).exportedCount("note"));
        assertEquals(
                String.format("%,d articles (%,d written, %,d as they were)", 5_022, 1_200, 3_822),
                new ExportResult(5_022, 3_822, List.of()).exportedCount("article"));
        assertEquals("3 articles (all as they were)", new ExportResult(3, 3, List.of()).exportedCount("article"));
    }
}
