package org.silta.app.partnerships;

/**
 * A reminder is due: the owner of an idea, joint offer or partnership is asked to bring it up to date,
 * {@code daysAfter} days after the event it came from (or after it was written down). {@code link} leads to it.
 */
public record FollowUpDue(long ownerId, String itemKind, long itemId, String title, long daysAfter, String link) {
}
