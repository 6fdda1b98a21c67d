package org.silta.bench.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void timeToWithinAShareIsTheFirstImprovementThatReachesIt() throws InterruptedException {
        var progress = new Progress();
        progress.improved(90);
        Thread.sleep(20);
        progress.improved(99);
        progress.improved(98);
        progress.improved(100);

        double toOnePercent = progress.secondsToWithin(0.01, 100);

        assertThat(toOnePercent).isGreaterThan(progress.secondsToWithin(0.10, 100))
                .isEqualTo(progress.secondsToWithin(0.015, 100));
        assertThat(progress.secondsToWithin(0.01, 1000)).isNaN();
    }
}
