package org.silta.app.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Registering;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Profiles in people's own languages, the marketplace, concept suggestions, and what people say after meeting. */
@RecordApplicationEvents
class ProfilesAndFeedbackTest extends SiltaTest {

    @Autowired Registering registering;
    @Autowired MatchmakingSetup setup;
    @Autowired MeetingRequests requests;
    @Autowired MeetingSchedules schedules;
    @Autowired MeetingFeedback feedback;
    @Autowired ApplicationEvents published;

    @Test
    void aProfileKeepsTheLanguageItsTextIsWrittenInAndTheMarketplaceFindsIt() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster");
        var event = given.event(organiser, programme, "Kick-off", null, Eligibility.everyone());
        var aino = given.person("Aino", "fi", "Europe/Helsinki");
        registering.register(event.id(), Given.form("Lukuleikki Oy", "PRIVATE_SECTOR", "FI"), aino.signedIn());
        var web = signedIn(aino).speaking("fi");
        var organisation = web.get("/programmes/" + programme.id() + "/profile").body()
                .replaceAll("(?s).*<option value=\"(\\d+)\"[^>]*>Lukuleikki Oy.*", "$1");

        var saved = web.post("/programmes/" + programme.id() + "/profile", "organisation", organisation,
                "offer0.text", "Lukutaidon oppimateriaalit ja opettajien täydennyskoulutus", "offer0.language", "",
                "offer0.concepts", "activity:inset", "need0.text", "Партнёр в Узбекистане, знающий школьную программу",
                "need0.language", "");

        assertThat(saved.status()).isEqualTo(302);
        var market = web.get("/programmes/" + programme.id() + "/marketplace?country=FI").body();
        assertThat(market).contains("lang=\"fi\">Lukutaidon oppimateriaalit").contains("lang=\"ru\">Партнёр в Узбекистане");
        assertThat(web.get("/programmes/" + programme.id() + "/marketplace?concept=activity:inset").body())
                .contains("Lukutaidon").doesNotContain("Партнёр");
        var unknown = web.post("/programmes/" + programme.id() + "/profile", "organisation", organisation,
                "offer0.text", "Something", "offer0.language", "en", "offer0.concepts", "activity:no-such-thing");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("activity:no-such-thing");
    }

    @Test
    void conceptsAreSuggestedWhileTypingInAnyLanguage() {
        var web = signedIn(given.person("Aino"));

        var finnish = web.get("/matchmaking/concepts?offer0.concepts=dac:11130,+täydennyskoul").body();
        var russian = web.get("/matchmaking/concepts?need0.concepts=повышение+квалифика").body();

        assertThat(finnish).contains("value=\"dac:11130, activity:inset\"");
        assertThat(russian).contains("activity:inset");
    }

    @Test
    void afterAMeetingPeopleSayWhetherItHelpedAndAFollowUpStartsThePipeline() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "SDG Booster"), "Kick-off", null, Eligibility.everyone());
        var aino = given.person("Aino", "en", "Europe/Helsinki");
        var dilnoza = given.person("Dilnoza", "en", "Asia/Tashkent");
        registering.register(event.id(), Given.form("Lukuleikki Oy", "PRIVATE_SECTOR", "FI"), aino.signedIn());
        registering.register(event.id(), Given.form("School No. 12", "OTHER_PUBLIC_SECTOR", "UZ"), dilnoza.signedIn());
        setup.proposeSlots(event.id(), 2, null, organiser.signedIn());
        var request = requests.request(event.id(), dilnoza.id(), "", aino.signedIn());
        requests.accept(request.id(), dilnoza.signedIn());
        schedules.publish(schedules.draft(event.id(), organiser.signedIn()).id(), organiser.signedIn());
        var web = signedIn(aino);

        clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(web.get("/events/" + event.id() + "/matchmaking").body()).doesNotContain("Is a follow-up planned?");
        clock.set(Instant.parse("2027-03-10T23:00:00Z"));
        assertThat(web.get("/events/" + event.id() + "/matchmaking").body()).contains("Is a follow-up planned?");
        feedback.answer(request.id(), true, true, "Joint offer for reading materials", aino.signedIn());
        signedIn(dilnoza).post("/matchmaking/meetings/" + request.id() + "/feedback", "useful", "yes", "followUp", "no");

        assertThat(feedback.counts(event.id())).isEqualTo(new MeetingFeedback.Counts(2, 2, 1));
        assertThat(signedIn(organiser).get("/events/" + event.id() + "/matchmaking/organise").body())
                .contains("2 answers: 2 found the meeting useful, 1 plan a follow-up");
        assertThat(published.stream(FollowUpPlanned.class)).singleElement().satisfies(heard -> {
            assertThat(heard.meetingId()).isEqualTo(request.id());
            assertThat(heard.note()).isEqualTo("Joint offer for reading materials");
            assertThat(heard.organisationIds()).hasSize(2);
        });
    }
}
