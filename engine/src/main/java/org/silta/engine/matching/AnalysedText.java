package org.silta.engine.matching;

import java.util.List;
import java.util.Map;

/**
 * A text as the matcher sees it.
 *
 * @param language detected ISO 639-1 code, {@code und} when unknown
 * @param terms    normalised, stemmed tokens without stop words, for similarity within a language
 * @param concepts vocabulary concept id to a weight in (0, 1]: the concepts the text is about
 */
public record AnalysedText(String language, List<String> terms, Map<String, Double> concepts) {

    public AnalysedText {
        terms = List.copyOf(terms);
        concepts = Map.copyOf(concepts);
    }
}
