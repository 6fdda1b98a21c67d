package org.silta.app.programmes;

/** Where a programme stands. Drafts are seen only by their team; the rest are public. */
public enum ProgrammeStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
