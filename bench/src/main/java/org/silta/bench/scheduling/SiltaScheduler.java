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
    public Schedule solve(MeetingInstance instance, Schedule warmStart, double seconds, long seed, Progress progress) {
        return MeetingScheduler.solve(instance, new MeetingScheduler.Options(seconds, seed, warmStart, progress::improved));
    }
}
