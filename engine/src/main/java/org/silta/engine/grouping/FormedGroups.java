package org.silta.engine.grouping;

import java.util.List;

/**
 * The groups of every round, and how good they are.
 *
 * @param rounds for each round its groups; a group's {@code theme} is null when the instance has no themes
 */
public record FormedGroups(List<List<Group>> rounds, Stats stats) {

    public record Group(String id, String theme, List<String> members) {
    }

    /**
     * @param interestMatched           share of participant-rounds (of participants with interests)
     *                                  in a group of one of their interests; 1 when nobody has any
     * @param firstInterest             share of those participant-rounds in their first interest
     * @param repeatedPairs             pairs of participants who share a group in more than one round
     * @param repeatMeetings            rounds in which a pair meets beyond its first, summed over pairs
     * @param repeatMeetingsLowerBound  a proven lower bound on repeatMeetings (pigeonhole)
     * @param diversity                 distinct attribute values, summed over rounds, groups and attributes
     * @param diversityUpperBound       a proven bound on diversity for any grouping within the size bounds
     * @param diversityGap              (bound - diversity) / bound, 0 when the bound is 0
     * @param diversityUpperBoundThemes a proven bound for groupings with the same participants per
     *                                  theme in each round
     * @param diversityGapThemes        the gap against that bound
     * @param moves                     annealing moves tried
     * @param stoppedBy                 "moves", "target" (nothing better exists on the first four
     *                                  levels) or "time" (--seconds cut the search)
     */
    public record Stats(double interestMatched, double firstInterest,
                        int repeatedPairs, int repeatMeetings, long repeatMeetingsLowerBound,
                        int diversity, int diversityUpperBound, double diversityGap,
                        int diversityUpperBoundThemes, double diversityGapThemes,
                        long moves, String stoppedBy, double seconds, long seed) {
    }
}
