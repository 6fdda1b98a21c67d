package org.silta.bench.matching;

import java.util.List;
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
import org.silta.engine.matching.Recommendation;
import org.silta.engine.matching.Recommender;
import org.silta.engine.matching.TextAnalysis;
import org.silta.engine.matching.Vocabulary;

/** Top-10 partners for every generated profile, text analysis included, in a warmed-up JVM. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class RecommendBenchmark {

    @Param({"1000", "10000"})
    int profiles;

    private List<org.silta.engine.matching.Profile> input;
    private Recommender recommender;

    @Setup
    public void setUp() {
        input = ProfileGenerator.generate(profiles, 42);
        recommender = new Recommender(TextAnalysis.standard(), Vocabulary.standard());
    }

    @Benchmark
    public List<Recommendation> recommendTop10() {
        return recommender.recommend(input, 10);
    }
}
