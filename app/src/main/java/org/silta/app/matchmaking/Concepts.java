package org.silta.app.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silta.engine.matching.Concept;
import org.silta.engine.matching.Languages;
import org.silta.engine.matching.TextAnalysis;
import org.silta.engine.matching.Vocabulary;
import org.springframework.stereotype.Component;

/** Silta's concept vocabulary as forms use it: suggestions while typing, labels in the reader's language, language detection. */
@Component("concepts")
public class Concepts {

    static final int FOUND = 3;
    static final double FOUND_WEIGHT = 0.3;

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final TextAnalysis analysis = TextAnalysis.standard();

    public List<Concept> suggest(String typed, int limit) {
        return typed == null || typed.isBlank() ? List.of() : vocabulary.suggest(typed.strip(), limit);
    }

    public boolean isKnown(String id) {
        return vocabulary.concept(id).isPresent();
    }

    /** The concept's label in the language, for templates; the id itself when the vocabulary lacks it. */
    public String label(String id, String language) {
        return vocabulary.concept(id).map(concept -> concept.label(language)).orElse(id);
    }

    public Optional<Concept> concept(String id) {
        return vocabulary.concept(id);
    }

    /** The concepts a text is most about, as the engine finds them, strongest first. */
    public List<String> foundIn(String text) {
        return analysis.analyse(text).concepts().entrySet().stream()
                .filter(concept -> concept.getValue() >= FOUND_WEIGHT)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(FOUND).map(Map.Entry::getKey).toList();
    }

    /** The language a text is written in, or the fallback when the text is too short to tell. */
    public String languageOf(String text, String fallback) {
        var detected = Languages.detect(text);
        return detected.equals("und") ? fallback : detected;
    }
}
