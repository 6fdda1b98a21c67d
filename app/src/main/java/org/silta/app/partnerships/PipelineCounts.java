package org.silta.app.partnerships;

import org.silta.app.reporting.PipelineFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pipeline's figures for reports: a partnership counts for the event its chain of idea and offer began at. */
@Component
class PipelineCounts implements PipelineFigures {

    private final JdbcClient jdbc;

    PipelineCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Pipeline ofProgramme(long programmeId) {
        return jdbc.sql("""
                select (select count(*) from collaboration_idea where programme_id = :id and source = 'MEETING'),
                       (select count(*) from collaboration_idea where programme_id = :id),
                       (select count(*) from joint_offer where programme_id = :id),
                       (select count(*) from partnership where programme_id = :id)""")
                .param("id", programmeId).query(PipelineCounts::pipeline).single();
    }

    @Override
    public Pipeline ofEvent(long eventId) {
        return jdbc.sql("""
                with idea as (select id, source from collaboration_idea where event_id = :id),
                     offer as (select id from joint_offer where idea_id in (select id from idea))
                select (select count(*) from idea where source = 'MEETING'), (select count(*) from idea),
                       (select count(*) from offer),
                       (select count(*) from partnership
                         where idea_id in (select id from idea) or offer_id in (select id from offer))""")
                .param("id", eventId).query(PipelineCounts::pipeline).single();
    }

    private static Pipeline pipeline(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pipeline(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
    }
}
