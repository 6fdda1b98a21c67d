package org.silta.engine.grouping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.silta.engine.cli.InputError;
import org.silta.engine.cli.JsonFiles;
import tools.jackson.databind.JsonNode;

/** Reads and checks a breakout-group instance file (shared/formats/groups.md). */
public final class GroupingInstanceReader {

    private final Path file;

    private GroupingInstanceReader(Path file) {
        this.file = file;
    }

    /** The instance in {@code file}; anything the contract does not allow is an {@link InputError}. */
    public static GroupingInstance read(Path file) {
        return new GroupingInstanceReader(file).parse(JsonFiles.read(file));
    }

    private GroupingInstance parse(JsonNode root) {
        int groups = positiveInt(root, "groups", null);
        int minSize = root.has("minSize") ? positiveInt(root, "minSize", null) : 1;
        int maxSize = root.has("maxSize") ? positiveInt(root, "maxSize", null) : Integer.MAX_VALUE;
        int rounds = root.has("rounds") ? positiveInt(root, "rounds", null) : 1;
        if (maxSize < minSize) {
            throw error("maxSize", null, "is " + maxSize + ", below minSize " + minSize);
        }
        var themes = uniqueStrings(root, "themes", null);
        var diversify = uniqueStrings(root, "diversify", null);
        var participants = participants(root, new HashSet<>(themes), diversify);
        for (var attribute : diversify) {
            if (participants.stream().noneMatch(p -> p.attributes().containsKey(attribute))) {
                throw error("diversify", attribute, "no participant has this attribute");
            }
        }
        checkBounds(participants.size(), groups, minSize, maxSize);
        return new GroupingInstance(groups, minSize, maxSize, rounds, themes, diversify, participants);
    }

    private List<GroupingInstance.Participant> participants(JsonNode root, Set<String> themes, List<String> diversify) {
        var list = root.get("participants");
        if (list == null || !list.isArray()) {
            throw error("participants", null, "expected an array of participants");
        }
        var seen = new HashSet<String>();
        var participants = new ArrayList<GroupingInstance.Participant>();
        int index = 0;
        for (var node : list.values()) {
            var where = "participants[" + index++ + "]";
            if (!node.isObject()) {
                throw error("participants", where, "expected an object");
            }
            var idNode = node.get("id");
            if (idNode == null || !idNode.isString() || idNode.stringValue().isBlank()) {
                throw error("id", where, "expected a non-empty string");
            }
            var id = idNode.stringValue();
            if (!seen.add(id)) {
                throw error("id", id, "appears more than once in participants");
            }
            var attributes = new HashMap<String, String>();
            for (var attribute : diversify) {
                var value = node.get(attribute);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (!value.isString()) {
                    throw error(attribute, id, "expected a string");
                }
                attributes.put(attribute, value.stringValue());
            }
            var interests = uniqueStrings(node, "interests", id);
            if (!themes.isEmpty()) {
                for (var interest : interests) {
                    if (!themes.contains(interest)) {
                        throw error("interests", id, "'" + interest + "' is not one of the themes");
                    }
                }
            }
            participants.add(new GroupingInstance.Participant(id, attributes, interests));
        }
        return participants;
    }

    private void checkBounds(int participants, int groups, int minSize, int maxSize) {
        long places = (long) groups * maxSize;
        if (participants > places) {
            throw error("maxSize", null, "the bounds cannot hold: " + participants + " participants do not fit in "
                    + groups + " groups of at most " + maxSize + " (" + places + " places)");
        }
        long needed = (long) groups * minSize;
        if (participants < needed) {
            throw error("minSize", null, "the bounds cannot hold: " + participants + " participants cannot fill "
                    + groups + " groups of at least " + minSize + " (" + needed + " needed)");
        }
    }

    private int positiveInt(JsonNode node, String field, String id) {
        var value = node.get(field);
        if (value == null || !value.isInt() || value.intValue() < 1) {
            throw error(field, id, "expected a positive integer");
        }
        return value.intValue();
    }

    /** An optional array of distinct strings; absent or null means empty. */
    private List<String> uniqueStrings(JsonNode node, String field, String id) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, id, "expected an array of strings");
        }
        var strings = new LinkedHashMap<String, Boolean>();
        for (var item : value.values()) {
            if (!item.isString() || item.stringValue().isBlank()) {
                throw error(field, id, "expected an array of non-empty strings");
            }
            if (strings.put(item.stringValue(), Boolean.TRUE) != null) {
                throw error(field, id, "'" + item.stringValue() + "' is listed twice");
            }
        }
        return List.copyOf(strings.keySet());
    }

    private InputError error(String field, String id, String problem) {
        return new InputError(file, field, id, problem);
    }
}
