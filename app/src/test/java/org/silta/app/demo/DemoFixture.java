package org.silta.app.demo;

import org.silta.app.identity.Accounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo for tests in other packages: loaded once into the shared database, with the organiser's sign-in. */
public final class DemoFixture {

    public static final String ORGANISER = DemoLoader.ORGANISER;
    public static final String ORGANISER_PASSWORD = DemoLoader.ORGANISER_PASSWORD;

    private DemoFixture() {
    }

    /** A demo programme's id by its English title (tests may make programmes with the same titles). */
    public static long programme(JdbcClient jdbc, String englishTitle) {
        return jdbc.sql("""
                select p.id from programme p join programme_member m on m.programme = p.id join person x on x.id = m.person_id
                where x.email = ? and p.title -> 'texts' ->> 'en' = ?""").params(ORGANISER, englishTitle).query(Long.class).single();
    }

    public static void ensureLoaded(ApplicationContext context, int port) {
        new DemoLoader(context.getBean(Accounts.class), context.getBean(Demo.class), context.getBean(BoosterMatchmaking.class),
                context.getBean(PlatformTransactionManager.class), port).run(null);
    }
}
