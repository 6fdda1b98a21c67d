package org.silta.app.partnerships;

import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * The partnerships module's one permission check. A programme's team follows its pipeline; organisers and
 * facilitators work on it (ideas, offers, partnerships, action plans).
 */
@Component
class PipelineAccess {

    private final ProgrammeCatalogue catalogue;

    PipelineAccess(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Programme follow(long programmeId, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!catalogue.canFollow(programme, me)) {
            throw new Forbidden("following the pipeline of programme " + programmeId);
        }
        return programme;
    }

    Programme work(long programmeId, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!canWork(programme, me)) {
            throw new Forbidden("working on the pipeline of programme " + programmeId);
        }
        return programme;
    }

    boolean canWork(Programme programme, SignedIn me) {
        return catalogue.canFacilitate(programme, me);
    }
}
