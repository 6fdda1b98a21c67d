package org.silta.app.programmes;

import java.time.Instant;
import java.util.List;

/**
 * Something else a person has on their agenda besides sessions (meetings, say). Modules that hold
 * such things implement it; the agenda page and the personal calendar feed show every source's entries.
 */
public interface AgendaSource {

    List<Entry> entriesFor(long personId);

    /**
     * @param zone the zone of the event the entry belongs to
     * @param link where the person acts on it (a video room), or null
     * @param page the Silta page about it
     */
    record Entry(String uid, String title, Instant start, Instant end, String zone, String with, String link, String page) {
    }
}
