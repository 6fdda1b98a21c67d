package org.silta.app.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One report over several events tagged with countries and themes, as national events feed a regional report
 * in the Torino Process: each event's key outcomes and conclusions, and participants by country over all of them.
 */
@Service
public class RegionalRollUp {

    private final ReportSettings settings;
    private final ProgrammeCatalogue catalogue;
    private final FlashReports flashReports;
    private final Kpis kpis;
    private final MessageSource messages;

    RegionalRollUp(ReportSettings settings, ProgrammeCatalogue catalogue, FlashReports flashReports, Kpis kpis,
                   MessageSource messages) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.flashReports = flashReports;
        this.kpis = kpis;
        this.messages = messages;
    }

    public record Entry(Event event, ReportSettings.Settings tags, FlashReport report, int registered, int attended) {
    }

    public record RollUp(List<Entry> entries, List<EventKpis.Cell> byCountry) {
    }

    public RollUp of(List<String> countries, List<String> themes, SignedIn me, Locale locale) {
        var entries = new ArrayList<Entry>();
        var byCountry = new LinkedHashMap<String, int[]>();
        for (var tags : settings.tagged(countries, themes)) {
            var event = catalogue.eventById(tags.eventId()).orElse(null);
            if (event == null || !follows(event, me)) {
                continue;
            }
            var figures = kpis.of(event.id(), me, locale);
            entries.add(new Entry(event, tags, flashReports.find(event.id()).orElse(null), figures.registered(),
                    figures.attended()));
            for (var cell : figures.breakdown("country").cells()) {
                var sum = byCountry.computeIfAbsent(cell.label(), key -> new int[2]);
                sum[0] += cell.registered();
                sum[1] += cell.attended();
            }
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.event().startsOn()));
        return new RollUp(entries, EventKpis.Breakdown.protect("country", byCountry.entrySet().stream()
                .map(e -> new EventKpis.Cell(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(EventKpis.Cell::registered).reversed()).toList()).cells());
    }

    public ReportDocument document(List<String> countries, List<String> themes, SignedIn me, Locale locale) {
        var rollUp = of(countries, themes, me, locale);
        var tables = new KpiTables(messages, locale);
        var sections = new ArrayList<ReportDocument.Section>();
        for (var entry : rollUp.entries()) {
            var body = new StringBuilder(text(locale, "rollup.event-line", entry.registered(), entry.attended(),
                    String.join(", ", entry.tags().countries().stream().map(c -> Countries.name(c, locale)).toList())))
                    .append("\n");
            if (entry.report() != null) {
                body.append(entry.report().outcomes()).append("\n\n").append(entry.report().conclusions());
            }
            sections.add(new ReportDocument.Text(entry.event().title().in(locale), body.toString()));
        }
        sections.add(new ReportDocument.Table(text(locale, "kpi.by.country"), List.of(text(locale, "kpi.dimension.country"),
                text(locale, "kpi.registered"), text(locale, "kpi.attended")), rollUp.byCountry().stream()
                .map(cell -> List.of(cell.label(), tables.registered(cell), tables.attended(cell))).toList()));
        var scope = String.join(", ", countries.stream().map(c -> Countries.name(c, locale)).toList())
                + (themes.isEmpty() ? "" : " · " + String.join(", ", themes));
        return new ReportDocument(text(locale, "rollup.document-title", scope), locale.getLanguage(), sections);
    }

    private boolean follows(Event event, SignedIn me) {
        try {
            return catalogue.canFollow(catalogue.programme(event.programmeId(), me), me);
        } catch (org.silta.app.shared.NotFound hidden) {
            return false;
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
