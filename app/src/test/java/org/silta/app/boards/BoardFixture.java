package org.silta.app.boards;

import org.silta.app.Given;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.LocalizedText;

/** A workshop with a group-work item and a board on it, run by a facilitating organiser. */
record BoardFixture(Given.Someone organiser, Programme programme, Event event, Session session, Board board) {

    static BoardFixture open(Given given, SessionEditing sessions, BoardSetup setup, BoardTemplates templates,
                             String template, BoardSettings settings) {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "ETF Central Asia");
        var event = given.event(organiser, programme, "Distance learning in Central Asia", null, Eligibility.everyone());
        var session = given.session(organiser, event, "Session 1", 10, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.PANEL, LocalizedText.of("en", "Panel"), 30, ""),
                organiser.signedIn());
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Reflection: what worked"), 40, ""), organiser.signedIn());
        var board = setup.open(session.id(), 1, templates.byKey(template).id(), null, settings, organiser.signedIn());
        return new BoardFixture(organiser, programme, event, session, board);
    }

    Given.Someone participant(Given given, String name) {
        var someone = given.person(name);
        given.registration(someone, event, session);
        return someone;
    }
}
