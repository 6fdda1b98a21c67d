package org.silta.engine.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.silta.engine.grouping.Instances.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupFormerTest {

    private static final double GENEROUS_SECONDS = 60;

    private static FormedGroups form(GroupingInstance instance, long seed) {
        return GroupFormer.form(instance, seed, GENEROUS_SECONDS, 20_000);
    }

    @Test
    void randomInstancesKeepTheHardRulesAndReportHonestFigures() {
        for (long seed = 1; seed <= 60; seed++) {
            var instance = Instances.random(seed);
            var result = form(instance, seed);
            var check = new FormedGroupsCheck(instance, result);
            var stats = result.stats();

            check.assertHardRules();
            assertThat(stats.diversity()).as("seed %d", seed).isEqualTo(check.diversity())
                    .isLessThanOrEqualTo(stats.diversityUpperBoundThemes());
            assertThat(stats.diversityUpperBoundThemes()).isLessThanOrEqualTo(stats.diversityUpperBound());
            assertThat(stats.repeatedPairs()).isEqualTo(check.repeatedPairs());
            assertThat(stats.repeatMeetings()).isEqualTo(check.repeatMeetings())
                    .isGreaterThanOrEqualTo((int) stats.repeatMeetingsLowerBound());
            int withInterests = instance.themes().isEmpty() ? 0
                    : (int) instance.participants().stream().filter(p -> !p.interests().isEmpty()).count() * instance.rounds();
            if (withInterests > 0) {
                assertThat(stats.interestMatched())
                        .isCloseTo((double) (withInterests - check.placedAt(-1)) / withInterests, within(1e-12));
                assertThat(stats.firstInterest()).isCloseTo((double) check.placedAt(0) / withInterests, within(1e-12));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameGroups() {
        var instance = Instances.random(7);
        assertThat(form(instance, 3).rounds()).isEqualTo(form(instance, 3).rounds());
    }

    @Test
    void everyoneGetsTheirFirstInterestWhenTheThemesCanHoldThem() {
        var people = new ArrayList<GroupingInstance.Participant>();
        String[] themes = {"vet", "ecec", "digital"};
        for (int p = 0; p < 12; p++) {
            var first = themes[p % 3];
            var second = themes[(p + 1) % 3];
            people.add(person("P" + p, Map.of(), first, second));
        }
        var instance = new GroupingInstance(3, 4, 4, 2, List.of(themes), List.of(), people);
        var result = form(instance, 1);

        assertThat(result.stats().firstInterest()).isEqualTo(1.0);
        for (var group : result.rounds().get(0)) {
            assertThat(group.members()).allSatisfy(id -> assertThat(
                    people.get(Integer.parseInt(id.substring(1))).interests().get(0)).isEqualTo(group.theme()));
        }
    }

    @Test
    void whenATopThemeIsOversubscribedTheFewestMoveToTheirSecondInterest() {
        // Two groups of at most 3: four people want vet first and two want digital first. The best
        // is one vet group and one digital group, with exactly one vet person in digital.
        var people = List.of(person("A", Map.of(), "vet", "digital"), person("B", Map.of(), "vet", "digital"),
                person("C", Map.of(), "vet", "digital"), person("D", Map.of(), "vet", "digital"),
                person("E", Map.of(), "digital", "vet"), person("F", Map.of(), "digital", "vet"));
        var instance = new GroupingInstance(2, 1, 3, 1, List.of("vet", "digital"), List.of(), people);
        var result = form(instance, 5);
        var check = new FormedGroupsCheck(instance, result);

        assertThat(result.rounds().get(0)).extracting(FormedGroups.Group::theme).containsExactlyInAnyOrder("vet", "digital");
        assertThat(check.placedAt(0)).isEqualTo(5);
        assertThat(check.placedAt(1)).isEqualTo(1);
        var digital = result.rounds().get(0).stream().filter(g -> g.theme().equals("digital")).findFirst().orElseThrow();
        assertThat(digital.members()).contains("E", "F");
    }

    @Test
    void mixesCountriesFarBetterThanGroupsInRegistrationOrder() {
        // Registered country by country, so groups in registration order hold two countries each.
        var people = new ArrayList<GroupingInstance.Participant>();
        for (var country : List.of("FI", "UZ", "KZ", "TJ")) {
            for (int i = 0; i < 3; i++) {
                people.add(person(country + i, Map.of("country", country)));
            }
        }
        var instance = new GroupingInstance(3, 4, 4, 1, List.of(), List.of("country"), people);
        var naive = new FormedGroups(List.of(List.of(
                new FormedGroups.Group("G1", null, ids(people.subList(0, 4))),
                new FormedGroups.Group("G2", null, ids(people.subList(4, 8))),
                new FormedGroups.Group("G3", null, ids(people.subList(8, 12))))), null);
        var result = form(instance, 2);

        assertThat(new FormedGroupsCheck(instance, naive).diversity()).isEqualTo(6);
        // Every group can hold all four countries, and the bound says so.
        assertThat(result.stats().diversity()).isEqualTo(12).isEqualTo(result.stats().diversityUpperBound());
        assertThat(result.stats().diversityGap()).isZero();
    }

    @Test
    void noPairMeetsTwiceWhenThatCanBeAvoided() {
        // Nine people in three groups of three over four rounds: the rows, columns and two diagonal
        // directions of a 3x3 grid meet no pair twice, so zero repeats is possible.
        var people = Instances.plain(9);
        var instance = new GroupingInstance(3, 3, 3, 4, List.of(), List.of(), people);
        var result = GroupFormer.form(instance, 4, GENEROUS_SECONDS, 200_000);
        var check = new FormedGroupsCheck(instance, result);

        check.assertHardRules();
        assertThat(check.repeatedPairs()).isZero();
        assertThat(result.stats().repeatedPairs()).isZero();
    }

    @Test
    void repeatsThatCannotBeAvoidedAreBoundedFromBelow() {
        // 30 people in 5 groups of 6: a second-round group draws 6 people from 5 first-round groups,
        // so at least one of its pairs met before; over three rounds at least 10 repeat meetings.
        var people = Instances.plain(30);
        var instance = new GroupingInstance(5, 6, 6, 3, List.of(), List.of(), people);
        var result = form(instance, 1);

        assertThat(RepeatBound.unavoidablePairs(6, 5)).isEqualTo(1);
        assertThat(RepeatBound.unavoidablePairs(10, 6)).isEqualTo(4);
        assertThat(result.stats().repeatMeetingsLowerBound()).isEqualTo(10);
        assertThat(new FormedGroupsCheck(instance, result).repeatMeetings()).isBetween(10, 12);
    }

    private static List<String> ids(List<GroupingInstance.Participant> people) {
        return people.stream().map(GroupingInstance.Participant::id).toList();
    }
}
