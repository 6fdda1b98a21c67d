package org.silta.app.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.identity.Accounts;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.AgendaSource;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A person's published meetings: on their agenda, in their calendar feed, with a room or a table. */
@Service
public class MyMeetings implements AgendaSource {

    private final JdbcClient jdbc;
    private final MatchmakingSetup setup;
    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook registrations;
    private final Accounts accounts;

    MyMeetings(JdbcClient jdbc, MatchmakingSetup setup, ProgrammeCatalogue catalogue, RegistrationBook registrations,
               Accounts accounts) {
        this.jdbc = jdbc;
        this.setup = setup;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.accounts = accounts;
    }

    /** A meeting as one of its two people sees it. {@code place} is the video room, or the table number. */
    public record MyMeeting(long requestId, long eventId, String zone, Instant start, Instant end, long withPerson,
                            String withName, String withOrganisation, String withCountry, String place) {
    }

    public List<MyMeeting> of(long personId) {
        var rows = jdbc.sql("""
                select r.id, r.event_id, r.from_person, r.to_person, s.starts_at, s.minutes, m.table_no
                from mm_meeting m join mm_schedule sc on sc.id = m.schedule_id and sc.status = 'PUBLISHED'
                join mm_request r on r.id = m.request_id and r.status = 'ACCEPTED'
                join mm_slot s on s.id = m.slot_id
                where r.from_person = ? or r.to_person = ? order by s.starts_at""")
                .params(personId, personId)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getObject(7)})
                .list();
        var result = new ArrayList<MyMeeting>();
        var participants = new HashMap<Long, Map<Long, RegistrationBook.Entry>>();
        var settings = new HashMap<Long, Settings>();
        for (var row : rows) {
            var requestId = (long) row[0];
            var eventId = (long) row[1];
            var other = (long) row[2] == personId ? (long) row[3] : (long) row[2];
            var event = catalogue.eventById(eventId).orElseThrow();
            var entry = Optional.ofNullable(participants.computeIfAbsent(eventId, id -> registrations.confirmed(id).stream()
                    .collect(Collectors.toMap(RegistrationBook.Entry::personId, Function.identity(), (a, b) -> a))).get(other));
            var name = entry.map(RegistrationBook.Entry::name).orElseGet(() -> accounts.find(other).map(p -> p.name()).orElse(""));
            var start = (Instant) row[4];
            var room = settings.computeIfAbsent(eventId, setup::settings).videoRoom(eventId, requestId);
            var place = room != null ? room : row[6] == null ? null : "#" + row[6];
            result.add(new MyMeeting(requestId, eventId, event.timeZone(), start, start.plusSeconds((int) row[5] * 60L), other,
                    name, entry.map(RegistrationBook.Entry::organisation).orElse(""),
                    entry.map(RegistrationBook.Entry::country).orElse(""), place));
        }
        return result;
    }

    @Override
    public List<Entry> entriesFor(long personId) {
        return of(personId).stream().map(meeting -> new Entry("meeting-" + meeting.requestId(), meeting.withName(),
                meeting.start(), meeting.end(), meeting.zone(),
                meeting.withOrganisation().isEmpty() ? null : meeting.withOrganisation(), meeting.place(),
                "/events/" + meeting.eventId() + "/matchmaking#meeting-" + meeting.requestId())).toList();
    }
}
