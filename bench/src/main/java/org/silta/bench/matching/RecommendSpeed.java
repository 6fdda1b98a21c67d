package org.silta.bench.matching;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.silta.engine.matching.Recommender;
import org.silta.engine.matching.TextAnalysis;
import org.silta.engine.matching.Vocabulary;

/**
 * Times Silta's recommender on generated profiles against the budget: top-10 for each of
 * 10,000 profiles, text analysis included, in at most 10 seconds. The first run is what a
 * fresh {@code bin/silta recommend} process does; later runs show the warmed-up JVM.
 *
 * <p>Run: {@code java -cp bench/target/silta-bench.jar org.silta.bench.matching.RecommendSpeed [profiles] [runs] [seed]}
 */
public final class RecommendSpeed {

    static final double BUDGET_SECONDS = 10;

    private RecommendSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        var profiles = ProfileGenerator.generate(count, seed);
        long texts = profiles.stream().mapToLong(p -> p.offers().size() + p.needs().size()).sum();
        System.out.printf("machine: %s, %d cores, %s %s, max heap %d MiB%n", cpu(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("input: %d generated profiles (seed %d), %d offer and need texts, k = 10%n", count, seed, texts);
        long start = System.nanoTime();
        var recommender = new Recommender(TextAnalysis.standard(), Vocabulary.standard());
        double loading = seconds(start);
        System.out.printf("loading vocabulary and analysers: %.2f s%n", loading);
        for (int run = 1; run <= runs; run++) {
            long begin = System.nanoTime();
            var result = recommender.recommend(profiles, 10);
            double elapsed = seconds(begin) + (run == 1 ? loading : 0);
            long suggestions = result.stream().mapToLong(r -> r.partners().size()).sum();
            System.out.printf("run %d%s: %.2f s for %d suggestions, %.2f of the %.0f s budget%n", run,
                    run == 1 ? " (cold, with loading)" : " (warm)", elapsed, suggestions, elapsed / BUDGET_SECONDS,
                    BUDGET_SECONDS);
        }
        System.out.printf("JVM uptime at the end: %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (Exception e) {
            return System.getProperty("os.arch");
        }
    }
}
