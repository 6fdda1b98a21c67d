package org.silta.app.programmes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who came: organisers and facilitators check people in; online sessions let people check themselves in. */
@Service
public class Attendance {

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final Events events;
    private final Registrations registrations;
    private final ProgrammeCatalogue catalogue;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    Attendance(JdbcClient jdbc, Sessions sessions, Events events, Registrations registrations, ProgrammeCatalogue catalogue,
               Access access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.events = events;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registered (confirmed, chose the session) and attended, per session of an event. */
    public record Count(long sessionId, int registered, int attended) {
    }

    @Transactional
    public void checkIn(long sessionId, long registrationId, SignedIn me) {
        var session = facilitated(sessionId, me);
        var registration = confirmedFor(registrationId, session);
        insert(session, registration, "ORGANISER");
        audit.record(me.id(), programmeOf(session), "attendance.checked-in", SessionEditing.subject(session),
                "registration " + registrationId);
    }

    @Transactional
    public void undo(long sessionId, long registrationId, SignedIn me) {
        var session = facilitated(sessionId, me);
        jdbc.sql("delete from attendance where session_id = ? and registration_id = ?").params(sessionId, registrationId).update();
        audit.record(me.id(), programmeOf(session), "attendance.undone", SessionEditing.subject(session),
                "registration " + registrationId);
    }

    /** A participant says they are here, in an online or hybrid session that is about to start or running. */
    @Transactional
    public void selfCheckIn(long sessionId, SignedIn me) {
        var session = catalogue.session(sessionId, me);
        var registration = registrations.findByEventIdAndPersonId(session.eventId(), me.id())
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.sessionIds().contains(sessionId))
                .orElseThrow(() -> Invalid.of("session", "invalid.not-registered-for-session"));
        if (!session.allowsSelfCheckIn(clock.instant())) {
            throw Invalid.of("session", "invalid.self-check-in-closed");
        }
        insert(session, registration, "SELF");
    }

    public boolean hasCheckedIn(long sessionId, long registrationId) {
        return jdbc.sql("select count(*) from attendance where session_id = ? and registration_id = ?")
                .params(sessionId, registrationId).query(Integer.class).single() > 0;
    }

    public List<Count> counts(long eventId) {
        return jdbc.sql("""
                select s.id,
                       (select count(*) from registration_session rs join registration r on r.id = rs.registration
                         where rs.session_id = s.id and r.status = 'CONFIRMED') as registered,
                       (select count(*) from attendance a where a.session_id = s.id) as attended
                from session s where s.event_id = ? order by s.starts_at, s.id""")
                .param(eventId)
                .query((rs, row) -> new Count(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    private void insert(Session session, Registration registration, String method) {
        jdbc.sql("""
                insert into attendance (session_id, registration_id, checked_in_at, method) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(session.id(), registration.id(), Timestamp.from(clock.instant()), method).update();
    }

    private Session facilitated(long sessionId, SignedIn me) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new NotFound("session " + sessionId));
        var event = catalogue.event(session.eventId(), me);
        access.requireFacilitate(catalogue.programme(event.programmeId(), me), me);
        return session;
    }

    private Registration confirmedFor(long registrationId, Session session) {
        return registrations.findById(registrationId)
                .filter(r -> r.eventId().equals(session.eventId()) && r.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> Invalid.of("registration", "invalid.not-registered-for-session"));
    }

    private long programmeOf(Session session) {
        return events.findById(session.eventId()).orElseThrow().programmeId();
    }
}
