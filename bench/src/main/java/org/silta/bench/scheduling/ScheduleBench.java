package org.silta.bench.scheduling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.silta.engine.cli.JsonFiles;
import org.silta.engine.cli.ScheduleJson;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingScheduler;
import org.silta.engine.scheduling.Schedule;
import org.silta.engine.scheduling.ScheduleRules;

/**
 * Runs the schedulers under test on the three instance families and prints, per family and time
 * budget: the instance's size, the weight, the proven upper bound, the gap, the seconds, whether
 * the rules hold; then a re-solve after 5% of the requests changed with the published meetings pinned.
 * Arguments: {@code [--seconds 2,10,60] [--families workshop,regional,large] [--seed 1] [--write DIR]}.
 */
public final class ScheduleBench {

    private static final List<InstanceFamily> FAMILIES = List.of(new WorkshopFamily(), BrokerageFamily.regional(),
            BrokerageFamily.large());
    private static final List<SchedulerUnderTest> SCHEDULERS = List.of(new SiltaScheduler());
    private static final double RESOLVE_SECONDS = 2;

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var budgets = Arrays.stream(options.getOrDefault("seconds", "10").split(",")).mapToDouble(Double::parseDouble).toArray();
        var families = List.of(options.getOrDefault("families", "workshop,regional,large").split(","));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        System.out.printf("machine: %d cores, JDK %s (%s), max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-9s %-6s %6s %7s %5s %5s %4s %9s %9s %7s %5s %7s %6s %6s %s%n", "family", "solver", "people",
                "requests", "slots", "pins", "budget", "weight", "bound", "gap%", "opt", "seconds", "met", "idle", "rules");
        for (var family : FAMILIES) {
            if (!families.contains(family.name())) {
                continue;
            }
            var instance = family.generate(seed);
            if (options.containsKey("write")) {
                var dir = Files.createDirectories(Path.of(options.get("write")));
                JsonFiles.write(dir.resolve(instance.name() + ".json"), ScheduleJson.toJson(instance));
            }
            for (var scheduler : SCHEDULERS) {
                Schedule last = null;
                for (double budget : budgets) {
                    long start = System.nanoTime();
                    last = scheduler.solve(instance, budget, seed);
                    print(family.name(), scheduler.name(), instance, budget, last, (System.nanoTime() - start) / 1e9);
                }
                resolve(family.name(), scheduler, instance, last, seed);
            }
        }
    }

    private static void resolve(String family, SchedulerUnderTest scheduler, MeetingInstance instance,
                                Schedule published, long seed) {
        var changed = new InstanceChanges(0.05).apply(instance, new SplittableRandom(seed));
        var pinned = MeetingScheduler.pinPublished(changed, published);
        long start = System.nanoTime();
        var again = scheduler.resolve(pinned, published, RESOLVE_SECONDS, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(family + "+5%", scheduler.name(), pinned, RESOLVE_SECONDS, again, seconds);
        var before = new HashMap<String, String>();
        published.meetings().forEach(m -> before.put(m.request(), m.slot()));
        long moved = again.meetings().stream()
                .filter(m -> before.containsKey(m.request()) && !before.get(m.request()).equals(m.slot())).count();
        long dropped = again.unscheduled().stream().filter(before::containsKey).count();
        System.out.printf("          re-solve: %d published meetings pinned, %d moved, %d dropped (conflicts %d), %.2f s%n",
                before.size() - dropped - moved, moved, dropped, again.conflicts().size(), seconds);
    }

    private static void print(String family, String solver, MeetingInstance instance, double budget, Schedule schedule,
                              double seconds) {
        var violations = ScheduleRules.violations(instance, schedule);
        var stats = schedule.stats();
        long pins = instance.requests().stream().filter(r -> r.slot() != null).count();
        System.out.printf("%-9s %-6s %6d %7d %5d %5d %6.0f %9d %9d %7.3f %5s %7.2f %6d %6d %s%n", family, solver,
                instance.participants().size(), instance.requests().size(), instance.slots().size(), pins, budget,
                stats.scheduledWeight(), schedule.upperBound(), 100 * stats.gap(), stats.optimal() ? "yes" : "no",
                seconds, stats.participantsWithMeetings(), stats.idleGaps(),
                violations.isEmpty() ? "ok" : violations.size() + " broken, first: " + violations.get(0));
    }

    private static HashMap<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
