package org.silta.bench.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.silta.engine.matching.Recommender;

/**
 * Recall@k of the true partners in Silta's labelled test set, for Silta's recommender and for
 * plain BM25 on the raw text: on average over the needs, and per language pair (the need's
 * language, the partner's language). The needs are split once, by a seeded shuffle of their
 * ids, into a tuning half (looked at while improving the vocabulary and the scoring) and a
 * held-out half (only ever counted); both halves and all needs are reported.
 *
 * <p>Run: {@code java -cp bench/target/silta-bench.jar org.silta.bench.matching.RecallEvaluation}
 */
public final class RecallEvaluation {

    static final int K = 10;
    /** A language pair counts for the worst-pair figure when it has at least this many true partners. */
    static final int MIN_PAIR_SUPPORT = 5;
    static final long SPLIT_SEED = 20_261_122L;

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
    record Report(int needs, double averageRecall, Map<String, Hits> byPair) {

        double worstPairRecall() {
            return byPair.values().stream().filter(h -> h.total() >= MIN_PAIR_SUPPORT)
                    .mapToDouble(Hits::recall).min().orElse(0);
        }

        String worstPair() {
            return byPair.entrySet().stream().filter(e -> e.getValue().total() >= MIN_PAIR_SUPPORT)
                    .min(Map.Entry.comparingByValue(Comparator.comparingDouble(Hits::recall)))
                    .map(Map.Entry::getKey).orElse("-");
        }
    }

    /** The ids of the needs in the tuning half: a seeded shuffle of the sorted ids, first half. */
    static Set<String> tuningHalf(TestSet set) {
        var ids = new ArrayList<>(set.cases().stream().map(TestSet.Case::id).sorted().toList());
        Collections.shuffle(ids, new Random(SPLIT_SEED));
        return Set.copyOf(ids.subList(0, (ids.size() + 1) / 2));
    }

    static Report evaluate(TestSet set, Map<String, List<String>> suggestions, Predicate<TestSet.Case> counted) {
        var byPair = new TreeMap<String, Hits>();
        double sum = 0;
        int needs = 0;
        for (var c : set.cases()) {
            if (!counted.test(c)) {
                continue;
            }
            var suggested = new HashSet<>(suggestions.getOrDefault(c.profile(), List.of()));
            int found = 0;
            for (var partner : c.partners().entrySet()) {
                boolean hit = suggested.contains(partner.getKey());
                found += hit ? 1 : 0;
                byPair.merge(c.language() + "→" + partner.getValue(), new Hits(hit ? 1 : 0, 1), Hits::plus);
            }
            sum += (double) found / c.partners().size();
            needs++;
        }
        return new Report(needs, needs == 0 ? 0 : sum / needs, byPair);
    }

    static Map<String, List<String>> siltaSuggestions(TestSet set) {
        return Recommender.standard().recommend(set.profiles(), K).stream().collect(Collectors.toMap(r -> r.profile(),
                r -> r.partners().stream().map(p -> p.profile()).toList()));
    }

    static Map<String, List<String>> baselineSuggestions(TestSet set) {
        return PlainBm25.rank(set.profiles(), K);
    }

    static Report silta(TestSet set) {
        return evaluate(set, siltaSuggestions(set), c -> true);
    }

    static Report baseline(TestSet set) {
        return evaluate(set, baselineSuggestions(set), c -> true);
    }

    public static void main(String[] args) {
        var set = TestSet.standard();
        var silta = siltaSuggestions(set);
        var baseline = baselineSuggestions(set);
        var tuning = tuningHalf(set);
        var all = evaluate(set, silta, c -> true);
        var allBaseline = evaluate(set, baseline, c -> true);
        System.out.printf("Silta partner recommendations, recall@%d on %s%n", K, TestSet.RESOURCE);
        System.out.printf("%d profiles, %d needs with true partners in other languages, %d language pairs%n%n",
                set.profiles().size(), set.cases().size(), all.byPair().size());
        System.out.printf("%-16s %9s %8s %8s%n", "pair (need→offer)", "partners", "Silta", "BM25");
        for (var pair : all.byPair().keySet()) {
            var s = all.byPair().get(pair);
            var b = allBaseline.byPair().get(pair);
            System.out.printf("%-16s %9d %8.2f %8.2f%n", pair, s.total(), s.recall(), b.recall());
        }
        System.out.printf("%nneeds split by seed %d: %d tuning, %d held out%n", SPLIT_SEED, tuning.size(),
                set.cases().size() - tuning.size());
        System.out.printf("%-14s %5s %8s %18s %8s %18s%n", "", "needs", "Silta", "Silta worst pair", "BM25",
                "BM25 worst pair");
        line("tuning half", evaluate(set, silta, c -> tuning.contains(c.id())),
                evaluate(set, baseline, c -> tuning.contains(c.id())));
        line("held-out half", evaluate(set, silta, c -> !tuning.contains(c.id())),
                evaluate(set, baseline, c -> !tuning.contains(c.id())));
        line("all needs", all, allBaseline);
        System.out.printf("(mean recall over needs; worst pair over pairs with >= %d true partners in that set)%n",
                MIN_PAIR_SUPPORT);
    }

    private static void line(String name, Report silta, Report baseline) {
        System.out.printf("%-14s %5d %8.3f %18s %8.3f %18s%n", name, silta.needs(), silta.averageRecall(),
                String.format("%.2f %s", silta.worstPairRecall(), silta.worstPair()), baseline.averageRecall(),
                String.format("%.2f %s", baseline.worstPairRecall(), baseline.worstPair()));
    }
}
