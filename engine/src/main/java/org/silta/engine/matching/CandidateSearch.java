package org.silta.engine.matching;

import java.util.stream.IntStream;

/**
 * Finds each profile's best partners without scoring all pairs: an inverted index over the
 * features of offers and needs gathers the profiles that share at least one selective
 * feature, an approximate score keeps the most promising of them, and those are scored
 * exactly.
 */
final class CandidateSearch {

    /** Weight of the weaker direction when both profiles meet a need of the other. */
    static final double MUTUAL_BONUS = 0.2;
    /**
     * Weight of a partner that needs what the profile offers, against one that offers what the
     * profile needs: a person looks first for those who can help, then for those they can help.
     */
    static final double OFFERED_WEIGHT = 0.3;
    /** Features found in more than this share of texts are left out of gathering (not of scoring). */
    static final double COMMON_FEATURE_SHARE = 0.05;

    private final ProfileTexts texts;
    private final TextVectors vectors;
    private final Postings offerPostings;
    private final Postings needPostings;
    private final boolean[] selective;

    CandidateSearch(ProfileTexts texts, TextVectors vectors) {
        this.texts = texts;
        this.vectors = vectors;
        int features = vectors.documentFrequency.length;
        offerPostings = new Postings(vectors.offers, features);
        needPostings = new Postings(vectors.needs, features);
        selective = new boolean[features];
        double cutoff = Math.max(50, COMMON_FEATURE_SHARE * (texts.offers.size() + texts.needs.size()));
        for (int f = 0; f < features; f++) {
            selective[f] = vectors.documentFrequency[f] <= cutoff;
        }
    }

    /** A profile's candidates: partner indexes best first and their scores. */
    record Candidates(int[] partners, double[] scores) {
    }

    Candidates[] search(int perProfile) {
        int gathered = perProfile + Math.max(10, perProfile / 2);
        int features = vectors.documentFrequency.length;
        var scratch = ThreadLocal.withInitial(() -> new Scratch(texts, features, gathered, perProfile));
        var result = new Candidates[texts.size()];
        IntStream.range(0, texts.size()).parallel().forEach(p -> result[p] = candidates(p, scratch.get()));
        return result;
    }

    /**
     * Gathers through selective features only; when that finds fewer partners than wanted
     * (a small instance, or texts made of common words), gathers again through all features.
     */
    private Candidates candidates(int p, Scratch s) {
        gatherAll(p, selective, s);
        if (s.touchedProfiles < s.gathered) {
            clearSides(s);
            gatherAll(p, null, s);
        }
        s.approximate.clear();
        for (int i = 0; i < s.touchedProfiles; i++) {
            int q = s.profiles[i];
            s.approximate.offer(q, combine(s.needSide[q], s.offerSide[q]));
            s.needSide[q] = 0;
            s.offerSide[q] = 0;
            s.seen[q] = false;
        }
        var gathered = s.approximate.best(null);
        exactSides(p, gathered, vectors.needs, texts.needStart, vectors.offers, texts.offerStart, s.needSide, s);
        exactSides(p, gathered, vectors.offers, texts.offerStart, vectors.needs, texts.needStart, s.offerSide, s);
        s.exact.clear();
        for (int q : gathered) {
            s.exact.offer(q, combine(s.needSide[q], s.offerSide[q]));
            s.needSide[q] = 0;
            s.offerSide[q] = 0;
        }
        var scores = new double[s.perProfile];
        var partners = s.exact.best(scores);
        return new Candidates(partners, java.util.Arrays.copyOf(scores, partners.length));
    }

    private void gatherAll(int p, boolean[] only, Scratch s) {
        s.touchedProfiles = 0;
        for (int n = texts.needStart[p]; n < texts.needStart[p + 1]; n++) {
            gather(p, vectors.needs[n], only, offerPostings, texts.offerOwner, s.byOffer, s.needSide, s);
        }
        for (int o = texts.offerStart[p]; o < texts.offerStart[p + 1]; o++) {
            gather(p, vectors.offers[o], only, needPostings, texts.needOwner, s.byNeed, s.offerSide, s);
        }
    }

