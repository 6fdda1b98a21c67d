package org.silta.app.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a board as the reader may see it: for its page, its JSON snapshot and its exports. */
@Service
public class BoardView {

    private final Boards boards;
    private final BoardAccess access;
    private final JdbcClient jdbc;
    private final Accounts accounts;

    BoardView(Boards boards, BoardAccess access, JdbcClient jdbc, Accounts accounts) {
        this.boards = boards;
        this.access = access;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** One consistent snapshot: every note in it is there as of operation {@code seq}, no later one. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public BoardState of(long boardId, SignedIn me) {
        var board = boards.get(boardId);
        var actor = access.actor(board, me);
        return state(board, actor.personId(), actor.facilitator(), actor.participant(), actor.delegation(board.settings()));
    }

    /** What an export shows: the notes everyone may see, no one's own view of them. */
    BoardState forExport(Board board) {
        return state(board, -1, false, false, null);
    }

    private record Row(long id, String area, Long clusterId, String text, String language, Long authorId, boolean moderated,
                       String owner, String timeFrame) {
    }

    private BoardState state(Board board, long viewer, boolean facilitator, boolean participant, String delegation) {
        var rows = jdbc.sql("select * from board_note where board_id = ? order by id").param(board.id())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("area"), (Long) rs.getObject("cluster_id"),
                        rs.getString("text"), rs.getString("language"), (Long) rs.getObject("author_id"),
                        rs.getBoolean("hidden"), rs.getString("owner"), rs.getString("time_frame"))).list();
        var votes = counts("select note_id, count(*) from board_vote where board_id = ? group by note_id", board.id());
        var mine = counts("select note_id, count(*) from board_vote where board_id = ? and voter_id = ? group by note_id",
                board.id(), viewer);
        var comments = comments(board);
        var names = board.settings().anonymous() ? Map.<Long, String>of()
                : names(rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        var voters = board.settings().votesVisible() && !board.settings().anonymous() ? voters(board)
                : Map.<Long, List<BoardState.Voter>>of();
        var hidden = 0;
        var notes = new ArrayList<BoardState.NoteView>();
        for (var row : rows) {
            var own = row.authorId() != null && row.authorId() == viewer;
            if ((board.hidesNotes() && !own) || (row.moderated() && !facilitator)) {
                hidden += board.hidesNotes() && !own ? 1 : 0;
                continue;
            }
            notes.add(new BoardState.NoteView(row.id(), row.area(), row.clusterId(), row.text(), row.language(),
                    row.authorId() == null ? null : names.get(row.authorId()), own, row.moderated(),
                    votes.getOrDefault(row.id(), 0), mine.getOrDefault(row.id(), 0), row.owner(), row.timeFrame(),
                    comments.getOrDefault(row.id(), List.of()), voters.getOrDefault(row.id(), List.of())));
        }
        var clusters = jdbc.sql("select id, area, title from board_cluster where board_id = ? order by id").param(board.id())
                .query((rs, n) -> {
                    var id = rs.getLong("id");
                    return new BoardState.ClusterView(id, rs.getString("area"), rs.getString("title"),
                            notes.stream().filter(note -> Objects.equals(note.clusterId(), id)).toList());
                })
                .list();
        var areas = board.areas().stream().map(area -> new BoardState.AreaView(area,
                clusters.stream().filter(cluster -> cluster.area().equals(area.key())).toList(),
                notes.stream().filter(note -> note.area().equals(area.key()) && note.clusterId() == null).toList())).toList();
        var used = viewer < 0 ? 0 : delegation != null
                ? jdbc.sql("select count(*) from board_vote where board_id = ? and delegation = ?").params(board.id(), delegation)
                        .query(Integer.class).single()
                : mine.values().stream().mapToInt(Integer::intValue).sum();
        return new BoardState(board, facilitator, participant, areas, hidden,
                Math.max(0, board.settings().dots() - used), board.seq());
    }

    private Map<Long, Integer> counts(String sql, Object... params) {
        var result = new HashMap<Long, Integer>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(rs.getLong(1), rs.getInt(2));
        });
        return result;
    }

    private Map<Long, List<BoardState.Voter>> voters(Board board) {
        record VoteRow(long noteId, long voterId, int dots) {
        }
        var rows = jdbc.sql("select note_id, voter_id, count(*) from board_vote where board_id = ? and voter_id is not null "
                + "group by note_id, voter_id")
                .param(board.id()).query((rs, n) -> new VoteRow(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
        var names = names(rows.stream().map(VoteRow::voterId).distinct().toList());
        var result = new HashMap<Long, List<BoardState.Voter>>();
        rows.forEach(row -> result.computeIfAbsent(row.noteId(), key -> new ArrayList<>())
                .add(new BoardState.Voter(names.getOrDefault(row.voterId(), "?"), row.dots())));
        result.values().forEach(list -> list.sort(java.util.Comparator.comparing(BoardState.Voter::name)));
        return result;
    }

    private Map<Long, List<BoardState.CommentView>> comments(Board board) {
        record CommentRow(long noteId, long id, String text, String language, Long authorId) {
        }
        var rows = jdbc.sql("""
                select c.note_id, c.id, c.text, c.language, c.author_id from board_comment c
                join board_note n on n.id = c.note_id where n.board_id = ? order by c.id""").param(board.id())
                .query((rs, n) -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5))).list();
        var names = board.settings().anonymous() ? Map.<Long, String>of()
                : names(rows.stream().map(CommentRow::authorId).filter(Objects::nonNull).toList());
        var result = new HashMap<Long, List<BoardState.CommentView>>();
        rows.forEach(row -> result.computeIfAbsent(row.noteId(), key -> new ArrayList<>())
                .add(new BoardState.CommentView(row.id(), row.text(), row.language(),
                        row.authorId() == null ? null : names.get(row.authorId()))));
        return result;
    }

    private Map<Long, String> names(List<Long> ids) {
        var result = new HashMap<Long, String>();
        accounts.all(ids.stream().distinct().toList()).forEach((id, person) -> result.put(id, person.name()));
        return result;
    }
}
