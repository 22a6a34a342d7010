package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library damaged after its last backup: every command refuses it, and the backup lacks the notes written since.
 * The rescue reads what SQLite still can, names what it cannot, and a restore and an import bring the notes back.
 */
class RescueTest {

    private static final int ARTICLES = 3_000;

    @TempDir
    Path dir;

    @Test
    void aDamagedPageCostsItsRowsAndTheNotesWrittenSinceTheBackupComeBack() throws Exception {
        Path file = dir.resolve("reading-list.db");
        Path articles = articles(i -> "Article number " + i + " about caching and queues", i -> "first note " + i);
        ok(cli("--db", file.toString(), "import", articles.toString()));
        ok(cli("--db", file.toString(), "backup"));
        List<String[]> before = rows(cli("--db", file.toString(), "list", "--format", "csv"));
        String late = "written after the backup: café — naïve 日本語\nsecond line";
        try (Library library = Library.open(file)) {
            for (String[] row : before) {
                library.setNote(row[0], late + " " + row[0]);
            }
            library.setFavourites(before.stream().map(row -> row[0]).toList(), true);
        }
        String firstId = before.getFirst()[0];
        String lastId = before.getLast()[0];
        ok(cli("--db", file.toString(), "mark-read", firstId, lastId));

        PageDamage.overwriteAnArticlePage(file);
        byte[] damaged = Files.readAllBytes(file);
        CliHarness.Result refused = cli("--db", file.toString(), "list");
        assertEquals(1, refused.code(), refused.out());
        // The library named, as --db named it: run as written the eighty-fifth walk's would have rescued another.
        assertTrue(refused.err().contains("'reading-list --db " + file + " rescue --out FILE'"), refused.err());
        assertTrue(refused.err().contains("'reading-list --db " + file + " restore FILE'"), refused.err());
        assertTrue(
                refused.err().matches("(?s).* is damaged \\(page \\d+ of it cannot be read\\); nothing was changed.*"),
                "SQLite's own words are in the log: " + refused.err());

        Path rescued = dir.resolve("rescued.csv");
        List<Path> besideBefore = beside(file);
        CliHarness.Result rescue = cli("--db", file.toString(), "rescue", "--out", rescued.toString());
        ok(rescue);
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged library is only read");
        assertEquals(
                PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(rescued),
                "the notes, the owner's alone as the library's are");
        assertEquals(besideBefore, beside(file), "nothing left beside it");

        List<String[]> saved =
                rows(Files.readString(rescued, StandardCharsets.UTF_8).substring(1));
        Set<String> savedIds = new HashSet<>();
        saved.forEach(row -> savedIds.add(row[0]));
        Set<String> beforeIds = new HashSet<>();
        before.forEach(row -> beforeIds.add(row[0]));
        assertEquals(beforeIds, savedIds, "every article, those on the damaged page from the table's indexes");
        String says = rescue.out();
        assertTrue(
                says.startsWith("Rescued " + String.format("%,d", before.size()) + " articles and "
                        + String.format("%,d", before.size()) + " notes from " + file + " into " + rescued),
                says);
        Matcher unread = Pattern.compile(
                        "Could not read the titles and details of articles ([0-9,]+)–([0-9,]+) \\(articles are numbered"
                                + " in the order they were added\\); ([0-9,]+) of those articles were put together from"
                                + " the library's indexes")
                .matcher(says);
        assertTrue(unread.find(), says);
        long first = Long.parseLong(unread.group(1).replace(",", ""));
        long last = Long.parseLong(unread.group(2).replace(",", ""));
        long pieced = Long.parseLong(unread.group(3).replace(",", ""));
        assertTrue(pieced > 0 && pieced < 200, "one page's rows, not the table's: " + says);
        assertEquals(last - first + 1, pieced, says);
        for (String[] row : saved) {
            String[] was = before.stream()
                    .filter(each -> each[0].equals(row[0]))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of(was[1], was[2], late + " " + was[0]), List.of(row[1], row[2], row[6]), row[0]);
        }
        assertEquals(
                2,
                saved.stream()
                        .filter(row -> row[0].equals(firstId) || row[0].equals(lastId))
                        .filter(row -> row[4].equals("read"))
                        .count(),
                "read marks are kept");
        assertEquals(
                List.of(),
                saved.stream()
                        .filter(row -> !row[8].equals("yes"))
                        .map(row -> row[0])
                        .toList(),
                "every star is kept, those on the damaged page from the index of starred articles");

