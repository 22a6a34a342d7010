package dev.readinglist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.sync.Ops;
import dev.readinglist.sync.SyncFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging a file that the sync tool replaces while it is read, on the reader thread that parses it
 * ahead of the merge: whatever of it was merged is rolled back, and the file is read again next time.
 */
class SyncStoreTest {

    static final int LINES = 5_003;

    @TempDir
    Path dir;

    @Test
    void aFileReplacedWhileItWasMergedChangesNothingAndIsReadAgainNextTime() throws IOException {
        try (LibraryDatabase database = LibraryDatabase.open(dir.resolve("lib.db"))) {
            SyncStore store =
                    new SyncStore(database, new SyncLog(() -> new Device("d2", "desktop"), Clock.systemUTC()));
            byte[] checked = file(database.libraryId(), "2026-12-01T10:00:00Z");
            byte[] replaced = file(database.libraryId(), "2026-12-01T11:00:00Z");
            AtomicInteger opens = new AtomicInteger();
            SyncFile changing = SyncFile.read(
                            () -> new ByteArrayInputStream(opens.getAndIncrement() == 0 ? checked : replaced))
                    .file();

            ReadingListException thrown = assertThrows(
                    ReadingListException.class,
                    () -> store.merge(List.of(new SyncStore.Incoming("laptop", "ops-1.jsonl", changing))));

            assertEquals(
                    "laptop/ops-1.jsonl in the sync folder changed while it was read; the next sync reads it again",
                    thrown.getMessage());
            assertEquals(Set.of(), store.mergedFiles());
            assertFalse(store.everSynced(), "no state of the file's 5,003 articles was kept");

            SyncFile whole =
                    SyncFile.read(() -> new ByteArrayInputStream(replaced)).file();
            SyncStore.Merged merged = store.merge(List.of(new SyncStore.Incoming("laptop", "ops-1.jsonl", whole)));
            assertEquals(LINES, merged.operations());
            assertEquals(Set.of("laptop/ops-1.jsonl"), store.mergedFiles());
            assertTrue(store.everSynced());
        }
    }

    /** A segment of read marks on articles this library has never seen. */
    private static byte[] file(String library, String readAt) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(Ops.read(new Ops.Head("op" + i, 1_000L + i, "d1", "r" + i), Instant.parse(readAt))
                    .toLine());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyncFile.write(out, SyncFile.header(SyncFile.OPS, library, "d1"), lines);
        return out.toByteArray();
    }
}
