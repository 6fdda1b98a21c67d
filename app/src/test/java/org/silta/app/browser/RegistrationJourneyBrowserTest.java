package org.silta.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.Registration;
import org.silta.app.shared.Answers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case A's kick-off from both sides, in Chromium: an organiser sets up a programme and an event with two
 * sessions for two audience groups and invites a Finnish company; its representative registers through
 * the invitation in Finnish; an ineligible registrant is refused; the 101st registrant of a 100-seat
 * event waits and moves up when someone cancels; check-in updates the counts. axe checks every page.
 */
class RegistrationJourneyBrowserTest extends BrowserSupport {

    @Autowired ProgrammeCatalogue catalogue;
    @Autowired Registering registering;

    @Test
    void fromSetUpToCheckIn() {
        var organiser = given.person("Olga Organiser");
        var admin = signInOnACheckedPage(window("en-GB", "Europe/Helsinki"), organiser);

        // The organiser creates the programme and opens it.
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New programme")).click();
        checked(admin);
        group(admin, "Title").getByLabel("English").fill("SDG Booster: Uzbekistan education");
        group(admin, "Summary").getByLabel("English").fill("Finnish and Uzbek organisations build joint offers.");
        admin.getByLabel("Countries").selectOption(new String[] {"FI", "UZ"});
        admin.getByLabel("Focus sectors").fill("teacher education, early childhood education, vocational education");
        button(admin, "Save").click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SDG Booster: Uzbekistan education"))).isVisible();
        admin.getByLabel("Status").selectOption("OPEN");
        button(admin, "Change status").click();
        checked(admin);

        // An online event with 100 seats, open to Finnish and Uzbek organisations.
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).click();
        checked(admin);
        group(admin, "Title").getByLabel("English").fill("Workshop 1: kick-off");
        admin.getByLabel("Format").selectOption("ONLINE");
        admin.getByLabel("Video link").fill("https://meet.example.org/booster");
        admin.getByLabel("Event time zone").selectOption("Europe/Helsinki");
        admin.getByLabel("First day").fill("2027-09-28");
        admin.getByLabel("Last day").fill("2027-09-28");
        admin.getByLabel("Seats").fill("100");
        button(admin, "Save").click();
        checked(admin);
        admin.getByLabel("Open to organisations from").selectOption(new String[] {"FI", "UZ"});
        button(admin, "Save").click();
        checked(admin);

        for (var audience : List.of("VET students and teachers", "Policy makers and donors")) {
            group(admin, "New audience group").getByLabel("English").fill(audience);
            button(admin, "Add group").click();
        }
        assertThat(admin.getByText("Policy makers and donors")).isVisible();
        var eventId = Long.parseLong(admin.url().replaceAll(".*/events/(\\d+)/setup.*", "$1"));

        addSession(admin, eventId, "Session 1: learners and teachers", "10:00", "12:00", "VET students and teachers");
        addSession(admin, eventId, "Session 2: policy dialogue", "13:00", "15:00", "Policy makers and donors");

