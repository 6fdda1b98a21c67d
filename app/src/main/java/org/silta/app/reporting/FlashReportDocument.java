package org.silta.app.reporting;

import java.util.ArrayList;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A flash report and its event's figures as a document to print: the report's fields, then tables and charts. */
public final class FlashReportDocument {

    private FlashReportDocument() {
    }

    public static ReportDocument of(FlashReport report, EventKpis kpis, MessageSource messages, Locale locale) {
        var tables = new KpiTables(messages, locale);
        var sections = new ArrayList<ReportDocument.Section>();
        text(sections, messages, locale, "flash.field.objectives", report.objectives());
        text(sections, messages, locale, "flash.field.background", report.background());
        text(sections, messages, locale, "flash.field.description", report.description());
        text(sections, messages, locale, "flash.field.outcomes", report.outcomes());
        text(sections, messages, locale, "flash.field.conclusions", report.conclusions());
        text(sections, messages, locale, "flash.field.contacts", report.contacts());
        text(sections, messages, locale, "flash.field.coordinator", report.coordinator());
        sections.add(tables.summary(kpis));
        sections.add(tables.sessions(kpis));
        sections.addAll(tables.breakdowns(kpis));
        var registered = messages.getMessage("kpi.registered", null, locale);
        var sessionsChart = KpiCharts.sessions(kpis, registered, messages.getMessage("kpi.attended", null, locale));
        if (sessionsChart != null) {
            sections.add(new ReportDocument.Chart(messages.getMessage("kpi.chart.sessions", null, locale), sessionsChart,
                    messages.getMessage("kpi.chart.sessions-description", null, locale)));
        }
        var countries = kpis.breakdown("country");
        var countriesChart = countries == null ? null : KpiCharts.breakdown(countries, registered);
        if (countriesChart != null) {
            sections.add(new ReportDocument.Chart(messages.getMessage("kpi.by.country", null, locale), countriesChart,
                    messages.getMessage("kpi.chart.breakdown-description", null, locale)));
        }
        return new ReportDocument(messages.getMessage("flash.document-title", new Object[] {report.eventName()}, locale),
                report.language(), sections);
    }

    private static void text(ArrayList<ReportDocument.Section> sections, MessageSource messages, Locale locale, String key,
                             String body) {
        if (body != null && !body.isBlank()) {
            sections.add(new ReportDocument.Text(messages.getMessage(key, null, locale), body));
        }
    }
}
