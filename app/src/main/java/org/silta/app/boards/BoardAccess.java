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

    /** A person on a board: whether they facilitate, and the country and organisation they registered with. */
    record Actor(long personId, boolean facilitator, boolean participant, String country, Long organisationId) {

        /** The delegation whose shared budget this person's dots come from on the board, or null for their own. */
        String delegation(BoardSettings settings) {
            return switch (settings.dotsPer()) {
                case PERSON -> null;
                case COUNTRY -> country == null ? null : "country:" + country;
                case ORGANISATION -> organisationId == null ? null : "organisation:" + organisationId;
            };
        }
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
        return new Actor(me.id(), facilitator, writes, registration.map(r -> r.country()).orElse(null),
                registration.map(r -> r.organisationId()).orElse(null));
    }

    Actor facilitator(Board board, SignedIn me) {
        var actor = actor(board, me);
        if (!actor.facilitator()) {
            throw new Forbidden("facilitating board " + board.id());
        }
        return actor;
    }
}
