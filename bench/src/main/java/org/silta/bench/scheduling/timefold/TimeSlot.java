package org.silta.bench.scheduling.timefold;

/** A slot a meeting can take, in time order by {@code index}; {@code capacity} tables. */
public record TimeSlot(int index, String id, int capacity) implements Comparable<TimeSlot> {

    @Override
    public int compareTo(TimeSlot other) {
        return Integer.compare(index, other.index);
    }
}
