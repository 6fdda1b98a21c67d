package org.silta.app.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.Eligibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Owners hear about their ideas 30 and 90 days after the event, then every quarter, until the idea is settled. */
class FollowUpRemindersTest extends SiltaTest {

    @Autowired Ideas ideas;
    @Autowired FollowUpReminders reminders;
    @Autowired JdbcClient jdbc;

    @Test
    void theScheduleIsThirtyAndNinetyDaysThenQuarterly() {
        var event = LocalDate.of(2027, 3, 10);
        assertThat(List.of(0, 1, 2, 3).stream().map(n -> FollowUpSchedule.due(event, n)))
                .containsExactly(LocalDate.of(2027, 4, 9), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 9, 8),
                        LocalDate.of(2027, 12, 8));
        assertThat(FollowUpSchedule.latestDue(event, event, LocalDate.of(2027, 4, 8))).isEmpty();
        assertThat(FollowUpSchedule.latestDue(event, event, LocalDate.of(2027, 7, 1))).contains(LocalDate.of(2027, 6, 8));
        assertThat(FollowUpSchedule.latestDue(event, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 2)))
                .as("reminders due before the item existed are not sent").isEmpty();
    }

    @Test
    void remindersReachTheOwnerAtTheRightTimesAndStopWhenTheIdeaIsDropped() {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "SDG Booster: Uzbekistan education");
        var event = given.event(organiser, programme, "Workshop 3: cooperation in groups", null, Eligibility.everyone());
        clock.set(at("2027-03-11"));
        var idea = ideas.create(programme.id(), new Ideas.Form("Reading games for Tashkent schools", "", "en", event.id(),
                List.of("UZ"), List.of("textbooks and learning materials")), organiser.signedIn());

        clock.set(at("2027-04-08"));
        reminders.sendDue();
        assertThat(sent(idea)).isEmpty();

        clock.set(at("2027-04-09"));
        reminders.sendDue();
        reminders.sendDue();
        var first = awaitMails(organiser.email(), 1).getFirst();
        assertThat(first.subject()).isEqualTo("Follow-up: Reading games for Tashkent schools");
        assertThat(first.body()).contains("Collaboration idea: Reading games for Tashkent schools", "30 days",
                base() + "/ideas/" + idea.id());

        clock.set(at("2027-06-08"));
        reminders.sendDue();
        assertThat(awaitMails(organiser.email(), 2).getLast().body()).contains("90 days");
        clock.set(at("2027-09-07"));
        reminders.sendDue();
        clock.set(at("2027-09-08"));
        reminders.sendDue();
        awaitMails(organiser.email(), 3);

        ideas.changeStatus(idea.id(), IdeaStatus.DROPPED, organiser.signedIn());
        clock.set(at("2027-12-08"));
        reminders.sendDue();
        assertThat(sent(idea)).containsExactly(LocalDate.of(2027, 4, 9), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 9, 8));
        assertThat(MAIL.getReceivedMessagesForDomain(organiser.email())).hasSize(3);
    }

    private List<LocalDate> sent(Idea idea) {
        return jdbc.sql("select due_on from follow_up_reminder where item_kind = 'IDEA' and item_id = ? order by due_on")
                .param(idea.id()).query(LocalDate.class).list();
    }

    private record Received(String subject, String body) {
    }

    private static List<Received> awaitMails(String address, int count) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (MAIL.getReceivedMessagesForDomain(address).length < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var messages = MAIL.getReceivedMessagesForDomain(address);
        assertThat(messages).as("mails to %s", address).hasSize(count);
        return java.util.Arrays.stream(messages).map(message -> {
            try {
                return new Received(message.getSubject(), com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T09:00:00Z");
    }
}
