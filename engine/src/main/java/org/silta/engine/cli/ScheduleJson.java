package org.silta.engine.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.silta.engine.scheduling.Meeting;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;
import org.silta.engine.scheduling.Schedule;
import org.silta.engine.scheduling.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The meeting-schedule contract's JSON: instance files in and out, result files out and in (warm start). */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    public static MeetingInstance readInstance(Path file) {
        var root = JsonFiles.read(file);
        var reader = new Reader(file);
        var slots = reader.list(root, "slots", item -> new Slot(reader.id(item, "slots"),
                reader.instant(item, "slots[].start"), reader.integer(item, "slots[].minutes", 20),
                reader.integer(item, "slots[].capacity", Slot.UNLIMITED)));
        var participants = reader.list(root, "participants", item -> new Participant(reader.id(item, "participants"),
                item.has("available") && !item.get("available").isNull()
                        ? new LinkedHashSet<>(reader.strings(item, "participants[].available")) : null,
                reader.integer(item, "participants[].maxMeetings", Participant.NO_LIMIT),
                item.path("timeZone").isString() ? item.get("timeZone").stringValue() : null));
        var requests = reader.list(root, "requests", item -> new MeetingRequest(reader.id(item, "requests"),
                reader.strings(item, "requests[].participants"), reader.integer(item, "requests[].weight", 1),
                reader.optionalString(item, "requests[].slot")));
        return new MeetingInstance(root.path("name").asString(""), slots, participants, requests);
    }

    /** A previous result, used as warm start; only its meetings are read. */
    public static Schedule readSchedule(Path file) {
        var root = JsonFiles.read(file);
        var reader = new Reader(file);
        var meetings = reader.list(root, "meetings", item -> new Meeting(
                reader.text(item, "meetings[].request", null), reader.text(item, "meetings[].slot", null),
                item.path("table").isIntegralNumber() ? item.get("table").intValue() : null));
        return new Schedule(meetings, List.of(), List.of(), 0, null);
    }

    public static ObjectNode toJson(MeetingInstance instance) {
        var root = JsonFiles.mapper().createObjectNode();
        root.put("name", instance.name());
        var slots = root.putArray("slots");
        for (var slot : instance.slots()) {
            var node = slots.addObject().put("id", slot.id()).put("start", slot.start().toString())
                    .put("minutes", slot.minutes());
            if (slot.limited()) {
                node.put("capacity", slot.capacity());
            }
        }
        var participants = root.putArray("participants");
        for (var participant : instance.participants()) {
            var node = participants.addObject().put("id", participant.id());
            if (participant.available() != null) {
                participant.available().forEach(node.putArray("available")::add);
            }
            if (participant.maxMeetings() != Participant.NO_LIMIT) {
                node.put("maxMeetings", participant.maxMeetings());
            }
            if (participant.timeZone() != null) {
                node.put("timeZone", participant.timeZone());
            }
        }
        var requests = root.putArray("requests");
        for (var request : instance.requests()) {
            var node = requests.addObject().put("id", request.id());
            request.participants().forEach(node.putArray("participants")::add);
            node.put("weight", request.weight());
            if (request.slot() != null) {
                node.put("slot", request.slot());
            }
        }
        return root;
    }

    /** The result file: tables only where slots have a capacity, stats as measured. */
    public static ObjectNode toJson(Schedule schedule) {
        var root = JsonFiles.mapper().createObjectNode();
        var meetings = root.putArray("meetings");
        for (var meeting : schedule.meetings()) {
            var node = meetings.addObject().put("request", meeting.request()).put("slot", meeting.slot());
            if (meeting.table() != null) {
                node.put("table", meeting.table());
            }
        }
        schedule.unscheduled().forEach(root.putArray("unscheduled")::add);
        var conflicts = root.putArray("conflicts");
        schedule.conflicts().forEach(c -> conflicts.addObject().put("request", c.request()).put("reason", c.reason()));
        root.put("upperBound", schedule.upperBound());
        root.set("stats", JsonFiles.mapper().valueToTree(schedule.stats()));
        return root;
    }

    /** Reads fields and names the file, the field and the item's id when one is wrong. */
    private record Reader(Path file) {

        <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> item) {
            var node = root.get(field);
            if (node == null || !node.isArray()) {
                throw new InputError(file, field, null, "expected a list");
            }
            var result = new ArrayList<T>(node.size());
            for (var element : node.values()) {
                if (!element.isObject()) {
                    throw new InputError(file, field, null, "expected a list of objects");
                }
                result.add(item.apply(element));
            }
            return result;
        }

        String id(JsonNode item, String list) {
            return text(item, list + "[].id", null);
        }

        String text(JsonNode item, String field, String id) {
            var value = item.get(name(field));
            if (value == null || !value.isString() || value.stringValue().isEmpty()) {
                throw new InputError(file, field, id == null ? item.path("id").asString("") : id, "expected a non-empty string");
            }
            return value.stringValue();
        }

        String optionalString(JsonNode item, String field) {
            var value = item.get(name(field));
            return value == null || value.isNull() ? null : text(item, field, null);
        }

        int integer(JsonNode item, String field, int absent) {
            var value = item.get(name(field));
            if (value == null || value.isNull()) {
                return absent;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InputError(file, field, item.path("id").asString(""), "expected an integer");
            }
            return value.intValue();
        }

        Instant instant(JsonNode item, String field) {
            var text = text(item, field, null);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new InputError(file, field, item.path("id").asString(""), "expected an ISO-8601 instant such as 2026-03-10T07:00:00Z");
            }
        }

        List<String> strings(JsonNode item, String field) {
            var value = item.get(name(field));
            if (value == null || !value.isArray()) {
                throw new InputError(file, field, item.path("id").asString(""), "expected a list of ids");
            }
            var result = new ArrayList<String>(value.size());
            for (var element : value.values()) {
                if (!element.isString()) {
                    throw new InputError(file, field, item.path("id").asString(""), "expected a list of ids");
                }
                result.add(element.stringValue());
            }
            return result;
        }

        private static String name(String field) {
            return field.substring(field.lastIndexOf('.') + 1);
        }
    }
}
