package org.silta.app.matchmaking;

import java.util.Set;

/** An organiser published an event's meeting schedule; {@code changedFor} are the people whose meetings are new or moved. */
public record MeetingsPublished(long eventId, long scheduleId, Set<Long> changedFor) {
}
