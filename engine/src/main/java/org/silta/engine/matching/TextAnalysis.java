package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free text in any of Silta's languages to its language, analysed terms and the vocabulary
 * concepts it is about. Label phrases are analysed once at start-up; analysing a text is then a
 * normalisation, one Lucene token stream and a few hash lookups. Thread-safe.
 */
public final class TextAnalysis {

    private static final Set<String> COMPOUNDING = Set.of("fi", "sv");

    private static final class Standard {
        static final TextAnalysis INSTANCE = new TextAnalysis(Vocabulary.standard(), LanguageDetector.standard());
    }

    private final LanguageDetector detector;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final Map<String, Compounds> compounds = new HashMap<>();
    private final ConceptMatcher matcher;

    private TextAnalysis(Vocabulary vocabulary, LanguageDetector detector) {
        this.detector = detector;
        var labelStems = new HashMap<String, Map<String, List<List<String>>>>();
        for (var language : Languages.SUPPORTED) {
            var byConcept = new HashMap<String, List<List<String>>>();
            for (var concept : vocabulary.concepts()) {
                for (var label : concept.labels().getOrDefault(language, List.of())) {
                    var stems = analyzers.terms(language, TextNormaliser.normalise(label));
                    if (!stems.isEmpty()) {
                        byConcept.computeIfAbsent(concept.id(), id -> new ArrayList<>()).add(stems);
                    }
                }
            }
            labelStems.put(language, byConcept);
            if (COMPOUNDING.contains(language)) {
                var known = new HashSet<String>();
                byConcept.values().forEach(phrases -> phrases.forEach(known::addAll));
                compounds.put(language, new Compounds(known, word -> singleStem(language, word)));
            }
        }
        var ancestors = new HashMap<String, Set<String>>();
        for (var concept : vocabulary.concepts()) {
            var ids = new HashSet<String>();
            vocabulary.ancestors(concept.id()).forEach(ancestor -> ids.add(ancestor.id()));
            ancestors.put(concept.id(), ids);
        }
        this.matcher = new ConceptMatcher(phraseVariants(labelStems), ancestors);
    }

    /** Each label as its set of stems, and once more with its compounds split where both parts are known. */
    private Map<String, Map<String, List<Set<String>>>> phraseVariants(
            Map<String, Map<String, List<List<String>>>> labelStems) {
        var phrases = new HashMap<String, Map<String, List<Set<String>>>>();
        labelStems.forEach((language, byConcept) -> {
            var splitter = compounds.get(language);
            var variants = new HashMap<String, List<Set<String>>>();
            byConcept.forEach((conceptId, labels) -> {
                var sets = new ArrayList<Set<String>>();
                for (var stems : labels) {
                    sets.add(new LinkedHashSet<>(stems));
                    if (splitter != null) {
                        var split = new LinkedHashSet<String>();
                        for (var stem : stems) {
                            var parts = splitter.parts(stem);
                            split.addAll(parts.size() == 2 ? parts : List.of(stem));
                        }
                        sets.add(split);
                    }
                }
                variants.put(conceptId, sets);
            });
            phrases.put(language, variants);
        });
        return phrases;
    }

    private String singleStem(String language, String word) {
        var stems = analyzers.terms(language, word);
        return stems.size() == 1 ? stems.getFirst() : null;
    }

    /** The analysis shared by the whole engine, built once. */
    public static TextAnalysis standard() {
        return Standard.INSTANCE;
    }

    public AnalysedText analyse(String text) {
        var normalised = TextNormaliser.normalise(text);
        var language = detector.detect(normalised);
        if (language.equals(LanguageDetector.UZBEK_CYRILLIC)) {
            language = "uz";
            normalised = TextNormaliser.uzbekToLatin(normalised);
        }
        var tokens = tokens(language, normalised);
        return new AnalysedText(language, tokens.stems(), matcher.match(language, tokens));
    }

    private ConceptMatcher.Tokens tokens(String language, String normalised) {
        var stems = analyzers.terms(language, normalised);
        var splitter = compounds.get(language);
        if (splitter == null) {
            var positions = new int[stems.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            return new ConceptMatcher.Tokens(stems, positions);
        }
        var withParts = new ArrayList<String>(stems.size() + 4);
        var positions = new ArrayList<Integer>(stems.size() + 4);
        for (int i = 0; i < stems.size(); i++) {
            withParts.add(stems.get(i));
            positions.add(i);
            for (var part : splitter.parts(stems.get(i))) {
                withParts.add(part);
                positions.add(i);
            }
        }
        return new ConceptMatcher.Tokens(withParts, positions.stream().mapToInt(Integer::intValue).toArray());
    }
}
