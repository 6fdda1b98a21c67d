package org.silta.app.programmes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Answers;
import org.silta.app.shared.Forbidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Who registered for an event: the organisers' full list, and the participant list people consented to. */
@Service
public class RegistrationBook {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;
    private final Access access;
    private final Registrations registrations;
    private final Accounts accounts;
    private final OrganisationRegistry organisations;

    RegistrationBook(JdbcClient jdbc, ProgrammeCatalogue catalogue, Access access, Registrations registrations,
                     Accounts accounts, OrganisationRegistry organisations) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.access = access;
        this.registrations = registrations;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** One line of the organisers' list. Name and email are empty once the person erased their account. */
    public record Entry(long id, Long personId, String name, String email, Long organisationId, String organisation,
                        String organisationType,
                        String country, String audienceGroup, RegistrationStatus status, List<Long> sessions,
                        Answers answers, boolean listed, Instant createdAt) {
    }

    /** One line of the participant list: only people who agreed to appear on it. */
    public record Participant(String name, String organisation, String country) {
    }

    public List<Entry> entries(long eventId, SignedIn me) {
        var event = catalogue.event(eventId, me);
        access.requireFollow(catalogue.programme(event.programmeId(), me), me);
        return entries(eventId);
    }

    List<Entry> entries(long eventId) {
        var rows = jdbc.sql("""
                select r.*, coalesce(array_agg(rs.session_id order by rs.session_id)
                                     filter (where rs.session_id is not null), '{}') as session_ids
                from registration r left join registration_session rs on rs.registration = r.id
                where r.event_id = ? group by r.id order by r.created_at, r.id""")
                .param(eventId).query(RegistrationBook::row).list();
        var people = accounts.all(rows.stream().map(Row::personId).filter(Objects::nonNull).distinct().toList());
        var orgs = organisations.all(rows.stream().map(Row::organisationId).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(row -> {
            var person = row.personId() == null ? null : people.get(row.personId());
            var organisation = row.organisationId() == null ? null : orgs.get(row.organisationId());
            return new Entry(row.id(), row.personId(), person == null ? "" : person.name(), person == null ? "" : person.email(),
                    row.organisationId(), organisation == null ? "" : organisation.name().fallbackText(), row.organisationType(),
                    row.country(),
                    row.audienceGroup(), row.status(), row.sessions(), row.answers(), row.listed(), row.createdAt());
        }).toList();
    }

    /**
     * The confirmed registrations of an event, with who they are, without a permission check: for
     * modules that work with an event's participants on Silta's behalf (matchmaking, reports).
     */
    public List<Entry> confirmed(long eventId) {
        return entries(eventId).stream()
                .filter(entry -> entry.status() == RegistrationStatus.CONFIRMED && entry.personId() != null).toList();
    }

    /** The participant list: confirmed people who consented, for the team and for the event's confirmed participants. */
    public List<Participant> participants(long eventId, SignedIn me) {
        var event = catalogue.event(eventId, me);
        var programme = catalogue.programme(event.programmeId(), me);
        var confirmed = me != null && registrations.findByEventIdAndPersonId(eventId, me.id())
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED).isPresent();
        if (!confirmed && !access.canFollow(programme, me)) {
            throw new Forbidden("participant list of event " + eventId);
        }
        return entries(eventId).stream()
                .filter(entry -> entry.listed() && entry.status() == RegistrationStatus.CONFIRMED && entry.personId() != null)
                .map(entry -> new Participant(entry.name(), entry.organisation(), entry.country()))
                .toList();
    }

    public Optional<Registration> mine(long eventId, SignedIn me) {
        return me == null ? Optional.empty() : registrations.findByEventIdAndPersonId(eventId, me.id());
    }

    public Optional<Registration> own(long registrationId, SignedIn me) {
        return registrations.findById(registrationId)
                .filter(registration -> registration.personId() != null && registration.personId() == me.id());
    }

    /** A person's active registrations, newest event first. */
    public List<Registration> of(long personId) {
        return registrations.findByPersonId(personId).stream().filter(r -> r.status().isActive()).toList();
    }

    /** Where a waiting registration stands on the waiting list (1 = next to move up). */
    public int waitingPosition(Registration registration) {
        return jdbc.sql("""
                select count(*) from registration where event_id = ? and status = 'WAITING'
                and (created_at, id) <= (?, ?)""")
                .params(registration.eventId(), java.sql.Timestamp.from(registration.createdAt()), registration.id())
                .query(Integer.class).single();
    }

    private record Row(long id, Long personId, Long organisationId, String organisationType, String country,
                       String audienceGroup, RegistrationStatus status, List<Long> sessions, Answers answers,
                       boolean listed, Instant createdAt) {
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        Array sessions = rs.getArray("session_ids");
        return new Row(rs.getLong("id"), (Long) rs.getObject("person_id"), (Long) rs.getObject("organisation_id"),
                rs.getString("organisation_type"),
                rs.getString("country"), rs.getString("audience_group"), RegistrationStatus.valueOf(rs.getString("status")),
                Arrays.stream((Long[]) sessions.getArray()).toList(),
                JSON.readValue(rs.getString("answers"), Answers.class), rs.getBoolean("listed"),
                rs.getTimestamp("created_at").toInstant());
    }
}
