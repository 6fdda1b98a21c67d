package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.matchmaking.BreakoutGroups;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Published breakout groups get boards of their own: members write on their group's board and land there, others
 * only follow it; closing a round moves members on; the gallery brings every group's results back to the plenary.
 */
class GroupBoardsTest extends SiltaTest {

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired BoardActions actions;
    @Autowired BreakoutGroups breakouts;
    @Autowired GroupBoards groups;

    @Test
    void eachBreakoutGroupWritesOnItsOwnBoardAndTheGalleryBringsThemBack() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "UNESCO ICT in education"), "Dushanbe workshop", null,
                Eligibility.everyone());
        var session = given.session(organiser, event, "Day 2", 9, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Priority areas"), 90, ""), organiser.signedIn());
        var people = new ArrayList<Given.Someone>();
        for (int i = 0; i < 8; i++) {
            people.add(given.person("Participant " + i));
            given.registration(people.getLast(), event, session);
        }
        var breakout = breakouts.form(session.id(), 0, new BreakoutGroups.Plan(2, 3, 5, 2, null, List.of("country")),
                organiser.signedIn());
        breakouts.publish(breakout.id(), organiser.signedIn());
        var members = breakouts.members(breakout.id(), event.id());

        var plenary = setup.open(session.id(), 0, templates.byKey("proposals").id(), null,
                new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, false), organiser.signedIn());
        var boards = groups.of(plenary.id());
        assertThat(boards).hasSize(4).allSatisfy(board -> {
            assertThat(board.parentId()).isEqualTo(plenary.id());
            assertThat(board.areas()).isEqualTo(plenary.areas());
        });
        Map<Long, Board> roundOne = new HashMap<>();
        Map<Long, Board> roundTwo = new HashMap<>();
        for (var member : members) {
            var board = boards.stream().filter(b -> b.group().round() == member.round() && b.group().number() == member.group())
                    .findFirst().orElseThrow();
            (member.round() == 1 ? roundOne : roundTwo).put(member.personId(), board);
        }

        var anna = people.getFirst();
        var annasBoard = roundOne.get(anna.id());
        var outsider = people.stream().filter(p -> roundOne.get(p.id()).id() != annasBoard.id()).findFirst().orElseThrow();
        var web = signedIn(anna);
        assertThat(web.get("/sessions/" + session.id() + "/agenda/0/board").location())
                .as("a member lands on their group's board").endsWith("/boards/" + annasBoard.id());
        var page = web.get("/boards/" + annasBoard.id()).body();
        assertThat(page).contains("Group " + annasBoard.group().number() + ", round 1", "Back to the plenary board");

        actions.apply(annasBoard.id(), new Operation.AddNote("proposals", "Open educational resources in Tajik", "en", null, null),
                anna.signedIn(), null);
        var second = actions.apply(annasBoard.id(), new Operation.AddNote("proposals", "ICT competence of teachers", "en",
                null, null), anna.signedIn(), null);
        assertThatThrownBy(() -> actions.apply(annasBoard.id(), new Operation.AddNote("proposals", "Not my group", "en", null,
                null), outsider.signedIn(), null)).as("only members write on a group's board").isInstanceOf(Forbidden.class);
        actions.apply(annasBoard.id(), new Operation.ChangePhase(Phase.VOTE), organiser.signedIn(), null);
        actions.apply(annasBoard.id(), new Operation.Vote(second.id()), anna.signedIn(), null);

        var gallery = signedIn(organiser).get("/boards/" + plenary.id() + "/gallery");
        assertThat(gallery.status()).isEqualTo(200);
        assertThat(gallery.body()).contains("Round 1", "Round 2", "Group 1, round 1", "Group 2, round 2");
        var shown = gallery.body().substring(gallery.body().indexOf("id=\"group-" + annasBoard.id() + "\""));
        assertThat(shown.indexOf("ICT competence of teachers")).as("most votes first")
                .isLessThan(shown.indexOf("Open educational resources in Tajik"));
        assertThat(groups.gallery(plenary.id(), outsider.signedIn())).as("everyone at the plenary sees the gallery")
                .hasSize(4);

        groups.closeRound(plenary.id(), 1, organiser.signedIn());
        assertThat(web.get("/sessions/" + session.id() + "/agenda/0/board").location())
                .as("with round 1 closed, members move on to round 2").endsWith("/boards/" + roundTwo.get(anna.id()).id());
        assertThat(signedIn(organiser).get("/sessions/" + session.id() + "/agenda/0/board").location())
                .endsWith("/boards/" + plenary.id());
    }
}
