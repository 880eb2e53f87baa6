package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant EXPIRES = CREATED.plus(Duration.ofDays(14));

    private final Invitation invitation = new Invitation(1L, "ana@example.org", Role.MEMBER, "hash", 9L, CREATED,
            EXPIRES);

    @Test
    void shouldBePendingUntilItExpires() {
        assertThat(invitation.status(CREATED)).isEqualTo(Invitation.Status.PENDING);
        assertThat(invitation.status(EXPIRES.minusSeconds(1))).isEqualTo(Invitation.Status.PENDING);
        assertThat(invitation.status(EXPIRES)).isEqualTo(Invitation.Status.EXPIRED);
    }

    @Test
    void shouldStayAcceptedAfterExpiry() {
        invitation.accept(CREATED.plusSeconds(60));

        assertThat(invitation.status(EXPIRES.plus(Duration.ofDays(1)))).isEqualTo(Invitation.Status.ACCEPTED);
    }

    @Test
    void shouldRefuseAcceptingTwiceOrAfterRevokeOrExpiry() {
        invitation.accept(CREATED.plusSeconds(60));
        assertThatThrownBy(() -> invitation.accept(CREATED.plusSeconds(120))).isInstanceOf(IllegalStateException.class);

        var revoked = new Invitation(1L, "ben@example.org", Role.MEMBER, "hash2", 9L, CREATED, EXPIRES);
        revoked.revoke(CREATED.plusSeconds(5));
        assertThat(revoked.status(CREATED.plusSeconds(6))).isEqualTo(Invitation.Status.REVOKED);
        assertThatThrownBy(() -> revoked.accept(CREATED.plusSeconds(6))).isInstanceOf(IllegalStateException.class);

        var expired = new Invitation(1L, "cy@example.org", Role.MEMBER, "hash3", 9L, CREATED, EXPIRES);
        assertThatThrownBy(() -> expired.accept(EXPIRES)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> expired.revoke(EXPIRES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldGiveARoleAboveMemberOnlyToTheInvitedEmail() {
        assertThat(Invitation.acceptableBy(Role.MEMBER, "ana@example.org", "someone@else.org")).isTrue();
        assertThat(Invitation.acceptableBy(Role.FACILITATOR, "ana@example.org", "someone@else.org")).isFalse();
        assertThat(Invitation.acceptableBy(Role.CONVENER, "ana@example.org", "someone@else.org")).isFalse();
        assertThat(Invitation.acceptableBy(Role.CONVENER, "ana@example.org", " Ana@Example.org")).isTrue();
    }
}
