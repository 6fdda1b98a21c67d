package org.silta.app.realtime;

/** One numbered event on a topic, sent to browsers as a Server-Sent Event with {@code seq} as its id. */
public record LiveEvent(long seq, String name, String data) {
}