        String backup = cli("--db", file.toString(), "restore")
                .out()
                .lines()
                .filter(line -> line.contains("-by-hand.db"))
                .findFirst()
                .orElseThrow();
        ok(cli("--db", file.toString(), "restore", backup.substring(backup.indexOf('/'), backup.indexOf(".db") + 3)));
        CliHarness.Result imported = cli("--db", file.toString(), "import", rescued.toString());
        ok(imported);
        assertTrue(imported.out().contains("imported 0 new"), imported.out());
        for (String[] row : rows(cli("--db", file.toString(), "list", "--format", "csv"))) {
            assertTrue(row[6].contains(late + " " + row[0]), "the note written since the backup: " + row[6]);
            if (row[2].startsWith("https://example.com/")) {
                assertTrue(row[6].startsWith("first note"), "the backup's own stays: " + row[6]);
            }
        }
    }

    /**
     * A copy cut short (a full disk, a pulled stick): no table can say its last row, whose pages went first. The
     * seventy-second walk's rescue of such a file read nothing, though its notes were there: the parts are read
     * until the file gives nothing more.
     */
    @Test
    void aFileCutShortGivesTheRowsBeforeTheCut() throws Exception {
        Path file = dir.resolve("reading-list.db");
        Path articles = articles(i -> "Article " + i, i -> "note " + i);
        ok(cli("--db", file.toString(), "import", articles.toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length * 3 / 5));

        Path rescued = dir.resolve("rescued.csv");
        CliHarness.Result rescue = cli("--db", file.toString(), "rescue", "--out", rescued.toString());

        ok(rescue);
        assertTrue(rescue.out().contains("whatever may be stored after article "), rescue.out());
        List<String[]> saved =
                rows(Files.readString(rescued, StandardCharsets.UTF_8).substring(1));
        long notes = saved.stream().filter(row -> row[6].startsWith("note ")).count();
        assertTrue(notes > ARTICLES / 4, "the notes before the cut: " + notes + "; " + rescue.out());
        for (String[] row : saved) {
            if (row[2].startsWith("https://example.com/a/") && !row[6].isEmpty()) {
                assertEquals("note " + row[2].substring("https://example.com/a/".length()), row[6], row[0]);
            }
        }
    }

    /** Written as JSON, a rescue keeps what the notes CSV has no column for: a summary, a reading time. */
    @Test
    void aRescueToJsonKeepsSummariesAndReadingTimes() throws Exception {
        Path file = dir.resolve("reading-list.db");
        String id;
        try (Library library = Library.open(file)) {
            id = library.addArticle("My own find", "https://example.com/mine", "My own summary", 7, List.of("kept"));
            library.setNote(id, "my note");
        }
        Path rescued = dir.resolve("rescued.json");
        ok(cli("--db", file.toString(), "rescue", "--out", rescued.toString()));

        Path fresh = dir.resolve("fresh.db");
        ok(cli("--db", fresh.toString(), "import", rescued.toString()));
        try (Library library = Library.open(fresh)) {
            assertEquals("My own summary", library.article(id).summary());
            assertEquals(Integer.valueOf(7), library.article(id).readingMinutes());
            assertEquals("my note", library.article(id).note());
            assertEquals(List.of("kept"), library.article(id).userTags());
        }
    }

    @Test
    void aFileNoTableOfWhichCanBeReadIsSaidInOneLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("reading-list.db");
        byte[] noise = new byte[64 * 1024];
        new Random(3).nextBytes(noise);
        Files.write(file, noise);
        Path rescued = dir.resolve("rescued.csv");

        CliHarness.Result rescue = cli("--db", file.toString(), "rescue", "--out", rescued.toString());

        assertEquals(1, rescue.code(), rescue.out());
        assertEquals(1, rescue.err().strip().lines().count(), rescue.err());
        assertTrue(
                rescue.err()
                        .startsWith("reading-list: " + file + " cannot be read at all (none of its tables can be"
                                + " read), so nothing could be rescued; restore a backup"),
                rescue.err());
        assertFalse(Files.exists(rescued));
        assertArrayEquals(noise, Files.readAllBytes(file));
    }

    @Test
    void theRescueIsNotWrittenOverTheLibrary() throws Exception {
        Path file = dir.resolve("reading-list.db");
        ok(cli("--db", file.toString(), "note", "caching-strategies-production-guide", "--set", "mine"));
        byte[] library = Files.readAllBytes(file);

        CliHarness.Result rescue = cli("--db", file.toString(), "rescue", "--out", file.toString());

        assertEquals(1, rescue.code(), rescue.out());
        assertTrue(rescue.err().contains("that is the library's own file"), rescue.err());
        assertArrayEquals(library, Files.readAllBytes(file));
    }

    /** {@value #ARTICLES} links at https://example.com/a/N, as a CSV to import, each with its title and note. */
    private Path articles(IntFunction<String> title, IntFunction<String> note) throws Exception {
        StringBuilder csv = new StringBuilder("url,title,note\n");
        for (int i = 0; i < ARTICLES; i++) {
            csv.append("https://example.com/a/")
                    .append(i)
                    .append(',')
                    .append(title.apply(i))
                    .append(',');
            csv.append(note.apply(i)).append('\n');
        }
        Path file = dir.resolve("articles.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<Path> beside(Path file) throws Exception {
        try (var files = Files.list(file.getParent())) {
            return files.filter(each -> each.getFileName().toString().startsWith(file.getFileName() + "-"))
                    .sorted()
                    .toList();
        }
    }

    private static CliHarness.Result cli(String... args) {
        return CliHarness.run(args);
    }

    private static void ok(CliHarness.Result run) {
        assertEquals(0, run.code(), run.err());
    }

    private static List<String[]> rows(CliHarness.Result run) {
        ok(run);
        return rows(run.out());
    }

    /** The export's CSV, header left out; fields may hold quoted line ends. */
    private static List<String[]> rows(String text) {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(fields.toArray(String[]::new));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        return rows.subList(1, rows.size()).stream()
                .map(row -> Arrays.copyOf(row, 9))
                .toList();
    }
}
