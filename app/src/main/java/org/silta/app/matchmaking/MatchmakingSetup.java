package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.silta.engine.scheduling.CandidateSlots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers set matchmaking up for an event: its rules, and the slots meetings can take place in. */
@Service
public class MatchmakingSetup {

    static final int MAX_SLOTS = 200;

    private final JdbcClient jdbc;
    private final MatchmakingEvent events;
    private final RegistrationBook registrations;
    private final Accounts accounts;
    private final AuditLog audit;

    MatchmakingSetup(JdbcClient jdbc, MatchmakingEvent events, RegistrationBook registrations, Accounts accounts,
                     AuditLog audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A time a meeting can take place in, and how many meetings fit in it at once (null: no limit). */
    public record Slot(long id, java.time.Instant start, int minutes, Integer capacity) {
        public java.time.Instant end() {
            return start.plusSeconds(minutes * 60L);
        }
    }

    public Settings settings(long eventId) {
        return jdbc.sql("select * from mm_settings where event_id = ?").param(eventId)
                .query((rs, row) -> new Settings(rs.getInt("request_budget"), rs.getInt("request_hours"),
                        rs.getInt("meeting_minutes"), rs.getString("video_pattern"),
                        WhoMeetsWhom.valueOf(rs.getString("who_meets_whom"))))
                .optional().orElse(Settings.defaults());
    }

    @Transactional
    public void change(long eventId, Settings settings, SignedIn me) {
        var event = events.managed(eventId, me);
        new Invalid.Collector()
                .check(settings.requestBudget() >= 1 && settings.requestBudget() <= 500, "requestBudget", "invalid.range", 1, 500)
                .check(settings.requestHours() >= 1 && settings.requestHours() <= 2160, "requestHours", "invalid.range", 1, 2160)
                .check(settings.meetingMinutes() >= 5 && settings.meetingMinutes() <= 240, "meetingMinutes", "invalid.range", 5, 240)
                .check(settings.rule() != null, "rule", "invalid.required")
                .url("videoPattern", settings.videoPattern())
                .throwIfAny();
        jdbc.sql("""
                insert into mm_settings (event_id, request_budget, request_hours, meeting_minutes, video_pattern, who_meets_whom)
                values (?, ?, ?, ?, ?, ?)
                on conflict (event_id) do update set request_budget = excluded.request_budget,
                  request_hours = excluded.request_hours, meeting_minutes = excluded.meeting_minutes,
                  video_pattern = excluded.video_pattern, who_meets_whom = excluded.who_meets_whom,
                  version = mm_settings.version + 1""")
                .params(eventId, settings.requestBudget(), settings.requestHours(), settings.meetingMinutes(),
                        settings.videoPattern() == null || settings.videoPattern().isBlank() ? null : settings.videoPattern().strip(),
                        settings.rule().name())
                .update();
        audit.record(me.id(), event.programmeId(), "matchmaking.settings", "event " + eventId, settings.toString());
    }

    public List<Slot> slots(long eventId) {
        return jdbc.sql("select * from mm_slot where event_id = ? order by starts_at").param(eventId)
                .query((rs, row) -> new Slot(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"),
                        (Integer) rs.getObject("capacity")))
                .list();
    }

    @Transactional
    public void addSlot(long eventId, LocalDateTime start, Integer capacity, SignedIn me) {
        var event = events.managed(eventId, me);
        new Invalid.Collector()
                .check(start != null, "slotStart", "invalid.date-time")
                .check(capacity == null || capacity > 0, "slotCapacity", "invalid.range", 1, 10000)
                .throwIfAny();
        var minutes = settings(eventId).meetingMinutes();
        insertSlot(eventId, start.atZone(ZoneId.of(event.timeZone())).toInstant(), minutes, capacity);
        audit.record(me.id(), event.programmeId(), "matchmaking.slot.added", "event " + eventId, start.toString());
    }

    /**
     * Proposes slots in the hours most of the event's participants share within their working day
     * (09-17 local, weekdays), over the event's dates, and adds them: the most shared first.
     */
    @Transactional
    public int proposeSlots(long eventId, int wanted, Integer capacity, SignedIn me) {
        var event = events.managed(eventId, me);
        new Invalid.Collector().check(wanted >= 1 && wanted <= MAX_SLOTS, "wanted", "invalid.range", 1, MAX_SLOTS).throwIfAny();
        var people = registrations.confirmed(eventId).stream().map(entry -> entry.personId()).toList();
        var zones = accounts.all(people).values().stream().map(person -> ZoneId.of(person.timeZone())).toList();
        if (zones.isEmpty()) {
            zones = List.of(ZoneId.of(event.timeZone()));
        }
        var minutes = settings(eventId).meetingMinutes();
        var proposals = CandidateSlots.officeHours().proposeAtLeast(zones, event.startsOn(), event.endsOn(), minutes, 1).stream()
                .sorted(Comparator.comparing(CandidateSlots.Proposal::inWorkingHours).reversed()
                        .thenComparing(CandidateSlots.Proposal::start))
                .toList();
        var existing = slots(eventId).stream().map(Slot::start).toList();
        var added = 0;
        for (var proposal : proposals) {
            if (added == wanted) {
                break;
            }
            if (!existing.contains(proposal.start())) {
                insertSlot(eventId, proposal.start(), minutes, capacity);
                added++;
            }
        }
        audit.record(me.id(), event.programmeId(), "matchmaking.slot.proposed", "event " + eventId, added + " slots");
        return added;
    }

    @Transactional
    public void removeSlot(long eventId, long slotId, SignedIn me) {
        var event = events.managed(eventId, me);
        var removed = jdbc.sql("delete from mm_slot where id = ? and event_id = ?").params(slotId, eventId).update();
        if (removed == 0) {
            throw new NotFound("slot " + slotId);
        }
        audit.record(me.id(), event.programmeId(), "matchmaking.slot.removed", "event " + eventId, "slot " + slotId);
    }

    private void insertSlot(long eventId, java.time.Instant start, int minutes, Integer capacity) {
        jdbc.sql("insert into mm_slot (event_id, starts_at, minutes, capacity) values (?, ?, ?, ?) on conflict do nothing")
                .params(eventId, Timestamp.from(start), minutes, capacity).update();
    }
}
