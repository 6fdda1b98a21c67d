package org.silta.app.partnerships;

import org.silta.app.boards.IdeaProposed;
import org.silta.app.matchmaking.FollowUpPlanned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Ideas start where people work together: on a board, or in a meeting whose follow-up is planned. */
@Component
class PipelineListener {

    private final Ideas ideas;

    PipelineListener(Ideas ideas) {
        this.ideas = ideas;
    }

    @ApplicationModuleListener
    void on(IdeaProposed proposed) {
        ideas.proposedOnBoard(proposed);
    }

    @ApplicationModuleListener
    void on(FollowUpPlanned planned) {
        ideas.plannedAfterMeeting(planned);
    }
}
