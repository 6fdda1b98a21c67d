package org.silta.app.shared;

/** The signed-in person may not do or see this. */
public final class Forbidden extends RuntimeException {

    public Forbidden(String what) {
        super(what);
    }
}
