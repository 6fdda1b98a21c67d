package org.silta.app.partnerships;

import java.time.Instant;
import java.util.List;

/** A consortium's joint offer to a customer in a target country. */
public record JointOffer(long id, long programmeId, Long ideaId, String title, String language, long leadOrganisationId,
                         List<Long> memberIds, String targetCountry, String customer, List<String> sectors,
                         List<String> concepts, OfferStatus status, Long ownerId, Instant createdAt) {

    static JointOffer of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new JointOffer(rs.getLong("id"), rs.getLong("programme_id"), Rows.nullableLong(rs, "idea_id"),
                rs.getString("title"), rs.getString("language"), rs.getLong("lead_organisation_id"),
                Rows.longs(rs, "member_ids"), rs.getString("target_country"), rs.getString("customer"),
                Rows.strings(rs, "sectors"), Rows.strings(rs, "concepts"), OfferStatus.valueOf(rs.getString("status")),
                Rows.nullableLong(rs, "owner_id"), rs.getTimestamp("created_at").toInstant());
    }
}
