package org.silta.app.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.Session;
import org.springframework.context.MessageSource;

/** Writes a flash report's fields from the event, its figures and its boards' outcomes, in the report's language. */
final class FlashReportDraft {

    static final int TOP_PER_AREA = 5;

    private final MessageSource messages;
    private final Locale locale;

    FlashReportDraft(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String description(Event event, List<Session> sessions, EventKpis kpis) {
        var zone = ZoneId.of(event.timeZone());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var text = new StringBuilder()
                .append(text("flash.description.when", text("event.format." + event.format()),
                        dates.format(event.startsOn()) + (event.endsOn().equals(event.startsOn()) ? "" : " – " + dates.format(event.endsOn())),
                        event.timeZone()))
                .append("\n").append(text("flash.description.participants", kpis.registered(), kpis.attended())).append("\n")
                .append(text("flash.description.sessions")).append(":\n");
        for (int i = 0; i < sessions.size(); i++) {
            var session = sessions.get(i);
            var figures = kpis.sessions().get(i);
            var start = session.startsAt().atZone(zone);
            var end = session.endsAt().atZone(zone);
            var audiences = session.audienceGroups().stream().map(event::audienceGroup).flatMap(java.util.Optional::stream)
                    .map(group -> group.name().inLanguage(locale.getLanguage())).collect(Collectors.joining("; "));
            var formats = session.agenda().stream().map(item -> text("agenda.kind." + item.kind())).distinct()
                    .collect(Collectors.joining(", "));
            text.append("- ").append(session.title().inLanguage(locale.getLanguage())).append(": ")
                    .append(dates.format(start.toLocalDate())).append(", ")
                    .append(start.format(DateTimeFormatter.ofPattern("HH:mm"))).append("–")
                    .append(end.format(DateTimeFormatter.ofPattern("HH:mm"))).append(" ").append(event.timeZone())
                    .append("; ").append(text("event.format." + session.format()));
            if (!formats.isEmpty()) {
                text.append("; ").append(formats);
            }
            if (!audiences.isEmpty()) {
                text.append("; ").append(text("flash.description.for", audiences));
            }
            text.append("; ").append(text("flash.description.session-figures", figures.registered(), figures.attended()))
                    .append("\n");
        }
        return text.toString().strip();
    }

    String outcomes(EventOutcomes.Outcomes outcomes) {
        var text = new StringBuilder();
        for (var area : outcomes.areas()) {
            text.append(area.name()).append(":\n");
            area.items().stream().limit(TOP_PER_AREA).forEach(item -> text.append(item(item)));
            text.append("\n");
        }
        if (!outcomes.proposals().isEmpty()) {
            text.append(text("flash.proposals")).append(":\n");
            outcomes.proposals().forEach(item -> text.append(item(item)));
        }
        return text.toString().strip();
    }

    String conclusions(PipelineFigures.Pipeline pipeline) {
        return pipeline.ideas() == 0 ? "" : text("flash.pipeline-summary", pipeline.ideas(), pipeline.jointOffers(),
                pipeline.partnerships());
    }

    private String item(EventOutcomes.Item item) {
        return "- " + item.text().strip().replaceAll("\\s*\\R\\s*", " ") + " (" + text("flash.votes", item.votes()) + ")\n";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
