package org.silta.app.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting and describing partnerships, and who takes part in them in which role. */
@Service
public class Partnerships {

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final Ideas ideas;
    private final JointOffers offers;
    private final OrganisationRegistry organisations;
    private final AuditLog audit;
    private final Clock clock;

    Partnerships(JdbcClient jdbc, PipelineAccess access, Ideas ideas, JointOffers offers, OrganisationRegistry organisations,
                 AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ideas = ideas;
        this.offers = offers;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the team writes about a partnership; {@code ideaId} and {@code offerId} are where it came from. */
    public record Details(LocalizedText title, LocalizedText description, PartnershipStatus status, LocalDate plannedStart,
                          LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<String> countries,
                          List<String> dacSectors, List<String> sdgTargets, List<String> iscedLevels, List<String> themes,
                          List<String> networks, Long ideaId, Long offerId) {
    }

    @Transactional
    public Partnership create(long programmeId, Details details, SignedIn me) {
        access.work(programmeId, me);
        validate(programmeId, details, null);
        var now = Timestamp.from(clock.instant());
        var id = jdbc.sql("""
                insert into partnership (programme_id, idea_id, offer_id, title, description, status, planned_start,
                    planned_end, actual_start, actual_end, countries, dac_sectors, sdg_targets, isced_levels, themes, networks,
                    owner_id, created_at, updated_at)
                values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(programmeId, details.ideaId(), details.offerId(), Rows.json(details.title()),
                        Rows.json(details.description()), details.status().name(), Rows.sqlDate(details.plannedStart()),
                        Rows.sqlDate(details.plannedEnd()), Rows.sqlDate(details.actualStart()),
                        Rows.sqlDate(details.actualEnd()), Rows.array(details.countries()), Rows.array(details.dacSectors()),
                        Rows.array(details.sdgTargets()), Rows.array(details.iscedLevels()), Rows.array(details.themes()),
                        Rows.array(details.networks()), me.id(), now, now)
                .query(Long.class).single();
        if (details.ideaId() != null) {
            ideas.takeUp(details.ideaId());
        }
        audit.record(me.id(), programmeId, "partnership.created", subject(id, details.title()), "");
        return get(id);
    }

    @Transactional
    public Partnership change(long id, Details details, SignedIn me) {
        var partnership = get(id);
        access.work(partnership.programmeId(), me);
        validate(partnership.programmeId(), details, id);
        jdbc.sql("""
                update partnership set idea_id = ?, offer_id = ?, title = ?::jsonb, description = ?::jsonb, status = ?,
                    planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?, countries = ?, dac_sectors = ?,
                    sdg_targets = ?, isced_levels = ?, themes = ?, networks = ?, updated_at = ?
                where id = ?""")
                .params(details.ideaId(), details.offerId(), Rows.json(details.title()), Rows.json(details.description()),
                        details.status().name(), Rows.sqlDate(details.plannedStart()), Rows.sqlDate(details.plannedEnd()),
                        Rows.sqlDate(details.actualStart()), Rows.sqlDate(details.actualEnd()),
                        Rows.array(details.countries()), Rows.array(details.dacSectors()), Rows.array(details.sdgTargets()),
                        Rows.array(details.iscedLevels()), Rows.array(details.themes()), Rows.array(details.networks()),
                        Timestamp.from(clock.instant()), id)
                .update();
        audit.record(me.id(), partnership.programmeId(), "partnership.changed", subject(id, details.title()), "");
        return get(id);
    }

    /** Adds an organisation in a role; the role must be one of IATI's four. */
    @Transactional
    public void addOrganisation(long id, Long organisationId, String role, SignedIn me) {
        var partnership = get(id);
        access.work(partnership.programmeId(), me);
        var parsed = Rows.parse(ParticipatingRole.class, role);
        new Invalid.Collector()
                .check(organisationId != null && organisations.find(organisationId).isPresent(), "organisation",
                        "invalid.organisation")
                .check(parsed != null, "role", "invalid.organisation-role", String.valueOf(role))
                .throwIfAny();
        jdbc.sql("insert into partnership_organisation values (?, ?, ?) on conflict do nothing")
                .params(id, organisationId, parsed.name()).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.organisation.added", subject(id, partnership.title()),
                organisations.get(organisationId).name().fallbackText() + " (" + parsed + ")");
    }

    @Transactional
    public void removeOrganisation(long id, long organisationId, String role, SignedIn me) {
        var partnership = get(id);
        access.work(partnership.programmeId(), me);
        jdbc.sql("delete from partnership_organisation where partnership_id = ? and organisation_id = ? and role = ?")
                .params(id, organisationId, role).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.organisation.removed", subject(id, partnership.title()),
                organisationId + " (" + role + ")");
    }

    public Partnership partnership(long id, SignedIn me) {
        var partnership = get(id);
        access.follow(partnership.programmeId(), me);
        return partnership;
    }

    public List<Partnership> ofProgramme(long programmeId) {
        return jdbc.sql("select * from partnership where programme_id = ? order by planned_start, id")
                .param(programmeId).query(Partnership::of).list();
    }

    /** An organisation's role in a partnership. */
    public record Participant(long organisationId, ParticipatingRole role) {
    }

    public List<Participant> participants(long id) {
        return jdbc.sql("select organisation_id, role from partnership_organisation where partnership_id = ? order by role, organisation_id")
                .param(id).query((rs, row) -> new Participant(rs.getLong(1), ParticipatingRole.valueOf(rs.getString(2)))).list();
    }

    Partnership get(long id) {
        return jdbc.sql("select * from partnership where id = ?").param(id).query(Partnership::of).optional()
                .orElseThrow(() -> new NotFound("partnership " + id));
    }

    private void validate(long programmeId, Details details, Long id) {
        var problems = new Invalid.Collector()
                .text("title", details.title(), true, 300)
                .text("description", details.description(), false, 5000)
                .check(details.status() != null, "status", "invalid.required")
                .check(details.plannedStart() != null, "plannedStart", "invalid.date")
                .check(details.plannedEnd() != null, "plannedEnd", "invalid.date");
        if (details.plannedStart() != null && details.plannedEnd() != null) {
            problems.check(!details.plannedEnd().isBefore(details.plannedStart()), "plannedEnd", "invalid.end-before-start");
        }
        if (details.actualStart() != null && details.actualEnd() != null) {
            problems.check(!details.actualEnd().isBefore(details.actualStart()), "actualEnd", "invalid.end-before-start");
        }
        details.countries().forEach(country -> problems.country("countries", country, true));
        details.dacSectors().forEach(code -> problems.check(IatiCodes.DAC_SECTORS.containsKey(code), "dacSectors",
                "invalid.choice", code));
        details.sdgTargets().forEach(code -> problems.check(IatiCodes.SDG4_TARGETS.containsKey(code), "sdgTargets",
                "invalid.choice", code));
        details.iscedLevels().forEach(code -> problems.check(IatiCodes.ISCED_LEVELS.containsKey(code), "iscedLevels",
                "invalid.choice", code));
        details.themes().forEach(theme -> problems.text("themes", theme, true, 100));
        details.networks().forEach(network -> problems.text("networks", network, true, 200));
        if (details.ideaId() != null) {
            problems.check(ideas.ofProgramme(programmeId).stream().anyMatch(idea -> idea.id() == details.ideaId()), "ideaId",
                    "invalid.choice", String.valueOf(details.ideaId()));
        }
        if (details.offerId() != null) {
            problems.check(offers.ofProgramme(programmeId).stream().anyMatch(offer -> offer.id() == details.offerId()),
                    "offerId", "invalid.choice", String.valueOf(details.offerId()));
        }
        if (id != null && details.plannedStart() != null && details.plannedEnd() != null && !problems.has("plannedEnd")) {
            var first = details.actualStart() != null && details.actualStart().isBefore(details.plannedStart())
                    ? details.actualStart() : details.plannedStart();
            var last = details.actualEnd() != null && details.actualEnd().isAfter(details.plannedEnd())
                    ? details.actualEnd() : details.plannedEnd();
            var outside = jdbc.sql("""
                    select count(*) from indicator_period p join partnership_indicator i on i.id = p.indicator_id
                    where i.partnership_id = ? and (p.starts_on < ? or p.ends_on > ?)""")
                    .params(id, Rows.sqlDate(first), Rows.sqlDate(last)).query(Integer.class).single();
            problems.check(outside == 0, "plannedEnd", "invalid.periods-outside-partnership", outside);
        }
        problems.throwIfAny();
    }

    static String subject(long id, LocalizedText title) {
        return "partnership " + id + ": " + (title == null ? "" : title.fallbackText());
    }
}
