package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.reporting.MeetingFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings asked for, and meetings held (published, accepted, and begun), for the figures and the funnel. */
@Component
class MatchmakingFigures implements MeetingFigures {

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    MatchmakingFigures(JdbcClient jdbc, ProgrammeCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Meetings ofProgramme(long programmeId) {
        return count(catalogue.events(programmeId).stream().map(Event::id).toList());
    }

    @Override
    public Meetings ofEvent(long eventId) {
        return count(List.of(eventId));
    }

    private Meetings count(List<Long> events) {
        var ids = events.toArray(Long[]::new);
        var requested = jdbc.sql("select count(*) from mm_request where event_id = any(?)").param(ids)
                .query(Integer.class).single();
        var held = jdbc.sql("""
                select count(*) from mm_meeting m
                join mm_schedule s on s.id = m.schedule_id and s.status = 'PUBLISHED'
                join mm_request r on r.id = m.request_id and r.status = 'ACCEPTED'
                join mm_slot t on t.id = m.slot_id
                where s.event_id = any(?) and t.starts_at <= ?""")
                .params(ids, Timestamp.from(clock.instant())).query(Integer.class).single();
        return new Meetings(requested, held);
    }
}
