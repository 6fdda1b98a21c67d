package org.silta.app.programmes;

/** A registration got a new status; {@code promoted} when it moved up from the waiting list. */
public record RegistrationChanged(long registrationId, long eventId, Long personId, RegistrationStatus status,
                                  boolean promoted) {
}
