package org.silta.app.demo;

import static org.silta.app.programmes.CoOrganiserRole.ACCOUNTABLE;
import static org.silta.app.programmes.CoOrganiserRole.EXTENDING;
import static org.silta.app.programmes.CoOrganiserRole.FUNDING;
import static org.silta.app.programmes.CoOrganiserRole.IMPLEMENTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeStatus;

/** Case A: the SDG Booster for Uzbekistan's education sector, autumn 2021: three online workshops. */
final class SdgBooster {

    private static final List<String> FINNISH_COMPANIES = List.of("Oppimateriaali Oy", "EduSim Finland Oy", "Opeverkko Oy",
            "Lukuleikki Oy", "Ammattitaito Solutions Oy", "KoulutusPilvi Oy", "Varhaiskasvu Partners Oy", "Taitava Learning Oy");
    private static final List<String[]> UZBEK_BODIES = List.of(
            new String[] {"Ministry of Preschool and School Education", "GOVERNMENT"},
            new String[] {"Ministry of Higher and Secondary Specialised Education", "GOVERNMENT"},
            new String[] {"Tashkent City Department of Public Education", "LOCAL_GOVERNMENT"},
            new String[] {"Samarkand Regional Department of Preschool Education", "LOCAL_GOVERNMENT"},
            new String[] {"Bilim EdTech LLC", "PRIVATE_SECTOR"},
            new String[] {"Ilm Soft LLC", "PRIVATE_SECTOR"},
            new String[] {"Tashkent State Pedagogical University", "ACADEMIC_TRAINING_RESEARCH"});

    private SdgBooster() {
    }

