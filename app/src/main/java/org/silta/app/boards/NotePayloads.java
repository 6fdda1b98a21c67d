package org.silta.app.boards;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silta.app.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * A note as everyone may see it in the log: never its author on an anonymous board, and nothing but its place
 * while the board hides notes until reveal.
 */
@Component
class NotePayloads {

    private final Accounts accounts;

    NotePayloads(Accounts accounts) {
        this.accounts = accounts;
    }

    Map<String, Object> of(Board board, NoteRows.Note note) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", note.id());
        payload.put("area", note.area());
        payload.put("clusterId", note.clusterId());
        if (board.hidesNotes()) {
            payload.put("hiddenUntilReveal", true);
            return payload;
        }
        payload.put("text", note.text());
        payload.put("language", note.language());
        payload.put("owner", note.owner());
        payload.put("timeFrame", note.timeFrame());
        payload.put("author", authorName(board, note.authorId()));
        return payload;
    }

    String authorName(Board board, Long authorId) {
        if (board.settings().anonymous() || authorId == null) {
            return null;
        }
        return accounts.find(authorId).map(person -> person.name()).orElse(null);
    }
}
