package org.silta.app.demo;

import java.util.LinkedHashMap;
import java.util.List;
import org.silta.app.boards.BoardSettings;
import org.silta.app.boards.Phase;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.Session;

/** Case E's boards: the conceptual map and the reflection of session 1, the proposals of session 2. */
final class EtfBoards {

    private EtfBoards() {
    }

    static void load(Demo demo, Session first, Session second, List<Registration> registrations) {
        var boards = demo.boards;
        var facilitator = demo.organiser;
        var learners = boards.writers(registrations, first, 40);
        var map = boards.open(first, 1, "etf-conceptual-map", BoardSettings.usual(), facilitator);
        var votes = new LinkedHashMap<Long, Integer>();
        votes.put(boards.note(map, learners.get(0), "goals", "en", "Learning goes on for every learner, wherever they are"), 14);
        votes.put(boards.note(map, learners.get(1), "goals", "en", "Teachers confident with online and blended teaching"), 11);
        votes.put(boards.note(map, learners.get(2), "goals", "en", "Every learner can continue learning when colleges close"), 2);
        votes.put(boards.note(map, learners.get(3), "envisaging", "en",
                "A shared regional platform with content in the national languages"), 12);
        votes.put(boards.note(map, learners.get(4), "envisaging", "en", "Work-based learning supported online"), 8);
        votes.put(boards.note(map, learners.get(5), "envisaging", "ru", "Онлайн-практика на реальном оборудовании через видео"), 3);
        votes.put(boards.note(map, learners.get(6), "threats", "en", "Unequal access to devices and the internet in rural areas"), 15);
        votes.put(boards.note(map, learners.get(7), "threats", "en", "Learners dropping out while colleges are closed"), 9);
        votes.put(boards.note(map, learners.get(8), "threats", "ru", "Нет стабильного интернета в сельских районах"), 4);
        votes.put(boards.note(map, learners.get(9), "obstacles", "en", "Teachers' and trainers' digital skills"), 13);
        votes.put(boards.note(map, learners.get(10), "obstacles", "en", "No rules yet for recognising online learning"), 7);
        votes.put(boards.note(map, learners.get(11), "obstacles", "uz", "O'qituvchilarda kompyuter yetishmaydi"), 3);
        votes.put(boards.note(map, learners.get(12), "enablers", "en", "Donor programmes already under way"), 10);
        votes.put(boards.note(map, learners.get(13), "enablers", "en", "Open educational resources"), 9);
        votes.put(boards.note(map, learners.get(14), "enablers", "ru", "Поддержка работодателей и социальных партнёров"), 2);
        boards.phase(map, facilitator, Phase.VOTE);
        boards.votes(map, learners, votes);
        boards.phase(map, facilitator, Phase.CLOSED);

        var reflection = boards.open(first, 2, "reflection", new BoardSettings(true, true, 3, 2,
                BoardSettings.DotsPer.PERSON, false), facilitator);
        boards.note(reflection, learners.get(0), "worked-well", "en", "The quick move to messaging apps and television lessons");
        boards.note(reflection, learners.get(1), "worked-well", "ru", "Преподаватели быстро перешли на Telegram");
        boards.note(reflection, learners.get(2), "worked-less-well", "en", "Practical training at a distance");
        boards.note(reflection, learners.get(3), "did-not-work", "en", "Exams online without proctoring");
        boards.note(reflection, learners.get(4), "could-have-helped", "ru", "Бесплатный мобильный интернет для студентов");
        boards.phase(reflection, facilitator, Phase.DISCUSS);

        var policy = boards.writers(registrations, second, 30);
        var proposals = boards.open(second, 2, "proposals", new BoardSettings(false, false, 3, 2,
                BoardSettings.DotsPer.PERSON, false), facilitator);
        var wanted = new LinkedHashMap<Long, Integer>();
        wanted.put(boards.note(proposals, policy.get(0), "proposals", "en", "More cooperation in open and distance learning"), 18);
        wanted.put(boards.note(proposals, policy.get(1), "proposals", "en", "Better use of existing resources"), 12);
        wanted.put(boards.note(proposals, policy.get(2), "proposals", "ru",
                "Координация доноров на национальном и региональном уровне"), 11);
        wanted.put(boards.note(proposals, policy.get(3), "proposals", "en", "A competency framework for learners"), 9);
        boards.phase(proposals, facilitator, Phase.VOTE);
        boards.votes(proposals, policy, wanted);
    }
}
