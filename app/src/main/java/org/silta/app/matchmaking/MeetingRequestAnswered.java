package org.silta.app.matchmaking;

/** A meeting request was accepted, declined or cancelled ({@code answer} is the new status). */
public record MeetingRequestAnswered(long requestId, long eventId, long fromPerson, long toPerson, String answer) {
}
