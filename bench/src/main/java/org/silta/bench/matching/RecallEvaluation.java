package org.silta.bench.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.silta.engine.matching.Recommender;

/**
 * Recall@k of the true partners in Silta's labelled test set, for Silta's recommender and for
 * plain BM25 on the raw text: on average over the needs, and per language pair (the need's
 * language, the partner's language).
 *
 * <p>Run: {@code java -cp bench/target/silta-bench.jar org.silta.bench.matching.RecallEvaluation}
 */
public final class RecallEvaluation {

    static final int K = 10;
    /** A language pair counts for the worst-pair figure when it has at least this many true partners. */
    static final int MIN_PAIR_SUPPORT = 5;

    private RecallEvaluation() {
    }

    /** Partners found among the true ones. */
    record Hits(int found, int total) {
        double recall() {
            return total == 0 ? 0 : (double) found / total;
        }

        Hits plus(Hits other) {
            return new Hits(found + other.found, total + other.total);
        }
    }

    /** Mean recall over the needs, and the hits per language pair ("uz→fi"). */
    record Report(double averageRecall, Map<String, Hits> byPair) {

        double worstPairRecall() {
            return byPair.values().stream().filter(h -> h.total() >= MIN_PAIR_SUPPORT)
                    .mapToDouble(Hits::recall).min().orElse(0);
        }

        String worstPair() {
            return byPair.entrySet().stream().filter(e -> e.getValue().total() >= MIN_PAIR_SUPPORT)
                    .min(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(Hits::recall)))
                    .map(Map.Entry::getKey).orElse("-");
        }
    }

    static Report evaluate(TestSet set, Map<String, List<String>> suggestions) {
        var byPair = new TreeMap<String, Hits>();
        double sum = 0;
        for (var c : set.cases()) {
            var suggested = new HashSet<>(suggestions.getOrDefault(c.profile(), List.of()));
            int found = 0;
            for (var partner : c.partners().entrySet()) {
                boolean hit = suggested.contains(partner.getKey());
                found += hit ? 1 : 0;
                byPair.merge(c.language() + "→" + partner.getValue(), new Hits(hit ? 1 : 0, 1), Hits::plus);
            }
            sum += (double) found / c.partners().size();
        }
        return new Report(sum / set.cases().size(), byPair);
    }

    static Report silta(TestSet set) {
        var recommendations = Recommender.standard().recommend(set.profiles(), K);
        return evaluate(set, recommendations.stream().collect(Collectors.toMap(r -> r.profile(),
                r -> r.partners().stream().map(p -> p.profile()).toList())));
    }

    static Report baseline(TestSet set) {
        return evaluate(set, PlainBm25.rank(set.profiles(), K));
    }

    public static void main(String[] args) {
        var set = TestSet.standard();
        var silta = silta(set);
        var baseline = baseline(set);
        System.out.printf("Silta partner recommendations, recall@%d on %s%n", K, TestSet.RESOURCE);
        System.out.printf("%d profiles, %d needs with true partners in other languages, %d language pairs%n%n",
                set.profiles().size(), set.cases().size(), silta.byPair().size());
        System.out.printf("%-16s %9s %8s %8s%n", "pair (need→offer)", "partners", "Silta", "BM25");
        for (var pair : silta.byPair().keySet()) {
            var s = silta.byPair().get(pair);
            var b = baseline.byPair().get(pair);
            System.out.printf("%-16s %9d %8.2f %8.2f%n", pair, s.total(), s.recall(), b.recall());
        }
        System.out.printf("%nmean over needs  %9s %8.3f %8.3f%n", "", silta.averageRecall(), baseline.averageRecall());
        System.out.printf("worst pair (>= %d partners): Silta %.2f (%s), BM25 %.2f (%s)%n", MIN_PAIR_SUPPORT,
                silta.worstPairRecall(), silta.worstPair(), baseline.worstPairRecall(), baseline.worstPair());
    }
}
