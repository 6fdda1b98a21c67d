package org.silta.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    @Test
    void hearsEachHeavierScheduleEndingWithTheResultsWeight() {
        var instance = new RandomInstances(40, 10, 120, true).generate(5);
        List<Long> heard = new ArrayList<>();

        var schedule = MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.3, 5, null, heard::add));

        assertThat(heard).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(heard.getLast()).isEqualTo(schedule.stats().scheduledWeight());
    }

    @Test
    void listeningDoesNotChangeTheSchedule() {
        var instance = new Instances().slots(2, 1).person("A").person("B").person("C").person("D")
                .request("R1", 3, "A", "B").request("R2", 2, "A", "C").request("R3", 1, "B", "D")
                .request("R4", 1, "C", "D").build();
        List<Long> heard = new ArrayList<>();

        var quiet = MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.2, 3));
        var heardOf = MeetingScheduler.solve(instance, new MeetingScheduler.Options(0.2, 3, null, heard::add));

        assertThat(heardOf.meetings()).extracting(Meeting::request)
                .containsExactlyInAnyOrderElementsOf(quiet.meetings().stream().map(Meeting::request).toList())
                .containsExactlyInAnyOrder("R1", "R2");
        assertThat(heardOf.stats().scheduledWeight()).isEqualTo(5);
        assertThat(heard).endsWith(5L);
    }
}
