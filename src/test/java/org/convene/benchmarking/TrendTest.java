package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.benchmarking.TestRounds.dimensions;
import static org.convene.benchmarking.TestRounds.levels;
import static org.convene.benchmarking.TestRounds.round;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void shouldFollowTheMeanAndTheGapOfEachDimensionSinceTheBaseline() {
        List<Dimension> model = dimensions(4, "D1", "D2", "D3");
        Dimension d1 = model.get(0);
        Dimension d2 = model.get(1);
        Dimension d3 = model.get(2);
        // Baseline: D1 1,2,3 (mean 2, gap 2) · D2 2,2,4 (mean 8/3, gap 2) · D3 not used yet.
        Assessments baseline = round("2025 Q4", 4, List.of(d1, d2), levels(1, 2), levels(2, 2), levels(3, 4));
        // Later: D1 2,3,3 (mean 8/3, gap 1) · D2 assessed by nobody · D3 4 (mean 4, gap 0).
        Assessments later = round("2026 Q4", 4, model, levels(2, 0, 0), levels(3, 0, 4), levels(3, 0, 0));

        List<Trend> trends = Trend.of(List.of(baseline, later));

        assertThat(trends).containsExactly(
                new Trend(d1, List.of(new TrendPoint("2025 Q4", 3, 2.0, 3, 1), new TrendPoint("2026 Q4", 3, 8 / 3.0, 3, 2))),
                new Trend(d2, List.of(new TrendPoint("2025 Q4", 3, 8 / 3.0, 4, 2))),
                new Trend(d3, List.of(new TrendPoint("2026 Q4", 1, 4.0, 4, 4))));
        assertThat(trends.get(0).points()).extracting(TrendPoint::gap).containsExactly(2, 1);
        assertThat(trends.get(2).points()).extracting(TrendPoint::gap).containsExactly(0);
    }

    @Test
    void shouldHaveNoTrendsWithoutRounds() {
        assertThat(Trend.of(List.of())).isEmpty();
    }
}
