package org.silta.app.demo;

import static org.silta.app.programmes.CoOrganiserRole.ACCOUNTABLE;
import static org.silta.app.programmes.CoOrganiserRole.IMPLEMENTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeStatus;

/** Case B: Espoo and Osan's lifelong-learning city partnership, 2021-2026, mostly remote. */
final class EspooOsan {

    private EspooOsan() {
    }

    static void load(Demo demo) {
        var programme = demo.programme(
                Map.of("en", "Espoo and Osan: lifelong-learning city partnership 2021-2026",
                        "fi", "Espoo ja Osan: elinikäisen oppimisen kaupunkikumppanuus 2021-2026",
                        "ko", "에스포-오산 평생학습도시 협력 2021-2026"),
                Map.of("en", "Five years of cooperation shaped step by step by the cities' needs: sharing competence, "
                        + "e-sports, Korean language and culture for Espoo's young people, sustainable-development skills, "
                        + "digital learning and wellbeing for learning. Both cities belong to the UNESCO Global Network of "
                        + "Learning Cities."), "en", List.of("FI", "KR"),
                List.of("lifelong learning", "e-sports", "youth exchange", "digital learning"));
        var espoo = demo.organisation("City of Espoo", "en", "LOCAL_GOVERNMENT", "FI");
        var osan = demo.organisation("Osan City", "en", "LOCAL_GOVERNMENT", "KR");
        demo.coOrganiser(programme, espoo, ACCOUNTABLE);
        demo.coOrganiser(programme, osan, ACCOUNTABLE);
        demo.coOrganiser(programme, demo.organisation("Osan University", "en", "ACADEMIC_TRAINING_RESEARCH", "KR"), IMPLEMENTING);

        var signing = demo.event(programme, Map.of("en", "Signing of the cooperation agreement"), "en", EventFormat.ONLINE, null,
                "Europe/Helsinki", LocalDate.of(2021, 9, 29), LocalDate.of(2021, 9, 29),
                Map.of("en", "Sign the five-year agreement and agree the first steps: competence sharing and e-sports."),
                Map.of("en", "Earlier visits by the mayors and expert groups; Espoo's library maker spaces inspired Osan."),
                null, Eligibility.everyone());
        var ceremony = demo.session(signing, "en", "Remote signing ceremony", LocalDateTime.of(2021, 9, 29, 10, 0),
                LocalDateTime.of(2021, 9, 29, 11, 0), EventFormat.ONLINE, List.of());
        demo.agenda(ceremony, "en", AgendaKind.PRESENTATION, "Greetings from the mayors", 20, "City of Espoo; Osan City");
        demo.agenda(ceremony, "en", AgendaKind.OTHER, "Signing the agreement", 15, "");
        demo.agenda(ceremony, "en", AgendaKind.PANEL, "First steps: competence sharing and e-sports", 25, "");
        var people = demo.crowd(signing, 24, List.of("FI", "KR"), List.of(ceremony), null,
                country -> country.equals("FI") ? new String[] {"City of Espoo", "LOCAL_GOVERNMENT"}
                        : demo.pick(List.of(new String[] {"Osan City", "LOCAL_GOVERNMENT"},
                        new String[] {"Osan University", "ACADEMIC_TRAINING_RESEARCH"})));
        demo.attend(ceremony, people, 0.95);

        var youth = demo.event(programme, Map.of("en", "Youth exchange: Korean language and culture online"), "en",
                EventFormat.ONLINE, null, "Asia/Seoul", LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 15),
                Map.of("en", "Espoo's young people meet Osan's e-sports students and start learning Korean."), null, 40,
                Eligibility.everyone());
        var meetUp = demo.session(youth, "en", "Meet your partner class", LocalDateTime.of(2022, 3, 15, 17, 0),
                LocalDateTime.of(2022, 3, 15, 18, 30), EventFormat.ONLINE, List.of());
        demo.attend(meetUp, demo.crowd(youth, 30, List.of("FI", "KR"), List.of(meetUp), null,
                country -> country.equals("FI") ? new String[] {"Espoo upper secondary schools", "LOCAL_GOVERNMENT"}
                        : new String[] {"Osan University", "ACADEMIC_TRAINING_RESEARCH"}), 0.8);
        demo.close(programme, List.of(signing, youth), ProgrammeStatus.OPEN);
    }
}
