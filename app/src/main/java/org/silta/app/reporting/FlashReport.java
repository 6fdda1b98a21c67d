package org.silta.app.reporting;

import java.time.Instant;

/**
 * The flash report of an event, with the fields of the European Training Foundation's: event name, main
 * objectives, background, short description, key outcomes, conclusions, contact persons, country coordinator.
 * Silta drafts it from what happened; the organisers edit it before they print it.
 */
public record FlashReport(long eventId, String language, String eventName, String objectives, String background,
                         String description, String outcomes, String conclusions, String contacts, String coordinator,
                         Instant generatedAt, Instant updatedAt) {

    /** What the organisers may change. */
    public record Edits(String eventName, String objectives, String background, String description, String outcomes,
                        String conclusions, String contacts, String coordinator) {
    }
}
