package org.silta.bench.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;
import org.silta.engine.scheduling.Slot;

/**
 * Pins a share of the requests, as if published earlier: each goes to a random slot all its
 * members are available in and free, while the slot has tables and the members have room left.
 */
record PinnedRequests(double share) {

    List<MeetingRequest> pin(List<Slot> slots, List<Participant> participants, List<MeetingRequest> requests,
                             SplittableRandom random) {
        var byId = new HashMap<String, Participant>();
        participants.forEach(p -> byId.put(p.id(), p));
        var busy = new HashSet<String>();
        var meetings = new HashMap<String, Integer>();
        var load = new int[slots.size()];
        var result = new ArrayList<>(requests);
        int wanted = (int) Math.round(share * requests.size());
        for (int pinned = 0, tries = 0; pinned < wanted && tries < 20 * requests.size(); tries++) {
            int r = random.nextInt(result.size());
            var request = result.get(r);
            int s = random.nextInt(slots.size());
            var slot = slots.get(s);
            boolean fits = request.slot() == null && load[s] < slot.capacity() && request.participants().stream()
                    .allMatch(id -> byId.get(id).available().contains(slot.id()) && !busy.contains(id + "@" + s)
                            && meetings.getOrDefault(id, 0) < byId.get(id).maxMeetings());
            if (fits) {
                request.participants().forEach(id -> {
                    busy.add(id + "@" + s);
                    meetings.merge(id, 1, Integer::sum);
                });
                load[s]++;
                result.set(r, new MeetingRequest(request.id(), request.participants(), request.weight(), slot.id()));
                pinned++;
            }
        }
        return result;
    }
}
