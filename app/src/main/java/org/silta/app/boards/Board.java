package org.silta.app.boards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.silta.app.shared.LocalizedText;

/**
 * A co-creation board on a group-work agenda item, as it stands after operation {@code seq}. A breakout group's
 * board has the plenary board as its {@code parentId} and names its {@code group}.
 */
public record Board(long id, long programmeId, long eventId, long sessionId, int agendaPosition, LocalizedText title,
                    List<Area> areas, BoardSettings settings, Phase phase, boolean locked, String focusArea,
                    Instant timerEndsAt, long seq, Long parentId, Group group) {

    /** Group {@code number} of breakout round {@code round}, with its theme if the groups have themes. */
    public record Group(int round, int number, String theme) {
    }

    public Optional<Area> area(String key) {
        return areas.stream().filter(area -> area.key().equals(key)).findFirst();
    }

    /** While the board hides notes until reveal, each writer sees only their own. */
    public boolean hidesNotes() {
        return settings.hiddenWriting() && phase == Phase.WRITE;
    }

    public String topic() {
        return BoardLog.TOPIC_PREFIX + id;
    }
}
