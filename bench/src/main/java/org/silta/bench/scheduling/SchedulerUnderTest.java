package org.silta.bench.scheduling;

import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Schedule;

/** A scheduler the bench runs side by side with the others on the same instances and budgets. */
public interface SchedulerUnderTest {

    String name();

    /**
     * Schedules within {@code seconds} of wall-clock time, counted from this call, and tells
     * {@code progress} the weight of each heavier schedule it finds. {@code warmStart} (may be null) is
     * a previous schedule of a changed instance whose published meetings are pinned in it. Returns null
     * when the solver found no schedule at all within the budget.
     */
    Schedule solve(MeetingInstance instance, Schedule warmStart, double seconds, long seed, Progress progress);
}
