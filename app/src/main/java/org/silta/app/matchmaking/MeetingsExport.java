package org.silta.app.matchmaking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Countries;
import org.silta.app.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An event's published meetings as the organiser's table: when (in the event's zone), where, who met whom from
 * which organisation and country, and what the two said afterwards.
 */
@Service
class MeetingsExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final MatchmakingEvent events;
    private final MatchmakingSetup setup;
    private final RegistrationBook registrations;
    private final Accounts accounts;
    private final MessageSource messages;

    MeetingsExport(JdbcClient jdbc, MatchmakingEvent events, MatchmakingSetup setup, RegistrationBook registrations,
                   Accounts accounts, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.setup = setup;
        this.registrations = registrations;
        this.accounts = accounts;
        this.messages = messages;
    }

    private record Row(long requestId, long from, long to, Instant start, int minutes, Integer table, int answers,
                       int useful, int followUps) {
    }

    Table of(long eventId, SignedIn me, Locale locale) {
        var event = events.managed(eventId, me);
        var zone = ZoneId.of(event.timeZone());
        var rows = jdbc.sql("""
                select r.id, r.from_person, r.to_person, s.starts_at, s.minutes, m.table_no,
                       count(f.person_id), count(*) filter (where f.useful), count(*) filter (where f.follow_up)
                from mm_meeting m join mm_schedule sc on sc.id = m.schedule_id and sc.status = 'PUBLISHED'
                join mm_request r on r.id = m.request_id and r.status = 'ACCEPTED'
                join mm_slot s on s.id = m.slot_id
                left join mm_feedback f on f.request_id = r.id
                where r.event_id = ?
                group by r.id, r.from_person, r.to_person, s.starts_at, s.minutes, m.table_no
                order by s.starts_at, m.table_no nulls last, r.id""").param(eventId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                        rs.getInt(5), (Integer) rs.getObject(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))).list();
        Map<Long, RegistrationBook.Entry> entries = registrations.confirmed(eventId).stream()
                .collect(Collectors.toMap(RegistrationBook.Entry::personId, Function.identity(), (a, b) -> a));
        var settings = setup.settings(eventId);
        var headers = new ArrayList<String>();
        for (var key : List.of("start", "end", "zone", "place", "person-a", "organisation-a", "country-a", "person-b",
                "organisation-b", "country-b", "answers", "useful", "follow-ups")) {
            headers.add(messages.getMessage("meetings.export." + key, null, locale));
        }
        var table = new ArrayList<List<String>>();
        for (var row : rows) {
            var room = settings.videoRoom(eventId, row.requestId());
            var place = room != null ? room : row.table() == null ? "" : "#" + row.table();
            var cells = new ArrayList<>(List.of(TIME.format(row.start().atZone(zone)),
                    TIME.format(row.start().plusSeconds(row.minutes() * 60L).atZone(zone)), zone.getId(), place));
            cells.addAll(person(row.from(), entries, locale));
            cells.addAll(person(row.to(), entries, locale));
            cells.addAll(List.of(String.valueOf(row.answers()), String.valueOf(row.useful()), String.valueOf(row.followUps())));
            table.add(cells);
        }
        return new Table(messages.getMessage("meetings.export.title", new Object[] {event.title().in(locale)}, locale),
                headers, table);
    }

    private List<String> person(long personId, Map<Long, RegistrationBook.Entry> entries, Locale locale) {
        var entry = entries.get(personId);
        if (entry == null) {
            return List.of(accounts.find(personId).map(person -> person.name()).orElse(""), "", "");
        }
        return List.of(entry.name(), entry.organisation() == null ? "" : entry.organisation(),
                entry.country() == null ? "" : Countries.name(entry.country(), locale));
    }
}
