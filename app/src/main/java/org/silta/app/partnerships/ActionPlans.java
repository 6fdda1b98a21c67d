package org.silta.app.partnerships;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing a programme's action plan: packages, measures with owners, indicators and targets, and progress. */
@Service
public class ActionPlans {

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlans(JdbcClient jdbc, PipelineAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long programmeId, String title, String language, SignedIn me) {
        access.work(programmeId, me);
        new Invalid.Collector()
                .text("planTitle", title, true, 300)
                .check(Languages.isContentLanguage(language), "language", "invalid.language", String.valueOf(language))
                .check(of(programmeId).isEmpty(), "planTitle", "invalid.plan-exists")
                .throwIfAny();
        var id = jdbc.sql("insert into action_plan (programme_id, title, language, created_at) values (?, ?, ?, ?) returning id")
                .params(programmeId, title.strip(), language, Timestamp.from(clock.instant())).query(Long.class).single();
        audit.record(me.id(), programmeId, "action-plan.created", "action plan " + id + ": " + title, "");
        return id;
    }

    @Transactional
    public long addPackage(long planId, String title, BigDecimal weight, SignedIn me) {
        var programmeId = programmeOf("select programme_id from action_plan where id = ?", planId);
        access.work(programmeId, me);
        new Invalid.Collector()
                .text("packageTitle", title, true, 300)
                .check(weight != null && weight.signum() > 0, "packageWeight", "invalid.positive")
                .throwIfAny();
        var id = jdbc.sql("insert into action_package (plan_id, title, weight) values (?, ?, ?) returning id")
                .params(planId, title.strip(), weight).query(Long.class).single();
        audit.record(me.id(), programmeId, "action-plan.package.added", "action plan " + planId, title);
        return id;
    }

    @Transactional
    public long addMeasure(long packageId, String title, String owner, String indicator, BigDecimal target, BigDecimal weight,
                           SignedIn me) {
        var programmeId = programmeOf("""
                select p.programme_id from action_package k join action_plan p on p.id = k.plan_id where k.id = ?""", packageId);
        access.work(programmeId, me);
        new Invalid.Collector()
                .text("measureTitle", title, true, 300)
                .text("owner", owner, true, 300)
                .text("indicator", indicator, true, 300)
                .check(target != null && target.signum() > 0, "target", "invalid.positive")
                .check(weight != null && weight.signum() > 0, "measureWeight", "invalid.positive")
                .throwIfAny();
        var id = jdbc.sql("""
                insert into action_measure (package_id, title, owner, indicator, target, weight) values (?, ?, ?, ?, ?, ?)
                returning id""")
                .params(packageId, title.strip(), owner.strip(), indicator.strip(), target, weight).query(Long.class).single();
        audit.record(me.id(), programmeId, "action-plan.measure.added", "action package " + packageId, title);
        return id;
    }

    @Transactional
    public void recordProgress(long measureId, BigDecimal progress, SignedIn me) {
        var programmeId = programmeOf("""
                select p.programme_id from action_measure m join action_package k on k.id = m.package_id
                join action_plan p on p.id = k.plan_id where m.id = ?""", measureId);
        access.work(programmeId, me);
        if (progress == null || progress.signum() < 0) {
            throw Invalid.of("progress", "invalid.not-negative");
        }
        jdbc.sql("update action_measure set progress = ? where id = ?").params(progress, measureId).update();
        audit.record(me.id(), programmeId, "action-plan.progress", "action measure " + measureId, progress.toPlainString());
    }

    /** The programme's plan, for someone on its team. */
    public Optional<ActionPlan> plan(long programmeId, SignedIn me) {
        access.follow(programmeId, me);
        return of(programmeId);
    }

    Optional<ActionPlan> of(long programmeId) {
        var measures = jdbc.sql("""
                select m.* from action_measure m join action_package k on k.id = m.package_id
                join action_plan p on p.id = k.plan_id where p.programme_id = ? order by m.id""").param(programmeId)
                .query((rs, row) -> java.util.Map.entry(rs.getLong("package_id"), new ActionPlan.Measure(rs.getLong("id"),
                        rs.getString("title"), rs.getString("owner"), rs.getString("indicator"), rs.getBigDecimal("target"),
                        rs.getBigDecimal("progress"), rs.getBigDecimal("weight")))).list();
        var packages = jdbc.sql("""
                select k.* from action_package k join action_plan p on p.id = k.plan_id where p.programme_id = ? order by k.id""")
                .param(programmeId)
                .query((rs, row) -> {
                    var id = rs.getLong("id");
                    return new ActionPlan.Package(id, rs.getString("title"), rs.getBigDecimal("weight"), measures.stream()
                            .filter(m -> m.getKey() == id).map(java.util.Map.Entry::getValue).toList());
                }).list();
        return jdbc.sql("select * from action_plan where programme_id = ?").param(programmeId)
                .query((rs, row) -> new ActionPlan(rs.getLong("id"), programmeId, rs.getString("title"), rs.getString("language"),
                        packages)).optional();
    }

    long programmeOfPlan(long planId) {
        return programmeOf("select programme_id from action_plan where id = ?", planId);
    }

    private long programmeOf(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional().orElseThrow(() -> new NotFound("action plan item " + id));
    }
}
