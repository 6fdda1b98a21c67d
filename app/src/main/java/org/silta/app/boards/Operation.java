package org.silta.app.boards;

/** What someone does on a board. Each is saved with the board's next sequence number before it is acknowledged. */
public sealed interface Operation {

    /** {@code language} null: the language is detected from the text. */
    record AddNote(String area, String text, String language, String owner, String timeFrame) implements Operation {
    }

    record EditNote(long noteId, String text, String language, String owner, String timeFrame) implements Operation {
    }

    record DeleteNote(long noteId) implements Operation {
    }

    /** To another area, into a cluster ({@code clusterId}) or out of one (null). */
    record MoveNote(long noteId, String area, Long clusterId) implements Operation {
    }

    /** A cluster with a title, and the notes to move into it at once (a confirmed suggestion), if any. */
    record AddCluster(String area, String title, java.util.List<Long> noteIds) implements Operation {

        public AddCluster {
            noteIds = noteIds == null ? java.util.List.of() : java.util.List.copyOf(noteIds);
        }

        public AddCluster(String area, String title) {
            this(area, title, java.util.List.of());
        }
    }

    record RenameCluster(long clusterId, String title) implements Operation {
    }

    record AddComment(long noteId, String text, String language) implements Operation {
    }

    record Vote(long noteId) implements Operation {
    }

    record Unvote(long noteId) implements Operation {
    }

    record ChangePhase(Phase phase) implements Operation {
    }

    record Lock(boolean locked) implements Operation {
    }

    record HideNote(long noteId, boolean hidden) implements Operation {
    }

    /** Everyone's view moves to the area; null lets everyone look where they like. */
    record Focus(String area) implements Operation {
    }

    /** A countdown on server time; 0 stops it. */
    record StartTimer(int minutes) implements Operation {
    }

    default boolean facilitatorsOnly() {
        return this instanceof ChangePhase || this instanceof Lock || this instanceof HideNote || this instanceof Focus
                || this instanceof StartTimer;
    }
}
