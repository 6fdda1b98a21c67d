package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for a meeting and answering: request with a message, accept, decline, cancel. Requests wait
 * for an answer for the organiser's set time, then expire; each person may send as many as the
 * organiser's budget allows, never more, even when several go at once.
 */
@Service
public class MeetingRequests {

    static final int MAX_MESSAGE = 1000;

    private final JdbcClient jdbc;
    private final MatchmakingEvent events;
    private final MatchmakingSetup setup;
    private final RegistrationBook registrations;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    MeetingRequests(JdbcClient jdbc, MatchmakingEvent events, MatchmakingSetup setup, RegistrationBook registrations,
                    ApplicationEventPublisher publisher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.setup = setup;
        this.registrations = registrations;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Status { PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED }

    public record Request(long id, long eventId, long from, long to, String message, Status status, Instant createdAt,
                          Instant expiresAt) {
    }

    @Transactional
    public Request request(long eventId, long toPerson, String message, SignedIn me) {
        var event = events.seen(eventId, me);
        var confirmed = registrations.confirmed(eventId);
        var mine = confirmed.stream().filter(e -> e.personId() == me.id()).findFirst()
                .orElseThrow(() -> Invalid.of("to", "invalid.not-a-participant"));
        var theirs = confirmed.stream().filter(e -> e.personId() == toPerson && e.listed()).findFirst()
                .orElseThrow(() -> Invalid.of("to", "invalid.not-requestable"));
        var settings = setup.settings(eventId);
        new Invalid.Collector()
                .check(toPerson != me.id(), "to", "invalid.not-requestable")
                .check(settings.rule() != WhoMeetsWhom.ACROSS_COUNTRIES || !mine.country().equals(theirs.country()),
                        "to", "invalid.same-country")
                .check(settings.rule() != WhoMeetsWhom.ACROSS_ORGANISATIONS || mine.organisationId() == null
                        || !mine.organisationId().equals(theirs.organisationId()), "to", "invalid.same-organisation")
                .text("message", message, false, MAX_MESSAGE)
                .throwIfAny();
        // One requester at a time: their budget cannot be overrun by requests sent at once.
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params((int) eventId, (int) me.id()).query((rs, row) -> 1).list();
        expireDue();
        var sent = jdbc.sql("select count(*) from mm_request where event_id = ? and from_person = ? and status in ('PENDING', 'ACCEPTED')")
                .params(eventId, me.id()).query(Integer.class).single();
        if (sent >= settings.requestBudget()) {
            throw Invalid.of("to", "invalid.request-budget", settings.requestBudget());
        }
        if (open(eventId, me.id(), toPerson)) {
            throw Invalid.of("to", "invalid.already-requested");
        }
        var now = clock.instant();
        var id = jdbc.sql("""
                insert into mm_request (event_id, from_person, to_person, message, status, created_at, expires_at)
                values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                .params(eventId, me.id(), toPerson, message == null ? "" : message.strip(), Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofHours(settings.requestHours()))))
                .query(Long.class).single();
        audit.record(me.id(), event.programmeId(), "matchmaking.request.sent", "event " + eventId, "request " + id);
        publisher.publishEvent(new MeetingRequested(id, eventId, me.id(), toPerson));
        return get(id);
    }

    @Transactional
    public Request accept(long requestId, SignedIn me) {
        return answer(requestId, me, Status.ACCEPTED);
    }

    @Transactional
    public Request decline(long requestId, SignedIn me) {
        return answer(requestId, me, Status.DECLINED);
    }

    /** The requester withdraws, or either side calls off an accepted meeting. */
    @Transactional
    public Request cancel(long requestId, SignedIn me) {
        var request = get(requestId);
        if (request.from() != me.id() && request.to() != me.id()) {
            throw new NotFound("request " + requestId);
        }
        if (request.status() != Status.PENDING && request.status() != Status.ACCEPTED) {
            throw Invalid.of("request", "invalid.request-closed");
        }
        move(request, Status.CANCELLED, me);
        return get(requestId);
    }

    /** Pending requests whose time ran out expire: the asker may then ask someone else. */
    @Scheduled(fixedDelayString = "PT1M")
    @Transactional
    public int expireDue() {
        return jdbc.sql("update mm_request set status = 'EXPIRED', decided_at = ? where status = 'PENDING' and expires_at <= ?")
                .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant())).update();
    }

    public Request get(long requestId) {
        return jdbc.sql("select * from mm_request where id = ?").param(requestId).query(this::map).optional()
                .orElseThrow(() -> new NotFound("request " + requestId));
    }

    /** A person's requests at an event, sent and received, newest first. */
    public List<Request> of(long eventId, long personId) {
        return jdbc.sql("select * from mm_request where event_id = ? and (from_person = ? or to_person = ?) order by created_at desc, id desc")
                .params(eventId, personId, personId).query(this::map).list();
    }

    public List<Request> accepted(long eventId) {
        return jdbc.sql("select * from mm_request where event_id = ? and status = 'ACCEPTED' order by id").param(eventId)
                .query(this::map).list();
    }

    /** How many of the event's requests are in the status, pending ones past their time counting as expired. */
    public int count(long eventId, Status status) {
        return (int) jdbc.sql("select * from mm_request where event_id = ?").param(eventId).query(this::map).list().stream()
                .filter(request -> request.status() == status).count();
    }

    private Request answer(long requestId, SignedIn me, Status answer) {
        var request = get(requestId);
        if (request.to() != me.id()) {
            throw new NotFound("request " + requestId);
        }
        if (request.status() != Status.PENDING) {
            throw Invalid.of("request", "invalid.request-closed");
        }
        move(request, answer, me);
        return get(requestId);
    }

    private void move(Request request, Status status, SignedIn me) {
        var changed = jdbc.sql("update mm_request set status = ?, decided_at = ?, version = version + 1 where id = ? and status = ?")
                .params(status.name(), Timestamp.from(clock.instant()), request.id(), request.status().name()).update();
        if (changed == 0) {
            throw Invalid.of("request", "invalid.request-closed");
        }
        var event = events.seen(request.eventId(), me);
        audit.record(me.id(), event.programmeId(), "matchmaking.request." + status.name().toLowerCase(),
                "event " + request.eventId(), "request " + request.id());
        publisher.publishEvent(new MeetingRequestAnswered(request.id(), request.eventId(), request.from(), request.to(), status.name()));
    }

    private boolean open(long eventId, long a, long b) {
        return jdbc.sql("""
                select count(*) from mm_request where event_id = ? and status in ('PENDING', 'ACCEPTED')
                and least(from_person, to_person) = least(?, ?) and greatest(from_person, to_person) = greatest(?, ?)""")
                .params(eventId, a, b, a, b).query(Integer.class).single() > 0;
    }

    /** A pending request past its time reads as expired at once; {@link #expireDue} writes it down later. */
    private Request map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var expiresAt = rs.getTimestamp("expires_at").toInstant();
        var status = Status.valueOf(rs.getString("status"));
        if (status == Status.PENDING && !expiresAt.isAfter(clock.instant())) {
            status = Status.EXPIRED;
        }
        return new Request(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("from_person"), rs.getLong("to_person"),
                rs.getString("message"), status, rs.getTimestamp("created_at").toInstant(), expiresAt);
    }
}