    /** Loads the case and returns its kick-off, where matchmaking happens. */
    static Event load(Demo demo, SignedIn participant) {
        var programme = demo.programme(
                Map.of("en", "SDG Booster: Uzbekistan education", "fi", "SDG Booster: Uzbekistanin koulutussektori",
                        "ru", "SDG Booster: образование Узбекистана"),
                Map.of("en", "Finnish and Uzbek companies, government bodies and UNICEF look for cooperation in teacher "
                        + "education, early childhood education, textbooks and learning materials, vocational education and "
                        + "digital solutions for these."), "en", List.of("FI", "UZ"),
                List.of("teacher education", "early childhood education", "textbooks and learning materials",
                        "vocational education", "digital solutions"));
        demo.coOrganiser(programme, demo.organisation("Finnpartnership", "en", "OTHER_PUBLIC_SECTOR", "FI"), IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("Ministry for Foreign Affairs of Finland", "en", "GOVERNMENT", "FI"), FUNDING);
        demo.coOrganiser(programme, demo.organisation("Ministry of Education and Culture", "en", "GOVERNMENT", "FI"), EXTENDING);
        demo.coOrganiser(programme, demo.organisation("Finnish National Agency for Education", "en", "OTHER_PUBLIC_SECTOR", "FI"),
                IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("Education Finland", "en", "OTHER_PUBLIC_SECTOR", "FI"), IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("State Inspectorate for Supervision of Quality in Education", "en",
                "GOVERNMENT", "UZ"), ACCOUNTABLE);
        demo.coOrganiser(programme, demo.organisation("Honorary Consulate of Finland in Uzbekistan", "en", "GOVERNMENT", "UZ"),
                IMPLEMENTING);
        demo.coOrganiser(programme, demo.organisation("UNICEF Uzbekistan", "en", "MULTILATERAL", "UZ"), IMPLEMENTING);

        var kickOff = demo.event(programme, Map.of("en", "Workshop 1: joint online kick-off"), "en", EventFormat.ONLINE, null,
                "Europe/Helsinki", LocalDate.of(2021, 9, 28), LocalDate.of(2021, 9, 28),
                Map.of("en", "Present the opportunities in Uzbekistan's education sector; companies introduce themselves "
                        + "and say what cooperation they seek."), null, 200, Eligibility.everyone());
        var opening = demo.session(kickOff, "en", "Opportunities in Uzbek education", LocalDateTime.of(2021, 9, 28, 10, 0),
                LocalDateTime.of(2021, 9, 28, 12, 0), EventFormat.ONLINE, List.of());
        demo.agenda(opening, "en", AgendaKind.PRESENTATION, "Welcome and the programme", 15, "Finnpartnership");
        demo.agenda(opening, "en", AgendaKind.PANEL, "Reforms and needs in Uzbek education", 45,
                "State Inspectorate; UNICEF Uzbekistan");
        demo.agenda(opening, "en", AgendaKind.PRESENTATION, "Company introductions", 60, "");
        var registrations = new ArrayList<>(demo.crowd(kickOff, 171, List.of("FI", "FI", "UZ", "UZ", "UZ"), List.of(opening), null,
                country -> country.equals("FI") ? new String[] {demo.pick(FINNISH_COMPANIES), "PRIVATE_SECTOR"}
                        : demo.pick(UZBEK_BODIES)));
        registrations.add(demo.register(kickOff, participant, "Ministry of Preschool and School Education", "GOVERNMENT", "UZ",
                null, List.of(opening)));
        demo.attend(opening, registrations, 0.88);

        var finnishOnly = demo.event(programme, Map.of("en", "Workshop 2: joint offers (Finnish companies only)"), "en",
                EventFormat.ONLINE, null, "Europe/Helsinki", LocalDate.of(2021, 10, 12), LocalDate.of(2021, 10, 12),
                Map.of("en", "Group discussions on joint offers to the Uzbek education sector."), null, null,
                new Eligibility(List.of("FI"), List.of("PRIVATE_SECTOR")));
        var groups = demo.session(finnishOnly, "en", "Group discussions on joint offers", LocalDateTime.of(2021, 10, 12, 9, 0),
                LocalDateTime.of(2021, 10, 12, 11, 0), EventFormat.ONLINE, List.of());
        demo.agenda(groups, "en", AgendaKind.GROUP_WORK, "Joint offers by sector", 90, "");
        demo.attend(groups, demo.crowd(finnishOnly, 24, List.of("FI"), List.of(groups), null,
                country -> new String[] {demo.pick(FINNISH_COMPANIES), "PRIVATE_SECTOR"}), 0.9);

        var third = demo.event(programme, Map.of("en", "Workshop 3: cooperation in groups"), "en", EventFormat.ONLINE, null,
                "Europe/Helsinki", LocalDate.of(2021, 11, 9), LocalDate.of(2021, 11, 9),
                Map.of("en", "Finnish and Uzbek participants discuss cooperation; UNICEF Uzbekistan and the Islamic "
                        + "Development Bank present how companies can work with them."), null, 60, Eligibility.everyone());
        demo.organisation("Islamic Development Bank", "en", "MULTILATERAL", "SA");
        var cooperation = demo.session(third, "en", "Donors and group discussions", LocalDateTime.of(2021, 11, 9, 10, 0),
                LocalDateTime.of(2021, 11, 9, 12, 30), EventFormat.ONLINE, List.of());
        demo.agenda(cooperation, "en", AgendaKind.PRESENTATION, "Working with UNICEF Uzbekistan", 20, "UNICEF Uzbekistan");
        demo.agenda(cooperation, "en", AgendaKind.PRESENTATION, "Working with the Islamic Development Bank", 20,
                "Islamic Development Bank");
        demo.agenda(cooperation, "en", AgendaKind.GROUP_WORK, "Group discussions on cooperation", 90, "");
        demo.attend(cooperation, demo.crowd(third, 50, List.of("FI", "UZ"), List.of(cooperation), null,
                country -> country.equals("FI") ? new String[] {demo.pick(FINNISH_COMPANIES), "PRIVATE_SECTOR"}
                        : demo.pick(UZBEK_BODIES)), 0.92);

        demo.close(programme, List.of(kickOff, finnishOnly, third), ProgrammeStatus.CLOSED);
        return kickOff;
    }
}
