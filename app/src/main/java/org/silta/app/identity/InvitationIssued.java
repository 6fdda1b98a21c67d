package org.silta.app.identity;

/** An organiser invited someone by email; the link lets them create an account and go on to {@code subject}. */
public record InvitationIssued(String email, String locale, String subject, String inviter, String message, String link) {
}
