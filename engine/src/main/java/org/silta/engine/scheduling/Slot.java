package org.silta.engine.scheduling;

import java.time.Instant;

/** A time slot: {@code capacity} meetings can run at once, {@link #UNLIMITED} when nothing limits them. */
public record Slot(String id, Instant start, int minutes, int capacity) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Slot(String id, Instant start, int minutes) {
        this(id, start, minutes, UNLIMITED);
    }

    public boolean limited() {
        return capacity != UNLIMITED;
    }
}
