package org.silta.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.demo.DemoFixture;
import org.silta.app.reporting.ReportReading;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case E in the demo: the organiser drafts the flash report, edits a line, and downloads it as PDF and DOCX,
 * which carry the objectives, the five areas of the conceptual map with their top notes, and the participant
 * numbers. Every page of the follow-up and the reports passes axe on the way.
 */
class FlashReportBrowserTest extends BrowserSupport {

    private static final String WORKSHOP = "Exploring distance and online learning in Central Asia: what is happening with learning?";
    private static final List<String> AREAS = List.of("Goals and vision", "Envisaging digital and online learning",
            "Threats", "Obstacles", "Enablers");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void theOrganiserDraftsEditsAndDownloadsTheFlashReport() throws IOException {
        DemoFixture.ensureLoaded(context, port);
        var page = window("en-GB", "Europe/Rome");
        page.navigate("/login");
        page.getByLabel("Email").fill(DemoFixture.ORGANISER);
        page.getByLabel("Password").fill(DemoFixture.ORGANISER_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports")).first().click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flash report of " + WORKSHOP)).click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft again from the event")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The draft is ready.");
        assertAccessible(page);

        var outcomes = page.getByLabel("Key outcomes");
        var text = outcomes.inputValue();
        assertThat(text).contains("- A competency framework for learners (9 votes)");
        outcomes.fill(text.replace("- A competency framework for learners (9 votes)",
                "- A competency framework for learners, shared by the five countries (9 votes)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");

        var pdf = ReportReading.pdfText(download(page, "Download PDF"));
        var docx = ReportReading.docxText(download(page, "Download Word"));
        for (var report : List.of(pdf, docx)) {
            assertThat(report).contains("Flash report: " + WORKSHOP.substring(0, 40),
                    "Capture the experience and views of the main stakeholder groups",
                    "Learning goes on for every learner, wherever they are", "Unequal access to devices and the internet in rural areas",
                    "Teachers' and trainers' digital skills", "Donor programmes already under way",
                    "A shared regional platform with content in the national languages",
                    "A competency framework for learners, shared by the five countries", "81 participants registered and");
            assertThat(report).containsPattern("81 participants registered and \\d+ attended")
                    .containsPattern("Session 1: learners, teachers and trainers.{0,200}\\d+ registered, \\d+ attended");
            AREAS.forEach(area -> assertThat(report).contains(area));
        }

        var workshop = id("select id from event where programme_id = ?", DemoFixture.programme(jdbc, "Torino Process in Central Asia"));
        var booster = DemoFixture.programme(jdbc, "SDG Booster: Uzbekistan education");
        var uusimaa = DemoFixture.programme(jdbc, "Uusimaa vocational-education RDI development programme");
        var espoo = id("select id from partnership where programme_id = ?",
                DemoFixture.programme(jdbc, "Espoo and Osan: lifelong-learning city partnership 2021-2026"));
        var idea = id("select min(id) from collaboration_idea where programme_id = ?", booster);
        var offer = id("select min(id) from joint_offer where programme_id = ?", booster);
        for (var path : List.of("/events/" + workshop + "/kpis", "/pipeline", "/pipeline?programme=" + booster + "&country=UZ",
                "/partnerships/" + espoo, "/partnerships/" + espoo + "/edit", "/ideas/" + idea, "/offers/" + offer,
                "/programmes/" + booster + "/ideas/new", "/programmes/" + booster + "/offers/new",
                "/programmes/" + booster + "/partnerships/new", "/programmes/" + booster + "/funnel",
                "/programmes/" + uusimaa + "/action-plan", "/reports/regional?countries=KZ&themes=Torino+Process")) {
            page.navigate(path);
            assertAccessible(page);
        }

        page.navigate("/partnerships/" + espoo);
        page.getByLabel("Kind of document").selectOption("REPORT");
        page.getByLabel("Title").last().fill("Youth exchange report 2022");
        page.getByLabel("File").setInputFiles(new com.microsoft.playwright.options.FilePayload("youth-exchange-2022.txt",
                "text/plain", "34 young people took part.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Youth exchange report 2022"))).isVisible();
    }

    private static byte[] download(Page page, String link) throws IOException {
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)).click());
        return Files.readAllBytes(download.path());
    }

    private long id(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
