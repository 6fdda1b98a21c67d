package org.silta.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Registering;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case A's matchmaking in Chromium: a Finnish company and an Uzbek ministry write their profiles in
 * Finnish and Russian, find each other among the suggested partners, request and accept a meeting;
 * the organiser schedules and publishes; both see the meeting in their agenda in their own zone.
 */
class MatchmakingBrowserTest extends BrowserSupport {

    @Autowired Registering registering;

    @Test
    void partnersFindEachOtherAcrossLanguagesAndMeet() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster: Uzbekistan education");
        var event = given.event(organiser, programme, "Workshop 1: kick-off", null, Eligibility.everyone());
        var aino = given.person("Aino Virtanen", "fi", "Europe/Helsinki");
        var dilnoza = given.person("Dilnoza Karimova", "ru", "Asia/Tashkent");
        registering.register(event.id(), Given.form("Oppimateriaali Oy", "PRIVATE_SECTOR", "FI"), aino.signedIn());
        registering.register(event.id(), Given.form("Ministry of Preschool and School Education", "GOVERNMENT", "UZ"),
                dilnoza.signedIn());

        var finnish = signIn(window("fi-FI", "Europe/Helsinki"), aino);
        finnish.navigate("/programmes/" + programme.id() + "/profile");
        finnish.getByLabel(text("fi", "matchmaking.profile.offer", 1)).fill(
                "Sähköiset oppikirjat ja opettajan materiaalit perusopetukseen");
        finnish.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("fi", "common.save"))).click();
        assertThat(finnish.getByText("Sähköiset oppikirjat")).isVisible();
        assertAccessible(finnish);

        var russian = signIn(window("ru-RU", "Asia/Tashkent"), dilnoza);
        russian.navigate("/programmes/" + programme.id() + "/profile");
        russian.getByLabel(text("ru", "matchmaking.profile.need", 1)).fill(
                "Ищем электронные учебники и методические материалы для учителей начальной школы");
        russian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("ru", "common.save"))).click();
        assertAccessible(russian);

        russian.navigate("/events/" + event.id() + "/matchmaking/recommendations");
        assertThat(russian.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oppimateriaali Oy"))).isVisible();
        assertThat(russian.locator("q[lang=fi]")).containsText("oppikirjat");
        assertAccessible(russian);
        russian.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("ru", "matchmaking.request-with", "Aino Virtanen"))).click();
        russian.getByLabel(text("ru", "matchmaking.message")).fill("Давайте обсудим учебники для начальной школы.");
        assertAccessible(russian);
        russian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("ru", "matchmaking.send-request"))).click();
        assertThat(russian.getByText(text("ru", "matchmaking.request-sent"))).isVisible();

        finnish.navigate("/events/" + event.id() + "/matchmaking");
        assertAccessible(finnish);
        finnish.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("fi", "matchmaking.accept-from", "Dilnoza Karimova"))).click();
        assertThat(finnish.getByText(text("fi", "matchmaking.answer.accept"))).isVisible();

        var admin = signIn(window("en-GB", "Europe/Helsinki"), organiser);
        admin.navigate("/events/" + event.id() + "/matchmaking/organise");
        assertAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose slots")).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule all accepted requests")).click();
        assertThat(admin.getByText("Proven best possible")).isVisible();
        assertAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(admin.getByText("The schedule is published.")).isVisible();

        finnish.navigate("/me/agenda");
        assertThat(finnish.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dilnoza Karimova").setExact(true))).isVisible();
        assertThat(finnish.locator("main")).containsText("(Europe/Helsinki)");
        assertAccessible(finnish);
        russian.navigate("/me/agenda");
        assertThat(russian.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aino Virtanen").setExact(true))).isVisible();
        assertThat(russian.locator("main")).containsText(Pattern.compile("\\(Asia/Tashkent\\)"));
        assertAccessible(russian);
    }

}
