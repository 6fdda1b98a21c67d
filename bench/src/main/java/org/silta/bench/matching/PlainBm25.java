package org.silta.bench.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.silta.engine.matching.Profile;

/**
 * The baseline: Okapi BM25 on the raw words of the texts, with no concepts, no stemming and
 * no translation. A profile's needs are the query against every other profile's offers and
 * its offers the query against their needs; the two scores add up.
 */
final class PlainBm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private PlainBm25() {
    }

    static Map<String, List<String>> rank(List<Profile> profiles, int k) {
        var offers = profiles.stream().map(p -> words(String.join(" ", p.offers()))).toList();
        var needs = profiles.stream().map(p -> words(String.join(" ", p.needs()))).toList();
        var offerIndex = new Index(offers);
        var needIndex = new Index(needs);
        var result = new LinkedHashMap<String, List<String>>();
        for (int p = 0; p < profiles.size(); p++) {
            var scores = offerIndex.scores(needs.get(p));
            var reverse = needIndex.scores(offers.get(p));
            reverse.forEach((q, s) -> scores.merge(q, s, Double::sum));
            scores.remove(p);
            result.put(profiles.get(p).id(), scores.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(k).map(e -> profiles.get(e.getKey()).id()).toList());
        }
        return result;
    }

    static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static final class Index {
        private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        private final int[] lengths;
        private final double averageLength;

        Index(List<List<String>> documents) {
            lengths = new int[documents.size()];
            long total = 0;
            for (int d = 0; d < documents.size(); d++) {
                lengths[d] = documents.get(d).size();
                total += lengths[d];
                for (var word : documents.get(d)) {
                    postings.computeIfAbsent(word, w -> new HashMap<>()).merge(d, 1, Integer::sum);
                }
            }
            averageLength = Math.max(1, (double) total / Math.max(1, documents.size()));
        }

        Map<Integer, Double> scores(List<String> query) {
            var scores = new HashMap<Integer, Double>();
            for (var word : query.stream().distinct().sorted(Comparator.naturalOrder()).toList()) {
                var posting = postings.get(word);
                if (posting == null) {
                    continue;
                }
                double idf = Math.log(1 + (lengths.length - posting.size() + 0.5) / (posting.size() + 0.5));
                posting.forEach((d, tf) -> scores.merge(d, idf * tf * (K1 + 1)
                        / (tf + K1 * (1 - B + B * lengths[d] / averageLength)), Double::sum));
            }
            return scores;
        }
    }
}
