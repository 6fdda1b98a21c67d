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

    static final int MAX_AREAS = 12;

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

    /** One area of an organiser's template as written on the page; a row left empty is no area. */
    public record AreaDraft(LocalizedText title, LocalizedText prompt, boolean actions) {

        boolean isEmpty() {
            return title.isBlank() && prompt.isBlank() && !actions;
        }
    }

    /**
     * An organiser's own template for the programme's boards: a name and areas, each with a title and a prompt in
     * any of the interface languages, and whether its notes are actions with an owner and a time frame.
     */
    @Transactional
    public BoardTemplate define(long programmeId, LocalizedText name, List<AreaDraft> drafts, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!catalogue.canManage(programme, me)) {
            throw new Forbidden("templates of programme " + programmeId);
        }
        var problems = new Invalid.Collector().text("name", name, true, 200);
        var areas = new ArrayList<Area>();
        var titles = new java.util.HashSet<String>();
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            if (draft.isEmpty()) {
                continue;
            }
            var field = "area" + (i + 1);
            problems.text(field + ".title", draft.title(), true, 200).text(field + ".prompt", draft.prompt(), false, 500);
            draft.title().texts().forEach((language, title) -> problems.check(titles.add(language + ":" + title.toLowerCase()),
                    field + ".title", "invalid.board.template-same-area", title));
            areas.add(new Area("area-" + (i + 1), draft.title(), draft.prompt().isBlank() ? null : draft.prompt(),
                    draft.actions()));
        }
        problems.check(!areas.isEmpty(), "area1.title", "invalid.board.template-no-area")
                .check(areas.size() <= MAX_AREAS, "area1.title", "invalid.range", 1, MAX_AREAS)
                .throwIfAny();
        var id = jdbc.sql("insert into board_template (programme_id, name, areas) values (?, cast(? as jsonb), cast(? as jsonb)) returning id")
                .params(programmeId, Boards.json(name), Boards.json(areas)).query(Long.class).single();
        audit.record(me.id(), programmeId, "board.template.defined", "template " + id + ": " + name.fallbackText(),
                areas.size() + " areas");
        return get(id, programmeId);
    }

    private static BoardTemplate template(ResultSet rs, int row) throws SQLException {
        return new BoardTemplate(rs.getLong("id"), rs.getString("key"), (Long) rs.getObject("programme_id"),
                Boards.JSON.readValue(rs.getString("name"), LocalizedText.class),
                Boards.JSON.readValue(rs.getString("areas"), AREAS));
    }
}
