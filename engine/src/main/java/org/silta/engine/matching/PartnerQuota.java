package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads suggestions: no profile is suggested in more than {@code QUOTA_FACTOR * k} lists.
 * Candidate pairs take their places in order of score, best first over all lists, so a
 * popular organisation keeps the lists where it fits best and yields the rest to the next
 * candidates there.
 */
final class PartnerQuota {

    static final int QUOTA_FACTOR = 3;

    private PartnerQuota() {
    }

    record Pair(int profile, int partner, double score) {
    }

    private static final Comparator<Pair> BEST_FIRST = (a, b) -> {
        int order = Double.compare(b.score(), a.score());
        if (order == 0) {
            order = Integer.compare(a.profile(), b.profile());
        }
        return order != 0 ? order : Integer.compare(a.partner(), b.partner());
    };

    /** Each profile's partners (indexes) best first, at most k, within the quota. */
    static List<List<Pair>> assign(CandidateSearch.Candidates[] candidates, int k) {
        var pairs = new ArrayList<Pair>();
        for (int p = 0; p < candidates.length; p++) {
            var partners = candidates[p].partners();
            for (int i = 0; i < partners.length; i++) {
                pairs.add(new Pair(p, partners[i], candidates[p].scores()[i]));
            }
        }
        pairs.sort(BEST_FIRST);
        long quota = (long) QUOTA_FACTOR * k;
        var suggested = new int[candidates.length];
        var lists = new ArrayList<List<Pair>>(candidates.length);
        for (int p = 0; p < candidates.length; p++) {
            lists.add(new ArrayList<>());
        }
        for (var pair : pairs) {
            var list = lists.get(pair.profile());
            if (list.size() < k && suggested[pair.partner()] < quota) {
                list.add(pair);
                suggested[pair.partner()]++;
            }
        }
        return lists;
    }
}
