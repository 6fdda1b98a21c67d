package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Phases, permissions, dot budgets and the operation log, through the use cases. */
@RecordApplicationEvents
class BoardRulesTest extends SiltaTest {

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired BoardActions actions;
    @Autowired BoardView view;
    @Autowired IdeaProposals ideas;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired Registering registering;

    @Test
    void phasesDecideWhatParticipantsMayDo() {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", BoardSettings.usual());
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var facilitator = fixture.organiser().signedIn();
        var boardId = fixture.board().id();

        var note = actions.apply(boardId, new Operation.AddNote("worked-well", "Hyvä yhteys", "fi", null, null), anna, null);
        assertThatThrownBy(() -> actions.apply(boardId, new Operation.Vote(note.id()), anna, null))
                .isInstanceOf(Invalid.class);
        actions.apply(boardId, new Operation.ChangePhase(Phase.VOTE), facilitator, null);
        assertThatThrownBy(() -> actions.apply(boardId, new Operation.AddNote("worked-well", "Late", "en", null, null), anna, null))
                .isInstanceOf(Invalid.class);
        actions.apply(boardId, new Operation.Vote(note.id()), anna, null);
        actions.apply(boardId, new Operation.Lock(true), facilitator, null);
        assertThatThrownBy(() -> actions.apply(boardId, new Operation.Vote(note.id()), anna, null))
                .isInstanceOf(Invalid.class);
        actions.apply(boardId, new Operation.ChangePhase(Phase.CLOSED), facilitator, null);
        assertThatThrownBy(() -> actions.apply(boardId, new Operation.Lock(false), facilitator, null))
                .isInstanceOf(Invalid.class);
        assertThat(view.of(boardId, anna).notes()).singleElement().satisfies(n -> assertThat(n.votes()).isEqualTo(1));
    }

    @Test
    void aParticipantCannotLockRevealHideFocusOrTime() {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", BoardSettings.usual());
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var boardId = fixture.board().id();
        var note = actions.apply(boardId, new Operation.AddNote("worked-well", "Chat worked", "en", null, null), anna, null);

        for (var operation : List.of(new Operation.Lock(true), new Operation.ChangePhase(Phase.REVEAL),
                new Operation.HideNote(note.id(), true), new Operation.Focus("worked-well"), new Operation.StartTimer(5))) {
            assertThatThrownBy(() -> actions.apply(boardId, operation, anna, null)).as("%s", operation)
                    .isInstanceOf(Forbidden.class);
        }
        var stranger = given.person("Sam Stranger").signedIn();
        assertThatThrownBy(() -> actions.apply(boardId, new Operation.AddNote("worked-well", "x", "en", null, null), stranger, null))
                .isInstanceOf(Forbidden.class);
        assertThat(view.of(boardId, anna).board().phase()).isEqualTo(Phase.WRITE);
    }

    @Test
    void onlyTheAuthorOrAFacilitatorEditsAndDeletesANote() {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", BoardSettings.usual());
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var boris = fixture.participant(given, "Boris Participant").signedIn();
        var boardId = fixture.board().id();
        var note = actions.apply(boardId, new Operation.AddNote("worked-well", "Chat worked", "en", null, null), anna, null);

        assertThatThrownBy(() -> actions.apply(boardId, new Operation.EditNote(note.id(), "Mine now", "en", null, null), boris, null))
                .isInstanceOf(Forbidden.class);
        actions.apply(boardId, new Operation.EditNote(note.id(), "Чат работал", "ru", null, null), anna, null);
        assertThat(view.of(boardId, anna).notes()).singleElement()
                .satisfies(n -> assertThat(n.text() + " " + n.language()).isEqualTo("Чат работал ru"));
        actions.apply(boardId, new Operation.DeleteNote(note.id()), fixture.organiser().signedIn(), null);
        assertThat(view.of(boardId, anna).notes()).isEmpty();
    }

