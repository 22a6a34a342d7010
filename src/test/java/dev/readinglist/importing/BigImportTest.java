package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports big enough to take the bulk path: the file is read on its own thread, and the
 * secondary indexes are built once at the end instead of row by row.
 */
class BigImportTest {

    private static final int ROWS = 25_000;

    @TempDir
    Path dir;

    Path db;
    Library library;

    @BeforeEach
    void open() {
        db = dir.resolve("rl.db");
        library = Library.open(db, ImportTest.CLOCK);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** Rows of a Pocket export; every 10th row repeats the link of the row before with a utm_ parameter. */
    private Path pocket(String lastRow) throws IOException {
        Path file = dir.resolve("pocket.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("title,url,time_added,tags,status\n");
            for (int i = 0; i < ROWS; i++) {
                int link = i % 10 == 9 ? i - 1 : i;
                String tags = i % 3 == 0 ? "bulk|Row " + (i % 7) : "";
                out.write("\"Row %d, about zebras\",https://example.com/a/%d?utm_source=p%d,1600000000,%s,%s\n"
                        .formatted(i, link, i, tags, i % 4 == 0 ? "archive" : "unread"));
            }
            out.write(lastRow);
        }
        return file;
    }

    private List<String> indexes() throws Exception {
        List<String> definitions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        return definitions;
    }

    @Test
    void aBigImportIntoASmallLibraryKeepsEveryIndexAndFindsWhatItAdded() throws Exception {
        List<String> before = indexes();
        Path file = pocket("");
        ImportReport report = library.importFile(file, null, false);

        int duplicates = ROWS / 10;
        assertEquals(ImportFormat.POCKET, report.format());
        assertEquals(ROWS - duplicates, report.added());
        assertEquals(duplicates, report.repeated(), "a utm_ copy is the article before it, in the same file");
        assertEquals(before, indexes());
        assertEquals(31 + ROWS - duplicates, library.search("", ReadStatus.ALL).size());
        assertEquals(ROWS - duplicates, library.search("zebras", ReadStatus.ALL).size());
        assertEquals(taggedBulk(), library.search("tag:bulk", ReadStatus.ALL).size());
        assertEquals(
                "row-24998-about-zebras",
                library.search("\"row 24998\"", ReadStatus.ALL).getFirst().id());

        ImportReport again = library.importFile(file, null, false);
        assertEquals(0, again.added() + again.merged(), "importing the same file again changes nothing");
        assertEquals(before, indexes());
    }

    /** Articles tagged "bulk": by their own row (every 3rd), or by the utm_ copy that follows them. */
    private static int taggedBulk() {
        int n = 0;
        for (int link = 0; link < ROWS; link++) {
            if (link % 10 != 9 && (link % 3 == 0 || (link % 10 == 8 && (link + 1) % 3 == 0))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aBigFileWhoseLastRowIsBadImportsTheRestAndStrictRefusesItWhole() throws Exception {
        List<String> before = indexes();
        Path file = pocket("Last,ftp://example.com/x,1600000000,,unread\n");
        ReadingListException e = assertThrows(
                ReadingListException.class, () -> library.importFile(file, null, false, true, () -> false));
        assertTrue(e.getMessage().contains("line " + (ROWS + 2) + ": column 2 (url)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was imported (--strict)"), e.getMessage());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        assertEquals(before, indexes());

        ImportReport report = library.importFile(file, null, false);
        assertEquals(ROWS - ROWS / 10, report.added());
        assertEquals(1, report.skipped());
        assertEquals(ROWS + 2, report.problems().getFirst().line());
        assertEquals("ftp://example.com/x", report.problems().getFirst().link());
        assertEquals(31 + ROWS - ROWS / 10, library.search("", ReadStatus.ALL).size());
    }

    @Test
    void cancellingABigImportChangesNothingAndStopsReadingTheFile() throws Exception {
        List<String> before = indexes();
        Path file = pocket("");
        int[] reported = {0};
        assertThrows(
                ImportCancelledException.class,
                () -> library.importFile(file, null, false, done -> reported[0] = done, () -> reported[0] >= 20_000));
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        assertEquals(before, indexes());
        assertFalse(
                Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("import reader")),
                "the thread reading the file has ended");
        Files.delete(file); // nothing holds it open any more
    }
}
