package org.silta.bench.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.silta.engine.scheduling.Meeting;
import org.silta.engine.scheduling.Schedule;
import org.silta.engine.scheduling.ScheduleStats;

/**
 * Turns a peer's answer (a slot per request) into a contract result: tables numbered 1..capacity per
 * slot, keeping a warm start's table where a meeting keeps its slot, the pin conflicts, the peer's own
 * upper bound and the objective's figures.
 */
public final class PeerSchedules {

    private PeerSchedules() {
    }

    /** {@code slotOf[r]} is request r's slot index, -1 when unscheduled. */
    public static Schedule of(PeerProblem problem, int[] slotOf, Schedule warmStart, long upperBound, double seconds) {
        var tables = tables(problem, slotOf, warmStart);
        var meetings = new ArrayList<Meeting>();
        var unscheduled = new ArrayList<String>();
        long weight = 0;
        var slotsOf = new ArrayList<ArrayList<Integer>>();
        IntStream.range(0, problem.participants).forEach(p -> slotsOf.add(new ArrayList<>()));
        for (int r = 0; r < problem.requests; r++) {
            int s = slotOf[r];
            if (s < 0) {
                unscheduled.add(problem.requestId(r));
                continue;
            }
            meetings.add(new Meeting(problem.requestId(r), problem.slotId(s), problem.limited(s) ? tables[r] : null));
            weight += problem.weight[r];
            for (int p : problem.members[r]) {
                slotsOf.get(p).add(s);
            }
        }
        int met = 0;
        int idle = 0;
        for (int p = 0; p < problem.participants; p++) {
            met += slotsOf.get(p).isEmpty() ? 0 : 1;
            idle += problem.idleGaps(p, slotsOf.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
        }
        double gap = upperBound == 0 ? 0 : (double) (upperBound - weight) / upperBound;
        var stats = new ScheduleStats(weight, meetings.size(), met, idle, gap, weight >= upperBound, seconds);
        return new Schedule(meetings, unscheduled, problem.conflicts, upperBound, stats);
    }

    /** The weight of every request that has a slot to go to: the plainest upper bound. */
    public static long schedulableWeight(PeerProblem problem) {
        long total = 0;
        for (int r = 0; r < problem.requests; r++) {
            boolean canGo = problem.pinned[r] ? problem.heldPin[r] >= 0 : problem.allowed[r].length > 0;
            total += canGo ? problem.weight[r] : 0;
        }
        return total;
    }

    private static int[] tables(PeerProblem problem, int[] slotOf, Schedule warmStart) {
        var table = new int[problem.requests];
        var taken = new ArrayList<HashSet<Integer>>();
        IntStream.range(0, problem.slots).forEach(s -> taken.add(new HashSet<>()));
        if (warmStart != null) {
            var previous = new HashMap<String, Meeting>();
            warmStart.meetings().forEach(m -> previous.put(m.request(), m));
            for (int r = 0; r < problem.requests; r++) {
                var meeting = previous.get(problem.requestId(r));
                int s = slotOf[r];
                if (s >= 0 && meeting != null && meeting.table() != null && meeting.slot().equals(problem.slotId(s))
                        && meeting.table() <= problem.slot[s].capacity() && taken.get(s).add(meeting.table())) {
                    table[r] = meeting.table();
                }
            }
        }
        var next = new int[problem.slots];
        for (int r = 0; r < problem.requests; r++) {
            int s = slotOf[r];
            if (s >= 0 && table[r] == 0) {
                do {
                    next[s]++;
                } while (taken.get(s).contains(next[s]));
                table[r] = next[s];
            }
        }
        return table;
    }
}
