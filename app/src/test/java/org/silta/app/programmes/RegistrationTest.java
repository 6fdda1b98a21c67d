package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering through the pages: eligibility, seats and the waiting list, approval, changes and cancelling. */
class RegistrationTest extends SiltaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aParticipantRegistersThroughTheFormAndSeesTheirSeatConfirmed() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster");
        var event = given.event(organiser, programme, "Kick-off", 100, Eligibility.everyone());
        var session = given.session(organiser, event, "Opportunities", 10, 12);
        var participant = given.person("Dilnoza Participant");
        var web = signedIn(participant);

        assertThat(web.get("/events/" + event.id() + "/register").status()).isEqualTo(200);
        var posted = web.post("/events/" + event.id() + "/register", "organisationName", "Toshkent EdTech",
                "organisationType", "PRIVATE_SECTOR", "country", "UZ", "sessions", session.id().toString(),
                "listed", "true", "privacyAgreed", "true");

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).matches(".*/registrations/\\d+");
        var page = web.get(posted.location());
        assertThat(page.body()).contains("Your seat is confirmed");
        assertThat(status(event.id(), participant.id())).isEqualTo("CONFIRMED");
        assertThat(awaitMail(participant.email(), "Registration confirmed").body()).contains("Dilnoza Participant");
    }

    @Test
    void anIneligibleRegistrantIsRefusedWithAClearMessageAndNothingIsSaved() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster");
        var event = given.event(organiser, programme, "Workshop 2: Finnish companies only", null,
                new Eligibility(List.of("FI"), List.of("PRIVATE_SECTOR")));
        var ministry = given.person("Bekzod Ministry");

        var refused = signedIn(ministry).post("/events/" + event.id() + "/register", "organisationName",
                "Ministry of Preschool and School Education", "organisationType", "GOVERNMENT", "country", "UZ",
                "listed", "true", "privacyAgreed", "true");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorAt("country")).isEqualTo("This event is open only to: Finland; Private sector.");
        assertThat(count(event.id())).isZero();
    }

    @Test
    void theRegistrantBeyondTheSeatsWaitsAndMovesUpWhenSomeoneCancels() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster");
        var event = given.event(organiser, programme, "Workshop 3", 2, Eligibility.everyone());
        var first = given.person("First Finn");
        var second = given.person("Second Finn");
        var third = given.person("Third Finn");
        var firstRegistration = given.registration(first, event);
        given.registration(second, event);

        var web = signedIn(third);
        var posted = web.post("/events/" + event.id() + "/register", "organisationName", "Oppimateriaali Oy",
                "organisationType", "PRIVATE_SECTOR", "country", "FI", "privacyAgreed", "true");
        assertThat(web.get(posted.location()).body()).contains("You are number 1 on the waiting list.");
        assertThat(status(event.id(), third.id())).isEqualTo("WAITING");

        var cancelled = signedIn(first).post("/registrations/" + firstRegistration.id() + "/cancel");
        assertThat(cancelled.status()).isEqualTo(302);

        assertThat(status(event.id(), first.id())).isEqualTo("CANCELLED");
        assertThat(status(event.id(), third.id())).isEqualTo("CONFIRMED");
        assertThat(awaitMail(third.email(), "A seat freed for you").subject()).endsWith("Workshop 3");
    }

    @Test
    void anOrganiserApprovesWhenTheEventAsksForApproval() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "UNESCO ICT and OER");
        var event = given.event(organiser, programme, "Dushanbe workshop", 30, Eligibility.everyone());
        signedIn(organiser).post("/events/" + event.id() + "/registration-settings", "capacity", "30",
                "requiresApproval", "true", "registrationOpen", "true");
        var participant = given.person("Farrukh Participant");
        var registration = given.registration(participant, event);
        assertThat(registration.status()).isEqualTo(RegistrationStatus.PENDING);

        assertThat(signedIn(participant).post("/registrations/" + registration.id() + "/approve").status()).isEqualTo(403);
        assertThat(signedIn(organiser).post("/registrations/" + registration.id() + "/approve").status()).isEqualTo(302);

        assertThat(status(event.id(), participant.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void aRegistrantChangesTheirSessionsAndConsent() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "ETF Central Asia");
        var event = given.event(organiser, programme, "Distance learning", null, Eligibility.everyone());
        var first = given.session(organiser, event, "Session 1", 10, 12);
        var second = given.session(organiser, event, "Session 2", 13, 15);
        var participant = given.person("Aigerim Participant");
        var registration = given.registration(participant, event, first);

        var changed = signedIn(participant).post("/registrations/" + registration.id(), "organisationName", "Oppimateriaali Oy",
                "organisationType", "PRIVATE_SECTOR", "country", "FI", "sessions", first.id().toString(),
                "sessions", second.id().toString(), "privacyAgreed", "true");

        assertThat(changed.status()).isEqualTo(302);
        var sessions = jdbc.sql("select session_id from registration_session where registration = ? order by session_id")
                .param(registration.id()).query(Long.class).list();
        assertThat(sessions).containsExactly(first.id(), second.id());
        assertThat(jdbc.sql("select listed from registration where id = ?").param(registration.id())
                .query(Boolean.class).single()).isFalse();
    }

    private String status(long eventId, long personId) {
        return jdbc.sql("select status from registration where event_id = ? and person_id = ?")
                .params(eventId, personId).query(String.class).single();
    }

    private int count(long eventId) {
        return jdbc.sql("select count(*) from registration where event_id = ?").param(eventId).query(Integer.class).single();
    }
}
