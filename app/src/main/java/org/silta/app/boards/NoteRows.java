package org.silta.app.boards;

import java.util.Optional;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of notes, clusters, comments and votes that operations write. */
@Component
class NoteRows {

    record Note(long id, long boardId, String area, Long clusterId, String text, String language, Long authorId,
                String owner, String timeFrame, boolean hidden) {
    }

    private final JdbcClient jdbc;

    NoteRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Note note(Board board, long noteId) {
        return jdbc.sql("select * from board_note where id = ? and board_id = ?").params(noteId, board.id())
                .query((rs, row) -> new Note(rs.getLong("id"), rs.getLong("board_id"), rs.getString("area"),
                        (Long) rs.getObject("cluster_id"), rs.getString("text"), rs.getString("language"),
                        (Long) rs.getObject("author_id"), rs.getString("owner"), rs.getString("time_frame"),
                        rs.getBoolean("hidden")))
                .optional().orElseThrow(() -> new NotFound("note " + noteId));
    }

    long addNote(Board board, String area, String text, String language, Long authorId, String owner, String timeFrame) {
        return jdbc.sql("""
                insert into board_note (board_id, area, text, language, author_id, owner, time_frame)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(board.id(), area, text, language, authorId, owner, timeFrame).query(Long.class).single();
    }

    void editNote(long noteId, String text, String language, String owner, String timeFrame) {
        jdbc.sql("update board_note set text = ?, language = ?, owner = ?, time_frame = ? where id = ?")
                .params(text, language, owner, timeFrame, noteId).update();
    }

    void deleteNote(long noteId) {
        jdbc.sql("delete from board_note where id = ?").param(noteId).update();
    }

    void moveNote(long noteId, String area, Long clusterId) {
        jdbc.sql("update board_note set area = ?, cluster_id = ? where id = ?").params(area, clusterId, noteId).update();
    }

    void hideNote(long noteId, boolean hidden) {
        jdbc.sql("update board_note set hidden = ? where id = ?").params(hidden, noteId).update();
    }

    /** The cluster's area, if the cluster is on the board. */
    Optional<String> clusterArea(Board board, long clusterId) {
        return jdbc.sql("select area from board_cluster where id = ? and board_id = ?").params(clusterId, board.id())
                .query(String.class).optional();
    }

    long addCluster(Board board, String area, String title) {
        return jdbc.sql("insert into board_cluster (board_id, area, title) values (?, ?, ?) returning id")
                .params(board.id(), area, title).query(Long.class).single();
    }

    void renameCluster(long clusterId, String title) {
        jdbc.sql("update board_cluster set title = ? where id = ?").params(title, clusterId).update();
    }

    long addComment(long noteId, String text, String language, long authorId) {
        return jdbc.sql("insert into board_comment (note_id, text, language, author_id) values (?, ?, ?, ?) returning id")
                .params(noteId, text, language, authorId).query(Long.class).single();
    }

    int votesOn(long noteId) {
        return jdbc.sql("select count(*) from board_vote where note_id = ?").param(noteId).query(Integer.class).single();
    }

    int votesBy(long noteId, long voterId) {
        return jdbc.sql("select count(*) from board_vote where note_id = ? and voter_id = ?").params(noteId, voterId)
                .query(Integer.class).single();
    }

    /** Dots already placed by the voter, or by everyone voting for the delegation. */
    int dotsUsed(Board board, long voterId, String delegation) {
        return delegation == null
                ? jdbc.sql("select count(*) from board_vote where board_id = ? and voter_id = ?").params(board.id(), voterId)
                        .query(Integer.class).single()
                : jdbc.sql("select count(*) from board_vote where board_id = ? and delegation = ?").params(board.id(), delegation)
                        .query(Integer.class).single();
    }

    void vote(Board board, long noteId, long voterId, String delegation) {
        jdbc.sql("insert into board_vote (board_id, note_id, voter_id, delegation) values (?, ?, ?, ?)")
                .params(board.id(), noteId, voterId, delegation).update();
    }

    boolean unvote(long noteId, long voterId) {
        return jdbc.sql("""
                delete from board_vote where id = (select id from board_vote where note_id = ? and voter_id = ? limit 1)""")
                .params(noteId, voterId).update() > 0;
    }
}
