package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill harness: a child JVM writes notes and read toggles; it is killed with SIGKILL at a
 * random moment; the database must then pass integrity_check and hold every write the child
 * acknowledged (or the one it was in the middle of, which may or may not have committed).
 * Rounds: 5 here, 50 with -Pbench (readinglist.crash.rounds).
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        int rounds = Integer.getInteger("readinglist.crash.rounds", 5);
        Random random = new Random(Long.getLong("readinglist.crash.seed", System.nanoTime()));
        Path db = dir.resolve("crash.db");
        Library.open(db).close();
        int acknowledged = 0;
        for (int round = 1; round <= rounds; round++) {
            acknowledged += killOnce(db, 200 + random.nextInt(1200), round);
        }
        assertTrue(acknowledged > rounds, "the child must have written something: " + acknowledged);
    }

    private int killOnce(Path db, int millis, int round) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dir.resolve("writes-" + round + ".log");
        Files.createFile(log);
        Process child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        db.toString(),
                        log.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + round + ".out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(log).contains("ack") && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(
                Files.readString(log).contains("ack"),
                "round " + round + ": the child never wrote: "
                        + Files.readString(dir.resolve("child-" + round + ".out")));
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flushing
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(log);

        Map<String, Expectation> expected = new HashMap<>();
        int acks = 0;
        {
            for (String line : lines) {
                String[] part = line.split(" ");
                if (part.length != 4) {
                    continue;
                }
                Expectation e = expected.computeIfAbsent(part[1] + " " + part[2], key -> new Expectation());
                if (part[0].equals("begin")) {
                    e.inFlight = part[3];
                } else if (part[0].equals("ack")) {
                    e.acknowledged = part[3];
                    e.inFlight = null;
                    acks++;
                }
            }
        }
        try (Library library = Library.open(db)) {
            CheckReport report = library.check();
            assertTrue(report.sound(), "round " + round + ": integrity_check after SIGKILL: " + report.problems());
            for (Map.Entry<String, Expectation> entry : expected.entrySet()) {
                String[] key = entry.getKey().split(" ");
                String actual = key[0].equals("note")
                        ? library.note(key[1]).map(note -> note.split(" ")[1]).orElse(null)
                        : Boolean.toString(library.article(key[1]).isRead());
                Expectation e = entry.getValue();
                assertTrue(
                        actual != null && (actual.equals(e.acknowledged) || actual.equals(e.inFlight))
                                || e.acknowledged == null,
                        "round " + round + ": " + entry.getKey() + " is " + actual + ", acknowledged " + e.acknowledged
                                + ", in flight " + e.inFlight);
            }
        }
        return acks;
    }

    private static final class Expectation {
        String acknowledged;
        String inFlight;
    }
}
