package org.silta.bench.scheduling.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.silta.bench.scheduling.PeerProblem;
import org.silta.bench.scheduling.TinyInstance;
import org.silta.engine.scheduling.Slot;

/**
 * One test per constraint: a hand-made plan that matches it is scored whole by Timefold's
 * SolutionManager. ConstraintVerifier (timefold-solver-test) is missing from the Maven mirror here,
 * and a score per constraint (SolutionManager.analyze) is a feature of the enterprise edition.
 */
class MeetingConstraintsTest {

    private static final SolutionManager<MeetingPlan, BendableScore> SCORING =
            SolutionManager.create(SolverFactory.create(TimefoldScheduler.config(1)));

    @Test
    void attendeeAwayInTheSlotBreaksAHardRule() {
        var plan = plan(new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5, "S1").person("B", 5)
                .request("R1", 1, "A", "B"), "S2");

        assertThat(SCORING.update(plan)).isEqualTo(score(1, 1, 2, 0));
    }

    @Test
    void twoMeetingsOfOneAttendeeInASlotBreakAHardRule() {
        var plan = plan(new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5).person("B", 5).person("C", 5)
                .request("R1", 1, "A", "B").request("R2", 1, "A", "C").request("R3", 1, "B", "C"), "S1", "S1", "S2");

        assertThat(SCORING.update(plan)).isEqualTo(score(1, 3, 3, 0));
    }

    @Test
    void meetingsBeyondMaxMeetingsBreakAHardRule() {
        var plan = plan(new TinyInstance().slots(3, Slot.UNLIMITED).person("A", 1).person("B", 5).person("C", 5)
                .request("R1", 1, "A", "B").request("R2", 1, "A", "C").request("R3", 1, "A", "B"), "S1", "S2", "S3");

        // A has two meetings too many; B waits through S2 between R1 and R3.
        assertThat(SCORING.update(plan)).isEqualTo(score(2, 3, 3, 1));
    }

    @Test
    void meetingsBeyondASlotsCapacityBreakAHardRule() {
        var plan = plan(new TinyInstance().slots(2, 1).person("A", 5).person("B", 5).person("C", 5).person("D", 5)
                .request("R1", 1, "A", "B").request("R2", 1, "C", "D"), "S1", "S1");

        assertThat(SCORING.update(plan)).isEqualTo(score(1, 2, 4, 0));
    }

    @Test
    void scheduledMeetingsRewardTheirWeightAndUnscheduledOnesNothing() {
        var plan = plan(new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5).person("B", 5).person("C", 5)
                .request("R1", 3, "A", "B").request("R2", 2, "A", "C").request("R3", 4, "B", "C"), "S1", "S2", null);

        assertThat(SCORING.update(plan)).isEqualTo(score(0, 5, 3, 0));
    }

    @Test
    void eachAttendeeWithAMeetingCountsOnce() {
        var plan = plan(new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5).person("B", 5).person("C", 5)
                .person("D", 5).request("R1", 1, "A", "B").request("R2", 1, "A", "C").request("R3", 1, "C", "D"),
                "S1", "S2", null);

        assertThat(SCORING.update(plan)).isEqualTo(score(0, 2, 3, 0));
    }

    @Test
    void idleGapsCountFreeAvailableSlotsBetweenMeetingsOfADay() {
        var plan = plan(new TinyInstance().slots(5, Slot.UNLIMITED).person("A", 5, "S1", "S2", "S4", "S5")
                .person("B", 5).person("C", 5).request("R1", 1, "A", "B").request("R2", 1, "A", "C"), "S1", "S5");

        // A waits through S2 and S4; A is away in S3, which is no idle gap; B and C meet once each.
        assertThat(SCORING.update(plan)).isEqualTo(score(0, 2, 3, 2));
    }

    @Test
    void aPinnedMeetingCountsLikeAnyOther() {
        var instance = new TinyInstance().slots(2, Slot.UNLIMITED).person("A", 5).person("B", 5)
                .pinned("R1", "S2", "A", "B").build();
        var plan = TimefoldScheduler.plan(new PeerProblem(instance), null);

        assertThat(plan.getMeetings().getFirst().isPinned()).isTrue();
        assertThat(SCORING.update(plan)).isEqualTo(score(0, 1, 2, 0));
    }

    private static MeetingPlan plan(TinyInstance instance, String... slots) {
        var plan = TimefoldScheduler.plan(new PeerProblem(instance.build()), null);
        for (int r = 0; r < slots.length; r++) {
            var id = slots[r];
            plan.getMeetings().get(r).setSlot(plan.getSlots().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null));
        }
        return plan;
    }

    /** The score from hard-rule breaks, scheduled weight, attendees with a meeting and idle gaps. */
    private static BendableScore score(long broken, long weight, long met, long idle) {
        return BendableScore.of(new long[] {-broken}, new long[] {weight, met, -idle});
    }
}
