package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silta.engine.scheduling.Instances.slotOf;
import static org.silta.engine.scheduling.Instances.solve;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class HardRulesTest {

    @Test
    void aMeetingGoesWhereEveryMemberIsAvailable() {
        var instance = new Instances().slots(3, Slot.UNLIMITED)
                .person("A", 5, "S1", "S2").person("B", 5, "S2", "S3").request("R1", 1, "A", "B").build();

        var schedule = solve(instance);

        assertThat(slotOf(schedule, "R1")).isEqualTo("S2");
        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
    }

    @Test
    void aRequestWithNoSharedSlotStaysUnscheduled() {
        var instance = new Instances().slots(2, Slot.UNLIMITED)
                .person("A", 5, "S1").person("B", 5, "S2").request("R1", 1, "A", "B").build();

        var schedule = solve(instance);

        assertThat(schedule.unscheduled()).containsExactly("R1");
        assertThat(schedule.upperBound()).isZero();
    }

    @Test
    void aParticipantMeetsOnceASlot() {
        var instance = new Instances().slots(2, Slot.UNLIMITED).person("A").person("B").person("C").person("D")
                .request("R1", 1, "A", "B").request("R2", 1, "A", "C").request("R3", 1, "A", "D").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).hasSize(2);
        assertThat(schedule.meetings()).extracting(Meeting::slot).doesNotHaveDuplicates();
        assertThat(schedule.stats().optimal()).isTrue();
    }

    @Test
    void aParticipantHasAtMostMaxMeetingsAndKeepsTheHeaviest() {
        var instance = new Instances().slots(4, Slot.UNLIMITED).person("A", 2).person("B").person("C").person("D")
                .request("R1", 1, "A", "B").request("R2", 3, "A", "C").request("R3", 2, "A", "D").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactlyInAnyOrder("R2", "R3");
        assertThat(schedule.unscheduled()).containsExactly("R1");
        assertThat(schedule.upperBound()).isEqualTo(5);
    }

    @Test
    void aSlotHoldsAtMostItsCapacityAtNumberedTables() {
        var instance = new Instances().slots(2, 2).person("A").person("B").person("C").person("D").person("E").person("F")
                .person("G").person("H").request("R1", 1, "A", "B").request("R2", 1, "C", "D")
                .request("R3", 1, "E", "F").request("R4", 1, "G", "H").request("R5", 1, "A", "C").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).hasSize(4);
        assertThat(schedule.upperBound()).isEqualTo(4);
        for (var slot : new String[] {"S1", "S2"}) {
            var tables = new HashSet<Integer>();
            schedule.meetings().stream().filter(m -> m.slot().equals(slot)).forEach(m -> tables.add(m.table()));
            assertThat(tables).containsExactlyInAnyOrder(1, 2);
        }
        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
    }

    @Test
    void unlimitedSlotsHaveNoTables() {
        var instance = new Instances().slots(1, Slot.UNLIMITED).person("A").person("B").request("R1", 1, "A", "B").build();

        assertThat(solve(instance).meetings()).extracting(Meeting::table).containsOnlyNulls();
    }

    @Test
    void everyRequestAppearsExactlyOnce() {
        var instance = new Instances().slots(1, 1).person("A").person("B").person("C")
                .request("R1", 1, "A", "B").request("R2", 1, "B", "C").request("R3", 1, "A", "C").build();

        var schedule = solve(instance);

        var all = new java.util.ArrayList<String>(schedule.unscheduled());
        schedule.meetings().forEach(m -> all.add(m.request()));
        assertThat(all).containsExactlyInAnyOrder("R1", "R2", "R3");
    }

    @Test
    void anInstanceWithoutRequestsHasAnEmptyScheduleAndBoundZero() {
        var schedule = solve(new Instances().slots(2, 3).person("A").build());

        assertThat(schedule.meetings()).isEmpty();
        assertThat(schedule.upperBound()).isZero();
        assertThat(schedule.stats().optimal()).isTrue();
    }
}
