package org.silta.app.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.silta.app.audit.AuditLog;
import org.silta.app.boards.IdeaProposed;
import org.silta.app.identity.SignedIn;
import org.silta.app.matchmaking.FollowUpPlanned;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collaboration ideas: typed in by the team, proposed from a board, or planned as a meeting's follow-up. */
@Service
public class Ideas {

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final ProgrammeCatalogue catalogue;
    private final OrganisationRegistry organisations;
    private final AuditLog audit;
    private final Clock clock;

    Ideas(JdbcClient jdbc, PipelineAccess access, ProgrammeCatalogue catalogue, OrganisationRegistry organisations,
          AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person types for an idea. */
    public record Form(String title, String description, String language, Long eventId, List<String> countries,
                       List<String> sectors) {
    }

    @Transactional
    public Idea create(long programmeId, Form form, SignedIn me) {
        access.work(programmeId, me);
        var problems = new Invalid.Collector()
                .text("title", form.title(), true, 300)
                .text("description", form.description(), false, 5000)
                .check(Languages.isContentLanguage(form.language()), "language", "invalid.language", String.valueOf(form.language()))
                .check(form.eventId() == null || eventIds(programmeId).contains(form.eventId()), "eventId", "invalid.choice",
                        String.valueOf(form.eventId()));
        form.countries().forEach(country -> problems.country("countries", country, true));
        form.sectors().forEach(sector -> problems.text("sectors", sector, true, 100));
        problems.throwIfAny();
        var id = insert(programmeId, form.eventId(), form.title().strip(), blank(form.description()), form.language(),
                IdeaSource.MANUAL, null, null, List.of(), form.countries(), form.sectors(), me.id());
        audit.record(me.id(), programmeId, "idea.created", subject(id, form.title()), "");
        return get(id);
    }

    /** A board's note or cluster became an idea; proposing it twice keeps one idea. */
    @Transactional
    public void proposedOnBoard(IdeaProposed proposed) {
        if (find(sourceOf(proposed.sourceKind()), proposed.sourceId()).isPresent()) {
            return;
        }
        var language = Languages.isContentLanguage(proposed.language()) ? proposed.language() : "en";
        var id = insert(proposed.programmeId(), proposed.eventId(), shorten(proposed.title()), blank(proposed.text()), language,
                sourceOf(proposed.sourceKind()), proposed.sourceId(), proposed.link(), List.of(), List.of(), List.of(),
                proposed.proposedBy());
        audit.record(proposed.proposedBy(), proposed.programmeId(), "idea.proposed-on-board", subject(id, proposed.title()),
                proposed.link());
    }

    /** A meeting's follow-up became an idea; further answers about the same meeting add their organisations to it. */
    @Transactional
    public void plannedAfterMeeting(FollowUpPlanned planned) {
        var existing = find(IdeaSource.MEETING, planned.meetingId());
        if (existing.isPresent()) {
            var merged = new LinkedHashSet<>(existing.get().organisationIds());
            merged.addAll(planned.organisationIds());
            jdbc.sql("update collaboration_idea set organisation_ids = ? where id = ?")
                    .params(Rows.ids(List.copyOf(merged)), existing.get().id()).update();
            return;
        }
        var names = organisations.all(planned.organisationIds()).values().stream()
                .map(organisation -> organisation.name().fallbackText()).sorted().collect(Collectors.joining(" – "));
        var note = planned.note() == null ? "" : planned.note().strip();
        var title = note.isEmpty() ? names : note.lines().findFirst().orElse(names);
        var language = catalogue.eventById(planned.eventId()).map(Event::title).map(t -> t.fallback()).orElse("en");
        var id = insert(planned.programmeId(), planned.eventId(), shorten(title.isBlank() ? "#" + planned.meetingId() : title),
                note, language, IdeaSource.MEETING, planned.meetingId(), planned.link(), planned.organisationIds(), List.of(),
                List.of(), planned.answeredBy());
        audit.record(planned.answeredBy(), planned.programmeId(), "idea.follow-up-planned", subject(id, title), planned.link());
    }

    @Transactional
    public Idea changeStatus(long id, IdeaStatus status, SignedIn me) {
        var idea = get(id);
        access.work(idea.programmeId(), me);
        if (status == null) {
            throw Invalid.of("status", "invalid.required");
        }
        jdbc.sql("update collaboration_idea set status = ? where id = ?").params(status.name(), id).update();
        audit.record(me.id(), idea.programmeId(), "idea.status", subject(id, idea.title()), status.name());
        return get(id);
    }

    /** An idea, for someone who follows its programme. */
    public Idea idea(long id, SignedIn me) {
        var idea = get(id);
        access.follow(idea.programmeId(), me);
        return idea;
    }

    public List<Idea> ofProgramme(long programmeId) {
        return jdbc.sql("select * from collaboration_idea where programme_id = ? order by created_at, id")
                .param(programmeId).query(Idea::of).list();
    }

    Idea get(long id) {
        return jdbc.sql("select * from collaboration_idea where id = ?").param(id).query(Idea::of).optional()
                .orElseThrow(() -> new NotFound("idea " + id));
    }

    void takeUp(long id) {
        jdbc.sql("update collaboration_idea set status = 'TAKEN_UP' where id = ? and status = 'OPEN'").param(id).update();
    }

    private Optional<Idea> find(IdeaSource source, long sourceId) {
        return jdbc.sql("select * from collaboration_idea where source = ? and source_id = ?")
                .params(source.name(), sourceId).query(Idea::of).optional();
    }

    private long insert(long programmeId, Long eventId, String title, String description, String language, IdeaSource source,
                        Long sourceId, String link, List<Long> organisationIds, List<String> countries, List<String> sectors,
                        Long ownerId) {
        return jdbc.sql("""
                insert into collaboration_idea (programme_id, event_id, title, description, language, source, source_id,
                    source_link, organisation_ids, countries, sectors, status, owner_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
                .params(programmeId, eventId, title, description, language, source.name(), sourceId, link,
                        Rows.ids(organisationIds), Rows.array(countries), Rows.array(sectors), ownerId,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private List<Long> eventIds(long programmeId) {
        return catalogue.events(programmeId).stream().map(Event::id).toList();
    }

    private static IdeaSource sourceOf(String kind) {
        return "CLUSTER".equals(kind) ? IdeaSource.BOARD_CLUSTER : IdeaSource.BOARD_NOTE;
    }

    private static String shorten(String title) {
        var text = title == null ? "" : title.strip();
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    static String subject(long id, String title) {
        return "idea " + id + ": " + title;
    }
}
