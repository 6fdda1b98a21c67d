package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Suggests partners across languages: a profile fits another when what one offers meets
 * what the other needs, judged by shared and related concepts (picked and found in the
 * texts, with partial credit through their ancestors) and by term similarity between texts
 * of the same language. Suggestions are spread by {@link PartnerQuota}.
 */
public final class Recommender {

    private final TextAnalysis analysis;
    private final Vocabulary vocabulary;

    public Recommender(TextAnalysis analysis, Vocabulary vocabulary) {
        this.analysis = analysis;
        this.vocabulary = vocabulary;
    }

    public static Recommender standard() {
        return new Recommender(TextAnalysis.standard(), Vocabulary.standard());
    }

    /** For every profile, in input order, up to k partners best first; never the profile itself. */
    public List<Recommendation> recommend(List<Profile> profiles, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        var texts = new ProfileTexts(profiles);
        var vectors = TextVectors.build(texts, analysis, vocabulary);
        var search = new CandidateSearch(texts, vectors);
        var lists = PartnerQuota.assign(search.search(2 * k), k);
        var reasons = new Reasons(texts, vectors);
        return IntStream.range(0, profiles.size()).parallel().mapToObj(p -> {
            var partners = new ArrayList<Recommendation.Partner>();
            for (var pair : lists.get(p)) {
                partners.add(new Recommendation.Partner(profiles.get(pair.partner()).id(),
                        Math.round(pair.score() * 1000) / 1000.0, reasons.between(p, pair.partner())));
            }
            return new Recommendation(profiles.get(p).id(), partners);
        }).toList();
    }
}
