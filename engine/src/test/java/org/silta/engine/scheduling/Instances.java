package org.silta.engine.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small hand-made instances: slots S1.. 20 minutes apart on one day, participants and requests by id. */
final class Instances {

    private final List<Slot> slots = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<MeetingRequest> requests = new ArrayList<>();

    Instances slots(int count, int capacity) {
        for (int i = 0; i < count; i++) {
            slots.add(new Slot("S" + (slots.size() + 1), Instant.parse("2026-03-10T07:00:00Z").plusSeconds(1200L * slots.size()),
                    20, capacity));
        }
        return this;
    }

    Instances person(String id) {
        participants.add(new Participant(id));
        return this;
    }

    Instances person(String id, int maxMeetings, String... available) {
        participants.add(new Participant(id, available.length == 0 ? null : Set.of(available), maxMeetings, "UTC"));
        return this;
    }

    Instances request(String id, int weight, String... members) {
        requests.add(new MeetingRequest(id, List.of(members), weight, null));
        return this;
    }

    Instances pinned(String id, String slot, String... members) {
        requests.add(new MeetingRequest(id, List.of(members), 1, slot));
        return this;
    }

    MeetingInstance build() {
        return new MeetingInstance("test", List.copyOf(slots), List.copyOf(participants), List.copyOf(requests));
    }

    static Schedule solve(MeetingInstance instance) {
        return MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.3, 7));
    }

    static String slotOf(Schedule schedule, String request) {
        return schedule.meetings().stream().filter(m -> m.request().equals(request)).map(Meeting::slot)
                .findFirst().orElse(null);
    }
}
