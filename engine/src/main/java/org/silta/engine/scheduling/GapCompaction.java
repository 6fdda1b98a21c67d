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

    /**
     * Moves a meeting to a free slot, or swaps the slots of two meetings a participant shares in,
     * keeping a change when no member ends up with more idle gaps; stops at the deadline or when
     * changes stop helping.
     */
    void run(long deadline) {
        int[] movable = java.util.stream.IntStream.range(0, problem.requests)
                .filter(r -> assignment.slotOf[r] >= 0 && !assignment.fixed[r]).toArray();
        if (movable.length == 0) {
            return;
        }
        long quiet = 0;
        for (long step = 0; quiet < 40L * movable.length; step++, quiet++) {
            if ((step & 255) == 0 && System.nanoTime() >= deadline) {
                return;
            }
            int r = movable[random.nextInt(movable.length)];
            int gain = random.nextBoolean() ? move(r) : swap(r);
            if (gain > 0) {
                quiet = 0;
            }
        }
    }

    /** Moves r to the free slot that leaves its members the fewest idle gaps (ties at random). */
    private int move(int r) {
        int from = assignment.slotOf[r];
        int before = membersIdle(r, -1);
        int best = from;
        int bestIdle = before;
        int ties = 1;
        assignment.remove(r);
        for (int to : problem.allowed[r]) {
            if (to != from && free(r, to)) {
                assignment.place(r, to);
                int idle = membersIdle(r, -1);
                assignment.remove(r);
                if (idle < bestIdle) {
                    best = to;
                    bestIdle = idle;
                    ties = 1;
                } else if (idle == bestIdle && random.nextInt(++ties) == 0) {
                    best = to;
                }
            }
        }
        assignment.place(r, best);
        assignment.commit();
        return before - bestIdle;
    }

    private int swap(int r) {
        int[] members = problem.members[r];
        int p = members[random.nextInt(members.length)];
        int other = assignment.occupant[p * problem.slots + random.nextInt(problem.slots)];
        if (other < 0 || other == r || assignment.fixed[other]) {
            return 0;
        }
        int first = assignment.slotOf[r];
        int second = assignment.slotOf[other];
        int before = membersIdle(r, other);
        assignment.remove(r);
        assignment.remove(other);
        boolean fits = allows(r, second) && allows(other, first) && free(r, second);
        if (fits) {
            assignment.place(r, second);
            fits = free(other, first);
            if (!fits) {
                assignment.remove(r);
            }
        }
        if (!fits) {
            assignment.place(r, first);
            assignment.place(other, second);
            assignment.commit();
            return 0;
        }
        assignment.place(other, first);
        return settle(before - membersIdle(r, other), () -> {
            assignment.remove(r);
            assignment.remove(other);
            assignment.place(r, first);
            assignment.place(other, second);
        });
    }

    private int settle(int gain, Runnable undo) {
        if (gain < 0) {
            undo.run();
        }
        assignment.commit();
        return gain;
    }

    private boolean allows(int r, int s) {
        return java.util.Arrays.binarySearch(problem.allowed[r], s) >= 0;
    }

    private boolean free(int r, int s) {
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

    /** Idle gaps of the members of r and of the members of other (-1 for none) not in r. */
    private int membersIdle(int r, int other) {
        int total = 0;
        for (int p : problem.members[r]) {
            total += idle(problem, assignment, p);
        }
        if (other >= 0) {
            for (int p : problem.members[other]) {
                if (!java.util.Arrays.stream(problem.members[r]).anyMatch(q -> q == p)) {
                    total += idle(problem, assignment, p);
                }
            }
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
