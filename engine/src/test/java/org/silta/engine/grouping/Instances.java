package org.silta.engine.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Instances for the tests: random ones from a seed, and helpers for hand-made ones. */
final class Instances {

    private Instances() {
    }

    static GroupingInstance.Participant person(String id, Map<String, String> attributes, String... interests) {
        return new GroupingInstance.Participant(id, attributes, List.of(interests));
    }

    /** Participants P0, P1, ... without attributes or interests. */
    static List<GroupingInstance.Participant> plain(int count) {
        var people = new ArrayList<GroupingInstance.Participant>();
        for (int p = 0; p < count; p++) {
            people.add(person("P" + p, Map.of()));
        }
        return people;
    }

    /** A random instance whose size bounds can hold; some attribute values and interests are missing. */
    static GroupingInstance random(long seed) {
        var random = new Random(seed);
        int n = 4 + random.nextInt(57);
        int groups = 1 + random.nextInt(Math.max(1, n / 3));
        int even = n / groups;
        int minSize = Math.max(1, even - random.nextInt(3));
        int maxSize = (n + groups - 1) / groups + random.nextInt(3);
        int rounds = 1 + random.nextInt(3);
        var themes = new ArrayList<String>();
        for (int t = random.nextInt(5); t > 0; t--) {
            themes.add("theme" + t);
        }
        var diversify = new ArrayList<String>();
        for (int a = random.nextInt(4); a > 0; a--) {
            diversify.add("attribute" + a);
        }
        var participants = new ArrayList<GroupingInstance.Participant>();
        for (int p = 0; p < n; p++) {
            var attributes = new HashMap<String, String>();
            for (var attribute : diversify) {
                if (p == 0 || random.nextInt(10) > 0) {
                    attributes.put(attribute, "v" + random.nextInt(1 + random.nextInt(6)));
                }
            }
            var interests = new ArrayList<>(themes);
            Collections.shuffle(interests, random);
            participants.add(new GroupingInstance.Participant("P" + p, attributes,
                    interests.subList(0, random.nextInt(interests.size() + 1))));
        }
        return new GroupingInstance(groups, minSize, maxSize, rounds, themes, diversify, participants);
    }
}
