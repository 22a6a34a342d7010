package dev.readinglist.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app image, run as a user would run it: its launcher, a fresh database, real files. */
class LauncherIT {

    static final Path LAUNCHER = AppImage.built().launcher();
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static Path sharedLauncher;

    @TempDir
    Path dir;

    Path db;

    record Result(int code, String out, String err) {}

    @BeforeEach
    void setUp() throws IOException {
        if (POSIX) {
            // Shared with the unprivileged user of the read-only test below.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        db = dir.resolve("reading-list.db");
    }

    @Test
    void versionPrintsOnlyTheVersion() throws Exception {
        Result version = run(List.of(), "", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("reading-list \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
        assertEquals("", version.err(), "no JVM warnings may reach the terminal");
    }

    @Test
    void aWholeSessionFromTheCommandLine() throws Exception {
        Result refused = run(List.of(), "", "--db", db.toString(), "list");
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().startsWith("reading-list: no library at " + db), refused.err());

        Result read = run(List.of(), "", "--db", db.toString(), "mark-read", "caching-strategies-production-guide");
        assertEquals(0, read.code(), read.err());
        assertEquals("", read.err(), "no native-access or logging noise");
        Result list = run(List.of(), "", "--db", db.toString(), "list");
        assertEquals(0, list.code(), list.err());
        assertEquals("", list.err(), "no native-access or logging noise");
        assertTrue(list.out().contains("31 articles, 1 read"), list.out());
        Result note = run(
                List.of(),
                "Cache-aside, then measure. 📚\n",
                "--db=" + db,
                "note",
                "caching-strategies-production-guide",
                "--set",
                "-");
        assertEquals(0, note.code(), note.err());

        Path csv = dir.resolve("notes.csv");
        Result export = run(List.of(), "", "--db=" + db, "export-notes", "--out", csv.toString());
        assertEquals(0, export.code(), export.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,title,url,tags,status,read_at,note,note_updated_at,starred\r\n"), text);
        assertTrue(text.contains(",read,") && text.contains("Cache-aside, then measure. 📚"), text);
    }

    @Test
    void anExportIntoAReadOnlyFolderFailsAndLeavesNoFile() throws Exception {
        assumeTrue(POSIX, "a read-only folder by POSIX mode");
        assertEquals(
                0,
                run(List.of(), "", "--db", db.toString(), "note", "caching-strategies-production-guide", "--set", "x")
                        .code());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        // root writes anywhere, so the write is tried as an unprivileged user, as a real user would be.
        List<String> asUser = asOtherUser();
        Result export = run(
                asUser,
                "",
                "--db",
                db.toString(),
                "export-notes",
                "--out",
                readOnly.resolve("notes.csv").toString());

        assertEquals(1, export.code(), export.out());
        assertEquals(1, export.err().lines().count(), export.err());
        assertTrue(export.err().contains("permission denied") && export.err().contains("notes.csv"), export.err());
        try (Stream<Path> files = Files.list(readOnly)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anUnreadableLibraryIsRefusedInOneLineAndLeftAlone() throws Exception {
        assumeTrue(POSIX, "an unreadable file by POSIX mode");
        assertEquals(
                0,
                run(List.of(), "", "--db", db.toString(), "mark-unread", "caching-strategies-production-guide")
                        .code());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
        byte[] before = Files.readAllBytes(db);
        List<String> asUser = asOtherUser();
        if (!ROOT) {
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("---------"));
        }
        Result list = run(asUser, "", "--db", db.toString(), "list");
        assertEquals(1, list.code(), list.out());
        assertEquals(1, list.err().lines().count(), list.err());
        assertTrue(list.err().contains("cannot read") && list.err().contains(db.toString()), list.err());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
        Assertions.assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        Result result = run(List.of(), "", "--db", db.toString(), "frobnicate");
        assertEquals(2, result.code());
        assertFalse(result.err().isBlank());
    }

    private Result run(List<String> prefix, String stdin, String... args) throws Exception {
        return exec(prefix.isEmpty() ? LAUNCHER : launcherForOtherUsers(), prefix, dir, stdin, args);
    }

    /** How to run the launcher as an unprivileged user (when the tests run as root), checked to really start. */
    private List<String> asOtherUser() throws Exception {
        return asOtherUser(dir);
    }

    /** The prefix that runs a command as user nobody, once a run of {@code --version} so proved it starts. */
    static List<String> asOtherUser(Path dir) throws Exception {
        if (!ROOT) {
            return List.of();
        }
        List<String> asUser = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        Result version = exec(launcherForOtherUsers(), asUser, dir, "", "--version");
        assertEquals(0, version.code(), "the launcher must start as that user: " + version.err());
        assertTrue(version.out().startsWith("reading-list "), version.out());
        return asUser;
    }

    /**
     * Runs the launcher with its folders inside {@code dir}, so nothing reaches the real home: the XDG
     * folders on Linux, APPDATA and LOCALAPPDATA on Windows. (macOS takes them from the account, so
     * there the cache folder and the error log are the runner's own.)
     */
    static Result exec(List<String> prefix, Path dir, String stdin, String... args) throws Exception {
        return exec(prefix.isEmpty() ? LAUNCHER : launcherForOtherUsers(), prefix, dir, stdin, args);
    }

    /**
     * The app image where an unprivileged user can run it. The clone may sit in a folder that user
     * cannot enter (a 0700 temp folder), which would make every run as that user fail before it
     * starts, and a test that expects a failure pass for the wrong reason. Copied once per JVM.
     */
    static synchronized Path launcherForOtherUsers() throws IOException {
        if (!ROOT) {
            return LAUNCHER.toAbsolutePath();
        }
        if (sharedLauncher == null) {
            Path image = LAUNCHER.toAbsolutePath().getParent().getParent();
            Path shared = Files.createTempDirectory(Path.of("/tmp"), "reading-list-image");
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (Stream<Path> files = Files.walk(image)) {
                for (Path source : files.toList()) {
                    Path target = shared.resolve(image.relativize(source).toString());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    boolean runnable = Files.isDirectory(source) || Files.isExecutable(source);
                    Files.setPosixFilePermissions(
                            target, PosixFilePermissions.fromString(runnable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(shared)));
            sharedLauncher =
                    shared.resolve(image.relativize(LAUNCHER.toAbsolutePath()).toString());
        }
        return sharedLauncher;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException ignored) {
            // A copy left in /tmp is cleaned with /tmp.
        }
    }

    static Result exec(Path launcher, List<String> prefix, Path dir, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data-home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache-home").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config-home").toString());
        builder.environment().put("APPDATA", dir.resolve("roaming").toString());
        builder.environment().put("LOCALAPPDATA", dir.resolve("local").toString());
        builder.environment().remove("READING_LIST_DB");
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException stoppedReading) {
            // The launcher failed before it read its input; its exit code and stderr tell why.
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        try {
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
