package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.benchmarking.TestRounds.dimensions;
import static org.convene.benchmarking.TestRounds.units;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssessmentsTest {

    private final List<Dimension> model = List.of(
            new Dimension(10, "Sharing", TestRounds.descriptors("Sharing", 4)),
            new Dimension(20, "Lead time", TestRounds.descriptors("Lead time", 4), new Metric("lead time", "days", false)));
    private final Assessments.Builder builder = Assessments.builder("2026 Q4", 4, model, units(2));

    @Test
    void shouldKeepLevelsAndMetricsByUnitAndDimension() {
        Assessments round = builder.level(1, 10, 3).level(2, 20, 4).metric(2, 20, 12.5).build();

        assertThat(round.level(0, 0)).isEqualTo(3);
        assertThat(round.level(0, 1)).isEqualTo(Assessments.NOT_ASSESSED);
        assertThat(round.level(1, 1)).isEqualTo(4);
        assertThat(round.metric(1, 1)).isEqualTo(12.5);
        assertThat(round.metric(0, 1)).isNaN();
        assertThat(round.round()).isEqualTo("2026 Q4");
        assertThat(round.unitCount()).isEqualTo(2);
        assertThat(round.dimensionCount()).isEqualTo(2);
    }

    @Test
    void shouldNotChangeABuiltRoundWhenTheBuilderGoesOn() {
        Assessments round = builder.level(1, 10, 3).build();
        builder.level(1, 10, 1);

        assertThat(round.level(0, 0)).isEqualTo(3);
    }

    @Test
    void shouldRefuseLevelsOutsideTheScale() {
        assertThatThrownBy(() -> builder.level(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.level(1, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.levels(1, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.levels(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseUnitsAndDimensionsNotInTheRound() {
        assertThatThrownBy(() -> builder.level(9, 10, 1)).hasMessageContaining("no unit 9");
        assertThatThrownBy(() -> builder.level(1, 99, 1)).hasMessageContaining("no dimension 99");
    }

    @Test
    void shouldRefuseMetricsWhereTheDimensionHasNone() {
        assertThatThrownBy(() -> builder.metric(1, 10, 1.0)).hasMessageContaining("has no metric");
        assertThatThrownBy(() -> builder.metric(1, 20, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAModelThatDoesNotFitTheScale() {
        assertThatThrownBy(() -> Assessments.builder("r", 5, model, units(1))).hasMessageContaining("4 descriptors");
        assertThatThrownBy(() -> Assessments.builder("r", 0, List.of(), units(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseDuplicateIds() {
        assertThatThrownBy(() -> Assessments.builder("r", 4, dimensions(4, "A", "B"),
                List.of(new Unit(1, "A"), new Unit(1, "B")))).hasMessageContaining("duplicate unit 1");
        assertThatThrownBy(() -> Assessments.builder("r", 4, List.of(model.get(0), model.get(0)), units(1)))
                .hasMessageContaining("duplicate dimension 10");
    }

    @Test
    void shouldGiveTheDescriptorOfALevel() {
        assertThat(model.get(0).descriptor(1)).isEqualTo("Sharing L1");
        assertThat(model.get(0).descriptor(4)).isEqualTo("Sharing L4");
        assertThat(model.get(0).levels()).isEqualTo(4);
    }
}
