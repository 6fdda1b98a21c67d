package org.silta.engine.grouping;

import java.util.Comparator;

/**
 * The objective, compared level by level (lexicographically), each level mattering only when
 * all before it are equal:
 * <ol>
 *   <li>{@code unmatched}: participant-rounds in a group whose theme is none of their interests
 *       (fewer is better);
 *   <li>{@code repeatMeetings}: over all pairs, the rounds in which the pair meets beyond its first
 *       (fewer);
 *   <li>{@code rankSum}: over participant-rounds, the position of the group's theme in the
 *       interests, 0 for the first (fewer);
 *   <li>{@code diversity}: over rounds, groups and diversified attributes, the number of distinct
 *       values present (more);
 *   <li>{@code evenness}: sum of squared group sizes and squared per-value counts (fewer: a
 *       tie-break that spreads the duplicates and balances sizes).
 * </ol>
 */
record Score(int unmatched, int repeatMeetings, int rankSum, int diversity, long evenness) {

    static final Comparator<Score> BEST_FIRST = Comparator.comparingInt(Score::unmatched)
            .thenComparingInt(Score::repeatMeetings)
            .thenComparingInt(Score::rankSum)
            .thenComparing(Comparator.comparingInt(Score::diversity).reversed())
            .thenComparingLong(Score::evenness);

    boolean betterThan(Score other) {
        return BEST_FIRST.compare(this, other) < 0;
    }
}
