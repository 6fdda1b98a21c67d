package org.silta.bench.scheduling.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.List;

/**
 * The planning solution: slots, attendees and meetings. The score has one hard level (the contract's
 * four hard rules) and three soft levels in the contract's order: scheduled weight, attendees with a
 * meeting, idle gaps.
 */
@PlanningSolution
public class MeetingPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimeSlot> slots;
    @ProblemFactCollectionProperty
    private List<Attendee> attendees;
    @PlanningEntityCollectionProperty
    private List<PlannedMeeting> meetings;
    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
    private BendableScore score;

    public MeetingPlan() {
    }

    public MeetingPlan(List<TimeSlot> slots, List<Attendee> attendees, List<PlannedMeeting> meetings) {
        this.slots = slots;
        this.attendees = attendees;
        this.meetings = meetings;
    }

    public List<TimeSlot> getSlots() {
        return slots;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public List<PlannedMeeting> getMeetings() {
        return meetings;
    }

    public BendableScore getScore() {
        return score;
    }

    public void setScore(BendableScore score) {
        this.score = score;
    }
}
