package dev.readinglist.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readinglist.model.ReadingListException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reading thread of imports, exports and the index: order, failures on either side, and that it always ends. */
class ReadAheadTest {

    @Test
    void everyItemArrivesInOrder() {
        List<Integer> seen = new ArrayList<>();
        ReadAhead.<Integer>run("test reader", sink -> IntStream.range(0, 10_000).forEach(sink::accept), seen::add);
        assertEquals(IntStream.range(0, 10_000).boxed().toList(), seen);
    }

    @Test
    void aProducersFailureComesAfterTheItemsBeforeItAsItWasThrown() {
        ReadingListException bad = new ReadingListException("pocket.csv: line 1002, column 2 (url): not a link");
        List<Integer> seen = new ArrayList<>();
        ReadingListException thrown = assertThrows(
                ReadingListException.class,
                () -> ReadAhead.<Integer>run(
                        "test reader",
                        sink -> {
                            IntStream.range(0, 1000).forEach(sink::accept);
                            throw bad;
                        },
                        seen::add));
        assertSame(bad, thrown);
        assertEquals(IntStream.range(0, 1000).boxed().toList(), seen);
    }

    @Test
    void aConsumersFailureStopsTheProducerBeforeItReturns() {
        AtomicReference<Thread> reader = new AtomicReference<>();
        IllegalStateException full = new IllegalStateException("disk full");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> ReadAhead.<Integer>run(
                        "test reader",
                        sink -> {
                            reader.set(Thread.currentThread());
                            for (int i = 0; ; i++) { // a file without end: only the consumer's failure can stop it
                                sink.accept(i);
                            }
                        },
                        item -> {
                            if (item == 5_000) {
                                throw full;
                            }
                        }));
        assertSame(full, thrown);
        assertFalse(reader.get().isAlive(), "the reading thread has ended");
    }
}
