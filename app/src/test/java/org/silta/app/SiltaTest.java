package org.silta.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Silta as users meet it: the whole application on a real embedded PostgreSQL, through its real
 * HTTP port, sending mail to a real SMTP server (GreenMail). Every test class shares one running
 * application; each test makes its own people and programmes so that tests do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "silta.database.embedded.directory=target/test-postgres",
        "silta.database.embedded.clean=true",
        "silta.database.embedded.durable=false",
        "silta.security.bcrypt-strength=4",
        "silta.database.pool-size=30",
        "spring.thymeleaf.cache=true",
        "server.shutdown=immediate",
        "spring.lifecycle.timeout-per-shutdown-phase=5s"
})
@Import(TestSupport.class)
public abstract class SiltaTest {

    protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Given given;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    /** An email as the recipient sees it. */
    protected record Mail(String subject, String body) {
    }

    /** Waits (up to ten seconds: mail goes out after the change commits) for a mail to the address whose subject starts so. */
    protected static Mail awaitMail(String address, String subjectStart) {
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : MAIL.getReceivedMessagesForDomain(address)) {
                try {
                    if (message.getSubject().startsWith(subjectStart)) {
                        return new Mail(message.getSubject(), com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address + " with a subject starting '" + subjectStart + "'");
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** A visitor with their own cookies, as one browser. */
    protected WebSession visitor() {
        return new WebSession(base());
    }

    /** A visitor already signed in with the given person's password. */
    protected WebSession signedIn(Given.Someone someone) {
        return visitor().signIn(someone.email(), Given.PASSWORD);
    }
}
