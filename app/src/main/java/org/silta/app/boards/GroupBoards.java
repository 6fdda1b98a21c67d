package org.silta.app.boards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.matchmaking.BreakoutGroups;
import org.silta.app.shared.Invalid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakout groups' boards. When the group work's breakout groups are published, each group of each round gets a
 * board of the plenary board's template and settings, on which its members write; participants land on their
 * group's board of the first round whose board is still open; the gallery brings every group's board back to the
 * plenary.
 */
@Service
public class GroupBoards {

    static final int GALLERY_NOTES = 3;

    private final Boards boards;
    private final BoardAccess access;
    private final BoardView view;
    private final BreakoutGroups breakouts;
    private final BoardActions actions;
    private final AuditLog audit;

    GroupBoards(Boards boards, BoardAccess access, BoardView view, BreakoutGroups breakouts, BoardActions actions,
                AuditLog audit) {
        this.boards = boards;
        this.access = access;
        this.view = view;
        this.breakouts = breakouts;
        this.actions = actions;
        this.audit = audit;
    }

    /** One group's board as the gallery shows it: each area with its notes, most votes first, the first few. */
    public record GalleryGroup(Board board, List<GalleryArea> areas) {
    }

    public record GalleryArea(Area area, int noteCount, List<BoardState.NoteView> top) {
    }

    /** Opens a board for every published group the plenary board has none for, and brings members up to date. */
    @Transactional
    public List<Board> open(long plenaryId, SignedIn me) {
        var plenary = boards.get(plenaryId);
        access.facilitator(plenary, me);
        if (plenary.parentId() != null || !hasPublishedGroups(plenary)) {
            throw Invalid.of("groups", "invalid.board.no-groups");
        }
        var opened = open(plenary);
        audit.record(me.id(), plenary.programmeId(), "board.groups.opened", "board " + plenaryId + ": "
                + plenary.title().fallbackText(), opened.size() + " group boards");
        return opened;
    }

    boolean hasPublishedGroups(Board plenary) {
        return breakouts.of(plenary.sessionId(), plenary.agendaPosition()).filter(BreakoutGroups.Breakout::published).isPresent();
    }

    /** The group boards of the plenary board's published breakout groups, created where missing. */
    List<Board> open(Board plenary) {
        var breakout = breakouts.of(plenary.sessionId(), plenary.agendaPosition()).filter(BreakoutGroups.Breakout::published);
        if (breakout.isEmpty()) {
            return List.of();
        }
        var groups = new LinkedHashMap<Board.Group, List<Long>>();
        breakouts.members(breakout.get().id(), plenary.eventId()).forEach(member -> groups.computeIfAbsent(
                new Board.Group(member.round(), member.group(), member.theme()), key -> new java.util.ArrayList<>())
                .add(member.personId()));
        var existing = boards.groups(plenary.id());
        groups.forEach((group, members) -> {
            var board = existing.stream().filter(b -> b.group().round() == group.round() && b.group().number() == group.number())
                    .findFirst().map(Board::id).orElseGet(() -> boards.createGroup(plenary, group));
            boards.members(board, members);
        });
        return boards.groups(plenary.id());
    }

    /** Closes every group board of the round, each by its own sequenced operation: members move on to the next round. */
    public void closeRound(long plenaryId, int round, SignedIn me) {
        access.facilitator(boards.get(plenaryId), me);
        boards.groups(plenaryId).stream().filter(board -> board.group().round() == round && board.phase() != Phase.CLOSED)
                .forEach(board -> actions.apply(board.id(), new Operation.ChangePhase(Phase.CLOSED), me, null));
    }

    public List<Board> of(long plenaryId) {
        return boards.groups(plenaryId);
    }

    /** Where a member of the breakout groups lands: their group's board of the first round still open, else the last. */
    public Optional<Board> landing(long plenaryId, long personId) {
        var mine = boards.groupsOf(plenaryId, personId);
        return mine.stream().filter(board -> board.phase() != Phase.CLOSED).findFirst()
                .or(() -> mine.isEmpty() ? Optional.empty() : Optional.of(mine.getLast()));
    }

    /** Every group's board as everyone may see it, for the facilitator to walk the plenary through. */
    public List<GalleryGroup> gallery(long plenaryId, SignedIn me) {
        access.actor(boards.get(plenaryId), me);
        return boards.groups(plenaryId).stream().map(board -> new GalleryGroup(board, view.forExport(board).areas().stream()
                .map(area -> new GalleryArea(area.area(), area.noteCount(),
                        area.ranked().stream().limit(GALLERY_NOTES).toList())).toList())).toList();
    }
}
