package dev.readinglist.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs a producer on its own thread a few batches ahead of a consumer on the caller's thread, so
 * that on two cores they overlap: an import parses its file while SQLite writes, an export reads
 * SQLite while the CSV is written, the window's index is built while SQLite is read. The first
 * failure on either side ends both: a producer's exception is rethrown here as it was thrown,
 * after the items before it; a consumer's stops the producer. Either way the producer has ended
 * on return. An interrupt of the caller ends both too, with {@link CancellationException}.
 */
public final class ReadAhead {

    private static final int BATCH = 512;
    /** Batches the producer may run ahead: enough to ride out a slow write, few enough that a big file is never held whole. */
    private static final int AHEAD = 4;

    private record End(Throwable failure) {}

    /** Thrown inside the producer once the consumer has given up, to unwind it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {}

    /** Feeds everything {@code producer} makes, on a thread called {@code name}, to {@code consumer} on this one. */
    public static <T> void run(String name, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread thread = Thread.ofPlatform().name(name).daemon().start(() -> produce(producer, queue));
        boolean finished = false;
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    finished = true;
                    rethrow(end.failure());
                    return;
                }
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                batch.forEach(consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while " + name + " was running");
        } finally {
            if (!finished) {
                thread.interrupt();
            }
            awaitEnd(thread);
        }
    }

    private static <T> void produce(Consumer<Consumer<T>> producer, BlockingQueue<Object> queue) {
        List<List<T>> current = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        Throwable failure = null;
        try {
            producer.accept(item -> {
                List<T> batch = current.getFirst();
                batch.add(item);
                if (batch.size() == BATCH) {
                    put(queue, batch);
                    current.set(0, new ArrayList<>(BATCH));
                }
            });
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            failure = e;
        }
        try {
            queue.put(current.getFirst()); // the items before a failure are handed on too, in order
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            // the consumer has given up and is not reading any more
        }
    }

    private static void put(BlockingQueue<Object> queue, Object batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
