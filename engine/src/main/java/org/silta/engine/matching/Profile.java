package org.silta.engine.matching;

import java.util.List;

/**
 * An organisation's profile as its owner wrote it: what it offers and needs, in free text of
 * any language, and the vocabulary concepts it picked.
 */
public record Profile(String id, String name, String country, String type, List<String> languages,
                      List<String> offers, List<String> needs, List<String> concepts) {

    public Profile {
        languages = List.copyOf(languages);
        offers = List.copyOf(offers);
        needs = List.copyOf(needs);
        concepts = List.copyOf(concepts);
    }
}
