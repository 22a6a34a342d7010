package dev.readinglist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportScope;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes go out through the exporter and come back, exactly, through a real CSV parser. */
class CsvExportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String HUGE = "0123456789abcdef\n".repeat(100 * 1024 / 17 + 1);
    static final Map<String, String> NOTES = new LinkedHashMap<>();

    static {
        List<String> ids = List.of(
                "distributed-systems-algorithms-production-guide",
                "rate-limiting-algorithms-production-guide",
                "caching-strategies-production-guide",
                "event-driven-architecture-kafka-cqrs-guide",
                "database-connection-pooling-pgbouncer-guide",
                "celery-task-queues-django-workflows-guide",
                "oauth2-openid-connect-developer-guide",
                "api-design-rest-graphql-grpc-compared",
                "zero-downtime-database-migrations-expand-contract",
                "database-indexing-secrets-slow-queries-fix",
                "cap-theorem-distributed-systems-explained");
        List<String> notes = List.of(
                "commas, everywhere, here",
                "she said \"quote\" and \"\"double\"\"",
                "windows\r\nline\r\nends",
                "unix\nline\nends\n",
                "emoji 📚🔥 and 👩🏽‍💻 in a note",
                "עברית מימין לשמאל and العربية too",
                HUGE,
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1 plus a word",
                "-42",
                "@SUM(A1:A2)");
        for (int i = 0; i < ids.size(); i++) {
            NOTES.put(ids.get(i), notes.get(i));
        }
    }

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void fill() {
        library = Library.open(dir.resolve("rl.db"), CLOCK);
        NOTES.forEach(library::setNote);
        library.markRead(List.of("caching-strategies-production-guide"));
        library.editTags("caching-strategies-production-guide", List.of("my own"), List.of());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void everyNoteComesBackExactlyWithTheGuardOff() throws Exception {
        Path out = dir.resolve("notes.csv");
        assertEquals(NOTES.size(), library.exportNotes(out, new ExportOptions(ExportScope.WITH_NOTES, true, false)));

        Map<String, NamedCsvRecord> rows = read(out);
        assertEquals(NOTES.keySet(), rows.keySet());
        NOTES.forEach((id, note) -> assertEquals(note, rows.get(id).getField("note"), id));
    }

    @Test
    void theHeaderColumnsAndValuesFollowTheFormat() throws Exception {
        Path out = dir.resolve("notes.csv");
        library.setFavourite("caching-strategies-production-guide", true);
        library.exportNotes(out, ExportOptions.defaults());

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("id,title,url,tags,status,read_at,note,note_updated_at,starred\r\n"),
                text.substring(0, 80));

        NamedCsvRecord caching = read(out).get("caching-strategies-production-guide");
        assertEquals(
                "Caching Strategies: Cache-Aside, Write-Through, Distributed Caches, and Invalidation in Production",
                caching.getField("title"));
        assertEquals("https://coderssecret.com/blog/caching-strategies-production-guide", caching.getField("url"));
        assertEquals(
                "Caching|Redis|Memcached|CDN|Performance|Distributed Systems|Architecture|Backend|my own",
                caching.getField("tags"));
        assertEquals("read", caching.getField("status"));
        assertEquals("2026-11-26T08:15:00Z", caching.getField("read_at"));
        assertEquals("2026-11-26T08:15:00Z", caching.getField("note_updated_at"));
        NamedCsvRecord unread = read(out).get("rate-limiting-algorithms-production-guide");
        assertEquals("unread", unread.getField("status"));
        assertEquals("", unread.getField("read_at"));
        // The seventy-first walk: the Markdown export kept the star, the notes CSV lost it.
        assertEquals("yes", caching.getField("starred"));
        assertEquals("", unread.getField("starred"));
    }

    @Test
    void recordsEndInCrlfOutsideQuotedFields() throws Exception {
        Path out = dir.resolve("notes.csv");
        library.exportNotes(out, new ExportOptions(ExportScope.WITH_NOTES, false, true));
        String text = Files.readString(out);
        assertFalse(text.startsWith("\uFEFF"), "--no-bom leaves the BOM out");
        assertTrue(text.endsWith("\r\n"));
        assertEquals(NOTES.size(), read(out).size());
    }

    @Test
    void theFormulaGuardPrefixesDangerousCellsButNotPlainNumbers() throws Exception {
        Path out = dir.resolve("notes.csv");
        library.exportNotes(out, ExportOptions.defaults());
        Map<String, NamedCsvRecord> rows = read(out);

        assertEquals(
                "'=HYPERLINK(\"http://evil.example\",\"click\")",
                exported(rows, "=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("'+1 plus a word", exported(rows, "+1 plus a word"));
        assertEquals("-42", exported(rows, "-42"));
        assertEquals("'@SUM(A1:A2)", exported(rows, "@SUM(A1:A2)"));
        assertEquals("commas, everywhere, here", exported(rows, "commas, everywhere, here"));
    }

    /** The note cell exported for the article whose stored note is {@code original}. */
    private static String exported(Map<String, NamedCsvRecord> rows, String original) {
        String id = NOTES.entrySet().stream()
                .filter(e -> e.getValue().equals(original))
                .findFirst()
                .orElseThrow()
                .getKey();
        return rows.get(id).getField("note");
    }

    @Test
    void allExportsEveryArticle() throws Exception {
        Path out = dir.resolve("all.csv");
        assertEquals(31, library.exportNotes(out, new ExportOptions(ExportScope.ALL, true, true)));
        assertEquals(31, read(out).size());
    }

    @Test
    void anExistingFileIsReplacedOnlyOnSuccessAndNoTempFileIsLeft() throws Exception {
        Path out = dir.resolve("notes.csv");
        Files.writeString(out, "old contents");
        library.exportNotes(out, ExportOptions.defaults());
        assertEquals(NOTES.size(), read(out).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".tmp"))
                            .toList());
        }
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheModeOfAnyNewFile() throws Exception {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        Path shared = dir.resolve("shared.csv");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        library.exportNotes(shared, ExportOptions.defaults());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path fresh = dir.resolve("fresh.csv");
        library.exportNotes(fresh, ExportOptions.defaults());
        assertEquals(
                Files.getPosixFilePermissions(Files.createFile(dir.resolve("by-hand.csv"))),
                Files.getPosixFilePermissions(fresh),
                "the umask's, not always 0600: an export is the user's to share");
    }

    @Test
    void aMissingFolderFailsWithOneLineAndLeavesNothing() {
        Path out = dir.resolve("missing/notes.csv");
        ReadingListException e =
                assertThrows(ReadingListException.class, () -> library.exportNotes(out, ExportOptions.defaults()));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("missing"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailingWriteKeepsTheOldFileAndRemovesTheTempFile() throws Exception {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "precious");
        assertThrows(
                ReadingListException.class,
                () -> AtomicFileWriter.write(out, stream -> {
                    stream.write("half a file".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));
        assertEquals("precious", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    0,
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                            .count());
        }
    }

    /**
     * The list and the CSV exports read each row as text; the export of the rows a window shows
     * reads whole articles. Both must write the same bytes, also for times in shapes the store
     * does not write itself (another program's) and for user tags after catalog ones.
     */
    @Test
    void theListAndTheExportsWriteTheSameBytesAsTheExportOfShownRows() throws Exception {
        library.editTags("rate-limiting-algorithms-production-guide", List.of("zeta", "alpha"), List.of());
        library.close();
        try (Connection shell = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                Statement sql = shell.createStatement()) {
            sql.executeUpdate("UPDATE article SET read_at = '2026-11-26T08:15:00.750Z'"
                    + " WHERE slug = 'rate-limiting-algorithms-production-guide'");
            sql.executeUpdate("UPDATE article SET read_at = '2026-11-26T10:15:00+02:00'"
                    + " WHERE slug = 'oauth2-openid-connect-developer-guide'");
            sql.executeUpdate(
                    "UPDATE note SET updated_at = '2026-11-26T08:15:59.999999Z'"
                            + " WHERE article_id = (SELECT id FROM article WHERE slug = 'cap-theorem-distributed-systems-explained')");
        }
        library = Library.open(dir.resolve("rl.db"), CLOCK);
        List<String> shown =
                library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
        Path rowsShown = dir.resolve("shown.csv");
        library.exportArticles(rowsShown, new ExportOptions(ExportScope.ALL, false, true), shown);
        String expected = Files.readString(rowsShown);

        StringWriter list = new StringWriter();
        assertEquals(shown.size(), library.writeCsv(list, "", ReadStatus.ALL, true));
        assertEquals(expected, list.toString());

        Path all = dir.resolve("all.csv");
        library.exportNotes(all, new ExportOptions(ExportScope.ALL, false, true));
        assertEquals(expected, Files.readString(all));
        Path exported = dir.resolve("export.csv");
        library.export(exported, ExportFormat.CSV, "");
        assertEquals(expected, Files.readString(exported).substring(1), "the same rows behind the BOM");

        Map<String, NamedCsvRecord> rows = read(all);
        NamedCsvRecord tagged = rows.get("rate-limiting-algorithms-production-guide");
        assertEquals("2026-11-26T08:15:00Z", tagged.getField("read_at"));
        assertTrue(tagged.getField("tags").endsWith("|zeta|alpha"), tagged.getField("tags"));
        assertEquals(
                "2026-11-26T08:15:00Z",
                rows.get("oauth2-openid-connect-developer-guide").getField("read_at"));
        assertEquals(
                "2026-11-26T08:15:59Z",
                rows.get("cap-theorem-distributed-systems-explained").getField("note_updated_at"));
    }

    static Map<String, NamedCsvRecord> read(Path file) throws Exception {
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            return reader.stream()
                    .collect(Collectors.toMap(r -> r.getField("id"), r -> r, (a, b) -> a, LinkedHashMap::new));
        }
    }
}
