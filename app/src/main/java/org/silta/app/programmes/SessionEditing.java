package org.silta.app.programmes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers plan an event's sessions and their agendas. Times are entered in the event's zone. */
@Service
public class SessionEditing {

    private final Sessions sessions;
    private final EventEditing eventEditing;
    private final AuditLog audit;

    SessionEditing(Sessions sessions, EventEditing eventEditing, AuditLog audit) {
        this.sessions = sessions;
        this.eventEditing = eventEditing;
        this.audit = audit;
    }

    public record Details(LocalizedText title, LocalDateTime start, LocalDateTime end, EventFormat format,
                          List<String> audienceGroups, Eligibility eligibility) {
    }

    @Transactional
    public Session create(long eventId, Details details, SignedIn me) {
        var event = eventEditing.managed(eventId, me);
        var session = new Session(eventId);
        describe(session, event, details);
        session = sessions.save(session);
        audit.record(me.id(), event.programmeId(), "session.created", subject(session), "");
        return session;
    }

    @Transactional
    public Session change(long sessionId, Details details, SignedIn me) {
        var session = find(sessionId);
        var event = eventEditing.managed(session.eventId(), me);
        describe(session, event, details);
        audit.record(me.id(), event.programmeId(), "session.changed", subject(session), "");
        return sessions.save(session);
    }

    @Transactional
    public void delete(long sessionId, SignedIn me) {
        var session = find(sessionId);
        var event = eventEditing.managed(session.eventId(), me);
        sessions.delete(session);
        audit.record(me.id(), event.programmeId(), "session.deleted", subject(session), "");
    }

    @Transactional
    public Session addAgendaItem(long sessionId, Session.AgendaItem item, SignedIn me) {
        var session = find(sessionId);
        var event = eventEditing.managed(session.eventId(), me);
        new Invalid.Collector()
                .check(item.kind() != null, "itemKind", "invalid.required")
                .text("itemTitle", item.title(), true, 300)
                .check(item.minutes() > 0 && item.minutes() <= 600, "itemMinutes", "invalid.range", 1, 600)
                .text("itemSpeakers", item.speakers(), false, 300)
                .throwIfAny();
        session.addAgendaItem(item);
        audit.record(me.id(), event.programmeId(), "session.agenda.added", subject(session), item.title().fallbackText());
        return sessions.save(session);
    }

    @Transactional
    public Session removeAgendaItem(long sessionId, int index, SignedIn me) {
        var session = find(sessionId);
        var event = eventEditing.managed(session.eventId(), me);
        if (index < 0 || index >= session.agenda().size()) {
            throw new NotFound("agenda item " + index);
        }
        session.removeAgendaItem(index);
        audit.record(me.id(), event.programmeId(), "session.agenda.removed", subject(session), String.valueOf(index + 1));
        return sessions.save(session);
    }

    @Transactional
    public Session moveAgendaItem(long sessionId, int index, int by, SignedIn me) {
        var session = find(sessionId);
        eventEditing.managed(session.eventId(), me);
        session.moveAgendaItem(index, by);
        return sessions.save(session);
    }

    private Session find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFound("session " + sessionId));
    }

    private static void describe(Session session, Event event, Details details) {
        var problems = new Invalid.Collector()
                .text("title", details.title(), true, 300)
                .check(details.start() != null, "start", "invalid.date-time")
                .check(details.end() != null, "end", "invalid.date-time")
                .check(details.format() != null, "format", "invalid.required");
        if (details.start() != null && details.end() != null) {
            problems.check(details.end().isAfter(details.start()), "end", "invalid.end-before-start");
            var day = details.start().toLocalDate();
            problems.check(!day.isBefore(event.startsOn()) && !day.isAfter(event.endsOn()), "start", "invalid.outside-event");
        }
        details.audienceGroups().forEach(group ->
                problems.check(event.audienceGroup(group).isPresent(), "audienceGroups", "invalid.choice", group));
        details.eligibility().countries().forEach(country -> problems.country("eligibleCountries", country, true));
        details.eligibility().types().forEach(type ->
                problems.check(OrganisationType.parse(type) != null, "eligibleTypes", "invalid.choice", type));
        problems.throwIfAny();
        var zone = ZoneId.of(event.timeZone());
        session.describe(details.title(), details.start().atZone(zone).toInstant(), details.end().atZone(zone).toInstant(),
                details.format(), details.audienceGroups(), details.eligibility());
    }

    static String subject(Session session) {
        return "session " + session.id() + ": " + session.title().fallbackText();
    }
}
