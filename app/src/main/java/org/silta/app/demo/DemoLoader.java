package org.silta.app.demo;

import java.util.List;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code serve --demo}: loads the five cases once (real organisations and dates, invented people) and
 * says how to sign in as the demo organiser and the demo participant.
 */
@Component
@ConditionalOnProperty(name = "silta.demo", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    static final String ORGANISER = "organiser@" + Demo.DOMAIN;
    static final String PARTICIPANT = "participant@" + Demo.DOMAIN;
    static final String ORGANISER_PASSWORD = "silta-demo-organiser";
    static final String PARTICIPANT_PASSWORD = "silta-demo-participant";

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Accounts accounts;
    private final Demo demo;
    private final BoosterMatchmaking matchmaking;
    private final TransactionTemplate transaction;
    private final int port;

    DemoLoader(Accounts accounts, Demo demo, BoosterMatchmaking matchmaking, PlatformTransactionManager transactions,
               @Value("${local.server.port:${server.port:8080}}") int port) {
        this.accounts = accounts;
        this.demo = demo;
        this.matchmaking = matchmaking;
        this.transaction = new TransactionTemplate(transactions);
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (accounts.byEmail(ORGANISER).isEmpty()) {
            log.info("Loading the five demo cases: this takes a moment, once");
            transaction.executeWithoutResult(status -> load());
        }
        System.out.printf("""

                Silta runs at http://localhost:%d with the demo of the five cases.
                  Demo organiser:   %s   password: %s
                  Demo participant: %s   password: %s
                These accounts exist in demo mode only.

                """, port, ORGANISER, ORGANISER_PASSWORD, PARTICIPANT, PARTICIPANT_PASSWORD);
    }

    void load() {
        var organiser = accounts.signUp(new Accounts.SignUp(ORGANISER, "Olga Demo-Organiser", ORGANISER_PASSWORD, "en",
                "Europe/Helsinki", List.of("en", "fi", "ru")));
        var participant = accounts.signUp(new Accounts.SignUp(PARTICIPANT, "Dilnoza Demo-Participant", PARTICIPANT_PASSWORD,
                "en", "Asia/Tashkent", List.of("uz", "ru", "en")));
        demo.organiser = new SignedIn(organiser.id(), organiser.email(), organiser.name(), false);
        var demoParticipant = new SignedIn(participant.id(), participant.email(), participant.name(), false);
        matchmaking.load(SdgBooster.load(demo, demoParticipant), demo.organiser);
        EspooOsan.load(demo);
        UnescoDushanbe.load(demo);
        UusimaaRdi.load(demo);
        EtfCentralAsia.load(demo, demoParticipant);
        SdgBoosterPipeline.load(demo.results, demo.organiser);
        EspooOsanPartnership.load(demo.results, demo.organiser);
        UnescoPriorityAreas.load(demo.results, demo.organiser);
        UusimaaActionPlan.load(demo, demo.results);
        EtfFlashReports.load(demo, demo.results);
    }
}
