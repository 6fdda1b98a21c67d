package org.silta.app.boards;

import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator turns a note or a cluster into a collaboration idea, which the partnerships module takes up. */
@Service
public class IdeaProposals {

    private final Boards boards;
    private final BoardAccess access;
    private final NoteRows rows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    IdeaProposals(Boards boards, BoardAccess access, NoteRows rows, JdbcClient jdbc, ApplicationEventPublisher events,
                  AuditLog audit) {
        this.boards = boards;
        this.access = access;
        this.rows = rows;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public IdeaProposed fromNote(long boardId, long noteId, SignedIn me, String baseUrl) {
        var board = boards.get(boardId);
        access.facilitator(board, me);
        var note = rows.note(board, noteId);
        if (note.hidden() || board.hidesNotes()) {
            throw Invalid.of("note", "invalid.board.note-hidden");
        }
        var title = note.text().length() > 120 ? note.text().substring(0, 117) + "..." : note.text();
        return publish(new IdeaProposed(board.programmeId(), board.eventId(), board.id(), "NOTE", noteId, title, note.text(),
                note.language(), me.id(), BaseUrl.of(baseUrl) + "/boards/" + board.id() + "#note-" + noteId), me);
    }

    @Transactional
    public IdeaProposed fromCluster(long boardId, long clusterId, SignedIn me, String baseUrl) {
        var board = boards.get(boardId);
        access.facilitator(board, me);
        var title = jdbc.sql("select title from board_cluster where id = ? and board_id = ?").params(clusterId, boardId)
                .query(String.class).optional().orElseThrow(() -> Invalid.of("cluster", "invalid.choice", clusterId));
        var notes = jdbc.sql("select text, language from board_note where cluster_id = ? and not hidden order by id")
                .param(clusterId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        var text = String.join("\n", notes.stream().map(note -> "- " + note[0]).toList());
        var language = notes.isEmpty() ? board.title().fallback() : notes.getFirst()[1];
        return publish(new IdeaProposed(board.programmeId(), board.eventId(), board.id(), "CLUSTER", clusterId, title, text,
                language, me.id(), BaseUrl.of(baseUrl) + "/boards/" + board.id() + "#cluster-" + clusterId), me);
    }

    private IdeaProposed publish(IdeaProposed idea, SignedIn me) {
        events.publishEvent(idea);
        audit.record(me.id(), idea.programmeId(), "board.idea.proposed", "board " + idea.boardId() + ": " + idea.title(),
                idea.sourceKind() + " " + idea.sourceId());
        return idea;
    }
}
