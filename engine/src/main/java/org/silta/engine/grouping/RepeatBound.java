package org.silta.engine.grouping;

/**
 * A proven lower bound on repeat meetings. In every round after the first, the members of a
 * group of size s come from the G groups of the round before, so by pigeonhole at least
 * pairs(s, G) of its pairs met in that round: the pairs left when s is split as evenly as
 * possible into G parts. That sum is convex in s, so the even sizes N/G give its least total.
 */
final class RepeatBound {

    private RepeatBound() {
    }

    static long of(IndexedInstance instance) {
        int groups = instance.groups;
        long perRound = 0;
        for (int g = 0; g < groups; g++) {
            int size = instance.participants / groups + (g < instance.participants % groups ? 1 : 0);
            perRound += unavoidablePairs(size, groups);
        }
        return perRound * (instance.rounds - 1);
    }

    /** Pairs within the same part when {@code size} people are split as evenly as possible into {@code parts}. */
    static long unavoidablePairs(int size, int parts) {
        long q = size / parts;
        long larger = size % parts;
        return larger * (q + 1) * q / 2 + (parts - larger) * q * (q - 1) / 2;
    }
}
