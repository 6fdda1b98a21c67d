package org.silta.bench.scheduling;

import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingScheduler;
import org.silta.engine.scheduling.Schedule;

/** Silta's own scheduler. */
final class SiltaScheduler implements SchedulerUnderTest {

    @Override
    public String name() {
        return "silta";
    }

    @Override
    public Schedule solve(MeetingInstance instance, double seconds, long seed) {
        return MeetingScheduler.solve(instance, new MeetingScheduler.Options(seconds, seed));
    }

    @Override
    public Schedule resolve(MeetingInstance instance, Schedule previous, double seconds, long seed) {
        return MeetingScheduler.solve(instance, new MeetingScheduler.Options(seconds, seed, previous));
    }
}
