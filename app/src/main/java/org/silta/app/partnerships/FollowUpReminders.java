package org.silta.app.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owners of open ideas, joint offers under way and running partnerships to follow them up,
 * at the dates {@link FollowUpSchedule} gives. Each reminder is sent once: its date is recorded with it.
 */
@Service
public class FollowUpReminders {

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Environment environment;
    private final Clock clock;

    FollowUpReminders(JdbcClient jdbc, ProgrammeCatalogue catalogue, ApplicationEventPublisher events, Environment environment,
                      Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
        this.environment = environment;
        this.clock = clock;
    }

    private record Open(String kind, long id, String title, long ownerId, Long eventId, LocalDate createdOn) {
    }

    @Scheduled(initialDelayString = "${silta.reminders.first:PT2M}", fixedDelayString = "${silta.reminders.every:PT1H}")
    void onSchedule() {
        sendDue();
    }

    /** Sends the reminders due by now; returns how many went out. */
    @Transactional
    public int sendDue() {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var sent = 0;
        for (var item : open()) {
            var anchor = item.eventId() == null ? item.createdOn()
                    : catalogue.eventById(item.eventId()).map(Event::endsOn).orElse(item.createdOn());
            var due = FollowUpSchedule.latestDue(anchor, item.createdOn(), today);
            if (due.isPresent() && record(item, due.get())) {
                events.publishEvent(new FollowUpDue(item.ownerId(), item.kind(), item.id(), item.title(),
                        ChronoUnit.DAYS.between(anchor, due.get()), baseUrl() + path(item)));
                sent++;
            }
        }
        return sent;
    }

    private boolean record(Open item, LocalDate due) {
        return jdbc.sql("""
                insert into follow_up_reminder (item_kind, item_id, due_on, sent_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(item.kind(), item.id(), Rows.sqlDate(due), Timestamp.from(clock.instant())).update() == 1;
    }

    private java.util.List<Open> open() {
        return jdbc.sql("""
                select 'IDEA' as kind, i.id, i.title, i.owner_id, i.event_id, i.created_at from collaboration_idea i
                 where i.status = 'OPEN' and i.owner_id is not null
                union all
                select 'OFFER', o.id, o.title, o.owner_id, i.event_id, o.created_at from joint_offer o
                  left join collaboration_idea i on i.id = o.idea_id
                 where o.status in ('DRAFTING', 'SUBMITTED') and o.owner_id is not null
                union all
                select 'PARTNERSHIP', p.id, p.title -> 'texts' ->> (p.title ->> 'fallback'), p.owner_id,
                       coalesce(i.event_id, oi.event_id), p.created_at from partnership p
                  left join collaboration_idea i on i.id = p.idea_id
                  left join joint_offer o on o.id = p.offer_id
                  left join collaboration_idea oi on oi.id = o.idea_id
                 where p.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION') and p.owner_id is not null""")
                .query((rs, row) -> new Open(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        Rows.nullableLong(rs, "event_id"),
                        LocalDate.ofInstant(rs.getTimestamp("created_at").toInstant(), ZoneOffset.UTC)))
                .list();
    }

    private static String path(Open item) {
        return switch (item.kind()) {
            case "IDEA" -> "/ideas/" + item.id();
            case "OFFER" -> "/offers/" + item.id();
            default -> "/partnerships/" + item.id();
        };
    }

    private String baseUrl() {
        var configured = environment.getProperty("silta.base-url", "");
        return configured.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) : configured.replaceAll("/+$", "");
    }
}
