package org.silta.app.realtime;

import java.util.List;

/**
 * Where a module keeps a topic's numbered events, e.g. one board's operation log. {@link LiveUpdates} reads them
 * from the database on every node, so what a browser receives is what was saved.
 */
public interface LiveTopic {

    /** Whether this source holds the topic, e.g. "board:12". */
    boolean serves(String topic);

    /** The events after {@code after}, in order, at most {@code limit}. */
    List<LiveEvent> since(String topic, long after, int limit);

    /** The topic's last sequence number. */
    long latest(String topic);
}
