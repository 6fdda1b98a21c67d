package org.silta.app.boards;

import java.util.LinkedHashMap;
import org.silta.app.identity.Accounts;
import org.silta.app.shared.Invalid;
import org.springframework.stereotype.Component;

/**
 * Dot voting. The board is locked while a vote is counted, so no two votes can both take the last dot of a
 * budget, a person's or their delegation's.
 */
@Component
class VoteOperations {

    private final NoteRows rows;
    private final Accounts accounts;

    VoteOperations(NoteRows rows, Accounts accounts) {
        this.rows = rows;
        this.accounts = accounts;
    }

    BoardActions.Outcome vote(Board board, Operation.Vote vote, BoardAccess.Actor actor) {
        var note = rows.note(board, vote.noteId());
        if (note.hidden()) {
            throw Invalid.of("note", "invalid.board.note-hidden");
        }
        var delegation = actor.delegation(board.settings());
        if (rows.dotsUsed(board, actor.personId(), delegation) >= board.settings().dots()) {
            throw Invalid.of("note", "invalid.board.no-dots-left", board.settings().dots());
        }
        if (rows.votesBy(note.id(), actor.personId()) >= board.settings().dotsPerNote()) {
            throw Invalid.of("note", "invalid.board.note-dots-full", board.settings().dotsPerNote());
        }
        rows.vote(board, note.id(), actor.personId(), delegation);
        return outcome(board, "vote.added", note.id(), actor);
    }

    BoardActions.Outcome unvote(Board board, Operation.Unvote unvote, BoardAccess.Actor actor) {
        var note = rows.note(board, unvote.noteId());
        if (!rows.unvote(note.id(), actor.personId())) {
            throw Invalid.of("note", "invalid.board.no-vote");
        }
        return outcome(board, "vote.removed", note.id(), actor);
    }

    private BoardActions.Outcome outcome(Board board, String kind, long noteId, BoardAccess.Actor actor) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("noteId", noteId);
        payload.put("votes", rows.votesOn(noteId));
        if (board.settings().votesVisible() && !board.settings().anonymous()) {
            payload.put("voter", accounts.get(actor.personId()).name());
        }
        return new BoardActions.Outcome(kind, null, payload, "note " + noteId);
    }
}
