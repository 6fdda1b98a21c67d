package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulePropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everyScheduleKeepsTheRulesAndStaysWithinItsBound(long seed) {
        var instance = new RandomInstances(25, 8, 60, true).generate(seed);

        var schedule = MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.15, seed));

        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
        assertThat(schedule.stats().scheduledWeight()).isLessThanOrEqualTo(schedule.upperBound());
    }
}
