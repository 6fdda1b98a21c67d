package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSlotsTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void helsinkiAndTashkentShareFiveHoursOfAWinterDay() {
        var proposals = CandidateSlots.officeHours().propose(List.of(HELSINKI, TASHKENT, TASHKENT),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), 20);

        assertThat(proposals).hasSize(15);
        assertThat(proposals.get(0).start()).isEqualTo(Instant.parse("2026-03-10T07:00:00Z"));
        assertThat(proposals.get(14).start()).isEqualTo(Instant.parse("2026-03-10T11:40:00Z"));
        assertThat(proposals).allMatch(p -> p.inWorkingHours() == 3 && p.participants() == 3);
    }

    @Test
    void weekendsAreLeftOutAndEachParticipantsWorkingSlotsFollowTheirZone() {
        var hours = CandidateSlots.officeHours();
        var proposals = hours.propose(List.of(HELSINKI, TASHKENT), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16), 30);
        var slots = CandidateSlots.toSlots(hours.proposeAtLeast(List.of(HELSINKI, TASHKENT),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), 60, 1), "S", 5);

        assertThat(proposals).extracting(p -> p.start().atZone(HELSINKI).toLocalDate())
                .containsOnly(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16));
        assertThat(slots).hasSize(11);
        assertThat(hours.workingSlots(TASHKENT, slots)).hasSize(8).contains("S01");
        assertThat(hours.workingSlots(HELSINKI, slots)).hasSize(8).doesNotContain("S01");
    }
}
