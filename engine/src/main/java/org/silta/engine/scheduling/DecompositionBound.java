package org.silta.engine.scheduling;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A proven upper bound on the scheduled weight by splitting every request's weight among its
 * members (and a share for the tables when slots are limited). Each participant alone then picks
 * the best set of their requests they could attend: at most maxMeetings, each in its own allowed
 * slot; the tables' share picks the best requests that fit the total capacity. Any schedule gives
 * every participant such a set, so the sum of those best values bounds every schedule, for any
 * split; subgradient steps move the split to lower the sum. Held pins are fixed: their weight is
 * counted and the room they take is removed.
 */
final class DecompositionBound {

    private final Problem problem;
    private final int[] free;
    private final boolean[] blocked;
    private final long fixedWeight;
    private final int[] roomOf;
    private final int tables;
    private final boolean withTables;
    /** Share of request r's weight held by its i-th member, at offset[r] + i; the tables' share after them. */
    private final double[] share;
    private final int[] offset;
    private final boolean[] picked;
    private final int[][] slotsOf;
    private double best = Double.POSITIVE_INFINITY;
    private volatile long proven = Long.MAX_VALUE;

    DecompositionBound(Problem problem, Assignment heldPins, boolean[] eligible) {
        this.problem = problem;
        blocked = new boolean[problem.participants * problem.slots];
        roomOf = new int[problem.participants];
        for (int p = 0; p < problem.participants; p++) {
            roomOf[p] = Math.min(problem.maxMeetings[p] - heldPins.meetings[p], problem.slots);
            for (int s = 0; s < problem.slots; s++) {
                blocked[p * problem.slots + s] = heldPins.occupant[p * problem.slots + s] >= 0;
            }
        }
        long room = 0;
        for (int s = 0; s < problem.slots; s++) {
            room += problem.limited(s) ? problem.capacity[s] - heldPins.load[s] : problem.requests;
        }
        tables = (int) Math.min(room, problem.requests);
        fixedWeight = heldPins.weight;
        free = java.util.stream.IntStream.range(0, problem.requests).filter(r -> eligible[r]).toArray();
        withTables = tables < free.length;
        offset = new int[problem.requests + 1];
        for (int r = 0; r < problem.requests; r++) {
            offset[r + 1] = offset[r] + problem.members[r].length + (withTables ? 1 : 0);
        }
        share = new double[offset[problem.requests]];
        picked = new boolean[share.length];
        slotsOf = new int[problem.requests][];
        for (int r : free) {
            int parts = offset[r + 1] - offset[r];
            for (int i = 0; i < parts; i++) {
                share[offset[r] + i] = (double) problem.weight[r] / parts;
            }
            slotsOf[r] = Arrays.stream(problem.allowed[r]).filter(s -> open(r, s)).toArray();
        }
    }

    long proven() {
        return proven;
    }

    /** Lowers the bound until the deadline or until it meets the best known weight. */
    void run(long deadline, LongSupplier bestKnown) {
        double scale = 1.0;
        int sinceBetter = 0;
        var matcher = new LocalMatcher(problem.slots);
        while (System.nanoTime() < deadline) {
            double value = evaluate(matcher);
            if (value < best - 1e-9) {
                best = value;
                proven = (long) Math.floor(best + 1e-7 * Math.max(1, Math.abs(best)));
                sinceBetter = 0;
            } else if (++sinceBetter >= 10) {
                scale /= 2;
                sinceBetter = 0;
            }
            long target = bestKnown.getAsLong();
            if (proven <= target || scale < 1e-5) {
                return;
            }
            double norm = 0;
            for (int r : free) {
                int parts = offset[r + 1] - offset[r];
                double mean = 0;
                for (int i = offset[r]; i < offset[r + 1]; i++) {
                    mean += picked[i] ? 1 : 0;
                }
                mean /= parts;
                for (int i = offset[r]; i < offset[r + 1]; i++) {
                    double g = (picked[i] ? 1 : 0) - mean;
                    norm += g * g;
                }
            }
            if (norm == 0) {
                return;
            }
            double step = scale * (value - target) / norm;
            for (int r : free) {
                int parts = offset[r + 1] - offset[r];
                double mean = 0;
                for (int i = offset[r]; i < offset[r + 1]; i++) {
                    mean += picked[i] ? 1 : 0;
                }
                mean /= parts;
                for (int i = offset[r]; i < offset[r + 1]; i++) {
                    share[i] -= step * ((picked[i] ? 1 : 0) - mean);
                }
            }
        }
    }

    private double evaluate(LocalMatcher matcher) {
        Arrays.fill(picked, false);
        double total = fixedWeight;
        for (int p = 0; p < problem.participants; p++) {
            total += matcher.best(p);
        }
        return withTables ? total + bestTables() : total;
    }

    private double bestTables() {
        int[] order = sortedByShare(free, r -> offset[r + 1] - 1);
        double total = 0;
        for (int i = 0; i < order.length && i < tables; i++) {
            int at = offset[order[i] + 1] - 1;
            if (share[at] <= 0) {
                break;
            }
            picked[at] = true;
            total += share[at];
        }
        return total;
    }

    private int[] sortedByShare(int[] requests, java.util.function.IntUnaryOperator at) {
        Integer[] boxed = new Integer[requests.length];
        for (int i = 0; i < requests.length; i++) {
            boxed[i] = requests[i];
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(share[at.applyAsInt(b)], share[at.applyAsInt(a)]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private boolean open(int r, int s) {
        for (int p : problem.members[r]) {
            if (blocked[p * problem.slots + s]) {
                return false;
            }
        }
        return true;
    }

    /** One participant's best set of requests: greedy by share over the matroid of sets that fit distinct slots. */
    private final class LocalMatcher {

        private final int[] holder;
        private final boolean[] seen;
        private int[] candidates = new int[16];

        LocalMatcher(int slots) {
            holder = new int[slots];
            seen = new boolean[slots];
        }

        double best(int p) {
            int count = 0;
            for (int r : problem.requestsOf[p]) {
                if (slotsOf[r] != null && slotsOf[r].length > 0 && share[indexOf(r, p)] > 0) {
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = r;
                }
            }
            if (count == 0 || roomOf[p] <= 0) {
                return 0;
            }
            int[] order = sortedByShare(Arrays.copyOf(candidates, count), r -> indexOf(r, p));
            Arrays.fill(holder, -1);
            double total = 0;
            int taken = 0;
            for (int r : order) {
                if (taken == roomOf[p]) {
                    break;
                }
                Arrays.fill(seen, false);
                if (augment(r)) {
                    taken++;
                    int at = indexOf(r, p);
                    picked[at] = true;
                    total += share[at];
                }
            }
            return total;
        }

        private boolean augment(int r) {
            for (int s : slotsOf[r]) {
                if (!seen[s]) {
                    seen[s] = true;
                    if (holder[s] < 0 || augment(holder[s])) {
                        holder[s] = r;
                        return true;
                    }
                }
            }
            return false;
        }

        private int indexOf(int r, int p) {
            int[] members = problem.members[r];
            for (int i = 0; i < members.length; i++) {
                if (members[i] == p) {
                    return offset[r] + i;
                }
            }
            throw new IllegalStateException();
        }
    }
}
