package org.silta.bench.scheduling.timefold;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSortedSet;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;

/** The meeting-schedule contract as Constraint Streams: four hard rules, then the objective in order. */
public class MeetingConstraints implements ConstraintProvider {

    static final BendableScore HARD = BendableScore.ofHard(1, 3, 0, 1);
    static final BendableScore WEIGHT = BendableScore.ofSoft(1, 3, 0, 1);
    static final BendableScore MET = BendableScore.ofSoft(1, 3, 1, 1);
    static final BendableScore IDLE = BendableScore.ofSoft(1, 3, 2, 1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                attendeeAvailable(factory),
                oneMeetingPerSlot(factory),
                maxMeetings(factory),
                slotCapacity(factory),
                scheduledWeight(factory),
                attendeesWithAMeeting(factory),
                idleGaps(factory)
        };
    }

    /** Hard rule 1: every attendee of a meeting is available in its slot. */
    Constraint attendeeAvailable(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .filter(meeting -> meeting.attendeesAway() > 0)
                .penalize(HARD, PlannedMeeting::attendeesAway)
                .asConstraint("Attendee available");
    }

    /** Hard rule 2: an attendee is in at most one meeting per slot. */
    Constraint oneMeetingPerSlot(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee, (meeting, attendee) -> meeting.getSlot(), countBi())
                .filter((attendee, slot, meetings) -> meetings > 1)
                .penalize(HARD, (attendee, slot, meetings) -> meetings - 1)
                .asConstraint("One meeting per slot");
    }

    /** Hard rule 3: an attendee has at most maxMeetings meetings. */
    Constraint maxMeetings(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee, countBi())
                .filter((attendee, meetings) -> meetings > attendee.maxMeetings())
                .penalize(HARD, (attendee, meetings) -> meetings - attendee.maxMeetings())
                .asConstraint("Max meetings");
    }

    /** Hard rule 4: a slot holds at most its capacity of meetings. */
    Constraint slotCapacity(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .groupBy(PlannedMeeting::getSlot, count())
                .filter((slot, meetings) -> meetings > slot.capacity())
                .penalize(HARD, (slot, meetings) -> meetings - slot.capacity())
                .asConstraint("Slot capacity");
    }

    /** Objective 1: the weight of the scheduled meetings (unassigned meetings are not matched). */
    Constraint scheduledWeight(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .reward(WEIGHT, PlannedMeeting::getWeight)
                .asConstraint("Scheduled weight");
    }

    /** Objective 2: the attendees who get at least one meeting. */
    Constraint attendeesWithAMeeting(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee)
                .reward(MET)
                .asConstraint("Attendees with a meeting");
    }

    /** Objective 3: idle gaps, free slots an attendee is available in between two meetings on one local day. */
    Constraint idleGaps(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee, toSortedSet((PlannedMeeting meeting, Attendee attendee) -> meeting.getSlot()))
                .penalize(IDLE, (attendee, slots) -> attendee.idleGaps(slots))
                .asConstraint("Idle gaps");
    }

    /** Each scheduled meeting with each of its attendees; one definition, so the streams above share its nodes. */
    private static BiConstraintStream<PlannedMeeting, Attendee> attendances(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class).flatten(PlannedMeeting::getAttendees);
    }
}
