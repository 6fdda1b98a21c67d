package org.silta.app.boards;

/**
 * Someone turned a board's note or cluster into a collaboration idea. The partnerships module takes it
 * up; {@code link} leads back to the source on its board.
 *
 * @param sourceKind "NOTE" or "CLUSTER"
 * @param language the language tag of the text, as its writer's note carries it
 */
public record IdeaProposed(long programmeId, long eventId, long boardId, String sourceKind, long sourceId, String title,
                           String text, String language, Long proposedBy, String link) {
}
