package org.silta.engine.scheduling;

import java.util.SplittableRandom;

/** A set of request numbers with constant-time add, remove and random pick. */
final class RequestPool {

    private final int[] items;
    private final int[] position;
    private int size;

    RequestPool(int requests) {
        items = new int[requests];
        position = new int[requests];
        java.util.Arrays.fill(position, -1);
    }

    void add(int r) {
        if (position[r] < 0) {
            position[r] = size;
            items[size++] = r;
        }
    }

    void remove(int r) {
        int at = position[r];
        if (at >= 0) {
            int last = items[--size];
            items[at] = last;
            position[last] = at;
            position[r] = -1;
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    int pick(SplittableRandom random) {
        return items[random.nextInt(size)];
    }
}
