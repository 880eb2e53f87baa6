package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricDistributionsTest {

    private final Metric adoption = new Metric("adoption", "%", true);
    private final Metric leadTime = new Metric("lead time", "days", false);
    private final Dimension sharing = new Dimension(1, "Sharing", TestRounds.descriptors("Sharing", 4), adoption);
    private final Dimension delivery = new Dimension(2, "Delivery", TestRounds.descriptors("Delivery", 4), leadTime);
    private final Dimension safety = new Dimension(3, "Safety", TestRounds.descriptors("Safety", 4));
    private final Dimension quality = new Dimension(4, "Quality", TestRounds.descriptors("Quality", 4), new Metric("defects", "", false));

    @Test
    void shouldOrientQuartilesSoThatTopIsTheBetterEnd() {
        Assessments.Builder builder = Assessments.builder("r", 4, List.of(sharing, delivery, safety, quality), TestRounds.units(6));
        double[] adoptions = {40, 10, 30, 20};
        for (int u = 0; u < adoptions.length; u++) {
            builder.metric(u + 1, 1, adoptions[u]);
        }
        double[] leadTimes = {5, 1, 4, 2, 3}; // unit 6 reports none
        for (int u = 0; u < leadTimes.length; u++) {
            builder.metric(u + 1, 2, leadTimes[u]);
        }

        List<MetricDistribution> distributions = MetricDistributions.of(builder.build());

        // 10, 20, 30, 40: 25th percentile 17.5, median 25, 75th 32.5; higher is better.
        // 1, 2, 3, 4, 5: 25th percentile 2, median 3, 75th 4; lower is better, so top is 2.
        // Safety has no metric and nobody reported defects: neither appears.
        assertThat(distributions).containsExactly(
                new MetricDistribution(sharing, adoption, 4, 17.5, 25.0, 32.5),
                new MetricDistribution(delivery, leadTime, 5, 4.0, 3.0, 2.0));
    }
}
