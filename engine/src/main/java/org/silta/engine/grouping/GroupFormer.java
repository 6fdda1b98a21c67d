package org.silta.engine.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

/**
 * Forms breakout groups: themes are allocated by a transportation problem over interests
 * ({@link ThemeAllocation}), groups are filled greedily ({@link InitialGrouping}) and then
 * improved by local search ({@link GroupSearch}) on the objective of {@link Score}. The same
 * instance, seed and move budget give the same groups, unless the time limit cuts the search.
 */
public final class GroupFormer {

    /** Annealing moves per participant and round when no budget is given, and the least budget. */
    public static final int MOVES_PER_PARTICIPANT_ROUND = 800;
    public static final long MINIMUM_MOVES = 300_000;

    private GroupFormer() {
    }

    public static long defaultMoves(GroupingInstance instance) {
        long participantRounds = (long) instance.participants().size() * instance.rounds();
        return Math.max(MINIMUM_MOVES, MOVES_PER_PARTICIPANT_ROUND * participantRounds);
    }

    public static FormedGroups form(GroupingInstance instance, long seed, double seconds) {
        return form(instance, seed, seconds, defaultMoves(instance));
    }

    public static FormedGroups form(GroupingInstance instance, long seed, double seconds, long moves) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        var indexed = new IndexedInstance(instance);
        var random = new Random(seed);
        var allocation = ThemeAllocation.allocate(indexed, random, deadline);
        var initial = InitialGrouping.build(indexed, allocation, random);
        int bound = DiversityBound.anyGrouping(indexed);
        long fewestRepeats = RepeatBound.of(indexed);
        // The search keeps the groups per theme, so the allocation's interest levels cannot be beaten.
        int repeatTarget = (int) Math.min(fewestRepeats, Integer.MAX_VALUE);
        var target = new Score(initial.unmatched, repeatTarget, initial.rankSum, bound, 0);
        var outcome = GroupSearch.improve(initial, random, moves, deadline, target);
        var grouping = outcome.grouping();
        int themesBound = DiversityBound.sameThemes(grouping);
        var stats = new FormedGroups.Stats(interestShare(grouping, false), interestShare(grouping, true),
                repeatedPairs(grouping), grouping.repeats, fewestRepeats,
                grouping.distinct, bound, gap(grouping.distinct, bound),
                themesBound, gap(grouping.distinct, themesBound),
                outcome.moves(), outcome.stoppedBy(), (System.nanoTime() - start) / 1e9, seed);
        return new FormedGroups(rounds(grouping), stats);
    }

    private static List<List<FormedGroups.Group>> rounds(Grouping grouping) {
        var instance = grouping.instance.source;
        var rounds = new ArrayList<List<FormedGroups.Group>>();
        for (int r = 0; r < grouping.instance.rounds; r++) {
            var groups = new ArrayList<FormedGroups.Group>();
            for (int g = 0; g < grouping.instance.groups; g++) {
                var ids = new ArrayList<String>();
                for (int p = 0; p < grouping.instance.participants; p++) {
                    if (grouping.groupOf[r][p] == g) {
                        ids.add(instance.participants().get(p).id());
                    }
                }
                int theme = grouping.themeOfGroup[r][g];
                groups.add(new FormedGroups.Group("G" + (g + 1), theme < 0 ? null : instance.themes().get(theme), ids));
            }
            rounds.add(groups);
        }
        return rounds;
    }

    private static double interestShare(Grouping grouping, boolean firstOnly) {
        var instance = grouping.instance;
        int counted = 0;
        int matched = 0;
        for (int r = 0; r < instance.rounds; r++) {
            for (int p = 0; p < instance.participants; p++) {
                int theme = grouping.themeOfGroup[r][grouping.groupOf[r][p]];
                if (theme >= 0 && instance.hasInterests[p]) {
                    counted++;
                    int rank = instance.rank[p][theme];
                    matched += rank == 0 || (!firstOnly && rank > 0) ? 1 : 0;
                }
            }
        }
        return counted == 0 ? 1.0 : (double) matched / counted;
    }

    private static int repeatedPairs(Grouping grouping) {
        var instance = grouping.instance;
        var meetings = new HashMap<Long, Integer>();
        for (int r = 0; r < instance.rounds; r++) {
            for (int g = 0; g < instance.groups; g++) {
                var members = grouping.members[r][g];
                for (int i = 0; i < grouping.size[r][g]; i++) {
                    for (int j = 0; j < grouping.size[r][g]; j++) {
                        if (members[i] < members[j]) {
                            meetings.merge((long) members[i] * instance.participants + members[j], 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return (int) meetings.values().stream().filter(count -> count > 1).count();
    }

    private static double gap(int value, int bound) {
        return bound == 0 ? 0 : (double) (bound - value) / bound;
    }
}
