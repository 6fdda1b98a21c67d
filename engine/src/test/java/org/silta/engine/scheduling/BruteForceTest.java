package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On instances small enough to try every assignment, the scheduler finds the best weight, then the most participants. */
class BruteForceTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void matchesTheBestOfEveryAssignment(long seed) {
        var instance = new RandomInstances(6, 3, 6, false).generate(seed);
        var best = bruteForce(instance);

        var schedule = MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.2, seed));

        assertThat(schedule.stats().scheduledWeight()).isEqualTo(best[0]);
        assertThat(schedule.stats().participantsWithMeetings()).isEqualTo(best[1]);
        assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(best[0]);
    }

    /** The best weight and, at that weight, the most participants with a meeting. */
    private static long[] bruteForce(MeetingInstance instance) {
        var slots = instance.slots();
        var requests = instance.requests();
        int options = slots.size() + 1;
        long combinations = (long) Math.pow(options, requests.size());
        long[] best = {0, 0};
        for (long code = 0; code < combinations; code++) {
            var chosen = new int[requests.size()];
            long rest = code;
            for (int r = 0; r < chosen.length; r++) {
                chosen[r] = (int) (rest % options) - 1;
                rest /= options;
            }
            var meetings = new java.util.ArrayList<Meeting>();
            var tables = new int[slots.size()];
            for (int r = 0; r < chosen.length; r++) {
                if (chosen[r] >= 0) {
                    var slot = slots.get(chosen[r]);
                    meetings.add(new Meeting(requests.get(r).id(), slot.id(), slot.limited() ? ++tables[chosen[r]] : null));
                }
            }
            var unscheduled = requests.stream().map(MeetingRequest::id)
                    .filter(id -> meetings.stream().noneMatch(m -> m.request().equals(id))).toList();
            var candidate = new Schedule(meetings, unscheduled, List.of(), Long.MAX_VALUE, null);
            if (!ScheduleRules.violations(instance, candidate).isEmpty()) {
                continue;
            }
            long weight = 0;
            var met = new HashSet<String>();
            for (var meeting : meetings) {
                var request = requests.stream().filter(q -> q.id().equals(meeting.request())).findFirst().orElseThrow();
                weight += request.weight();
                met.addAll(request.participants());
            }
            if (weight > best[0] || weight == best[0] && met.size() > best[1]) {
                best[0] = weight;
                best[1] = met.size();
            }
        }
        return best;
    }
}
