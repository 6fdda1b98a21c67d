package org.silta.bench.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silta.bench.scheduling.cpsat.CpSatScheduler;
import org.silta.bench.scheduling.timefold.TimefoldScheduler;
import org.silta.engine.scheduling.Conflict;
import org.silta.engine.scheduling.Meeting;
import org.silta.engine.scheduling.MeetingScheduler;
import org.silta.engine.scheduling.ScheduleRules;
import org.silta.engine.scheduling.Slot;

/** Both peers on small instances whose best schedule is known: the contract's rules, pins, tables and objective. */
class PeerSchedulersTest {

    static Stream<SchedulerUnderTest> peers() {
        return Stream.of(new TimefoldScheduler(), new CpSatScheduler());
    }

    @ParameterizedTest
    @MethodSource("peers")
    void findsTheHeaviestScheduleAndNumbersTheTables(SchedulerUnderTest peer) {
        // Two slots of one table each: R1 and R2 (weight 5) beat any pair with R3 or R4.
        var instance = new TinyInstance().slots(2, 1).person("A", 5).person("B", 5).person("C", 5).person("D", 5)
                .request("R1", 3, "A", "B").request("R2", 2, "A", "C").request("R3", 1, "B", "D")
                .request("R4", 1, "C", "D").build();
        var progress = new Progress();

        var schedule = peer.solve(instance, null, 1, 1, progress);

        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactlyInAnyOrder("R1", "R2");
        assertThat(schedule.meetings()).extracting(Meeting::table).containsOnly(1);
        assertThat(schedule.stats().scheduledWeight()).isEqualTo(5);
        assertThat(progress.secondsToWithin(0.01, 5)).isNotNaN();
    }

    @ParameterizedTest
    @MethodSource("peers")
    void atEqualWeightMoreParticipantsMeet(SchedulerUnderTest peer) {
        var instance = new TinyInstance().slots(1, Slot.UNLIMITED).person("A", 5).person("B", 5).person("C", 5)
                .person("D", 5).request("R1", 1, "A", "B").request("R2", 1, "A", "C", "D").build();

        var schedule = peer.solve(instance, null, 1, 1, new Progress());

        assertThat(schedule.meetings()).extracting(Meeting::request).containsExactly("R2");
    }

    @ParameterizedTest
    @MethodSource("peers")
    void keepsHeldPinsAndExplainsThePinThatCannotBeHeld(SchedulerUnderTest peer) {
        var instance = new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5).person("B", 5, "S1").person("C", 5)
                .pinned("R1", "S2", "A", "C").pinned("R2", "S2", "A", "B").request("R3", 1, "B", "C").build();

        var schedule = peer.solve(instance, null, 1, 1, new Progress());

        assertThat(ScheduleRules.violations(instance, schedule)).isEmpty();
        assertThat(schedule.meetings()).contains(new Meeting("R1", "S2", null), new Meeting("R3", "S1", null));
        assertThat(schedule.conflicts()).extracting(Conflict::request).containsExactly("R2");
        assertThat(schedule.conflicts().getFirst().reason()).isEqualTo("B is not available in S2");
    }

    @ParameterizedTest
    @MethodSource("peers")
    void aReSolveKeepsPublishedTables(SchedulerUnderTest peer) {
        var instance = new TinyInstance().slots(1, 3).person("A", 5).person("B", 5).person("C", 5).person("D", 5)
                .request("R1", 1, "A", "B").request("R2", 1, "C", "D").build();
        var published = new org.silta.engine.scheduling.Schedule(List.of(new Meeting("R1", "S1", 3)), List.of("R2"),
                List.of(), 2, null);

        var schedule = peer.solve(MeetingScheduler.pinPublished(instance, published), published, 1, 1, new Progress());

        assertThat(schedule.meetings()).containsExactlyInAnyOrder(new Meeting("R1", "S1", 3), new Meeting("R2", "S1", 1));
    }
}
