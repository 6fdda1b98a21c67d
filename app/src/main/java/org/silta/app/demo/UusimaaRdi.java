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

/**
 * Case D: Uusimaa's development programme for vocational institutions as RDI actors (published 6 March 2025).
 * Its next workshop lies ahead, so the demo participant can try registering for it.
 */
final class UusimaaRdi {

    private static final List<String> PROVIDERS = List.of("Omnia", "Stadin ammatti- ja aikuisopisto", "Keuda",
            "Varia", "Careeria", "Luksia");

    private UusimaaRdi() {
    }

    static void load(Demo demo) {
        var programme = demo.programme(
                Map.of("fi", "Uudenmaan ammatillisen koulutuksen TKI-kehittämisohjelma",
                        "en", "Uusimaa vocational-education RDI development programme",
                        "sv", "Utvecklingsprogram för FUI inom yrkesutbildningen i Nyland"),
                Map.of("fi", "Jatkaa esiselvitystä ammatillisista oppilaitoksista TKI-toimijoina. Neljä toimenpidekokonaisuutta: "
                                + "TKI-kyvykkyys, opetushenkilöstön TKI-osaaminen, yhteistyö ja verkostot sekä TKI:n vaikuttavuus "
                                + "ja näkyvyys.",
                        "en", "Continues a preliminary study on vocational institutions as research, development and innovation "
                                + "actors. Four action packages: RDI capability; teaching staff's RDI competence; cooperation and "
                                + "networks; impact and visibility of RDI."), "fi", List.of("FI"),
                List.of("vocational education", "research, development and innovation"));
        demo.coOrganiser(programme, demo.organisation("Uudenmaan liitto", "fi", "LOCAL_GOVERNMENT", "FI"), ACCOUNTABLE);
        for (var provider : PROVIDERS.subList(0, 3)) {
            demo.coOrganiser(programme, demo.organisation(provider, "fi", "ACADEMIC_TRAINING_RESEARCH", "FI"), IMPLEMENTING);
        }

        var launch = demo.event(programme, Map.of("fi", "Kehittämisohjelman julkistus", "en", "Launch of the development programme"),
                "fi", EventFormat.HYBRID, "Helsinki", "Europe/Helsinki", LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6),
                Map.of("fi", "Esitellään kehittämisohjelma ja sen neljä toimenpidekokonaisuutta."), null, 80, Eligibility.everyone());
        var presentation = demo.session(launch, "fi", "Ohjelman esittely ja paneeli", LocalDateTime.of(2025, 3, 6, 13, 0),
                LocalDateTime.of(2025, 3, 6, 15, 0), EventFormat.HYBRID, List.of());
        demo.agenda(presentation, "fi", AgendaKind.PRESENTATION, "Esiselvityksestä kehittämisohjelmaksi", 30, "Uudenmaan liitto");
        demo.agenda(presentation, "fi", AgendaKind.PANEL, "Oppilaitokset TKI-toimijoina", 60, "");
        demo.attend(presentation, demo.crowd(launch, 45, List.of("FI"), List.of(presentation), null,
                country -> new String[] {demo.pick(PROVIDERS), "ACADEMIC_TRAINING_RESEARCH"}), 0.85);
        demo.close(programme, List.of(launch), ProgrammeStatus.OPEN);

        var workshop = demo.event(programme, Map.of("fi", "Opettajien TKI-osaamisen työpaja",
                        "en", "RDI competence workshop for VET teachers"), "fi", EventFormat.HYBRID, "Helsinki",
                "Europe/Helsinki", LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10),
                Map.of("fi", "Kehitetään opetushenkilöstön TKI-osaamista: koulutusta ja yhteisiä työpajoja."), null, 60,
                Eligibility.everyone());
        var day = demo.session(workshop, "fi", "Työpaja: TKI osaksi opetusta", LocalDateTime.of(2027, 2, 10, 9, 0),
                LocalDateTime.of(2027, 2, 10, 12, 0), EventFormat.HYBRID, List.of());
        demo.agenda(day, "fi", AgendaKind.TRAINING, "TKI-hankkeen elinkaari", 45, "");
        demo.agenda(day, "fi", AgendaKind.GROUP_WORK, "Ryhmätyö: oman oppilaitoksen TKI-polku", 90, "");
        demo.crowd(workshop, 12, List.of("FI"), List.of(day), null,
                country -> new String[] {demo.pick(PROVIDERS), "ACADEMIC_TRAINING_RESEARCH"});
    }
}
