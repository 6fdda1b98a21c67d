package org.silta.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo shows what came of the cases: B's partnership, C's priority areas, D's action plan, E's reports. */
class DemoResultsTest extends SiltaTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void theCasesResultsAreInTheDemo() {
        DemoFixture.ensureLoaded(context, port);
        var organiser = visitor().signIn(DemoFixture.ORGANISER, DemoFixture.ORGANISER_PASSWORD);

        var espoo = organiser.get("/partnerships/" + id("select id from partnership where programme_id = "
                + DemoFixture.programme(jdbc, "Espoo and Osan: lifelong-learning city partnership 2021-2026"))).body();
        assertThat(espoo).contains("Espoo–Osan lifelong-learning city partnership", "UNESCO Global Network of Learning Cities",
                "Agreement signed at a remote event", "Youth exchange: Korean language and culture online",
                "Mapping what interests young people", "Cooperation agreement (summary)", "Implementation");
        var unesco = organiser.get("/programmes/" + DemoFixture.programme(jdbc, "ICT in education 2030: Tajikistan")
                + "/action-plan").body();
        assertThat(unesco).contains("Provision of teaching and learning resources", "Educators&#39; ICT competence development",
                "ICT-enhanced education management information systems (EMIS)", "National Testing Center");
        var uusimaa = organiser.get("/programmes/" + DemoFixture.programme(jdbc,
                "Uusimaa vocational-education RDI development programme") + "/action-plan").body();
        assertThat(uusimaa).contains("Continues the study", "Vocational institutions as RDI actors in Uusimaa: preliminary study",
                "Oppilaitosten TKI-kyvykkyyden vahvistaminen", "TKI:n vaikuttavuuden ja näkyvyyden lisääminen",
                "Progress of the whole plan: ");
        var workshop = id("select id from event where programme_id = " + DemoFixture.programme(jdbc,
                "Torino Process in Central Asia"));
        assertThat(organiser.get("/events/" + workshop + "/flash-report").body())
                .contains("Envisaging digital and online learning:", "Giulia Conti", "A shared regional platform with content in the national languages (12 votes)");
        assertThat(organiser.get("/reports/regional?countries=KZ&themes=Torino+Process").body())
                .contains("National validation workshop: Kazakhstan", "Exploring distance and online learning in Central Asia",
                        "Colleges&#39; own learning platforms").doesNotContain("National validation workshop: Kyrgyz Republic");
        var booster = DemoFixture.programme(jdbc, "SDG Booster: Uzbekistan education");
        assertThat(organiser.get("/programmes/" + booster + "/funnel").body().replaceAll("\\s+", ""))
                .contains("Partnerships</th><td>1</td>");
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).list().getFirst();
    }
}
