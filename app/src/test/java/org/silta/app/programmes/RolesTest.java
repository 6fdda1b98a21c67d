package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;

/** What each role may and may not do, checked on the server for pages, forms and the API. */
class RolesTest extends SiltaTest {

    Given.Someone organiser;
    Programme programme;
    Event event;
    Session session;
    Registration registration;
    Given.Someone participant;

    @BeforeEach
    void programmeWithAnEvent() {
        organiser = given.person("Olga Organiser");
        programme = given.programme(organiser, "SDG Booster: Uzbekistan education");
        event = given.event(organiser, programme, "Workshop 1", 100, Eligibility.everyone());
        session = given.session(organiser, event, "Kick-off", 10, 12);
        participant = given.person("Dilnoza Participant");
        registration = given.registration(participant, event, session);
    }

    @Test
    void theOrganiserRunsTheirProgramme() {
        var web = signedIn(organiser);
        assertThat(web.get("/programmes/" + programme.id() + "/edit").status()).isEqualTo(200);
        assertThat(web.get("/events/" + event.id() + "/registrations").status()).isEqualTo(200);
        assertThat(web.post("/programmes/" + programme.id() + "/events/new", "language", "en", "title.en", "Workshop 2",
                "format", "ONLINE", "timeZone", "Europe/Helsinki", "startsOn", "2027-03-11", "endsOn", "2027-03-11").status())
                .isEqualTo(302);
        assertThat(web.post("/sessions/" + session.id() + "/check-in/" + registration.id()).status()).isEqualTo(302);
    }

    @Test
    void anotherProgrammesOrganiserIsRefused() {
        var other = given.person("Otto Other Organiser");
        given.programme(other, "Another programme");
        var web = signedIn(other);

        assertThat(web.get("/programmes/" + programme.id() + "/edit").status()).isEqualTo(403);
        assertThat(web.get("/events/" + event.id() + "/registrations").status()).isEqualTo(403);
        assertThat(web.get("/events/" + event.id() + "/registrations.csv").status()).isEqualTo(403);
        assertThat(web.post("/programmes/" + programme.id() + "/status", "status", "ARCHIVED").status()).isEqualTo(403);
        assertThat(web.post("/registrations/" + registration.id() + "/cancel").status()).isEqualTo(403);
        assertThat(web.get("/programmes/" + programme.id() + "/audit").status()).isEqualTo(403);
    }

    @Test
    void aDraftIsNotFoundByAnyoneOutsideItsTeam() {
        var draft = given.programme(organiser, "Draft programme");
        signedIn(organiser).post("/programmes/" + draft.id() + "/status", "status", "DRAFT");

        assertThat(signedIn(participant).get("/programmes/" + draft.id()).status()).isEqualTo(404);
        assertThat(visitor().get("/programmes/" + draft.id()).status()).isEqualTo(404);
        assertThat(signedIn(organiser).get("/programmes/" + draft.id()).status()).isEqualTo(200);
        assertThat(visitor().get("/api/programmes/" + draft.id()).status()).isEqualTo(404);
    }

    @Test
    void aFacilitatorChecksPeopleInButChangesNothingElse() {
        var facilitator = given.person("Fatima Facilitator");
        given.team(programme, organiser, facilitator, ProgrammeRole.FACILITATOR);
        var web = signedIn(facilitator);

        assertThat(web.get("/sessions/" + session.id() + "/check-in").status()).isEqualTo(200);
        assertThat(web.post("/sessions/" + session.id() + "/check-in/" + registration.id()).status()).isEqualTo(302);
        assertThat(web.get("/programmes/" + programme.id() + "/edit").status()).isEqualTo(403);
        assertThat(web.post("/registrations/" + registration.id() + "/decline").status()).isEqualTo(403);
        assertThat(web.get("/events/" + event.id() + "/setup").status()).isEqualTo(403);
    }

    @Test
    void anObserverFollowsButCannotAct() {
        var observer = given.person("Omar Observer");
        given.team(programme, organiser, observer, ProgrammeRole.OBSERVER);
        var web = signedIn(observer);

        assertThat(web.get("/events/" + event.id() + "/registrations").status()).isEqualTo(200);
        var audit = web.get("/programmes/" + programme.id() + "/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("Created the programme").contains("Olga Organiser")
                .contains("Registered").contains("Dilnoza Participant");
        assertThat(web.get("/sessions/" + session.id() + "/check-in").status()).isEqualTo(403);
        assertThat(web.post("/sessions/" + session.id() + "/check-in/" + registration.id()).status()).isEqualTo(403);
        assertThat(web.get("/events/" + event.id() + "/edit").status()).isEqualTo(403);
    }

    @Test
    void aParticipantSeesTheirOwnButNotOthers() {
        var web = signedIn(participant);

        assertThat(web.get("/registrations/" + registration.id()).status()).isEqualTo(200);
        assertThat(web.get("/events/" + event.id() + "/participants").status()).isEqualTo(200);
        assertThat(web.get("/events/" + event.id() + "/registrations").status()).isEqualTo(403);
        assertThat(web.post("/sessions/" + session.id() + "/check-in/" + registration.id()).status()).isEqualTo(403);
        assertThat(web.get("/programmes/" + programme.id() + "/team").status()).isEqualTo(403);

        var stranger = signedIn(given.person("Sami Stranger"));
        assertThat(stranger.get("/registrations/" + registration.id()).status()).isEqualTo(404);
        assertThat(stranger.get("/events/" + event.id() + "/participants").status()).isEqualTo(403);
    }

    @Test
    void aPlatformAdminMayDoEverything() {
        var web = signedIn(given.admin("Ada Admin"));

        assertThat(web.get("/programmes/" + programme.id() + "/edit").status()).isEqualTo(200);
        assertThat(web.get("/events/" + event.id() + "/registrations").status()).isEqualTo(200);
        assertThat(web.post("/registrations/" + registration.id() + "/decline").status()).isEqualTo(302);
    }

    @Test
    void aVisitorMustSignInBeforeActing() {
        var web = visitor();

        assertThat(web.get("/events/" + event.id()).status()).isEqualTo(200);
        var register = web.get("/events/" + event.id() + "/register");
        assertThat(register.status()).isEqualTo(302);
        assertThat(register.location()).endsWith("/login");
        assertThat(web.get("/events/" + event.id() + "/registrations").location()).endsWith("/login");
        assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/events/" + event.id()
                + "/registrations")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")).status()).isEqualTo(401);
    }
}
