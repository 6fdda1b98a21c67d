package org.silta.app.boards;

import java.util.Map;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.realtime.LiveUpdates;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every operation on a board goes through here: the board is locked, the operation checked against the
 * phase and the person's role, applied, given the board's next sequence number and saved in the log, all in
 * one transaction; only then is it acknowledged, and live updates tell every node once it commits.
 */
@Service
public class BoardActions {

    private final Boards boards;
    private final BoardLog log;
    private final BoardAccess access;
    private final ContentOperations content;
    private final VoteOperations votes;
    private final FacilitatorOperations facilitation;
    private final LiveUpdates live;
    private final AuditLog audit;

    BoardActions(Boards boards, BoardLog log, BoardAccess access, ContentOperations content, VoteOperations votes,
                 FacilitatorOperations facilitation, LiveUpdates live, AuditLog audit) {
        this.boards = boards;
        this.log = log;
        this.access = access;
        this.content = content;
        this.votes = votes;
        this.facilitation = facilitation;
        this.live = live;
        this.audit = audit;
    }

    /** The answer to an operation: its sequence number and the id of what it created, if anything. */
    public record Ack(long seq, Long id, boolean repeated) {
    }

    /** What an operation did, as everyone may see it. */
    record Outcome(String kind, Long id, Map<String, Object> payload, String audited) {
    }

    /**
     * Applies the operation. {@code clientOp} names it on the sending client: an operation sent again after a
     * lost answer is acknowledged with its first sequence number and not applied twice.
     */
    @Transactional
    public Ack apply(long boardId, Operation operation, SignedIn me, String clientOp) {
        var board = boards.lock(boardId);
        var actor = access.actor(board, me);
        var earlier = log.seqOf(boardId, clientOp);
        if (earlier.isPresent()) {
            return new Ack(earlier.get(), null, true);
        }
        check(board, operation, actor);
        var outcome = switch (operation) {
            case Operation.Vote vote -> votes.vote(board, vote, actor);
            case Operation.Unvote unvote -> votes.unvote(board, unvote, actor);
            default -> operation.facilitatorsOnly() ? facilitation.apply(board, operation)
                    : content.apply(board, operation, actor);
        };
        var seq = board.seq() + 1;
        boards.advance(boardId, seq);
        log.append(boardId, seq, outcome.kind(), outcome.payload(), blankToNull(clientOp));
        live.announce(board.topic(), seq);
        var anonymousContent = board.settings().anonymous() && !operation.facilitatorsOnly();
        audit.record(anonymousContent ? null : me.id(), board.programmeId(), "board." + outcome.kind(),
                "board " + boardId + ": " + board.title().fallbackText(), outcome.audited());
        return new Ack(seq, outcome.id(), false);
    }

    private static void check(Board board, Operation operation, BoardAccess.Actor actor) {
        if (operation.facilitatorsOnly() && !actor.facilitator()) {
            throw new Forbidden("facilitating board " + board.id());
        }
        if (!actor.participant()) {
            throw new Forbidden("writing on board " + board.id());
        }
        if (actor.facilitator()) {
            if (board.phase() == Phase.CLOSED && !(operation instanceof Operation.ChangePhase)) {
                throw Invalid.of("board", "invalid.board.closed");
            }
            return;
        }
        if (board.locked()) {
            throw Invalid.of("board", "invalid.board.locked");
        }
        var allowed = switch (operation) {
            case Operation.AddNote ignored -> board.phase().allowsWriting();
            case Operation.EditNote ignored -> board.phase().allowsEditing();
            case Operation.DeleteNote ignored -> board.phase().allowsEditing();
            case Operation.MoveNote ignored -> board.phase().allowsGrouping();
            case Operation.AddCluster ignored -> board.phase().allowsGrouping();
            case Operation.RenameCluster ignored -> board.phase().allowsGrouping();
            case Operation.AddComment ignored -> board.phase().allowsComments();
            case Operation.Vote ignored -> board.phase().allowsVoting();
            case Operation.Unvote ignored -> board.phase().allowsVoting();
            default -> false;
        };
        if (!allowed) {
            throw Invalid.of("board", "invalid.board.phase");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
