package org.silta.app.boards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silta.app.realtime.LiveEvent;
import org.silta.app.realtime.LiveTopic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each board's operations in sequence, as everyone may see them: the source clients replay from when they
 * reconnect, and the topic live updates stream.
 */
@Component
class BoardLog implements LiveTopic {

    static final String TOPIC_PREFIX = "board:";

    private final JdbcClient jdbc;

    BoardLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long boardId, long seq, String kind, Map<String, Object> payload, String clientOp) {
        jdbc.sql("insert into board_operation (board_id, seq, kind, payload, client_op) values (?, ?, ?, cast(? as jsonb), ?)")
                .params(boardId, seq, kind, Boards.json(payload), clientOp).update();
    }

    /** The sequence number an operation a client sent before was saved with: a retry is acknowledged, not repeated. */
    Optional<Long> seqOf(long boardId, String clientOp) {
        if (clientOp == null || clientOp.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select seq from board_operation where board_id = ? and client_op = ?").params(boardId, clientOp)
                .query(Long.class).optional();
    }

    @Override
    public boolean serves(String topic) {
        return topic.startsWith(TOPIC_PREFIX);
    }

    @Override
    public List<LiveEvent> since(String topic, long after, int limit) {
        return jdbc.sql("""
                select seq, kind, json_build_object('seq', seq, 'kind', kind, 'clientOp', client_op, 'data', payload)::text as data
                from board_operation where board_id = ? and seq > ? order by seq limit ?""")
                .params(boardId(topic), after, limit)
                .query((rs, row) -> new LiveEvent(rs.getLong("seq"), "op", rs.getString("data"))).list();
    }

    @Override
    public long latest(String topic) {
        return jdbc.sql("select seq from board where id = ?").param(boardId(topic)).query(Long.class).optional().orElse(0L);
    }

    private static long boardId(String topic) {
        return Long.parseLong(topic.substring(TOPIC_PREFIX.length()));
    }
}
