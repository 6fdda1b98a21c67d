package org.silta.app.programmes;

/** A person's part in running a programme. Participants are those registered for its events. */
public enum ProgrammeRole {
    /** runs the programme: edits it, its events and registrations */
    ORGANISER,
    /** runs sessions: checks people in, sees who registered */
    FACILITATOR,
    /** follows the programme: sees registrations, counts and the audit log, changes nothing */
    OBSERVER
}
