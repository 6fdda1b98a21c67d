package org.silta.app.matchmaking;

import java.util.List;
import java.util.Optional;
import org.silta.engine.matching.Concept;
import org.silta.engine.matching.Languages;
import org.silta.engine.matching.Vocabulary;
import org.springframework.stereotype.Component;

/** Silta's concept vocabulary as forms use it: suggestions while typing, labels in the reader's language, language detection. */
@Component("concepts")
public class Concepts {

    private final Vocabulary vocabulary = Vocabulary.standard();

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

    /** The language a text is written in, or the fallback when the text is too short to tell. */
    public String languageOf(String text, String fallback) {
        var detected = Languages.detect(text);
        return detected.equals("und") ? fallback : detected;
    }
}
