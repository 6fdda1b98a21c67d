package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.WebSession;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.realtime.LiveUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Boards through the real HTTP layer: hidden notes, anonymity on every channel, exports and the PDF's fonts. */
class BoardPagesTest extends SiltaTest {

    private static final String FINNISH = "Verkkoyhteys toimi hyvin, kiitos äänikanavan";
    private static final String RUSSIAN = "Не хватало времени на обсуждение в группах";
    private static final String KOREAN = "교사 교육과 디지털 학습";

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired BoardActions actions;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnonymousBoardNamesNoAuthorOnThePageTheApiTheStreamOrAnExport() throws Exception {
        var settings = new BoardSettings(true, true, 5, 3, BoardSettings.DotsPer.PERSON, true);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", settings);
        var anna = signedIn(fixture.participant(given, "Anna Virtanen"));
        var boris = signedIn(fixture.participant(given, "Boris Sokolov"));
        var facilitator = signedIn(fixture.organiser());
        var board = "/boards/" + fixture.board().id();

        assertThat(anna.get(board).body()).contains("This board is anonymous");
        write(anna, board, "worked-well", FINNISH, "fi");
        write(boris, board, "worked-less-well", RUSSIAN, "ru");
        assertThat(boris.get(board).body()).as("hidden until reveal").doesNotContain(FINNISH).contains("1 note is hidden");
        assertThat(boris.get(board + "/state").body()).doesNotContain(FINNISH);

        assertThat(facilitator.post(board + "/operations", "op", "phase", "phase", "REVEAL").status()).isEqualTo(302);
        assertThat(facilitator.post(board + "/operations", "op", "note.add", "area", "could-have-helped", "text", KOREAN,
                "language", "ko").status()).isEqualTo(302);
        assertThat(facilitator.post(board + "/operations", "op", "phase", "phase", "VOTE").status()).isEqualTo(302);
        var page = boris.get(board).body();
        assertThat(page).contains(FINNISH, RUSSIAN, KOREAN).contains("lang=\"fi\"", "lang=\"ru\"", "lang=\"ko\"");
        var noteId = page.substring(page.indexOf("id=\"note-") + 9, page.indexOf("\"", page.indexOf("id=\"note-") + 9));
        assertThat(anna.post(board + "/operations", "op", "vote.add", "noteId", noteId).status()).isEqualTo(302);

        var stream = stream(boris, board + "/live?after=0", 5);
        var channels = new ArrayList<String>();
        channels.add(boris.get(board).body());
        channels.add(facilitator.get(board).body());
        channels.add(boris.get(board + "/state").body());
        channels.add(stream);
        for (var format : new String[] {"csv", "json", "md"}) {
            channels.add(new String(facilitator.get(board + "/export." + format).response().body(), StandardCharsets.UTF_8));
        }
        assertThat(channels).allSatisfy(channel -> assertThat(channel).doesNotContain("Anna Virtanen", "Boris Sokolov"));
        assertThat(stream).as("notes written while hidden never travel in the stream").doesNotContain(FINNISH, RUSSIAN)
                .contains(KOREAN, "vote.added");
        assertThat(channels.get(4)).contains(FINNISH, RUSSIAN, KOREAN);
    }

