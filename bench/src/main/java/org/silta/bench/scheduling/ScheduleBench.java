package org.silta.bench.scheduling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.silta.bench.scheduling.cpsat.CpSatScheduler;
import org.silta.bench.scheduling.timefold.TimefoldScheduler;
import org.silta.engine.cli.JsonFiles;
import org.silta.engine.cli.ScheduleJson;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingScheduler;
import org.silta.engine.scheduling.Schedule;

/**
 * Runs Silta's scheduler and its peers on the same instances under the same time budgets and prints,
 * per family and budget: each solver's scheduled weight, the bound Silta proves at that budget, the gap
 * to it, the time the solver first came within 1% of its own final weight, and whether the result keeps
 * the contract's rules; then a re-solve after 5% of the requests changed with the published meetings
 * pinned, and a closing note comparing Silta with the best peer. Arguments: {@code [--seconds 2,10,60]
 * [--families workshop,regional,large] [--solvers silta,timefold,cpsat] [--seed 1] [--write DIR]}.
 */
public final class ScheduleBench {

    private static final List<InstanceFamily> FAMILIES = List.of(new WorkshopFamily(), BrokerageFamily.regional(),
            BrokerageFamily.large());
    private static final List<SchedulerUnderTest> SCHEDULERS = List.of(new SiltaScheduler(), new TimefoldScheduler(),
            new CpSatScheduler());
    private static final double RESOLVE_SECONDS = 2;

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var budgets = Arrays.stream(options.getOrDefault("seconds", "10").split(",")).mapToDouble(Double::parseDouble).toArray();
        var families = List.of(options.getOrDefault("families", "workshop,regional,large").split(","));
        var solvers = List.of(options.getOrDefault("solvers", "silta,timefold,cpsat").split(","));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        System.out.printf("machine: %d cores, JDK %s (%s), max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"));
        var warmUp = new WorkshopFamily().generate(seed + 1);
        for (var scheduler : SCHEDULERS) {
            if (solvers.contains(scheduler.name()) || scheduler.name().equals("silta")) {
                scheduler.solve(warmUp, null, 1, seed, new Progress());
            }
        }
        System.out.printf("warm-up: each solver ran once on %s for 1 s (class loading, JIT, native library) before the "
                + "timed runs; the gap is always to the bound Silta proves at the same budget%n", warmUp.name());
        var note = new ClosingNote();
        for (var family : FAMILIES) {
            if (!families.contains(family.name())) {
                continue;
            }
            var instance = family.generate(seed);
            if (options.containsKey("write")) {
                var dir = Files.createDirectories(Path.of(options.get("write")));
                JsonFiles.write(dir.resolve(instance.name() + ".json"), ScheduleJson.toJson(instance));
            }
            long pins = instance.requests().stream().filter(r -> r.slot() != null).count();
            System.out.printf("%n%s: %d participants, %d requests, %d slots, %d pinned, seed %d%n", instance.name(),
                    instance.participants().size(), instance.requests().size(), instance.slots().size(), pins, seed);
            var last = new LinkedHashMap<String, Schedule>();
            for (double budget : budgets) {
                System.out.printf("budget %.0f s%n", budget);
                BenchRow.header();
                var rows = new ArrayList<BenchRow>();
                long bound = -1;
                for (var scheduler : SCHEDULERS) {
                    boolean listed = solvers.contains(scheduler.name());
                    if (!listed && !scheduler.name().equals("silta")) {
                        continue;
                    }
                    var row = BenchRow.run(scheduler, instance, null, budget, seed, bound);
                    bound = bound < 0 ? row.schedule().upperBound() : bound;
                    if (listed) {
                        row.print();
                        rows.add(row);
                        last.put(scheduler.name(), row.schedule());
                    }
                }
                note.add(family.name(), budget, rows);
            }
            for (var scheduler : SCHEDULERS) {
                if (last.get(scheduler.name()) != null) {
                    resolve(family.name(), scheduler, instance, last.get(scheduler.name()), seed);
                }
            }
        }
        note.print();
    }

    private static void resolve(String family, SchedulerUnderTest scheduler, MeetingInstance instance,
                                Schedule published, long seed) {
        var changed = new InstanceChanges(0.05).apply(instance, new SplittableRandom(seed));
        var pinned = MeetingScheduler.pinPublished(changed, published);
        var row = BenchRow.run(scheduler, pinned, published, RESOLVE_SECONDS, seed, Long.MAX_VALUE);
        var again = row.schedule();
        if (again == null) {
            System.out.printf("%s +5%% re-solve, %s: no solution within %.0f s%n", family, scheduler.name(), RESOLVE_SECONDS);
            return;
        }
        var before = new HashMap<String, String>();
        published.meetings().forEach(m -> before.put(m.request(), m.slot()));
        long kept = again.meetings().stream().filter(m -> m.slot().equals(before.get(m.request()))).count();
        long moved = again.meetings().stream()
                .filter(m -> before.containsKey(m.request()) && !before.get(m.request()).equals(m.slot())).count();
        long dropped = again.unscheduled().stream().filter(before::containsKey).count();
        System.out.printf("%s +5%% re-solve, %s: weight %d, %d published meetings kept, %d moved, %d dropped (conflicts %d), "
                        + "%.2f s, rules %s%n", family, scheduler.name(), again.stats().scheduledWeight(), kept, moved,
                dropped, again.conflicts().size(), row.seconds(), row.rules());
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
