package org.silta.app.boards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What boards keep about a person: the notes and comments they wrote. On erasure the contributions stay on their
 * boards without an author, as on an anonymous board, and the person's dots stay counted without a voter.
 */
@Component
class BoardPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    BoardPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "boardNotes";
    }

    @Override
    public Object export(long personId) {
        List<Map<String, Object>> notes = jdbc.sql("""
                select n.board_id, n.area, n.text, n.language, n.created_at from board_note n where n.author_id = ?
                union all
                select n.board_id, 'comment', c.text, c.language, c.created_at from board_comment c
                join board_note n on n.id = c.note_id where c.author_id = ? order by 5""")
                .params(personId, personId).query((rs, row) -> {
                    var note = new LinkedHashMap<String, Object>();
                    note.put("board", rs.getLong(1));
                    note.put("area", rs.getString(2));
                    note.put("text", rs.getString(3));
                    note.put("language", rs.getString(4));
                    note.put("at", rs.getTimestamp(5).toInstant().toString());
                    return (Map<String, Object>) note;
                }).list();
        return notes;
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("update board_note set author_id = null where author_id = ?").param(personId).update();
        jdbc.sql("update board_comment set author_id = null where author_id = ?").param(personId).update();
        jdbc.sql("update board_vote set voter_id = null where voter_id = ?").param(personId).update();
    }
}
