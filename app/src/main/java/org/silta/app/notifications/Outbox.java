package org.silta.app.notifications;

/** Where Silta's emails go: an SMTP server, or the log when none is configured. */
interface Outbox {

    void send(String to, String subject, String body);
}
