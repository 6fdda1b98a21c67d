package org.silta.app.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.silta.app.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what, and when: written by every use case in its own transaction, read by organisers. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An action, e.g. "event.created", on a subject, e.g. "event 12: Workshop 2". */
    public record Entry(Instant at, Long actorId, String actorName, String action, String subject, String details) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, Long programmeId, String action, String subject, String details) {
        jdbc.sql("insert into audit_entry (at, actor_id, programme_id, action, subject, details) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actorId, programmeId, action, subject, details == null ? "" : details)
                .update();
    }

    public List<Entry> of(long programmeId, int limit) {
        var rows = jdbc.sql("""
                select at, actor_id, action, subject, details from audit_entry
                where programme_id = ? order by at desc, id desc limit ?""")
                .params(programmeId, limit)
                .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id"), null,
                        rs.getString("action"), rs.getString("subject"), rs.getString("details")))
                .list();
        var people = accounts.all(rows.stream().map(Entry::actorId).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(entry -> new Entry(entry.at(), entry.actorId(),
                entry.actorId() == null || !people.containsKey(entry.actorId()) ? null : people.get(entry.actorId()).name(),
                entry.action(), entry.subject(), entry.details())).toList();
    }
}
