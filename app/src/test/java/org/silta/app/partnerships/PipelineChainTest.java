package org.silta.app.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.boards.IdeaProposed;
import org.silta.app.matchmaking.FollowUpPlanned;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.Eligibility;
import org.silta.app.reporting.PipelineFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A note on a board becomes an idea, then a joint offer, then a partnership whose page shows the way back. */
class PipelineChainTest extends SiltaTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Ideas ideas;
    @Autowired OrganisationRegistry organisations;
    @Autowired PipelineFigures figures;

    @Test
    void aBoardNoteBecomesAPartnershipThatShowsItsChainAndCounts() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster: Uzbekistan education");
        var event = given.event(organiser, programme, "Workshop 2: joint offers", null, Eligibility.everyone());
        var lead = PipelineGiven.organisation(organisations, organiser, "Oppimateriaali Oy", "PRIVATE_SECTOR", "FI");
        var member = PipelineGiven.organisation(organisations, organiser, "EduSim Finland Oy", "PRIVATE_SECTOR", "FI");

        publish(new IdeaProposed(programme.id(), event.id(), 7, "NOTE", 4711, "Teacher training with simulations",
                "Simulated classrooms for in-service teacher training in Uzbekistan", "en", organiser.id(), "/boards/7#note-4711"));
        var idea = await(() -> ideas.ofProgramme(programme.id()).stream().findFirst().orElse(null));
        publish(new IdeaProposed(programme.id(), event.id(), 7, "NOTE", 4711, "Teacher training with simulations", "again", "en",
                organiser.id(), "/boards/7#note-4711"));

        var web = signedIn(organiser);
        var offer = web.post("/programmes/" + programme.id() + "/offers/new", "ideaId", String.valueOf(idea.id()),
                "title", "Simulation-based in-service training", "language", "en", "leadOrganisationId", String.valueOf(lead),
                "memberIds", String.valueOf(member), "targetCountry", "UZ", "customer", "Ministry of Preschool and School Education",
                "sectors", "teacher education", "concepts", "simulation, blended learning");
        assertThat(offer.status()).as(offer.body()).isEqualTo(302);
        var partnership = web.post("/programmes/" + programme.id() + "/partnerships/new",
                "offerId", offer.location().replaceAll(".*/", ""), "language", "en", "title.en", "Simulated classrooms Uzbekistan",
                "status", "PIPELINE", "plannedStart", "2022-01-01", "plannedEnd", "2024-12-31", "countries", "UZ",
                "dacSectors", "11130", "sdgTargets", "4.c", "iscedLevels", "1");
        assertThat(partnership.status()).as(partnership.body()).isEqualTo(302);

        var page = web.get(partnership.location()).body();
        assertThat(page).contains("Workshop 2: joint offers", "Board note", "Simulated classrooms for in-service teacher training",
                "href=\"/boards/7#note-4711\"", "Teacher training with simulations", "href=\"/ideas/" + idea.id() + "\"",
                "Simulation-based in-service training", "Simulated classrooms Uzbekistan");
        assertThat(page.indexOf("Board note")).isLessThan(page.indexOf("Simulation-based in-service training"));
        assertThat(ideas.ofProgramme(programme.id())).singleElement()
                .satisfies(taken -> assertThat(taken.status()).isEqualTo(IdeaStatus.TAKEN_UP));
        assertThat(figures.ofProgramme(programme.id())).isEqualTo(new PipelineFigures.Pipeline(0, 1, 1, 1));
        assertThat(figures.ofEvent(event.id())).isEqualTo(new PipelineFigures.Pipeline(0, 1, 1, 1));
        assertThat(web.get("/programmes/" + programme.id() + "/funnel").body().replaceAll("\\s+", ""))
                .contains("<thscope=\"row\">Collaborationideas</th><td>1</td><td>–</td>",
                        "<thscope=\"row\">Jointoffers</th><td>1</td><td>100%</td>",
                        "<thscope=\"row\">Partnerships</th><td>1</td><td>100%</td>");
        var funnel = new String(web.get("/programmes/" + programme.id() + "/funnel.csv").response().body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(funnel.lines()).contains("Collaboration ideas,1,", "Joint offers,1,100 %", "Partnerships,1,100 %");
        assertThat(web.get("/pipeline?programme=" + programme.id() + "&country=UZ").body())
                .contains("Simulated classrooms Uzbekistan", "Simulation-based in-service training");
        assertThat(web.get("/pipeline?programme=" + programme.id() + "&sector=vocational").body())
                .doesNotContain("Simulated classrooms Uzbekistan");
        assertThat(web.get("/pipeline.csv?programme=" + programme.id()).body())
                .contains("Partnership,Simulated classrooms Uzbekistan,SDG Booster: Uzbekistan education,Pipeline,Uzbekistan");
    }

    @Test
    void aMeetingsFollowUpBecomesOneIdeaWithEveryOrganisationThatAnswered() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster: Uzbekistan education");
        var event = given.event(organiser, programme, "Workshop 3: cooperation in groups", null, Eligibility.everyone());
        var finnish = PipelineGiven.organisation(organisations, organiser, "Lukuleikki Oy", "PRIVATE_SECTOR", "FI");
        var uzbek = PipelineGiven.organisation(organisations, organiser, "Bilim EdTech LLC", "PRIVATE_SECTOR", "UZ");

        publish(new FollowUpPlanned(programme.id(), event.id(), 99, List.of(finnish), organiser.id(),
                "Pilot reading games in Tashkent schools", "/meetings/99"));
        await(() -> ideas.ofProgramme(programme.id()).stream().findFirst().orElse(null));
        publish(new FollowUpPlanned(programme.id(), event.id(), 99, List.of(uzbek), organiser.id(), "", "/meetings/99"));

        var idea = await(() -> ideas.ofProgramme(programme.id()).stream()
                .filter(i -> i.organisationIds().size() == 2).findFirst().orElse(null));
        assertThat(idea.source()).isEqualTo(IdeaSource.MEETING);
        assertThat(idea.title()).isEqualTo("Pilot reading games in Tashkent schools");
        assertThat(idea.sourceLink()).isEqualTo("/meetings/99");
        assertThat(figures.ofEvent(event.id())).isEqualTo(new PipelineFigures.Pipeline(1, 1, 0, 0));
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private static <T> T await(Supplier<T> found) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var value = found.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("nothing arrived within ten seconds");
    }
}
