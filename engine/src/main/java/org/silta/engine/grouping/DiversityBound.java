package org.silta.engine.grouping;

/**
 * Proven upper bounds on the diversity level of {@link Score}. For one attribute in one round,
 * value v can be present in at most min(c_v, groups) groups, where c_v participants have it,
 * and a group holds at most min(maxSize, number of values) distinct values. So the distinct
 * values summed over groups are at most min(sum over v of min(c_v, G), G * min(maxSize, V)).
 * For groups of equal capacity this is the maximum flow of the values-to-groups network, so
 * it is tight for one attribute taken alone.
 */
final class DiversityBound {

    private DiversityBound() {
    }

    /** Holds for every grouping that respects the size bounds. */
    static int anyGrouping(IndexedInstance instance) {
        var everyone = new int[instance.participants];
        return instance.rounds * pool(instance, everyone, 0, instance.groups);
    }

    /**
     * Holds for every grouping that keeps, in each round, the same participants in each theme
     * and the same number of groups per theme as {@code grouping}.
     */
    static int sameThemes(Grouping grouping) {
        var instance = grouping.instance;
        if (instance.themes == 0) {
            return anyGrouping(instance);
        }
        int bound = 0;
        var themeOf = new int[instance.participants];
        for (int r = 0; r < instance.rounds; r++) {
            var groupsOfTheme = new int[instance.themes];
            for (int g = 0; g < instance.groups; g++) {
                groupsOfTheme[grouping.themeOfGroup[r][g]]++;
            }
            for (int p = 0; p < instance.participants; p++) {
                themeOf[p] = grouping.themeOfGroup[r][grouping.groupOf[r][p]];
            }
            for (int t = 0; t < instance.themes; t++) {
                bound += pool(instance, themeOf, t, groupsOfTheme[t]);
            }
        }
        return bound;
    }

    /** The bound for the participants p with poolOf[p] == pool, spread over {@code groups} groups. */
    private static int pool(IndexedInstance instance, int[] poolOf, int pool, int groups) {
        int bound = 0;
        for (int a = 0; a < instance.attributes; a++) {
            var count = new int[instance.valueCount[a]];
            for (int p = 0; p < instance.participants; p++) {
                if (poolOf[p] == pool && instance.value[a][p] >= 0) {
                    count[instance.value[a][p]]++;
                }
            }
            int spread = 0;
            int values = 0;
            for (int c : count) {
                spread += Math.min(c, groups);
                values += c > 0 ? 1 : 0;
            }
            bound += Math.min(spread, groups * Math.min(instance.maxSize, values));
        }
        return bound;
    }
}
