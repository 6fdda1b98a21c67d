package org.silta.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Eligibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A person downloads what Silta holds about them, and erases their account; counts stay right. */
class PrivacyTest extends SiltaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aPersonDownloadsEverythingSiltaHoldsAboutThem() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var participant = given.person("Aigerim Participant");
        given.registration(participant, event);

        var download = signedIn(participant).get("/me/data.json");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.response().headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        var data = JsonMapper.builder().build().readTree(download.body());
        assertThat(data.path("account").path("email").asString()).isEqualTo(participant.email());
        assertThat(data.path("registrations").get(0).path("eventTitle").path("en").asString()).isEqualTo("Distance learning");
        assertThat(data.path("registrations").get(0).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(data.path("memberships").get(0).path("country").asString()).isEqualTo("FI");
    }

    @Test
    void erasingAnAccountAnonymisesRegistrationsAndKeepsTheCounts() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Distance learning", null,
                Eligibility.everyone());
        var participant = given.person("Aigerim Participant");
        var registration = given.registration(participant, event);
        var web = signedIn(participant);

        var wrong = web.post("/me/erase", "confirmEmail", "someone-else@example.org");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(accountExists(participant.id())).isTrue();

        var erased = web.post("/me/erase", "confirmEmail", participant.email());

        assertThat(erased.location()).endsWith("/?erased");
        assertThat(accountExists(participant.id())).isFalse();
        var row = jdbc.sql("select person_id, status, country, listed, answers::text from registration where id = ?")
                .param(registration.id()).query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5)}).single();
        assertThat(row[0]).isNull();
        assertThat(row[1]).isEqualTo("CONFIRMED");
        assertThat(row[2]).isEqualTo("FI");
        assertThat(row[3]).isEqualTo(false);
        assertThat(signedIn(organiser).get("/events/" + event.id() + "/registrations").body())
                .contains("1 confirmed").contains("(erased account)").doesNotContain(participant.email());
        visitor().post("/login", "email", participant.email(), "password", org.silta.app.Given.PASSWORD);
        assertThat(visitor().post("/login", "email", participant.email(), "password", org.silta.app.Given.PASSWORD).location())
                .endsWith("/login?error");
    }

    private boolean accountExists(long id) {
        return jdbc.sql("select count(*) from person where id = ?").param(id).query(Integer.class).single() == 1;
    }
}
