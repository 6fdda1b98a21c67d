package org.silta.engine.scheduling;

import java.util.SplittableRandom;

/**
 * The objective's third step: with the set of meetings fixed (so weight and participants who meet
 * stay as they are), moves meetings between slots to shrink idle gaps. An idle gap is a slot a
 * participant is available in but spends without a meeting between two of their meetings on the
 * same local day.
 */
final class GapCompaction {

    private final Problem problem;
    private final Assignment assignment;
    private final SplittableRandom random;

    GapCompaction(Problem problem, Assignment assignment, long seed) {
        this.problem = problem;
        this.assignment = assignment;
        this.random = new SplittableRandom(seed);
    }

    static int idleGaps(Problem problem, Assignment assignment) {
        int total = 0;
        for (int p = 0; p < problem.participants; p++) {
            total += idle(problem, assignment, p);
        }
        return total;
    }

    /** Moves meetings to slots where no member ends up with more idle gaps, until the deadline. */
    void run(long deadline) {
        int[] movable = java.util.stream.IntStream.range(0, problem.requests)
                .filter(r -> assignment.slotOf[r] >= 0 && !assignment.fixed[r]).toArray();
        if (movable.length == 0) {
            return;
        }
        long budget = 60L * movable.length;
        for (long step = 0; step < budget; step++) {
            if ((step & 255) == 0 && System.nanoTime() >= deadline) {
                return;
            }
            int r = movable[random.nextInt(movable.length)];
            int[] options = problem.allowed[r];
            int to = options[random.nextInt(options.length)];
            int from = assignment.slotOf[r];
            if (to == from || !fitsMoving(r, to)) {
                continue;
            }
            int before = membersIdle(r);
            assignment.remove(r);
            assignment.place(r, to);
            if (membersIdle(r) > before) {
                assignment.remove(r);
                assignment.place(r, from);
            }
            assignment.commit();
        }
    }

    private boolean fitsMoving(int r, int s) {
        if (assignment.load[s] >= problem.capacity[s]) {
            return false;
        }
        for (int p : problem.members[r]) {
            if (assignment.occupant[p * problem.slots + s] >= 0) {
                return false;
            }
        }
        return true;
    }

    private int membersIdle(int r) {
        int total = 0;
        for (int p : problem.members[r]) {
            total += idle(problem, assignment, p);
        }
        return total;
    }

    private static int idle(Problem problem, Assignment assignment, int p) {
        int idle = 0;
        int pending = 0;
        boolean met = false;
        long today = Long.MIN_VALUE;
        for (int s = 0; s < problem.slots; s++) {
            int at = p * problem.slots + s;
            if (problem.day[at] != today) {
                today = problem.day[at];
                met = false;
                pending = 0;
            }
            if (assignment.occupant[at] >= 0) {
                if (met) {
                    idle += pending;
                }
                met = true;
                pending = 0;
            } else if (met && problem.available[at]) {
                pending++;
            }
        }
        return idle;
    }
}
