package org.silta.app.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.silta.app.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, editing and printing an event's flash report. */
@Service
public class FlashReports {

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final ProgrammeCatalogue catalogue;
    private final Kpis kpis;
    private final Accounts accounts;
    private final MessageSource messages;
    private final ObjectProvider<EventOutcomes> outcomes;
    private final AuditLog audit;
    private final Clock clock;

    FlashReports(JdbcClient jdbc, ReportAccess access, ProgrammeCatalogue catalogue, Kpis kpis, Accounts accounts,
                 MessageSource messages, ObjectProvider<EventOutcomes> outcomes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.kpis = kpis;
        this.accounts = accounts;
        this.messages = messages;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<FlashReport> draft(long eventId, SignedIn me) {
        access.follow(eventId, me);
        return find(eventId);
    }

    /**
     * Drafts the report from the event: name, objectives, background, the description of its sessions with
     * their figures, the contact persons and, when its boards have outcomes, the key outcomes. What the
     * organisers typed where Silta has nothing to say (outcomes without boards, conclusions, coordinator) stays.
     */
    @Transactional
    public FlashReport generate(long eventId, SignedIn me) {
        var event = access.write(eventId, me);
        var programme = catalogue.programme(event.programmeId(), me);
        var language = event.title().fallback();
        var locale = reportLocale(language);
        var figures = kpis.of(eventId, me, locale);
        var draft = new FlashReportDraft(messages, locale);
        var fromBoards = draft.outcomes(outcomes.getIfAvailable(() -> EventOutcomes.NONE).of(eventId, FlashReportDraft.TOP_PER_AREA));
        var previous = find(eventId);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into flash_report (event_id, language, event_name, objectives, background, description, outcomes,
                    conclusions, contacts, coordinator, generated_at, updated_at, updated_by)
                values (:event, :language, :name, :objectives, :background, :description, :outcomes, :conclusions, :contacts,
                    :coordinator, :now, :now, :by)
                on conflict (event_id) do update set language = excluded.language, event_name = excluded.event_name,
                    objectives = excluded.objectives, background = excluded.background, description = excluded.description,
                    outcomes = excluded.outcomes, conclusions = excluded.conclusions, contacts = excluded.contacts,
                    generated_at = excluded.generated_at, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("event", eventId).param("language", language)
                .param("name", event.title().inLanguage(language))
                .param("objectives", event.objectives() == null ? "" : event.objectives().inLanguage(language))
                .param("background", event.background() == null ? "" : event.background().inLanguage(language))
                .param("description", draft.description(event, catalogue.sessions(eventId), figures))
                .param("outcomes", !fromBoards.isEmpty() ? fromBoards : previous.map(FlashReport::outcomes).orElse(""))
                .param("conclusions", previous.map(FlashReport::conclusions).filter(c -> !c.isBlank())
                        .orElse(draft.conclusions(figures.pipeline())))
                .param("contacts", contacts(programme))
                .param("coordinator", previous.map(FlashReport::coordinator).orElse(""))
                .param("now", now).param("by", me.id())
                .update();
        audit.record(me.id(), event.programmeId(), "flash-report.generated", subject(event), "");
        return find(eventId).orElseThrow();
    }

    @Transactional
    public FlashReport save(long eventId, FlashReport.Edits edits, SignedIn me) {
        var event = access.write(eventId, me);
        if (find(eventId).isEmpty()) {
            throw new NotFound("flash report of event " + eventId);
        }
        new Invalid.Collector()
                .text("eventName", edits.eventName(), true, 300)
                .text("objectives", edits.objectives(), false, 20_000)
                .text("background", edits.background(), false, 20_000)
                .text("description", edits.description(), false, 20_000)
                .text("outcomes", edits.outcomes(), false, 50_000)
                .text("conclusions", edits.conclusions(), false, 20_000)
                .text("contacts", edits.contacts(), false, 5_000)
                .text("coordinator", edits.coordinator(), false, 2_000)
                .throwIfAny();
        jdbc.sql("""
                update flash_report set event_name = ?, objectives = ?, background = ?, description = ?, outcomes = ?,
                    conclusions = ?, contacts = ?, coordinator = ?, updated_at = ?, updated_by = ? where event_id = ?""")
                .params(edits.eventName().strip(), clean(edits.objectives()), clean(edits.background()),
                        clean(edits.description()), clean(edits.outcomes()), clean(edits.conclusions()), clean(edits.contacts()),
                        clean(edits.coordinator()), Timestamp.from(clock.instant()), me.id(), eventId)
                .update();
        audit.record(me.id(), event.programmeId(), "flash-report.edited", subject(event), "");
        return find(eventId).orElseThrow();
    }

    /** The report as it prints, in its language, with the event's figures and charts. */
    public ReportDocument document(long eventId, SignedIn me) {
        access.follow(eventId, me);
        var report = find(eventId).orElseThrow(() -> new NotFound("flash report of event " + eventId));
        var locale = reportLocale(report.language());
        return FlashReportDocument.of(report, kpis.of(eventId, me, locale), messages, locale);
    }

    Optional<FlashReport> find(long eventId) {
        return jdbc.sql("select * from flash_report where event_id = ?").param(eventId)
                .query((rs, row) -> new FlashReport(eventId, rs.getString("language"), rs.getString("event_name"),
                        rs.getString("objectives"), rs.getString("background"), rs.getString("description"),
                        rs.getString("outcomes"), rs.getString("conclusions"), rs.getString("contacts"),
                        rs.getString("coordinator"), rs.getTimestamp("generated_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The interface language the report's headings are written in: the event's, or English. */
    static Locale reportLocale(String language) {
        return Languages.INTERFACE.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    private String contacts(Programme programme) {
        var organisers = programme.team().stream().filter(member -> member.role() == ProgrammeRole.ORGANISER)
                .map(Programme.TeamMember::personId).toList();
        return accounts.all(organisers).values().stream().map(person -> person.name() + ", " + person.email()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }

    private static String subject(Event event) {
        return "event " + event.id() + ": " + event.title().fallbackText();
    }
}
