package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Organisers define their own templates, with prompts in the interface languages; bad input changes nothing. */
class BoardTemplatesTest extends SiltaTest {

    @Autowired SessionEditing sessions;
    @Autowired BoardTemplates templates;

    @Test
    void anOrganiserDefinesATemplateThatTheirBoardsCanStartFrom() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Uusimaa vocational RDI");
        var event = given.event(organiser, programme, "RDI workshop", null, Eligibility.everyone());
        var session = given.session(organiser, event, "Workshop", 10, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK, LocalizedText.of("en", "Action packages"),
                60, ""), organiser.signedIn());
        var web = signedIn(organiser);
        var page = "/programmes/" + programme.id() + "/board-templates";
        assertThat(web.get(page).body()).contains("Board templates", "Reflection", "SWOT");
        var participant = given.person("Pekka Participant");
        given.registration(participant, event, session);
        assertThat(signedIn(participant).get(page).status()).isEqualTo(403);

        var refused = web.post(page, "name.en", "RDI action packages", "area1.prompt.en", "What should change?",
                "area2.title.en", "Capability");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorAt("area1.title")).isEqualTo("Fill this in.");
        var sameTitle = web.post(page, "name.en", "RDI action packages", "area1.title.en", "Capability",
                "area2.title.en", "capability");
        assertThat(sameTitle.errorAt("area2.title")).isEqualTo("Another area already has the title “capability”.");
        assertThat(web.post(page, "name.fi", "", "area1.title.en", "Capability").errorAt("name"))
                .isEqualTo("Fill this in.");
        assertThat(templates.forProgramme(programme.id())).noneMatch(template -> template.programmeId() != null);

        var saved = web.post(page, "name.en", "RDI action packages", "name.fi", "TKI-toimenpidekokonaisuudet",
                "area1.title.en", "Capability", "area1.title.fi", "Kyvykkyys", "area1.title.sv", "Förmåga",
                "area1.title.ru", "Потенциал",
                "area1.prompt.en", "How do institutions lead RDI?", "area1.prompt.fi", "Miten oppilaitokset johtavat TKI-työtä?",
                "area1.prompt.sv", "Hur leder läroanstalterna FUI?", "area1.prompt.ru", "Как учреждения управляют НИОКР?",
                "area3.title.en", "Measures", "area3.actions", "true");
        assertThat(saved.status()).isEqualTo(302);
        var own = templates.forProgramme(programme.id()).stream().filter(template -> template.programmeId() != null)
                .toList();
        assertThat(own).singleElement().satisfies(template -> {
            assertThat(template.name().inLanguage("fi")).isEqualTo("TKI-toimenpidekokonaisuudet");
            assertThat(template.areas()).hasSize(2);
            assertThat(template.areas().getFirst().prompt().inLanguage("ru")).isEqualTo("Как учреждения управляют НИОКР?");
            assertThat(template.areas().getFirst().title().inLanguage("sv")).isEqualTo("Förmåga");
            assertThat(template.areas().get(1).actions()).isTrue();
        });
        var setupPage = web.get("/sessions/" + session.id() + "/agenda/0/board").body();
        assertThat(setupPage).contains("RDI action packages", "Capability", "Measures");

        var opened = web.post("/sessions/" + session.id() + "/agenda/0/board", "template", String.valueOf(own.getFirst().id()),
                "dots", "5", "dotsPerNote", "3");
        assertThat(opened.status()).isEqualTo(302);
        var board = web.speaking("fi").get(opened.location()).body();
        assertThat(board).contains("Kyvykkyys", "Miten oppilaitokset johtavat TKI-työtä?", "Measures");
    }
}
