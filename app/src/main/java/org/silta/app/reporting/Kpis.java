package org.silta.app.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.programmes.Attendance;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.programmes.RegistrationStatus;
import org.silta.app.shared.Countries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Counts an event's key figures from its confirmed registrations and check-ins. */
@Service
public class Kpis {

    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook book;
    private final Attendance attendance;
    private final ReportSettings settings;
    private final MessageSource messages;
    private final ObjectProvider<MeetingFigures> meetings;
    private final ObjectProvider<PipelineFigures> pipeline;

    Kpis(ProgrammeCatalogue catalogue, RegistrationBook book, Attendance attendance, ReportSettings settings,
         MessageSource messages, ObjectProvider<MeetingFigures> meetings, ObjectProvider<PipelineFigures> pipeline) {
        this.catalogue = catalogue;
        this.book = book;
        this.attendance = attendance;
        this.settings = settings;
        this.messages = messages;
        this.meetings = meetings;
        this.pipeline = pipeline;
    }

    /** The figures, with category names in the given language; the reader must follow the event's programme. */
    public EventKpis of(long eventId, SignedIn me, Locale locale) {
        var event = catalogue.event(eventId, me);
        var entries = book.entries(eventId, me).stream()
                .filter(entry -> entry.status() == RegistrationStatus.CONFIRMED).toList();
        var sessions = catalogue.sessions(eventId);
        var attendedIds = new HashSet<Long>();
        for (var entry : entries) {
            if (entry.sessions().stream().anyMatch(session -> attendance.hasCheckedIn(session, entry.id()))) {
                attendedIds.add(entry.id());
            }
        }
        var counts = attendance.counts(eventId);
        var sessionFigures = sessions.stream().map(session -> {
            var count = counts.stream().filter(c -> c.sessionId() == session.id()).findFirst().orElseThrow();
            return new EventKpis.SessionFigures(session.title().inLanguage(locale.getLanguage()),
                    session.title().languageFor(locale), count.registered(), count.attended());
        }).toList();

        var breakdowns = new ArrayList<EventKpis.Breakdown>();
        breakdowns.add(breakdown("country", entries, attendedIds, entry -> Countries.name(entry.country(), locale)));
        breakdowns.add(breakdown("organisation-type", entries, attendedIds, entry -> {
            var type = OrganisationType.parse(entry.organisationType());
            return type == null ? entry.organisationType() : messages.getMessage(type.messageKey(), null, locale);
        }));
        breakdowns.add(breakdown("audience-group", entries, attendedIds, entry -> entry.audienceGroup() == null
                ? messages.getMessage("kpi.no-group", null, locale)
                : event.audienceGroup(entry.audienceGroup()).map(g -> g.name().inLanguage(locale.getLanguage()))
                .orElse(entry.audienceGroup())));
        settings.of(eventId).genderQuestion().ifPresent(question -> breakdowns.add(breakdown("gender", entries, attendedIds,
                entry -> entry.answers().get(question).stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst()
                        .map(answer -> answer.substring(0, 1).toUpperCase(locale) + answer.substring(1).toLowerCase(locale))
                        .orElse(messages.getMessage("kpi.not-stated", null, locale)))));

        var organisations = organisations(entries);
        var earlier = earlierOrganisations(event, me);
        var returning = (int) organisations.stream().filter(earlier::contains).count();
        return new EventKpis(sessionFigures, entries.size(), attendedIds.size(), breakdowns, organisations.size() - returning,
                returning, meetings.getIfAvailable(() -> MeetingFigures.NONE).ofEvent(eventId),
                pipeline.getIfAvailable(() -> PipelineFigures.NONE).ofEvent(eventId));
    }

    static EventKpis.Breakdown breakdown(String dimension, List<RegistrationBook.Entry> entries, Set<Long> attended,
                                                 Function<RegistrationBook.Entry, String> category) {
        var registered = new LinkedHashMap<String, int[]>();
        for (var entry : entries) {
            var counts = registered.computeIfAbsent(category.apply(entry), key -> new int[2]);
            counts[0]++;
            if (attended.contains(entry.id())) {
                counts[1]++;
            }
        }
        var cells = registered.entrySet().stream()
                .map(e -> new EventKpis.Cell(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(EventKpis.Cell::registered).reversed().thenComparing(EventKpis.Cell::label))
                .toList();
        return EventKpis.Breakdown.protect(dimension, cells);
    }

    private Set<String> earlierOrganisations(Event event, SignedIn me) {
        var result = new HashSet<String>();
        for (var earlier : catalogue.events(event.programmeId())) {
            if (earlier.startsOn().isBefore(event.startsOn())) {
                result.addAll(organisations(book.entries(earlier.id(), me).stream()
                        .filter(entry -> entry.status() == RegistrationStatus.CONFIRMED).toList()));
            }
        }
        return result;
    }

    /** Organisations as their name and country: registrations name them so. */
    private static Set<String> organisations(List<RegistrationBook.Entry> entries) {
        var result = new HashSet<String>();
        entries.stream().filter(entry -> !entry.organisation().isBlank())
                .forEach(entry -> result.add(entry.organisation().strip().toLowerCase(Locale.ROOT) + "|" + entry.country()));
        return result;
    }
}
