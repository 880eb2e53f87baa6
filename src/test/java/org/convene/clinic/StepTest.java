package org.convene.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void shouldFollowTheSeedsOneHourProtocol() {
        assertThat(Stream.of(Step.values()).mapToInt(Step::defaultMinutes)).containsExactly(10, 15, 15, 15, 5);
        assertThat(Stream.of(Step.values()).mapToInt(Step::defaultMinutes).sum()).isEqualTo(Step.PROTOCOL_MINUTES);
    }

    @Test
    void shouldRunInProtocolOrder() {
        assertThat(Step.CONTEXT.previous()).isEmpty();
        assertThat(Step.CONTEXT.next()).contains(Step.UNDERSTANDING);
        assertThat(Step.SHARING.previous()).contains(Step.UNDERSTANDING);
        assertThat(Step.ADVICE.next()).contains(Step.SUMMARY);
        assertThat(Step.SUMMARY.next()).isEmpty();
    }

    @Test
    void shouldLetOnlySharingBePlannedForNoTime() {
        assertThat(Step.SHARING.minimumMinutes()).isZero();
        assertThat(Stream.of(Step.CONTEXT, Step.UNDERSTANDING, Step.ADVICE, Step.SUMMARY))
                .allSatisfy(step -> assertThat(step.minimumMinutes()).isEqualTo(1));
    }

    @Test
    void shouldNameItsTextsByMessageKeys() {
        assertThat(Step.UNDERSTANDING.hintKey()).isEqualTo("clinic.step.understanding.hint");
        assertThat(Step.CONTEXT.actionKey()).isEqualTo("clinic.step.context.action");
        assertThat(Step.SUMMARY.nameKey()).isEqualTo("clinic.step.summary.name");
    }
}
