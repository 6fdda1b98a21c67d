package org.silta.app.boards;

import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.programmes.RegistrationStatus;
import org.silta.app.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a board: the programme's organisers and facilitators facilitate; people with a confirmed
 * registration for the event take part, on a breakout group's board only its members; the rest follow.
 */
@Component
class BoardAccess {

    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook registrations;
    private final Boards boards;

    BoardAccess(ProgrammeCatalogue catalogue, RegistrationBook registrations, Boards boards) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.boards = boards;
    }

    /** A person on a board: whether they facilitate, and the country their votes count for. */
    record Actor(long personId, boolean facilitator, boolean participant, String country) {
    }

    Actor actor(Board board, SignedIn me) {
        if (me == null) {
            throw new Forbidden("board " + board.id());
        }
        var programme = catalogue.programme(board.programmeId(), me);
        var facilitator = catalogue.canFacilitate(programme, me);
        var registration = registrations.mine(board.eventId(), me)
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED);
        if (!facilitator && registration.isEmpty() && !catalogue.canFollow(programme, me)) {
            throw new Forbidden("board " + board.id());
        }
        var writes = facilitator || registration.isPresent() && (board.group() == null || boards.isMember(board.id(), me.id()));
        return new Actor(me.id(), facilitator, writes, registration.map(r -> r.country()).orElse(null));
    }

    Actor facilitator(Board board, SignedIn me) {
        var actor = actor(board, me);
        if (!actor.facilitator()) {
            throw new Forbidden("facilitating board " + board.id());
        }
        return actor;
    }
}
