package org.silta.app.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Attendance;
import org.silta.app.programmes.CoOrganiserRole;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.EventDetails;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeDetails;
import org.silta.app.programmes.ProgrammeEditing;
import org.silta.app.programmes.ProgrammeStatus;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.RegistrationSettings;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Answers;
import org.silta.app.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The demo's toolbox: it builds the five cases through Silta's own use cases, as an organiser would,
 * with invented people (seeded, so every demo is the same) and the real organisations and dates.
 */
@Component
class Demo {

    static final String DOMAIN = "demo.silta.example";

    private final Accounts accounts;
    private final OrganisationRegistry organisations;
    private final ProgrammeEditing programmes;
    private final EventEditing events;
    private final SessionEditing sessions;
    private final Registering registering;
    private final Attendance attendance;
    final DemoResults results;
    private final Random random = new Random(2021);
    private int people;
    SignedIn organiser;
    final DemoBoards boards;

    Demo(Accounts accounts, OrganisationRegistry organisations, ProgrammeEditing programmes, EventEditing events,
         SessionEditing sessions, Registering registering, Attendance attendance, DemoBoards boards,
         DemoResults results) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.programmes = programmes;
        this.events = events;
        this.sessions = sessions;
        this.registering = registering;
        this.attendance = attendance;
        this.boards = boards;
        this.results = results;
    }

    /** An invented person from the country, who has no password (only the two demo accounts have one). */
    SignedIn person(String country) {
        var names = DemoNames.of(country);
        var first = names.first().get(random.nextInt(names.first().size()));
        var last = names.last().get(random.nextInt(names.last().size()));
        var email = ascii(first + "." + last) + "." + (++people) + "@" + DOMAIN;
        var person = accounts.enrol(email, first + " " + last, names.locale(), names.zone(), names.languages());
        return new SignedIn(person.id(), person.email(), person.name(), false);
    }

    long organisation(String name, String language, String type, String country) {
        var entry = organisations.register(new OrganisationRegistry.Details(LocalizedText.of(language, name), type, country,
                null, null), organiser.id(), false);
        return entry.isCreated() ? entry.created().id() : entry.sameName().getFirst().id();
    }

    Programme programme(Map<String, String> title, Map<String, String> summary, String language, List<String> countries,
                        List<String> sectors) {
        var programme = programmes.create(new ProgrammeDetails(new LocalizedText(language, title),
                new LocalizedText(language, summary), language, countries, sectors), organiser);
        return programmes.changeStatus(programme.id(), ProgrammeStatus.OPEN, organiser);
    }

    void coOrganiser(Programme programme, long organisation, CoOrganiserRole role) {
        programmes.addCoOrganiser(programme.id(), organisation, role, organiser);
    }

    Event event(Programme programme, Map<String, String> title, String language, EventFormat format, String venue,
                String zone, LocalDate from, LocalDate to, Map<String, String> objectives, Map<String, String> background,
                Integer capacity, Eligibility eligibility) {
        return events.create(programme.id(), new EventDetails(new LocalizedText(language, title), format, venue,
                format.hasVideo() ? "https://meet.jit.si/silta-demo-" + programme.id() : null, zone, from, to,
                objectives == null ? null : new LocalizedText(language, objectives),
                background == null ? null : new LocalizedText(language, background)),
                new RegistrationSettings(capacity, false, false, true, eligibility), organiser);
    }

    /** Adds audience groups, returning their ids in order. */
    List<String> audiences(Event event, String language, String... names) {
        var updated = event;
        for (var name : names) {
            updated = events.addAudienceGroup(event.id(), LocalizedText.of(language, name), organiser);
        }
        return updated.audienceGroups().stream().map(Event.AudienceGroup::id).toList();
    }

    Session session(Event event, String language, String title, LocalDateTime start, LocalDateTime end, EventFormat format,
                    List<String> groups) {
        return sessions.create(event.id(), new SessionEditing.Details(LocalizedText.of(language, title), start, end, format,
                groups, Eligibility.everyone()), organiser);
    }

    void agenda(Session session, String language, AgendaKind kind, String title, int minutes, String speakers) {
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(kind, LocalizedText.of(language, title), minutes, speakers),
                organiser);
    }

    /** One registration; returns it so the caller can check the person in. */
    Registration register(Event event, SignedIn person, String organisation, String type, String country, String group,
                          List<Session> chosen) {
        return registering.register(event.id(), new Registration.Form(organisation, type, country, group,
                chosen.stream().map(Session::id).toList(), Answers.none(), random.nextInt(10) < 8, true), person);
    }

    /** Checks in about the given share of the registrations for the session, as an organiser's list would. */
    void attend(Session session, List<Registration> registrations, double share) {
        for (var registration : registrations) {
            if (registration.sessionIds().contains(session.id()) && random.nextDouble() < share) {
                attendance.checkIn(session.id(), registration.id(), organiser);
            }
        }
    }

    /** Registration closes and the programme gets its final status once its events have happened. */
    void close(Programme programme, List<Event> past, ProgrammeStatus status) {
        for (var event : past) {
            events.changeRegistration(event.id(), new RegistrationSettings(event.capacity(), false, false, false,
                    event.eligibility()), organiser);
        }
        programmes.changeStatus(programme.id(), status, organiser);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    List<Registration> crowd(Event event, int count, List<String> countries, List<Session> chosen, String group,
                             java.util.function.Function<String, String[]> organisationIn) {
        var result = new ArrayList<Registration>();
        for (int i = 0; i < count; i++) {
            var country = pick(countries);
            var organisation = organisationIn.apply(country);
            result.add(register(event, person(country), organisation[0], organisation[1], country, group, chosen));
        }
        return result;
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "")
                .toLowerCase();
    }
}
