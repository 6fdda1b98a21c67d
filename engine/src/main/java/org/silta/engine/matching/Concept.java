package org.silta.engine.matching;

import java.util.List;
import java.util.Map;

/**
 * One entry of Silta's vocabulary: an SDG 4 target, an ISCED level, an ISCED-F field, an OECD DAC
 * education purpose code, one of Silta's cooperation activities or a country or region.
 *
 * @param labels language code to labels, the preferred label first, then synonyms
 */
public record Concept(String id, String scheme, String parentId, Map<String, List<String>> labels) {

    public static final String FALLBACK_LANGUAGE = "en";

    public Concept {
        labels = Map.copyOf(labels);
    }

    /** The preferred label in the language, or the English one when the language has none. */
    public String label(String language) {
        var inLanguage = labels.get(language);
        if (inLanguage != null && !inLanguage.isEmpty()) {
            return inLanguage.getFirst();
        }
        return labels.get(FALLBACK_LANGUAGE).getFirst();
    }
}
