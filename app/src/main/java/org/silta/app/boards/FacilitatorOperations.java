package org.silta.app.boards;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silta.app.shared.Invalid;
import org.springframework.stereotype.Component;

/** What only facilitators do: move the phase on, lock, hide a note, focus everyone on an area, run the timer. */
@Component
class FacilitatorOperations {

    private final Boards boards;
    private final NoteRows rows;
    private final NotePayloads payloads;
    private final Clock clock;

    FacilitatorOperations(Boards boards, NoteRows rows, NotePayloads payloads, Clock clock) {
        this.boards = boards;
        this.rows = rows;
        this.payloads = payloads;
        this.clock = clock;
    }

    BoardActions.Outcome apply(Board board, Operation operation) {
        return switch (operation) {
            case Operation.ChangePhase change -> {
                new Invalid.Collector().check(change.phase() != null, "phase", "invalid.required").throwIfAny();
                boards.change(board.id(), change.phase(), board.locked(), board.focusArea(), board.timerEndsAt());
                yield new BoardActions.Outcome("phase.changed", null, Map.of("phase", change.phase().name()),
                        change.phase().name());
            }
            case Operation.Lock lock -> {
                boards.change(board.id(), board.phase(), lock.locked(), board.focusArea(), board.timerEndsAt());
                yield new BoardActions.Outcome(lock.locked() ? "locked" : "unlocked", null, Map.of("locked", lock.locked()), "");
            }
            case Operation.Focus focus -> {
                var area = focus.area() == null || focus.area().isBlank() ? null : focus.area();
                new Invalid.Collector().check(area == null || board.area(area).isPresent(), "area", "invalid.choice", area)
                        .throwIfAny();
                boards.change(board.id(), board.phase(), board.locked(), area, board.timerEndsAt());
                var payload = new LinkedHashMap<String, Object>();
                payload.put("area", area);
                yield new BoardActions.Outcome("focused", null, payload, area == null ? "" : area);
            }
            case Operation.StartTimer timer -> {
                new Invalid.Collector().check(timer.minutes() >= 0 && timer.minutes() <= 180, "minutes", "invalid.range", 0, 180)
                        .throwIfAny();
                var endsAt = timer.minutes() == 0 ? null : clock.instant().plus(Duration.ofMinutes(timer.minutes()));
                boards.change(board.id(), board.phase(), board.locked(), board.focusArea(), endsAt);
                var payload = new LinkedHashMap<String, Object>();
                payload.put("endsAt", endsAt == null ? null : endsAt.toString());
                yield new BoardActions.Outcome("timer", null, payload, String.valueOf(timer.minutes()));
            }
            case Operation.HideNote hide -> {
                var note = rows.note(board, hide.noteId());
                rows.hideNote(note.id(), hide.hidden());
                var payload = hide.hidden() ? Map.<String, Object>of("id", note.id(), "moderated", true)
                        : payloads.of(board, rows.note(board, note.id()));
                yield new BoardActions.Outcome(hide.hidden() ? "note.hidden" : "note.shown", note.id(), payload,
                        "note " + note.id());
            }
            default -> throw new IllegalArgumentException("not a facilitator's operation: " + operation);
        };
    }
}
