package org.silta.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reflection board in three browsers: the facilitator opens it, two participants write hidden notes in Finnish
 * and Russian, the facilitator reveals, groups and starts voting, the participants vote within their budget, the
 * results come in order and the PDF holds the notes; then the same journey by keyboard alone. Axe checks each page.
 */
class BoardJourneyBrowserTest extends BrowserSupport {

    private static final String FINNISH = "Pienryhmät toimivat hyvin";
    private static final String RUSSIAN = "Обсуждение в малых группах было полезным";

    @Autowired SessionEditing sessions;

    record Workshop(Given.Someone organiser, Given.Someone aino, Given.Someone dmitri, long eventId) {
    }

    @Test
    void aReflectionBoardFromHiddenNotesToOrderedResultsAndThePdf() throws Exception {
        var workshop = workshop();
        var facilitator = signIn(window("en-GB", "Europe/Rome"), workshop.organiser());
        var boardUrl = openReflectionBoard(facilitator, workshop.eventId());
        assertAccessible(facilitator);

        var aino = signIn(window("fi-FI", "Europe/Helsinki"), workshop.aino());
        var dmitri = signIn(window("ru-RU", "Asia/Dushanbe"), workshop.dmitri());
        aino.navigate(boardUrl);
        dmitri.navigate(boardUrl);
        aino.getByLabel(text("fi", "board.note.new", "Mikä toimi hyvin")).fill(FINNISH);
        aino.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("fi", "board.note.add"))).first().click();
        dmitri.getByLabel(text("ru", "board.note.new", "Что сработало хорошо")).fill(RUSSIAN);
        dmitri.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("ru", "board.note.add"))).first().click();
        assertThat(aino.locator(".note-text", new Page.LocatorOptions().setHasText(FINNISH))).isVisible();
        assertThat(aino.getByText(text("fi", "board.hidden-notes", 1))).isVisible();
        assertThat(aino.locator(".note-text", new Page.LocatorOptions().setHasText(RUSSIAN))).hasCount(0);
        assertThat(facilitator.getByText(text("en", "board.hidden-notes", 2))).isVisible();
        assertAccessible(aino);

        phase(facilitator, "REVEAL");
        assertThat(aino.locator(".note-text", new Page.LocatorOptions().setHasText(RUSSIAN))).isVisible();
        assertThat(dmitri.locator("#board-areas .note-text[lang=fi]", new Page.LocatorOptions().setHasText(FINNISH))).isVisible();

        phase(facilitator, "GROUP");
        facilitator.getByLabel("New cluster in What worked well").fill("Group work");
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add cluster")).first().click();
        assertThat(facilitator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Group work"))).isVisible();
        var russianNote = facilitator.locator(".note", new Page.LocatorOptions().setHasText(RUSSIAN));
        russianNote.getByLabel("Move to...").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("What worked well › Group work"));
        var heldMove = new ArrayList<Route>();
        facilitator.route("**/boards/*/operations", heldMove::add);
        russianNote.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Move the note: " + RUSSIAN)).click();
        // Moved at once, before the server answers.
        assertThat(facilitator.locator(".board-cluster .note.pending .note-text", new Page.LocatorOptions().setHasText(RUSSIAN)))
                .isVisible();
        facilitator.unroute("**/boards/*/operations");
        heldMove.forEach(Route::resume);
        assertThat(facilitator.locator(".board-cluster .note:not(.pending) .note-text", new Page.LocatorOptions().setHasText(RUSSIAN)))
                .isVisible();
        assertAccessible(facilitator);

        phase(facilitator, "VOTE");
        var voteRussian = text("fi", "board.vote-for", RUSSIAN);
        assertThat(aino.getByText(text("fi", "board.dots-left", 3))).isVisible();
        aino.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(voteRussian)).click();
        assertThat(aino.getByText(text("fi", "board.dots-left", 2))).isVisible();
        aino.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(voteRussian)).click();
        assertThat(aino.getByText(text("fi", "board.dots-left", 1))).isVisible();
        // The third dot on one note: shown at once while the server is asked, taken back when it refuses.
        var russianVotes = aino.locator("#board-areas .note", new Page.LocatorOptions().setHasText(RUSSIAN)).locator(".badge.votes");
        assertThat(russianVotes).hasText(text("fi", "board.votes", 2));
        var held = new ArrayList<Route>();
        aino.route("**/boards/*/operations", held::add);
        aino.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(voteRussian)).click();
        assertThat(russianVotes).hasText(text("fi", "board.votes", 3));
        aino.unroute("**/boards/*/operations");
        held.forEach(Route::resume);
        assertThat(aino.getByRole(AriaRole.ALERT)).containsText(text("fi", "invalid.board.note-dots-full", 2));
        assertThat(russianVotes).hasText(text("fi", "board.votes", 2));
        dmitri.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("ru", "board.vote-for", FINNISH))).click();
        assertThat(dmitri.getByText(text("ru", "board.dots-left", 2))).isVisible();
        assertAccessible(dmitri);

        phase(facilitator, "DISCUSS");
        var results = facilitator.locator("ol.results li");
        assertThat(results.nth(0)).containsText(RUSSIAN);
        assertThat(results.nth(0)).containsText("2 votes");
        assertThat(results.nth(1)).containsText(FINNISH);
        assertAccessible(facilitator);

        // A participant whose computer's clock is an hour behind sees the same countdown as everyone else.
        facilitator.getByLabel("Timer in minutes").fill("5");
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the timer")).click();
        assertThat(facilitator.locator(".timer .countdown")).hasText(Pattern.compile("^(4:[0-5]\\d|5:00)$"));
        var behind = window("ru-RU", "Asia/Dushanbe");
        behind.clock().install(new Clock.InstallOptions().setTime(System.currentTimeMillis() - 3_600_000));
        signIn(behind, workshop.dmitri()).navigate(boardUrl);
        assertThat(behind.locator(".timer .countdown")).hasText(Pattern.compile("^(4:[0-5]\\d|5:00)$"));

        var download = facilitator.waitForDownload(() -> facilitator.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF")).click());
        try (var document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdf).contains(FINNISH, RUSSIAN);
            assertThat(pdf.indexOf(RUSSIAN)).isLessThan(pdf.indexOf(FINNISH));
        }
    }

    @Test
    void theSameJourneyByKeyboardAlone() throws Exception {
        var workshop = workshop();
        var facilitator = signIn(window("en-GB", "Europe/Rome"), workshop.organiser());
        facilitator.navigate("/events/" + workshop.eventId());
        tabTo(facilitator, "Board: Reflection: what worked");
        facilitator.keyboard().press("Enter");
        facilitator.waitForURL("**/board");
        tabTo(facilitator, "Conceptual map");
        facilitator.keyboard().press("ArrowDown");
        tabTo(facilitator, "Open the board");
        facilitator.keyboard().press("Enter");
        facilitator.waitForURL("**/boards/*");
        var boardUrl = facilitator.url();

        var aino = signIn(window("fi-FI", "Europe/Helsinki"), workshop.aino());
        var dmitri = signIn(window("ru-RU", "Asia/Dushanbe"), workshop.dmitri());
        writeByKeyboard(aino, boardUrl, text("fi", "board.note.new", "Mikä toimi hyvin"), FINNISH, text("fi", "board.note.add"));
        writeByKeyboard(dmitri, boardUrl, text("ru", "board.note.new", "Что сработало хорошо"), RUSSIAN,
                text("ru", "board.note.add"));
        assertThat(facilitator.getByText(text("en", "board.hidden-notes", 2))).isVisible();

        phaseByKeyboard(facilitator, 1, "REVEAL");
        assertThat(aino.locator(".note-text", new Page.LocatorOptions().setHasText(RUSSIAN))).isVisible();
        phaseByKeyboard(facilitator, 1, "GROUP");
        tabTo(facilitator, "New cluster in What worked well");
        facilitator.keyboard().type("Group work");
        tabTo(facilitator, "Add cluster");
        facilitator.keyboard().press("Enter");
        assertThat(facilitator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Group work"))).isVisible();
        tabTo(facilitator, "Move the note: " + RUSSIAN);
        facilitator.keyboard().press("Shift+Tab");
        facilitator.keyboard().press("ArrowDown");
        facilitator.keyboard().press("Tab");
        facilitator.keyboard().press("Enter");
        assertThat(facilitator.locator(".board-cluster .note-text", new Page.LocatorOptions().setHasText(RUSSIAN))).isVisible();

        phaseByKeyboard(facilitator, 1, "VOTE");
        aino.reload();
        tabTo(aino, text("fi", "board.vote-for", RUSSIAN));
        aino.keyboard().press("Enter");
        assertThat(aino.getByText(text("fi", "board.dots-left", 4))).isVisible();
        aino.keyboard().press("Enter");
        assertThat(aino.getByText(text("fi", "board.dots-left", 3))).isVisible();
        dmitri.reload();
        tabTo(dmitri, text("ru", "board.vote-for", FINNISH));
        dmitri.keyboard().press("Enter");
        assertThat(dmitri.getByText(text("ru", "board.dots-left", 4))).isVisible();

        phaseByKeyboard(facilitator, 1, "DISCUSS");
        assertThat(facilitator.locator("ol.results li").nth(0)).containsText(RUSSIAN);
        assertThat(facilitator.locator("ol.results li").nth(1)).containsText(FINNISH);
        tabTo(facilitator, "PDF");
        var download = facilitator.waitForDownload(() -> facilitator.keyboard().press("Enter"));
        try (var document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(document)).contains(FINNISH, RUSSIAN);
        }
        assertAccessible(facilitator);
        assertAccessible(aino);
        facilitator.navigate(boardUrl + "?view=outline");
        assertThat(facilitator.getByRole(AriaRole.LIST).getByText(RUSSIAN)).isVisible();
        assertAccessible(facilitator);
    }

    private static void writeByKeyboard(Page page, String boardUrl, String label, String note, String button) {
        page.navigate(boardUrl);
        tabTo(page, label);
        page.keyboard().type(note);
        tabTo(page, button);
        page.keyboard().press("Enter");
        assertThat(page.locator(".note-text", new Page.LocatorOptions().setHasText(note))).isVisible();
    }

    /** Moves the phase on by {@code steps} with the keyboard: Tab to the phase, arrow down, Tab to the button. */
    private static void phaseByKeyboard(Page facilitator, int steps, String phase) {
        tabTo(facilitator, "Phase");
        for (int i = 0; i < steps; i++) {
            facilitator.keyboard().press("ArrowDown");
        }
        tabTo(facilitator, "Change phase");
        facilitator.keyboard().press("Enter");
        assertThat(facilitator.locator(".phases li[aria-current]")).hasText(text("en", "board.phase." + phase));
    }

    private Workshop workshop() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "ETF Central Asia");
        var event = given.event(organiser, programme, "Distance learning in Central Asia", null, Eligibility.everyone());
        var session = given.session(organiser, event, "Session 1", 10, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Reflection: what worked"), 40, ""), organiser.signedIn());
        var aino = given.person("Aino Virtanen", "fi", "Europe/Helsinki");
        var dmitri = given.person("Dmitri Volkov", "ru", "Asia/Dushanbe");
        given.registration(aino, event, session);
        given.registration(dmitri, event, session);
        return new Workshop(organiser, aino, dmitri, event.id());
    }

    private static String openReflectionBoard(Page facilitator, long eventId) {
        facilitator.navigate("/events/" + eventId);
        facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board: Reflection: what worked")).click();
        assertAccessible(facilitator);
        facilitator.getByLabel("Reflection:", new Page.GetByLabelOptions().setExact(false)).check();
        facilitator.getByLabel("Hide notes from others until reveal").check();
        facilitator.getByLabel("Dots for each participant").fill("3");
        facilitator.getByLabel("At most this many dots on one note").fill("2");
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the board")).click();
        facilitator.waitForURL("**/boards/*");
        return facilitator.url();
    }

    private static void phase(Page facilitator, String phase) {
        facilitator.getByLabel("Phase", new Page.GetByLabelOptions().setExact(true)).selectOption(phase);
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change phase")).click();
        assertThat(facilitator.locator(".phases li[aria-current]")).hasText(text("en", "board.phase." + phase));
    }
}
