package dev.readinglist.platform.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch meets the window that has its library: brought forward, or told why not, never silence. */
class WindowClaimTest {

    @TempDir
    Path dir;

    @Test
    void aListeningWindowIsBroughtToTheFront() throws IOException {
        Path db = dir.resolve("rl.db");
        InstanceFiles files = InstanceFiles.in(dir.resolve("instances"), db);
        WindowClaim first = WindowClaim.claim(files, db, 5_000);
        assertEquals(WindowClaim.Outcome.OPEN, first.outcome());
        AtomicInteger activated = new AtomicInteger();
        InstanceServer server = WindowClaim.listen(first.lock(), files.socket(), handler(activated));
        assertNotNull(server);
        try {
            WindowClaim second = WindowClaim.claim(files, db, 5_000);
            assertEquals(WindowClaim.Outcome.SHOWN, second.outcome());
            assertEquals(1, activated.get());
            assertTrue(second.problem(db).isEmpty());
        } finally {
            server.close();
            first.lock().close();
        }
    }

    @Test
    void aWindowThatCannotListenIsReportedAtOnceAndFreedWhenItCloses() throws IOException {
        Path db = dir.resolve("rl.db");
        InstanceFiles files = InstanceFiles.in(dir.resolve("instances"), db);
        WindowClaim first = WindowClaim.claim(files, db, 5_000);
        assertNull(WindowClaim.listen(first.lock(), dir.resolve("missing").resolve("x.sock"), handler(null)));

        long start = System.nanoTime();
        WindowClaim second = WindowClaim.claim(files, db, 10_000);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(WindowClaim.Outcome.UNREACHABLE, second.outcome());
        assertTrue(ms < 2_000, "told at once, not after the 10 s wait: " + ms + " ms");
        String problem = second.problem(db).orElseThrow();
        assertTrue(problem.contains(db.toString()) && problem.contains("cannot be brought to the front"), problem);

        first.lock().close();
        assertFalse(InstanceLock.windowUnreachable(files.lock()));
        WindowClaim third = WindowClaim.claim(files, db, 5_000);
        assertEquals(WindowClaim.Outcome.OPEN, third.outcome(), "the mark goes with the window");
        third.lock().close();
    }

    @Test
    void aWindowThatHoldsTheLockButNeverAnswersIsReportedAfterTheWait() throws IOException {
        Path db = dir.resolve("rl.db");
        InstanceFiles files = InstanceFiles.in(dir.resolve("instances"), db);
        WindowClaim first = WindowClaim.claim(files, db, 5_000);
        try {
            WindowClaim second = WindowClaim.claim(files, db, 300);
            assertEquals(WindowClaim.Outcome.NOT_ANSWERING, second.outcome());
            assertTrue(second.problem(db).orElseThrow().contains("does not answer"));
        } finally {
            first.lock().close();
        }
    }

    /** The real thing: the window is another process, and only its lock file's bytes say what it is. */
    @Test
    void anotherProcessThatCannotListenIsReportedAtOnce() throws Exception {
        Path db = dir.resolve("other-process.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        UnreachableWindow.class.getName(),
                        db.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            InstanceFiles files = InstanceFiles.of(db);
            assertTrue(InstanceLock.windowPresent(files.lock()));
            assertTrue(InstanceLock.windowUnreachable(files.lock()));
            WindowClaim second = WindowClaim.claim(files, db, 10_000);
            assertEquals(WindowClaim.Outcome.UNREACHABLE, second.outcome());
        } finally {
            child.getOutputStream().close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        InstanceFiles files = InstanceFiles.of(db);
        assertFalse(InstanceLock.windowPresent(files.lock()));
        assertFalse(InstanceLock.windowUnreachable(files.lock()));
    }

    /** A window from before commands were handed over comes to the front as it hangs up: no wait, no "does not answer". */
    @Test
    void aSecondLaunchBesideAnOlderWindowShowsIt() throws Exception {
        Path db = dir.resolve("older.db");
        assertEquals(WindowClaim.Outcome.SHOWN, claimBeside("older", db).outcome());
    }

    /** A window killed as a second launch said hello leaves the library to that launch. */
    @Test
    void aSecondLaunchBesideAWindowKilledDuringTheHandshakeOpens() throws Exception {
        Path db = dir.resolve("dies.db");
        WindowClaim claim = claimBeside("dies", db);
        assertEquals(WindowClaim.Outcome.OPEN, claim.outcome());
        claim.lock().close();
    }

    private static WindowClaim claimBeside(String how, Path db) throws Exception {
        return ChildJvm.whileReady(MuteWindow.class.getName(), List.of(how, db.toString()), () -> {
            long start = System.nanoTime();
            WindowClaim claim = WindowClaim.claim(InstanceFiles.of(db), db, 10_000);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(ms < 5_000, "not after the 10 s wait for an answer: " + ms + " ms");
            return claim;
        });
    }

    private static InstanceServer.Handler handler(AtomicInteger activated) {
        return new InstanceServer.Handler() {
            @Override
            public void activate() {
                activated.incrementAndGet();
            }

            @Override
            public int run(Request request, CommandIo io) {
                return 0;
            }
        };
    }
}
