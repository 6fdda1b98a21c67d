package org.silta.app.reporting;

/**
 * How many meetings were asked for and held, for the KPIs and the programme funnel. The matchmaking
 * module provides it as a bean; until one exists, Silta counts no meetings.
 */
public interface MeetingFigures {

    MeetingFigures NONE = new MeetingFigures() {
        @Override
        public Meetings ofProgramme(long programmeId) {
            return new Meetings(0, 0);
        }

        @Override
        public Meetings ofEvent(long eventId) {
            return new Meetings(0, 0);
        }
    };

    Meetings ofProgramme(long programmeId);

    Meetings ofEvent(long eventId);

    /** Meeting requests made, and meetings that took place. */
    record Meetings(int requested, int held) {
    }
}
