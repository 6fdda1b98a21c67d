package org.silta.app.programmes;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.silta.app.identity.Accounts;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Service;

/** Sessions as iCalendar (RFC 5545): one session's file, and a person's feed of the sessions they registered for. */
@Service
public class SessionCalendar {

    private final Events events;
    private final Sessions sessions;
    private final Registrations registrations;
    private final Accounts accounts;
    private final List<AgendaSource> sources;

    SessionCalendar(Events events, Sessions sessions, Registrations registrations, Accounts accounts,
                    List<AgendaSource> sources) {
        this.sources = sources;
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.accounts = accounts;
    }

    public String of(Session session, Locale locale, String baseUrl) {
        return calendar(List.of(session), locale, baseUrl).toString();
    }

    /** The feed behind a person's private calendar link: every session of their confirmed registrations. */
    public String feed(String token, String baseUrl) {
        var person = accounts.byCalendarToken(token).orElseThrow(() -> new NotFound("calendar"));
        var chosen = registrations.findByPersonId(person.id()).stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                .flatMap(registration -> registration.sessionIds().stream())
                .distinct()
                .map(sessions::findById).flatMap(java.util.Optional::stream)
                .toList();
        var calendar = calendar(chosen, Locale.forLanguageTag(person.locale()), baseUrl);
        sources.stream().flatMap(source -> source.entriesFor(person.id()).stream())
                .forEach(entry -> calendar.add(entry(entry, baseUrl)));
        return calendar.toString();
    }

    /** One entry of another agenda source (a meeting, say) as its own iCalendar file. */
    public String of(AgendaSource.Entry entry, String baseUrl) {
        var calendar = new Calendar().withProdId("-//Silta//Silta//EN").withDefaults().getFluentTarget();
        calendar.add(entry(entry, baseUrl));
        return calendar.toString();
    }

    private static VEvent entry(AgendaSource.Entry entry, String baseUrl) {
        var vevent = new VEvent(entry.start(), entry.end(), entry.title());
        vevent.add(new Uid(entry.uid() + "@silta"));
        vevent.add(new Url(URI.create(baseUrl + entry.page())));
        if (entry.link() != null) {
            vevent.add(new Location(entry.link()));
        }
        if (entry.with() != null) {
            vevent.add(new Description(entry.with()));
        }
        return vevent;
    }

    private Calendar calendar(Collection<Session> chosen, Locale locale, String baseUrl) {
        var calendar = new Calendar().withProdId("-//Silta//Silta//EN").withDefaults().getFluentTarget();
        for (var session : chosen) {
            var event = events.findById(session.eventId()).orElseThrow();
            var title = event.title().in(locale) + ": " + session.title().in(locale);
            var entry = new VEvent(session.startsAt(), session.endsAt(), title);
            entry.add(new Uid("session-" + session.id() + "@silta"));
            entry.add(new Url(URI.create(baseUrl + "/events/" + event.id())));
            var place = session.format().hasVideo() && event.videoLink() != null ? event.videoLink() : event.venue();
            if (place != null) {
                entry.add(new Location(place));
            }
            if (event.objectives() != null) {
                entry.add(new Description(event.objectives().in(locale)));
            }
            calendar.add(entry);
        }
        return calendar;
    }
}
