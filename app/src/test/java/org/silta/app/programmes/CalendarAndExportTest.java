package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.identity.Accounts;
import org.silta.app.shared.Answers;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions in calendars, and the organisers' list read back from CSV and XLSX by real readers. */
class CalendarAndExportTest extends SiltaTest {

    @Autowired EventEditing events;
    @Autowired Registering registering;
    @Autowired Accounts accounts;

    @Test
    void aSessionsCalendarFileOpensInACalendarReader() throws Exception {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var session = given.session(organiser, event, "Session 1: VET students", 10, 13);

        var file = visitor().get("/sessions/" + session.id() + "/calendar.ics");

        assertThat(file.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(file.body()));
        VEvent entry = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(entry.getSummary().getValue()).isEqualTo("Distance learning: Session 1: VET students");
        assertThat(Instant.from(entry.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-03-10T08:00:00Z"));
        assertThat(entry.getLocation().getValue()).isEqualTo("https://meet.example.org/silta");
    }

    @Test
    void aPersonalFeedHoldsTheSessionsOfConfirmedRegistrations() throws Exception {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var first = given.session(organiser, event, "Session 1", 10, 13);
        given.session(organiser, event, "Session 2", 14, 16);
        var participant = given.person("Aigerim Participant");
        given.registration(participant, event, first);
        var token = accounts.get(participant.id()).calendarToken();

        var feed = visitor().get("/calendar/" + token);

        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(visitor().get("/calendar/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void theRegistrationListExportsAsCsvAndXlsx() throws Exception {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "SDG Booster"), "Kick-off", null, Eligibility.everyone());
        events.addQuestion(event.id(), QuestionKind.CHOICE, LocalizedText.of("en", "Your sector"),
                List.of("ECEC", "VET", "Textbooks"), true, organiser.signedIn());
        var question = events.changeRegistration(event.id(), new RegistrationSettings(null, false, false, true,
                Eligibility.everyone()), organiser.signedIn()).questions().getFirst().id();
        var participant = given.person("Dilnoza Participant");
        registering.register(event.id(), new Registration.Form("Toshkent EdTech", "PRIVATE_SECTOR", "UZ", null, List.of(),
                new Answers(java.util.Map.of(question, List.of("VET"))), true, true), participant.signedIn());
        var web = signedIn(organiser);

        var csv = web.get("/events/" + event.id() + "/registrations.csv");
        var lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("Name,Email,Organisation,Type of organisation,Country,Audience group,Status,Sessions,"
                + "On the participant list,Registered at,Your sector");
        assertThat(lines[1]).startsWith("Dilnoza Participant," + participant.email() + ",Toshkent EdTech,Private sector,Uzbekistan,,Confirmed,,Yes,")
                .endsWith(",VET");

        var xlsx = web.get("/events/" + event.id() + "/registrations.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.response().body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kick-off");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Your sector");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dilnoza Participant");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("VET");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }
}
