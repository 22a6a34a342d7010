package dev.readinglist.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock every device of a test shares, a millisecond later each time it is read: the devices'
 * hybrid clocks, and so every tie between their edits, come out the same in every replay of a run.
 */
final class TickingClock extends Clock {

    private long millis;

    TickingClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    @Override
    public synchronized long millis() {
        return ++millis;
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
