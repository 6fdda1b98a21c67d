package org.silta.engine.scheduling;

import java.util.List;

/** What the scheduler is asked: slots, participants and the accepted meeting requests. */
public record MeetingInstance(String name, List<Slot> slots, List<Participant> participants,
                              List<MeetingRequest> requests) {
}
