package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silta.engine.scheduling.Instances.slotOf;
import static org.silta.engine.scheduling.Instances.solve;

import org.junit.jupiter.api.Test;

class ObjectiveTest {

    @Test
    void weightComesBeforeTheNumberOfMeetings() {
        var instance = new Instances().slots(1, Slot.UNLIMITED).person("A").person("B").person("C").person("D")
                .request("R1", 5, "A", "B").request("R2", 2, "A", "C").request("R3", 2, "B", "D").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactly("R1");
        assertThat(schedule.stats().scheduledWeight()).isEqualTo(5);
    }

    @Test
    void weightComesBeforeParticipantsWhoMeet() {
        var instance = new Instances().slots(1, Slot.UNLIMITED).person("A").person("B").person("C").person("D")
                .request("R1", 2, "A", "B").request("R2", 1, "A", "C", "D").build();

        assertThat(solve(instance).meetings()).extracting(Meeting::request).containsExactly("R1");
    }

    @Test
    void atEqualWeightMoreParticipantsMeet() {
        var instance = new Instances().slots(1, Slot.UNLIMITED).person("A").person("B").person("C").person("D")
                .request("R1", 1, "A", "B").request("R2", 1, "A", "C", "D").build();

        var schedule = solve(instance);

        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactly("R2");
        assertThat(schedule.stats().participantsWithMeetings()).isEqualTo(3);
    }

    @Test
    void atEqualWeightAndParticipantsMeetingsLeaveNoIdleGap() {
        var instance = new Instances().slots(3, Slot.UNLIMITED).person("A").person("B", 5, "S1")
                .person("C", 5, "S2", "S3").request("R1", 1, "A", "B").request("R2", 1, "A", "C").build();

        var schedule = solve(instance);

        assertThat(slotOf(schedule, "R2")).isEqualTo("S2");
        assertThat(schedule.stats().idleGaps()).isZero();
    }

    @Test
    void slotsOnAnotherLocalDayDoNotCountAsGaps() {
        // S1 is 22:00 in Tashkent, S2 and S3 fall on the next local day: no gap between S1 and S3.
        var instance = new MeetingInstance("days", java.util.List.of(
                new Slot("S1", java.time.Instant.parse("2026-03-10T17:00:00Z"), 20),
                new Slot("S2", java.time.Instant.parse("2026-03-10T19:00:00Z"), 20),
                new Slot("S3", java.time.Instant.parse("2026-03-10T21:00:00Z"), 20)),
                java.util.List.of(new Participant("A", null, 2, "Asia/Tashkent"),
                        new Participant("B", java.util.Set.of("S1"), 2, null),
                        new Participant("C", java.util.Set.of("S3"), 2, null)),
                java.util.List.of(new MeetingRequest("R1", java.util.List.of("A", "B")),
                        new MeetingRequest("R2", java.util.List.of("A", "C"))));

        assertThat(solve(instance).stats().idleGaps()).isZero();
    }
}
