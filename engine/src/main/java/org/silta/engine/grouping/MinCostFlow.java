package org.silta.engine.grouping;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum-cost flow by successive shortest paths (Dijkstra with potentials). Costs must be
 * non-negative; the graphs here are small (interest profiles times themes).
 */
final class MinCostFlow {

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] capacity = new long[16];
    private long[] cost = new long[16];
    private int edges;

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an arc and returns its index, for {@link #flow(int)}. */
    int addArc(int from, int target, long arcCapacity, long arcCost) {
        if (edges + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        int arc = edges;
        link(from, target, arcCapacity, arcCost);
        link(target, from, 0, -arcCost);
        return arc;
    }

    private void link(int from, int target, long arcCapacity, long arcCost) {
        to[edges] = target;
        capacity[edges] = arcCapacity;
        cost[edges] = arcCost;
        next[edges] = head[from];
        head[from] = edges++;
    }

    /** Room left on an arc added by {@link #addArc}. */
    long room(int arc) {
        return capacity[arc];
    }

    /**
     * Sends {@code amount} along a path of zero-cost arcs. The flow stays of least cost for its
     * value and zero potentials stay valid, so {@link #solve} can go on from there; starting
     * with the obvious choices saves most of the shortest-path searches.
     */
    void pushFree(long amount, int... path) {
        for (int arc : path) {
            if (cost[arc] != 0 || capacity[arc] < amount) {
                throw new IllegalArgumentException("arc " + arc + " is not free or has no room");
            }
            capacity[arc] -= amount;
            capacity[arc ^ 1] += amount;
        }
    }

    /** The flow on an arc added by {@link #addArc}. */
    long flow(int arc) {
        return capacity[arc ^ 1];
    }

    /** Sends up to {@code limit} units from source to sink at least cost; returns the total cost. */
    long solve(int source, int sink, long limit) {
        var potential = new long[nodes];
        var distance = new long[nodes];
        var via = new int[nodes];
        long sent = 0;
        long total = 0;
        while (sent < limit) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            var queue = new PriorityQueue<long[]>((x, y) -> Long.compare(x[0], y[0]));
            queue.add(new long[] {0, source});
            while (!queue.isEmpty()) {
                var top = queue.poll();
                int node = (int) top[1];
                if (top[0] > distance[node]) {
                    continue;
                }
                for (int arc = head[node]; arc >= 0; arc = next[arc]) {
                    if (capacity[arc] <= 0) {
                        continue;
                    }
                    long reached = distance[node] + cost[arc] + potential[node] - potential[to[arc]];
                    if (reached < distance[to[arc]]) {
                        distance[to[arc]] = reached;
                        via[to[arc]] = arc;
                        queue.add(new long[] {reached, to[arc]});
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                break;
            }
            for (int node = 0; node < nodes; node++) {
                if (distance[node] != Long.MAX_VALUE) {
                    potential[node] += distance[node];
                }
            }
            long push = limit - sent;
            for (int node = sink; node != source; node = to[via[node] ^ 1]) {
                push = Math.min(push, capacity[via[node]]);
            }
            for (int node = sink; node != source; node = to[via[node] ^ 1]) {
                capacity[via[node]] -= push;
                capacity[via[node] ^ 1] += push;
                total += push * cost[via[node]];
            }
            sent += push;
        }
        return total;
    }
}
