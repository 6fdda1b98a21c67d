package org.silta.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.boards.BoardActions;
import org.silta.app.boards.BoardSettings;
import org.silta.app.boards.BoardSetup;
import org.silta.app.boards.BoardTemplates;
import org.silta.app.boards.GroupBoards;
import org.silta.app.boards.Operation;
import org.silta.app.boards.Phase;
import org.silta.app.matchmaking.BreakoutGroups;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the boards in every interface language passes axe: a plenary board with notes in four scripts and
 * a cluster, a breakout group's board, the gallery, the suggested clusters, the programme's templates and the page
 * that opens a board.
 */
class BoardPagesAxeBrowserTest extends BrowserSupport {

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired BoardActions actions;
    @Autowired BreakoutGroups breakouts;
    @Autowired GroupBoards groups;

    @Test
    void everyBoardPagePassesAxeInEveryLanguage() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "UNESCO ICT in education");
        var event = given.event(organiser, programme, "Dushanbe workshop", null, Eligibility.everyone());
        var session = given.session(organiser, event, "Day 2", 9, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Priority areas"), 90, ""), organiser.signedIn());
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Reflection"), 30, ""), organiser.signedIn());
        var people = new ArrayList<Given.Someone>();
        for (int i = 0; i < 6; i++) {
            people.add(given.person("Participant " + i));
            given.registration(people.getLast(), event, session);
        }
        var breakout = breakouts.form(session.id(), 0, new BreakoutGroups.Plan(2, 2, 4, 1, null, List.of("country")),
                organiser.signedIn());
        breakouts.publish(breakout.id(), organiser.signedIn());
        var plenary = setup.open(session.id(), 0, templates.byKey("etf-conceptual-map").id(), null,
                new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, true), organiser.signedIn());
        var area = plenary.areas().getFirst().key();
        for (var note : List.of(new String[] {"Opettajien täydennyskoulutus verkossa", "fi"},
                new String[] {"Повышение квалификации учителей онлайн", "ru"},
                new String[] {"Online in-service training for teachers", "en"}, new String[] {"교사 연수 온라인", "ko"})) {
            actions.apply(plenary.id(), new Operation.AddNote(area, note[0], note[1], null, null), organiser.signedIn(), null);
        }
        actions.apply(plenary.id(), new Operation.AddCluster(area, "Teacher training", List.of()), organiser.signedIn(), null);
        actions.apply(plenary.id(), new Operation.ChangePhase(Phase.VOTE), organiser.signedIn(), null);
        var groupBoard = groups.of(plenary.id()).getFirst();
        var member = breakouts.members(breakout.id(), event.id()).stream()
                .filter(m -> m.round() == groupBoard.group().round() && m.group() == groupBoard.group().number()).findFirst().orElseThrow();
        var participant = people.stream().filter(p -> p.id() == member.personId()).findFirst().orElseThrow();

        var organiserPages = List.of("/boards/" + plenary.id(), "/boards/" + groupBoard.id(),
                "/boards/" + plenary.id() + "/gallery", "/boards/" + plenary.id() + "/suggestions",
                "/programmes/" + programme.id() + "/board-templates", "/sessions/" + session.id() + "/agenda/1/board");
        var participantPages = List.of("/boards/" + groupBoard.id(), "/boards/" + plenary.id(),
                "/boards/" + plenary.id() + "/gallery");
        for (var language : List.of("en", "fi", "sv", "ru")) {
            visit(signIn(window(language, "Europe/Helsinki"), organiser), organiserPages, language);
            visit(signIn(window(language, "Asia/Dushanbe"), participant), participantPages, language);
        }
    }

    private static void visit(Page page, List<String> paths, String language) {
        for (var path : paths) {
            var response = page.navigate(path);
            assertThat(response.status()).as("%s in %s", path, language).isEqualTo(200);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
            assertAccessible(page);
        }
    }
}
