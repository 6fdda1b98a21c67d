package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every offer and need as a {@link TextVector}. Concept features (from the text, the profile's
 * picked concepts and, for offers, the organisation's country, spread up the hierarchy) work
 * across languages; term features carry their language, so they match only texts of the same
 * language. Both parts are weighted by inverse document frequency. A need's concept part has
 * length 1 and its term part length sqrt(TERM_SHARE); an offer keeps its weights (divided by
 * OFFER_CAP, or by their length when that is larger), so a dot product measures how much of
 * the need the offer covers without penalising an offer for covering other things too.
 */
final class TextVectors {

    static final double TERM_SHARE = 0.3;
    static final double ANCESTOR_DECAY = 0.5;
    static final double PICKED_WEIGHT = 0.5;
    /** Weight of the place of an offer's organisation (its country) among the offer's concepts. */
    static final double PLACE_WEIGHT = 0.5;
    /** An offer's weights are divided by their length only beyond this, about three specific concepts' worth. */
    static final double OFFER_CAP = 12;

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

    /** The vocabulary's place for the profile's country, if it has one. */
    private static java.util.Optional<String> placeOf(Profile profile, Vocabulary vocabulary) {
        if (profile.country() == null || profile.country().isBlank()) {
            return java.util.Optional.empty();
        }
        var id = "place:" + profile.country().strip().toLowerCase(java.util.Locale.ROOT);
        return vocabulary.concept(id).map(Concept::id);
    }

    static TextVectors build(ProfileTexts texts, TextAnalysis analysis, Vocabulary vocabulary) {
        Map<String, AnalysedText> analysed = java.util.stream.Stream.concat(texts.offers.stream(), texts.needs.stream())
                .distinct().parallel()
                .collect(Collectors.toConcurrentMap(Function.identity(), analysis::analyse));
        var ancestors = new ConcurrentHashMap<String, List<String>>();
        Function<String, List<String>> lineage = id -> ancestors.computeIfAbsent(id,
                key -> vocabulary.ancestors(key).stream().map(Concept::id).toList());
        var forNeeds = new ArrayList<Map<String, Double>>(texts.size());
        var forOffers = new ArrayList<Map<String, Double>>(texts.size());
        for (var profile : texts.profiles) {
            var picked = new HashMap<String, Double>();
            profile.concepts().forEach(id -> picked.put(id, PICKED_WEIGHT));
            forNeeds.add(picked);
            var located = new HashMap<>(picked);
            placeOf(profile, vocabulary).ifPresent(place -> located.merge(place, PLACE_WEIGHT, Math::max));
            forOffers.add(located);
        }
        var offerFeatures = new RawFeatures[texts.offers.size()];
        var needFeatures = new RawFeatures[texts.needs.size()];
        java.util.stream.IntStream.range(0, offerFeatures.length).parallel().forEach(t -> offerFeatures[t] =
                RawFeatures.of(analysed.get(texts.offers.get(t)), forOffers.get(texts.offerOwner[t]), lineage));
        java.util.stream.IntStream.range(0, needFeatures.length).parallel().forEach(t -> needFeatures[t] =
                RawFeatures.of(analysed.get(texts.needs.get(t)), forNeeds.get(texts.needOwner[t]), lineage));

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
                .forEach(t -> offers[t] = offerFeatures[t].vector(ids, idf, TERM_SHARE, false, OFFER_CAP));
        java.util.stream.IntStream.range(0, needs.length).parallel()
                .forEach(t -> needs[t] = needFeatures[t].vector(ids, idf, TERM_SHARE, true, OFFER_CAP));
        return new TextVectors(offers, needs, conceptOf, df);
    }
}
