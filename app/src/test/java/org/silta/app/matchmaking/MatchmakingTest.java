package org.silta.app.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.programmes.Registering;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meeting requests, their rules, and the schedule from draft to publication. */
class MatchmakingTest extends SiltaTest {

    @Autowired MatchmakingSetup setup;
    @Autowired MeetingRequests requests;
    @Autowired MeetingSchedules schedules;
    @Autowired Registering registering;
    @Autowired JdbcClient jdbc;

    Given.Someone organiser;
    Event event;

    private Given.Someone participant(String name, String country, String zone) {
        var someone = given.person(name, "en", zone);
        registering.register(event.id(), Given.form(country.equals("FI") ? "Oppimateriaali Oy" : "Toshkent EdTech " + name,
                "PRIVATE_SECTOR", country), someone.signedIn());
        return someone;
    }

    private void anEvent() {
        organiser = given.person("Olga Organiser");
        event = given.event(organiser, given.programme(organiser, "SDG Booster"), "Kick-off", null, Eligibility.everyone());
    }

    @Test
    void aPersonSendsNoMoreRequestsThanTheBudgetEvenAllAtOnce() throws Exception {
        anEvent();
        setup.change(event.id(), new Settings(3, 72, 20, null, WhoMeetsWhom.ANYONE), organiser.signedIn());
        var asker = participant("Aino Asker", "FI", "Europe/Helsinki");
        var others = new ArrayList<Given.Someone>();
        for (int i = 0; i < 12; i++) {
            others.add(participant("Uzbek Partner " + i, "UZ", "Asia/Tashkent"));
        }

        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (var other : others) {
                results.add(pool.submit((Callable<Boolean>) () -> {
                    start.await();
                    try {
                        requests.request(event.id(), other.id(), "Let us meet", asker.signedIn());
                        return true;
                    } catch (Invalid refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
        }
        var sent = results.stream().filter(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();

        assertThat(sent).isEqualTo(3);
        assertThat(requests.count(event.id(), MeetingRequests.Status.PENDING)).isEqualTo(3);
    }

    @Test
    void theOrganisersRuleKeepsPeopleOfOneCountryApart() {
        anEvent();
        setup.change(event.id(), new Settings(10, 72, 20, null, WhoMeetsWhom.ACROSS_COUNTRIES), organiser.signedIn());
        var first = participant("Aino", "FI", "Europe/Helsinki");
        var second = participant("Eero", "FI", "Europe/Helsinki");
        var uzbek = participant("Dilnoza", "UZ", "Asia/Tashkent");

        var refused = signedIn(first).post("/events/" + event.id() + "/matchmaking/requests", "to", second.id() + "",
                "message", "Hello");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("people meet partners from other countries");
        assertThat(signedIn(first).post("/events/" + event.id() + "/matchmaking/requests", "to", uzbek.id() + "",
                "message", "Hello").status()).isEqualTo(302);
        assertThat(awaitMail(uzbek.email(), "Aino would like to meet you").body()).contains("Kick-off");
    }

    @Test
    void anUnansweredRequestExpiresAfterTheOrganisersTime() {
        anEvent();
        clock.set(Instant.parse("2027-03-01T08:00:00Z"));
        setup.change(event.id(), new Settings(10, 48, 20, null, WhoMeetsWhom.ANYONE), organiser.signedIn());
        var asker = participant("Aino", "FI", "Europe/Helsinki");
        var asked = participant("Dilnoza", "UZ", "Asia/Tashkent");
        var request = requests.request(event.id(), asked.id(), "", asker.signedIn());

        clock.advance(Duration.ofHours(49));

        assertThatThrownBy(() -> requests.accept(request.id(), asked.signedIn())).isInstanceOf(Invalid.class);
        assertThat(requests.get(request.id()).status()).isEqualTo(MeetingRequests.Status.EXPIRED);
    }

    @Test
    void slotsAreProposedInTheHoursHelsinkiAndTashkentShare() {
        anEvent();
        participant("Aino", "FI", "Europe/Helsinki");
        participant("Dilnoza", "UZ", "Asia/Tashkent");

        var added = setup.proposeSlots(event.id(), 6, 10, organiser.signedIn());

        assertThat(added).isEqualTo(6);
        for (var slot : setup.slots(event.id())) {
            var helsinki = slot.start().atZone(ZoneId.of("Europe/Helsinki")).toLocalTime();
            var tashkent = slot.end().atZone(ZoneId.of("Asia/Tashkent")).toLocalTime();
            assertThat(helsinki.getHour()).isGreaterThanOrEqualTo(9);
            assertThat(tashkent).isBeforeOrEqualTo(java.time.LocalTime.of(17, 0));
        }
    }

    @Test
    void theScheduleIsDraftedPublishedAndKeepsPublishedMeetingsWhenNewOnesComeIn() throws Exception {
        anEvent();
        var aino = participant("Aino", "FI", "Europe/Helsinki");
        var eero = participant("Eero", "FI", "Europe/Helsinki");
        var dilnoza = participant("Dilnoza", "UZ", "Asia/Tashkent");
        var bekzod = participant("Bekzod", "UZ", "Asia/Tashkent");
        setup.proposeSlots(event.id(), 4, 1, organiser.signedIn());
        requests.accept(requests.request(event.id(), dilnoza.id(), "", aino.signedIn()).id(), dilnoza.signedIn());
        requests.accept(requests.request(event.id(), bekzod.id(), "", aino.signedIn()).id(), bekzod.signedIn());

        var web = signedIn(organiser);
        assertThat(web.post("/events/" + event.id() + "/matchmaking/schedules").status()).isEqualTo(302);
        var draft = schedules.latestDraft(event.id()).orElseThrow();
        assertThat(draft.meetings()).isEqualTo(2);
        assertThat(draft.optimal()).isTrue();
        assertThat(web.get("/events/" + event.id() + "/matchmaking/organise").body()).contains("Proven best possible");
        web.post("/matchmaking/schedules/" + draft.id() + "/publish");
        var published = schedules.placements(schedules.published(event.id()).orElseThrow().id());
        assertThat(awaitMail(aino.email(), "Your meetings at Kick-off").body()).contains("Dilnoza").contains("Bekzod");

        var page = signedIn(dilnoza).get("/events/" + event.id() + "/matchmaking").body();
        assertThat(page).contains("Aino").contains("(Asia/Tashkent)").contains("https://meet.jit.si/silta-" + event.id());
        var meetingId = published.stream().map(MeetingSchedules.Placement::requestId)
                .filter(id -> requests.get(id).to() == dilnoza.id()).findFirst().orElseThrow();
        var ics = signedIn(dilnoza).get("/meetings/" + meetingId + "/calendar.ics").body();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT")).hasSize(1);

        requests.accept(requests.request(event.id(), bekzod.id(), "", eero.signedIn()).id(), bekzod.signedIn());
        var second = schedules.draft(event.id(), organiser.signedIn());
        schedules.publish(second.id(), organiser.signedIn());
        var after = schedules.placements(second.id());
        assertThat(after).containsAll(published);
        assertThat(after).hasSize(3);

        var csv = new String(web.get("/events/" + event.id() + "/matchmaking/meetings.csv").response().body(),
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.getFirst()).contains("Start", "Room or table", "Requested by", "Follow-up planned");
        assertThat(csv.stream().skip(1)).allSatisfy(line -> assertThat(line).contains(event.timeZone(), "https://meet.jit.si/"))
                .anySatisfy(line -> assertThat(line).contains("Aino", "Oppimateriaali Oy", "Finland", "Dilnoza", "Uzbekistan"))
                .anySatisfy(line -> assertThat(line).contains("Eero", "Bekzod"));
        var xlsx = web.speaking("fi").get("/events/" + event.id() + "/matchmaking/meetings.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.response().body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Pyytäjä");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(event.timeZone());
        }
        assertThat(signedIn(dilnoza).get("/events/" + event.id() + "/matchmaking/meetings.csv").status()).isEqualTo(403);
    }

    @Test
    void twoOrganisersPublishingAtOnceCannotPublishTwoSchedules() throws Exception {
        anEvent();
        var colleague = given.person("Otto Organiser");
        given.team(given.programme(organiser, "unused"), organiser, colleague, ProgrammeRole.ORGANISER);
        jdbc.sql("insert into programme_member (programme, person_id, role) values (?, ?, 'ORGANISER')")
                .params(event.programmeId(), colleague.id()).update();
        var aino = participant("Aino", "FI", "Europe/Helsinki");
        var dilnoza = participant("Dilnoza", "UZ", "Asia/Tashkent");
        setup.proposeSlots(event.id(), 3, null, organiser.signedIn());
        requests.accept(requests.request(event.id(), dilnoza.id(), "", aino.signedIn()).id(), dilnoza.signedIn());
        var first = schedules.draft(event.id(), organiser.signedIn());
        var second = schedules.draft(event.id(), colleague.signedIn());

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> publishes(start, first.id(), organiser));
            var b = pool.submit(() -> publishes(start, second.id(), colleague));
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
        }
        assertThat(jdbc.sql("select count(*) from mm_schedule where event_id = ? and status = 'PUBLISHED'")
                .param(event.id()).query(Integer.class).single()).isEqualTo(1);
    }

    private boolean publishes(CountDownLatch start, long schedule, Given.Someone who) throws InterruptedException {
        start.await();
        try {
            schedules.publish(schedule, who.signedIn());
            return true;
        } catch (Invalid | org.springframework.dao.DataIntegrityViolationException refused) {
            return false;
        }
    }
}
