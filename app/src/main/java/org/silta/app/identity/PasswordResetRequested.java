package org.silta.app.identity;

/** Someone asked for a link to choose a new password; the link works for an hour. */
public record PasswordResetRequested(String email, String name, String locale, String link) {
}
