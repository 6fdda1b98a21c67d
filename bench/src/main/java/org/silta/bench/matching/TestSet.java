package org.silta.bench.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.silta.engine.matching.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Silta's labelled partner-recommendation test set (resource {@code matching/testset.json}).
 * Every offer and need carries topic labels; a labelled need is a case whose true partners
 * are the profiles with an offer on one of its topics, written in another language.
 */
record TestSet(List<Profile> profiles, Map<String, String> languageOf, List<Case> cases) {

    static final String RESOURCE = "/matching/testset.json";

    /**
     * A need of {@code profile}, in {@code language}, and its true partners with the language of
     * their offers; {@code id} is the profile's id and the need's number, as in {@code O017#1}.
     */
    record Case(String id, String profile, String need, String language, Map<String, String> partners) {
    }

    static TestSet standard() {
        try (var in = TestSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestSet of(JsonNode root) {
        var profiles = new ArrayList<Profile>();
        var languageOf = new LinkedHashMap<String, String>();
        var offerers = new HashMap<String, List<String>>();
        for (var node : root.get("profiles")) {
            var profile = new Profile(node.get("id").asString(), node.path("name").asString(null),
                    node.path("country").asString(null), node.path("type").asString(null),
                    texts(node, "languages"), texts(node, "offers"), texts(node, "needs"), texts(node, "concepts"));
            profiles.add(profile);
            languageOf.put(profile.id(), node.get("language").asString());
            for (var topics : texts(node, "offerTopics")) {
                for (var topic : topics(topics)) {
                    offerers.computeIfAbsent(topic, t -> new ArrayList<>()).add(profile.id());
                }
            }
        }
        var cases = new ArrayList<Case>();
        for (var node : root.get("profiles")) {
            var id = node.get("id").asString();
            var needs = texts(node, "needs");
            var needTopics = texts(node, "needTopics");
            for (int i = 0; i < needs.size(); i++) {
                var partners = new LinkedHashMap<String, String>();
                for (var topic : topics(needTopics.get(i))) {
                    for (var partner : offerers.getOrDefault(topic, List.of())) {
                        if (!partner.equals(id) && !languageOf.get(partner).equals(languageOf.get(id))) {
                            partners.put(partner, languageOf.get(partner));
                        }
                    }
                }
                if (!partners.isEmpty()) {
                    cases.add(new Case(id + "#" + (i + 1), id, needs.get(i), languageOf.get(id), partners));
                }
            }
        }
        return new TestSet(profiles, languageOf, cases);
    }

    private static List<String> topics(String labels) {
        return Arrays.stream(labels.split(" ")).filter(t -> !t.isBlank() && !t.equals("-")).toList();
    }

    private static List<String> texts(JsonNode node, String field) {
        var texts = new ArrayList<String>();
        node.path(field).forEach(element -> texts.add(element.asString()));
        return texts;
    }

    Set<String> languages() {
        return Set.copyOf(languageOf.values());
    }
}
