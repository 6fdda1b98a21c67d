package org.silta.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.WebSession;
import org.silta.app.programmes.Attendance;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventDetails;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.RegistrationSettings;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The flash report is drafted from the event, edited, and printed in the event's language with every script intact. */
class FlashReportTest extends SiltaTest {

    @Autowired EventEditing events;
    @Autowired SessionEditing sessions;
    @Autowired Attendance attendance;
    @Autowired MessageSource messages;

    @Test
    void aFinnishEventsReportPrintsFinnishCyrillicAndKoreanInPdfAndDocx() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Espoo and Osan");
        var event = events.create(programme.id(), new EventDetails(new LocalizedText("fi", Map.of("fi",
                        "Elinikäisen oppimisen työpaja Äänekoskella")), EventFormat.ONLINE, null, "https://meet.example.org/x",
                        "Europe/Helsinki", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10),
                        LocalizedText.of("fi", "Jaetaan osaamista ja suunnitellaan nuorisovaihtoa."), null),
                new RegistrationSettings(null, false, false, true, Eligibility.everyone()), organiser.signedIn());
        var session = sessions.create(event.id(), new SessionEditing.Details(LocalizedText.of("fi", "Etätapaaminen"),
                LocalDateTime.of(2027, 3, 10, 10, 0), LocalDateTime.of(2027, 3, 10, 12, 0), EventFormat.ONLINE, List.of(),
                Eligibility.everyone()), organiser.signedIn());
        var came = given.registration(given.person("Aino Virtanen"), event, session);
        given.registration(given.person("Jiwoo Kim"), event, session);
        attendance.checkIn(session.id(), came.id(), organiser.signedIn());
        var web = signedIn(organiser);

        assertThat(web.post("/events/" + event.id() + "/flash-report/generate").status()).isEqualTo(302);
        var page = web.get("/events/" + event.id() + "/flash-report").body();
        assertThat(page).contains("2 osallistujaa ilmoittautui ja 1 osallistui.", "Etätapaaminen", "Jaetaan osaamista",
                organiser.email());

        var outcomes = "Цели и видение:\n- Больше сотрудничества в открытом и дистанционном обучении (12 голосов)\n"
                + "Korean:\n- 에스포-오산 평생학습도시 협력\n- Nuoret oppivat koreaa";
        var saved = web.post("/events/" + event.id() + "/flash-report", "eventName", "Elinikäisen oppimisen työpaja Äänekoskella",
                "objectives", "Jaetaan osaamista ja suunnitellaan nuorisovaihtoa.", "description", "Kaksi kaupunkia.",
                "outcomes", outcomes, "coordinator", "Päivi Mäkelä");
        assertThat(saved.status()).isEqualTo(302);

        var pdf = ReportReading.pdfText(bytes(web, "/events/" + event.id() + "/flash-report.pdf"));
        assertThat(pdf).contains("Pikaraportti: Elinikäisen oppimisen työpaja Äänekoskella", "Päätavoitteet",
                "Цели и видение", "Больше сотрудничества в открытом и дистанционном обучении", "에스포-오산 평생학습도시 협력",
                "Päivi Mäkelä", "Ilmoittautuneet").doesNotContain("#");
        var docx = ReportReading.docxText(bytes(web, "/events/" + event.id() + "/flash-report.docx"));
        assertThat(docx).contains("Pikaraportti: Elinikäisen oppimisen työpaja Äänekoskella", "Keskeiset tulokset",
                "• Больше сотрудничества в открытом и дистанционном обучении (12 голосов)", "• 에스포-오산 평생학습도시 협력");

        var refused = web.post("/events/" + event.id() + "/flash-report", "eventName", " ");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorAt("eventName")).isEqualTo("Fill this in.");
        assertThat(ReportReading.pdfText(bytes(web, "/events/" + event.id() + "/flash-report.pdf"))).contains("Päivi Mäkelä");
    }

    @Test
    void outcomesFromBoardsListTheTopItemsPerAreaAndTheProposals() {
        var draft = new FlashReportDraft(messages, Locale.ENGLISH);
        var items = new java.util.ArrayList<EventOutcomes.Item>();
        for (int votes = 9; votes >= 1; votes--) {
            items.add(new EventOutcomes.Item("Note with " + votes + " votes", "en", votes, false));
        }
        var text = draft.outcomes(new EventOutcomes.Outcomes(List.of(new EventOutcomes.Area("Goals and vision", "en", items),
                new EventOutcomes.Area("Threats", "en", List.of(new EventOutcomes.Item("Unequal access\nto devices", "en", 1, true)))),
                List.of(new EventOutcomes.Item("Donor coordination at national and regional level", "en", 14, false))));

        assertThat(text).isEqualTo("""
                Goals and vision:
                - Note with 9 votes (9 votes)
                - Note with 8 votes (8 votes)
                - Note with 7 votes (7 votes)
                - Note with 6 votes (6 votes)
                - Note with 5 votes (5 votes)

                Threats:
                - Unequal access to devices (1 vote)

                Proposals:
                - Donor coordination at national and regional level (14 votes)""");
    }

    @Test
    void theRegionalRollUpGathersTheTaggedEventsOutcomes() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Torino Process in Central Asia");
        var national = given.event(organiser, programme, "Kazakhstan national workshop", null, Eligibility.everyone());
        var regional = given.event(organiser, programme, "Central Asian regional workshop", null, Eligibility.everyone());
        var other = given.event(organiser, programme, "Unrelated webinar", null, Eligibility.everyone());
        var web = signedIn(organiser);
        for (var event : List.of(national, regional)) {
            web.post("/events/" + event.id() + "/report-settings", "tagCountries", "KZ", "tagThemes", "Torino Process");
            web.post("/events/" + event.id() + "/flash-report/generate");
            web.post("/events/" + event.id() + "/flash-report", "eventName", event.title().fallbackText(),
                    "outcomes", "Enablers:\n- Outcome of " + event.title().fallbackText());
        }
        web.post("/events/" + other.id() + "/report-settings", "tagCountries", "UZ");

        var page = web.get("/reports/regional?countries=KZ&themes=Torino+Process").body();
        assertThat(page).contains("Kazakhstan national workshop", "Outcome of Kazakhstan national workshop",
                "Outcome of Central Asian regional workshop").doesNotContain("Unrelated webinar");
        var pdf = ReportReading.pdfText(bytes(web, "/reports/regional.pdf?countries=KZ&themes=Torino+Process"));
        assertThat(pdf).contains("Regional report: Kazakhstan · Torino Process", "Outcome of Central Asian regional workshop");
    }

    private byte[] bytes(WebSession web, String path) {
        var page = web.send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.response().body();
    }
}
