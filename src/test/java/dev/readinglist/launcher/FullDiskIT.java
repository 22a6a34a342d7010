package dev.readinglist.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only data folder, for real: a small tmpfs filled to the last byte, and
 * a folder an ordinary user may not write. Needs root to mount (CI runs as root); skipped otherwise.
 */
class FullDiskIT {

    static final Path LAUNCHER = LauncherIT.LAUNCHER;
    static final String ID = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Path disk;

    @BeforeEach
    void mount() throws Exception {
        assumeTrue(LauncherIT.ROOT, "mounting a small file system needs root");
        disk = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(
                exec(List.of("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())) == 0, "mount refused");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            exec(List.of("umount", disk.toString()));
        }
    }

    @Test
    void aFullDiskGetsAClearErrorAndLosesNothingSaved() throws Exception {
        Path db = disk.resolve("reading-list.db");
        assertEquals(
                0,
                run("--db", db.toString(), "note", ID, "--set", "saved before the disk filled")
                        .code());
        fill(disk.resolve("filler"));

        String big = "y".repeat(400_000);
        LauncherIT.Result note = LauncherIT.exec(List.of(), dir, big, "--db", db.toString(), "note", ID, "--set", "-");
        assertEquals(1, note.code(), note.out());
        assertEquals(1, note.err().lines().count(), note.err());
        assertTrue(note.err().contains("disk is full"), note.err());

        LauncherIT.Result export = run(
                "--db",
                db.toString(),
                "export-notes",
                "--all",
                "--out",
                disk.resolve("notes.csv").toString());
        assertEquals(1, export.code(), export.out());
        assertTrue(export.err().contains("disk is full"), export.err());
        try (Stream<Path> files = Files.list(disk)) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".tmp") || n.startsWith("notes"))
                            .toList());
        }

        Files.delete(disk.resolve("filler"));
        assertEquals(
                "saved before the disk filled\n",
                run("--db", db.toString(), "note", ID).out());
        assertEquals(0, run("--db", db.toString(), "check").code());
    }

    @Test
    void aReadOnlyDataFolderGetsAClearError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Path db = folder.resolve("reading-list.db");
        assertEquals(0, run("--db", db.toString(), "note", ID, "--set", "mine").code());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));

        List<String> asUser = LauncherIT.asOtherUser(dir);
        LauncherIT.Result fresh = LauncherIT.exec(
                asUser, dir, "", "--db", folder.resolve("new.db").toString(), "mark-read", ID);
        assertEquals(1, fresh.code(), fresh.out());
        assertEquals(1, fresh.err().lines().count(), fresh.err());
        assertTrue(fresh.err().contains("cannot create") && fresh.err().contains("permission denied"), fresh.err());

        LauncherIT.Result existing =
                LauncherIT.exec(asUser, dir, "", "--db", db.toString(), "note", ID, "--set", "other");
        assertEquals(1, existing.code(), existing.out());
        assertEquals(1, existing.err().lines().count(), existing.err());
        assertTrue(existing.err().contains(db.toString()), existing.err());
        assertEquals("mine\n", run("--db", db.toString(), "note", ID).out());
    }

    private LauncherIT.Result run(String... args) throws Exception {
        return LauncherIT.exec(List.of(), dir, "", args);
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left: exactly what the test wants.
        }
    }

    private static int exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
