package org.silta.bench.scheduling;

import java.util.ArrayList;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Schedule;
import org.silta.engine.scheduling.ScheduleRules;

/**
 * One solver run: its schedule (null when it found none), the reference bound its gap is measured
 * against, wall-clock seconds, seconds until it first came within 1% of its own final weight, and
 * what {@link ScheduleRules} says of the result.
 */
record BenchRow(String solver, Schedule schedule, long bound, double seconds, double toWithinOnePercent, String rules) {

    private static final String FORMAT = "%-9s %9s %9s %7s %8s %8s %6s %6s %9s  %s%n";

    /** Runs the scheduler; a negative {@code referenceBound} means the run's own bound is the reference. */
    static BenchRow run(SchedulerUnderTest scheduler, MeetingInstance instance, Schedule warmStart, double budget,
                        long seed, long referenceBound) {
        var progress = new Progress();
        var schedule = scheduler.solve(instance, warmStart, budget, seed, progress);
        double seconds = progress.elapsedSeconds();
        if (schedule == null) {
            return new BenchRow(scheduler.name(), null, referenceBound, seconds, Double.NaN, "no solution within budget");
        }
        long weight = schedule.stats().scheduledWeight();
        progress.improved(weight);
        long bound = referenceBound < 0 ? schedule.upperBound() : referenceBound;
        var broken = new ArrayList<>(ScheduleRules.violations(instance, schedule));
        if (weight > bound) {
            broken.add("weight " + weight + " exceeds the reference bound " + bound);
        }
        return new BenchRow(scheduler.name(), schedule, bound, seconds, progress.secondsToWithin(0.01, weight),
                broken.isEmpty() ? "ok" : broken.size() + " broken, first: " + broken.getFirst());
    }

    static void header() {
        System.out.printf(FORMAT, "solver", "weight", "bound", "gap%", "to 1% s", "seconds", "met", "idle", "own bound",
                "rules");
    }

    long weight() {
        return schedule == null ? -1 : schedule.stats().scheduledWeight();
    }

    void print() {
        if (schedule == null) {
            System.out.printf(FORMAT, solver, "-", bound, "-", "-", String.format("%.2f", seconds), "-", "-", "-", rules);
            return;
        }
        var stats = schedule.stats();
        System.out.printf(FORMAT, solver, stats.scheduledWeight(), bound,
                String.format("%.3f", bound == 0 ? 0 : 100.0 * (bound - stats.scheduledWeight()) / bound),
                String.format("%.2f", toWithinOnePercent), String.format("%.2f", seconds), stats.participantsWithMeetings(),
                stats.idleGaps(), schedule.upperBound(), rules);
    }
}
