package org.silta.app.partnerships;

import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Invalid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which programmes led to which: a preliminary study that led to a development programme, a pilot, an earlier round. */
@Service
public class ProgrammeLineage {

    public enum Relation { STUDY, PILOT, EARLIER_ROUND }

    /** A programme before or after this one, and how they are related. */
    public record Link(Programme programme, Relation relation) {
    }

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final ProgrammeCatalogue catalogue;
    private final AuditLog audit;

    ProgrammeLineage(JdbcClient jdbc, PipelineAccess access, ProgrammeCatalogue catalogue, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Transactional
    public void addPredecessor(long programmeId, Long predecessorId, String relation, SignedIn me) {
        access.work(programmeId, me);
        var parsed = Rows.parse(Relation.class, relation);
        var problems = new Invalid.Collector().check(parsed != null, "relation", "invalid.choice", String.valueOf(relation));
        if (predecessorId == null || predecessorId == programmeId) {
            problems.add("predecessor", "invalid.choice", String.valueOf(predecessorId));
        } else {
            access.follow(predecessorId, me);
            problems.check(!before(predecessorId).contains(programmeId), "predecessor", "invalid.lineage-loop");
        }
        problems.throwIfAny();
        jdbc.sql("insert into programme_lineage values (?, ?, ?) on conflict (programme_id, predecessor_id) do update set relation = ?")
                .params(programmeId, predecessorId, parsed.name(), parsed.name()).update();
        audit.record(me.id(), programmeId, "programme.lineage.added", "programme " + programmeId,
                "after programme " + predecessorId + " (" + parsed + ")");
    }

    /** The programmes this one came from, as far as the reader may see them. */
    public List<Link> predecessors(long programmeId, SignedIn me) {
        return links("select predecessor_id, relation from programme_lineage where programme_id = ?", programmeId, me);
    }

    /** The programmes that came from this one, as far as the reader may see them. */
    public List<Link> successors(long programmeId, SignedIn me) {
        return links("select programme_id, relation from programme_lineage where predecessor_id = ?", programmeId, me);
    }

    private List<Long> before(long programmeId) {
        return jdbc.sql("""
                with recursive earlier(id) as (
                    select predecessor_id from programme_lineage where programme_id = ?
                    union select l.predecessor_id from programme_lineage l join earlier e on l.programme_id = e.id)
                select id from earlier""").param(programmeId).query(Long.class).list();
    }

    private List<Link> links(String sql, long programmeId, SignedIn me) {
        var visible = catalogue.visibleTo(me);
        return jdbc.sql(sql).param(programmeId)
                .query((rs, row) -> java.util.Map.entry(rs.getLong(1), Relation.valueOf(rs.getString(2)))).list().stream()
                .flatMap(entry -> visible.stream().filter(p -> p.id().equals(entry.getKey()))
                        .map(p -> new Link(p, entry.getValue())))
                .toList();
    }
}