    private static void clearSides(Scratch s) {
        for (int i = 0; i < s.touchedProfiles; i++) {
            int q = s.profiles[i];
            s.needSide[q] = 0;
            s.offerSide[q] = 0;
            s.seen[q] = false;
        }
    }

    private void gather(int p, TextVector query, boolean[] only, Postings postings, int[] owner, double[] accumulator,
                        double[] side, Scratch s) {
        int touched = 0;
        for (int i = 0; i < query.features().length; i++) {
            int f = query.features()[i];
            if (only != null && !only[f]) {
                continue;
            }
            double w = query.weights()[i];
            var postingTexts = postings.texts[f];
            var postingWeights = postings.weights[f];
            for (int j = 0; j < postingTexts.length; j++) {
                int t = postingTexts[j];
                if (accumulator[t] == 0) {
                    s.touchedTexts[touched++] = t;
                }
                accumulator[t] += w * postingWeights[j];
            }
        }
        for (int i = 0; i < touched; i++) {
            int t = s.touchedTexts[i];
            int q = owner[t];
            if (q != p) {
                side[q] = Math.max(side[q], accumulator[t]);
                if (!s.seen[q]) {
                    s.seen[q] = true;
                    s.profiles[s.touchedProfiles++] = q;
                }
            }
            accumulator[t] = 0;
        }
    }

    /**
     * For each gathered partner q, the best exact match of a text of p (in {@code own}) with a
     * text of q (in {@code theirs}), into {@code side[q]}: p's text is spread into a dense
     * array once, and each of q's texts is scored against it.
     */
    private static void exactSides(int p, int[] gathered, TextVector[] own, int[] ownStart, TextVector[] theirs,
                                   int[] theirStart, double[] side, Scratch s) {
        for (int t = ownStart[p]; t < ownStart[p + 1]; t++) {
            var query = own[t];
            for (int i = 0; i < query.features().length; i++) {
                s.dense[query.features()[i]] = query.weights()[i];
            }
            for (int q : gathered) {
                for (int u = theirStart[q]; u < theirStart[q + 1]; u++) {
                    var other = theirs[u];
                    double sum = 0;
                    for (int i = 0; i < other.features().length; i++) {
                        sum += s.dense[other.features()[i]] * other.weights()[i];
                    }
                    side[q] = Math.max(side[q], sum);
                }
            }
            for (int f : query.features()) {
                s.dense[f] = 0;
            }
        }
    }

    /**
     * A partner's score for the profile: the better of the two directions plus a share of the
     * other, in [0, 1). A partner who offers what the profile needs counts fully, one who needs
     * what the profile offers counts at {@link #OFFERED_WEIGHT}.
     */
    private static double combine(double needMet, double offerTaken) {
        double offered = OFFERED_WEIGHT * offerTaken;
        double high = Math.max(needMet, offered);
        double low = Math.min(needMet, offered);
        return 1 - Math.exp(-(high + MUTUAL_BONUS * low));
    }

    private static final class Scratch {
        final double[] byOffer;
        final double[] byNeed;
        final int[] touchedTexts;
        final double[] needSide;
        final double[] offerSide;
        final boolean[] seen;
        final int[] profiles;
        final TopScores approximate;
        final TopScores exact;
        final float[] dense;
        final int gathered;
        final int perProfile;
        int touchedProfiles;

        Scratch(ProfileTexts texts, int features, int gathered, int perProfile) {
            dense = new float[features];
            byOffer = new double[texts.offers.size()];
            byNeed = new double[texts.needs.size()];
            touchedTexts = new int[Math.max(texts.offers.size(), texts.needs.size())];
            needSide = new double[texts.size()];
            offerSide = new double[texts.size()];
            seen = new boolean[texts.size()];
            profiles = new int[texts.size()];
            approximate = new TopScores(gathered);
            exact = new TopScores(perProfile);
            this.gathered = gathered;
            this.perProfile = perProfile;
        }
    }
}
