package org.silta.engine.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.silta.engine.scheduling.InvalidInstance;
import org.silta.engine.scheduling.MeetingScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code silta schedule}: the meeting-schedule contract in /shared/formats/meeting-schedule.md. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedules accepted meeting requests into slots and proves an upper bound on the weight.")
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, description = "the instance (JSON)")
    Path in;

    @Option(names = "--out", required = true, description = "where the result goes (JSON)")
    Path out;

    @Option(names = "--seconds", defaultValue = "10", description = "time budget in seconds (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warm-start", description = "a previous result whose meetings are kept where they still fit")
    Path warmStart;

    @Override
    public Integer call() throws Exception {
        if (seconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--seconds must be positive");
        }
        long reading = System.nanoTime();
        var instance = ScheduleJson.readInstance(in);
        var previous = warmStart == null ? null : ScheduleJson.readSchedule(warmStart);
        double read = (System.nanoTime() - reading) / 1e9;
        try {
            var schedule = MeetingScheduler.solve(instance, new MeetingScheduler.Options(solving(read), seed, previous));
            JsonFiles.write(out, ScheduleJson.toJson(schedule));
        } catch (InvalidInstance e) {
            throw new InputError(in, e.field(), e.id(), e.problem());
        }
        return 0;
    }

    /** The budget left for solving once the process started, the file was read and writing is set aside. */
    private double solving(double read) {
        double spent = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        return Math.max(0.1 * seconds, seconds - spent - read);
    }
}
