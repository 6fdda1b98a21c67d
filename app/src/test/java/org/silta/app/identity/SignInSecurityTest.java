package org.silta.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;

/** Signing in and out, forged forms, session cookies, and password guessing. */
class SignInSecurityTest extends SiltaTest {

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        var person = given.person("Olga Organiser");
        var web = signedIn(person);

        var forged = web.postWithoutToken("/programmes/new", "defaultLanguage", "en", "title.en", "Forged");

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() {
        var person = given.person("Olga Organiser");
        var web = visitor();
        web.get("/login");

        var plain = web.post("/login", "email", person.email(), "password", Given.PASSWORD);
        assertThat(plain.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("SILTA_SESSION=")
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));

        var tls = visitor().send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(tls.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("SILTA_SESSION=")
                .contains("Secure").contains("HttpOnly"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        var person = given.person("Guessed Person");
        var web = visitor();
        for (int i = 0; i < 5; i++) {
            assertThat(web.post("/login", "email", person.email(), "password", "wrong guess " + i).location()).endsWith("/login?error");
        }

        var locked = web.post("/login", "email", person.email(), "password", Given.PASSWORD);

        assertThat(locked.location()).endsWith("/login?locked");
        assertThat(web.get("/login?locked").body()).contains("Too many failed attempts");
        clock.advance(java.time.Duration.ofMinutes(16));
        assertThat(visitor().post("/login", "email", person.email(), "password", Given.PASSWORD).location()).doesNotContain("/login");
    }

    @Test
    void signingOutEndsTheSession() {
        var web = signedIn(given.person("Olga Organiser"));
        assertThat(web.get("/me").status()).isEqualTo(200);

        var out = web.post("/logout");

        assertThat(out.location()).endsWith("/?signedOut");
        assertThat(web.get("/me").location()).endsWith("/login");
    }

    @Test
    void theLanguageIsNegotiatedFromTheBrowserAndSwitchableOnEveryPage() {
        var russian = visitor().speaking("ru-RU,ru;q=0.9,en;q=0.5");
        assertThat(russian.get("/").body()).contains("<html lang=\"ru\"").contains("Программы");

        var switched = russian.get("/organisations?lang=sv");
        assertThat(switched.body()).contains("<html lang=\"sv\"");
        assertThat(russian.get("/").body()).as("the choice is remembered").contains("<html lang=\"sv\"");
    }
}
