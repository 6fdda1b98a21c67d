package org.silta.engine.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every offer and need as a {@link TextVector}. Concept features (from the text and the
 * profile's picked concepts, spread up the hierarchy) work across languages; term features
 * carry their language, so they match only texts of the same language. Both parts are
 * weighted by inverse document frequency; the concept part has length 1, the term part
 * length sqrt(TERM_SHARE), so a dot product is cos(concepts) + TERM_SHARE * cos(terms).
 */
final class TextVectors {

    static final double TERM_SHARE = 0.3;
    static final double ANCESTOR_DECAY = 0.5;
    static final double PICKED_WEIGHT = 0.5;

    final TextVector[] offers;
    final TextVector[] needs;
    /** Concept id of a concept feature; null for a term feature. */
    final String[] conceptOf;
    final int[] documentFrequency;

    private TextVectors(TextVector[] offers, TextVector[] needs, String[] conceptOf, int[] documentFrequency) {
        this.offers = offers;
        this.needs = needs;
        this.conceptOf = conceptOf;
        this.documentFrequency = documentFrequency;
    }

    static TextVectors build(ProfileTexts texts, TextAnalysis analysis, Vocabulary vocabulary) {
        Map<String, AnalysedText> analysed = java.util.stream.Stream.concat(texts.offers.stream(), texts.needs.stream())
                .distinct().parallel()
                .collect(Collectors.toConcurrentMap(Function.identity(), analysis::analyse));
        var ancestors = new ConcurrentHashMap<String, List<String>>();
        Function<String, List<String>> lineage = id -> ancestors.computeIfAbsent(id,
                key -> vocabulary.ancestors(key).stream().map(Concept::id).toList());
        var offerFeatures = new RawFeatures[texts.offers.size()];
        var needFeatures = new RawFeatures[texts.needs.size()];
        java.util.stream.IntStream.range(0, offerFeatures.length).parallel().forEach(t -> offerFeatures[t] =
                RawFeatures.of(analysed.get(texts.offers.get(t)), texts.profiles.get(texts.offerOwner[t]).concepts(), lineage));
        java.util.stream.IntStream.range(0, needFeatures.length).parallel().forEach(t -> needFeatures[t] =
                RawFeatures.of(analysed.get(texts.needs.get(t)), texts.profiles.get(texts.needOwner[t]).concepts(), lineage));

        var ids = new HashMap<String, Integer>();
        var frequency = new int[16];
        for (var raw : List.of(offerFeatures, needFeatures)) {
            for (var features : raw) {
                for (var key : features.keys()) {
                    int id = ids.computeIfAbsent(key, k -> ids.size());
                    if (id >= frequency.length) {
                        frequency = Arrays.copyOf(frequency, frequency.length * 2);
                    }
                    frequency[id]++;
                }
            }
        }
        var conceptOf = new String[ids.size()];
        ids.forEach((key, id) -> conceptOf[id] = RawFeatures.conceptOf(key));
        var df = Arrays.copyOf(frequency, ids.size());
        double total = offerFeatures.length + needFeatures.length;
        var idf = new double[df.length];
        for (int f = 0; f < df.length; f++) {
            idf[f] = Math.log(1 + total / df[f]);
        }
        var offers = new TextVector[offerFeatures.length];
        var needs = new TextVector[needFeatures.length];
        java.util.stream.IntStream.range(0, offers.length).parallel()
                .forEach(t -> offers[t] = offerFeatures[t].vector(ids, idf, TERM_SHARE));
        java.util.stream.IntStream.range(0, needs.length).parallel()
                .forEach(t -> needs[t] = needFeatures[t].vector(ids, idf, TERM_SHARE));
        return new TextVectors(offers, needs, conceptOf, df);
    }
}
