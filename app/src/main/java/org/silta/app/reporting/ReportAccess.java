package org.silta.app.reporting;

import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.springframework.stereotype.Component;

/** The reporting module's one permission check: the team reads reports, organisers and facilitators write them. */
@Component
class ReportAccess {

    private final ProgrammeCatalogue catalogue;

    ReportAccess(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Event follow(long eventId, SignedIn me) {
        var event = catalogue.event(eventId, me);
        followProgramme(event.programmeId(), me);
        return event;
    }

    Programme followProgramme(long programmeId, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!catalogue.canFollow(programme, me)) {
            throw new Forbidden("reports of programme " + programmeId);
        }
        return programme;
    }

    Event write(long eventId, SignedIn me) {
        var event = catalogue.event(eventId, me);
        if (!canWrite(catalogue.programme(event.programmeId(), me), me)) {
            throw new Forbidden("writing reports of event " + eventId);
        }
        return event;
    }

    boolean canWrite(Programme programme, SignedIn me) {
        return catalogue.canFacilitate(programme, me);
    }
}
