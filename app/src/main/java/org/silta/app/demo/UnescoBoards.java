package org.silta.app.demo;

import java.util.List;
import java.util.Map;
import org.silta.app.boards.BoardSettings;
import org.silta.app.boards.Phase;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.Session;

/** Case C's board: candidate priorities, voted on, grouped into three priority areas with actions and owners. */
final class UnescoBoards {

    private UnescoBoards() {
    }

    static void load(Demo demo, Session groupWork, List<Registration> registrations) {
        var boards = demo.boards;
        var facilitator = demo.organiser;
        var people = boards.writers(registrations, groupWork, 6);
        var board = boards.open(groupWork, 1, "priority-areas", new BoardSettings(false, false, 2, 1,
                BoardSettings.DotsPer.PERSON, true), facilitator);
        var resources = boards.note(board, people.get(0), "candidates", "ru", "Обеспечение учебными и методическими ресурсами");
        var competence = boards.note(board, people.get(1), "candidates", "en", "Educators' ICT competence development");
        var emis = boards.note(board, people.get(2), "candidates", "en", "ICT-enhanced education management information systems");
        boards.note(board, people.get(3), "candidates", "ru", "Электронные учебники на таджикском языке");
        boards.phase(board, facilitator, Phase.VOTE);
        boards.votes(board, people, Map.of(resources, 2, competence, 2, emis, 2));
        boards.phase(board, facilitator, Phase.GROUP);
        var areas = List.of(boards.cluster(board, facilitator, "actions", "Provision of teaching and learning resources"),
                boards.cluster(board, facilitator, "actions", "Educators' ICT competence development"),
                boards.cluster(board, facilitator, "actions", "ICT-enhanced EMIS"));
        boards.move(board, facilitator, boards.action(board, facilitator, "actions", "Open repository of OER in Tajik and Russian",
                "Republican Center for ICT in Education", "2019-2020"), areas.get(0));
        boards.move(board, facilitator, boards.action(board, facilitator, "actions", "ICT competency standards for teachers",
                "Ministry of Education and Science", "2019"), areas.get(1));
        boards.move(board, facilitator, boards.action(board, facilitator, "actions", "Pilot of EMIS data collection in two regions",
                "Ministry of Education and Science", "2019-2021"), areas.get(2));
        boards.phase(board, facilitator, Phase.CLOSED);
    }
}
