package org.silta.app.partnerships;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a partnership keeps as it goes: results with indicators and periods, milestones, and its activity log. */
@Service
public class PartnershipRecords {

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final Partnerships partnerships;
    private final AuditLog audit;
    private final Clock clock;

    PartnershipRecords(JdbcClient jdbc, PipelineAccess access, Partnerships partnerships, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.partnerships = partnerships;
        this.audit = audit;
        this.clock = clock;
    }

    public enum ResultType { OUTPUT, OUTCOME, IMPACT }

    public enum Measure { UNIT, PERCENTAGE }

    /** An indicator of a result, with its baseline; its periods carry targets and actual values. */
    public record Indicator(long id, String resultTitle, ResultType resultType, String title, Measure measure,
                            int baselineYear, BigDecimal baselineValue, List<Period> periods) {
    }

    public record Period(long id, LocalDate startsOn, LocalDate endsOn, BigDecimal target, BigDecimal actual) {
    }

    public record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn) {
    }

    public record Activity(long id, ActivityKind kind, LocalDate happenedOn, String title, String note) {
    }

    @Transactional
    public long addIndicator(long partnershipId, String resultTitle, String resultType, String title, String measure,
                             Integer baselineYear, BigDecimal baselineValue, SignedIn me) {
        var partnership = worked(partnershipId, me);
        var type = Rows.parse(ResultType.class, resultType);
        var unit = Rows.parse(Measure.class, measure);
        new Invalid.Collector()
                .text("resultTitle", resultTitle, true, 300)
                .check(type != null, "resultType", "invalid.choice", String.valueOf(resultType))
                .text("indicatorTitle", title, true, 300)
                .check(unit != null, "measure", "invalid.choice", String.valueOf(measure))
                .check(baselineYear != null && baselineYear >= 1900 && baselineYear <= 2200, "baselineYear", "invalid.range",
                        1900, 2200)
                .check(baselineValue != null, "baselineValue", "invalid.number")
                .throwIfAny();
        var id = jdbc.sql("""
                insert into partnership_indicator (partnership_id, result_title, result_type, title, measure, baseline_year,
                    baseline_value) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(partnershipId, resultTitle.strip(), type.name(), title.strip(), unit.name(), baselineYear, baselineValue)
                .query(Long.class).single();
        audit.record(me.id(), partnership.programmeId(), "partnership.indicator.added",
                Partnerships.subject(partnershipId, partnership.title()), title);
        return id;
    }

    /** A reporting period of an indicator; it must lie within the partnership's dates. */
    @Transactional
    public void addPeriod(long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal target, BigDecimal actual,
                          SignedIn me) {
        var partnershipId = jdbc.sql("select partnership_id from partnership_indicator where id = ?").param(indicatorId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("indicator " + indicatorId));
        var partnership = worked(partnershipId, me);
        var problems = new Invalid.Collector()
                .check(startsOn != null, "periodStart", "invalid.date")
                .check(endsOn != null, "periodEnd", "invalid.date")
                .check(target != null, "target", "invalid.number");
        if (startsOn != null && endsOn != null) {
            problems.check(!endsOn.isBefore(startsOn), "periodEnd", "invalid.end-before-start");
            problems.check(!startsOn.isBefore(partnership.firstDay()) && !endsOn.isAfter(partnership.lastDay()), "periodStart",
                    "invalid.period-outside-partnership", partnership.firstDay().toString(), partnership.lastDay().toString());
        }
        problems.throwIfAny();
        jdbc.sql("insert into indicator_period (indicator_id, starts_on, ends_on, target, actual) values (?, ?, ?, ?, ?)")
                .params(indicatorId, Rows.sqlDate(startsOn), Rows.sqlDate(endsOn), target, actual).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.period.added",
                Partnerships.subject(partnershipId, partnership.title()), startsOn + "/" + endsOn);
    }

    @Transactional
    public void addMilestone(long partnershipId, String title, LocalDate dueOn, SignedIn me) {
        var partnership = worked(partnershipId, me);
        new Invalid.Collector().text("milestoneTitle", title, true, 300).check(dueOn != null, "dueOn", "invalid.date").throwIfAny();
        jdbc.sql("insert into partnership_milestone (partnership_id, title, due_on) values (?, ?, ?)")
                .params(partnershipId, title.strip(), Rows.sqlDate(dueOn)).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.milestone.added",
                Partnerships.subject(partnershipId, partnership.title()), title);
    }

    @Transactional
    public void completeMilestone(long milestoneId, LocalDate doneOn, SignedIn me) {
        var partnershipId = jdbc.sql("select partnership_id from partnership_milestone where id = ?").param(milestoneId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("milestone " + milestoneId));
        var partnership = worked(partnershipId, me);
        if (doneOn == null) {
            throw Invalid.of("doneOn", "invalid.date");
        }
        jdbc.sql("update partnership_milestone set done_on = ? where id = ?").params(Rows.sqlDate(doneOn), milestoneId).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.milestone.done",
                Partnerships.subject(partnershipId, partnership.title()), String.valueOf(milestoneId));
    }

    @Transactional
    public void logActivity(long partnershipId, String kind, LocalDate happenedOn, String title, String note, SignedIn me) {
        var partnership = worked(partnershipId, me);
        var parsed = Rows.parse(ActivityKind.class, kind);
        new Invalid.Collector()
                .check(parsed != null, "kind", "invalid.choice", String.valueOf(kind))
                .check(happenedOn != null, "happenedOn", "invalid.date")
                .text("activityTitle", title, true, 300)
                .text("note", note, false, 5000)
                .throwIfAny();
        jdbc.sql("""
                insert into partnership_activity (partnership_id, kind, happened_on, title, note, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, parsed.name(), Rows.sqlDate(happenedOn), title.strip(), note == null ? "" : note.strip(),
                        Timestamp.from(clock.instant())).update();
        audit.record(me.id(), partnership.programmeId(), "partnership.activity.logged",
                Partnerships.subject(partnershipId, partnership.title()), parsed + " " + happenedOn);
    }

    public List<Indicator> indicators(long partnershipId) {
        var periods = jdbc.sql("""
                select p.* from indicator_period p join partnership_indicator i on i.id = p.indicator_id
                where i.partnership_id = ? order by p.starts_on, p.id""").param(partnershipId)
                .query((rs, row) -> java.util.Map.entry(rs.getLong("indicator_id"), new Period(rs.getLong("id"),
                        Rows.date(rs, "starts_on"), Rows.date(rs, "ends_on"), rs.getBigDecimal("target"),
                        rs.getBigDecimal("actual")))).list();
        return jdbc.sql("select * from partnership_indicator where partnership_id = ? order by result_title, id")
                .param(partnershipId)
                .query((rs, row) -> {
                    var id = rs.getLong("id");
                    return new Indicator(id, rs.getString("result_title"), ResultType.valueOf(rs.getString("result_type")),
                            rs.getString("title"), Measure.valueOf(rs.getString("measure")), rs.getInt("baseline_year"),
                            rs.getBigDecimal("baseline_value"),
                            periods.stream().filter(p -> p.getKey() == id).map(java.util.Map.Entry::getValue).toList());
                })
                .list();
    }

    public List<Milestone> milestones(long partnershipId) {
        return jdbc.sql("select * from partnership_milestone where partnership_id = ? order by due_on, id").param(partnershipId)
                .query((rs, row) -> new Milestone(rs.getLong("id"), rs.getString("title"), Rows.date(rs, "due_on"),
                        Rows.date(rs, "done_on"))).list();
    }

    public List<Activity> activities(long partnershipId) {
        return jdbc.sql("select * from partnership_activity where partnership_id = ? order by happened_on desc, id desc")
                .param(partnershipId)
                .query((rs, row) -> new Activity(rs.getLong("id"), ActivityKind.valueOf(rs.getString("kind")),
                        Rows.date(rs, "happened_on"), rs.getString("title"), rs.getString("note"))).list();
    }

    private Partnership worked(long partnershipId, SignedIn me) {
        var partnership = partnerships.get(partnershipId);
        access.work(partnership.programmeId(), me);
        return partnership;
    }
}
