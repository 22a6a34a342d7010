package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup, restore and check, end to end through the CLI, on real files. */
class BackupRestoreTest {

    static final String ID = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Path db;
    String dbOption;

    @BeforeEach
    void setUp() {
        db = dir.resolve("reading-list.db");
        dbOption = "--db=" + db;
    }

    @Test
    void aBackupRestoresTheNotesItHeldAndKeepsTheReplacedFile() throws Exception {
        assertEquals(
                0,
                CliHarness.run(dbOption, "note", ID, "--set", "before the backup")
                        .code());
        Path backup = dir.resolve("saved.db");
        CliHarness.Result made = CliHarness.run(dbOption, "backup", "--out", backup.toString());
        assertEquals(0, made.code(), made.err());
        assertEquals("Backed up to " + backup + "\n", made.out());

        assertEquals(
                0,
                CliHarness.run(dbOption, "note", ID, "--set", "after the backup")
                        .code());
        CliHarness.Result restored = CliHarness.run(dbOption, "restore", backup.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("reading-list.db.before-restore"), restored.out());

        assertEquals("before the backup\n", CliHarness.run(dbOption, "note", ID).out());
        assertEquals(
                "after the backup\n",
                CliHarness.run("--db=" + dir.resolve("reading-list.db.before-restore"), "note", ID)
                        .out());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        assertEquals(0, CliHarness.run(dbOption, "note", ID, "--set", "keep me").code());
        Path junk = dir.resolve("junk.db");
        byte[] noise = new byte[10_000];
        new Random(1).nextBytes(noise);
        Files.write(junk, noise);

        CliHarness.Result run = CliHarness.run(dbOption, "restore", junk.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("not a usable backup") && run.err().contains("nothing was changed"), run.err());
        assertEquals("keep me\n", CliHarness.run(dbOption, "note", ID).out());
        assertTrue(Files.notExists(dir.resolve("reading-list.db.before-restore")));
    }

    @Test
    void checkReportsASoundFile() {
        CliHarness.Result run = CliHarness.run(dbOption, "check");
        assertEquals(0, run.code(), run.err());
        assertEquals("No damage found in " + db + "\n", run.out());
    }

    @Test
    void aDailyBackupIsTakenAtOpenAndTheNewestSevenAreKept() throws Exception {
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        for (int day = 0; day < 10; day++) {
            Instant now = start.plus(Duration.ofDays(day));
            try (Library library = Library.open(db, Clock.fixed(now, ZoneOffset.UTC))) {
                library.setNote(ID, "day " + day);
            }
            try (Library sameDay = Library.open(db, Clock.fixed(now.plus(Duration.ofHours(3)), ZoneOffset.UTC))) {
                assertEquals(Optional.of("day " + day), sameDay.note(ID));
            }
        }
        List<Backup> backups = Library.backups(db);
        assertEquals(7, backups.size());
        assertEquals(start.plus(Duration.ofDays(9)), backups.getFirst().taken(), "one backup a day, newest first");
        assertEquals(start.plus(Duration.ofDays(3)), backups.getLast().taken());
        try (Library fromBackup = Library.open(backups.getFirst().file())) {
            assertEquals(Optional.of("day 8"), fromBackup.note(ID), "taken at open, before that day's change");
        }
    }

    @Test
    void restoreWithoutAFileListsTheBackups() {
        CliHarness.run(dbOption, "list");
        CliHarness.Result run = CliHarness.run(dbOption, "restore");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(dir.resolve("backups").toString()), run.out());
    }

    @Test
    void aBackupToAFileIsASoundLibraryOfItsOwn() {
        CliHarness.run(dbOption, "note", ID, "--set", "x");
        Path out = dir.resolve("copy.db");
        assertEquals(
                0, CliHarness.run(dbOption, "backup", "--out", out.toString()).code());
        assertEquals(0, CliHarness.run("--db=" + out, "check").code());
        assertEquals("x\n", CliHarness.run("--db=" + out, "note", ID).out());
    }
}
