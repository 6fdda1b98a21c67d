package org.silta.app.boards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The board rows: read, locked for one operation at a time, and moved on to their next sequence number. */
@Component
class Boards {

    /** Areas written without {@code "actions"} read as areas without owners and time frames. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private static final TypeReference<List<Area>> AREAS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    Boards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Board get(long id) {
        return find(id).orElseThrow(() -> new NotFound("board " + id));
    }

    Optional<Board> find(long id) {
        return jdbc.sql("select * from board where id = ?").param(id).query(Boards::board).optional();
    }

    /** The board, locked until the transaction ends: one operation at a time, so no race passes a rule. */
    Board lock(long id) {
        return jdbc.sql("select * from board where id = ? for update").param(id).query(Boards::board).optional()
                .orElseThrow(() -> new NotFound("board " + id));
    }

    Optional<Board> onAgendaItem(long sessionId, int agendaPosition) {
        return jdbc.sql("select * from board where session_id = ? and agenda_position = ? and parent_id is null order by id limit 1")
                .params(sessionId, agendaPosition).query(Boards::board).optional();
    }

    List<Board> ofEvent(long eventId) {
        return jdbc.sql("select * from board where event_id = ? order by session_id, agenda_position, id").param(eventId)
                .query(Boards::board).list();
    }

    long create(long programmeId, long eventId, long sessionId, int agendaPosition, LocalizedText title, List<Area> areas,
                BoardSettings settings) {
        return jdbc.sql("""
                insert into board (programme_id, event_id, session_id, agenda_position, title, areas, anonymous, hidden_writing,
                                   phase, dots, dots_per_note, dots_per, votes_visible)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, 'WRITE', ?, ?, ?, ?) returning id""")
                .params(programmeId, eventId, sessionId, agendaPosition, json(title), json(areas), settings.anonymous(),
                        settings.hiddenWriting(), settings.dots(), settings.dotsPerNote(), settings.dotsPer().name(),
                        settings.votesVisible())
                .query(Long.class).single();
    }

    /** The board of a breakout group: the plenary board's areas and settings, in the first phase. */
    long createGroup(Board plenary, Board.Group group) {
        return jdbc.sql("""
                insert into board (programme_id, event_id, session_id, agenda_position, title, areas, anonymous, hidden_writing,
                                   phase, dots, dots_per_note, dots_per, votes_visible, parent_id, breakout_round, breakout_group,
                                   breakout_theme)
                select programme_id, event_id, session_id, agenda_position, title, areas, anonymous, hidden_writing, 'WRITE',
                       dots, dots_per_note, dots_per, votes_visible, id, ?, ?, ? from board where id = ? returning id""")
                .params(group.round(), group.number(), group.theme(), plenary.id()).query(Long.class).single();
    }

    /** The plenary board's group boards, round by round, group by group. */
    List<Board> groups(long plenaryId) {
        return jdbc.sql("select * from board where parent_id = ? order by breakout_round, breakout_group").param(plenaryId)
                .query(Boards::board).list();
    }

    void members(long boardId, java.util.Collection<Long> people) {
        jdbc.sql("delete from board_member where board_id = ?").param(boardId).update();
        people.forEach(person -> jdbc.sql("insert into board_member (board_id, person_id) values (?, ?)")
                .params(boardId, person).update());
    }

    boolean isMember(long boardId, long personId) {
        return jdbc.sql("select exists (select 1 from board_member where board_id = ? and person_id = ?)")
                .params(boardId, personId).query(Boolean.class).single();
    }

    /** The group boards under the plenary board that the person belongs to, round by round. */
    List<Board> groupsOf(long plenaryId, long personId) {
        return jdbc.sql("""
                select b.* from board b join board_member m on m.board_id = b.id where b.parent_id = ? and m.person_id = ?
                order by b.breakout_round, b.breakout_group""").params(plenaryId, personId).query(Boards::board).list();
    }

    void advance(long id, long seq) {
        jdbc.sql("update board set seq = ? where id = ?").params(seq, id).update();
    }

    void change(long id, Phase phase, boolean locked, String focusArea, java.time.Instant timerEndsAt) {
        jdbc.sql("update board set phase = ?, locked = ?, focus_area = ?, timer_ends_at = ? where id = ?")
                .params(phase.name(), locked, focusArea, timerEndsAt == null ? null : Timestamp.from(timerEndsAt), id).update();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static Board board(ResultSet rs, int row) throws SQLException {
        var timer = rs.getTimestamp("timer_ends_at");
        return new Board(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("event_id"), rs.getLong("session_id"),
                rs.getInt("agenda_position"), JSON.readValue(rs.getString("title"), LocalizedText.class),
                JSON.readValue(rs.getString("areas"), AREAS),
                new BoardSettings(rs.getBoolean("anonymous"), rs.getBoolean("hidden_writing"), rs.getInt("dots"),
                        rs.getInt("dots_per_note"), BoardSettings.DotsPer.valueOf(rs.getString("dots_per")),
                        rs.getBoolean("votes_visible")),
                Phase.valueOf(rs.getString("phase")), rs.getBoolean("locked"), rs.getString("focus_area"),
                timer == null ? null : timer.toInstant(), rs.getLong("seq"), (Long) rs.getObject("parent_id"),
                rs.getObject("breakout_round") == null ? null : new Board.Group(rs.getInt("breakout_round"),
                        rs.getInt("breakout_group"), rs.getString("breakout_theme")));
    }
}
