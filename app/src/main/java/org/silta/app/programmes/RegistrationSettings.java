package org.silta.app.programmes;

/** How people register for an event: seats, approval, invitation, who is eligible. */
public record RegistrationSettings(Integer capacity, boolean requiresApproval, boolean invitationOnly, boolean open,
                                   Eligibility eligibility) {
}
