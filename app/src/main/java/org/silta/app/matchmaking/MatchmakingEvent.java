package org.silta.app.matchmaking;

import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.springframework.stereotype.Component;

/** The event a matchmaking action is about, and the one permission check of this module. */
@Component
class MatchmakingEvent {

    private final ProgrammeCatalogue catalogue;

    MatchmakingEvent(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The event as its reader may see it. */
    Event seen(long eventId, SignedIn me) {
        return catalogue.event(eventId, me);
    }

    /** The event, when the person is one of its organisers. */
    Event managed(long eventId, SignedIn me) {
        var event = catalogue.event(eventId, me);
        if (!catalogue.canManage(catalogue.programme(event.programmeId(), me), me)) {
            throw new Forbidden("matchmaking of event " + eventId);
        }
        return event;
    }

    boolean canManage(Event event, SignedIn me) {
        return catalogue.canManage(catalogue.programme(event.programmeId(), me), me);
    }
}
