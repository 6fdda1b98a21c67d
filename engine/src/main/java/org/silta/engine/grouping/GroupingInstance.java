package org.silta.engine.grouping;

import java.util.List;
import java.util.Map;

/**
 * A breakout-group instance: {@code groups} groups per round, each of {@code minSize} to
 * {@code maxSize} participants, over {@code rounds} rounds. {@code themes} may be empty (groups
 * then have no theme); {@code diversify} names the participant attributes to mix in each group.
 */
public record GroupingInstance(int groups, int minSize, int maxSize, int rounds, List<String> themes,
                               List<String> diversify, List<Participant> participants) {

    /** {@code attributes} holds the participant's values of the diversified attributes it has. */
    public record Participant(String id, Map<String, String> attributes, List<String> interests) {

        public Participant {
            attributes = Map.copyOf(attributes);
            interests = List.copyOf(interests);
        }
    }

    public GroupingInstance {
        themes = List.copyOf(themes);
        diversify = List.copyOf(diversify);
        participants = List.copyOf(participants);
    }
}
