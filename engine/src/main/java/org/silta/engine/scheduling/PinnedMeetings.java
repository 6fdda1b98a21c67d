package org.silta.engine.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Holds the pinned (already published) meetings that can still be held and explains the others.
 * Heavier pins are held first; a pin is dropped only when the rules leave no room for it.
 */
final class PinnedMeetings {

    private PinnedMeetings() {
    }

    /** Places the holdable pins in the assignment, fixed, and returns the conflicts of the rest. */
    static List<Conflict> hold(Problem problem, Assignment assignment) {
        var conflicts = new ArrayList<Conflict>();
        var pinned = IntStream.range(0, problem.requests).filter(r -> problem.pin[r] >= 0).boxed()
                .sorted(Comparator.<Integer>comparingInt(r -> -problem.weight[r]).thenComparingInt(r -> r))
                .toList();
        for (int r : pinned) {
            var reason = reason(problem, assignment, r, problem.pin[r]);
            if (reason == null) {
                assignment.place(r, problem.pin[r]);
                assignment.fixed[r] = true;
            } else {
                conflicts.add(new Conflict(problem.requestId(r), reason));
            }
        }
        assignment.commit();
        conflicts.sort(Comparator.comparing(Conflict::request));
        return conflicts;
    }

    private static String reason(Problem problem, Assignment assignment, int r, int s) {
        var slotId = problem.slotId(s);
        for (int p : problem.members[r]) {
            if (!problem.available[p * problem.slots + s]) {
                return problem.participantId(p) + " is not available in " + slotId;
            }
        }
        for (int p : problem.members[r]) {
            int other = assignment.occupant[p * problem.slots + s];
            if (other >= 0) {
                return problem.participantId(p) + " also has pinned meeting " + problem.requestId(other)
                        + " in " + slotId;
            }
        }
        for (int p : problem.members[r]) {
            if (problem.maxMeetings[p] == 0) {
                return problem.participantId(p) + " may have no meetings (maxMeetings is 0)";
            }
            if (assignment.meetings[p] >= problem.maxMeetings[p]) {
                return problem.participantId(p) + " may have at most " + meetings(problem.maxMeetings[p])
                        + " and other pinned meetings already fill them";
            }
        }
        if (assignment.load[s] >= problem.capacity[s]) {
            return slotId + " holds at most " + meetings(problem.capacity[s])
                    + " and other pinned meetings already fill it";
        }
        return null;
    }

    private static String meetings(int count) {
        return count + (count == 1 ? " meeting" : " meetings");
    }
}
