package org.silta.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock in tests: real time unless a test sets it. */
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        var at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Silta reads only instants from its clock, so the zone is not kept. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
