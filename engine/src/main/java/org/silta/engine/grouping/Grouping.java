package org.silta.engine.grouping;

import java.util.Arrays;

/**
 * Groups of every round, with the counts that let a move or a swap be priced in time
 * proportional to the group sizes. The score levels are kept up to date:
 * participants outside their interests, repeat meetings, interest ranks, distinct attribute
 * values and evenness (see {@link Score}). {@code evaluate*} leaves the change in the
 * {@code d*} fields; {@code apply*} performs the change.
 */
final class Grouping {

    final IndexedInstance instance;
    final int[][] groupOf;
    final int[][] themeOfGroup;
    final int[][][] members;
    final int[][] size;
    private final int[][] slot;
    private final PairMeetings meetings;
    private final int[] counts;
    private final int[] offset;
    private final int stride;

    int unmatched;
    int repeats;
    int rankSum;
    int distinct;
    long evenness;

    int dUnmatched;
    int dRepeats;
    int dRank;
    int dDistinct;
    long dEvenness;

    /** {@code themeOfGroup[r][g]} is -1 when the instance has no themes. */
    Grouping(IndexedInstance instance, int[][] groupOf, int[][] themeOfGroup) {
        this.instance = instance;
        this.groupOf = groupOf;
        this.themeOfGroup = themeOfGroup;
        int rounds = instance.rounds;
        int groups = instance.groups;
        offset = new int[instance.attributes];
        int width = 0;
        for (int a = 0; a < instance.attributes; a++) {
            offset[a] = width;
            width += instance.valueCount[a];
        }
        stride = width;
        counts = new int[rounds * groups * Math.max(stride, 1)];
        members = new int[rounds][groups][];
        int room = Math.min(instance.maxSize, instance.participants / groups + 2);
        size = new int[rounds][groups];
        slot = new int[rounds][instance.participants];
        for (int r = 0; r < rounds; r++) {
            for (int g = 0; g < groups; g++) {
                members[r][g] = new int[room];
            }
            for (int p = 0; p < instance.participants; p++) {
                int g = groupOf[r][p];
                slot[r][p] = size[r][g];
                append(r, g, p);
                for (int a = 0; a < instance.attributes; a++) {
                    int v = instance.value[a][p];
                    if (v >= 0) {
                        int c = counts[cell(r, g, a, v)]++;
                        distinct += c == 0 ? 1 : 0;
                        evenness += 2L * c + 1;
                    }
                }
                int t = themeOfGroup[r][g];
                if (t >= 0) {
                    unmatched += instance.unmatched(p, t) ? 1 : 0;
                    rankSum += instance.rankCost(p, t);
                }
            }
            for (int g = 0; g < groups; g++) {
                evenness += (long) size[r][g] * size[r][g];
                for (int i = 0; i < size[r][g]; i++) {
                    for (int j = i + 1; j < size[r][g]; j++) {
                        repeats += metBefore(members[r][g][i], members[r][g][j], r) ? 1 : 0;
                    }
                }
            }
        }
        meetings = new PairMeetings(instance, groupOf, members, size);
    }

    /** Whether p shares some attribute value with another member of its group in round r. */
    boolean sharesAValue(int r, int p) {
        int g = groupOf[r][p];
        for (int a = 0; a < instance.attributes; a++) {
            int v = instance.value[a][p];
            if (v >= 0 && counts[cell(r, g, a, v)] > 1) {
                return true;
            }
        }
        return false;
    }

    private int cell(int r, int g, int a, int v) {
        return (r * instance.groups + g) * stride + offset[a] + v;
    }

    Score score() {
        return new Score(unmatched, repeats, rankSum, distinct, evenness);
    }

    boolean canMove(int r, int p, int h) {
        int g = groupOf[r][p];
        return g != h && size[r][g] > instance.minSize && size[r][h] < instance.maxSize;
    }

    /** Whether p and q share a group in a round before r. */
    private boolean metBefore(int p, int q, int r) {
        for (int other = 0; other < r; other++) {
            if (groupOf[other][p] == groupOf[other][q]) {
                return true;
            }
        }
        return false;
    }

    /** Whether p and q share a group in a round other than r. */
    boolean metElsewhere(int p, int q, int r) {
        return meetings.elsewhere(p, q, r);
    }

    void evaluateMove(int r, int p, int h) {
        int g = groupOf[r][p];
        clearDeltas();
        themeChange(p, themeOfGroup[r][g], themeOfGroup[r][h]);
        if (instance.rounds > 1) {
            dRepeats = meetingsElsewhere(r, p, h, -1) - meetingsElsewhere(r, p, g, p);
        }
        for (int a = 0; a < instance.attributes; a++) {
            int v = instance.value[a][p];
            if (v >= 0) {
                leave(r, g, a, v);
                enter(r, h, a, v);
            }
        }
        dEvenness += 2L * (size[r][h] - size[r][g] + 1);
    }

