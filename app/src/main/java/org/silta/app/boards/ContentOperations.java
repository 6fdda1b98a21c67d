package org.silta.app.boards;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.springframework.stereotype.Component;

/** Notes, clusters and comments: written by participants, edited and deleted by their author or a facilitator. */
@Component
class ContentOperations {

    static final int NOTE_LENGTH = 500;

    private final NoteRows rows;
    private final NotePayloads payloads;

    ContentOperations(NoteRows rows, NotePayloads payloads) {
        this.rows = rows;
        this.payloads = payloads;
    }

    BoardActions.Outcome apply(Board board, Operation operation, BoardAccess.Actor actor) {
        return switch (operation) {
            case Operation.AddNote add -> {
                var language = NoteLanguage.of(add.language(), add.text(), board);
                checkNote(board, add.area(), add.text(), language, add.owner(), add.timeFrame());
                var id = rows.addNote(board, add.area(), add.text().strip(), language, actor.personId(),
                        blankToNull(add.owner()), blankToNull(add.timeFrame()));
                yield note(board, "note.added", id);
            }
            case Operation.EditNote edit -> {
                var note = own(board, edit.noteId(), actor);
                var language = NoteLanguage.of(edit.language(), edit.text(), board);
                checkNote(board, note.area(), edit.text(), language, edit.owner(), edit.timeFrame());
                rows.editNote(note.id(), edit.text().strip(), language, blankToNull(edit.owner()),
                        blankToNull(edit.timeFrame()));
                yield note(board, "note.edited", note.id());
            }
            case Operation.DeleteNote delete -> {
                var note = own(board, delete.noteId(), actor);
                rows.deleteNote(note.id());
                yield new BoardActions.Outcome("note.deleted", note.id(), Map.of("id", note.id()), "note " + note.id());
            }
            case Operation.MoveNote move -> {
                var note = rows.note(board, move.noteId());
                var area = move.clusterId() == null ? move.area() : rows.clusterArea(board, move.clusterId())
                        .orElseThrow(() -> Invalid.of("clusterId", "invalid.choice", move.clusterId()));
                new Invalid.Collector().check(area != null && board.area(area).isPresent(), "area", "invalid.choice", area)
                        .throwIfAny();
                rows.moveNote(note.id(), area, move.clusterId());
                var payload = new LinkedHashMap<String, Object>();
                payload.put("id", note.id());
                payload.put("area", area);
                payload.put("clusterId", move.clusterId());
                yield new BoardActions.Outcome("note.moved", note.id(), payload, "note " + note.id() + " to " + area);
            }
            case Operation.AddCluster add -> {
                new Invalid.Collector().check(add.area() != null && board.area(add.area()).isPresent(), "area",
                        "invalid.choice", add.area()).text("title", add.title(), true, 200).throwIfAny();
                var notes = add.noteIds().stream().distinct().map(noteId -> rows.note(board, noteId)).toList();
                var id = rows.addCluster(board, add.area(), add.title().strip());
                notes.forEach(note -> rows.moveNote(note.id(), add.area(), id));
                yield new BoardActions.Outcome("cluster.added", id, Map.of("id", id, "area", add.area(),
                        "title", add.title().strip(), "notes", notes.stream().map(NoteRows.Note::id).toList()),
                        add.title().strip());
            }
            case Operation.RenameCluster rename -> {
                rows.clusterArea(board, rename.clusterId()).orElseThrow(() -> Invalid.of("clusterId", "invalid.choice",
                        rename.clusterId()));
                new Invalid.Collector().text("title", rename.title(), true, 200).throwIfAny();
                rows.renameCluster(rename.clusterId(), rename.title().strip());
                yield new BoardActions.Outcome("cluster.renamed", rename.clusterId(),
                        Map.of("id", rename.clusterId(), "title", rename.title().strip()), rename.title().strip());
            }
            case Operation.AddComment comment -> {
                var note = rows.note(board, comment.noteId());
                var language = NoteLanguage.of(comment.language(), comment.text(), board);
                new Invalid.Collector().text("comment", comment.text(), true, NOTE_LENGTH)
                        .check(Languages.isContentLanguage(language), "language", "invalid.language", language)
                        .throwIfAny();
                var id = rows.addComment(note.id(), comment.text().strip(), language, actor.personId());
                var payload = new LinkedHashMap<String, Object>();
                payload.put("id", id);
                payload.put("noteId", note.id());
                payload.put("text", comment.text().strip());
                payload.put("language", language);
                payload.put("author", payloads.authorName(board, actor.personId()));
                yield new BoardActions.Outcome("comment.added", id, payload, "note " + note.id());
            }
            default -> throw new IllegalArgumentException("not a content operation: " + operation);
        };
    }

    private BoardActions.Outcome note(Board board, String kind, long noteId) {
        return new BoardActions.Outcome(kind, noteId, payloads.of(board, rows.note(board, noteId)), "note " + noteId);
    }

    /** The note, if the actor wrote it or facilitates. */
    private NoteRows.Note own(Board board, long noteId, BoardAccess.Actor actor) {
        var note = rows.note(board, noteId);
        if (!actor.facilitator() && (note.authorId() == null || note.authorId() != actor.personId())) {
            throw new Forbidden("note " + noteId);
        }
        return note;
    }

    private static void checkNote(Board board, String area, String text, String language, String owner, String timeFrame) {
        new Invalid.Collector()
                .check(area != null && board.area(area).isPresent(), "area", "invalid.choice", area)
                .text("text", text, true, NOTE_LENGTH)
                .check(Languages.isContentLanguage(language), "language", "invalid.language", language)
                .text("owner", owner, false, 200)
                .text("timeFrame", timeFrame, false, 200)
                .throwIfAny();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
