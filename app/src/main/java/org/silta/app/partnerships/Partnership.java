package org.silta.app.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.silta.app.shared.LocalizedText;

/**
 * A partnership, shaped like an IATI 2.03 activity: status, planned and actual dates, countries, DAC
 * sectors, SDG 4 targets, ISCED levels, themes and network memberships. It remembers the idea and the
 * joint offer it grew from.
 */
public record Partnership(long id, long programmeId, Long ideaId, Long offerId, LocalizedText title,
                          LocalizedText description, PartnershipStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                          LocalDate actualStart, LocalDate actualEnd, List<String> countries, List<String> dacSectors,
                          List<String> sdgTargets, List<String> iscedLevels, List<String> themes, List<String> networks,
                          Long ownerId, Instant createdAt, Instant updatedAt) {

    /** The first day the partnership runs, planned or actual, whichever is earlier. */
    public LocalDate firstDay() {
        return actualStart != null && actualStart.isBefore(plannedStart) ? actualStart : plannedStart;
    }

    /** The last day the partnership runs, planned or actual, whichever is later. */
    public LocalDate lastDay() {
        return actualEnd != null && actualEnd.isAfter(plannedEnd) ? actualEnd : plannedEnd;
    }

    static Partnership of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Partnership(rs.getLong("id"), rs.getLong("programme_id"), Rows.nullableLong(rs, "idea_id"),
                Rows.nullableLong(rs, "offer_id"), Rows.text(rs, "title"), Rows.text(rs, "description"),
                PartnershipStatus.valueOf(rs.getString("status")), Rows.date(rs, "planned_start"),
                Rows.date(rs, "planned_end"), Rows.date(rs, "actual_start"), Rows.date(rs, "actual_end"),
                Rows.strings(rs, "countries"), Rows.strings(rs, "dac_sectors"), Rows.strings(rs, "sdg_targets"),
                Rows.strings(rs, "isced_levels"), Rows.strings(rs, "themes"), Rows.strings(rs, "networks"),
                Rows.nullableLong(rs, "owner_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
