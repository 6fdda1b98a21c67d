package org.silta.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page passes axe in every interface language, and registering works by keyboard alone. */
class KeyboardAndAxeBrowserTest extends BrowserSupport {

    @Autowired EventEditing events;

    @Test
    void aParticipantRegistersUsingOnlyTheKeyboard() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Uusimaa VET RDI programme");
        var event = given.event(organiser, programme, "RDI workshop for VET teachers", 60, Eligibility.everyone());
        given.session(organiser, event, "Workshop morning", 9, 12);
        var participant = given.person("Ville Keyboard");
        var page = window("en-GB", "Europe/Helsinki");
        page.navigate("/login");

        tabTo(page, "Skip to content");
        tabTo(page, "Email");
        page.keyboard().type(participant.email());
        tabTo(page, "Password");
        page.keyboard().type(Given.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/");

        tabTo(page, "Uusimaa VET RDI programme");
        page.keyboard().press("Enter");
        page.waitForURL("**/programmes/" + programme.id());
        tabTo(page, "RDI workshop for VET teachers");
        page.keyboard().press("Enter");
        page.waitForURL("**/events/" + event.id());
        tabTo(page, "Register");
        page.keyboard().press("Enter");
        page.waitForURL("**/register");

        tabTo(page, "Organisation name");
        page.keyboard().type("Omnia");
        tabTo(page, "Type of organisation");
        page.keyboard().type("Academic");
        tabTo(page, "Country");
        page.keyboard().type("Finland");
        tabTo(page, "Workshop morning");
        page.keyboard().press("Space");
        tabTo(page, "I have read the privacy notice and agree to it");
        page.keyboard().press("Space");
        tabTo(page, "Register");
        page.keyboard().press("Enter");

        assertThat(page.getByText("You are registered. Your seat is confirmed.").first()).isVisible();
        assertAccessible(page);
    }

    @Test
    void everyPagePassesAxeInEveryLanguage() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "ETF Central Asia");
        var event = given.event(organiser, programme, "Distance learning in Central Asia", 80, Eligibility.everyone());
        events.addQuestion(event.id(), QuestionKind.MULTI_CHOICE, LocalizedText.of("en", "Topics"), List.of("ECEC", "VET"), false,
                organiser.signedIn());
        events.addQuestion(event.id(), QuestionKind.YES_NO, LocalizedText.of("en", "First time?"), List.of(), false,
                organiser.signedIn());
        events.addQuestion(event.id(), QuestionKind.COUNTRY, LocalizedText.of("en", "Country of work"), List.of(), false,
                organiser.signedIn());
        var session = given.session(organiser, event, "Session 1", 10, 12);
        var participant = given.person("Aigerim Participant", "en", "Asia/Almaty");
        var registration = given.registration(participant, event, session);
        given.team(programme, organiser, given.person("Omar Observer"), ProgrammeRole.OBSERVER);

        var organiserPages = List.of("/", "/organisations", "/organisations/new", "/programmes/new",
                "/programmes/" + programme.id(), "/programmes/" + programme.id() + "/edit",
                "/programmes/" + programme.id() + "/team", "/programmes/" + programme.id() + "/audit",
                "/programmes/" + programme.id() + "/events/new", "/events/" + event.id(), "/events/" + event.id() + "/edit",
                "/events/" + event.id() + "/setup", "/events/" + event.id() + "/invitations",
                "/events/" + event.id() + "/registrations", "/events/" + event.id() + "/participants",
                "/events/" + event.id() + "/sessions/new", "/sessions/" + session.id() + "/edit",
                "/sessions/" + session.id() + "/check-in", "/me", "/me/agenda", "/no-such-page",
                "/events/" + event.id() + "/matchmaking", "/events/" + event.id() + "/matchmaking/organise",
                "/programmes/" + programme.id() + "/marketplace", "/programmes/" + programme.id() + "/profile");
        var participantPages = List.of("/events/" + event.id() + "/register", "/registrations/" + registration.id(),
                "/me/agenda", "/me", "/events/" + event.id(), "/events/" + event.id() + "/matchmaking",
                "/events/" + event.id() + "/matchmaking/recommendations", "/programmes/" + programme.id() + "/profile");
        var visitorPages = List.of("/", "/login", "/signup", "/password/forgot", "/password/reset?token=expired",
                "/invitations/not-a-token", "/events/" + event.id(), "/organisations");

        var failures = new ArrayList<String>();
        for (var language : List.of("en", "fi", "sv", "ru")) {
            var visitor = window(language, "Europe/Helsinki");
            visitPages(visitor, visitorPages, failures);
            var organiserWindow = signIn(window(language, "Europe/Helsinki"), organiser);
            visitPages(organiserWindow, language.equals("en") ? organiserPages : organiserPages.subList(0, 10), failures);
            var participantWindow = signIn(window(language, "Asia/Almaty"), participant);
            visitPages(participantWindow, participantPages, failures);
            assertThat(participantWindow.locator("html").getAttribute("lang")).isEqualTo(language);
        }
        assertThat(failures).isEmpty();
    }

    private static void visitPages(Page page, List<String> paths, List<String> failures) {
        for (var path : paths) {
            page.navigate(path);
            try {
                assertAccessible(page);
            } catch (AssertionError failure) {
                failures.add(failure.getMessage());
            }
        }
    }
}
