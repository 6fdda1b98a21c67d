package org.silta.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.silta.engine.matching.Profile;
import tools.jackson.databind.JsonNode;

/** Reads and checks a partner-recommendation instance (shared/formats/recommend.md). */
final class ProfilesFile {

    static final Set<String> TYPES = Set.of("company", "ministry", "agency", "local-government", "university",
            "vet-provider", "school", "ngo", "international-organisation", "donor", "other");

    /** The instance's profiles and its {@code k}, or {@code defaultK} when the file gives none. */
    record Instance(int k, List<Profile> profiles) {
    }

    private final Path file;
    private final Predicate<String> knownConcept;

    private ProfilesFile(Path file, Predicate<String> knownConcept) {
        this.file = file;
        this.knownConcept = knownConcept;
    }

    static Instance read(Path file, Predicate<String> knownConcept, int defaultK) {
        return new ProfilesFile(file, knownConcept).instance(JsonFiles.read(file), defaultK);
    }

    private Instance instance(JsonNode root, int defaultK) {
        int k = defaultK;
        if (root.has("k")) {
            var node = root.get("k");
            if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > Integer.MAX_VALUE) {
                throw new InputError(file, "k", null, "must be a positive whole number");
            }
            k = node.asInt();
        }
        var array = root.get("profiles");
        if (array == null || !array.isArray()) {
            throw new InputError(file, "profiles", null, "must be an array of profiles");
        }
        var profiles = new ArrayList<Profile>(array.size());
        var ids = new HashSet<String>();
        for (int i = 0; i < array.size(); i++) {
            var profile = profile(array.get(i), "profiles[" + i + "]");
            if (!ids.add(profile.id())) {
                throw new InputError(file, "profiles[" + i + "].id", profile.id(), "is used by another profile too");
            }
            profiles.add(profile);
        }
        return new Instance(k, profiles);
    }

    private Profile profile(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InputError(file, where, null, "must be an object");
        }
        var idNode = node.get("id");
        if (idNode == null || !idNode.isString() || idNode.asString().isBlank()) {
            throw new InputError(file, where + ".id", null, "is missing; every profile needs a text id");
        }
        var id = idNode.asString();
        var type = text(node, "type", id);
        if (type != null && !TYPES.contains(type)) {
            throw new InputError(file, "type", id, "'" + type + "' is not one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        var concepts = texts(node, "concepts", id);
        for (var concept : concepts) {
            if (!knownConcept.test(concept)) {
                throw new InputError(file, "concepts", id, "'" + concept + "' is not a concept of Silta's vocabulary");
            }
        }
        return new Profile(id, text(node, "name", id), text(node, "country", id), type,
                texts(node, "languages", id), texts(node, "offers", id), texts(node, "needs", id), concepts);
    }

    private String text(JsonNode profile, String field, String id) {
        var node = profile.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InputError(file, field, id, "must be a text");
        }
        return node.asString();
    }

    private List<String> texts(JsonNode profile, String field, String id) {
        var node = profile.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InputError(file, field, id, "must be an array of texts");
        }
        var texts = new ArrayList<String>(node.size());
        for (var element : node) {
            if (!element.isString()) {
                throw new InputError(file, field, id, "must be an array of texts");
            }
            texts.add(element.asString());
        }
        return texts;
    }
}
