package org.silta.engine.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random instances of a given size: availability, limits, capacities, groups of two or three, pins. */
record RandomInstances(int people, int slots, int requests, boolean withPins) {

    MeetingInstance generate(long seed) {
        var random = new SplittableRandom(seed);
        var slotList = new ArrayList<Slot>();
        for (int s = 0; s < slots; s++) {
            int capacity = random.nextInt(3) == 0 ? Slot.UNLIMITED : 1 + random.nextInt(3);
            slotList.add(new Slot("S" + s, Instant.parse("2026-03-10T07:00:00Z").plusSeconds(1200L * s), 20, capacity));
        }
        var participants = new ArrayList<Participant>();
        for (int p = 0; p < people; p++) {
            var available = new HashSet<String>();
            slotList.forEach(slot -> {
                if (random.nextInt(4) > 0) {
                    available.add(slot.id());
                }
            });
            participants.add(new Participant("P" + p, random.nextBoolean() ? null : available,
                    random.nextBoolean() ? Participant.NO_LIMIT : 1 + random.nextInt(3), "Europe/Helsinki"));
        }
        var list = new ArrayList<MeetingRequest>();
        for (int r = 0; r < requests; r++) {
            var members = new ArrayList<String>();
            int size = random.nextInt(5) == 0 ? 3 : 2;
            while (members.size() < size) {
                var id = "P" + random.nextInt(people);
                if (!members.contains(id)) {
                    members.add(id);
                }
            }
            var pin = withPins && random.nextInt(5) == 0 ? "S" + random.nextInt(slots) : null;
            list.add(new MeetingRequest("R" + r, List.copyOf(members), 1 + random.nextInt(3), pin));
        }
        return new MeetingInstance("random-" + seed, slotList, participants, list);
    }
}
