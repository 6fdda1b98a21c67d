package org.silta.engine.grouping;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Improves groups by moves (one participant to another group) and swaps (two participants
 * trade groups) within a round. Simulated annealing: a change that worsens interests (the
 * first or third level of {@link Score}) is never taken; one that improves the first three
 * levels always; a loss of diversity, or extra repeat meetings, are taken with a probability
 * that falls with the temperature. The best groups seen are kept, compared by {@link Score}.
 * The last part of the budget, or all of it after the target is reached, is a descent that
 * also takes the evenness tie-break into account (it evens out group sizes that wandered
 * within wide bounds); it ends early when it stalls.
 * The move budget makes runs repeatable; the deadline is a safety net.
 */
final class GroupSearch {

    private static final double START_TEMPERATURE = 0.3;
    private static final double END_TEMPERATURE = 0.01;
    /** Repeat meetings are annealed too, at this multiple of the temperature; a pure descent gets trapped. */
    private static final double REPEAT_TEMPERATURE_FACTOR = 2;
    private static final int SAME_THEME_IN_FOUR = 3;
    /** The last 1/DESCENT_SHARE of the budget only descends, evenness included. */
    private static final int DESCENT_SHARE = 5;
    /** The descent ends when this many moves per participant and round bring nothing better. */
    private static final int STALL_PER_PARTICIPANT_ROUND = 50;

    /**
     * {@code stoppedBy}: "moves" (budget spent or the final descent stalled), "target" (levels 1-4
     * cannot be beaten, so only the descent on evenness ran after that) or "time".
     */
    record Outcome(Grouping grouping, long moves, String stoppedBy) {
    }

    private final Random random;
    private final long deadline;
    private final int[][][] groupsOfTheme;
    private final int[][] indexInTheme;
    private Grouping current;

    private GroupSearch(Grouping start, Random random, long deadline) {
        this.current = start;
        this.random = random;
        this.deadline = deadline;
        groupsOfTheme = groupsOfTheme(start);
        indexInTheme = new int[start.instance.rounds][start.instance.groups];
        for (int r = 0; r < groupsOfTheme.length; r++) {
            for (var same : groupsOfTheme[r]) {
                for (int k = 0; k < same.length; k++) {
                    indexInTheme[r][same[k]] = k;
                }
            }
        }
    }

    /**
     * Searches from {@code start}; stops early once it holds groups as good as {@code target}
     * on the first four levels, which the caller knows cannot be beaten.
     */
    static Outcome improve(Grouping start, Random random, long moveBudget, long deadline, Score target) {
        if (start.instance.groups < 2) {
            return new Outcome(start, 0, "target");
        }
        return new GroupSearch(start, random, deadline).run(moveBudget, target);
    }

