package org.silta.app.boards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** The templates a programme's boards start from: Silta's own and the ones its organisers define. */
@Service
public class BoardTemplates {

    private static final TypeReference<List<Area>> AREAS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;
    private final AuditLog audit;

    BoardTemplates(JdbcClient jdbc, ProgrammeCatalogue catalogue, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    public List<BoardTemplate> forProgramme(long programmeId) {
        return jdbc.sql("select * from board_template where programme_id is null or programme_id = ? order by programme_id nulls first, id")
                .param(programmeId).query(BoardTemplates::template).list();
    }

    public BoardTemplate byKey(String key) {
        return jdbc.sql("select * from board_template where key = ?").param(key).query(BoardTemplates::template).optional()
                .orElseThrow(() -> new NotFound("template " + key));
    }

    BoardTemplate get(long id, long programmeId) {
        return forProgramme(programmeId).stream().filter(template -> template.id() == id).findFirst()
                .orElseThrow(() -> Invalid.of("template", "invalid.choice", id));
    }

    /** An organiser's own template: its name and its areas, one title per line. */
    @Transactional
    public BoardTemplate define(long programmeId, LocalizedText name, List<String> areaTitles, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!catalogue.canManage(programme, me)) {
            throw new Forbidden("templates of programme " + programmeId);
        }
        var titles = areaTitles.stream().map(String::strip).filter(title -> !title.isEmpty()).toList();
        var problems = new Invalid.Collector().text("name", name, true, 200)
                .check(!titles.isEmpty() && titles.size() <= 12, "areas", "invalid.range", 1, 12);
        titles.forEach(title -> problems.text("areas", title, true, 200));
        problems.throwIfAny();
        var areas = new ArrayList<Area>();
        for (var title : titles) {
            var key = "area-" + (areas.size() + 1);
            areas.add(new Area(key, LocalizedText.of(name.fallback(), title), null, false));
        }
        var id = jdbc.sql("insert into board_template (programme_id, name, areas) values (?, cast(? as jsonb), cast(? as jsonb)) returning id")
                .params(programmeId, Boards.json(name), Boards.json(areas)).query(Long.class).single();
        audit.record(me.id(), programmeId, "board.template.defined", "template " + id + ": " + name.fallbackText(), "");
        return get(id, programmeId);
    }

    private static BoardTemplate template(ResultSet rs, int row) throws SQLException {
        return new BoardTemplate(rs.getLong("id"), rs.getString("key"), (Long) rs.getObject("programme_id"),
                Boards.JSON.readValue(rs.getString("name"), LocalizedText.class),
                Boards.JSON.readValue(rs.getString("areas"), AREAS));
    }
}
