package org.silta.engine.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The starting groups: each round takes the theme allocation, gives each theme its groups with
 * sizes as even as the theme's participants allow, and fills them greedily, rarest attribute
 * values first, each participant joining the open group where it meets the fewest people it
 * met in earlier rounds and adds the most new attribute values.
 */
final class InitialGrouping {

    private final IndexedInstance instance;
    private final Random random;
    private final double[] rarity;

    private InitialGrouping(IndexedInstance instance, Random random) {
        this.instance = instance;
        this.random = random;
        rarity = rarity(instance);
    }

    static Grouping build(IndexedInstance instance, ThemeAllocation allocation, Random random) {
        return new InitialGrouping(instance, random).build(allocation);
    }

    private Grouping build(ThemeAllocation allocation) {
        int rounds = instance.rounds;
        var groupOf = new int[rounds][instance.participants];
        var themeOfGroup = new int[rounds][instance.groups];
        for (int r = 0; r < rounds; r++) {
            int first = 0;
            for (int t = 0; t < allocation.groupsPerTheme().length; t++) {
                int count = allocation.groupsPerTheme()[t];
                for (int g = first; g < first + count; g++) {
                    themeOfGroup[r][g] = instance.themes == 0 ? -1 : t;
                }
                if (count > 0) {
                    fill(groupOf, r, poolOf(allocation, t), first, count);
                }
                first += count;
            }
        }
        return new Grouping(instance, groupOf, themeOfGroup);
    }

    private List<Integer> poolOf(ThemeAllocation allocation, int theme) {
        var pool = new ArrayList<Integer>();
        for (int p = 0; p < instance.participants; p++) {
            if (allocation.themeOf()[p] == theme) {
                pool.add(p);
            }
        }
        Collections.shuffle(pool, random);
        pool.sort(Comparator.comparingDouble((Integer p) -> rarity[p]).reversed());
        return pool;
    }

    /** Places the pool into groups first..first+count-1 of round r. */
    private void fill(int[][] groupOf, int r, List<Integer> pool, int first, int count) {
        var capacity = new int[count];
        for (int i = 0; i < count; i++) {
            capacity[i] = pool.size() / count + (i < pool.size() % count ? 1 : 0);
        }
        var placed = new ArrayList<List<Integer>>();
        for (int i = 0; i < count; i++) {
            placed.add(new ArrayList<>());
        }
        for (int p : pool) {
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            int start = random.nextInt(count);
            for (int k = 0; k < count; k++) {
                int i = (start + k) % count;
                if (placed.get(i).size() < capacity[i]) {
                    long cost = cost(groupOf, r, p, placed.get(i));
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = i;
                    }
                }
            }
            placed.get(best).add(p);
            groupOf[r][p] = first + best;
        }
    }

    /** Earlier meetings first, then attribute values the group already has, then how full it is. */
    private long cost(int[][] groupOf, int r, int p, List<Integer> group) {
        long met = 0;
        long shared = 0;
        for (int q : group) {
            for (int earlier = 0; earlier < r; earlier++) {
                if (groupOf[earlier][p] == groupOf[earlier][q]) {
                    met++;
                    break;
                }
            }
            for (int a = 0; a < instance.attributes; a++) {
                if (instance.value[a][p] >= 0 && instance.value[a][p] == instance.value[a][q]) {
                    shared++;
                }
            }
        }
        long sharedLimit = (long) instance.maxSize * Math.max(instance.attributes, 1) + 1;
        return (met * sharedLimit + shared) * (instance.maxSize + 1) + group.size();
    }

    /** How rare a participant's attribute values are: the sum of 1 / (participants sharing the value). */
    private static double[] rarity(IndexedInstance instance) {
        var rarity = new double[instance.participants];
        for (int a = 0; a < instance.attributes; a++) {
            var frequency = new int[instance.valueCount[a]];
            for (int p = 0; p < instance.participants; p++) {
                if (instance.value[a][p] >= 0) {
                    frequency[instance.value[a][p]]++;
                }
            }
            for (int p = 0; p < instance.participants; p++) {
                if (instance.value[a][p] >= 0) {
                    rarity[p] += 1.0 / frequency[instance.value[a][p]];
                }
            }
        }
        return rarity;
    }
}
