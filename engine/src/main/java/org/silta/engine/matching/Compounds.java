package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Splits Finnish and Swedish compound stems into the vocabulary stems they are made of, so that
 * {@code opettajankoulutus} meets {@code opettajien koulutus} and {@code täydennyskoulutusohjelma}
 * meets {@code täydennyskoulutus}: the longest known stem the word ends with (its head), the
 * longest known stem it starts with, or else the stem of what stands before the head.
 */
final class Compounds {

    private static final int SHORTEST_PART = 4;
    private static final int SHORTEST_MODIFIER = 3;

    private final Set<String> knownStems;
    private final UnaryOperator<String> stemOfWord;

    /** @param stemOfWord the stem of a word form, or null when it has none */
    Compounds(Set<String> knownStems, UnaryOperator<String> stemOfWord) {
        this.knownStems = Set.copyOf(knownStems);
        this.stemOfWord = stemOfWord;
    }

    /** The known stems the compound stem consists of; empty when it is not such a compound. */
    List<String> parts(String stem) {
        if (stem.length() < SHORTEST_PART + SHORTEST_MODIFIER) {
            return List.of();
        }
        int headStart = -1;
        for (int i = SHORTEST_MODIFIER; i <= stem.length() - SHORTEST_PART; i++) {
            if (knownStems.contains(stem.substring(i))) {
                headStart = i;
                break;
            }
        }
        String modifier = null;
        for (int end = stem.length() - SHORTEST_MODIFIER; end >= SHORTEST_PART; end--) {
            if (knownStems.contains(stem.substring(0, end))) {
                modifier = stem.substring(0, end);
                break;
            }
        }
        if (modifier == null && headStart > 0) {
            var stemmed = stemOfWord.apply(stem.substring(0, headStart));
            modifier = stemmed != null && knownStems.contains(stemmed) ? stemmed : null;
        }
        var parts = new ArrayList<String>(2);
        if (modifier != null) {
            parts.add(modifier);
        }
        if (headStart > 0 && !parts.contains(stem.substring(headStart))) {
            parts.add(stem.substring(headStart));
        }
        return parts;
    }
}
