package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a meeting, each of its people says whether it was useful and whether a follow-up is planned;
 * organisers see the counts, and a planned follow-up starts the partnership pipeline.
 */
@Service
public class MeetingFeedback {

    private final JdbcClient jdbc;
    private final MyMeetings meetings;
    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook registrations;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    MeetingFeedback(JdbcClient jdbc, MyMeetings meetings, ProgrammeCatalogue catalogue, RegistrationBook registrations,
                    ApplicationEventPublisher publisher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public record Counts(int answers, int useful, int followUps) {
    }

    @Transactional
    public void answer(long requestId, boolean useful, boolean followUp, String note, SignedIn me) {
        var meeting = meetings.of(me.id()).stream().filter(m -> m.requestId() == requestId).findFirst()
                .orElseThrow(() -> new NotFound("meeting " + requestId));
        new Invalid.Collector()
                .check(!clock.instant().isBefore(meeting.start()), "feedback", "invalid.meeting-not-held")
                .text("note", note, false, 2000)
                .throwIfAny();
        jdbc.sql("""
                insert into mm_feedback (request_id, person_id, useful, follow_up, note, answered_at) values (?, ?, ?, ?, ?, ?)
                on conflict (request_id, person_id) do update set useful = excluded.useful, follow_up = excluded.follow_up,
                  note = excluded.note, answered_at = excluded.answered_at""")
                .params(requestId, me.id(), useful, followUp, note == null ? "" : note.strip(), Timestamp.from(clock.instant()))
                .update();
        var event = catalogue.eventById(meeting.eventId()).orElseThrow();
        audit.record(me.id(), event.programmeId(), "matchmaking.feedback", "event " + meeting.eventId(), "meeting " + requestId);
        if (followUp) {
            var organisations = new ArrayList<Long>();
            registrations.confirmed(meeting.eventId()).stream()
                    .filter(entry -> entry.personId() == me.id() || entry.personId() == meeting.withPerson())
                    .map(RegistrationBook.Entry::organisationId).filter(java.util.Objects::nonNull).distinct()
                    .forEach(organisations::add);
            publisher.publishEvent(new FollowUpPlanned(event.programmeId(), meeting.eventId(), requestId,
                    List.copyOf(organisations), me.id(), note == null ? "" : note.strip(),
                    "/events/" + meeting.eventId() + "/matchmaking#meeting-" + requestId));
        }
    }

    public Counts counts(long eventId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where f.useful), count(*) filter (where f.follow_up)
                from mm_feedback f join mm_request r on r.id = f.request_id where r.event_id = ?""")
                .param(eventId).query((rs, row) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    public boolean answered(long requestId, long personId) {
        return jdbc.sql("select count(*) from mm_feedback where request_id = ? and person_id = ?")
                .params(requestId, personId).query(Integer.class).single() > 0;
    }
}
