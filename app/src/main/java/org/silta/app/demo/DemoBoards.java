package org.silta.app.demo;

import java.util.List;
import java.util.Map;
import org.silta.app.boards.BoardActions;
import org.silta.app.boards.BoardSettings;
import org.silta.app.boards.BoardSetup;
import org.silta.app.boards.BoardTemplates;
import org.silta.app.boards.Operation;
import org.silta.app.boards.Phase;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.Session;
import org.springframework.stereotype.Component;

/** The demo's boards: opened on group-work items and written on through the boards' own use cases. */
@Component
class DemoBoards {

    private final BoardSetup setup;
    private final BoardTemplates templates;
    private final BoardActions actions;
    private final Accounts accounts;

    DemoBoards(BoardSetup setup, BoardTemplates templates, BoardActions actions, Accounts accounts) {
        this.setup = setup;
        this.templates = templates;
        this.actions = actions;
        this.accounts = accounts;
    }

    long open(Session session, int agendaPosition, String template, BoardSettings settings, SignedIn facilitator) {
        return setup.open(session.id(), agendaPosition, templates.byKey(template).id(), null, settings, facilitator).id();
    }

    /** The registered people, as the board sees them when they write. */
    List<SignedIn> writers(List<Registration> registrations, Session session, int count) {
        return registrations.stream().filter(r -> r.sessionIds().contains(session.id()) && r.personId() != null).limit(count)
                .map(r -> accounts.get(r.personId()))
                .map(person -> new SignedIn(person.id(), person.email(), person.name(), false)).toList();
    }

    long note(long board, SignedIn writer, String area, String language, String text) {
        return actions.apply(board, new Operation.AddNote(area, text, language, null, null), writer, null).id();
    }

    long action(long board, SignedIn writer, String area, String text, String owner, String timeFrame) {
        return actions.apply(board, new Operation.AddNote(area, text, "en", owner, timeFrame), writer, null).id();
    }

    long cluster(long board, SignedIn facilitator, String area, String title) {
        return actions.apply(board, new Operation.AddCluster(area, title), facilitator, null).id();
    }

    void move(long board, SignedIn facilitator, long note, long cluster) {
        actions.apply(board, new Operation.MoveNote(note, null, cluster), facilitator, null);
    }

    void phase(long board, SignedIn facilitator, Phase phase) {
        actions.apply(board, new Operation.ChangePhase(phase), facilitator, null);
    }

    /**
     * Gives each note the wanted number of dots, one dot per voter per note, the voters taken in turn:
     * the totals must fit the voters' budgets (as the board enforces them).
     */
    void votes(long board, List<SignedIn> voters, Map<Long, Integer> wanted) {
        var next = 0;
        for (var note : wanted.entrySet()) {
            for (int dot = 0; dot < note.getValue(); dot++) {
                actions.apply(board, new Operation.Vote(note.getKey()), voters.get(next++ % voters.size()), null);
            }
        }
    }
}
