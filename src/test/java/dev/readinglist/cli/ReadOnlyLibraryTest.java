package dev.readinglist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readinglist.ReadOnlyFile;
import dev.readinglist.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library that cannot be written (a disk mounted read-only) is read, searched and exported; each change is refused
 * in one line, and the file is left as it was. The eighty-fifth walk's read-only library refused even 'list' and
 * 'export-notes', and the window showed it empty.
 */
class ReadOnlyLibraryTest {

    static final String ID = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    @Test
    void aLibraryThatCannotBeWrittenIsReadAndExportedAndEachChangeRefused() throws Exception {
        Path file = dir.resolve("rl.db");
        String db = "--db=" + file;
        Library.open(file).close();
        assertEquals(
                0,
                CliRun.run(db, "note", ID, "--set", "kept on a read-only disk").code());
        assertFalse(Files.exists(dir.resolve("rl.db-wal")), "closed cleanly: nothing left in the log");
        byte[] before = Files.readAllBytes(file);

        Optional<ReadOnlyFile> readOnly = ReadOnlyFile.of(file);
        assumeTrue(readOnly.isPresent(), "this file system cannot make a file read-only for this user");
        try (ReadOnlyFile unwritable = readOnly.get()) {
            CliRun list = CliRun.run(db, "list", "--query", "caching");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains(ID), list.out());
            assertEquals(
                    "kept on a read-only disk\n", CliRun.run(db, "note", ID).out());
            Path csv = dir.resolve("notes.csv");
            CliRun export = CliRun.run(db, "export-notes", "--out", csv.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.readString(csv).contains("kept on a read-only disk"));
            assertEquals(0, CliRun.run(db, "check").code());
            CliRun backup =
                    CliRun.run(db, "backup", "--out", dir.resolve("copy.db").toString());
            assertEquals(0, backup.code(), backup.err());

            for (String[] change :
                    new String[][] {{"note", ID, "--set", "changed"}, {"mark-read", ID}, {"tag", ID, "--add", "x"}}) {
                String[] args = new String[change.length + 1];
                args[0] = db;
                System.arraycopy(change, 0, args, 1, change.length);
                CliRun refused = CliRun.run(args);
                assertEquals(1, refused.code(), String.join(" ", change));
                assertEquals("reading-list: cannot write " + file + ": it is read-only\n", refused.err());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not a byte changed");
        assertFalse(Files.exists(dir.resolve("rl.db-wal")));
        assertFalse(Files.exists(dir.resolve("rl.db-shm")));
        assertEquals("kept on a read-only disk\n", CliRun.run(db, "note", ID).out());
    }
}
