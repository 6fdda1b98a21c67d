package org.silta.app.demo;

import org.silta.app.identity.Accounts;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo for tests in other packages: loaded once into the shared database, with the organiser's sign-in. */
public final class DemoFixture {

    public static final String ORGANISER = DemoLoader.ORGANISER;
    public static final String ORGANISER_PASSWORD = DemoLoader.ORGANISER_PASSWORD;

    private DemoFixture() {
    }

    public static void ensureLoaded(ApplicationContext context, int port) {
        new DemoLoader(context.getBean(Accounts.class), context.getBean(Demo.class),
                context.getBean(PlatformTransactionManager.class), port).run(null);
    }
}
