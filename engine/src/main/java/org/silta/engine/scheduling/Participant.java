package org.silta.engine.scheduling;

import java.util.Set;

/**
 * A person who meets. {@code available} null means every slot; {@code maxMeetings}
 * {@link #NO_LIMIT} means no limit; {@code timeZone} (may be null) decides which slots share a day.
 */
public record Participant(String id, Set<String> available, int maxMeetings, String timeZone) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public Participant(String id) {
        this(id, null, NO_LIMIT, null);
    }
}