    @Test
    void twentyConcurrentVotersNeverExceedTheCountryBudget() throws Exception {
        var settings = new BoardSettings(true, false, 5, 5, BoardSettings.DotsPer.COUNTRY, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", settings);
        var boardId = fixture.board().id();
        var voters = new ArrayList<org.silta.app.identity.SignedIn>();
        for (int i = 0; i < 20; i++) {
            voters.add(fixture.participant(given, "Voter " + (char) ('A' + i)).signedIn());
        }
        var note = actions.apply(boardId, new Operation.AddNote("proposals", "Donor coordination", "en", null, null),
                voters.getFirst(), null);
        actions.apply(boardId, new Operation.ChangePhase(Phase.VOTE), fixture.organiser().signedIn(), null);

        var accepted = votingAtOnce(boardId, note.id(), voters);
        assertThat(accepted).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from board_vote where board_id = ?").param(boardId).query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void twentyConcurrentVotersOfTwoOrganisationsTakeEachDelegationsBudgetAndNoMore() throws Exception {
        var settings = new BoardSettings(false, false, 3, 3, BoardSettings.DotsPer.ORGANISATION, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", settings);
        var boardId = fixture.board().id();
        var voters = new ArrayList<org.silta.app.identity.SignedIn>();
        for (int i = 0; i < 20; i++) {
            var voter = given.person("Voter " + (char) ('A' + i));
            registering.register(fixture.event().id(), Given.form(i % 2 == 0 ? "Ministry of Preschool and School Education"
                    : "Tashkent EdTech", "GOVERNMENT", "UZ", fixture.session()), voter.signedIn());
            voters.add(voter.signedIn());
        }
        var note = actions.apply(boardId, new Operation.AddNote("proposals", "Donor coordination", "en", null, null),
                voters.getFirst(), null);
        actions.apply(boardId, new Operation.ChangePhase(Phase.VOTE), fixture.organiser().signedIn(), null);
        assertThat(signedIn(fixture.organiser()).get("/boards/" + boardId).body())
                .contains("each organisation&#39;s delegation has 3 dots");

        var accepted = votingAtOnce(boardId, note.id(), voters);
        assertThat(accepted).isEqualTo(6);
        assertThat(jdbc.sql("select delegation, count(*) from board_vote where board_id = ? group by delegation")
                .param(boardId).query((rs, n) -> rs.getInt(2)).list()).containsExactly(3, 3);
        assertThat(view.of(boardId, voters.get(2)).dotsLeft()).isZero();
    }

    /** Every voter puts one dot on the note at the same moment; how many dots were accepted. */
    private int votingAtOnce(long boardId, long noteId, List<org.silta.app.identity.SignedIn> voters) throws Exception {
        var accepted = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(voters.size())) {
            for (var voter : voters) {
                pool.submit(() -> {
                    start.await();
                    try {
                        actions.apply(boardId, new Operation.Vote(noteId), voter, null);
                        accepted.incrementAndGet();
                    } catch (Invalid refused) {
                        // the delegation's dots are gone
                    }
                    return null;
                });
            }
            start.countDown();
        }
        return accepted.get();
    }

    @Test
    void twentyConcurrentVotesOfOnePersonStopAtTheirBudgetAndTheNoteMaximum() throws Exception {
        var settings = new BoardSettings(false, false, 3, 2, BoardSettings.DotsPer.PERSON, true);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", settings);
        var boardId = fixture.board().id();
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var first = actions.apply(boardId, new Operation.AddNote("proposals", "One", "en", null, null), anna, null);
        var second = actions.apply(boardId, new Operation.AddNote("proposals", "Two", "en", null, null), anna, null);
        actions.apply(boardId, new Operation.ChangePhase(Phase.VOTE), fixture.organiser().signedIn(), null);

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                var target = i % 2 == 0 ? first.id() : second.id();
                pool.submit(() -> {
                    start.await();
                    try {
                        actions.apply(boardId, new Operation.Vote(target), anna, null);
                    } catch (Invalid refused) {
                        // budget or note maximum reached
                    }
                    return null;
                });
            }
            start.countDown();
        }
        var notes = view.of(boardId, anna).notes();
        assertThat(notes.stream().mapToInt(BoardState.NoteView::votes).sum()).isEqualTo(3);
        assertThat(notes).allSatisfy(n -> assertThat(n.votes()).isLessThanOrEqualTo(2));
        assertThat(view.of(boardId, anna).dotsLeft()).isZero();
    }

    @Test
    void everyOperationIsLoggedInSequenceAndARetryIsNotAppliedTwice() {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", BoardSettings.usual());
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var boardId = fixture.board().id();
        var first = actions.apply(boardId, new Operation.AddNote("worked-well", "One", "en", null, null), anna, "c1");
        var again = actions.apply(boardId, new Operation.AddNote("worked-well", "One", "en", null, null), anna, "c1");
        var second = actions.apply(boardId, new Operation.AddNote("did-not-work", "Two", "en", null, null), anna, "c2");

        assertThat(again.seq()).isEqualTo(first.seq());
        assertThat(again.repeated()).isTrue();
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(view.of(boardId, anna).notes()).hasSize(2);
        assertThat(jdbc.sql("select seq from board_operation where board_id = ? order by seq").param(boardId)
                .query(Long.class).list()).containsExactly(1L, 2L);
    }

    @Test
    void aNoteBecomesACollaborationIdeaWithALinkBack() {
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", BoardSettings.usual());
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var boardId = fixture.board().id();
        var note = actions.apply(boardId, new Operation.AddNote("proposals", "A competency framework for learners", "en",
                null, null), anna, null);
        actions.apply(boardId, new Operation.ChangePhase(Phase.DISCUSS), fixture.organiser().signedIn(), null);

        assertThatThrownBy(() -> ideas.fromNote(boardId, note.id(), anna, "https://silta.example.org"))
                .isInstanceOf(Forbidden.class);
        ideas.fromNote(boardId, note.id(), fixture.organiser().signedIn(), "https://silta.example.org");

        assertThat(events.stream(IdeaProposed.class)).singleElement().satisfies(idea -> {
            assertThat(idea.text()).isEqualTo("A competency framework for learners");
            assertThat(idea.language()).isEqualTo("en");
            assertThat(idea.link()).isEqualTo("https://silta.example.org/boards/" + boardId + "#note-" + note.id());
            assertThat(idea.eventId()).isEqualTo(fixture.event().id());
        });
    }

    @Test
    void aNoteWithoutALanguageCarriesTheDetectedOneAndItsWriterCanChangeIt() {
        var settings = new BoardSettings(false, false, 5, 3, BoardSettings.DotsPer.PERSON, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "reflection", settings);
        var anna = fixture.participant(given, "Anna Participant").signedIn();
        var boardId = fixture.board().id();
        var finnish = actions.apply(boardId, new Operation.AddNote("worked-well", "Pienryhmät toimivat hyvin", null, null, null),
                anna, null);
        var russian = actions.apply(boardId, new Operation.AddNote("worked-well",
                "Обсуждение в малых группах было полезным", null, null, null), anna, null);
        var korean = actions.apply(boardId, new Operation.AddNote("worked-well", "교사 교육과 디지털 학습", null, null, null),
                anna, null);
        var tooShort = actions.apply(boardId, new Operation.AddNote("worked-well", "2025–2026", null, null, null), anna, null);
        var chosen = actions.apply(boardId, new Operation.AddNote("worked-well", "Pienryhmät toimivat hyvin", "sv", null, null),
                anna, null);

        assertThat(languages(boardId, anna)).containsEntry(finnish.id(), "fi").containsEntry(russian.id(), "ru")
                .containsEntry(korean.id(), "ko").containsEntry(tooShort.id(), "en").containsEntry(chosen.id(), "sv");
        actions.apply(boardId, new Operation.EditNote(russian.id(), "Обсуждение в малых группах было полезным", "kk", null, null),
                anna, null);
        assertThat(languages(boardId, anna)).containsEntry(russian.id(), "kk");
        assertThat(jdbc.sql("select payload->>'language' from board_operation where board_id = ? and kind = 'note.added' order by seq")
                .param(boardId).query(String.class).list()).as("the log carries each note's language")
                .containsExactly("fi", "ru", "ko", "en", "sv");
    }

    private java.util.Map<Long, String> languages(long boardId, org.silta.app.identity.SignedIn reader) {
        return view.of(boardId, reader).notes().stream()
                .collect(java.util.stream.Collectors.toMap(BoardState.NoteView::id, BoardState.NoteView::language));
    }
}
