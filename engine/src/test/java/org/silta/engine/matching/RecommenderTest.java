package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private final Recommender recommender = Recommender.standard();

    private static Profile profile(String id, List<String> offers, List<String> needs, String... concepts) {
        return new Profile(id, id, null, null, List.of(), offers, needs, List.of(concepts));
    }

    private static Map<String, Recommendation> byProfile(List<Recommendation> recommendations) {
        return recommendations.stream().collect(Collectors.toMap(Recommendation::profile, Function.identity()));
    }

    @Test
    void noProfileIsSuggestedInMoreThanThreeTimesKListsAndTheBestPairsGoFirst() {
        var profiles = new ArrayList<Profile>();
        profiles.add(profile("POPULAR", List.of("Teacher training for primary schools in mathematics and reading"), List.of()));
        profiles.add(profile("SECOND", List.of("Teacher training for primary schools in mathematics"), List.of()));
        for (int i = 0; i < 8; i++) {
            profiles.add(profile("S" + i, List.of(), List.of("Teacher training for primary schools in mathematics and reading")));
        }

        var result = byProfile(recommender.recommend(profiles, 1));

        var popularLists = result.values().stream()
                .filter(r -> r.partners().stream().anyMatch(p -> p.profile().equals("POPULAR"))).count();
        assertThat(popularLists).isEqualTo(PartnerQuota.QUOTA_FACTOR);
        assertThat(result.get("S0").partners()).extracting(Recommendation.Partner::profile).containsExactly("POPULAR");
        assertThat(result.get("S2").partners()).extracting(Recommendation.Partner::profile).containsExactly("POPULAR");
        assertThat(result.get("S3").partners()).extracting(Recommendation.Partner::profile).containsExactly("SECOND");
        assertThat(result.get("S7").partners()).isEmpty();
    }

    @Test
    void listsHoldAtMostKOtherProfilesBestFirst() {
        var profiles = new ArrayList<Profile>();
        for (int i = 0; i < 30; i++) {
            profiles.add(profile("P" + i, List.of("Digital learning platform for schools, version " + i),
                    List.of("Schools that pilot a digital learning platform"), "isced:1"));
        }

        var result = recommender.recommend(profiles, 5);

        assertThat(result).extracting(Recommendation::profile)
                .containsExactlyElementsOf(profiles.stream().map(Profile::id).toList());
        for (var recommendation : result) {
            var partners = recommendation.partners();
            assertThat(partners).hasSizeLessThanOrEqualTo(5).isNotEmpty()
                    .extracting(Recommendation.Partner::profile).doesNotContain(recommendation.profile()).doesNotHaveDuplicates();
            assertThat(partners).extracting(Recommendation.Partner::score)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                    .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
            assertThat(partners).allSatisfy(p -> assertThat(p.because()).isNotEmpty());
        }
    }

    @Test
    void textsOfDifferentLanguagesMeetThroughConceptsOnly() {
        var finnish = profile("FI", List.of("Varhaiskasvatuksen opettajien koulutus"), List.of());
        var russian = profile("RU", List.of(), List.of("Обучение воспитателей детских садов"));
        var unrelated = profile("KO", List.of("박사 과정 장학금"), List.of());

        var result = byProfile(recommender.recommend(List.of(finnish, russian, unrelated), 10));

        assertThat(result.get("RU").partners()).extracting(Recommendation.Partner::profile).containsExactly("FI");
        var reason = result.get("RU").partners().getFirst().because().getFirst();
        assertThat(reason.need()).isEqualTo("Обучение воспитателей детских садов");
        assertThat(reason.offer()).isEqualTo("Varhaiskasvatuksen opettajien koulutus");
        assertThat(reason.concepts()).isNotEmpty();
        assertThat(result.get("KO").partners()).isEmpty();
    }
}
