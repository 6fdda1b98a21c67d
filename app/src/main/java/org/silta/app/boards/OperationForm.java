package org.silta.app.boards;

import org.silta.app.shared.FormValues;
import org.silta.app.shared.Invalid;

/** Reads an operation from a submitted form: the page's buttons and the board's script send the same fields. */
final class OperationForm {

    private OperationForm() {
    }

    /** A note's or comment's language left blank is detected from its text. */
    static Operation read(FormValues form) {
        var language = form.text("language").isBlank() ? null : form.text("language");
        return switch (form.text("op")) {
            case "note.add" -> new Operation.AddNote(form.text("area"), form.text("text"), language, form.text("owner"),
                    form.text("timeFrame"));
            case "note.edit" -> new Operation.EditNote(id(form, "noteId"), form.text("text"), language, form.text("owner"),
                    form.text("timeFrame"));
            case "note.delete" -> new Operation.DeleteNote(id(form, "noteId"));
            case "note.move" -> move(form);
            case "cluster.add" -> new Operation.AddCluster(form.text("area"), form.text("title"), form.ids("noteIds"));
            case "cluster.rename" -> new Operation.RenameCluster(id(form, "clusterId"), form.text("title"));
            case "comment.add" -> new Operation.AddComment(id(form, "noteId"), form.text("text"), language);
            case "vote.add" -> new Operation.Vote(id(form, "noteId"));
            case "vote.remove" -> new Operation.Unvote(id(form, "noteId"));
            case "phase" -> new Operation.ChangePhase(phase(form.text("phase")));
            case "lock" -> new Operation.Lock(form.checked("locked"));
            case "note.hide" -> new Operation.HideNote(id(form, "noteId"), form.checked("hidden"));
            case "focus" -> new Operation.Focus(form.text("area"));
            case "timer" -> new Operation.StartTimer(form.integer("minutes") == null ? 0 : form.integer("minutes"));
            default -> throw Invalid.of("op", "invalid.choice", form.text("op"));
        };
    }

    /** "Move to...": the target is an area ("area:threats") or a cluster ("cluster:12"). */
    private static Operation move(FormValues form) {
        var target = form.text("target");
        if (target.startsWith("cluster:")) {
            return new Operation.MoveNote(id(form, "noteId"), null, number(target.substring(8), "target"));
        }
        return new Operation.MoveNote(id(form, "noteId"), target.startsWith("area:") ? target.substring(5) : form.text("area"),
                null);
    }

    private static long id(FormValues form, String field) {
        return number(form.text(field), field);
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Invalid.of(field, "invalid.required");
        }
    }

    private static Phase phase(String value) {
        try {
            return Phase.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Invalid.of("phase", "invalid.choice", value);
        }
    }
}
