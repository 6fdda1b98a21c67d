package org.silta.app.reporting;

import java.util.List;

/**
 * What an event's boards produced, for its flash report: per area (a column of a conceptual map, a
 * priority area...) the notes and clusters with the most votes, and the proposals. The boards module
 * provides it as a bean; until one exists, the flash report takes the outcomes the organisers type in.
 */
public interface EventOutcomes {

    /** No boards: nothing to draw outcomes from. */
    EventOutcomes NONE = (eventId, topPerArea) -> new Outcomes(List.of(), List.of());

    /** At most {@code topPerArea} items per area, most votes first; areas in their board's order. */
    Outcomes of(long eventId, int topPerArea);

    record Outcomes(List<Area> areas, List<Item> proposals) {

        public boolean isEmpty() {
            return areas.isEmpty() && proposals.isEmpty();
        }
    }

    /** An area of a board, named in the language its board was written in. */
    record Area(String name, String language, List<Item> items) {
    }

    /** A note or a cluster of notes, with its votes; {@code language} is the tag of the text as written. */
    record Item(String text, String language, int votes, boolean cluster) {
    }
}
