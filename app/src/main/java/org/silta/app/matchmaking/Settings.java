package org.silta.app.matchmaking;

/**
 * How matchmaking runs at an event: how many requests a person may send, how long a request waits
 * for an answer, how long meetings last, where online meetings happen, and who may meet whom.
 *
 * @param videoPattern a web address with {event} and {meeting} in it, e.g. https://meet.jit.si/silta-{event}-{meeting};
 *                     null for in-person events, where meetings get table numbers
 */
public record Settings(int requestBudget, int requestHours, int meetingMinutes, String videoPattern, WhoMeetsWhom rule) {

    static Settings defaults() {
        return new Settings(10, 72, 20, "https://meet.jit.si/silta-{event}-{meeting}", WhoMeetsWhom.ANYONE);
    }

    public String videoRoom(long eventId, long meetingId) {
        return videoPattern == null || videoPattern.isBlank() ? null
                : videoPattern.replace("{event}", Long.toString(eventId)).replace("{meeting}", Long.toString(meetingId));
    }
}
