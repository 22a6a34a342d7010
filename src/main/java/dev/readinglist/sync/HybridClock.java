package dev.readinglist.sync;

import java.time.Instant;

/**
 * A hybrid logical clock, as one number: milliseconds since 1970 times 65,536, plus a counter. A
 * device's next stamp is later than its wall clock and than every stamp it has issued or seen, so
 * an edit made after seeing another's always wins over it, even when the two machines' clocks disagree.
 */
public final class HybridClock {

    private static final int COUNTER_BITS = 16;

    private HybridClock() {}

    /** The stamp after {@code last} at wall time {@code wallMillis}. */
    public static long next(long last, long wallMillis) {
        return Math.max(wallMillis << COUNTER_BITS, last + 1);
    }

    /** The wall time a stamp stands for, to the millisecond. */
    public static Instant instant(long clock) {
        return Instant.ofEpochMilli(clock >>> COUNTER_BITS);
    }
}
