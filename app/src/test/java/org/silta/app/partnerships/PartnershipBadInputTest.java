package org.silta.app.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.organisations.OrganisationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A partnership refuses impossible dates, periods outside its term and roles IATI does not know, and saves nothing. */
class PartnershipBadInputTest extends SiltaTest {

    @Autowired Partnerships partnerships;
    @Autowired PartnershipRecords records;
    @Autowired OrganisationRegistry organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void aPartnershipEndingBeforeItStarts() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Espoo and Osan");
        var before = rows("partnership");

        var page = signedIn(organiser).post("/programmes/" + programme.id() + "/partnerships/new", "language", "en",
                "title.en", "Lifelong-learning cities", "status", "IMPLEMENTATION", "plannedStart", "2026-09-29",
                "plannedEnd", "2021-09-29");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("plannedEnd")).isEqualTo("The end is before the start.");
        assertThat(rows("partnership")).isEqualTo(before);
    }

    @Test
    void aResultPeriodOutsideThePartnershipsDates() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Espoo and Osan");
        var partnership = partnerships.create(programme.id(), PipelineGiven.details("Lifelong-learning cities",
                LocalDate.of(2021, 9, 29), LocalDate.of(2026, 9, 28)), organiser.signedIn());
        var indicator = records.addIndicator(partnership.id(), "Young people learn Korean", "OUTCOME", "Learners", "UNIT", 2021,
                BigDecimal.ZERO, organiser.signedIn());
        var before = rows("indicator_period");

        var page = signedIn(organiser).post("/partnerships/" + partnership.id() + "/periods", "indicator", String.valueOf(indicator),
                "periodStart", "2026-01-01", "periodEnd", "2027-06-30", "target", "40");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("periodStart")).isEqualTo("The period must lie within the partnership's dates, 2021-09-29 to 2026-09-28.");
        assertThat(rows("indicator_period")).isEqualTo(before);
    }

    @Test
    void anUnknownOrganisationRole() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Espoo and Osan");
        var partnership = partnerships.create(programme.id(), PipelineGiven.details("Lifelong-learning cities",
                LocalDate.of(2021, 9, 29), LocalDate.of(2026, 9, 28)), organiser.signedIn());
        var espoo = PipelineGiven.organisation(organisations, organiser, "City of Espoo", "LOCAL_GOVERNMENT", "FI");
        var before = rows("partnership_organisation");

        var page = signedIn(organiser).post("/partnerships/" + partnership.id() + "/organisations",
                "organisation", String.valueOf(espoo), "role", "OWNER");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorAt("role")).isEqualTo("'OWNER' is not a role: choose funding, accountable, extending or implementing.");
        assertThat(rows("partnership_organisation")).isEqualTo(before);
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
