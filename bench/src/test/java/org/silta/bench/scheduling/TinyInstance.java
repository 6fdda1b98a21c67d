package org.silta.bench.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;
import org.silta.engine.scheduling.Slot;

/** Hand-made instances for the peers' tests: slots S1.. 20 minutes apart on one UTC day. */
public final class TinyInstance {

    private final List<Slot> slots = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<MeetingRequest> requests = new ArrayList<>();

    public TinyInstance slots(int count, int capacity) {
        for (int i = 0; i < count; i++) {
            slots.add(new Slot("S" + (slots.size() + 1), Instant.parse("2026-03-10T07:00:00Z").plusSeconds(1200L * slots.size()),
                    20, capacity));
        }
        return this;
    }

    /** A participant with a meeting limit, available in the given slots (every slot when none are given). */
    public TinyInstance person(String id, int maxMeetings, String... available) {
        participants.add(new Participant(id, available.length == 0 ? null : Set.of(available), maxMeetings, "UTC"));
        return this;
    }

    public TinyInstance request(String id, int weight, String... members) {
        requests.add(new MeetingRequest(id, List.of(members), weight, null));
        return this;
    }

    public TinyInstance pinned(String id, String slot, String... members) {
        requests.add(new MeetingRequest(id, List.of(members), 1, slot));
        return this;
    }

    public MeetingInstance build() {
        return new MeetingInstance("tiny", List.copyOf(slots), List.copyOf(participants), List.copyOf(requests));
    }
}
