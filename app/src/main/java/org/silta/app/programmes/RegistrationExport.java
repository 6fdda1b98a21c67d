package org.silta.app.programmes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.shared.Countries;
import org.silta.app.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The organisers' registration list as a table, with a column for each of the event's questions. */
@Service
public class RegistrationExport {

    private final RegistrationBook book;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    RegistrationExport(RegistrationBook book, ProgrammeCatalogue catalogue, MessageSource messages) {
        this.book = book;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    public Table table(long eventId, SignedIn me, Locale locale) {
        var entries = book.entries(eventId, me);
        var event = catalogue.event(eventId, me);
        var sessions = catalogue.sessions(eventId).stream().collect(Collectors.toMap(Session::id, Function.identity()));
        var headers = new ArrayList<>(List.of("name", "email", "organisation", "organisation-type", "country",
                "audience-group", "status", "sessions", "listed", "registered-at").stream()
                .map(key -> text("export.column." + key, locale)).toList());
        event.questions().forEach(question -> headers.add(question.label().in(locale)));
        var when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz").withZone(ZoneId.of(event.timeZone()));
        var rows = entries.stream().map(entry -> {
            var row = new ArrayList<>(List.of(entry.name(), entry.email(), entry.organisation(),
                    text(OrganisationType.valueOf(entry.organisationType()).messageKey(), locale),
                    Countries.name(entry.country(), locale),
                    entry.audienceGroup() == null ? "" : event.audienceGroup(entry.audienceGroup())
                            .map(group -> group.name().in(locale)).orElse(entry.audienceGroup()),
                    text("registration.status." + entry.status().name(), locale),
                    entry.sessions().stream().map(sessions::get).filter(Objects::nonNull)
                            .map(session -> session.title().in(locale)).collect(Collectors.joining("; ")),
                    text(entry.listed() ? "common.yes" : "common.no", locale),
                    when.format(entry.createdAt())));
            event.questions().forEach(question -> row.add(String.join("; ", entry.answers().get(question.id()))));
            return (List<String>) row;
        }).toList();
        return new Table(event.title().in(locale), headers, rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
