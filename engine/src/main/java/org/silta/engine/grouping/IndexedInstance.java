package org.silta.engine.grouping;

import java.util.Arrays;
import java.util.HashMap;

/** The instance as arrays: participants, themes and attribute values become indexes. */
final class IndexedInstance {

    final GroupingInstance source;
    final int participants;
    final int groups;
    final int rounds;
    final int minSize;
    /** At most the number of participants, so arrays sized by it stay small. */
    final int maxSize;
    final int themes;
    final int attributes;
    /** value[a][p]: index of participant p's value of attribute a, or -1 when p has none. */
    final int[][] value;
    final int[] valueCount;
    /** rank[p][t]: position of theme t in p's interests, or -1; {@code hasInterests[p]} is false for an empty list. */
    final int[][] rank;
    final boolean[] hasInterests;

    IndexedInstance(GroupingInstance instance) {
        source = instance;
        participants = instance.participants().size();
        groups = instance.groups();
        rounds = instance.rounds();
        minSize = instance.minSize();
        maxSize = Math.min(instance.maxSize(), participants);
        themes = instance.themes().size();
        attributes = instance.diversify().size();
        value = new int[attributes][participants];
        valueCount = new int[attributes];
        for (int a = 0; a < attributes; a++) {
            var indexOf = new HashMap<String, Integer>();
            var name = instance.diversify().get(a);
            for (int p = 0; p < participants; p++) {
                var v = instance.participants().get(p).attributes().get(name);
                value[a][p] = v == null ? -1 : indexOf.computeIfAbsent(v, key -> indexOf.size());
            }
            valueCount[a] = indexOf.size();
        }
        rank = new int[participants][themes];
        hasInterests = new boolean[participants];
        var themeIndex = new HashMap<String, Integer>();
        for (int t = 0; t < themes; t++) {
            themeIndex.put(instance.themes().get(t), t);
        }
        for (int p = 0; p < participants; p++) {
            Arrays.fill(rank[p], -1);
            var interests = instance.participants().get(p).interests();
            for (int i = 0; i < interests.size(); i++) {
                var t = themeIndex.get(interests.get(i));
                if (t != null) {
                    rank[p][t] = i;
                    hasInterests[p] = true;
                }
            }
        }
    }

    /** Whether p, placed in a group of theme t, misses all of its interests. */
    boolean unmatched(int p, int t) {
        return hasInterests[p] && rank[p][t] < 0;
    }

    /** How far down p's interests theme t is: 0 for the first interest, and for no interest at all. */
    int rankCost(int p, int t) {
        return hasInterests[p] ? Math.max(rank[p][t], 0) : 0;
    }
}
