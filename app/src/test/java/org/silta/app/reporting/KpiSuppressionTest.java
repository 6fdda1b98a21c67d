package org.silta.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Attendance;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.Session;
import org.silta.app.shared.Answers;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** A group of fewer than five people shows as "fewer than 5" on the page, in the spreadsheet, the PDF and the DOCX. */
class KpiSuppressionTest extends SiltaTest {

    @Autowired Registering registering;
    @Autowired Attendance attendance;
    @Autowired EventEditing events;
    @Autowired FlashReports flashReports;

    @Test
    void aCountryWithThreeParticipantsIsFewerThanFiveEverywhere() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Torino Process in Central Asia");
        var event = given.event(organiser, programme, "Distance learning in Central Asia", null, Eligibility.everyone());
        var gender = events.addQuestion(event.id(), QuestionKind.TEXT, LocalizedText.of("en", "Gender, in your own words"),
                List.of(), false, organiser.signedIn()).questions().getFirst().id();
        var session = given.session(organiser, event, "Session 1: learners, teachers and trainers", 10, 12);
        for (int i = 0; i < 7; i++) {
            register(event.id(), session, "Kazakh VET college", "KZ", gender, i < 2 ? "man" : "Woman");
        }
        for (int i = 0; i < 3; i++) {
            var registration = register(event.id(), session, "Tajik VET college", "TJ", gender, "woman");
            attendance.checkIn(session.id(), registration.id(), organiser.signedIn());
        }
        var web = signedIn(organiser);
        assertThat(web.post("/events/" + event.id() + "/report-settings", "genderQuestion", gender, "tagCountries", "KZ",
                "tagCountries", "TJ", "tagThemes", "Torino Process").status()).isEqualTo(302);

        var page = web.get("/events/" + event.id() + "/kpis").body();
        // Ten registered in all: showing Kazakhstan's 7 would give Tajikistan's 3 away, so it is withheld too.
        assertThat(page).contains("<td>Kazakhstan</td><td>not shown</td><td>not shown</td>",
                "<td>Tajikistan</td><td>fewer than 5</td><td>fewer than 5</td>", "<td>Woman</td><td>not shown</td><td>fewer than 5</td>",
                "<td>Man</td><td>fewer than 5</td><td>not shown</td>").doesNotContain("<td>Tajikistan</td><td>3</td>", "<td>7</td>",
                "<td>8</td>");
        var csv = new String(bytes(web, "/events/" + event.id() + "/kpis.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Country,Tajikistan,fewer than 5,fewer than 5", "Country,Kazakhstan,not shown,not shown",
                "Gender,Man,fewer than 5,not shown", "Gender,Woman,not shown,fewer than 5").doesNotContain("Tajikistan,3", ",7,");
        assertThat(bytes(web, "/events/" + event.id() + "/kpis.xlsx")).startsWith((byte) 'P', (byte) 'K');

        flashReports.generate(event.id(), organiser.signedIn());
        var pdf = ReportReading.pdfText(bytes(web, "/events/" + event.id() + "/flash-report.pdf"));
        assertThat(pdf).contains("Tajikistan fewer than 5 fewer than 5", "Kazakhstan not shown not shown")
                .doesNotContain("Tajikistan 3", "Kazakhstan 7");
        var docx = ReportReading.docxText(bytes(web, "/events/" + event.id() + "/flash-report.docx"));
        assertThat(docx).contains("Tajikistan | fewer than 5 | fewer than 5", "Man | fewer than 5").doesNotContain("Tajikistan | 3");
        assertThat(web.get("/events/" + event.id() + "/kpis/country.png").status()).as("no chart draws a withheld figure")
                .isEqualTo(404);
        assertThat(web.get("/events/" + event.id() + "/kpis/organisation-type.png").status()).isEqualTo(200);
    }

    private Registration register(long eventId, Session session, String organisation, String country, String question,
                                  String gender) {
        var person = given.person("Participant " + country);
        return registering.register(eventId, new Registration.Form(organisation, "ACADEMIC_TRAINING_RESEARCH", country, null,
                List.of(session.id()), new Answers(Map.of(question, List.of(gender))), true, true),
                person.signedIn());
    }

    private byte[] bytes(org.silta.app.WebSession web, String path) {
        var page = web.send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.response().body();
    }
}
