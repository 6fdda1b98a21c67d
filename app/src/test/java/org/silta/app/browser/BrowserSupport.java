package org.silta.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.silta.app.Given;
import org.silta.app.SiltaTest;

/**
 * Silta in a real Chromium, driven by Playwright, with axe checking every page visited. Chromium comes
 * from the system (Debian's package); without it the tests fail and say what to install.
 */
abstract class BrowserSupport extends SiltaTest {

    static final Path CHROMIUM = Path.of(System.getProperty("silta.chromium", "/usr/bin/chromium"));
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launchChromium() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the browser tests need Chromium at %s: install Debian's package (apt-get install chromium) "
                        + "or set -Dsilta.chromium=/path/to/chromium", CHROMIUM)
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser window whose language and time zone are those of the person using it. */
    Page window(String locale, String zone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId(zone).setBaseURL(base()));
        context.setDefaultTimeout(15_000);
        var page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        return page;
    }

    /** Signs this person in through the login form, in whatever language the window speaks. */
    static Page signIn(Page page, Given.Someone someone) {
        page.navigate("/login");
        var language = page.locator("html").getAttribute("lang");
        page.getByLabel(text(language, "field.email")).fill(someone.email());
        page.getByLabel(text(language, "field.password")).fill(Given.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/");
        return page;
    }

    /** Presses Tab until the focused element is the one a reader knows by this name; fails if none is reached. */
    static void tabTo(Page page, String name) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            var focused = (String) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (!e) return '';
                      const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
                      return (e.getAttribute('aria-label') || label || e.innerText || e.value || '').trim();
                    }""");
            if (focused.equals(name) || focused.startsWith(name + ":") || focused.startsWith(name + ",")
                    || focused.startsWith(name + "\n")) {
                return;
            }
        }
        throw new AssertionError("Tab never reached '" + name + "' on " + page.url());
    }

    /** Fails with every WCAG 2.1 AA violation axe finds on the page, naming the rule and the elements. */
    static void assertAccessible(Page page) {
        var violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        var report = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(node -> node.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe on %s:\n%s", page.url(), report).isEmpty();
    }

    /** An interface string in a language, from Silta's own bundle, so tests find elements as a reader does. */
    static String text(String language, String key, Object... arguments) {
        var properties = new Properties();
        var name = language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties";
        try (var stream = BrowserSupport.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new com.ibm.icu.text.MessageFormat(properties.getProperty(key), com.ibm.icu.util.ULocale.forLanguageTag(language))
                .format(arguments);
    }
}
