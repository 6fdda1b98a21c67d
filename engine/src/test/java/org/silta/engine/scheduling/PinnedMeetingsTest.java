package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silta.engine.scheduling.Instances.slotOf;
import static org.silta.engine.scheduling.Instances.solve;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinnedMeetingsTest {

    @Test
    void aPinnedMeetingStaysInItsSlotEvenWhenAHeavierOneWantsIt() {
        var instance = new Instances().slots(2, Slot.UNLIMITED).person("A", 5, "S1").person("B").person("C")
                .pinned("R1", "S1", "A", "B").request("R2", 5, "A", "C").build();

        var schedule = solve(instance);

        assertThat(slotOf(schedule, "R1")).isEqualTo("S1");
        assertThat(schedule.unscheduled()).containsExactly("R2");
        assertThat(schedule.conflicts()).isEmpty();
    }

    @Test
    void aPinWhereAMemberIsAwayIsAConflictNamingThem() {
        var instance = new Instances().slots(2, Slot.UNLIMITED).person("A").person("B", 5, "S1")
                .pinned("R1", "S2", "A", "B").build();

        var schedule = solve(instance);

        assertThat(schedule.unscheduled()).containsExactly("R1");
        assertThat(schedule.conflicts()).containsExactly(new Conflict("R1", "B is not available in S2"));
    }

    @Test
    void twoPinsOfOneParticipantInOneSlotKeepTheHeavier() {
        var instance = new MeetingInstance("pins", new Instances().slots(1, Slot.UNLIMITED).build().slots(),
                List.of(new Participant("A"), new Participant("B"), new Participant("C")),
                List.of(new MeetingRequest("R1", List.of("A", "B"), 1, "S1"),
                        new MeetingRequest("R2", List.of("A", "C"), 3, "S1")));

        var schedule = solve(instance);

        assertThat(slotOf(schedule, "R2")).isEqualTo("S1");
        assertThat(schedule.conflicts()).containsExactly(new Conflict("R1", "A also has pinned meeting R2 in S1"));
    }

    @Test
    void pinsBeyondCapacityOrMaxMeetingsAreConflicts() {
        var instance = new Instances().slots(2, 1).person("A", 1).person("B").person("C").person("D")
                .pinned("R1", "S1", "A", "B").pinned("R2", "S2", "A", "C").pinned("R3", "S1", "C", "D").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactly("R1");
        assertThat(schedule.conflicts()).extracting(Conflict::reason).containsExactly(
                "A may have at most 1 meeting and other pinned meetings already fill them",
                "S1 holds at most 1 meeting and other pinned meetings already fill it");
        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
    }

    @Test
    void aReSolveWithPublishedMeetingsPinnedMovesNoneOfThem() {
        var first = new Instances().slots(4, 2).person("A", 3).person("B").person("C").person("D").person("E")
                .request("R1", 1, "A", "B").request("R2", 2, "A", "C").request("R3", 1, "D", "E")
                .request("R4", 1, "B", "C").build();
        var published = solve(first);
        var changed = new MeetingInstance("changed", first.slots(), first.participants(),
                java.util.stream.Stream.concat(first.requests().stream().filter(r -> !r.id().equals("R3")),
                        java.util.stream.Stream.of(new MeetingRequest("R5", List.of("D", "A"), 3, null))).toList());

        var again = MeetingScheduler.solve(MeetingScheduler.pinPublished(changed, published),
                new MeetingScheduler.Options(0.3, 3, published));

        for (var meeting : published.meetings()) {
            if (!meeting.request().equals("R3")) {
                assertThat(again.meetings()).contains(meeting);
            }
        }
        assertThat(again.meetings()).extracting(Meeting::request).contains("R5");
    }
}
