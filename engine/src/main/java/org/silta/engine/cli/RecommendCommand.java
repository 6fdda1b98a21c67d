package org.silta.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.silta.engine.matching.Recommendation;
import org.silta.engine.matching.Recommender;
import org.silta.engine.matching.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silta recommend}: partner suggestions across languages (shared/formats/recommend.md). */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Suggests up to k partners for every profile, with the texts and concepts that match.")
final class RecommendCommand implements Callable<Integer> {

    static final int DEFAULT_K = 10;

    @Option(names = "--in", required = true, description = "profiles (JSON)")
    Path in;

    @Option(names = "--out", required = true, description = "where the recommendations are written (JSON)")
    Path out;

    @Option(names = "--k", description = "partners per profile; overrides the file's k (default: the file's, else 10)")
    Integer k;

    record Result(List<Recommendation> recommendations) {
    }

    @Override
    public Integer call() throws Exception {
        var vocabulary = Vocabulary.standard();
        var instance = ProfilesFile.read(in, id -> vocabulary.concept(id).isPresent(), DEFAULT_K);
        if (k != null && k < 1) {
            throw new InputError(in, "--k", null, "must be a positive whole number");
        }
        int partners = k != null ? k : instance.k();
        var recommendations = new Recommender(org.silta.engine.matching.TextAnalysis.standard(), vocabulary)
                .recommend(instance.profiles(), partners);
        JsonFiles.write(out, new Result(recommendations));
        return 0;
    }
}
