package org.silta.app.matchmaking;

import java.util.List;

/**
 * After a meeting, a participant answered that a follow-up is planned: the start of a collaboration idea.
 * {@code link} leads back to the meeting.
 */
public record FollowUpPlanned(long programmeId, long eventId, long meetingId, List<Long> organisationIds, Long answeredBy,
                              String note, String link) {
}
