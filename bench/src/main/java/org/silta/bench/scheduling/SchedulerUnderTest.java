package org.silta.bench.scheduling;

import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Schedule;

/** A scheduler the bench runs side by side with the others on the same instances and budgets. */
interface SchedulerUnderTest {

    String name();

    Schedule solve(MeetingInstance instance, double seconds, long seed);

    /** A re-solve after changes, warm-started from the previous schedule; pins are in the instance. */
    Schedule resolve(MeetingInstance instance, Schedule previous, double seconds, long seed);
}
