package org.silta.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.reporting.EventOutcomes;
import org.silta.app.reporting.MeetingFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;

/** {@code serve --demo} shows the five cases, once, with accounts to sign in with. */
class DemoTest extends SiltaTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired EventOutcomes outcomesOf;
    @Autowired MeetingFigures meetingFigures;

    @Test
    void theDemoHoldsTheFiveCasesAndLoadsOnlyOnce() throws Exception {
        DemoFixture.ensureLoaded(context, port);
        var programmes = count("programme");
        DemoFixture.ensureLoaded(context, port);
        assertThat(count("programme")).as("a second start loads nothing more").isEqualTo(programmes);

        var home = visitor().get("/").body();
        assertThat(home).contains("SDG Booster: Uzbekistan education", "Espoo and Osan: lifelong-learning city partnership",
                "ICT in education 2030: Tajikistan", "Uusimaa vocational-education RDI development programme",
                "Torino Process in Central Asia");
        assertThat(registrations("Workshop 1: joint online kick-off")).isEqualTo(172);
        assertThat(registrations("Exploring distance and online learning in Central Asia: what is happening with learning?"))
                .isEqualTo(81);
        assertThat(jdbc.sql("select eligible_countries::text || eligible_types::text from event where title -> 'texts' ->> 'en' = ?")
                .param("Workshop 2: joint offers (Finnish companies only)").query(String.class).single())
                .isEqualTo("{FI}{PRIVATE_SECTOR}");

        assertThat(jdbc.sql("select meetings from mm_schedule where status = 'PUBLISHED'").query(Integer.class).list())
                .as("case A's published meeting schedule").anySatisfy(meetings -> assertThat(meetings).isGreaterThan(20));
        assertThat(count("mm_profile")).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("""
                select count(distinct b.id) || ' ' || count(n.id) from board b join programme p on p.id = b.programme_id
                join board_note n on n.board_id = b.id
                where p.title -> 'texts' ->> 'en' in ('Torino Process in Central Asia', 'ICT in education 2030: Tajikistan')""")
                .query(String.class).single()).as("boards and notes of cases E and C").isEqualTo("4 31");

        var etf = eventId("Exploring distance and online learning in Central Asia: what is happening with learning?");
        var outcomes = outcomesOf.of(etf, 3);
        assertThat(outcomes.areas()).extracting(EventOutcomes.Area::name).contains("Goals and vision", "Threats",
                "Obstacles", "Enablers");
        assertThat(outcomes.areas()).allSatisfy(area -> assertThat(area.items()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(EventOutcomes.Item::votes).reversed()));
        assertThat(outcomes.proposals()).extracting(EventOutcomes.Item::text)
                .contains("More cooperation in open and distance learning");
        var kickOff = eventId("Workshop 1: joint online kick-off");
        var meetings = meetingFigures.ofEvent(kickOff);
        assertThat(meetings.requested()).isGreaterThan(meetings.held());
        assertThat(meetings.held()).as("case A's meetings of 2021 have all taken place").isGreaterThan(20);

        var organiser = visitor().signIn(DemoLoader.ORGANISER, DemoLoader.ORGANISER_PASSWORD);
        assertThat(organiser.get("/me/agenda").status()).isEqualTo(200);
        var participant = visitor().signIn(DemoLoader.PARTICIPANT, DemoLoader.PARTICIPANT_PASSWORD);
        assertThat(participant.get("/me/agenda").body()).contains("Exploring distance and online learning in Central Asia")
                .contains("Your time:");
        assertThat(MAIL.getReceivedMessagesForDomain(DemoLoader.PARTICIPANT)).as("the invented people get no mail").isEmpty();
    }

    private long eventId(String title) {
        return jdbc.sql("select id from event where title -> 'texts' ->> 'en' = ?").param(title).query(Long.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private int registrations(String eventTitle) {
        return jdbc.sql("""
                select count(*) from registration r join event e on e.id = r.event_id
                where e.title -> 'texts' ->> 'en' = ? and r.status = 'CONFIRMED'""").param(eventTitle).query(Integer.class).single();
    }
}
