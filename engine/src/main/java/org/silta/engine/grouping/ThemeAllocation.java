package org.silta.engine.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * How many groups each theme gets and which theme each participant joins: a transportation
 * problem from interest profiles to themes, whose capacities (groups per theme times the size
 * bounds) are chosen by exchanging one group at a time between themes while the cost falls.
 * The cost is lexicographic: participants outside all of their interests first, then the sum
 * of interest ranks.
 *
 * @param groupsPerTheme number of groups of each theme
 * @param themeOf        the theme of each participant
 */
record ThemeAllocation(int[] groupsPerTheme, int[] themeOf) {

    /**
     * Without themes, one pool holds every group and participant. Past {@code deadline}
     * ({@link System#nanoTime()}) no further exchange is tried.
     */
    static ThemeAllocation allocate(IndexedInstance instance, Random random, long deadline) {
        if (instance.themes == 0) {
            return new ThemeAllocation(new int[] {instance.groups}, new int[instance.participants]);
        }
        var profiles = profiles(instance);
        var groups = initialGroups(instance);
        long best = new InterestTransport(instance, profiles, groups).cost();
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            int[] bestGroups = null;
            for (int from = 0; from < groups.length; from++) {
                for (int into = 0; into < groups.length; into++) {
                    if (from == into || groups[from] == 0) {
                        continue;
                    }
                    var candidate = groups.clone();
                    candidate[from]--;
                    candidate[into]++;
                    long cost = new InterestTransport(instance, profiles, candidate).cost();
                    if (cost < best) {
                        best = cost;
                        bestGroups = candidate;
                    }
                }
            }
            if (bestGroups != null) {
                groups = bestGroups;
                improved = true;
            }
        }
        var themeOf = new InterestTransport(instance, profiles, groups).themeOf();
        shuffleWithinProfiles(profiles, themeOf, random);
        return new ThemeAllocation(groups, themeOf);
    }

    /** Participants with the same interest ranks, in input order. */
    private static List<int[]> profiles(IndexedInstance instance) {
        var byRanks = new LinkedHashMap<String, List<Integer>>();
        for (int p = 0; p < instance.participants; p++) {
            var key = instance.hasInterests[p] ? Arrays.toString(instance.rank[p]) : "none";
            byRanks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        return byRanks.values().stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** Groups in proportion to first interests (largest remainder); evenly when nobody states one. */
    private static int[] initialGroups(IndexedInstance instance) {
        var demand = new double[instance.themes];
        double total = 0;
        for (int p = 0; p < instance.participants; p++) {
            for (int t = 0; t < instance.themes; t++) {
                if (instance.rank[p][t] == 0) {
                    demand[t]++;
                    total++;
                }
            }
        }
        if (total == 0) {
            Arrays.fill(demand, 1);
            total = instance.themes;
        }
        var groups = new int[instance.themes];
        var remainder = new double[instance.themes];
        int given = 0;
        for (int t = 0; t < instance.themes; t++) {
            double share = instance.groups * demand[t] / total;
            groups[t] = (int) Math.floor(share);
            remainder[t] = share - groups[t];
            given += groups[t];
        }
        while (given < instance.groups) {
            int largest = 0;
            for (int t = 1; t < instance.themes; t++) {
                if (remainder[t] > remainder[largest]) {
                    largest = t;
                }
            }
            groups[largest]++;
            remainder[largest] = -1;
            given++;
        }
        return groups;
    }

    /** Participants of one profile are interchangeable for the cost; which of them goes where is left to chance. */
    private static void shuffleWithinProfiles(List<int[]> profiles, int[] themeOf, Random random) {
        for (var members : profiles) {
            for (int i = members.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = themeOf[members[i]];
                themeOf[members[i]] = themeOf[members[j]];
                themeOf[members[j]] = swap;
            }
        }
    }
}
