package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.silta.engine.scheduling.CandidateSlots;
import org.silta.engine.scheduling.Meeting;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.MeetingScheduler;
import org.silta.engine.scheduling.Participant;
import org.silta.engine.scheduling.Schedule;
import org.silta.engine.scheduling.Slot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's "schedule all": the engine places every accepted request in a slot both people
 * have within their working hours, as a draft with its proven gap to the best possible and a fairness
 * summary; the organiser reviews and publishes it. A later draft keeps every published meeting where it is.
 */
@Service
public class MeetingSchedules {

    static final double SECONDS = 2.0;

    private final JdbcClient jdbc;
    private final MatchmakingEvent events;
    private final MatchmakingSetup setup;
    private final MeetingRequests requests;
    private final RegistrationBook registrations;
    private final Accounts accounts;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    MeetingSchedules(JdbcClient jdbc, MatchmakingEvent events, MatchmakingSetup setup, MeetingRequests requests,
                     RegistrationBook registrations, Accounts accounts, ApplicationEventPublisher publisher,
                     AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.setup = setup;
        this.requests = requests;
        this.registrations = registrations;
        this.accounts = accounts;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Status { DRAFT, PUBLISHED, SUPERSEDED, DISCARDED }

    /**
     * A schedule and how good it is: weight against the proven bound, the people with accepted
     * requests who got no meeting, and the fewest meetings anyone with a request got.
     */
    public record Summary(long id, long eventId, Status status, Long basedOn, Instant createdAt, long weight, long upperBound,
                          boolean optimal, int meetings, int requests, int participants, int withoutMeeting,
                          int fewestMeetings, double seconds) {
        public double gapPercent() {
            return upperBound == 0 ? 0 : 100.0 * (upperBound - weight) / upperBound;
        }
    }

    /** One scheduled meeting: the request it holds, its slot, and its table when slots have a capacity. */
    public record Placement(long requestId, long slotId, Integer table) {
    }

    @Transactional
    public Summary draft(long eventId, SignedIn me) {
        var event = events.managed(eventId, me);
        var slots = setup.slots(eventId);
        if (slots.isEmpty()) {
            throw Invalid.of("slots", "invalid.no-slots");
        }
        var accepted = requests.accepted(eventId);
        var published = published(eventId);
        var instance = instance(eventId, slots, accepted);
        if (published.isPresent()) {
            instance = MeetingScheduler.pinPublished(instance, engineSchedule(placements(published.get().id())));
        }
        var schedule = MeetingScheduler.solve(instance, new MeetingScheduler.Options(SECONDS, eventId));
        var id = store(eventId, published.map(Summary::id).orElse(null), schedule, accepted, me);
        audit.record(me.id(), event.programmeId(), "matchmaking.schedule.drafted", "event " + eventId, "schedule " + id);
        return summary(id);
    }

    /**
     * Publishes a draft. Only a draft made from the schedule that is published now can be published,
     * so two organisers publishing at once cannot both succeed.
     */
    @Transactional
    public Summary publish(long scheduleId, SignedIn me) {
        var draft = summary(scheduleId);
        var event = events.managed(draft.eventId(), me);
        jdbc.sql("select id from event where id = ? for update").param(draft.eventId()).query(Long.class).single();
        var current = published(draft.eventId());
        var basedOnCurrent = current.map(c -> c.id() == (draft.basedOn() == null ? -1 : draft.basedOn())).orElse(draft.basedOn() == null);
        if (draft.status() != Status.DRAFT || !basedOnCurrent) {
            throw Invalid.of("schedule", "invalid.schedule-outdated");
        }
        var before = current.map(c -> placements(c.id())).orElse(List.of());
        current.ifPresent(c -> setStatus(c.id(), Status.SUPERSEDED));
        jdbc.sql("update mm_schedule set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), scheduleId).update();
        audit.record(me.id(), event.programmeId(), "matchmaking.schedule.published", "event " + draft.eventId(),
                "schedule " + scheduleId);
        publisher.publishEvent(new MeetingsPublished(draft.eventId(), scheduleId, changedPeople(before, placements(scheduleId))));
        return summary(scheduleId);
    }

    @Transactional
    public void discard(long scheduleId, SignedIn me) {
        var draft = summary(scheduleId);
        events.managed(draft.eventId(), me);
        if (draft.status() == Status.DRAFT) {
            setStatus(scheduleId, Status.DISCARDED);
        }
    }

    public Optional<Summary> published(long eventId) {
        return jdbc.sql("select id from mm_schedule where event_id = ? and status = 'PUBLISHED'").param(eventId)
                .query(Long.class).optional().map(this::summary);
    }

    public Optional<Summary> latestDraft(long eventId) {
        return jdbc.sql("select id from mm_schedule where event_id = ? and status = 'DRAFT' order by id desc limit 1")
                .param(eventId).query(Long.class).optional().map(this::summary);
    }

    public Summary summary(long scheduleId) {
        return jdbc.sql("select * from mm_schedule where id = ?").param(scheduleId)
                .query((rs, row) -> new Summary(rs.getLong("id"), rs.getLong("event_id"), Status.valueOf(rs.getString("status")),
                        (Long) rs.getObject("based_on"), rs.getTimestamp("created_at").toInstant(), rs.getLong("weight"),
                        rs.getLong("upper_bound"), rs.getBoolean("optimal"), rs.getInt("meetings"), rs.getInt("requests"),
                        rs.getInt("participants"), rs.getInt("without_meeting"), rs.getInt("fewest_meetings"),
                        rs.getDouble("seconds")))
                .optional().orElseThrow(() -> new NotFound("schedule " + scheduleId));
    }

    public List<Placement> placements(long scheduleId) {
        return jdbc.sql("select request_id, slot_id, table_no from mm_meeting where schedule_id = ? order by slot_id, table_no")
                .param(scheduleId).query((rs, row) -> new Placement(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3)))
                .list();
    }

    /** Every confirmed participant is available in the slots inside their own working hours. */
    private MeetingInstance instance(long eventId, List<MatchmakingSetup.Slot> slots, List<MeetingRequests.Request> accepted) {
        var engineSlots = slots.stream().map(slot -> new Slot(Long.toString(slot.id()), slot.start(), slot.minutes(),
                slot.capacity() == null ? Slot.UNLIMITED : slot.capacity())).toList();
        var people = new HashSet<Long>();
        accepted.forEach(request -> {
            people.add(request.from());
            people.add(request.to());
        });
        var zones = accounts.all(people);
        var working = CandidateSlots.officeHours();
        var participants = people.stream().map(person -> {
            var zone = zones.containsKey(person) ? zones.get(person).timeZone() : "UTC";
            return new Participant(Long.toString(person), working.workingSlots(ZoneId.of(zone), engineSlots),
                    Participant.NO_LIMIT, zone);
        }).toList();
        var meetingRequests = accepted.stream().map(request -> new MeetingRequest(Long.toString(request.id()),
                List.of(Long.toString(request.from()), Long.toString(request.to())))).toList();
        return new MeetingInstance("event-" + eventId, engineSlots, participants, meetingRequests);
    }

    private long store(long eventId, Long basedOn, Schedule schedule, List<MeetingRequests.Request> accepted, SignedIn me) {
        var perPerson = new HashMap<Long, Integer>();
        var byId = new HashMap<Long, MeetingRequests.Request>();
        accepted.forEach(request -> {
            byId.put(request.id(), request);
            perPerson.putIfAbsent(request.from(), 0);
            perPerson.putIfAbsent(request.to(), 0);
        });
        schedule.meetings().forEach(meeting -> {
            var request = byId.get(Long.valueOf(meeting.request()));
            perPerson.merge(request.from(), 1, Integer::sum);
            perPerson.merge(request.to(), 1, Integer::sum);
        });
        var without = (int) perPerson.values().stream().filter(count -> count == 0).count();
        var fewest = perPerson.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        var id = jdbc.sql("""
                insert into mm_schedule (event_id, status, based_on, created_by, created_at, weight, upper_bound, optimal,
                  meetings, requests, participants, without_meeting, fewest_meetings, seconds)
                values (?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, basedOn, me.id(), Timestamp.from(clock.instant()), schedule.stats().scheduledWeight(),
                        schedule.upperBound(), schedule.stats().optimal(), schedule.meetings().size(), accepted.size(),
                        perPerson.size(), without, fewest, schedule.stats().seconds())
                .query(Long.class).single();
        for (var meeting : schedule.meetings()) {
            jdbc.sql("insert into mm_meeting (schedule_id, request_id, slot_id, table_no) values (?, ?, ?, ?)")
                    .params(id, Long.valueOf(meeting.request()), Long.valueOf(meeting.slot()), meeting.table()).update();
        }
        return id;
    }

    private void setStatus(long scheduleId, Status status) {
        jdbc.sql("update mm_schedule set status = ? where id = ?").params(status.name(), scheduleId).update();
    }

    private Set<Long> changedPeople(List<Placement> before, List<Placement> after) {
        var was = new HashMap<Long, Placement>();
        before.forEach(p -> was.put(p.requestId(), p));
        var changed = new HashSet<Long>();
        for (var placement : after) {
            if (!placement.equals(was.get(placement.requestId()))) {
                var request = requests.get(placement.requestId());
                changed.add(request.from());
                changed.add(request.to());
            }
        }
        return changed;
    }

    private static Schedule engineSchedule(List<Placement> placements) {
        var meetings = new ArrayList<Meeting>();
        placements.forEach(p -> meetings.add(new Meeting(Long.toString(p.requestId()), Long.toString(p.slotId()), p.table())));
        return new Schedule(meetings, List.of(), List.of(), 0, null);
    }

    static Map<Long, Placement> byRequest(List<Placement> placements) {
        var result = new HashMap<Long, Placement>();
        placements.forEach(p -> result.put(p.requestId(), p));
        return result;
    }
}
