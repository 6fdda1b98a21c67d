package org.silta.app.demo;

import static org.silta.app.programmes.CoOrganiserRole.IMPLEMENTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeStatus;

/** Case C: UNESCO's workshop on ICT and open educational resources for SDG 4, Dushanbe, 22-23 October 2018. */
final class UnescoDushanbe {

    private static final List<String[]> PARTICIPANTS = List.of(
            new String[] {"Ministry of Education and Science of the Republic of Tajikistan", "GOVERNMENT"},
            new String[] {"Republican Center for ICT in Education", "OTHER_PUBLIC_SECTOR"},
            new String[] {"National Testing Center", "OTHER_PUBLIC_SECTOR"},
            new String[] {"Tajik National University", "ACADEMIC_TRAINING_RESEARCH"},
            new String[] {"Tajik State Pedagogical University", "ACADEMIC_TRAINING_RESEARCH"},
            new String[] {"Civil society network for education in Tajikistan", "NATIONAL_NGO"});

    private UnescoDushanbe() {
    }

    static void load(Demo demo) {
        var programme = demo.programme(
                Map.of("en", "ICT in education 2030: Tajikistan", "ru", "ИКТ в образовании 2030: Таджикистан"),
                Map.of("en", "Part of a donor-funded global funds-in-trust project (launched 2015) on ICT for Education 2030: "
                        + "national workshops with decision makers on ICT and open educational resources for SDG 4."),
                "en", List.of("TJ"), List.of("ICT in education", "open educational resources", "EMIS"));
        demo.coOrganiser(programme, demo.organisation("UNESCO", "en", "MULTILATERAL", "FR"), IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("UNESCO Almaty Cluster Office", "en", "MULTILATERAL", "KZ"), IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("Ministry of Education and Science of the Republic of Tajikistan", "en",
                "GOVERNMENT", "TJ"), IMPLEMENTING);

        var workshop = demo.event(programme, Map.of("en", "National workshop on ICT and OER for SDG 4",
                        "ru", "Национальный семинар по ИКТ и ООР для ЦУР 4"), "en", EventFormat.IN_PERSON, "Dushanbe",
                "Asia/Dushanbe", LocalDate.of(2018, 10, 22), LocalDate.of(2018, 10, 23),
                Map.of("en", "Train decision makers on global, regional and national experience, then identify priority "
                        + "areas and main activities for ICT and open educational resources."), null, 35,
                Eligibility.everyone());
        var training = demo.session(workshop, "en", "Day 1: training on global, regional and national experience",
                LocalDateTime.of(2018, 10, 22, 9, 0), LocalDateTime.of(2018, 10, 22, 17, 0), EventFormat.IN_PERSON, List.of());
        demo.agenda(training, "en", AgendaKind.TRAINING, "ICT in education policy: global experience", 90, "UNESCO headquarters");
        demo.agenda(training, "en", AgendaKind.TRAINING, "Open educational resources in the region", 90, "UNESCO Almaty");
        demo.agenda(training, "en", AgendaKind.BREAK, "Lunch", 60, "");
        demo.agenda(training, "en", AgendaKind.PANEL, "Tajikistan's experience", 90, "Ministry of Education and Science");
        var groupWork = demo.session(workshop, "en", "Day 2: group discussions on priority areas",
                LocalDateTime.of(2018, 10, 23, 9, 0), LocalDateTime.of(2018, 10, 23, 16, 0), EventFormat.IN_PERSON, List.of());
        demo.agenda(groupWork, "en", AgendaKind.GROUP_WORK, "Candidate priority areas", 120, "Facilitators from four UNESCO offices");
        demo.agenda(groupWork, "en", AgendaKind.GROUP_WORK, "Priority areas with main activities and owners", 150, "");
        var people = demo.crowd(workshop, 30, List.of("TJ"), List.of(training, groupWork), null, country -> demo.pick(PARTICIPANTS));
        UnescoBoards.load(demo, groupWork, people);
        demo.attend(training, people, 0.95);
        demo.attend(groupWork, people, 0.9);
        demo.close(programme, List.of(workshop), ProgrammeStatus.ARCHIVED);
    }
}
