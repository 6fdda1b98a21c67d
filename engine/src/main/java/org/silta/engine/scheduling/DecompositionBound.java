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
    private final double[] tableShares;
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
        tableShares = new double[withTables ? free.length : 0];
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
                double mean = pickedShare(r);
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
                double mean = pickedShare(r);
                for (int i = offset[r]; i < offset[r + 1]; i++) {
                    share[i] -= step * ((picked[i] ? 1 : 0) - mean);
                }
            }
        }
    }

    /**
     * The part of r's holders (members and tables) that picked it. The subgradient moves weight from
     * those who picked r to those who did not, by how far each is from this mean, so shares still sum to w.
     */
    private double pickedShare(int r) {
        int count = 0;
        for (int i = offset[r]; i < offset[r + 1]; i++) {
            count += picked[i] ? 1 : 0;
        }
        return (double) count / (offset[r + 1] - offset[r]);
    }

    private double evaluate(LocalMatcher matcher) {
        Arrays.fill(picked, false);
        double total = fixedWeight;
        for (int p = 0; p < problem.participants; p++) {
            total += matcher.best(p);
        }
        return withTables ? total + bestTables() : total;
    }

    /** The tables' best: their largest positive shares, as many as there are tables. */
    private double bestTables() {
        var shares = tableShares;
        int count = 0;
        for (int r : free) {
            double value = share[offset[r + 1] - 1];
            if (value > 0) {
                shares[count++] = value;
            }
        }
        double threshold = count <= tables ? 0 : kthLargest(shares, count, tables);
        double total = 0;
        int taken = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int r : free) {
                int at = offset[r + 1] - 1;
                boolean take = pass == 0 ? share[at] > threshold : share[at] == threshold && share[at] > 0;
                if (take && taken < tables && !picked[at]) {
                    picked[at] = true;
                    total += share[at];
                    taken++;
                }
            }
        }
        return total;
    }

    /** The k-th largest of the first n values (they get reordered): quickselect. */
    private static double kthLargest(double[] values, int n, int k) {
        int low = 0;
        int high = n - 1;
        int target = k - 1;
        var random = new java.util.SplittableRandom(n);
        while (low < high) {
            double pivot = values[low + random.nextInt(high - low + 1)];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] > pivot) {
                    i++;
                }
                while (values[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (target <= j) {
                high = j;
            } else if (target >= i) {
                low = i;
            } else {
                return values[target];
            }
        }
        return values[target];
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
            sortByShare(count, p);
            Arrays.fill(holder, -1);
            double total = 0;
            int taken = 0;
            for (int c = 0; c < count; c++) {
                int r = candidates[c];
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

        private void sortByShare(int count, int p) {
            for (int i = 1; i < count; i++) {
                int r = candidates[i];
                double value = share[indexOf(r, p)];
                int j = i - 1;
                while (j >= 0 && share[indexOf(candidates[j], p)] < value) {
                    candidates[j + 1] = candidates[j];
                    j--;
                }
                candidates[j + 1] = r;
            }
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
