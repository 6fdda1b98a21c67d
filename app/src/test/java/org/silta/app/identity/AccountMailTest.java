package org.silta.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.RegistrationSettings;
import org.springframework.beans.factory.annotation.Autowired;

/** Links sent by email, received by a real SMTP server: choosing a new password, and invitations. */
class AccountMailTest extends SiltaTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+)");

    @Autowired EventEditing events;

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLink() {
        var person = given.person("Forgetful Person");
        var web = visitor();

        var asked = web.post("/password/forgot", "email", person.email());
        assertThat(asked.location()).endsWith("/login");
        var mail = awaitMail(person.email(), "Choose a new Silta password");
        var link = link(mail.body());
        assertThat(link).contains("/password/reset?token=");

        assertThat(web.get(link).body()).contains("name=\"password\"");
        var token = link.substring(link.indexOf("token=") + 6);
        var reset = web.post("/password/reset", "token", token, "password", "a brand new passphrase");
        assertThat(reset.location()).endsWith("/login");

        visitor().signIn(person.email(), "a brand new passphrase");
        assertThat(visitor().post("/login", "email", person.email(), "password", Given.PASSWORD).location()).endsWith("/login?error");
        assertThat(web.post("/password/reset", "token", token, "password", "yet another passphrase").status())
                .as("a used link does not work twice").isEqualTo(422);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var answer = visitor().post("/password/forgot", "email", "nobody-here@example.org");

        assertThat(answer.location()).endsWith("/login");
        assertThat(MAIL.getReceivedMessagesForDomain("nobody-here@example.org")).isEmpty();
    }

    @Test
    void anInvitedPersonCreatesAnAccountThroughTheLinkAndRegisters() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "Espoo and Osan"), "Agreement signing", null,
                Eligibility.everyone());
        events.changeRegistration(event.id(), new RegistrationSettings(null, false, true, true, Eligibility.everyone()),
                organiser.signedIn());
        var invited = "jiwoo.invited." + System.nanoTime() + "@example.org";

        var sent = signedIn(organiser).post("/events/" + event.id() + "/invitations", "emails", invited + "\n",
                "message", "Welcome to the signing!");
        assertThat(sent.status()).isEqualTo(302);
        var mail = awaitMail(invited, "Invitation: Agreement signing");
        assertThat(mail.body()).contains("Olga Organiser").contains("Welcome to the signing!");

        var web = visitor();
        var invitation = web.get(link(mail.body()));
        assertThat(invitation.body()).contains(invited);
        var created = web.post(link(mail.body()).replace(base(), ""), "name", "Jiwoo Invited", "password", Given.PASSWORD,
                "locale", "en", "timeZone", "Asia/Seoul");
        assertThat(created.location()).endsWith("/events/" + event.id() + "/register");
        var registered = web.post("/events/" + event.id() + "/register", "organisationName", "Osan City",
                "organisationType", "LOCAL_GOVERNMENT", "country", "KR", "privacyAgreed", "true");
        assertThat(registered.status()).isEqualTo(302);

        var uninvited = signedIn(given.person("Uninvited Person")).post("/events/" + event.id() + "/register",
                "organisationName", "Somewhere", "organisationType", "OTHER", "country", "FI", "privacyAgreed", "true");
        assertThat(uninvited.status()).isEqualTo(422);
        assertThat(uninvited.body()).contains("by invitation only");
        assertThat(signedIn(organiser).get("/events/" + event.id() + "/invitations").body()).contains(invited).contains("Registered");
    }

    private static String link(String body) {
        var matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a link in: %s", body).isTrue();
        return matcher.group(1);
    }
}
