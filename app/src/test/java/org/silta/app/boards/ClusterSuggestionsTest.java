package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Forbidden;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notes grouped by meaning across languages, suggested to the facilitator, who confirms or changes each cluster. */
class ClusterSuggestionsTest extends SiltaTest {

    private static final String FINNISH = "Opettajien täydennyskoulutus on tärkeää";
    private static final String RUSSIAN = "Нужна подготовка учителей";
    private static final String ENGLISH = "Teacher training should come first";

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired BoardActions actions;
    @Autowired BoardView view;
    @Autowired ClusterSuggestions suggestions;
    @Autowired JdbcClient jdbc;

    @Test
    void aFinnishARussianAndAnEnglishNoteOnTeacherTrainingLandTogetherAndTheFacilitatorDecides() {
        var settings = new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", settings);
        var anna = fixture.participant(given, "Anna Participant");
        var boardId = fixture.board().id();
        var finnish = write(boardId, anna, FINNISH);
        var russian = write(boardId, anna, RUSSIAN);
        write(boardId, anna, "Donor coordination at national level");
        var english = write(boardId, anna, ENGLISH);
        write(boardId, anna, "Maaseudun koulujen verkkoyhteydet");

        assertThatThrownBy(() -> suggestions.suggest(boardId, anna.signedIn())).isInstanceOf(Forbidden.class);
        var suggested = suggestions.suggest(boardId, fixture.organiser().signedIn());
        assertThat(suggested).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.title()).isEqualTo("Teacher training");
            assertThat(suggestion.area()).isEqualTo("proposals");
            assertThat(suggestion.notes()).extracting(BoardState.NoteView::id)
                    .containsExactlyInAnyOrder(finnish, russian, english);
        });
        assertThat(view.of(boardId, anna.signedIn()).areas().getFirst().clusters()).as("nothing changes until confirmed")
                .isEmpty();

        var facilitator = signedIn(fixture.organiser());
        var board = "/boards/" + boardId;
        assertThat(facilitator.get(board + "/suggestions").body()).contains("Teacher training", FINNISH, RUSSIAN, ENGLISH,
                "lang=\"ru\"");
        var confirmed = facilitator.post(board + "/operations", "op", "cluster.add", "then", "suggestions", "area", "proposals",
                "title", "Teachers' competences", "noteIds", String.valueOf(finnish), "noteIds", String.valueOf(english));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).endsWith(board + "/suggestions");

        var area = view.of(boardId, anna.signedIn()).areas().getFirst();
        assertThat(area.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.title()).isEqualTo("Teachers' competences");
            assertThat(cluster.notes()).extracting(BoardState.NoteView::id).containsExactlyInAnyOrder(finnish, english);
        });
        assertThat(area.notes()).extracting(BoardState.NoteView::id).contains(russian);
        assertThat(jdbc.sql("select payload->>'notes' from board_operation where board_id = ? and kind = 'cluster.added'")
                .param(boardId).query(String.class).single().replace(" ", "")).as("one sequenced operation")
                .isEqualTo("[" + finnish + "," + english + "]");
        assertThat(suggestions.suggest(boardId, fixture.organiser().signedIn())).as("left-out notes are not forced anywhere")
                .isEmpty();
    }

    private long write(long boardId, org.silta.app.Given.Someone who, String text) {
        return actions.apply(boardId, new Operation.AddNote("proposals", text, null, null, null), who.signedIn(), null).id();
    }
}
