package org.silta.bench.scheduling.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Comparator;
import java.util.List;

/**
 * A meeting request, the planning entity: its slot is the planning variable, null when the request is
 * left unscheduled. A published (pinned) request keeps the slot it was given.
 */
@PlanningEntity(comparatorClass = PlannedMeeting.LighterFirst.class)
public class PlannedMeeting {

    private String id;
    private List<Attendee> attendees;
    private int weight;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true)
    private TimeSlot slot;

    public PlannedMeeting() {
    }

    public PlannedMeeting(String id, List<Attendee> attendees, int weight, boolean pinned, TimeSlot slot) {
        this.id = id;
        this.attendees = attendees;
        this.weight = weight;
        this.pinned = pinned;
        this.slot = slot;
    }

    public String getId() {
        return id;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isPinned() {
        return pinned;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    /** How many attendees are away in the meeting's slot. */
    public int attendeesAway() {
        return (int) attendees.stream().filter(a -> !a.availableIn(slot)).count();
    }

    @Override
    public String toString() {
        return id + "@" + (slot == null ? "-" : slot.id());
    }

    /** Difficulty order for the construction heuristic, which places the most difficult (heaviest) first. */
    public static final class LighterFirst implements Comparator<PlannedMeeting> {

        @Override
        public int compare(PlannedMeeting a, PlannedMeeting b) {
            return a.weight != b.weight ? Integer.compare(a.weight, b.weight) : b.id.compareTo(a.id);
        }
    }
}
