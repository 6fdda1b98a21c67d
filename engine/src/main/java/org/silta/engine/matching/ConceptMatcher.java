package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary's label phrases in analysed text. A phrase matches when all its stems
 * occur close together, in any order ("teacher training" and "training of teachers"). A phrase
 * of two or more stems weighs 1; a single stem weighs less the more concepts share it. A match
 * inside a longer match of another concept is dropped ("education" inside "vocational
 * education") unless that concept is one of its ancestors ("in-service training" stays inside
 * "initial and in-service teacher training"), and a concept's matches combine as independent
 * evidence.
 */
final class ConceptMatcher {

    /** How many positions a phrase may spread over beyond its own length. */
    private static final int SLACK = 2;

    private record Phrase(String conceptId, String[] stems, double weight) {
    }

    private record Match(Phrase phrase, BitSet covered) {
    }

    /** Stems of analysed text, parts of a compound sharing its position. */
    record Tokens(List<String> stems, int[] positions) {
    }

    private final Map<String, Map<String, List<Phrase>>> byLanguageAndAnchor = new HashMap<>();
    private final Map<String, Set<String>> ancestors;

    /**
     * @param phrases   language to concept id to the stem sets of its labels
     * @param ancestors concept id to the ids of its ancestors
     */
    ConceptMatcher(Map<String, Map<String, List<Set<String>>>> phrases, Map<String, Set<String>> ancestors) {
        phrases.forEach((language, byConcept) -> byLanguageAndAnchor.put(language, index(byConcept)));
        this.ancestors = Map.copyOf(ancestors);
    }

    private static Map<String, List<Phrase>> index(Map<String, List<Set<String>>> byConcept) {
        var conceptsByStem = new HashMap<String, Set<String>>();
        var phraseCountByStem = new HashMap<String, Integer>();
        byConcept.forEach((conceptId, stemSets) -> stemSets.forEach(stems -> stems.forEach(stem -> {
            conceptsByStem.computeIfAbsent(stem, key -> new HashSet<>()).add(conceptId);
            phraseCountByStem.merge(stem, 1, Integer::sum);
        })));
        var byAnchor = new HashMap<String, List<Phrase>>();
        byConcept.forEach((conceptId, stemSets) -> new LinkedHashSet<>(stemSets).forEach(stems -> {
            var ordered = stems.stream()
                    .sorted((a, b) -> Integer.compare(phraseCountByStem.get(a), phraseCountByStem.get(b)))
                    .toArray(String[]::new);
            double weight = ordered.length > 1 ? 1.0 : singleStemWeight(conceptsByStem.get(ordered[0]).size());
            byAnchor.computeIfAbsent(ordered[0], key -> new ArrayList<>()).add(new Phrase(conceptId, ordered, weight));
        }));
        return byAnchor;
    }

    private static double singleStemWeight(int conceptsSharingIt) {
        if (conceptsSharingIt <= 3) {
            return 0.9;
        }
        return conceptsSharingIt <= 8 ? 0.6 : 0.3;
    }

    Map<String, Double> match(String language, Tokens tokens) {
        var byAnchor = byLanguageAndAnchor.get(language);
        if (byAnchor == null || tokens.stems().isEmpty()) {
            return Map.of();
        }
        var occurrences = new HashMap<String, List<Integer>>();
        for (int i = 0; i < tokens.stems().size(); i++) {
            occurrences.computeIfAbsent(tokens.stems().get(i), key -> new ArrayList<>(2)).add(i);
        }
        var matches = new ArrayList<Match>();
        for (var stem : occurrences.keySet()) {
            for (var phrase : byAnchor.getOrDefault(stem, List.of())) {
                var covered = place(phrase.stems(), occurrences, tokens.positions());
                if (covered != null) {
                    matches.add(new Match(phrase, covered));
                }
            }
        }
        return weigh(matches);
    }

    /**
     * The tokens the phrase covers, taking each stem nearest to an occurrence of the anchor.
     * Tokens, not positions: a phrase made of a compound's parts does not cover the compound.
     */
    private static BitSet place(String[] stems, Map<String, List<Integer>> occurrences, int[] positions) {
        for (int anchorToken : occurrences.get(stems[0])) {
            int anchor = positions[anchorToken];
            var covered = new BitSet();
            covered.set(anchorToken);
            int first = anchor;
            int last = anchor;
            for (int s = 1; s < stems.length; s++) {
                var candidates = occurrences.get(stems[s]);
                if (candidates == null) {
                    return null;
                }
                int nearest = candidates.getFirst();
                for (int candidate : candidates) {
                    if (Math.abs(positions[candidate] - anchor) < Math.abs(positions[nearest] - anchor)) {
                        nearest = candidate;
                    }
                }
                covered.set(nearest);
                first = Math.min(first, positions[nearest]);
                last = Math.max(last, positions[nearest]);
            }
            if (last - first + 1 <= stems.length + SLACK) {
                return covered;
            }
        }
        return null;
    }

    private Map<String, Double> weigh(List<Match> matches) {
        var missing = new HashMap<String, Double>();
        for (var match : matches) {
            if (!insideLongerMatchOfAnotherConcept(match, matches)) {
                missing.merge(match.phrase().conceptId(), 1 - match.phrase().weight(), (a, b) -> a * b);
            }
        }
        var weights = new HashMap<String, Double>();
        missing.forEach((conceptId, rest) -> weights.put(conceptId, 1 - rest));
        return weights;
    }

    private boolean insideLongerMatchOfAnotherConcept(Match match, List<Match> matches) {
        var conceptId = match.phrase().conceptId();
        var ancestorsOfMatch = ancestors.getOrDefault(conceptId, Set.of());
        for (var other : matches) {
            var otherId = other.phrase().conceptId();
            if (other.covered().cardinality() > match.covered().cardinality()
                    && !otherId.equals(conceptId) && !ancestorsOfMatch.contains(otherId)) {
                var outside = (BitSet) match.covered().clone();
                outside.andNot(other.covered());
                if (outside.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
