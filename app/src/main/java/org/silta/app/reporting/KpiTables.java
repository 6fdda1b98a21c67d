package org.silta.app.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.silta.app.shared.Table;
import org.springframework.context.MessageSource;

/**
 * An event's figures as tables, the same on the page, in the PDF and DOCX and in the spreadsheet: every cell
 * of fewer than five people reads "fewer than 5", and a cell that would give such a cell away reads "not shown".
 */
public final class KpiTables {

    private final MessageSource messages;
    private final Locale locale;

    KpiTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String count(int people) {
        return EventKpis.Cell.suppressed(people) ? text("kpi.fewer-than-5") : String.valueOf(people);
    }

    public String registered(EventKpis.Cell cell) {
        return cell.registeredWithheld() ? text("kpi.withheld") : count(cell.registered());
    }

    public String attended(EventKpis.Cell cell) {
        return cell.attendedWithheld() ? text("kpi.withheld") : count(cell.attended());
    }

    public ReportDocument.Table summary(EventKpis kpis) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(text("kpi.registered"), String.valueOf(kpis.registered())));
        rows.add(List.of(text("kpi.attended"), String.valueOf(kpis.attended())));
        rows.add(List.of(text("kpi.organisations-new"), String.valueOf(kpis.organisationsNew())));
        rows.add(List.of(text("kpi.organisations-returning"), String.valueOf(kpis.organisationsReturning())));
        rows.add(List.of(text("funnel.step.meeting-requests"), String.valueOf(kpis.meetings().requested())));
        rows.add(List.of(text("funnel.step.meetings-held"), String.valueOf(kpis.meetings().held())));
        rows.add(List.of(text("funnel.step.ideas"), String.valueOf(kpis.pipeline().ideas())));
        rows.add(List.of(text("funnel.step.joint-offers"), String.valueOf(kpis.pipeline().jointOffers())));
        rows.add(List.of(text("funnel.step.partnerships"), String.valueOf(kpis.pipeline().partnerships())));
        return new ReportDocument.Table(text("kpi.summary"), List.of(text("kpi.figure"), text("kpi.value")), rows);
    }

    public ReportDocument.Table sessions(EventKpis kpis) {
        return new ReportDocument.Table(text("kpi.by-session"), List.of(text("kpi.session"), text("kpi.registered"),
                text("kpi.attended")), kpis.sessions().stream().map(s -> List.of(s.title(), String.valueOf(s.registered()),
                String.valueOf(s.attended()))).toList());
    }

    public List<ReportDocument.Table> breakdowns(EventKpis kpis) {
        return kpis.breakdowns().stream().map(breakdown -> new ReportDocument.Table(text("kpi.by." + breakdown.dimension()),
                List.of(text("kpi.dimension." + breakdown.dimension()), text("kpi.registered"), text("kpi.attended")),
                breakdown.cells().stream().map(cell -> List.of(cell.label(), registered(cell), attended(cell)))
                        .toList())).toList();
    }

    /** Every figure in one sheet: what, category, registered, attended. */
    Table spreadsheet(String title, EventKpis kpis) {
        var rows = new ArrayList<List<String>>();
        for (var session : kpis.sessions()) {
            rows.add(List.of(text("kpi.session"), session.title(), String.valueOf(session.registered()),
                    String.valueOf(session.attended())));
        }
        for (var breakdown : kpis.breakdowns()) {
            for (var cell : breakdown.cells()) {
                rows.add(List.of(text("kpi.dimension." + breakdown.dimension()), cell.label(), registered(cell),
                        attended(cell)));
            }
        }
        return new Table(title, List.of(text("kpi.figure"), text("kpi.category"), text("kpi.registered"), text("kpi.attended")),
                rows);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
