package org.silta.app.boards;

/** Where a board's work stands; the facilitator moves it on. */
public enum Phase {
    WRITE, REVEAL, GROUP, VOTE, DISCUSS, CLOSED;

    public boolean allowsWriting() {
        return this == WRITE;
    }

    public boolean allowsEditing() {
        return this == WRITE || this == REVEAL || this == GROUP;
    }

    /** Facilitators edit and delete in every phase but the last. */
    public boolean allowsEditingNow(boolean facilitator) {
        return facilitator ? this != CLOSED : allowsEditing();
    }

    public boolean allowsGrouping() {
        return this == GROUP;
    }

    public boolean allowsComments() {
        return this == REVEAL || this == GROUP || this == VOTE || this == DISCUSS;
    }

    public boolean allowsVoting() {
        return this == VOTE;
    }
}
