package org.silta.app.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many people at once for the last seats: never one more confirmed than there are seats. */
class RegistrationConcurrencyTest extends SiltaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void fiftyParallelRegistrationsForTheLastTenSeatsConfirmExactlyTen() throws Exception {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster");
        var event = given.event(organiser, programme, "Kick-off: 20 seats", 20, Eligibility.everyone());
        for (int i = 0; i < 10; i++) {
            given.registration(given.person("Early Bird " + i), event);
        }
        var browsers = new ArrayList<WebSession>();
        for (int i = 0; i < 50; i++) {
            var web = signedIn(given.person("Late Comer " + i));
            web.get("/events/" + event.id() + "/register");
            browsers.add(web);
        }

        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (var web : browsers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return web.post("/events/" + event.id() + "/register", "organisationName", "Oppimateriaali Oy",
                            "organisationType", "PRIVATE_SECTOR", "country", "FI", "privacyAgreed", "true").status();
                }));
            }
            start.countDown();
            for (var result : results) {
                assertThat(result.get()).isEqualTo(302);
            }
        }

        assertThat(count(event.id(), "CONFIRMED")).isEqualTo(20);
        assertThat(count(event.id(), "WAITING")).isEqualTo(40);
    }

    private int count(long eventId, String status) {
        return jdbc.sql("select count(*) from registration where event_id = ? and status = ?")
                .params(eventId, status).query(Integer.class).single();
    }
}
