package org.silta.app.programmes;

public enum EventFormat {
    ONLINE, IN_PERSON, HYBRID;

    public boolean hasVideo() {
        return this != IN_PERSON;
    }

    public boolean hasVenue() {
        return this != ONLINE;
    }
}
