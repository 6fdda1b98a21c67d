package org.silta.app.programmes;

import java.util.Optional;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a person may do in a programme. Platform admins may do
 * everything; otherwise it is the person's role in the programme's team.
 */
@Component
class Access {

    /** Drafts exist only for their team: to anyone else they are not found. */
    boolean canSee(Programme programme, SignedIn me) {
        return programme.status().isPublic() || isOnTeam(programme, me);
    }

    boolean canManage(Programme programme, SignedIn me) {
        return me != null && (me.platformAdmin() || role(programme, me).filter(r -> r == ProgrammeRole.ORGANISER).isPresent());
    }

    boolean canFacilitate(Programme programme, SignedIn me) {
        return me != null && (me.platformAdmin()
                || role(programme, me).filter(r -> r == ProgrammeRole.ORGANISER || r == ProgrammeRole.FACILITATOR).isPresent());
    }

    /** Organisers, facilitators and observers follow registrations, counts and the audit log. */
    boolean canFollow(Programme programme, SignedIn me) {
        return isOnTeam(programme, me);
    }

    void requireSee(Programme programme, SignedIn me) {
        if (!canSee(programme, me)) {
            throw new NotFound("programme " + programme.id());
        }
    }

    void requireManage(Programme programme, SignedIn me) {
        requireSee(programme, me);
        if (!canManage(programme, me)) {
            throw new Forbidden("managing programme " + programme.id());
        }
    }

    void requireFacilitate(Programme programme, SignedIn me) {
        requireSee(programme, me);
        if (!canFacilitate(programme, me)) {
            throw new Forbidden("facilitating in programme " + programme.id());
        }
    }

    void requireFollow(Programme programme, SignedIn me) {
        requireSee(programme, me);
        if (!canFollow(programme, me)) {
            throw new Forbidden("following programme " + programme.id());
        }
    }

    private boolean isOnTeam(Programme programme, SignedIn me) {
        return me != null && (me.platformAdmin() || role(programme, me).isPresent());
    }

    private static Optional<ProgrammeRole> role(Programme programme, SignedIn me) {
        return programme.roleOf(me.id());
    }
}
