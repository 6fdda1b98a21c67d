package org.silta.engine.grouping;

/**
 * In how many rounds each pair shares a group. Up to {@link #MATRIX_LIMIT} participants a byte
 * matrix answers in one look-up (a quarter of a megabyte for 500); beyond it the rounds are
 * compared on demand.
 */
final class PairMeetings {

    private static final int MATRIX_LIMIT = 4096;

    private final int n;
    private final int rounds;
    private final int[][] groupOf;
    private final byte[] together;

    /** {@code groupOf} is shared with the {@link Grouping}, which reports every change here first. */
    PairMeetings(IndexedInstance instance, int[][] groupOf, int[][][] members, int[][] size) {
        n = instance.participants;
        rounds = instance.rounds;
        this.groupOf = groupOf;
        boolean matrix = rounds > 1 && n <= MATRIX_LIMIT && rounds <= Byte.MAX_VALUE;
        together = matrix ? new byte[n * n] : null;
        if (matrix) {
            for (int r = 0; r < rounds; r++) {
                for (int g = 0; g < instance.groups; g++) {
                    for (int i = 0; i < size[r][g]; i++) {
                        change(members[r][g][i], members[r][g], i, 1, -1);
                    }
                }
            }
        }
    }

    /** Whether p and q share a group in a round other than r. */
    boolean elsewhere(int p, int q, int r) {
        if (together != null) {
            return together[p * n + q] > (groupOf[r][p] == groupOf[r][q] ? 1 : 0);
        }
        for (int other = 0; other < rounds; other++) {
            if (other != r && groupOf[other][p] == groupOf[other][q]) {
                return true;
            }
        }
        return false;
    }

    /** p leaves a group whose first {@code count} members are given (p may be among them). */
    void leave(int p, int[] members, int count) {
        change(p, members, count, -1, -1);
    }

    /** p joins a group whose first {@code count} members are given, less {@code except} (who leaves it). */
    void join(int p, int[] members, int count, int except) {
        change(p, members, count, 1, except);
    }

    private void change(int p, int[] members, int count, int delta, int except) {
        if (together == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int q = members[i];
            if (q != p && q != except) {
                together[p * n + q] += (byte) delta;
                together[q * n + p] += (byte) delta;
            }
        }
    }
}
