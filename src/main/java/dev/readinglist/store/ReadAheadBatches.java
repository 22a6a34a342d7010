package dev.readinglist.store;

import dev.readinglist.sync.SyncFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sync file's lines, read, checked and parsed on another thread a batch ahead of the merge that
 * writes them: a new device's first sync parses 100k article states while SQLite saves the batch
 * before. Parsing is pure, so only the parsed batches cross threads. The merge sees the file's
 * errors as it would reading the file itself: an IOException, or an IllegalStateException when the
 * file changed while it was read (after the lines before the change, so the transaction must roll back).
 */
final class ReadAheadBatches {

    /** Batches parsed ahead: two keep the reader busy while the merge writes, and bound the memory. */
    private static final int AHEAD = 2;

    private static final Object END = new Object();

    /** One batch: the lines parsed (operations or states) and how many could not be read. */
    record Batch(List<Object> parsed, int unreadable) {}

    /** Parses one line, on the reader thread; throws IllegalArgumentException for a line it cannot read. */
    @FunctionalInterface
    interface Parser {
        Object parse(String line);
    }

    /** Takes each batch in order, on the calling thread. */
    @FunctionalInterface
    interface BatchSink {
        void accept(Batch batch);
    }

    private ReadAheadBatches() {}

    /**
     * Parses the file's lines in batches of {@code size} on a reader thread, and hands each to {@code sink} here. Returns once the file is
     * read whole; the reader has stopped by the time this returns or throws.
     */
    static void forEachBatch(SyncFile file, Parser parser, int size, BatchSink sink) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader =
                Thread.ofPlatform().daemon().name("sync-read-ahead").start(() -> read(file, parser, size, queue, stop));
        try {
            while (true) {
                Object next = take(queue);
                if (next == END) {
                    return;
                }
                if (next instanceof Batch batch) {
                    sink.accept(batch);
                } else {
                    throw rethrown((Throwable) next);
                }
            }
        } finally {
            stop.set(true);
            queue.clear();
            join(reader);
        }
    }

    private static void read(SyncFile file, Parser parser, int size, BlockingQueue<Object> queue, AtomicBoolean stop) {
        try {
            List<Object> parsed = new ArrayList<>(size);
            int[] unreadable = {0};
            file.forEachLine(line -> {
                try {
                    parsed.add(parser.parse(line));
                } catch (IllegalArgumentException e) {
                    unreadable[0]++; // a line a later version wrote, or a damaged one
                }
                if (parsed.size() + unreadable[0] >= size) {
                    put(queue, new Batch(List.copyOf(parsed), unreadable[0]), stop);
                    parsed.clear();
                    unreadable[0] = 0;
                }
            });
            put(queue, new Batch(List.copyOf(parsed), unreadable[0]), stop);
            put(queue, END, stop);
        } catch (Stopped e) {
            // the merge gave up; nobody waits for more
        } catch (IOException | RuntimeException | Error e) {
            try {
                put(queue, e, stop);
            } catch (Stopped ignored) {
                // the merge gave up meanwhile
            }
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the sync file was read", e);
        }
    }

    private static IOException rethrown(Throwable thrown) {
        if (thrown instanceof IOException io) {
            return io;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) thrown;
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown on the reader thread when the merge stopped taking batches. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
