package org.silta.app.programmes;

public enum RegistrationStatus {
    /** waits for an organiser's approval; holds no seat */
    PENDING,
    /** has a seat */
    CONFIRMED,
    /** on the waiting list; moves up when a seat frees */
    WAITING,
    CANCELLED,
    DECLINED;

    public boolean isActive() {
        return this == PENDING || this == CONFIRMED || this == WAITING;
    }
}
