package org.silta.bench.grouping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.silta.engine.cli.JsonFiles;
import org.silta.engine.grouping.GroupingInstance;

/**
 * Breakout instances shaped like the SDG Booster workshops (case A): five education sectors as
 * themes, Finnish and Uzbek organisations with a few from neighbouring countries, organisation
 * types and working languages to mix, one to three interests per participant, popular sectors
 * more often chosen. Sizes: the even size minus two to plus two.
 */
final class BreakoutInstances {

    static final List<String> THEMES = List.of("teacher-education", "ecec", "learning-materials", "vet", "digital");
    private static final int[] THEME_WEIGHTS = {30, 15, 15, 20, 20};
    private static final String[] COUNTRIES = {"FI", "UZ", "KZ", "KG", "TJ"};
    private static final int[] COUNTRY_WEIGHTS = {40, 45, 5, 5, 5};
    private static final String[] TYPES = {"company", "ministry", "school", "university", "agency", "donor", "ngo"};
    private static final int[] TYPE_WEIGHTS = {45, 10, 15, 12, 8, 5, 5};

    private BreakoutInstances() {
    }

    static GroupingInstance booster(int participants, int groups, int rounds, long seed) {
        var random = new Random(seed);
        var people = new ArrayList<GroupingInstance.Participant>();
        for (int p = 1; p <= participants; p++) {
            var country = COUNTRIES[pick(random, COUNTRY_WEIGHTS)];
            var language = switch (country) {
                case "FI" -> random.nextBoolean() ? "fi" : "en";
                case "UZ" -> random.nextBoolean() ? "uz" : "ru";
                default -> "ru";
            };
            var interests = new ArrayList<String>();
            for (int wanted = 1 + random.nextInt(3); interests.size() < wanted; ) {
                var theme = THEMES.get(pick(random, THEME_WEIGHTS));
                if (!interests.contains(theme)) {
                    interests.add(theme);
                }
            }
            people.add(new GroupingInstance.Participant("P%04d".formatted(p),
                    Map.of("country", country, "type", TYPES[pick(random, TYPE_WEIGHTS)], "language", language),
                    interests));
        }
        int even = participants / groups;
        return new GroupingInstance(groups, Math.max(1, even - 2), (participants + groups - 1) / groups + 2, rounds,
                THEMES, List.of("country", "type", "language"), people);
    }

    /** Participants without attributes or interests in groups of exactly participants / groups. */
    static GroupingInstance plain(int participants, int groups, int rounds) {
        var people = new ArrayList<GroupingInstance.Participant>();
        for (int p = 1; p <= participants; p++) {
            people.add(new GroupingInstance.Participant("P%04d".formatted(p), Map.of(), List.of()));
        }
        int size = participants / groups;
        return new GroupingInstance(groups, size, size, rounds, List.of(), List.of(), people);
    }

    /** The instance as the file contract of {@code silta groups} writes it. */
    static void write(GroupingInstance instance, Path file) throws IOException {
        var mapper = JsonFiles.mapper();
        var root = mapper.createObjectNode()
                .put("groups", instance.groups())
                .put("minSize", instance.minSize())
                .put("maxSize", instance.maxSize())
                .put("rounds", instance.rounds());
        instance.themes().forEach(root.putArray("themes")::add);
        instance.diversify().forEach(root.putArray("diversify")::add);
        var participants = root.putArray("participants");
        for (var person : instance.participants()) {
            var node = participants.addObject().put("id", person.id());
            instance.diversify().forEach(attribute -> node.put(attribute, person.attributes().get(attribute)));
            person.interests().forEach(node.putArray("interests")::add);
        }
        JsonFiles.write(file, root);
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; ; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
    }
}
