package org.silta.app.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An action plan rolls its measures' progress up, weighted, to packages and the plan; programmes keep their lineage. */
class ActionPlanTest extends SiltaTest {

    @Autowired ActionPlans plans;

    @Test
    void progressRollsUpWeightedToPackagesAndThePlan() throws Exception {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Uusimaa VET RDI programme");
        var web = signedIn(organiser);
        assertThat(web.post("/programmes/" + programme.id() + "/action-plan", "planTitle", "RDI development programme",
                "language", "en").status()).isEqualTo(302);
        var plan = plans.plan(programme.id(), organiser.signedIn()).orElseThrow();
        var capability = plans.addPackage(plan.id(), "RDI capability", new BigDecimal("2"), organiser.signedIn());
        var visibility = plans.addPackage(plan.id(), "Impact and visibility", BigDecimal.ONE, organiser.signedIn());
        var strategy = plans.addMeasure(capability, "RDI strategy", "Omnia", "Institutions with a strategy", BigDecimal.TEN,
                BigDecimal.ONE, organiser.signedIn());
        plans.addMeasure(capability, "RDI processes", "Keuda", "Processes described", new BigDecimal("4"), new BigDecimal("3"),
                organiser.signedIn());
        plans.addMeasure(visibility, "Final report", "Uudenmaan liitto", "Report published", BigDecimal.ONE, BigDecimal.ONE,
                organiser.signedIn());
        var processes = plans.plan(programme.id(), organiser.signedIn()).orElseThrow().packages().getFirst().measures().getLast();

        assertThat(web.post("/programmes/" + programme.id() + "/action-plan/measures/" + strategy + "/progress",
                "progress", "5").status()).isEqualTo(302);
        web.post("/programmes/" + programme.id() + "/action-plan/measures/" + processes.id() + "/progress", "progress", "6");

        var rolled = plans.plan(programme.id(), organiser.signedIn()).orElseThrow();
        assertThat(rolled.packages().getFirst().progress()).isEqualTo((1 * 0.5 + 3 * 1.0) / 4);
        assertThat(rolled.progress()).isEqualTo((2 * 0.875 + 0.0) / 3);
        assertThat(web.get("/programmes/" + programme.id() + "/action-plan").body())
                .contains("Progress of the whole plan: 58 %", "Progress 88 %, weight 2", "6 (100 %)");
        var csv = new String(web.get("/programmes/" + programme.id() + "/action-plan.csv").response().body(),
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.subList(1, 4)).containsExactly(
                "RDI capability,2,88,RDI strategy,Omnia,Institutions with a strategy,10,5,50,1",
                "RDI capability,2,88,RDI processes,Keuda,Processes described,4,6,100,3",
                "Impact and visibility,1,0,Final report,Uudenmaan liitto,Report published,1,0,0,1");
        var xlsx = signedIn(organiser).speaking("fi").get("/programmes/" + programme.id() + "/action-plan.xlsx").response().body();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Osuus tavoitteesta (%)");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("RDI processes");
        }

        var refused = web.post("/programmes/" + programme.id() + "/action-plan/measures", "package", String.valueOf(visibility),
                "measureTitle", "Visibility campaign", "owner", "Varia", "indicator", "Articles", "target", "0", "measureWeight", "1");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorAt("target")).isEqualTo("Give a number above zero.");
    }

    @Test
    void aStudyLeadsToAProgrammeAndNotTheOtherWayRound() {
        var organiser = given.person("Olga Organiser");
        var study = given.programme(organiser, "Preliminary study: vocational institutions as RDI actors");
        var programme = given.programme(organiser, "Uusimaa VET RDI programme");
        var web = signedIn(organiser);

        assertThat(web.post("/programmes/" + programme.id() + "/lineage", "predecessor", String.valueOf(study.id()),
                "relation", "STUDY").status()).isEqualTo(302);

        assertThat(web.get("/programmes/" + programme.id() + "/action-plan").body())
                .contains("Continues the study", "Preliminary study: vocational institutions as RDI actors");
        assertThat(web.get("/programmes/" + study.id() + "/action-plan").body()).contains("Led to", "Uusimaa VET RDI programme");
        var loop = web.post("/programmes/" + study.id() + "/lineage", "predecessor", String.valueOf(programme.id()),
                "relation", "PILOT");
        assertThat(loop.status()).isEqualTo(422);
        assertThat(loop.errorAt("predecessor")).startsWith("That programme came from this one");
    }
}
