package org.silta.bench.scheduling;

import java.util.ArrayList;
import java.util.List;

/** When a solver's best schedule got heavier during one run, counted from the start of the run. */
public final class Progress {

    private record Improvement(long nanos, long weight) {
    }

    private final long start = System.nanoTime();
    private final List<Improvement> improvements = new ArrayList<>();

    /** Records a best schedule of this weight now, if it is heavier than the last one; any thread may call. */
    public synchronized void improved(long weight) {
        if (improvements.isEmpty() || weight > improvements.getLast().weight()) {
            improvements.add(new Improvement(System.nanoTime() - start, weight));
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds until the best weight first came within {@code share} of {@code finalWeight}; NaN if it never did. */
    public synchronized double secondsToWithin(double share, long finalWeight) {
        for (var improvement : improvements) {
            if (improvement.weight() >= (1 - share) * finalWeight) {
                return improvement.nanos() / 1e9;
            }
        }
        return Double.NaN;
    }
}