    @Test
    void aNamedBoardShowsWhoWroteAndWhenVotesAreVisibleWhoVoted() {
        var visibleVotes = new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, true);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", visibleVotes);
        var anna = signedIn(fixture.participant(given, "Anna Virtanen"));
        var boris = signedIn(fixture.participant(given, "Boris Sokolov"));
        var facilitator = signedIn(fixture.organiser());
        var board = "/boards/" + fixture.board().id();
        write(anna, board, "worked-well", FINNISH, "fi");
        assertThat(anna.get(board).body()).contains("Your name is shown with your notes", "Anna Virtanen", FINNISH)
                .doesNotContain("Dots from");
        facilitator.post(board + "/operations", "op", "phase", "phase", "VOTE");
        var page = anna.get(board).body();
        var noteId = page.substring(page.indexOf("id=\"note-") + 9, page.indexOf("\"", page.indexOf("id=\"note-") + 9));
        anna.post(board + "/operations", "op", "vote.add", "noteId", noteId);
        anna.post(board + "/operations", "op", "vote.add", "noteId", noteId);
        boris.post(board + "/operations", "op", "vote.add", "noteId", noteId);
        assertThat(boris.get(board).body()).contains("Everyone sees who voted", "Dots from</span>:")
                .contains("<span>Anna Virtanen ×2</span>, <span>Boris Sokolov</span>");
    }

    @Test
    void thePdfExportPrintsFinnishRussianAndKoreanMostVotesFirst() throws IOException {
        var settings = new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", settings);
        var anna = signedIn(fixture.participant(given, "Anna Virtanen"));
        var facilitator = signedIn(fixture.organiser());
        var board = "/boards/" + fixture.board().id();
        write(anna, board, "worked-well", FINNISH, "fi");
        write(anna, board, "worked-well", RUSSIAN, "ru");
        write(anna, board, "worked-well", KOREAN, "ko");
        facilitator.post(board + "/operations", "op", "phase", "phase", "VOTE");
        var page = anna.get(board).body();
        var korean = page.substring(page.lastIndexOf("id=\"note-") + 9, page.indexOf("\"", page.lastIndexOf("id=\"note-") + 9));
        anna.post(board + "/operations", "op", "vote.add", "noteId", korean);
        anna.post(board + "/operations", "op", "vote.add", "noteId", korean);

        var pdf = facilitator.get(board + "/export.pdf");
        assertThat(pdf.response().headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.response().body())) {
            var text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
            assertThat(text).as("spaces print as spaces").doesNotContain("\u0000");
            assertThat(text).contains("Verkkoyhteys toimi hyvin", "Не хватало времени", "교사 교육과 디지털 학습", "What worked well");
            assertThat(text.indexOf("교사")).as("most votes first").isLessThan(text.indexOf("Verkkoyhteys"));
        }
        var markdown = new String(facilitator.get(board + "/export.md").response().body(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## What worked well", "- " + KOREAN + " (2)");
    }

    @Test
    void aClientTooFarBehindGetsASnapshotInsteadOfEveryOperationItMissed() throws Exception {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", BoardSettings.usual());
        var organiser = fixture.organiser().signedIn();
        var boardId = fixture.board().id();
        for (int i = 0; i <= LiveUpdates.REPLAY_LIMIT; i++) {
            actions.apply(boardId, new Operation.AddNote("proposals", "Proposal " + i, "en", null, null), organiser, null);
        }
        var board = "/boards/" + boardId;
        var facilitator = signedIn(fixture.organiser());
        var latest = jdbc.sql("select seq from board where id = ?").param(boardId).query(Long.class).single();

        var behind = stream(facilitator, board + "/live?after=" + (latest - LiveUpdates.REPLAY_LIMIT - 1), 3);
        assertThat(behind).as("the stream opens at once, before any event").startsWith("retry:1000\n:live\n");
        assertThat(behind).contains("id:" + latest + "\nevent:snapshot\n").doesNotContain("note.added");
        var nearlyCurrent = stream(facilitator, board + "/live?after=" + (latest - 2), 3);
        assertThat(nearlyCurrent).doesNotContain("snapshot").contains("id:" + (latest - 1) + "\n", "id:" + latest + "\n")
                .doesNotContain("id:" + (latest - 2) + "\n");
    }

    private static void write(WebSession who, String board, String area, String text, String language) {
        var answer = who.post(board + "/operations", "op", "note.add", "area", area, "text", text, "language", language);
        assertThat(answer.status()).as("writing %s", text).isEqualTo(302);
    }

    /** What the live stream sends within a few seconds. */
    private static String stream(WebSession who, String path, int seconds) throws Exception {
        var lines = new StringBuilder();
        var reading = CompletableFuture.runAsync(() -> who.lines(path).forEach(line -> {
            synchronized (lines) {
                lines.append(line).append('\n');
            }
        }));
        try {
            reading.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            reading.cancel(true);
        }
        synchronized (lines) {
            return lines.toString();
        }
    }
}
