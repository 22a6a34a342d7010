package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.BackupContents;
import dev.readinglist.store.LibraryBackups;
import dev.readinglist.sync.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
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
        Path kept = kept(restored);
        assertTrue(kept.getFileName().toString().startsWith("reading-list.db.before-restore-"), restored.out());

        assertEquals("before the backup\n", CliHarness.run(dbOption, "note", ID).out());
        assertEquals(
                "after the backup\n", CliHarness.run("--db=" + kept, "note", ID).out());
    }

    @Test
    void theFileARestoreKeptIsListedAndRestoringItUndoesTheRestore() throws Exception {
        CliHarness.run(dbOption, "note", ID, "--set", "in the backup");
        Path backup = dir.resolve("saved.db");
        CliHarness.run(dbOption, "backup", "--out", backup.toString());
        CliHarness.run(dbOption, "note", ID, "--set", "written after the backup");
        Path kept = kept(CliHarness.run(dbOption, "restore", backup.toString()));
        // Neither a damaged file nor one whose log holds data is offered: restoring it would fail or lose the log.
        Path damaged = dir.resolve("reading-list.db.before-restore-2026-11-30T120000Z");
        Files.write(damaged, new byte[] {1, 2, 3});
        Path withLog = dir.resolve("reading-list.db.before-restore-2026-11-30T120000Z-2");
        Files.copy(kept, withLog);
        Files.writeString(withLog.resolveSibling(withLog.getFileName() + "-wal"), "frames not in the file");

        List<Backup> offered = Library.keptBeforeRestore(db);
        assertEquals(List.of(kept), offered.stream().map(Backup::file).toList());
        assertEquals(Backup.Origin.BEFORE_RESTORE, offered.getFirst().origin());
        assertTrue(
                Files.notExists(kept.resolveSibling(kept.getFileName() + "-wal"))
                        && Files.notExists(kept.resolveSibling(kept.getFileName() + "-shm")),
                "listing leaves nothing beside the kept file");
        String listed = CliHarness.run(dbOption, "restore").out();
        assertTrue(listed.contains("Kept by earlier restores") && listed.contains(kept.toString()), listed);
        assertTrue(!listed.contains(damaged.toString()) && !listed.contains(withLog.toString()), listed);

        CliHarness.Result undone = CliHarness.run(dbOption, "restore", kept.toString());
        assertEquals(0, undone.code(), undone.err());
        assertEquals(
                "written after the backup\n",
                CliHarness.run(dbOption, "note", ID).out());
        assertEquals(2, Library.keptBeforeRestore(db).size(), "undoing a restore keeps what it replaced too");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> litter = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.contains("before-restore") && !name.contains("11-30"))
                    .filter(name -> name.endsWith("-wal") || name.endsWith("-shm"))
                    .toList();
            assertEquals(List.of(), litter, "neither checking a kept file nor keeping one leaves a -wal or -shm");
        }
    }

    @Test
    void everyRestoreKeepsTheFileItReplacedUnderANameOfItsOwn() throws Exception {
        CliHarness.run(dbOption, "note", ID, "--set", "in the backup");
        Path backup = dir.resolve("saved.db");
        CliHarness.run(dbOption, "backup", "--out", backup.toString());
        List<Path> kept = new ArrayList<>();
        for (String note : List.of("before the first restore", "before the second restore")) {
            CliHarness.run(dbOption, "note", ID, "--set", note);
            CliHarness.Result restored = CliHarness.run(dbOption, "restore", backup.toString());
            assertEquals(0, restored.code(), restored.err());
            kept.add(kept(restored));
        }
        assertNotEquals(kept.get(0), kept.get(1), "the second restore does not replace the first one's copy");
        assertEquals(
                "before the first restore\n",
                CliHarness.run("--db=" + kept.get(0), "note", ID).out());
        assertEquals(
                "before the second restore\n",
                CliHarness.run("--db=" + kept.get(1), "note", ID).out());
        assertEquals("in the backup\n", CliHarness.run(dbOption, "note", ID).out());
    }

    @Test
    void filesKeptAtTheSameMomentGetANumberInsteadOfReplacingEachOther() throws Exception {
        Instant now = Instant.parse("2026-12-01T16:42:00Z");
        Path backup = savedBackup();
        Path first = LibraryBackups.restore(db, backup, now);
        Path second = LibraryBackups.restore(db, backup, now);
        assertEquals(dir.resolve("reading-list.db.before-restore-2026-12-01T164200Z"), first);
        assertEquals(dir.resolve("reading-list.db.before-restore-2026-12-01T164200Z-2"), second);

        Files.write(db, new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("reading-list.db.damaged-2026-12-01T164200Z-2-wal"), "a stray log");
        Path aside = LibraryBackups.setAside(db, now);
        Files.write(db, new byte[] {4, 5, 6});
        Path again = LibraryBackups.setAside(db, now);
        assertEquals(dir.resolve("reading-list.db.damaged-2026-12-01T164200Z"), aside);
        assertEquals(
                dir.resolve("reading-list.db.damaged-2026-12-01T164200Z-3"), again, "nor the -wal of an earlier one");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(aside));
        assertArrayEquals(new byte[] {4, 5, 6}, Files.readAllBytes(again));
        assertTrue(Files.exists(first) && Files.exists(second));
    }

    @Test
    void theNewestSevenCopiesThatRestoresKeptStayAndOneWithItsLogIsNeverDeleted() throws Exception {
        Instant now = Instant.parse("2026-12-01T16:42:00Z");
        Path backup = savedBackup();
        Path withLog = dir.resolve("reading-list.db.before-restore-2026-11-30T120000Z");
        Files.copy(backup, withLog);
        Files.writeString(dir.resolve(withLog.getFileName() + "-wal"), "frames not yet in the file");
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            kept.add(LibraryBackups.restore(db, backup, now));
        }
        kept.add(LibraryBackups.restore(db, backup, now.plusSeconds(1)));

        assertEquals(
                kept.reversed().subList(0, LibraryBackups.KEEP),
                Library.keptBeforeRestore(db).stream().map(Backup::file).toList());
        assertTrue(Files.notExists(kept.get(0)) && Files.notExists(kept.get(1)), "the two oldest went");
        assertTrue(Files.exists(withLog), "a copy whose log holds data is not one to delete");
    }

    private Path savedBackup() {
        Path backup = dir.resolve("saved.db");
        try (Library library = Library.open(db)) {
            library.backup(backup);
        }
        return backup;
    }

    /** The file a restore says it kept the replaced library as. */
    private static Path kept(CliHarness.Result restored) {
        String marker = "; the replaced file is kept as ";
        String out = restored.out().strip();
        assertTrue(out.contains(marker), out);
        Path kept = Path.of(out.substring(out.indexOf(marker) + marker.length()));
        assertTrue(Files.isRegularFile(kept), out);
        return kept;
    }

    @Test
    void aBackupSaysWhatItHoldsAndLeavesNothingBesideIt() throws Exception {
        CliHarness.run(dbOption, "note", ID, "--set", "in the backup");
        CliHarness.run(dbOption, "mark-read", ID, "event-driven-architecture-kafka-cqrs-guide");
        Path saved = dir.resolve("saved.db");
        CliHarness.run(dbOption, "backup", "--out", saved.toString());
        CliHarness.run(dbOption, "note", ID, "--set", "");
        assertEquals(
                Optional.of(new BackupContents(31, 2, 1)),
                Library.contents(new Backup(saved, Instant.now())),
                "the backup's counts, not the library's now");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(saved),
                    files.filter(f -> f.getFileName().toString().startsWith("saved"))
                            .toList(),
                    "no -wal or -shm beside it");
        }
        Path junk = dir.resolve("junk.db");
        Files.write(junk, new byte[4096]);
        assertEquals(Optional.empty(), Library.contents(new Backup(junk, Instant.now())));
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
        assertEquals(
                "reading-list: " + junk
                        + " is not a usable backup (it is not an SQLite database); nothing was changed\n",
                run.err());
        assertEquals("keep me\n", CliHarness.run(dbOption, "note", ID).out());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("before-restore")));
        }
    }

    @Test
    void checkReportsASoundFile() {
        Library.open(db).close();
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
    void backupsTakenByHandAreMarkedAndNeverPushOutTheDays() throws Exception {
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        try (Library library = Library.open(db, new TickingClock(start, Duration.ofMinutes(1)))) {
            for (int i = 0; i < 9; i++) {
                library.setNote(ID, "by hand " + i);
                library.backup(null);
            }
        }
        List<Backup> backups = Library.backups(db);
        assertEquals(8, backups.size(), "the newest 7 by hand, and the day's beside them");
        assertEquals(
                List.of(Backup.Origin.DAILY),
                backups.stream()
                        .map(Backup::origin)
                        .filter(origin -> origin != Backup.Origin.BY_HAND)
                        .toList());
        assertEquals(start, backups.getLast().taken().truncatedTo(ChronoUnit.HOURS), "the day's, taken at open");
        try (Library newest = Library.open(backups.getFirst().file())) {
            assertEquals(Optional.of("by hand 8"), newest.note(ID));
        }
        assertTrue(backups.getFirst().file().getFileName().toString().endsWith("-by-hand.db"));

        CliHarness.Result listed = CliHarness.run(dbOption, "restore");
        assertEquals(0, listed.code(), listed.err());
        assertEquals(
                7,
                listed.out()
                        .lines()
                        .filter(line -> line.endsWith("(taken by hand)"))
                        .count(),
                listed.out());
    }

    @Test
    void restoreWithoutAFileListsTheBackups() {
        Library.open(db).close();
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

    /**
     * The sixty-eighth walk backed up a library whose index missed a row seven times: each backup passed its check,
     * the seventh pushed out the one sound backup, and a restore refused every one that was left.
     */
    @Test
    void aDamagedLibraryIsNotBackedUpAndTheSoundBackupsStay() throws Exception {
        assertEquals(0, CliHarness.run(dbOption, "note", ID, "--set", "sound").code());
        assertEquals(0, CliHarness.run(dbOption, "backup").code());
        List<Backup> sound = Library.backups(db);
        IndexDamage.loseAnIndexEntry(db);

        for (int i = 0; i < LibraryBackups.KEEP + 1; i++) {
            CliHarness.Result run = CliHarness.run(dbOption, "backup");
            assertEquals(1, run.code(), run.out());
            assertEquals(
                    "reading-list: " + db + " is damaged (row 1 missing from index article_url_key): no backup was"
                            + " written, and the backups taken before it stay; 'reading-list check' lists the"
                            + " damage\n",
                    run.err());
        }
        assertEquals(sound, Library.backups(db));
        Path out = dir.resolve("out.db");
        assertEquals(
                1, CliHarness.run(dbOption, "backup", "--out", out.toString()).code());
        assertFalse(Files.exists(out), "nothing written where it was asked for either");

        CliHarness.Result restored =
                CliHarness.run(dbOption, "restore", sound.getFirst().file().toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals("sound\n", CliHarness.run(dbOption, "note", ID).out());
    }

    /** The sixty-eighth walk's backup to a folder that was not there said "cannot open" the library. */
    @Test
    void aBackupToAFolderThatIsNotThereNamesTheFolder() {
        assertEquals(0, CliHarness.run(dbOption, "note", ID, "--set", "x").code());
        Path out = dir.resolve("nope/b.db");
        CliHarness.Result run = CliHarness.run(dbOption, "backup", "--out", out.toString());
        assertEquals(1, run.code(), run.out());
        assertEquals(
                "reading-list: cannot write " + out + ": the folder " + dir.resolve("nope") + " does not exist\n",
                run.err());
    }
}
