package org.silta.bench.grouping;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import org.silta.engine.grouping.GroupFormer;
import org.silta.engine.grouping.GroupingInstance;

/**
 * Measures the breakout-group former on Booster-shaped instances: time, the objective's levels,
 * the proven bounds and gaps, and the greedy construction alone as the peer. With {@code --cli JAR}
 * it also times {@code silta groups} end to end (JVM start, reading, writing) against the budget.
 * <pre>GroupBench [--participants 500] [--groups 60] [--rounds 3] [--seeds 5] [--seconds 1.4] [--cli JAR]</pre>
 */
public final class GroupBench {

    private static final double BUDGET_SECONDS = 2.0;

    public static void main(String[] args) throws Exception {
        int participants = option(args, "--participants", 500);
        int groups = option(args, "--groups", 60);
        int rounds = option(args, "--rounds", 3);
        int seeds = option(args, "--seeds", 5);
        double seconds = Double.parseDouble(text(args, "--seconds", "1.4"));
        var cli = text(args, "--cli", null);

        var instance = BreakoutInstances.booster(participants, groups, rounds, 2021);
        System.out.println(Machine.describe());
        System.out.printf("instance: Booster-shaped, %d participants, %d groups of %d..%d, %d rounds, themes %s, diversify %s%n",
                participants, groups, instance.minSize(), instance.maxSize(), rounds, instance.themes(), instance.diversify());
        System.out.printf("search: %d moves (default budget), time limit %.1f s; peer: the greedy construction alone%n%n",
                GroupFormer.defaultMoves(instance), seconds);
        System.out.println("wall: elapsed seconds of the solve; cpu: this thread's CPU seconds (other load on the machine does not count)");
        System.out.println("seed  wall     cpu     stop    interest  first   repeats(>=LB)  diversity  bound  gap     boundThemes  gapThemes  greedy  gain");
        var threads = ManagementFactory.getThreadMXBean();
        var times = new double[seeds];
        var cpus = new double[seeds];
        for (int seed = 1; seed <= seeds; seed++) {
            var greedy = GroupFormer.form(instance, seed, seconds, 0).stats();
            long cpuStart = threads.getCurrentThreadCpuTime();
            var stats = GroupFormer.form(instance, seed, seconds).stats();
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            times[seed - 1] = stats.seconds();
            cpus[seed - 1] = cpu;
            System.out.printf("%4d  %6.3f  %6.3f  %-6s  %8.4f  %6.4f  %6d (>=%d)  %9d  %5d  %6.2f%%  %11d  %8.2f%%  %6d  %+5.2f%%%n",
                    seed, stats.seconds(), cpu, stats.stoppedBy(), stats.interestMatched(), stats.firstInterest(),
                    stats.repeatMeetings(), stats.repeatMeetingsLowerBound(), stats.diversity(),
                    stats.diversityUpperBound(), 100 * stats.diversityGap(), stats.diversityUpperBoundThemes(),
                    100 * stats.diversityGapThemes(), greedy.diversity(),
                    100.0 * (stats.diversity() - greedy.diversity()) / greedy.diversity());
        }
        Arrays.sort(times);
        Arrays.sort(cpus);
        System.out.printf("%nin-process solve: wall median %.3f s, max %.3f s; cpu median %.3f s, max %.3f s"
                + " (the first run includes JIT warm-up)%n", times[seeds / 2], times[seeds - 1], cpus[seeds / 2], cpus[seeds - 1]);
        System.out.printf("load average when done: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        repeatHeavy(seconds);
        if (cli != null) {
            endToEnd(instance, Path.of(cli));
        }
    }

    /** Rounds where repeats cannot all be avoided, or only barely: repeat meetings against their lower bound. */
    private static void repeatHeavy(double seconds) {
        System.out.println("\nrepeat-heavy rounds, no themes or attributes (seed 1):");
        System.out.println("participants  groups x size  rounds  repeats  lowerBound  seconds  stop");
        int[][] cases = {{30, 5, 3}, {60, 6, 3}, {9, 3, 4}, {16, 4, 5}, {32, 8, 10}};
        for (var c : cases) {
            var instance = BreakoutInstances.plain(c[0], c[1], c[2]);
            var stats = GroupFormer.form(instance, 1, seconds).stats();
            System.out.printf("%12d  %6d x %-4d  %6d  %7d  %10d  %7.3f  %s%n", c[0], c[1], c[0] / c[1], c[2],
                    stats.repeatMeetings(), stats.repeatMeetingsLowerBound(), stats.seconds(), stats.stoppedBy());
        }
        System.out.println("(9 in 3x3 over 4 rounds, 16 in 4x4 over 5 and 32 in 8x4 over 10 have schedules with no repeat at all)");
    }

    private static void endToEnd(GroupingInstance instance, Path jar) throws Exception {
        var directory = Files.createTempDirectory("silta-groups-bench");
        var in = directory.resolve("instance.json");
        var out = directory.resolve("result.json");
        BreakoutInstances.write(instance, in);
        var java = ProcessHandle.current().info().command().orElse("java");
        var walls = new ArrayList<Double>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            var process = new ProcessBuilder(java, "-jar", jar.toString(), "groups", "--in", in.toString(),
                    "--out", out.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("silta groups exited with " + process.exitValue());
            }
            walls.add((System.nanoTime() - start) / 1e9);
        }
        walls.sort(null);
        System.out.printf("end to end (java -jar %s groups, default --seconds): runs %s s, max %.3f s = %.2f of the %.0f s budget%n",
                jar.getFileName(), walls.stream().map(w -> "%.3f".formatted(w)).toList(), walls.get(2),
                walls.get(2) / BUDGET_SECONDS, BUDGET_SECONDS);
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(directory);
    }

    private static int option(String[] args, String name, int fallback) {
        return Integer.parseInt(text(args, name, Integer.toString(fallback)));
    }

    private static String text(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
