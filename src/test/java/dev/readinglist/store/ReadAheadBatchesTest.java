package dev.readinglist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.sync.Op;
import dev.readinglist.sync.Ops;
import dev.readinglist.sync.SyncFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sync file parsed on a reader thread a batch ahead of the merge: the merge must see it as if it read it itself. */
class ReadAheadBatchesTest {

    static final int LINES = 5_003;
    static final int BATCH = 500;

    @Test
    void everyLineArrivesOnceInOrderAndUnreadableLinesAreCounted() throws IOException {
        List<String> lines = opLines(LINES);
        lines.add(1_234, "not an operation");
        lines.add(4_000, "{\"op\": \"from a later version\"");
        SyncFile file = complete(bytes(lines));

        List<String> seen = new ArrayList<>();
        int[] unreadable = {0};
        List<Integer> sizes = new ArrayList<>();
        ReadAheadBatches.forEachBatch(file, Op::fromLine, BATCH, batch -> {
            batch.parsed().forEach(each -> seen.add(((Op) each).id()));
            unreadable[0] += batch.unreadable();
            sizes.add(batch.parsed().size() + batch.unreadable());
        });

        assertEquals(ids(LINES), seen);
        assertEquals(2, unreadable[0]);
        assertTrue(sizes.stream().allMatch(size -> size <= BATCH), sizes.toString());
        assertFalse(readerAlive());
    }

    @Test
    void aFileReplacedWhileItWasReadFailsAfterTheLinesBeforeTheChange() throws IOException {
        byte[] checked = bytes(opLines(LINES));
        List<String> replaced = opLines(LINES);
        replaced.set(LINES - 10, replaced.get(LINES - 10).replace("2026", "2027"));
        byte[] read = bytes(replaced);
        AtomicInteger opens = new AtomicInteger();
        SyncFile file = SyncFile.read(() -> new ByteArrayInputStream(opens.getAndIncrement() == 0 ? checked : read))
                .file();

        AtomicInteger merged = new AtomicInteger();
        assertThrows(
                IllegalStateException.class,
                () -> ReadAheadBatches.forEachBatch(
                        file,
                        Op::fromLine,
                        BATCH,
                        batch -> merged.addAndGet(batch.parsed().size())));
        assertTrue(merged.get() >= LINES - BATCH, "the digest is known only at the end: the merge must roll back");
        assertFalse(readerAlive());
    }

    @Test
    void aMergeThatFailsStopsTheReaderBeforeItReturns() throws IOException {
        SyncFile file = complete(bytes(opLines(LINES)));
        IllegalArgumentException failure = new IllegalArgumentException("the disk is full");
        AtomicInteger batches = new AtomicInteger();

        IllegalArgumentException thrown = assertThrows(
                IllegalArgumentException.class,
                () -> ReadAheadBatches.forEachBatch(file, Op::fromLine, BATCH, batch -> {
                    batches.incrementAndGet();
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(1, batches.get());
        assertFalse(readerAlive(), "the reader stops with the merge, and closes the file");
    }

    @Test
    void aFileThatCannotBeReadAgainReportsWhy() throws IOException {
        byte[] whole = bytes(opLines(20));
        AtomicInteger opens = new AtomicInteger();
        SyncFile file = SyncFile.read(() -> {
                    if (opens.getAndIncrement() > 0) {
                        throw new IOException("Permission denied");
                    }
                    return new ByteArrayInputStream(whole);
                })
                .file();

        IOException thrown = assertThrows(
                IOException.class, () -> ReadAheadBatches.forEachBatch(file, Op::fromLine, BATCH, batch -> {}));
        assertEquals("Permission denied", thrown.getMessage());
    }

    private static List<String> opLines(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(Ops.read(
                            new Ops.Head("op" + i, 1_000L + i, "laptop", "r" + i),
                            Instant.parse("2026-12-01T10:00:00Z"))
                    .toLine());
        }
        return lines;
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("op" + i);
        }
        return ids;
    }

    private static byte[] bytes(List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyncFile.write(out, SyncFile.header(SyncFile.OPS, "library", "laptop"), lines);
        return out.toByteArray();
    }

    private static SyncFile complete(byte[] bytes) throws IOException {
        SyncFile.Read read = SyncFile.read(() -> new ByteArrayInputStream(bytes));
        assertEquals(SyncFile.Check.COMPLETE, read.check());
        return read.file();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("sync-read-ahead") && thread.isAlive());
    }
}
