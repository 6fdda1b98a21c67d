package org.silta.engine.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** Checks a result against its instance from scratch, without the former's own counters. */
final class FormedGroupsCheck {

    private final GroupingInstance instance;
    private final FormedGroups result;
    private final Map<String, GroupingInstance.Participant> byId = new HashMap<>();

    FormedGroupsCheck(GroupingInstance instance, FormedGroups result) {
        this.instance = instance;
        this.result = result;
        instance.participants().forEach(p -> byId.put(p.id(), p));
    }

    /** Every participant once per round, group count and sizes within bounds, themes as given. */
    void assertHardRules() {
        assertThat(result.rounds()).hasSize(instance.rounds());
        for (var round : result.rounds()) {
            assertThat(round).hasSize(instance.groups());
            var seen = new HashSet<String>();
            for (var group : round) {
                assertThat(group.members().size()).isBetween(instance.minSize(), instance.maxSize());
                for (var member : group.members()) {
                    assertThat(byId).containsKey(member);
                    assertThat(seen.add(member)).as("%s placed twice", member).isTrue();
                }
                if (instance.themes().isEmpty()) {
                    assertThat(group.theme()).isNull();
                } else {
                    assertThat(instance.themes()).contains(group.theme());
                }
            }
            assertThat(seen).hasSize(instance.participants().size());
        }
    }

    /** Distinct attribute values per group, summed over groups, attributes and rounds. */
    int diversity() {
        int total = 0;
        for (var round : result.rounds()) {
            for (var group : round) {
                for (var attribute : instance.diversify()) {
                    total += (int) group.members().stream().map(id -> byId.get(id).attributes().get(attribute))
                            .filter(value -> value != null).distinct().count();
                }
            }
        }
        return total;
    }

    private Map<String, Integer> meetingsPerPair() {
        var meetings = new HashMap<String, Integer>();
        for (var round : result.rounds()) {
            for (var group : round) {
                for (var a : group.members()) {
                    for (var b : group.members()) {
                        if (a.compareTo(b) < 0) {
                            meetings.merge(a + "|" + b, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return meetings;
    }

    int repeatedPairs() {
        return (int) meetingsPerPair().values().stream().filter(k -> k > 1).count();
    }

    int repeatMeetings() {
        return meetingsPerPair().values().stream().mapToInt(k -> k - 1).sum();
    }

    /** Participant-rounds in the group's theme at the given interest position (0 first), or in none (-1). */
    int placedAt(int position) {
        int count = 0;
        for (var round : result.rounds()) {
            for (var group : round) {
                for (var id : group.members()) {
                    var interests = byId.get(id).interests();
                    if (!interests.isEmpty() && interests.indexOf(group.theme()) == position) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
