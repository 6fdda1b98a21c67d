package org.silta.app.demo;

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
        var learners = boards.writers(registrations, first, 8);
        var map = boards.open(first, 1, "etf-conceptual-map", BoardSettings.usual(), facilitator);
        boards.note(map, learners.get(0), "goals", "en", "Every learner can continue learning when colleges close");
        boards.note(map, learners.get(1), "envisaging", "ru", "Онлайн-практика на реальном оборудовании через видео");
        boards.note(map, learners.get(2), "threats", "ru", "Нет стабильного интернета в сельских районах");
        boards.note(map, learners.get(3), "obstacles", "en", "Teachers lack training in online teaching methods");
        boards.note(map, learners.get(4), "obstacles", "uz", "O'qituvchilarda kompyuter yetishmaydi");
        boards.note(map, learners.get(5), "enablers", "en", "Messaging apps every student already uses");
        boards.note(map, learners.get(6), "enablers", "ru", "Поддержка работодателей и социальных партнёров");
        boards.phase(map, facilitator, Phase.CLOSED);

        var reflection = boards.open(first, 2, "reflection", new BoardSettings(true, true, 3, 2,
                BoardSettings.DotsPer.PERSON, false), facilitator);
        boards.note(reflection, learners.get(0), "worked-well", "ru", "Преподаватели быстро перешли на Telegram");
        boards.note(reflection, learners.get(1), "worked-less-well", "en", "Practical training at a distance");
        boards.note(reflection, learners.get(2), "did-not-work", "en", "Exams online without proctoring");
        boards.note(reflection, learners.get(3), "could-have-helped", "ru", "Бесплатный мобильный интернет для студентов");
        boards.phase(reflection, facilitator, Phase.DISCUSS);

        var policy = boards.writers(registrations, second, 6);
        var proposals = boards.open(second, 2, "proposals", new BoardSettings(false, false, 3, 2,
                BoardSettings.DotsPer.PERSON, false), facilitator);
        var cooperation = boards.note(proposals, policy.get(0), "proposals", "en", "More cooperation in open and distance learning");
        var resources = boards.note(proposals, policy.get(1), "proposals", "en", "Better use of existing resources");
        var donors = boards.note(proposals, policy.get(2), "proposals", "ru", "Координация доноров на национальном и региональном уровне");
        boards.note(proposals, policy.get(3), "proposals", "en", "A competency framework for learners");
        boards.phase(proposals, facilitator, Phase.VOTE);
        boards.votes(proposals, policy, cooperation, donors, resources);
    }
}
