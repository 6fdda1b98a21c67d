package org.silta.engine.scheduling;

import java.util.List;

/** The scheduler's answer, shaped as the result file of the meeting-schedule contract. */
public record Schedule(List<Meeting> meetings, List<String> unscheduled, List<Conflict> conflicts,
                       long upperBound, ScheduleStats stats) {
}
