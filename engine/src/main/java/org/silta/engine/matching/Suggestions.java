package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/** Autocomplete over every label and synonym, in its own script and as plain ASCII. */
final class Suggestions {

    private record Entry(String conceptId, int conceptOrder, boolean preferred, String text, String ascii) {
    }

    private record Candidate(String conceptId, int conceptOrder, int rank, int length) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::rank)
            .thenComparingInt(Candidate::length)
            .thenComparingInt(Candidate::conceptOrder);

    private final List<Entry> entries = new ArrayList<>();

    Suggestions(Collection<Concept> concepts) {
        int order = 0;
        for (var concept : concepts) {
            for (var labels : concept.labels().values()) {
                for (int i = 0; i < labels.size(); i++) {
                    var text = TextNormaliser.normalise(labels.get(i));
                    entries.add(new Entry(concept.id(), order, i == 0, text, TextNormaliser.asciiKey(text)));
                }
            }
            order++;
        }
    }

    /** Concept ids, best first. */
    List<String> suggest(String typed, int limit) {
        var query = TextNormaliser.normalise(typed).strip();
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        var asciiQuery = TextNormaliser.asciiKey(query);
        var best = new HashMap<String, Candidate>();
        for (var entry : entries) {
            int rank = rank(entry.text(), query);
            if (rank < 0 && !asciiQuery.isEmpty()) {
                int asciiRank = rank(entry.ascii(), asciiQuery);
                rank = asciiRank < 0 ? -1 : asciiRank + 1;
            }
            if (rank >= 0) {
                var candidate = new Candidate(entry.conceptId(), entry.conceptOrder(),
                        rank * 2 + (entry.preferred() ? 0 : 1), entry.text().length());
                best.merge(entry.conceptId(), candidate, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().sorted(BEST_FIRST).limit(limit).map(Candidate::conceptId).toList();
    }

    /** 0 when the label starts with the query, 2 when one of its words does, 4 for any other place, -1 if absent. */
    private static int rank(String label, String query) {
        int at = label.indexOf(query);
        if (at < 0) {
            return -1;
        }
        if (at == 0) {
            return 0;
        }
        for (; at > 0; at = label.indexOf(query, at + 1)) {
            if (!Character.isLetterOrDigit(label.charAt(at - 1))) {
                return 2;
            }
        }
        return 4;
    }
}
