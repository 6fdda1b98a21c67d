package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Why two profiles fit: the need-offer pairs that score best and the concepts they share. */
final class Reasons {

    static final int MAX_REASONS = 3;
    static final int MAX_CONCEPTS = 4;
    /** A pair of texts is named when it scores at least this share of the best pair. */
    static final double NAMED_SHARE = 0.5;

    private final ProfileTexts texts;
    private final TextVectors vectors;

    Reasons(ProfileTexts texts, TextVectors vectors) {
        this.texts = texts;
        this.vectors = vectors;
    }

    private record Match(String need, String offer, TextVector needVector, TextVector offerVector, double score) {
    }

    List<Recommendation.Reason> between(int p, int q) {
        var matches = new ArrayList<Match>();
        collect(p, q, matches);
        collect(q, p, matches);
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        var reasons = new ArrayList<Recommendation.Reason>();
        for (var match : matches) {
            if (reasons.size() == MAX_REASONS || match.score() < NAMED_SHARE * matches.getFirst().score()) {
                break;
            }
            reasons.add(new Recommendation.Reason(match.need(), match.offer(),
                    shared(match.needVector(), match.offerVector())));
        }
        return reasons;
    }

    /** Needs of {@code needing} met by offers of {@code offering}. */
    private void collect(int needing, int offering, List<Match> matches) {
        for (int n = texts.needStart[needing]; n < texts.needStart[needing + 1]; n++) {
            for (int o = texts.offerStart[offering]; o < texts.offerStart[offering + 1]; o++) {
                double score = vectors.needs[n].dot(vectors.offers[o]);
                if (score > 0) {
                    matches.add(new Match(texts.needs.get(n), texts.offers.get(o), vectors.needs[n], vectors.offers[o], score));
                }
            }
        }
    }

    /** The shared concepts that add most to the match, largest share first. */
    private List<String> shared(TextVector a, TextVector b) {
        record Share(String concept, double weight) {
        }
        var shares = new ArrayList<Share>();
        int i = 0;
        int j = 0;
        while (i < a.features().length && j < b.features().length) {
            int fa = a.features()[i];
            int fb = b.features()[j];
            if (fa < fb) {
                i++;
            } else if (fa > fb) {
                j++;
            } else {
                if (vectors.conceptOf[fa] != null) {
                    shares.add(new Share(vectors.conceptOf[fa], (double) a.weights()[i] * b.weights()[j]));
                }
                i++;
                j++;
            }
        }
        shares.sort(Comparator.comparingDouble(Share::weight).reversed().thenComparing(Share::concept));
        return shares.stream().limit(MAX_CONCEPTS).map(Share::concept).toList();
    }
}
