package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Silta's multilingual vocabulary of education cooperation: SDG 4 targets, ISCED 2011 levels,
 * ISCED-F 2013 fields, OECD DAC education purpose codes, Silta's cooperation activities and the
 * countries and regions of its programmes, each labelled in all of {@link Languages#SUPPORTED}.
 */
public final class Vocabulary {

    static final List<String> SCHEMES = List.of("sdg", "isced", "iscedf", "dac", "activity", "place");

    private static final class Standard {
        static final Vocabulary INSTANCE = load();
    }

    private final Map<String, Concept> concepts;
    private volatile Suggestions suggestions;

    private Vocabulary(Map<String, Concept> concepts) {
        this.concepts = Collections.unmodifiableMap(concepts);
    }

    /** The vocabulary shipped with the engine, read once. */
    public static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    private static Vocabulary load() {
        var concepts = new LinkedHashMap<String, Concept>();
        for (var scheme : SCHEMES) {
            for (var concept : VocabularyFile.read(scheme)) {
                if (concepts.putIfAbsent(concept.id(), concept) != null) {
                    throw new IllegalStateException("concept " + concept.id() + " is defined twice");
                }
            }
        }
        var vocabulary = new Vocabulary(concepts);
        for (var concept : concepts.values()) {
            var ancestors = vocabulary.ancestors(concept.id());
            if (concept.parentId() != null && ancestors.isEmpty()) {
                throw new IllegalStateException(concept.id() + " has an unknown parent " + concept.parentId());
            }
            if (!concept.labels().containsKey(Concept.FALLBACK_LANGUAGE)) {
                throw new IllegalStateException(concept.id() + " has no English label");
            }
        }
        return vocabulary;
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** Every concept, scheme by scheme, in the order of the vocabulary files. */
    public Collection<Concept> concepts() {
        return concepts.values();
    }

    /** The parent, its parent and so on up to the top; empty for a top concept or an unknown id. */
    public List<Concept> ancestors(String id) {
        var ancestors = new ArrayList<Concept>();
        var current = concepts.get(id);
        while (current != null && current.parentId() != null) {
            current = concepts.get(current.parentId());
            if (current == null) {
                break;
            }
            if (current.id().equals(id) || ancestors.contains(current)) {
                throw new IllegalStateException("the parents of " + id + " form a cycle");
            }
            ancestors.add(current);
        }
        return ancestors;
    }

    /**
     * Concepts whose label or synonym in any language contains what a person has typed so far:
     * labels that start with it first, then labels with a word that starts with it, then any
     * other place. Typing in another script works too: Cyrillic Uzbek finds Latin Uzbek labels
     * and Latin letters find Cyrillic and Korean labels by their romanisation.
     */
    public List<Concept> suggest(String typed, int limit) {
        var index = suggestions;
        if (index == null) {
            synchronized (this) {
                index = suggestions;
                if (index == null) {
                    index = new Suggestions(concepts.values());
                    suggestions = index;
                }
            }
        }
        return index.suggest(typed, limit).stream().map(concepts::get).toList();
    }
}
