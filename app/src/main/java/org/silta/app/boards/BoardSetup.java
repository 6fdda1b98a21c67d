package org.silta.app.boards;

import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator opens a board on a group-work item of a session's agenda, from a template; when the item's breakout
 * groups are published, each group gets its board at once.
 */
@Service
public class BoardSetup {

    private final ProgrammeCatalogue catalogue;
    private final BoardTemplates templates;
    private final Boards boards;
    private final GroupBoards groups;
    private final AuditLog audit;

    BoardSetup(ProgrammeCatalogue catalogue, BoardTemplates templates, Boards boards, GroupBoards groups, AuditLog audit) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.boards = boards;
        this.groups = groups;
        this.audit = audit;
    }

    @Transactional
    public Board open(long sessionId, int agendaPosition, long templateId, LocalizedText title, BoardSettings settings,
                      SignedIn me) {
        var session = catalogue.session(sessionId, me);
        var event = catalogue.event(session.eventId(), me);
        var programme = catalogue.programme(event.programmeId(), me);
        if (!catalogue.canFacilitate(programme, me)) {
            throw new Forbidden("boards of session " + sessionId);
        }
        if (agendaPosition < 0 || agendaPosition >= session.agenda().size()
                || session.agenda().get(agendaPosition).kind() != AgendaKind.GROUP_WORK) {
            throw new NotFound("group work " + agendaPosition + " of session " + sessionId);
        }
        var template = templates.get(templateId, programme.id());
        var name = title == null || title.isBlank() ? session.agenda().get(agendaPosition).title() : title;
        new Invalid.Collector().text("title", name, true, 300)
                .check(settings.dots() >= 1 && settings.dots() <= 100, "dots", "invalid.range", 1, 100)
                .check(settings.dotsPerNote() >= 1 && settings.dotsPerNote() <= settings.dots(), "dotsPerNote",
                        "invalid.range", 1, settings.dots())
                .throwIfAny();
        var id = boards.create(programme.id(), event.id(), sessionId, agendaPosition, name, template.areas(), settings);
        audit.record(me.id(), programme.id(), "board.opened", "board " + id + ": " + name.fallbackText(),
                template.name().fallbackText());
        var board = boards.get(id);
        groups.open(board);
        return board;
    }

    public java.util.Optional<Board> onAgendaItem(long sessionId, int agendaPosition) {
        return boards.onAgendaItem(sessionId, agendaPosition);
    }
}
