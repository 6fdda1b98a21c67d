package org.silta.engine.scheduling;

/**
 * How good the schedule is: its weight against the proven {@code upperBound} ({@code gap} is
 * (bound - weight) / bound), then the participants who meet, then the idle slots between
 * meetings on one day. {@code optimal} says the weight is proven to be the best possible.
 */
public record ScheduleStats(long scheduledWeight, int scheduledMeetings, int participantsWithMeetings,
                            int idleGaps, double gap, boolean optimal, double seconds) {
}
