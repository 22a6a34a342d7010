package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ChildJvm;
import dev.readinglist.Main;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.CheckReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared-library torture test: a window process (headless, with a thread that opens and closes
 * the library's files as GIO's sniffing does), command lines and an sqlite3 shell all write to
 * one library, and the window is killed with SIGKILL at a random moment. After each round the file
 * passes integrity_check, every write any side acknowledged is in it, and no process ever held a
 * deleted -wal or -shm. Rounds: 5 here, 50 with -Pbench (readinglist.torture.rounds).
 */
class SharedLibraryTortureTest {

    static final List<String> ARTICLES = List.of(
            "caching-strategies-production-guide",
            "distributed-systems-algorithms-production-guide",
            "rate-limiting-algorithms-production-guide");
    static final String CLI_ARTICLE = "grpc-high-performance-rpc-tutorial";

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhileWindowCommandLinesAndTheShellShareALibrary() throws Exception {
        assertTrue(SqliteShell.available(), "the sqlite3 shell is needed (apt-get install sqlite3)");
        int rounds = Integer.getInteger("readinglist.torture.rounds", 5);
        Random random = new Random(Long.getLong("readinglist.torture.seed", System.nanoTime()));
        List<String> figures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            figures.add(round(round, 1500 + random.nextInt(2500)).toString());
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "torture-figures.txt"), String.join("\n", figures) + "\n");
    }

    /**
     * What one round did: acknowledged writes per side, failed command lines and what each said (a
     * line the figures keep, so that a failure the test allows can still be read), and when the window died.
     */
    record Round(int round, int window, int commands, int refused, int shell, int killedAfterMs, List<String> said) {}

    private Round round(int round, int killAfterMs) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("round-" + round));
        Path db = folder.resolve("lib.db");
        Library.open(db).close();
        SqliteShell.run(db, "CREATE TABLE torture_shell (n INTEGER PRIMARY KEY);");

        Process window = java(null, "dev.readinglist.ui.TortureWindow", db.toString(), String.join(",", ARTICLES));
        Set<Integer> windowAcks = ConcurrentHashMap.newKeySet();
        List<String> windowSaid = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> readAcks(window, windowAcks, windowSaid, ready));
        assertTrue(
                ready.await(60, TimeUnit.SECONDS),
                "round " + round + ": the window never opened the library: " + windowSaid);

        AtomicBoolean stop = new AtomicBoolean();
        Set<Integer> commandAcks = ConcurrentHashMap.newKeySet();
        List<String> refused = new ArrayList<>();
        Thread commands = Thread.ofPlatform().start(() -> commandLines(db, stop, commandAcks, refused));
        Set<Integer> shellAcks = ConcurrentHashMap.newKeySet();
        Thread shell = Thread.ofPlatform().start(() -> shellWrites(db, stop, shellAcks));
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        Thread watch = Thread.ofPlatform().daemon().start(() -> watchForDeleted(window, deleted));

        Thread.sleep(killAfterMs);
        // On a loaded machine the sides start slowly: the kill waits until each has written (never for ever).
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((windowAcks.size() <= 10 || commandAcks.isEmpty()) && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        window.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        assertTrue(window.waitFor(10, TimeUnit.SECONDS));
        Thread.sleep(700); // command lines and the shell go on without the window
        stop.set(true);
        commands.join(60_000);
        shell.join(60_000);
        watch.interrupt();

        assertEquals(Set.of(), deleted, "round " + round + ": the window held a deleted -wal or -shm");
        try (Library library = Library.open(db)) {
            CheckReport report = library.check();
            assertTrue(report.sound(), "round " + round + ": " + report.problems());
            Set<String> tags = new HashSet<>();
            for (String id : ARTICLES) {
                tags.addAll(library.article(id).userTags());
            }
            for (int seq : windowAcks) {
                assertTrue(tags.contains("w" + seq), "round " + round + ": the window's acknowledged w" + seq);
            }
            Article cli = library.article(CLI_ARTICLE);
            for (int seq : commandAcks) {
                assertTrue(cli.userTags().contains("c" + seq), "round " + round + ": the command line's c" + seq);
            }
        }
        Set<Integer> rows = SqliteShell.integers(db, "SELECT n FROM torture_shell;");
        assertTrue(rows.containsAll(shellAcks), "round " + round + ": the shell's acknowledged rows");
        assertTrue(
                windowAcks.size() > 10 && !commandAcks.isEmpty() && shellAcks.size() > 10,
                "round " + round + ": every side wrote: " + windowAcks.size() + " " + commandAcks.size() + " "
                        + shellAcks.size() + "; refused " + refused);
        List<String> said = refused.stream()
                .map(line -> line.replaceAll("\\s+", " "))
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line)
                .toList();
        return new Round(
                round, windowAcks.size(), commandAcks.size(), refused.size(), shellAcks.size(), killAfterMs, said);
    }

    private static void readAcks(Process window, Set<Integer> acks, List<String> other, CountDownLatch ready) {
        try (BufferedReader out = window.inputReader(StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("W ")) {
                    acks.add(Integer.parseInt(line.substring(2)));
                } else {
                    synchronized (other) {
                        other.add(line);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The window was killed mid-line: that line was never an acknowledgement.
        }
    }

    /** Command lines, one process each, tagging an article: handed to the window while it lives, then run alone. */
    private void commandLines(Path db, AtomicBoolean stop, Set<Integer> acks, List<String> refused) {
        for (int seq = 1; !stop.get(); seq++) {
            try {
                Path out = dir.resolve("cli-" + db.getParent().getFileName() + "-" + seq + ".out");
                Process cli =
                        java(out, Main.class.getName(), "--db", db.toString(), "tag", CLI_ARTICLE, "--add", "c" + seq);
                if (cli.waitFor(60, TimeUnit.SECONDS) && cli.exitValue() == 0) {
                    acks.add(seq);
                } else {
                    refused.add(seq + ": " + Files.readString(out).strip());
                }
            } catch (IOException | InterruptedException e) {
                refused.add(seq + ": " + e);
            }
        }
    }

    /** The sqlite3 shell, opened and closed again and again: its close is when it would checkpoint and delete the WAL. */
    private static void shellWrites(Path db, AtomicBoolean stop, Set<Integer> acks) {
        int n = 0;
        while (!stop.get()) {
            try {
                Process shell = new ProcessBuilder("sqlite3", "-bail", db.toString())
                        .redirectErrorStream(true)
                        .start();
                try (PrintWriter in = new PrintWriter(shell.outputWriter(StandardCharsets.UTF_8), true);
                        BufferedReader out = shell.inputReader(StandardCharsets.UTF_8)) {
                    in.println(".timeout 10000");
                    for (int i = 0; i < 10 && !stop.get(); i++) {
                        n++;
                        in.println("INSERT INTO torture_shell VALUES (" + n + ");");
                        in.println(".print ack " + n);
                        String line = out.readLine();
                        if (line == null || !line.equals("ack " + n)) {
                            break; // -bail: the shell stopped at an error, and printed it instead
                        }
                        acks.add(n);
                    }
                    in.println(".quit");
                }
                shell.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /** Any descriptor of the window's on a deleted -wal or -shm: the failure the issue found. */
    private static void watchForDeleted(Process window, Set<String> deleted) {
        Path fds = Path.of("/proc", Long.toString(window.pid()), "fd");
        while (window.isAlive() && !Thread.currentThread().isInterrupted()) {
            try (Stream<Path> links = Files.list(fds)) {
                for (Path link : links.toList()) {
                    String target = readLink(link);
                    if ((target.contains("-wal") || target.contains("-shm")) && target.endsWith("(deleted)")) {
                        deleted.add(target);
                    }
                }
                Thread.sleep(20);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException gone) {
            return "";
        }
    }

    private static Process java(Path out, String mainClass, String... args) throws IOException {
        return ChildJvm.start(out, mainClass, args);
    }
}
