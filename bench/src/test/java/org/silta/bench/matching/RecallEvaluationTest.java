package org.silta.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.engine.matching.Vocabulary;

class RecallEvaluationTest {

    private final TestSet set = TestSet.standard();

    @Test
    void theTestSetIsLargeAndCrossLingualEnough() {
        var needLanguages = set.cases().stream().map(TestSet.Case::language).distinct().count();
        var pairs = set.cases().stream().flatMap(c -> c.partners().values().stream().map(l -> c.language() + l))
                .distinct().count();
        assertThat(set.cases()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(needLanguages).isGreaterThanOrEqualTo(6);
        assertThat(pairs).isGreaterThanOrEqualTo(8);
        assertThat(set.profiles()).hasSizeGreaterThanOrEqualTo(250);
        assertThat(set.cases()).allSatisfy(c -> assertThat(c.partners().values()).doesNotContain(c.language()));
    }

    @Test
    void everyPickedConceptIsInTheVocabulary() {
        var vocabulary = Vocabulary.standard();
        assertThat(set.profiles().stream().flatMap(p -> p.concepts().stream()))
                .allSatisfy(id -> assertThat(vocabulary.concept(id)).as(id).isPresent());
    }

    @Test
    void theNeedsSplitIntoTwoFixedHalves() {
        var tuning = RecallEvaluation.tuningHalf(set);
        var ids = set.cases().stream().map(TestSet.Case::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(tuning).hasSize((ids.size() + 1) / 2).isSubsetOf(ids);
        assertThat(RecallEvaluation.tuningHalf(set)).isEqualTo(tuning);
        var heldOut = ids.stream().filter(id -> !tuning.contains(id)).toList();
        assertThat(heldOut).hasSize(ids.size() / 2);
        var languagesHeldOut = set.cases().stream().filter(c -> heldOut.contains(c.id())).map(TestSet.Case::language)
                .distinct().count();
        assertThat(languagesHeldOut).isGreaterThanOrEqualTo(6);
    }

    @Test
    void recallCountsOnlyTheNeedsOfTheHalfAskedFor() {
        var tuning = RecallEvaluation.tuningHalf(set);
        var perfect = new HashMap<String, List<String>>();
        for (var c : set.cases()) {
            if (tuning.contains(c.id())) {
                perfect.computeIfAbsent(c.profile(), p -> new ArrayList<>()).addAll(c.partners().keySet());
            }
        }

        var onTuning = RecallEvaluation.evaluate(set, perfect, c -> tuning.contains(c.id()));

        assertThat(onTuning.needs()).isEqualTo(tuning.size());
        assertThat(onTuning.averageRecall()).isEqualTo(1.0);
    }

    @Test
    void siltaFindsNineInTenTruePartnersAndEightInTenInEveryLanguagePair() {
        var silta = RecallEvaluation.silta(set);

        assertThat(silta.averageRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(silta.worstPairRecall()).as("worst pair " + silta.worstPair()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void plainBm25MissesMostPartnersAcrossLanguages() {
        var silta = RecallEvaluation.silta(set);
        var baseline = RecallEvaluation.baseline(set);

        assertThat(baseline.averageRecall()).isLessThan(silta.averageRecall());
        assertThat(baseline.byPair().keySet()).isEqualTo(silta.byPair().keySet());
    }
}