        // Invitations by email.
        admin.navigate("/events/" + eventId);
        checked(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invitations")).click();
        var invited = "aino.invited." + System.nanoTime() + "@example.org";
        admin.getByLabel("Email addresses").fill(invited);
        button(admin, "Send invitations").click();
        assertThat(admin.getByText("1 invitation sent.")).isVisible();
        checked(admin);
        var link = awaitMail(invited, "Invitation: Workshop 1: kick-off").body().replaceAll("(?s).*(http://\\S+).*", "$1");

        // The invited Finnish participant creates an account and registers, in Finnish.
        var aino = window("fi-FI", "Europe/Helsinki");
        aino.navigate(link);
        checked(aino);
        aino.getByLabel(text("fi", "field.name")).fill("Aino Virtanen");
        aino.getByLabel(text("fi", "field.new-password")).fill(Given.PASSWORD);
        button(aino, text("fi", "invitation.submit")).click();
        assertThat(aino).hasURL(Pattern.compile(".*/events/" + eventId + "/register"));
        checked(aino);
        registerThroughForm(aino, "fi", "Oppimateriaali Oy", "PRIVATE_SECTOR", "FI", "VET students and teachers", "Session 1");
        assertThat(aino.getByText(text("fi", "registration.your-status.CONFIRMED")).first()).isVisible();
        checked(aino);

        // A Kazakh college is not eligible for this event.
        var kazakh = signInOnACheckedPage(window("en-GB", "Asia/Almaty"), given.person("Aigerim Seitkali"));
        kazakh.navigate("/events/" + eventId + "/register");
        registerThroughForm(kazakh, "en", "Almaty VET College", "ACADEMIC_TRAINING_RESEARCH", "KZ", "VET students and teachers", "Session 1");
        assertThat(kazakh.getByText("This event is open only to: Finland, Uzbekistan.").first()).isVisible();
        checked(kazakh);

        // 99 more fill the seats; the 101st waits.
        var event = catalogue.eventById(eventId).orElseThrow();
        var vet = event.audienceGroups().getFirst().id();
        var firstSession = catalogue.sessions(eventId).getFirst().id();
        for (int i = 0; i < 99; i++) {
            var someone = given.person("Seat Holder " + i);
            registering.register(eventId, new Registration.Form("Tashkent School " + i, "OTHER_PUBLIC_SECTOR", "UZ", vet,
                    List.of(firstSession), new Answers(java.util.Map.of()), false, true), someone.signedIn());
        }
        var late = given.person("Bekzod Latecomer");
        var bekzod = signInOnACheckedPage(window("en-GB", "Asia/Tashkent"), late);
        bekzod.navigate("/events/" + eventId + "/register");
        registerThroughForm(bekzod, "en", "Tashkent EdTech", "PRIVATE_SECTOR", "UZ", "VET students and teachers", "Session 1");
        assertThat(bekzod.getByText("You are number 1 on the waiting list.")).isVisible();
        checked(bekzod);

        // Aino cancels; Bekzod moves up.
        button(aino, text("fi", "registration.cancel")).click();
        assertThat(aino.getByText(text("fi", "registration.cancelled"))).isVisible();
        bekzod.reload();
        assertThat(bekzod.getByText("You are registered. Your seat is confirmed.").first()).isVisible();

        // Check-in updates the counts.
        admin.navigate("/events/" + eventId);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check-in for Session 1: learners and teachers")).click();
        assertThat(admin.getByText("100 registered, 0 attended")).isVisible();
        checked(admin);
        button(admin, "Check in Bekzod Latecomer").click();
        assertThat(admin.getByText("100 registered, 1 attended")).isVisible();
        checked(admin);
        admin.navigate("/events/" + eventId);
        assertThat(admin.getByText("100 registered, 1 attended")).isVisible();
        checked(admin);
    }

    private void addSession(Page admin, long eventId, String title, String start, String end, String audience) {
        admin.navigate("/events/" + eventId + "/sessions/new");
        checked(admin);
        group(admin, "Title").getByLabel("English").fill(title);
        admin.getByLabel("Starts (in Europe/Helsinki)").fill("2027-09-28T" + start);
        admin.getByLabel("Ends (in Europe/Helsinki)").fill("2027-09-28T" + end);
        admin.getByLabel("For audience groups").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(audience));
        button(admin, "Save").click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agenda").setExact(true))).isVisible();
        checked(admin);
    }

    private static void registerThroughForm(Page page, String language, String organisation, String type, String country,
                                            String audience, String session) {
        page.getByLabel(text(language, "field.organisation-name")).fill(organisation);
        page.getByLabel(text(language, "field.organisation-type")).selectOption(type);
        page.getByLabel(text(language, "field.country"), new Page.GetByLabelOptions().setExact(true)).selectOption(country);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(audience)).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + session.replaceAll("[^A-Za-z0-9 ]", ".")))).check();
        page.getByLabel(text(language, "field.privacy-agreed")).check();
        button(page, text(language, "registration.submit")).click();
    }

    private Page signInOnACheckedPage(Page page, Given.Someone someone) {
        page.navigate("/login");
        checked(page);
        page.getByLabel("Email").fill(someone.email());
        page.getByLabel("Password").fill(Given.PASSWORD);
        button(page, "Sign in").click();
        assertThat(page).hasURL(Pattern.compile(".*/(\\?.*)?$"));
        return page;
    }

    private static Locator group(Page page, String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void checked(Page page) {
        assertAccessible(page);
    }
}
