package org.silta.app.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Forbidden;
import org.silta.engine.matching.AnalysedText;
import org.silta.engine.matching.TextAnalysis;
import org.silta.engine.matching.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * Clusters suggested to the facilitator: in each area, the notes not yet in a cluster grouped by what they are
 * about, across languages, from the concepts the engine finds in them (a Finnish, a Russian and an English note on
 * teacher training share the concept whatever their words). Notes in one language also meet through their words.
 * Each suggestion is titled with the concept its notes share most, in the board's language. Nothing changes on the
 * board until the facilitator confirms a suggestion as an ordinary, sequenced "cluster.add" operation.
 */
@Service
class ClusterSuggestions {

    /** The least average similarity at which two groups of notes join. */
    static final double SIMILAR = 0.35;
    private static final double ANCESTOR = 0.5;

    private final BoardView view;
    private final TextAnalysis analysis = TextAnalysis.standard();
    private final Vocabulary vocabulary = Vocabulary.standard();

    ClusterSuggestions(BoardView view) {
        this.view = view;
    }

    record Suggestion(String area, String title, List<BoardState.NoteView> notes) {
    }

    List<Suggestion> suggest(long boardId, SignedIn me) {
        var state = view.of(boardId, me);
        if (!state.facilitator()) {
            throw new Forbidden("suggesting clusters on board " + boardId);
        }
        var language = state.board().title().fallback();
        var suggestions = new ArrayList<Suggestion>();
        for (var area : state.areas()) {
            var notes = area.notes().stream().filter(note -> !note.moderated()).toList();
            var analysed = notes.stream().map(note -> analysis.analyse(note.text())).toList();
            for (var group : groups(analysed)) {
                if (group.size() > 1) {
                    var members = group.stream().map(notes::get).toList();
                    suggestions.add(new Suggestion(area.area().key(), title(group.stream().map(analysed::get).toList(),
                            members, language), members));
                }
            }
        }
        return suggestions;
    }

    /** Average-linkage grouping: the two most similar groups join while they are similar enough. */
    private List<List<Integer>> groups(List<AnalysedText> texts) {
        var vectors = texts.stream().map(this::vector).toList();
        var groups = new ArrayList<List<Integer>>();
        for (int i = 0; i < texts.size(); i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        var similarity = new double[texts.size()][texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                similarity[i][j] = similarity[j][i] = similarity(texts.get(i), vectors.get(i), texts.get(j), vectors.get(j));
            }
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            var best = SIMILAR;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    var average = average(similarity, groups.get(a), groups.get(b));
                    if (average >= best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return groups;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
    }

    private static double average(double[][] similarity, List<Integer> a, List<Integer> b) {
        var sum = 0.0;
        for (var i : a) {
            for (var j : b) {
                sum += similarity[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }

    /** The text's concepts with their broader concepts at half weight. */
    private Map<String, Double> vector(AnalysedText text) {
        var vector = new HashMap<String, Double>(text.concepts());
        text.concepts().forEach((id, weight) -> vocabulary.ancestors(id)
                .forEach(ancestor -> vector.merge(ancestor.id(), weight * ANCESTOR, Math::max)));
        return vector;
    }

    private static double similarity(AnalysedText a, Map<String, Double> va, AnalysedText b, Map<String, Double> vb) {
        var cosine = cosine(va, vb);
        if (!a.language().equals(b.language()) || a.terms().isEmpty() || b.terms().isEmpty()) {
            return cosine;
        }
        var shared = new HashSet<>(a.terms());
        shared.retainAll(new HashSet<>(b.terms()));
        var all = new HashSet<>(a.terms());
        all.addAll(b.terms());
        return Math.max(cosine, (double) shared.size() / all.size());
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        var dot = 0.0;
        for (var entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        var norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
    }

    /** The concept the notes share most, in the board's language; else the shortest note's beginning. */
    private String title(List<AnalysedText> texts, List<BoardState.NoteView> notes, String language) {
        var weights = new HashMap<String, Double>();
        texts.forEach(text -> text.concepts().forEach((id, weight) -> weights.merge(id, weight, Double::sum)));
        return weights.entrySet().stream().filter(entry -> entry.getValue() > 1.0)
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .flatMap(entry -> vocabulary.concept(entry.getKey())).map(concept -> concept.label(language))
                .orElseGet(() -> {
                    var text = notes.stream().map(BoardState.NoteView::text)
                            .min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
                });
    }
}
