package org.silta.app.matchmaking;

/** Someone asked someone else for a meeting at an event. */
public record MeetingRequested(long requestId, long eventId, long fromPerson, long toPerson) {
}
