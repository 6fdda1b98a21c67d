package org.silta.engine.scheduling;

import java.util.List;

/** An accepted meeting between two or more participants; {@code slot} (may be null) pins it there. */
public record MeetingRequest(String id, List<String> participants, int weight, String slot) {

    public MeetingRequest(String id, List<String> participants) {
        this(id, participants, 1, null);
    }
}
