package org.silta.engine.scheduling;

import java.util.Arrays;

/**
 * A schedule under construction: the slot of every request and, from it, who is busy when,
 * how many meetings each participant and slot holds, and the objective's first two terms.
 * Changes are journaled so that a tried move can be rolled back.
 */
final class Assignment {

    final Problem problem;
    final int[] slotOf;
    final int[] occupant;
    final int[] meetings;
    final int[] load;
    /** Requests that may not move: pinned meetings that are held. */
    final boolean[] fixed;
    long weight;
    int covered;
    private final int[][] inSlot;
    private final int[] position;
    private int[] journal = new int[64];
    private int journalSize;

    Assignment(Problem problem) {
        this.problem = problem;
        slotOf = new int[problem.requests];
        Arrays.fill(slotOf, -1);
        occupant = new int[problem.participants * problem.slots];
        Arrays.fill(occupant, -1);
        meetings = new int[problem.participants];
        load = new int[problem.slots];
        fixed = new boolean[problem.requests];
        inSlot = new int[problem.slots][16];
        position = new int[problem.requests];
    }

    Assignment(Assignment other) {
        problem = other.problem;
        slotOf = other.slotOf.clone();
        occupant = other.occupant.clone();
        meetings = other.meetings.clone();
        load = other.load.clone();
        fixed = other.fixed.clone();
        weight = other.weight;
        covered = other.covered;
        inSlot = new int[other.inSlot.length][];
        for (int s = 0; s < inSlot.length; s++) {
            inSlot[s] = other.inSlot[s].clone();
        }
        position = other.position.clone();
    }

    /** Whether the request fits in the slot as things stand, without moving anything. */
    boolean fits(int r, int s) {
        if (load[s] >= problem.capacity[s]) {
            return false;
        }
        for (int p : problem.members[r]) {
            if (occupant[p * problem.slots + s] >= 0 || meetings[p] >= problem.maxMeetings[p]) {
                return false;
            }
        }
        return true;
    }

    void place(int r, int s) {
        log(r, -1);
        slotOf[r] = s;
        weight += problem.weight[r];
        for (int p : problem.members[r]) {
            occupant[p * problem.slots + s] = r;
            if (meetings[p]++ == 0) {
                covered++;
            }
        }
        if (load[s] == inSlot[s].length) {
            inSlot[s] = Arrays.copyOf(inSlot[s], load[s] * 2);
        }
        position[r] = load[s];
        inSlot[s][load[s]++] = r;
    }

    void remove(int r) {
        int s = slotOf[r];
        log(r, s);
        slotOf[r] = -1;
        weight -= problem.weight[r];
        for (int p : problem.members[r]) {
            occupant[p * problem.slots + s] = -1;
            if (--meetings[p] == 0) {
                covered--;
            }
        }
        int last = inSlot[s][--load[s]];
        inSlot[s][position[r]] = last;
        position[last] = position[r];
    }

    /** The i-th meeting held in slot s, for i below {@code load[s]}. */
    int meetingIn(int s, int i) {
        return inSlot[s][i];
    }

    /** The request changed by the i-th journaled change, for i from a mark up to {@link #mark()}. */
    int changed(int i) {
        return journal[2 * i];
    }

    int mark() {
        return journalSize / 2;
    }

    /** Forgets the journal: what was done stays. */
    void commit() {
        journalSize = 0;
    }

    /** Undoes every change since the mark, newest first. */
    void rollback(int mark) {
        while (journalSize > 2 * mark) {
            journalSize -= 2;
            int r = journal[journalSize];
            int previous = journal[journalSize + 1];
            boolean wasPlaced = previous >= 0;
            int size = journalSize;
            if (wasPlaced) {
                place(r, previous);
            } else {
                remove(r);
            }
            journalSize = size;
        }
    }

    private void log(int r, int previousSlot) {
        if (journalSize + 2 > journal.length) {
            journal = Arrays.copyOf(journal, journal.length * 2);
        }
        journal[journalSize++] = r;
        journal[journalSize++] = previousSlot;
    }
}