    void evaluateSwap(int r, int p, int q) {
        int g = groupOf[r][p];
        int h = groupOf[r][q];
        clearDeltas();
        themeChange(p, themeOfGroup[r][g], themeOfGroup[r][h]);
        themeChange(q, themeOfGroup[r][h], themeOfGroup[r][g]);
        if (instance.rounds > 1) {
            dRepeats = meetingsElsewhere(r, p, h, q) - meetingsElsewhere(r, p, g, p)
                    + meetingsElsewhere(r, q, g, p) - meetingsElsewhere(r, q, h, q);
        }
        for (int a = 0; a < instance.attributes; a++) {
            int vp = instance.value[a][p];
            int vq = instance.value[a][q];
            if (vp == vq) {
                continue;
            }
            if (vp >= 0) {
                leave(r, g, a, vp);
                enter(r, h, a, vp);
            }
            if (vq >= 0) {
                leave(r, h, a, vq);
                enter(r, g, a, vq);
            }
        }
    }

    /** A leaving and an entering participant with different values touch different counters, so they add up. */
    private void leave(int r, int g, int a, int v) {
        int c = counts[cell(r, g, a, v)];
        dDistinct -= c == 1 ? 1 : 0;
        dEvenness -= 2L * c - 1;
    }

    private void enter(int r, int g, int a, int v) {
        int c = counts[cell(r, g, a, v)];
        dDistinct += c == 0 ? 1 : 0;
        dEvenness += 2L * c + 1;
    }

    private void themeChange(int p, int from, int to) {
        if (from >= 0 && from != to) {
            dUnmatched += (instance.unmatched(p, to) ? 1 : 0) - (instance.unmatched(p, from) ? 1 : 0);
            dRank += instance.rankCost(p, to) - instance.rankCost(p, from);
        }
    }

    /** Members of group g in round r, other than p and {@code except}, whom p meets in another round. */
    private int meetingsElsewhere(int r, int p, int g, int except) {
        int count = 0;
        var list = members[r][g];
        for (int i = 0, n = size[r][g]; i < n; i++) {
            int q = list[i];
            if (q != p && q != except && metElsewhere(p, q, r)) {
                count++;
            }
        }
        return count;
    }

    private void clearDeltas() {
        dUnmatched = 0;
        dRepeats = 0;
        dRank = 0;
        dDistinct = 0;
        dEvenness = 0;
    }

    void applyMove(int r, int p, int h) {
        evaluateMove(r, p, h);
        addDeltas();
        relocate(r, p, h);
    }

    void applySwap(int r, int p, int q) {
        evaluateSwap(r, p, q);
        addDeltas();
        int g = groupOf[r][p];
        int h = groupOf[r][q];
        meetings.leave(p, members[r][g], size[r][g]);
        meetings.leave(q, members[r][h], size[r][h]);
        meetings.join(p, members[r][h], size[r][h], q);
        meetings.join(q, members[r][g], size[r][g], p);
        int slotOfP = slot[r][p];
        members[r][g][slotOfP] = q;
        members[r][h][slot[r][q]] = p;
        slot[r][p] = slot[r][q];
        slot[r][q] = slotOfP;
        groupOf[r][p] = h;
        groupOf[r][q] = g;
        recount(r, p, g, h);
        recount(r, q, h, g);
    }

    private void addDeltas() {
        unmatched += dUnmatched;
        repeats += dRepeats;
        rankSum += dRank;
        distinct += dDistinct;
        evenness += dEvenness;
    }

    private void relocate(int r, int p, int h) {
        int g = groupOf[r][p];
        meetings.leave(p, members[r][g], size[r][g]);
        meetings.join(p, members[r][h], size[r][h], -1);
        var from = members[r][g];
        int last = from[--size[r][g]];
        from[slot[r][p]] = last;
        slot[r][last] = slot[r][p];
        slot[r][p] = size[r][h];
        append(r, h, p);
        groupOf[r][p] = h;
        recount(r, p, g, h);
    }

    /** Member arrays start near the even size and grow when a group does, so an open maxSize costs no memory. */
    private void append(int r, int g, int p) {
        if (size[r][g] == members[r][g].length) {
            members[r][g] = Arrays.copyOf(members[r][g], 2 * size[r][g] + 1);
        }
        members[r][g][size[r][g]++] = p;
    }

    private void recount(int r, int p, int g, int h) {
        for (int a = 0; a < instance.attributes; a++) {
            int v = instance.value[a][p];
            if (v >= 0) {
                counts[cell(r, g, a, v)]--;
                counts[cell(r, h, a, v)]++;
            }
        }
    }

    int[][] copyAssignment() {
        var copy = new int[groupOf.length][];
        for (int r = 0; r < groupOf.length; r++) {
            copy[r] = groupOf[r].clone();
        }
        return copy;
    }
}
