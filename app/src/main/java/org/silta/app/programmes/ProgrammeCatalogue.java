package org.silta.app.programmes;

import java.util.Comparator;
import java.util.List;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Service;

/** Reading programmes, events and sessions, as far as the reader may see them. */
@Service
public class ProgrammeCatalogue {

    private final Programmes programmes;
    private final Events events;
    private final Sessions sessions;
    private final Access access;

    ProgrammeCatalogue(Programmes programmes, Events events, Sessions sessions, Access access) {
        this.programmes = programmes;
        this.events = events;
        this.sessions = sessions;
        this.access = access;
    }

    public List<Programme> visibleTo(SignedIn me) {
        return programmes.findAll().stream()
                .filter(programme -> access.canSee(programme, me))
                .sorted(Comparator.comparing(Programme::createdAt).reversed())
                .toList();
    }

    public Programme programme(long id, SignedIn me) {
        var programme = programmes.findById(id).orElseThrow(() -> new NotFound("programme " + id));
        access.requireSee(programme, me);
        return programme;
    }

    public Event event(long id, SignedIn me) {
        var event = events.findById(id).orElseThrow(() -> new NotFound("event " + id));
        programme(event.programmeId(), me);
        return event;
    }

    public Session session(long id, SignedIn me) {
        var session = sessions.findById(id).orElseThrow(() -> new NotFound("session " + id));
        event(session.eventId(), me);
        return session;
    }

    /** An event without a permission check, for modules that act on Silta's behalf (sending mail, say). */
    public java.util.Optional<Event> eventById(long id) {
        return events.findById(id);
    }

    public List<Event> events(long programmeId) {
        return events.findByProgrammeIdOrderByStartsOn(programmeId);
    }

    public List<Session> sessions(long eventId) {
        return sessions.findByEventIdOrderByStartsAt(eventId);
    }

    public boolean canManage(Programme programme, SignedIn me) {
        return access.canManage(programme, me);
    }

    public boolean canFacilitate(Programme programme, SignedIn me) {
        return access.canFacilitate(programme, me);
    }

    public boolean canFollow(Programme programme, SignedIn me) {
        return access.canFollow(programme, me);
    }
}
