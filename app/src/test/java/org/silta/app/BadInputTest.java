package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input gets a clear message at its field, and changes nothing. */
class BadInputTest extends SiltaTest {

    @Autowired JdbcClient jdbc;
    @Autowired EventEditing events;

    @Test
    void aMissingRequiredAnswer() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "ETF Central Asia"), "Session 1", null, Eligibility.everyone());
        var question = events.addQuestion(event.id(), QuestionKind.TEXT, LocalizedText.of("en", "What do you expect?"),
                List.of(), true, organiser.signedIn()).questions().getFirst().id();
        var before = rows("registration");

        var page = signedIn(given.person("Aigerim Participant")).post("/events/" + event.id() + "/register",
                "organisationName", "Kazakh VET college", "organisationType", "ACADEMIC_TRAINING_RESEARCH", "country", "KZ",
                "privacyAgreed", "true");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("answer." + question)).isEqualTo("Fill this in.");
        assertThat(rows("registration")).isEqualTo(before);
    }

    @Test
    void anInvalidEmail() {
        var before = rows("person");

        var page = visitor().post("/signup", "name", "Nobody", "email", "not-an-email", "password", Given.PASSWORD,
                "locale", "en", "timeZone", "Europe/Helsinki");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("email")).isEqualTo("'not-an-email' is not an email address.");
        assertThat(rows("person")).isEqualTo(before);
    }

    @Test
    void anEndBeforeItsStart() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "UNESCO ICT"), "Dushanbe", null, Eligibility.everyone());
        var web = signedIn(organiser);
        var before = rows("session");

        var session = web.post("/events/" + event.id() + "/sessions/new", "language", "en", "title.en", "Training day",
                "start", "2027-03-10T14:00", "end", "2027-03-10T09:00", "format", "IN_PERSON");
        var dates = web.post("/events/" + event.id() + "/edit", "language", "en", "title.en", "Dushanbe", "format", "ONLINE",
                "timeZone", "Asia/Dushanbe", "startsOn", "2027-03-10", "endsOn", "2027-03-09");

        assertThat(session.status()).isEqualTo(422);
        assertThat(session.errorAt("end")).isEqualTo("The end is before the start.");
        assertThat(dates.status()).isEqualTo(422);
        assertThat(dates.errorAt("endsOn")).isEqualTo("The end is before the start.");
        assertThat(rows("session")).isEqualTo(before);
        assertThat(jdbc.sql("select ends_on from event where id = ?").param(event.id()).query(String.class).single())
                .isEqualTo("2027-03-10");
    }

    @Test
    void anUnknownCountry() {
        var web = signedIn(given.person("Olga Organiser"));
        var before = rows("organisation");

        var page = web.post("/organisations/new", "language", "en", "name.en", "Atlantis Academy",
                "type", "ACADEMIC_TRAINING_RESEARCH", "country", "XX");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("country")).isEqualTo("'XX' is not a country code that Silta knows.");
        assertThat(rows("organisation")).isEqualTo(before);
    }

    @Test
    void anOversizedText() {
        var web = signedIn(given.person("Olga Organiser"));
        var before = rows("programme");

        var page = web.post("/programmes/new", "defaultLanguage", "en", "title.en", "x".repeat(301));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("title")).isEqualTo("Keep it to 300 characters at most.");
        assertThat(page.body()).contains("x".repeat(301));
        assertThat(rows("programme")).isEqualTo(before);
    }

    @Test
    void messagesComeInTheReadersLanguage() {
        var page = visitor().speaking("fi").post("/signup", "name", "Ei Kukaan", "email", "ei-osoite", "password", "lyhyt",
                "locale", "fi", "timeZone", "Europe/Helsinki");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("<html lang=\"fi\"");
        assertThat(page.errorAt("email")).doesNotContain("is not an email").contains("ei-osoite");
        assertThat(page.errorAt("password")).contains("10");
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