    private Outcome run(long budget, Score target) {
        var instance = current.instance;
        var best = current.score();
        boolean atBest = true;
        int[][] saved = null;
        boolean savedIsBest = false;
        double temperature = START_TEMPERATURE;
        double cooling = Math.log(END_TEMPERATURE / START_TEMPERATURE);
        long annealing = budget - budget / DESCENT_SHARE;
        long move = 0;
        String stoppedBy = "moves";
        long lastGain = 0;
        long stall = (long) STALL_PER_PARTICIPANT_ROUND * instance.participants * instance.rounds;
        for (; move < budget; move++) {
            if ((move & 1023) == 0) {
                if (!stoppedBy.equals("target") && reached(best, target)) {
                    // Levels 1-4 cannot improve any more: only the evenness descent is left.
                    stoppedBy = "target";
                    annealing = move;
                }
                if (move >= annealing && move - Math.max(lastGain, annealing) > stall) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    stoppedBy = "time";
                    break;
                }
                temperature = move >= annealing ? 0 : START_TEMPERATURE * Math.exp(cooling * move / annealing);
            }
            int r = random.nextInt(instance.rounds);
            int p = !random.nextBoolean() ? random.nextInt(instance.participants)
                    : current.repeats > 0 ? inRepeat(r) : withSharedValue(r);
            int h = otherGroup(r, current.groupOf[r][p], move < annealing / 2);
            int q = -1;
            if (random.nextBoolean() && current.canMove(r, p, h)) {
                current.evaluateMove(r, p, h);
            } else {
                q = current.members[r][h][random.nextInt(current.size[r][h])];
                current.evaluateSwap(r, p, q);
            }
            if (!accept(temperature)) {
                continue;
            }
            var next = new Score(current.unmatched + current.dUnmatched, current.repeats + current.dRepeats,
                    current.rankSum + current.dRank, current.distinct + current.dDistinct,
                    current.evenness + current.dEvenness);
            boolean worse = best.betterThan(next);
            if (worse && atBest && !savedIsBest) {
                saved = current.copyAssignment();
                savedIsBest = true;
            }
            if (q < 0) {
                current.applyMove(r, p, h);
            } else {
                current.applySwap(r, p, q);
            }
            atBest = !worse;
            if (next.betterThan(best)) {
                best = next;
                savedIsBest = false;
                lastGain = move;
            }
        }
        if (!atBest) {
            current = new Grouping(instance, saved, current.themeOfGroup);
        }
        return new Outcome(current, move, stoppedBy);
    }

    /** A participant who meets someone of its round-r group in another round, found by sampling; or anyone. */
    private int inRepeat(int r) {
        var instance = current.instance;
        for (int tries = 0; tries < 8; tries++) {
            int p = random.nextInt(instance.participants);
            int g = current.groupOf[r][p];
            var members = current.members[r][g];
            for (int i = 0, n = current.size[r][g]; i < n; i++) {
                if (members[i] != p && current.metElsewhere(p, members[i], r)) {
                    return p;
                }
            }
        }
        return random.nextInt(instance.participants);
    }

    /** A participant who shares an attribute value with someone in its round-r group, found by sampling; or anyone. */
    private int withSharedValue(int r) {
        for (int tries = 0; tries < 8; tries++) {
            int p = random.nextInt(current.instance.participants);
            if (current.sharesAValue(r, p)) {
                return p;
            }
        }
        return random.nextInt(current.instance.participants);
    }

    private static boolean reached(Score best, Score target) {
        return best.unmatched() <= target.unmatched() && best.repeatMeetings() <= target.repeatMeetings()
                && best.rankSum() <= target.rankSum() && best.diversity() >= target.diversity();
    }

    /** A temperature of 0 means descent: nothing worse is taken, evenness included. */
    private boolean accept(double temperature) {
        if (current.dUnmatched == 0 && current.dRepeats > 0 && current.dRank <= 0 && temperature > 0) {
            double repeatTemperature = REPEAT_TEMPERATURE_FACTOR * temperature;
            return random.nextDouble() < Math.exp(-current.dRepeats / repeatTemperature
                    + Math.min(0, current.dDistinct) / temperature);
        }
        int levels = firstLevels();
        if (levels != 0) {
            return levels < 0;
        }
        if (temperature == 0) {
            return current.dDistinct > 0 || (current.dDistinct == 0 && current.dEvenness <= 0);
        }
        return current.dDistinct >= 0 || random.nextDouble() < Math.exp(current.dDistinct / temperature);
    }

    /** The sign of the change on the first three levels (negative: better). */
    private int firstLevels() {
        if (current.dUnmatched != 0) {
            return current.dUnmatched;
        }
        if (current.dRepeats != 0) {
            return current.dRepeats;
        }
        return current.dRank;
    }

    /**
     * A random group other than g, of the same theme when {@code sameTheme} holds and most often
     * otherwise. Searching within themes first keeps repeats from being traded for interests
     * while a reshuffle inside the themes can still avoid them.
     */
    private int otherGroup(int r, int g, boolean sameTheme) {
        int theme = current.themeOfGroup[r][g];
        if (theme >= 0 && groupsOfTheme[r][theme].length > 1 && (sameTheme || random.nextInt(4) < SAME_THEME_IN_FOUR)) {
            var same = groupsOfTheme[r][theme];
            int k = random.nextInt(same.length - 1);
            return same[k >= indexInTheme[r][g] ? k + 1 : k];
        }
        int h = random.nextInt(current.instance.groups - 1);
        return h >= g ? h + 1 : h;
    }

    private static int[][][] groupsOfTheme(Grouping grouping) {
        var instance = grouping.instance;
        var result = new int[instance.rounds][Math.max(instance.themes, 1)][];
        for (int r = 0; r < instance.rounds; r++) {
            var themeOfGroup = grouping.themeOfGroup[r];
            for (int t = 0; t < result[r].length; t++) {
                int theme = instance.themes == 0 ? -1 : t;
                result[r][t] = IntStream.range(0, instance.groups).filter(g -> themeOfGroup[g] == theme).toArray();
            }
        }
        return result;
    }
}
