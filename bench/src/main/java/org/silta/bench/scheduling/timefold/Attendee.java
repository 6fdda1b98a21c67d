package org.silta.bench.scheduling.timefold;

import java.util.SortedSet;
import org.silta.bench.scheduling.PeerProblem;

/** A participant: who may meet in which slots, how often, and on which local day each slot falls. */
public final class Attendee {

    private final PeerProblem problem;
    private final int index;

    public Attendee(PeerProblem problem, int index) {
        this.problem = problem;
        this.index = index;
    }

    public boolean availableIn(TimeSlot slot) {
        return problem.available[index][slot.index()];
    }

    public int maxMeetings() {
        return problem.maxMeetings[index];
    }

    /** Slots this attendee is available in but spends without a meeting between two meetings on one local day. */
    public int idleGaps(SortedSet<TimeSlot> meetingSlots) {
        return problem.idleGaps(index, meetingSlots.stream().mapToInt(TimeSlot::index).toArray());
    }

    @Override
    public String toString() {
        return problem.instance.participants().get(index).id();
    }
}
