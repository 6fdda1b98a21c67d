package org.silta.bench.scheduling;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.silta.engine.scheduling.Conflict;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Slot;

/**
 * An instance in the index form the peers' models are built from: slots in time order, each
 * participant's availability and local day per slot, each request's members, weight, allowed slots
 * (where every member is available) and held pin. Pins are held heaviest first, as the contract asks;
 * a pin that breaks a hard rule against the pins already held is unscheduled and explained.
 */
public final class PeerProblem {

    public final MeetingInstance instance;
    public final int slots;
    public final int participants;
    public final int requests;
    public final Slot[] slot;
    public final int[] maxMeetings;
    public final boolean[][] available;
    /** Local day (epoch day in the participant's zone) of each slot: {@code day[p][s]}. */
    public final long[][] day;
    public final int[][] members;
    public final int[] weight;
    public final int[][] allowed;
    /** The slot a request is pinned to and held in, or -1. */
    public final int[] heldPin;
    public final boolean[] pinned;
    public final List<Conflict> conflicts = new ArrayList<>();

    public PeerProblem(MeetingInstance instance) {
        this.instance = instance;
        slot = instance.slots().stream().sorted(Comparator.comparing(Slot::start)).toArray(Slot[]::new);
        slots = slot.length;
        participants = instance.participants().size();
        requests = instance.requests().size();
        var slotIndex = index(IntStream.range(0, slots).mapToObj(s -> slot[s].id()).toList());
        var participantIndex = index(instance.participants().stream().map(p -> p.id()).toList());
        maxMeetings = new int[participants];
        available = new boolean[participants][slots];
        day = new long[participants][];
        var days = new HashMap<String, long[]>();
        for (int p = 0; p < participants; p++) {
            var participant = instance.participants().get(p);
            maxMeetings[p] = participant.maxMeetings();
            day[p] = days.computeIfAbsent(String.valueOf(participant.timeZone()), z -> days(zone(participant.timeZone())));
            for (int s = 0; s < slots; s++) {
                available[p][s] = participant.available() == null || participant.available().contains(slot[s].id());
            }
        }
        members = new int[requests][];
        weight = new int[requests];
        allowed = new int[requests][];
        heldPin = new int[requests];
        pinned = new boolean[requests];
        for (int r = 0; r < requests; r++) {
            var request = instance.requests().get(r);
            members[r] = request.participants().stream().mapToInt(participantIndex::get).toArray();
            weight[r] = request.weight();
            int[] group = members[r];
            allowed[r] = IntStream.range(0, slots).filter(s -> IntStream.of(group).allMatch(p -> available[p][s])).toArray();
            pinned[r] = request.slot() != null;
            heldPin[r] = -1;
        }
        holdPins(slotIndex);
    }

    public String slotId(int s) {
        return slot[s].id();
    }

    public String requestId(int r) {
        return instance.requests().get(r).id();
    }

    public boolean limited(int s) {
        return slot[s].limited();
    }

    /** Idle gaps of participant p who meets in these slots (ascending): free available slots between two meetings of a day. */
    public int idleGaps(int p, int[] meetingSlots) {
        int idle = 0;
        for (int i = 1; i < meetingSlots.length; i++) {
            int from = meetingSlots[i - 1];
            int to = meetingSlots[i];
            if (day[p][from] == day[p][to]) {
                for (int s = from + 1; s < to; s++) {
                    idle += available[p][s] ? 1 : 0;
                }
            }
        }
        return idle;
    }

    private void holdPins(Map<String, Integer> slotIndex) {
        var busy = new boolean[participants][slots];
        var meetings = new int[participants];
        var load = new int[slots];
        var order = IntStream.range(0, requests).filter(r -> pinned[r]).boxed()
                .sorted(Comparator.<Integer>comparingInt(r -> -weight[r]).thenComparingInt(r -> r)).toList();
        for (int r : order) {
            int s = slotIndex.get(instance.requests().get(r).slot());
            String reason = null;
            for (int p : members[r]) {
                var who = instance.participants().get(p).id();
                if (!available[p][s]) {
                    reason = who + " is not available in " + slotId(s);
                } else if (busy[p][s]) {
                    reason = who + " already has another pinned meeting in " + slotId(s);
                } else if (meetings[p] >= maxMeetings[p]) {
                    reason = who + " may have at most " + maxMeetings[p] + " meetings and pinned meetings fill them";
                }
            }
            if (reason == null && load[s] >= slot[s].capacity()) {
                reason = slotId(s) + " holds at most " + slot[s].capacity() + " meetings and pinned meetings fill it";
            }
            if (reason != null) {
                conflicts.add(new Conflict(requestId(r), reason));
                continue;
            }
            heldPin[r] = s;
            load[s]++;
            for (int p : members[r]) {
                busy[p][s] = true;
                meetings[p]++;
            }
        }
        conflicts.sort(Comparator.comparing(Conflict::request));
    }

    private long[] days(ZoneId zone) {
        return IntStream.range(0, slots).mapToLong(s -> slot[s].start().atZone(zone).toLocalDate().toEpochDay()).toArray();
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Map<String, Integer> index(List<String> ids) {
        var result = new HashMap<String, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            result.put(ids.get(i), i);
        }
        return result;
    }
}
