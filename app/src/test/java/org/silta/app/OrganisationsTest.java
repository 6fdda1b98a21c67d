package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry catches the same organisation entered twice and offers a choice. */
class OrganisationsTest extends SiltaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theSameNameInTheSameCountryAsksDidYouMean() {
        var web = signedIn(given.person("Olga Organiser"));
        var unique = "Oppimateriaali" + System.nanoTime();
        var first = web.post("/organisations/new", "language", "fi", "name.fi", unique + " Oy", "type", "PRIVATE_SECTOR",
                "country", "FI");
        assertThat(first.location()).matches(".*/organisations/\\d+");

        var again = web.post("/organisations/new", "language", "fi", "name.fi", unique.toUpperCase() + " oy.",
                "type", "PRIVATE_SECTOR", "country", "FI");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Did you mean one of these?").contains(unique + " Oy");
        assertThat(count(unique)).isEqualTo(1);

        var confirmed = web.post("/organisations/new", "language", "fi", "name.fi", unique.toUpperCase() + " oy.",
                "type", "PRIVATE_SECTOR", "country", "FI", "confirmedNew", "true");
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(count(unique)).isEqualTo(2);

        var elsewhere = web.post("/organisations/new", "language", "en", "name.en", unique + " Oy", "type", "PRIVATE_SECTOR",
                "country", "SE");
        assertThat(elsewhere.status()).isEqualTo(302);
    }

    @Test
    void cyrillicAndLatinSpellingsOfOneNameMeet() {
        var web = signedIn(given.person("Olga Organiser"));
        var suffix = Long.toString(System.nanoTime() % 100000);
        web.post("/organisations/new", "language", "ru", "name.ru", "Министерство просвещения " + suffix, "type", "GOVERNMENT",
                "country", "UZ");

        var latin = web.post("/organisations/new", "language", "uz", "name.uz", "Ministerstvo prosveshcheniya " + suffix,
                "type", "GOVERNMENT", "country", "UZ");

        assertThat(latin.body()).contains("Did you mean one of these?").contains("Министерство просвещения " + suffix);
    }

    private int count(String name) {
        return jdbc.sql("select count(*) from organisation where lower(name -> 'texts' ->> 'fi') like ?")
                .param(name.toLowerCase() + "%").query(Integer.class).single();
    }
}
