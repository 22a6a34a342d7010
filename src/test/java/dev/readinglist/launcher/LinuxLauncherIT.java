package dev.readinglist.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux image's own launcher (installers/linux/launcher.sh): it starts without asking a package
 * manager about itself, as jpackage's launcher does on every start, and it works as users call it,
 * through a symlink on the PATH, with any argument passed through unchanged.
 */
class LinuxLauncherIT {

    private static final Path LAUNCHER = AppImage.built().launcher().toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void onLinux() {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "the launcher script is Linux's");
    }

    @Test
    void startsWithoutAskingRpmOrDpkgWhoOwnsIt() throws Exception {
        Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path asked = dir.resolve("asked");
        for (String tool : List.of("rpm", "dpkg")) {
            Path script = fakeBin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + asked + "'\nexit 1\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        String path = fakeBin + ":" + System.getenv("PATH");
        List<String> out = run(LAUNCHER, path, "--version");

        assertEquals("0", out.get(0), out.get(2));
        assertTrue(out.get(1).startsWith("reading-list "), out.get(1));
        assertFalse(Files.exists(asked), () -> "the launcher ran: " + read(asked));
    }

    @Test
    void aSymlinkOnThePathRunsItWithEveryArgumentAsTyped() throws Exception {
        Path link = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("usr-local-bin")).resolve("reading-list"), LAUNCHER);
        String db = dir.resolve("a library with spaces.db").toString();
        String note = "a $APPDIR \"q\" * \\ end  $HOME ${x} 'y'";

        List<String> set = run(
                link, System.getenv("PATH"), "--db", db, "note", "caching-strategies-production-guide", "--set", note);
        assertEquals("0", set.get(0), set.get(2));
        List<String> shown =
                run(link, System.getenv("PATH"), "--db", db, "note", "caching-strategies-production-guide");

        assertEquals("0", shown.get(0), shown.get(2));
        assertEquals(note + "\n", shown.get(1));
    }

    /**
     * A window left open all day must not drain a laptop. Once the heap has been collected, G1's
     * concurrent refinement thread wakes every 50 ms for good; the image runs G1 without one. And
     * it compiles with C1 alone: C2 took one of a laptop's two cores while the window started.
     */
    @Test
    void theImagesJvmRunsNoConcurrentRefinementThreadAndNoC2Compiler() throws Exception {
        String db = dir.resolve("threads.db").toString();
        String id = "caching-strategies-production-guide";
        assertEquals(
                "0",
                run(LAUNCHER, System.getenv("PATH"), "--db", db, "mark-read", id)
                        .get(0));
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--db", db, "note", id, "--set", "-");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data-home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache-home").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config-home").toString());
        // The note waits for its text on stdin, so the JVM stays up while its threads are read.
        Process waiting = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Path tasks = Path.of("/proc", String.valueOf(waiting.pid()), "task");
            List<String> threads = threadNames(tasks);
            for (int i = 0; i < 600 && !threads.contains("Common-Cleaner"); i++) {
                Thread.sleep(50);
                threads = threadNames(tasks);
            }
            List<String> named = threads;
            assertTrue(named.contains("G1 Service"), () -> "not a started G1 JVM: " + named);
            assertFalse(named.stream().anyMatch(name -> name.startsWith("G1 Refine")), named::toString);
            assertTrue(named.stream().anyMatch(name -> name.startsWith("C1 CompilerThre")), named::toString);
            assertFalse(named.stream().anyMatch(name -> name.startsWith("C2 CompilerThre")), named::toString);
        } finally {
            waiting.getOutputStream().close();
            if (!waiting.waitFor(60, TimeUnit.SECONDS)) {
                waiting.destroyForcibly();
            }
        }
        assertEquals(0, waiting.exitValue());
    }

    private static List<String> threadNames(Path tasks) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> each = Files.list(tasks)) {
            for (Path task : each.toList()) {
                names.add(read(task.resolve("comm")).strip());
            }
        }
        return names;
    }

    /** Exit code, stdout and stderr of the launcher run with this PATH and folders inside the temp folder. */
    private List<String> run(Path launcher, String path, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", path);
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data-home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache-home").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config-home").toString());
        builder.environment().remove("READING_LIST_DB");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return List.of(String.valueOf(process.exitValue()), read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
