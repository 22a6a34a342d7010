package dev.readinglist.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock every device of a test shares, a millisecond later each time it is read: the devices'
 * hybrid clocks, and so every tie between their edits, come out the same in every replay of a run.
 * A longer step makes each write of a test a later second than the one before, as a user's are.
 */
public final class TickingClock extends Clock {

    private final long step;
    private long millis;

    TickingClock(Instant start) {
        this(start, Duration.ofMillis(1));
    }

    public TickingClock(Instant start, Duration step) {
        this.millis = start.toEpochMilli();
        this.step = step.toMillis();
    }

    @Override
    public synchronized long millis() {
        millis += step;
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock is UTC");
    }
}
