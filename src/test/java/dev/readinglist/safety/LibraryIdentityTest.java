package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three libraries in one folder: each backup, each restore offer and each daily rule is the library's own. */
class LibraryIdentityTest {

    static final String ID = "caching-strategies-production-guide";
    static final Instant DAY_ONE = Instant.parse("2026-11-02T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void threeLibrariesInOneFolderEachSeeOnlyTheirOwnBackups() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        Path c = dir.resolve("c.db");
        Map<Path, String> ids = Map.of(a, open(a, DAY_ONE, "a"), b, open(b, DAY_ONE, "b"), c, open(c, DAY_ONE, "c"));
        assertEquals(3, Set.copyOf(ids.values()).size(), "every library gets its own id");

        // The daily rule counts per library: A and B again the same day take nothing, C the next day takes one.
        open(a, DAY_ONE.plus(Duration.ofHours(2)), "a again");
        open(b, DAY_ONE.plus(Duration.ofHours(3)), "b again");
        open(c, DAY_ONE.plus(Duration.ofDays(1)), "c next day");
        assertEquals(1, Library.backups(a).size());
        assertEquals(1, Library.backups(b).size());
        assertEquals(2, Library.backups(c).size());

        for (Path library : List.of(a, b, c)) {
            for (Backup backup : Library.backups(library)) {
                assertEquals(
                        dir.resolve("backups").resolve(ids.get(library)),
                        backup.file().getParent(),
                        "in its own folder");
                try (Library copy = Library.open(backup.file())) {
                    assertEquals(ids.get(library), copy.id(), "a backup is the same library");
                }
            }
            CliHarness.Result listed = CliHarness.run("--db", library.toString(), "restore");
            assertEquals(0, listed.code(), listed.err());
            assertEquals(Library.backups(library).size(), listed.out().lines().count(), listed.out());
            assertTrue(listed.out().lines().allMatch(line -> line.contains(ids.get(library))), listed.out());
        }
    }

    @Test
    void aDamagedLibraryIsStillOfferedOnlyItsOwnBackupsAndRestoredFromThem() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        String idA = open(a, DAY_ONE, "note of a");
        open(a, DAY_ONE.plus(Duration.ofDays(1)), "later in a");
        String idB = open(b, DAY_ONE, "note of b");
        open(b, DAY_ONE.plus(Duration.ofDays(1)), "later in b"); // its backup, taken at this open, holds "note of b"
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(b, noise);
        Files.deleteIfExists(b.resolveSibling("b.db-wal"));
        Files.deleteIfExists(b.resolveSibling("b.db-shm"));

        List<Backup> offered = Library.backups(b);
        assertEquals(2, offered.size(), "the file no longer says its id; the user's config folder remembers it");
        assertEquals(idB, offered.getFirst().file().getParent().getFileName().toString());
        assertNotEquals(idA, idB);

        CliHarness.Result restored = CliHarness.run(
                "--db", b.toString(), "restore", offered.getFirst().file().toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(
                "note of b\n", CliHarness.run("--db", b.toString(), "note", ID).out(), "the backup of b, not of a");
        try (Library back = Library.open(b)) {
            assertEquals(idB, back.id(), "a restore keeps the library's id");
        }
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(b)),
                "a restored library is private");
        for (String suffix : List.of("-wal", "-shm")) {
            Path sidecar = b.resolveSibling(b.getFileName() + suffix);
            if (Files.exists(sidecar)) {
                assertEquals(
                        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sidecar)), suffix);
            }
        }
        for (Backup backup : Library.backups(b)) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file())),
                    "a backup is private");
        }
    }

    @Test
    void afterANewListTheEarlierLibrarysBackupsAreStillOfferedAndRestored() throws Exception {
        Path file = dir.resolve("reading-list.db");
        String old = open(file, DAY_ONE, "the old list's note");
        open(file, DAY_ONE.plus(Duration.ofDays(1)), "changed later"); // its backup holds the note of day one
        byte[] noise = new byte[8192];
        new Random(11).nextBytes(noise);
        Files.write(file, noise);
        Library.setAsideDamaged(file);
        String fresh = open(file, DAY_ONE.plus(Duration.ofDays(2)), "the new list's note");
        assertNotEquals(old, fresh);
        assertEquals(1, Library.backups(file).size(), "the window's own list stays the new library's");

        CliHarness.Result listed = CliHarness.run("--db", file.toString(), "restore");
        assertEquals(0, listed.code(), listed.err());
        List<String> lines = listed.out().lines().toList();
        assertEquals(4, lines.size(), listed.out());
        assertTrue(lines.get(0).contains(fresh), listed.out());
        assertTrue(lines.get(1).startsWith("Backups of earlier library files in " + dir), listed.out());
        assertTrue(lines.get(2).startsWith(DAY_ONE.plus(Duration.ofDays(1)).toString()), "newest first");
        assertTrue(lines.get(3).startsWith(DAY_ONE.toString()), listed.out());
        for (String line : lines.subList(2, 4)) {
            assertTrue(
                    line.contains(dir.resolve("backups").resolve(old).toString())
                            && line.endsWith("(earlier library " + old + ")"),
                    line);
        }

        Path earlier = Library.earlierBackups(file).getFirst().file();
        CliHarness.Result restored = CliHarness.run("--db", file.toString(), "restore", earlier.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(
                "the old list's note\n",
                CliHarness.run("--db", file.toString(), "note", ID).out());
        try (Library back = Library.open(file)) {
            assertEquals(old, back.id(), "the earlier library, with its own id");
        }
    }

    @Test
    void aCopyIsTheSameLibraryAndANewFileAnotherOne() throws Exception {
        Path original = dir.resolve("original.db");
        String id = open(original, DAY_ONE, "x");
        Path copy = dir.resolve("copy.db");
        Files.copy(original, copy);
        try (Library copied = Library.open(copy)) {
            assertEquals(id, copied.id(), "cp keeps the id");
        }
        try (Library other = Library.open(dir.resolve("other.db"))) {
            assertNotEquals(id, other.id());
        }
        Set<String> folders;
        try (var listing = Files.list(dir.resolve("backups"))) {
            folders = listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertTrue(folders.contains(id), folders.toString());
        assertEquals(
                id,
                Library.backups(copy)
                        .getFirst()
                        .file()
                        .getParent()
                        .getFileName()
                        .toString());
    }

    /** Opens the library on that day (taking the day's backup), sets a note, returns the library's id. */
    private static String open(Path file, Instant now, String note) {
        try (Library library = Library.open(file, Clock.fixed(now, ZoneOffset.UTC))) {
            library.setNote(ID, note);
            return library.id();
        }
    }
}
