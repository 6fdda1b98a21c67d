package org.silta.app.partnerships;

import java.time.LocalDate;
import java.util.Optional;

/** When follow-up reminders fall due: 30 and 90 days after the event, then every quarter. */
final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    /** The n-th reminder date (0: +30 days, 1: +90 days, 2: +90 days and three months, ...). */
    static LocalDate due(LocalDate anchor, int n) {
        return n == 0 ? anchor.plusDays(30) : anchor.plusDays(90).plusMonths(3L * (n - 1));
    }

    /**
     * The latest reminder date that has come by {@code today} and not before the item existed ({@code since}):
     * a job that did not run for a while sends one reminder, not every one it missed.
     */
    static Optional<LocalDate> latestDue(LocalDate anchor, LocalDate since, LocalDate today) {
        LocalDate latest = null;
        for (int n = 0; !due(anchor, n).isAfter(today); n++) {
            latest = due(anchor, n);
        }
        return latest == null || latest.isBefore(since) ? Optional.empty() : Optional.of(latest);
    }
}
