package org.silta.engine.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A text's concepts (with their ancestors) and language-tagged terms, before weighting. */
record RawFeatures(Map<String, Double> concepts, Map<String, Integer> terms) {

    private static final String CONCEPT = "c ";
    private static final String TERM = "t ";

    /** @param given concepts the profile adds to the text (picked ones, its place), with their weights */
    static RawFeatures of(AnalysedText text, Map<String, Double> given, Function<String, List<String>> ancestors) {
        var concepts = new HashMap<String, Double>();
        text.concepts().forEach((id, weight) -> spread(concepts, id, weight, ancestors));
        given.forEach((id, weight) -> spread(concepts, id, weight, ancestors));
        var terms = new HashMap<String, Integer>();
        for (var term : text.terms()) {
            terms.merge(TERM + text.language() + " " + term, 1, Integer::sum);
        }
        var keyed = new HashMap<String, Double>();
        concepts.forEach((id, weight) -> keyed.put(CONCEPT + id, weight));
        return new RawFeatures(keyed, terms);
    }

    private static void spread(Map<String, Double> concepts, String id, double weight,
                               Function<String, List<String>> ancestors) {
        concepts.merge(id, weight, Math::max);
        double inherited = weight;
        for (var ancestor : ancestors.apply(id)) {
            inherited *= TextVectors.ANCESTOR_DECAY;
            concepts.merge(ancestor, inherited, Math::max);
        }
    }

    static String conceptOf(String key) {
        return key.startsWith(CONCEPT) ? key.substring(CONCEPT.length()) : null;
    }

    Iterable<String> keys() {
        return () -> java.util.stream.Stream.concat(concepts.keySet().stream(), terms.keySet().stream()).iterator();
    }

    /**
     * The weighted vector: each part's TF-IDF weights scaled to length 1 (concepts) and
     * sqrt(termShare) (terms) for a need; for an offer divided by the larger of their length and
     * {@code offerCap} instead, so an offer is not diluted by what else it covers until it covers
     * a great deal.
     */
    TextVector vector(Map<String, Integer> ids, double[] idf, double termShare, boolean need, double offerCap) {
        int size = concepts.size() + terms.size();
        var features = new int[size];
        var weights = new double[size];
        int i = 0;
        for (var entry : concepts.entrySet()) {
            features[i] = ids.get(entry.getKey());
            weights[i] = entry.getValue() * idf[features[i]];
            i++;
        }
        int termsFrom = i;
        for (var entry : terms.entrySet()) {
            features[i] = ids.get(entry.getKey());
            weights[i] = (1 + Math.log(entry.getValue())) * idf[features[i]];
            i++;
        }
        scale(weights, 0, termsFrom, 1, need ? 0 : offerCap);
        scale(weights, termsFrom, size, Math.sqrt(termShare), need ? 0 : offerCap);
        return sorted(features, weights);
    }

    /** Multiplies the weights by {@code length / max(their length, floor)}. */
    private static void scale(double[] weights, int from, int to, double length, double floor) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += weights[i] * weights[i];
        }
        if (sum > 0) {
            double scale = length / Math.max(floor, Math.sqrt(sum));
            for (int i = from; i < to; i++) {
                weights[i] *= scale;
            }
        }
    }

    private static TextVector sorted(int[] features, double[] weights) {
        var order = new Integer[features.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(features[a], features[b]));
        var sortedFeatures = new int[features.length];
        var sortedWeights = new float[features.length];
        for (int i = 0; i < order.length; i++) {
            sortedFeatures[i] = features[order[i]];
            sortedWeights[i] = (float) weights[order[i]];
        }
        return new TextVector(sortedFeatures, sortedWeights);
    }
}
