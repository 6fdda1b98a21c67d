package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API, as another system would use it, and its OpenAPI description. */
class ApiTest extends SiltaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anotherSystemReadsProgrammesAndRegistersThroughTheApi() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Uusimaa VET RDI");
        var event = given.event(organiser, programme, "RDI workshop", 1, Eligibility.everyone());
        var session = given.session(organiser, event, "Packages", 9, 11);
        var participant = given.person("Ville Participant");

        var programmes = JSON.readTree(visitor().get("/api/programmes").body());
        assertThat(programmes.findValuesAsString("en")).contains("Uusimaa VET RDI");
        var sessions = JSON.readTree(visitor().get("/api/events/" + event.id() + "/sessions").body());
        assertThat(sessions.get(0).path("startsAt").asString()).isEqualTo("2027-03-10T07:00:00Z");

        var created = post(participant, "/api/events/" + event.id() + "/registrations", """
                {"organisationName": "Omnia", "organisationType": "ACADEMIC_TRAINING_RESEARCH", "country": "FI",
                 "sessions": [%d], "listed": true, "privacyAgreed": true}""".formatted(session.id()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("status").asString()).isEqualTo("CONFIRMED");

        var refused = post(given.person("Late Person"), "/api/events/" + event.id() + "/registrations", """
                {"organisationName": "Omnia", "organisationType": "ACADEMIC_TRAINING_RESEARCH", "country": "ZZ",
                 "privacyAgreed": false}""");
        assertThat(refused.status()).isEqualTo(422);
        var problems = JSON.readTree(refused.body()).path("problems");
        assertThat(problems.path("country").asString()).isEqualTo("'ZZ' is not a country code that Silta knows.");
        assertThat(problems.path("privacyAgreed").asString()).contains("privacy notice");

        assertThat(get(participant, "/api/events/" + event.id() + "/registrations").status()).isEqualTo(403);
        assertThat(JSON.readTree(get(organiser, "/api/events/" + event.id() + "/registrations").body())).hasSize(1);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var document = JSON.readTree(visitor().get("/v3/api-docs").body());

        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("paths").propertyNames()).contains("/api/programmes", "/api/programmes/{id}",
                "/api/programmes/{id}/events", "/api/events/{id}", "/api/events/{id}/sessions",
                "/api/events/{id}/registrations", "/api/registrations/{id}");
    }

    private org.silta.app.WebSession.Page post(Given.Someone who, String path, String json) {
        return visitor().send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basic(who))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private org.silta.app.WebSession.Page get(Given.Someone who, String path) {
        return visitor().send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basic(who)).GET());
    }

    private static String basic(Given.Someone who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.email() + ":" + Given.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
