package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file: the CLI says so in one line with the way out, and the file keeps every byte. */
class DamagedLibraryTest {

    @TempDir
    Path dir;

    interface Fixture {
        void write(Path file) throws Exception;
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(
                        "random bytes",
                        (Fixture) file -> {
                            byte[] noise = new byte[64 * 1024];
                            new Random(7).nextBytes(noise);
                            Files.write(file, noise);
                        },
                        "is damaged",
                        " restore FILE'"),
                Arguments.of(
                        "a truncated library",
                        (Fixture) file -> {
                            try (Library library = Library.open(file)) {
                                library.setNote(
                                        "caching-strategies-production-guide", "a note that makes the file longer");
                            }
                            byte[] whole = Files.readAllBytes(file);
                            Files.write(file, Arrays.copyOf(whole, whole.length / 2));
                            deleteBackups(file);
                        },
                        "is damaged",
                        " restore FILE'"),
                Arguments.of(
                        "a library whose first page is overwritten",
                        (Fixture) file -> {
                            Library.open(file).close();
                            deleteBackups(file);
                            byte[] whole = Files.readAllBytes(file);
                            Arrays.fill(whole, 100, 3100, (byte) 0xff);
                            Files.write(file, whole);
                        },
                        "is damaged (SQLite finds its contents malformed)",
                        " restore FILE'"),
                Arguments.of(
                        "a PNG image",
                        (Fixture) file -> {
                            byte[] png = new byte[4096];
                            new Random(3).nextBytes(png);
                            System.arraycopy(
                                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
                            Files.write(file, png);
                        },
                        "is damaged",
                        " restore FILE'"),
                Arguments.of(
                        "another program's SQLite file",
                        (Fixture) file -> {
                            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                                    Statement s = c.createStatement()) {
                                s.execute("CREATE TABLE bookmarks (url TEXT)");
                                s.execute("INSERT INTO bookmarks VALUES ('https://example.com')");
                            }
                        },
                        "not a Reading List database",
                        "--db"),
                Arguments.of(
                        "a newer schema",
                        (Fixture) file -> {
                            Library.open(file).close();
                            deleteBackups(file);
                            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                                    Statement s = c.createStatement()) {
                                s.execute("PRAGMA user_version = 42");
                                s.execute("PRAGMA journal_mode = DELETE");
                            }
                        },
                        "newer version of Reading List",
                        "update Reading List"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedInOneLineAndLeftByteForByte(String name, Fixture fixture, String says, String wayOut)
            throws Exception {
        Path file = dir.resolve("reading-list.db");
        fixture.write(file);
        byte[] before = Files.readAllBytes(file);

        for (String[] command :
                new String[][] {{"list"}, {"note", "caching-strategies-production-guide", "--set", "x"}, {"check"}}) {
            CliHarness.Result run =
                    CliHarness.run(Stream.concat(Stream.of("--db", file.toString()), Arrays.stream(command))
                            .toArray(String[]::new));
            assertEquals(1, run.code(), name + ": " + run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains(file.toString()), run.err());
            assertTrue(run.err().contains(says) && run.err().contains(wayOut), run.err());
            assertFalse(run.err().contains("SQLITE_"), "SQLite's own terms stay in the log: " + run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(file), name + " must not change");
        assertTrue(
                Files.notExists(LibraryBackupsFolder.of(file)) || isEmpty(LibraryBackupsFolder.of(file)),
                "no backup is taken of a file that is refused");
    }

    /** An export opened as the library by mistake is no damaged library: the way out is to import it. */
    @Test
    void anExportGivenAsTheLibraryIsNamedWithTheWayToImportIt() throws Exception {
        Path file = dir.resolve("mylist.csv");
        Files.writeString(file, "title,url,time_added,tags,status\nRaft,https://example.com/raft,1700000000,,unread\n");
        byte[] before = Files.readAllBytes(file);
        CliHarness.Result run = CliHarness.run("--db", file.toString(), "list");
        assertEquals(1, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("is not a Reading List library but a CSV file"), run.err());
        assertTrue(run.err().contains("'reading-list import mylist.csv'"), run.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "nothing set aside, nothing made beside it");
        }
    }

    /**
     * Bytes spoilt inside a row, which SQLite's checks need not see: the sixty-eighth walk's list said only
     * "unexpected error: java.time.format.DateTimeParseException: Text 's…' could not be parsed at index 0".
     */
    @Test
    void aDateThatCannotBeReadIsSaidInOneLineWithTheWayOn() throws Exception {
        Path file = dir.resolve("rl.db");
        CliHarness.Result first =
                CliHarness.run("--db", file.toString(), "mark-read", "caching-strategies-production-guide");
        assertEquals(0, first.code(), first.out() + "/" + first.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article SET added_at = 's\u00ff\u00fe|' WHERE id = 3");
        }
        CliHarness.Result run = CliHarness.run("--db", file.toString(), "list");
        assertEquals(1, run.code(), run.out());
        assertEquals(
                "reading-list: " + file + " holds a date that cannot be read, so the file may be damaged:"
                        + " 'reading-list check' looks for damage, and 'reading-list restore' lists the backups\n",
                run.err());
    }

    /**
     * The sixty-ninth walk emptied its library to 0 bytes: the window opened it as a new list, its notes gone without
     * a word and its backups offered nowhere. A file opened as a library before is damaged; a new one is a new list.
     */
    @Test
    void aLibraryEmptiedToNothingIsDamagedAndItsBackupsAreOffered() throws Exception {
        Path file = dir.resolve("reading-list.db");
        String id = "caching-strategies-production-guide";
        assertEquals(
                0,
                CliHarness.run("--db", file.toString(), "note", id, "--set", "kept")
                        .code());
        assertEquals(0, CliHarness.run("--db", file.toString(), "backup").code());
        Files.write(file, new byte[0]);

        CliHarness.Result run = CliHarness.run("--db", file.toString(), "list");
        assertEquals(1, run.code(), run.out());
        assertTrue(
                run.err()
                        .startsWith("reading-list: " + file + " is damaged (it is empty: 0 bytes where a library"
                                + " was); nothing was changed. Restore a backup with 'reading-list --db " + file
                                + " restore FILE'"),
                run.err());
        assertEquals(0, Files.size(file), "left as it was");
        CliHarness.Result listed = CliHarness.run("--db", file.toString(), "restore");
        assertEquals(0, listed.code(), listed.err());
        String byHand = listed.out()
                .lines()
                .filter(line -> line.contains("-by-hand.db"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(listed.out()));
        Path backup = Path.of(byHand.substring(byHand.indexOf('/'), byHand.indexOf("-by-hand.db") + 11));
        CliHarness.Result restored = CliHarness.run("--db", file.toString(), "restore", backup.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(
                "kept\n", CliHarness.run("--db", file.toString(), "note", id).out());

        Path fresh = dir.resolve("fresh.db");
        Files.createFile(fresh);
        assertEquals(
                0, CliHarness.run("--db", fresh.toString(), "mark-read", id).code(), "an empty new file is a new list");
    }

    private static void deleteBackups(Path file) throws Exception {
        Path folder = LibraryBackupsFolder.of(file);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    /** Where backups of a library file live. */
    static final class LibraryBackupsFolder {
        static Path of(Path file) {
            return file.toAbsolutePath().getParent().resolve("backups");
        }
    }
}
