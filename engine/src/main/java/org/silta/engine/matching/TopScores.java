package org.silta.engine.matching;

import java.util.Arrays;

/** Keeps the n best (id, score) pairs offered to it; ties go to the smaller id. */
final class TopScores {

    private final int capacity;
    private final int[] ids;
    private final double[] scores;
    private int size;

    TopScores(int capacity) {
        this.capacity = capacity;
        ids = new int[capacity];
        scores = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    void offer(int id, double score) {
        if (size < capacity) {
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (capacity > 0 && better(id, score, ids[0], scores[0])) {
            ids[0] = id;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** The kept ids, best first; the scores land in {@code scoresOut} when it is not null. */
    int[] best(double[] scoresOut) {
        var order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> better(ids[a], scores[a], ids[b], scores[b]) ? -1 : 1);
        var result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = ids[order[i]];
            if (scoresOut != null) {
                scoresOut[i] = scores[order[i]];
            }
        }
        return result;
    }

    private static boolean better(int id, double score, int otherId, double otherScore) {
        return score > otherScore || (score == otherScore && id < otherId);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(ids[parent], scores[parent], ids[i], scores[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (better(ids[worst], scores[worst], ids[child], scores[child])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
