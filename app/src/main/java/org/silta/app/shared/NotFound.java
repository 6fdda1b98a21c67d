package org.silta.app.shared;

/** What was asked for does not exist, or the asker may not know that it does. */
public final class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
