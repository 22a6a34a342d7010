package dev.readinglist.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchFindsTheFirstAndCallsItToTheFront() throws Exception {
        Path db = dir.resolve("reading-list.db");
        Optional<SingleInstance> first = SingleInstance.acquire(db);
        assertTrue(first.isPresent());
        CountDownLatch activated = new CountDownLatch(1);
        first.get().onActivate(activated::countDown);

        assertTrue(SingleInstance.isRunning(db));
        assertTrue(SingleInstance.acquire(db).isEmpty(), "no second writer");
        assertTrue(SingleInstance.activateRunning(db));
        assertTrue(activated.await(5, TimeUnit.SECONDS));

        assertFalse(SingleInstance.isRunning(dir.resolve("another.db")), "the lock is per library file");
        first.get().close();
        assertFalse(SingleInstance.isRunning(db));
    }
}
