package org.silta.engine.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThemeAllocationTest {

    @Test
    void matchesExhaustiveSearchOnSmallInstances() {
        for (long seed = 1; seed <= 150; seed++) {
            var instance = new IndexedInstance(small(seed));
            var allocation = ThemeAllocation.allocate(instance, new Random(seed), Long.MAX_VALUE);

            var counts = new int[instance.themes];
            for (int p = 0; p < instance.participants; p++) {
                counts[allocation.themeOf()[p]]++;
            }
            assertThat(fits(instance, allocation.groupsPerTheme(), counts)).as("seed %d", seed).isTrue();
            assertThat(cost(instance, allocation.themeOf())).as("seed %d", seed).isEqualTo(bestByExhaustion(instance));
        }
    }

    private static GroupingInstance small(long seed) {
        var random = new Random(seed);
        int n = 2 + random.nextInt(6);
        int groups = 1 + random.nextInt(Math.min(3, n));
        int minSize = 1 + random.nextInt(n / groups);
        int maxSize = Math.max(minSize, (n + groups - 1) / groups) + random.nextInt(2);
        var themes = new ArrayList<String>();
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            themes.add("t" + t);
        }
        var people = new ArrayList<GroupingInstance.Participant>();
        for (int p = 0; p < n; p++) {
            var interests = new ArrayList<>(themes);
            Collections.shuffle(interests, random);
            people.add(new GroupingInstance.Participant("P" + p, Map.of(),
                    interests.subList(0, random.nextInt(interests.size() + 1))));
        }
        return new GroupingInstance(groups, minSize, maxSize, 1, themes, List.of(), people);
    }

    /** Unmatched participants times a weight above any rank sum, plus the rank sum. */
    private static long cost(IndexedInstance instance, int[] themeOf) {
        long unmatched = 0;
        long ranks = 0;
        for (int p = 0; p < instance.participants; p++) {
            unmatched += instance.unmatched(p, themeOf[p]) ? 1 : 0;
            ranks += instance.rankCost(p, themeOf[p]);
        }
        return unmatched * 1000 + ranks;
    }

    private static boolean fits(IndexedInstance instance, int[] groups, int[] counts) {
        int total = 0;
        for (int t = 0; t < instance.themes; t++) {
            total += groups[t];
            if (counts[t] < groups[t] * instance.minSize || counts[t] > groups[t] * instance.maxSize) {
                return false;
            }
        }
        return total == instance.groups;
    }

    private static long bestByExhaustion(IndexedInstance instance) {
        long best = Long.MAX_VALUE;
        var themeOf = new int[instance.participants];
        int assignments = (int) Math.pow(instance.themes, instance.participants);
        for (int code = 0; code < assignments; code++) {
            var counts = new int[instance.themes];
            for (int p = 0, rest = code; p < instance.participants; p++, rest /= instance.themes) {
                themeOf[p] = rest % instance.themes;
                counts[themeOf[p]]++;
            }
            if (someGroupCountFits(instance, counts, new int[instance.themes], 0)) {
                best = Math.min(best, cost(instance, themeOf));
            }
        }
        return best;
    }

    private static boolean someGroupCountFits(IndexedInstance instance, int[] counts, int[] groups, int theme) {
        if (theme == instance.themes) {
            return fits(instance, groups, counts);
        }
        for (int g = 0; g <= instance.groups; g++) {
            groups[theme] = g;
            if (someGroupCountFits(instance, counts, groups, theme + 1)) {
                return true;
            }
        }
        return false;
    }
}
