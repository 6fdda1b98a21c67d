package org.silta.engine.scheduling;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An instance checked against the contract and turned into arrays indexed by number. */
final class Problem {

    final MeetingInstance instance;
    final int slots;
    final int participants;
    final int requests;
    final Slot[] slot;
    final int[] capacity;
    final int[] maxMeetings;
    final boolean[] available;
    /** Local day (epoch day in the participant's zone) of each participant and slot: {@code p * slots + s}. */
    final long[] day;
    final int[][] members;
    final int[] weight;
    /** The slot a request is pinned to, or -1. */
    final int[] pin;
    /** Slots where every member of a request is available, in time order. */
    final int[][] allowed;
    /** Requests each participant is part of. */
    final int[][] requestsOf;

    Problem(MeetingInstance instance) {
        this.instance = instance;
        slot = instance.slots().stream().sorted(Comparator.comparing(Slot::start)).toArray(Slot[]::new);
        slots = slot.length;
        participants = instance.participants().size();
        requests = instance.requests().size();
        var slotIndex = index(Arrays.asList(slot).stream().map(Slot::id).toList(), "slots[].id");
        capacity = new int[slots];
        for (int s = 0; s < slots; s++) {
            check(slot[s].capacity() > 0, "slots[].capacity", slot[s].id(), "must be a positive number");
            check(slot[s].minutes() > 0, "slots[].minutes", slot[s].id(), "must be a positive number");
            capacity[s] = slot[s].capacity();
        }
        var participantIndex = index(instance.participants().stream().map(Participant::id).toList(), "participants[].id");
        maxMeetings = new int[participants];
        available = new boolean[participants * slots];
        day = new long[participants * slots];
        for (int p = 0; p < participants; p++) {
            var participant = instance.participants().get(p);
            check(participant.maxMeetings() >= 0, "participants[].maxMeetings", participant.id(), "must not be negative");
            maxMeetings[p] = participant.maxMeetings();
            if (participant.available() == null) {
                Arrays.fill(available, p * slots, (p + 1) * slots, true);
            } else {
                for (var id : participant.available()) {
                    available[p * slots + lookup(slotIndex, id, "participants[].available", participant.id())] = true;
                }
            }
            var zone = zone(participant.timeZone());
            for (int s = 0; s < slots; s++) {
                day[p * slots + s] = slot[s].start().atZone(zone).toLocalDate().toEpochDay();
            }
        }
        index(instance.requests().stream().map(MeetingRequest::id).toList(), "requests[].id");
        members = new int[requests][];
        weight = new int[requests];
        pin = new int[requests];
        allowed = new int[requests][];
        var incident = new int[participants];
        for (int r = 0; r < requests; r++) {
            var request = instance.requests().get(r);
            check(request.weight() > 0, "requests[].weight", request.id(), "must be a positive integer");
            weight[r] = request.weight();
            pin[r] = request.slot() == null ? -1 : lookup(slotIndex, request.slot(), "requests[].slot", request.id());
            members[r] = members(request, participantIndex);
            for (int p : members[r]) {
                incident[p]++;
            }
            allowed[r] = allowedSlots(members[r]);
        }
        requestsOf = new int[participants][];
        for (int p = 0; p < participants; p++) {
            requestsOf[p] = new int[incident[p]];
        }
        Arrays.fill(incident, 0);
        for (int r = 0; r < requests; r++) {
            for (int p : members[r]) {
                requestsOf[p][incident[p]++] = r;
            }
        }
    }

    boolean limited(int s) {
        return capacity[s] != Slot.UNLIMITED;
    }

    String slotId(int s) {
        return slot[s].id();
    }

    String participantId(int p) {
        return instance.participants().get(p).id();
    }

    String requestId(int r) {
        return instance.requests().get(r).id();
    }

    private int[] members(MeetingRequest request, Map<String, Integer> participantIndex) {
        var names = request.participants();
        check(names != null && names.size() >= 2, "requests[].participants", request.id(), "a meeting needs at least two participants");
        var result = new int[names.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = lookup(participantIndex, names.get(i), "requests[].participants", request.id());
            for (int j = 0; j < i; j++) {
                check(result[j] != result[i], "requests[].participants", request.id(), names.get(i) + " is named twice");
            }
        }
        return result;
    }

    private int[] allowedSlots(int[] group) {
        var result = new int[slots];
        int count = 0;
        for (int s = 0; s < slots; s++) {
            boolean all = true;
            for (int p : group) {
                all &= available[p * slots + s];
            }
            if (all) {
                result[count++] = s;
            }
        }
        return Arrays.copyOf(result, count);
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Map<String, Integer> index(List<String> ids, String field) {
        var result = new HashMap<String, Integer>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            check(id != null && !id.isEmpty(), field, null, "an id is missing (item " + (i + 1) + ")");
            check(result.putIfAbsent(id, i) == null, field, id, "the id is used twice");
        }
        return result;
    }

    private static int lookup(Map<String, Integer> index, String id, String field, String owner) {
        var found = index.get(id);
        check(found != null, field, owner, "unknown id " + id);
        return found;
    }

    private static void check(boolean condition, String field, String id, String problem) {
        if (!condition) {
            throw new InvalidInstance(field, id, problem);
        }
    }
}
