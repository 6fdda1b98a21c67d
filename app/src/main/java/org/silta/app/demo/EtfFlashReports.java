package org.silta.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeStatus;
import org.silta.app.reporting.FlashReport;

/**
 * Case E's flash report and regional roll-up. The workshop's key outcomes come from its boards (the five areas of
 * the conceptual map with their top notes, the proposals); two invented national validation workshops, tagged
 * like the regional one and without boards, have theirs typed in, as an organiser would.
 */
final class EtfFlashReports {

    static final String THEME = "Torino Process";


    private EtfFlashReports() {
    }

    static void load(Demo demo, DemoResults results) {
        var organiser = demo.organiser;
        var programme = results.programme("Torino Process in Central Asia", organiser);
        var workshop = results.event(programme, "Exploring distance and online learning in Central Asia: what is happening with learning?");
        report(results, organiser, workshop, null, "The workshop's outcomes feed the Central Asian regional report "
                + "presented in 2021.", "Giulia Conti, European Training Foundation", List.of("KZ", "KG", "TJ", "UZ", "TM"));

        var national = demo.programme(Map.of("en", "Torino Process: national validation workshops 2020"),
                Map.of("en", "Invented for the demo: national workshops that validate the national reports, which feed the "
                        + "regional report."), "en", List.of("KZ", "KG"), List.of("vocational education and training"));
        var kazakhstan = nationalWorkshop(demo, national, "National validation workshop: Kazakhstan", "KZ", "Astana", "Asia/Almaty",
                LocalDate.of(2020, 2, 12));
        var kyrgyzstan = nationalWorkshop(demo, national, "National validation workshop: Kyrgyz Republic", "KG", "Bishkek", "Asia/Bishkek",
                LocalDate.of(2020, 2, 19));
        demo.close(national, List.of(kazakhstan, kyrgyzstan), ProgrammeStatus.CLOSED);
        report(results, organiser, kazakhstan, "Enablers:\n- Colleges' own learning platforms (9 votes)\n"
                + "Obstacles:\n- Connectivity outside the cities (11 votes)", "", "Aigerim Seitkali", List.of("KZ"));
        report(results, organiser, kyrgyzstan, "Threats:\n- Teachers leaving the profession (8 votes)\n"
                + "Enablers:\n- Cooperation with employers on work-based learning (7 votes)", "", "Nurbek Bakirov", List.of("KG"));
    }

    private static Event nationalWorkshop(Demo demo, org.silta.app.programmes.Programme programme, String title, String country,
                                          String venue, String zone, LocalDate day) {
        var event = demo.event(programme, Map.of("en", title), "en", EventFormat.IN_PERSON, venue, zone, day, day,
                Map.of("en", "Validate the national Torino Process report with the main stakeholders."), null, 40,
                Eligibility.everyone());
        var session = demo.session(event, "en", "Validation of the national report", day.atTime(10, 0), day.atTime(13, 0),
                EventFormat.IN_PERSON, List.of());
        demo.attend(session, demo.crowd(event, 14, List.of(country), List.of(session), null,
                c -> new String[] {"Ministry of Education, " + c, "GOVERNMENT"}), 0.9);
        return event;
    }

    /** Saves the event's flash report, with typed outcomes, or (null) those drafted from its boards. */
    private static void report(DemoResults results, SignedIn organiser, Event event, String outcomes, String conclusions,
                               String coordinator, List<String> countries) {
        results.reportSettings.change(event.id(), countries, List.of(THEME), null, organiser);
        var draft = results.flashReports.generate(event.id(), organiser);
        results.flashReports.save(event.id(), new FlashReport.Edits(draft.eventName(), draft.objectives(), draft.background(),
                draft.description(), outcomes == null ? draft.outcomes() : outcomes, conclusions.isEmpty() ? draft.conclusions() : conclusions, draft.contacts(),
                coordinator), organiser);
    }
}
