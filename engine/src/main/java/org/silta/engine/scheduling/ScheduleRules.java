package org.silta.engine.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a schedule against the contract on its own, without trusting the scheduler: every
 * request exactly once, the four hard rules, tables, pins and conflicts, weight within the bound.
 * Any scheduler's output (Silta's or a peer's) can be checked with it.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /** What the schedule breaks, one line each; empty when it keeps every rule. */
    public static List<String> violations(MeetingInstance instance, Schedule schedule) {
        var broken = new ArrayList<String>();
        var slots = index(instance.slots(), Slot::id);
        var participants = index(instance.participants(), Participant::id);
        var requests = index(instance.requests(), MeetingRequest::id);
        var seen = new HashMap<String, Integer>();
        schedule.meetings().forEach(m -> seen.merge(m.request(), 1, Integer::sum));
        schedule.unscheduled().forEach(r -> seen.merge(r, 1, Integer::sum));
        requests.keySet().stream().filter(r -> seen.getOrDefault(r, 0) != 1)
                .forEach(r -> broken.add(r + " appears " + seen.getOrDefault(r, 0) + " times"));
        seen.keySet().stream().filter(r -> !requests.containsKey(r)).forEach(r -> broken.add(r + " is no request"));
        var busy = new HashSet<String>();
        var meetings = new HashMap<String, Integer>();
        var tables = new HashMap<String, HashSet<Integer>>();
        long weight = 0;
        for (var meeting : schedule.meetings()) {
            var request = requests.get(meeting.request());
            var slot = slots.get(meeting.slot());
            if (request == null || slot == null) {
                broken.add(meeting + " names an unknown request or slot");
                continue;
            }
            weight += request.weight();
            if (request.slot() != null && !request.slot().equals(slot.id())) {
                broken.add(request.id() + " is pinned to " + request.slot() + " but held in " + slot.id());
            }
            for (var id : request.participants()) {
                var available = participants.get(id).available();
                if (available != null && !available.contains(slot.id())) {
                    broken.add(id + " is not available in " + slot.id() + " for " + request.id());
                }
                if (!busy.add(id + "@" + slot.id())) {
                    broken.add(id + " has two meetings in " + slot.id());
                }
                meetings.merge(id, 1, Integer::sum);
            }
            var used = tables.computeIfAbsent(slot.id(), s -> new HashSet<>());
            if (slot.limited() && (meeting.table() == null || meeting.table() < 1 || meeting.table() > slot.capacity()
                    || !used.add(meeting.table()))) {
                broken.add(request.id() + " has table " + meeting.table() + " in " + slot.id());
            }
            if (!slot.limited() && meeting.table() != null) {
                broken.add(request.id() + " has a table in " + slot.id() + ", which has no capacity");
            }
        }
        meetings.forEach((id, count) -> {
            if (count > participants.get(id).maxMeetings()) {
                broken.add(id + " has " + count + " meetings, more than " + participants.get(id).maxMeetings());
            }
        });
        tables.forEach((id, used) -> {
            if (used.size() > slots.get(id).capacity()) {
                broken.add(id + " holds more meetings than its capacity");
            }
        });
        var conflicts = schedule.conflicts().stream().map(Conflict::request).collect(Collectors.toSet());
        for (var id : schedule.unscheduled()) {
            var request = requests.get(id);
            if (request != null && request.slot() != null && !conflicts.contains(id)) {
                broken.add(id + " is pinned, unscheduled and not listed in conflicts");
            }
        }
        if (weight > schedule.upperBound()) {
            broken.add("scheduled weight " + weight + " exceeds the upper bound " + schedule.upperBound());
        }
        return broken;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        var result = new HashMap<String, T>();
        items.forEach(item -> result.put(id.apply(item), item));
        return result;
    }
}
