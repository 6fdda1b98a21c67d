package org.silta.app.partnerships;

import java.time.Instant;
import java.util.List;

/** A collaboration idea: what some organisations might do together, and where the idea came from. */
public record Idea(long id, long programmeId, Long eventId, String title, String description, String language,
                   IdeaSource source, Long sourceId, String sourceLink, List<Long> organisationIds, List<String> countries,
                   List<String> sectors, IdeaStatus status, Long ownerId, Instant createdAt) {

    static Idea of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Idea(rs.getLong("id"), rs.getLong("programme_id"), Rows.nullableLong(rs, "event_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("language"), IdeaSource.valueOf(rs.getString("source")),
                Rows.nullableLong(rs, "source_id"), rs.getString("source_link"), Rows.longs(rs, "organisation_ids"),
                Rows.strings(rs, "countries"), Rows.strings(rs, "sectors"), IdeaStatus.valueOf(rs.getString("status")),
                Rows.nullableLong(rs, "owner_id"), rs.getTimestamp("created_at").toInstant());
    }
}
