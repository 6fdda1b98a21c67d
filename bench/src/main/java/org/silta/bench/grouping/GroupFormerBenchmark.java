package org.silta.bench.grouping;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.silta.engine.grouping.FormedGroups;
import org.silta.engine.grouping.GroupFormer;
import org.silta.engine.grouping.GroupingInstance;

/** Time to form Booster-shaped breakout groups with the default move budget, and the construction alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GroupFormerBenchmark {

    /** A limit the move budget always ends first, so every operation does the same work. */
    private static final double NO_TIME_LIMIT = 600;

    @Param({"500"})
    int participants;

    @Param({"60"})
    int groups;

    @Param({"3"})
    int rounds;

    private GroupingInstance instance;

    @Setup
    public void setUp() {
        instance = BreakoutInstances.booster(participants, groups, rounds, 2021);
    }

    @Benchmark
    public FormedGroups form() {
        return GroupFormer.form(instance, 1, NO_TIME_LIMIT);
    }

    @Benchmark
    public FormedGroups constructionOnly() {
        return GroupFormer.form(instance, 1, NO_TIME_LIMIT, 0);
    }
}
