package org.silta.app.partnerships;

/** What happened in a partnership's activity log. */
public enum ActivityKind {
    VISIT, REMOTE_MEETING, EXCHANGE, OTHER
}
