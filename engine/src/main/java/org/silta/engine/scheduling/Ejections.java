package org.silta.engine.scheduling;

import java.util.SplittableRandom;

/**
 * The meetings that must leave for a request to go into a slot: the members' meetings there, the
 * weakest meeting of a member who reached maxMeetings, and a light meeting of a full slot.
 * Fixed (pinned) meetings never leave.
 */
final class Ejections {

    private final Problem problem;
    private final Assignment current;
    private final SplittableRandom random;
    private final int[] ejected;
    private int ejectedCount;

    Ejections(Problem problem, Assignment current, SplittableRandom random) {
        this.problem = problem;
        this.current = current;
        this.random = random;
        int largest = java.util.Arrays.stream(problem.members).mapToInt(m -> m.length).max().orElse(0);
        ejected = new int[2 * largest + 1];
    }

    int count() {
        return ejectedCount;
    }

    int get(int i) {
        return ejected[i];
    }

    /** The meetings that must leave for r to go into s; false when a fixed meeting stands in the way. */
    boolean collect(int r, int s, boolean adds) {
        ejectedCount = 0;
        for (int p : problem.members[r]) {
            int e = current.occupant[p * problem.slots + s];
            if (e >= 0 && e != r) {
                if (current.fixed[e]) {
                    return false;
                }
                eject(e);
            }
        }
        if (adds) {
            for (int p : problem.members[r]) {
                if (current.meetings[p] - ejectedWith(p) >= problem.maxMeetings[p]) {
                    int victim = weakestMeetingOf(p, r);
                    if (victim < 0) {
                        return false;
                    }
                    eject(victim);
                }
            }
        }
        int leaving = 0;
        for (int i = 0; i < ejectedCount; i++) {
            if (current.slotOf[ejected[i]] == s) {
                leaving++;
            }
        }
        if (current.load[s] - leaving + 1 > problem.capacity[s]) {
            int victim = weakestIn(s, r);
            if (victim < 0) {
                return false;
            }
            eject(victim);
        }
        return true;
    }

    private void eject(int e) {
        for (int i = 0; i < ejectedCount; i++) {
            if (ejected[i] == e) {
                return;
            }
        }
        ejected[ejectedCount++] = e;
    }

    private boolean isEjected(int e) {
        for (int i = 0; i < ejectedCount; i++) {
            if (ejected[i] == e) {
                return true;
            }
        }
        return false;
    }

    private int ejectedWith(int p) {
        int count = 0;
        for (int i = 0; i < ejectedCount; i++) {
            for (int q : problem.members[ejected[i]]) {
                if (q == p) {
                    count++;
                }
            }
        }
        return count;
    }

    private int weakestMeetingOf(int p, int except) {
        int victim = -1;
        int ties = 0;
        for (int s = 0; s < problem.slots; s++) {
            int e = current.occupant[p * problem.slots + s];
            if (e >= 0 && e != except && !current.fixed[e] && !isEjected(e)) {
                if (victim < 0 || problem.weight[e] < problem.weight[victim]) {
                    victim = e;
                    ties = 1;
                } else if (problem.weight[e] == problem.weight[victim] && random.nextInt(++ties) == 0) {
                    victim = e;
                }
            }
        }
        return victim;
    }

    private int weakestIn(int s, int except) {
        int victim = -1;
        for (int tries = 0; tries < 6; tries++) {
            int e = current.meetingIn(s, random.nextInt(current.load[s]));
            if (e != except && !current.fixed[e] && !isEjected(e)
                    && (victim < 0 || problem.weight[e] < problem.weight[victim])) {
                victim = e;
            }
        }
        return victim;
    }
}
