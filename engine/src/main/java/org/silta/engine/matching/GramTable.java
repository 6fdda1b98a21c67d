package org.silta.engine.matching;

import java.util.Map;

/** An open-addressing map from packed character n-grams to one score per language. */
final class GramTable {

    private final long[] keys;
    private final float[] scores;
    private final int width;
    private final int mask;

    GramTable(Map<Long, float[]> scoresByGram, int width) {
        int capacity = Integer.highestOneBit(Math.max(16, scoresByGram.size() * 2)) * 2;
        this.keys = new long[capacity];
        this.scores = new float[capacity * width];
        this.width = width;
        this.mask = capacity - 1;
        scoresByGram.forEach((gram, gramScores) -> {
            int slot = slot(gram);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = gram;
            System.arraycopy(gramScores, 0, scores, slot * width, width);
        });
    }

    /** Up to three characters in one non-zero number; text never contains the character 0. */
    static long pack(char first, char second, char third) {
        return first | (long) second << 16 | (long) third << 32;
    }

    /** Adds the gram's scores to the running totals; an unknown gram adds nothing. */
    void addTo(long gram, double[] totals) {
        for (int slot = slot(gram); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == gram) {
                int offset = slot * width;
                for (int i = 0; i < width; i++) {
                    totals[i] += scores[offset + i];
                }
                return;
            }
        }
    }

    private int slot(long gram) {
        long mixed = gram * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }
}
