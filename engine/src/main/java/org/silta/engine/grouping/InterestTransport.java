package org.silta.engine.grouping;

import java.util.Arrays;
import java.util.List;

/**
 * The transportation problem behind {@link ThemeAllocation}: send every participant to a theme
 * so that theme t receives between its groups times minSize and its groups times maxSize
 * participants, at least cost. Participants with the same interest ranks form one supply
 * node (a profile). A participant costs its interest rank in one of its interests and, through
 * a hub, a price above any rank sum elsewhere. The minimum quotas are arcs to the sink; what
 * lies above them passes an overflow node that carries exactly N - groups * minSize, which
 * forces every quota to fill.
 */
final class InterestTransport {

    private final IndexedInstance instance;
    private final List<int[]> profiles;
    private final MinCostFlow flow;
    private final int[][] themeArcs;
    private final int[] hubArcs;
    private final int[] hubToTheme;
    private final long cost;

    InterestTransport(IndexedInstance instance, List<int[]> profiles, int[] groups) {
        this.instance = instance;
        this.profiles = profiles;
        int themes = instance.themes;
        int source = 0;
        int hub = profiles.size() + 1;
        int firstTheme = hub + 1;
        int overflow = firstTheme + themes;
        int sink = overflow + 1;
        flow = new MinCostFlow(sink + 1);
        long unmatchedCost = (long) instance.participants * themes + 1;
        themeArcs = new int[profiles.size()][themes];
        hubArcs = new int[profiles.size()];
        var supplyArcs = new int[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            int size = profiles.get(i).length;
            int p = profiles.get(i)[0];
            supplyArcs[i] = flow.addArc(source, i + 1, size, 0);
            Arrays.fill(themeArcs[i], -1);
            for (int t = 0; t < themes; t++) {
                if (!instance.hasInterests[p] || instance.rank[p][t] >= 0) {
                    themeArcs[i][t] = flow.addArc(i + 1, firstTheme + t, size, instance.rankCost(p, t));
                }
            }
            hubArcs[i] = instance.hasInterests[p] ? flow.addArc(i + 1, hub, size, unmatchedCost) : -1;
        }
        hubToTheme = new int[themes];
        var quotaArcs = new int[themes];
        var aboveArcs = new int[themes];
        for (int t = 0; t < themes; t++) {
            hubToTheme[t] = flow.addArc(hub, firstTheme + t, instance.participants, 0);
            quotaArcs[t] = flow.addArc(firstTheme + t, sink, (long) groups[t] * instance.minSize, 0);
            long above = (long) groups[t] * (instance.maxSize - instance.minSize);
            aboveArcs[t] = flow.addArc(firstTheme + t, overflow, above, 0);
        }
        long overflowing = instance.participants - (long) instance.groups * instance.minSize;
        int overflowArc = flow.addArc(overflow, sink, overflowing, 0);
        long free = 0;
        for (int i = 0; i < profiles.size(); i++) {
            for (int t = 0; t < themes; t++) {
                if (themeArcs[i][t] >= 0 && instance.rankCost(profiles.get(i)[0], t) == 0) {
                    free += pushFree(supplyArcs[i], themeArcs[i][t], quotaArcs[t]);
                    free += pushFree(supplyArcs[i], themeArcs[i][t], aboveArcs[t], overflowArc);
                }
            }
        }
        cost = flow.solve(source, sink, instance.participants - free);
    }

    private long pushFree(int... path) {
        long amount = Long.MAX_VALUE;
        for (int arc : path) {
            amount = Math.min(amount, flow.room(arc));
        }
        if (amount > 0) {
            flow.pushFree(amount, path);
        }
        return amount;
    }

    /** Unmatched participants times a price above any rank sum, plus the rank sum. */
    long cost() {
        return cost;
    }

    /** The theme of each participant; participants of one profile fill its themes in input order. */
    int[] themeOf() {
        var themeOf = new int[instance.participants];
        var fromHub = new long[instance.themes];
        for (int t = 0; t < instance.themes; t++) {
            fromHub[t] = flow.flow(hubToTheme[t]);
        }
        int hubTheme = 0;
        for (int i = 0; i < profiles.size(); i++) {
            var members = profiles.get(i);
            int next = 0;
            for (int t = 0; t < instance.themes; t++) {
                for (long k = themeArcs[i][t] < 0 ? 0 : flow.flow(themeArcs[i][t]); k > 0; k--) {
                    themeOf[members[next++]] = t;
                }
            }
            for (long k = hubArcs[i] < 0 ? 0 : flow.flow(hubArcs[i]); k > 0; k--) {
                while (fromHub[hubTheme] == 0) {
                    hubTheme++;
                }
                fromHub[hubTheme]--;
                themeOf[members[next++]] = hubTheme;
            }
        }
        return themeOf;
    }
}
