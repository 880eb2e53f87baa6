package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.web.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class StreamQuotaTest {

    private final StreamQuota quota = new StreamQuota(3);

    @Test
    void shouldRefuseAStreamBeyondAPersonsShareAndTakeOneWhenAnotherCloses() {
        quota.open(7);
        quota.open(7);
        quota.open(7);

        assertThatThrownBy(() -> quota.open(7)).isInstanceOfSatisfying(TooManyRequestsException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("live.tooManyStreams"));
        assertThat(quota.heldBy(7)).isEqualTo(3);
        quota.open(8);

        quota.closed(7);
        quota.open(7);
        assertThat(quota.heldBy(7)).isEqualTo(3);
    }

    @Test
    void shouldForgetAPersonWhoseStreamsAllClosed() {
        quota.open(7);
        quota.closed(7);
        quota.closed(7);

        assertThat(quota.heldBy(7)).isZero();
    }
}
