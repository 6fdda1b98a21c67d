package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;

/** Check-in by organisers and by participants themselves, counted per session; times shown in both zones. */
class AttendanceTest extends SiltaTest {

    @Test
    void checkingSomeoneInUpdatesTheSessionsCounts() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var session = given.session(organiser, event, "Session 1", 10, 13);
        var first = given.registration(given.person("Aigerim"), event, session);
        given.registration(given.person("Bakyt"), event, session);
        var web = signedIn(organiser);
        assertThat(web.get("/sessions/" + session.id() + "/check-in").body()).contains("2 registered, 0 attended");

        web.post("/sessions/" + session.id() + "/check-in/" + first.id());

        assertThat(web.get("/sessions/" + session.id() + "/check-in").body()).contains("2 registered, 1 attended");
        assertThat(web.get("/events/" + event.id()).body()).contains("2 registered, 1 attended");
        web.post("/sessions/" + session.id() + "/check-in/" + first.id() + "/undo");
        assertThat(web.get("/sessions/" + session.id() + "/check-in").body()).contains("2 registered, 0 attended");
    }

    @Test
    void participantsCheckThemselvesInToAnOnlineSessionWhileItRuns() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var session = given.session(organiser, event, "Session 1", 10, 13);
        var participant = given.person("Aigerim Participant");
        given.registration(participant, event, session);
        var web = signedIn(participant);

        clock.set(Instant.parse("2027-03-10T06:00:00Z"));
        assertThat(web.get("/me/agenda").body()).doesNotContain("/self-check-in");
        web.post("/sessions/" + session.id() + "/self-check-in");
        assertThat(web.get("/me/agenda").body()).contains("Self check-in opens 15 minutes before");

        clock.set(Instant.parse("2027-03-10T07:50:00Z"));
        web.post("/sessions/" + session.id() + "/self-check-in");

        assertThat(signedIn(organiser).get("/sessions/" + session.id() + "/check-in").body()).contains("1 registered, 1 attended");
    }

    @Test
    void timesShowInTheEventsZoneAndInTheViewersOwn() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "SDG Booster"), "Kick-off", null, Eligibility.everyone());
        given.session(organiser, event, "Opportunities", 10, 12);
        var tashkent = given.person("Dilnoza", "en", "Asia/Tashkent");

        var page = signedIn(tashkent).get("/events/" + event.id()).body();

        assertThat(page).contains("10:00–12:00 EET (Europe/Helsinki)").contains("Your time: ").contains("13:00–15:00")
                .contains("(Asia/Tashkent)");
    }
}
