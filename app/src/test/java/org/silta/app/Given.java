package org.silta.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.EventDetails;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeDetails;
import org.silta.app.programmes.ProgrammeEditing;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.programmes.ProgrammeStatus;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.RegistrationSettings;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Answers;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Makes the people, programmes and events a test starts from, through Silta's own use cases. */
public class Given {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired Accounts accounts;
    @Autowired ProgrammeEditing programmes;
    @Autowired EventEditing events;
    @Autowired SessionEditing sessions;
    @Autowired Registering registering;

    public record Someone(long id, String email, String name, SignedIn signedIn) {
    }

    public Someone person(String name) {
        return person(name, "en", "Europe/Helsinki");
    }

    public Someone person(String name, String locale, String zone) {
        var email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + SEQUENCE.incrementAndGet() + "@example.org";
        var person = accounts.signUp(new Accounts.SignUp(email, name, PASSWORD, locale, zone, List.of("en")));
        return new Someone(person.id(), person.email(), person.name(), new SignedIn(person.id(), person.email(), person.name(), false));
    }

    public Someone admin(String name) {
        var someone = person(name);
        accounts.makePlatformAdmin(someone.id());
        return new Someone(someone.id(), someone.email(), someone.name(),
                new SignedIn(someone.id(), someone.email(), someone.name(), true));
    }

    /** An open programme run by the organiser. */
    public Programme programme(Someone organiser, String title) {
        var programme = programmes.create(new ProgrammeDetails(LocalizedText.of("en", title), null, "en",
                List.of("FI", "UZ"), List.of("teacher education")), organiser.signedIn());
        return programmes.changeStatus(programme.id(), ProgrammeStatus.OPEN, organiser.signedIn());
    }

    public void team(Programme programme, Someone organiser, Someone member, ProgrammeRole role) {
        programmes.putTeamMember(programme.id(), member.email(), role, organiser.signedIn());
    }

    public Event event(Someone organiser, Programme programme, String title, Integer capacity, Eligibility eligibility) {
        return events.create(programme.id(), new EventDetails(LocalizedText.of("en", title), EventFormat.ONLINE, null,
                        "https://meet.example.org/silta", "Europe/Helsinki", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10),
                        LocalizedText.of("en", "Find partners"), null),
                new RegistrationSettings(capacity, false, false, true, eligibility), organiser.signedIn());
    }

    public Session session(Someone organiser, Event event, String title, int startHour, int endHour) {
        return sessions.create(event.id(), new SessionEditing.Details(LocalizedText.of("en", title),
                LocalDateTime.of(2027, 3, 10, startHour, 0), LocalDateTime.of(2027, 3, 10, endHour, 0), EventFormat.ONLINE,
                List.of(), Eligibility.everyone()), organiser.signedIn());
    }

    /** A Finnish company's registration for every given session. */
    public Registration registration(Someone participant, Event event, Session... chosen) {
        return registering.register(event.id(), form("Oppimateriaali Oy", "PRIVATE_SECTOR", "FI", chosen),
                participant.signedIn());
    }

    public static Registration.Form form(String organisation, String type, String country, Session... chosen) {
        return new Registration.Form(organisation, type, country, null,
                java.util.Arrays.stream(chosen).map(Session::id).toList(), new Answers(Map.of()), true, true);
    }
}
