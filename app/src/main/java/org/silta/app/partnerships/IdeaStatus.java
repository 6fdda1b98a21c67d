package org.silta.app.partnerships;

/** An idea is open until a joint offer or partnership takes it up, or its owners drop it. */
public enum IdeaStatus {
    OPEN, TAKEN_UP, DROPPED
}
