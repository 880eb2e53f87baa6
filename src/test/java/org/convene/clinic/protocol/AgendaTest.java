package org.convene.clinic.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.convene.clinic.Step;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private final Agenda seed = Agenda.of(10, 15, 15, 15, 5);

    @Test
    void shouldAddUpItsStepsToTheTotal() {
        assertThat(seed.totalMinutes()).isEqualTo(60);
        assertThat(seed.minutes(Step.UNDERSTANDING)).isEqualTo(15);
    }

    @Test
    void shouldLetTheTotalFollowWhenTheFacilitatorSetsAStep() {
        Agenda longerSharing = seed.withMinutes(Step.SHARING, 25);

        assertThat(longerSharing).isEqualTo(Agenda.of(10, 15, 25, 15, 5));
        assertThat(longerSharing.totalMinutes()).isEqualTo(70);
        assertThat(seed.minutes(Step.SHARING)).as("the original is unchanged").isEqualTo(15);
    }

    @Test
    void shouldLetTheFacilitatorLeaveSharingOut() {
        assertThat(seed.withMinutes(Step.SHARING, 0).totalMinutes()).isEqualTo(45);
    }

    @Test
    void shouldRefuseToPlanAnyOtherStepBelowOneMinute() {
        assertThatThrownBy(() -> seed.withMinutes(Step.SUMMARY, 0))
                .isInstanceOf(InvalidAgendaException.class)
                .extracting(e -> ((InvalidAgendaException) e).messageKey())
                .isEqualTo("clinic.agenda.stepTooShort");
        assertThatThrownBy(() -> seed.withMinutes(Step.SHARING, -1)).isInstanceOf(InvalidAgendaException.class);
    }

    @Test
    void shouldRefuseAnAdjustmentThatTakesTheTotalOutOfRange() {
        assertThatThrownBy(() -> seed.withMinutes(Step.ADVICE, 76))
                .isInstanceOf(InvalidAgendaException.class)
                .extracting(e -> ((InvalidAgendaException) e).messageKey())
                .isEqualTo("clinic.agenda.totalOutOfRange");
        assertThat(seed.withMinutes(Step.ADVICE, 75).totalMinutes()).isEqualTo(120);
        assertThatThrownBy(() -> Agenda.of(5, 8, 8, 7, 2).withMinutes(Step.SHARING, 0))
                .isInstanceOf(InvalidAgendaException.class);
    }

    @Test
    void shouldRefuseAnAgendaMissingAStep() {
        Map<Step, Integer> noSummary = new EnumMap<>(Step.class);
        noSummary.put(Step.CONTEXT, 20);
        noSummary.put(Step.UNDERSTANDING, 20);
        noSummary.put(Step.SHARING, 0);
        noSummary.put(Step.ADVICE, 20);

        assertThatThrownBy(() -> new Agenda(noSummary)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotBeChangedThroughItsMap() {
        assertThatThrownBy(() -> seed.minutesByStep().put(Step.ADVICE, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
