package org.silta.app.demo;

import static org.silta.app.programmes.CoOrganiserRole.IMPLEMENTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeStatus;
import org.silta.app.programmes.Registration;

/**
 * Case E: the European Training Foundation's regional online workshop on distance and online learning in
 * Central Asia, 18 and 26 November 2020 at 10:00 Turin time, part of the Torino Process.
 */
final class EtfCentralAsia {

    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "UZ", "TM");

    private EtfCentralAsia() {
    }

    static void load(Demo demo, SignedIn participant) {
        var programme = demo.programme(
                Map.of("en", "Torino Process in Central Asia", "ru", "Туринский процесс в Центральной Азии"),
                Map.of("en", "Since 2010 the Torino Process reviews vocational education and training policies. In its fifth "
                        + "round (from 2018, 28 partner countries) Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan "
                        + "wrote national reports in 2019-2020; Turkmenistan joined the launch. National reports feed the "
                        + "Central Asian regional report."), "en", COUNTRIES,
                List.of("vocational education and training", "distance and online learning"));
        var etf = demo.organisation("European Training Foundation", "en", "MULTILATERAL", "IT");
        demo.coOrganiser(programme, etf, IMPLEMENTING);

        var workshop = demo.event(programme, Map.of("en",
                        "Exploring distance and online learning in Central Asia: what is happening with learning?",
                        "ru", "Дистанционное и онлайн-обучение в Центральной Азии: что происходит с обучением?"), "en",
                EventFormat.ONLINE, null, "Europe/Rome", LocalDate.of(2020, 11, 18), LocalDate.of(2020, 11, 26),
                Map.of("en", "Capture the experience and views of the main stakeholder groups; share them across countries; "
                        + "share new measures taken; give the five countries a platform to discuss challenges and cooperation."),
                Map.of("en", "Part of the Torino Process. The workshop's outcomes feed the Central Asian regional report "
                        + "presented in 2021."), 90, Eligibility.everyone());
        var groups = demo.audiences(workshop, "en", "VET students, teachers and managers, in-service training staff",
                "Policy makers, donors and European Commission services");
        var first = demo.session(workshop, "en", "Session 1: learners, teachers and trainers",
                LocalDateTime.of(2020, 11, 18, 10, 0), LocalDateTime.of(2020, 11, 18, 12, 30), EventFormat.ONLINE,
                List.of(groups.get(0)));
        demo.agenda(first, "en", AgendaKind.PANEL, "What happened with learning in 2020", 40, "VET students and teachers");
        demo.agenda(first, "en", AgendaKind.GROUP_WORK, "Conceptual map: goals, threats, obstacles, enablers", 70, "");
        demo.agenda(first, "en", AgendaKind.GROUP_WORK, "Reflection: what worked, what did not", 30, "");
        var second = demo.session(workshop, "en", "Session 2: policy dialogue", LocalDateTime.of(2020, 11, 26, 10, 0),
                LocalDateTime.of(2020, 11, 26, 12, 30), EventFormat.ONLINE, groups);
        demo.agenda(second, "en", AgendaKind.PRESENTATION, "Findings of session 1", 20, "European Training Foundation");
        demo.agenda(second, "en", AgendaKind.PANEL, "New measures in the five countries", 50, "Ministries of education");
        demo.agenda(second, "en", AgendaKind.GROUP_WORK, "Proposals for regional cooperation", 60, "");

        var registrations = new ArrayList<Registration>();
        registrations.addAll(demo.crowd(workshop, 44, COUNTRIES, List.of(first), groups.get(0),
                country -> new String[] {"VET college, " + country, "ACADEMIC_TRAINING_RESEARCH"}));
        registrations.addAll(demo.crowd(workshop, 8, COUNTRIES, List.of(first, second), groups.get(0),
                country -> new String[] {"In-service training institute, " + country, "OTHER_PUBLIC_SECTOR"}));
        registrations.addAll(demo.crowd(workshop, 22, COUNTRIES, List.of(second), groups.get(1),
                country -> new String[] {"Ministry of Education, " + country, "GOVERNMENT"}));
        registrations.addAll(demo.crowd(workshop, 6, List.of("BE", "DE", "IT"), List.of(second), groups.get(1),
                country -> country.equals("BE") ? new String[] {"European Commission", "MULTILATERAL"}
                        : country.equals("IT") ? new String[] {"European Training Foundation", "MULTILATERAL"}
                        : new String[] {"Donor agency, " + country, "GOVERNMENT"}));
        registrations.add(demo.register(workshop, participant, "VET college, UZ", "ACADEMIC_TRAINING_RESEARCH", "UZ",
                groups.get(0), List.of(first, second)));
        EtfBoards.load(demo, first, second, registrations);
        demo.attend(first, registrations, 0.9);
        demo.attend(second, registrations, 0.85);
        demo.close(programme, List.of(workshop), ProgrammeStatus.CLOSED);
    }
}
