package org.silta.app.shared;

import java.util.List;
import java.util.Map;

/** A person's answers to organiser-defined questions: question id to the chosen or written values. */
public record Answers(Map<String, List<String>> values) {

    public Answers {
        values = Map.copyOf(values);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public List<String> get(String question) {
        return values.getOrDefault(question, List.of());
    }
}
