package org.silta.app.partnerships;

/** Where a collaboration idea came from: typed in, a board's note or cluster, or a meeting's follow-up. */
public enum IdeaSource {
    MANUAL, BOARD_NOTE, BOARD_CLUSTER, MEETING
}
