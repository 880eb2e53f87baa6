package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.convene.web.ConflictException;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static Member member(Role role) {
        return new Member(1L, 2L, role, "Ana Lima", "UTC", Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void shouldRefuseDemotingTheLastConvener() {
        var convener = member(Role.CONVENER);

        assertThatThrownBy(() -> convener.changeRole(Role.MEMBER, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessage("members.lastConvener");
        assertThat(convener.role()).isEqualTo(Role.CONVENER);
    }

    @Test
    void shouldDemoteAConvenerWhenAnotherRemains() {
        var convener = member(Role.CONVENER);

        convener.changeRole(Role.FACILITATOR, 2);

        assertThat(convener.role()).isEqualTo(Role.FACILITATOR);
    }

    @Test
    void shouldKeepTheLastConvenerAConvenerWithoutComplaint() {
        var convener = member(Role.CONVENER);

        convener.changeRole(Role.CONVENER, 1);

        assertThat(convener.role()).isEqualTo(Role.CONVENER);
    }

    @Test
    void shouldPromoteAMemberWhateverTheCount() {
        var member = member(Role.MEMBER);

        member.changeRole(Role.CONVENER, 0);

        assertThat(member.role()).isEqualTo(Role.CONVENER);
    }

    @Test
    void shouldKeepExpertiseNormalizedAndUnique() {
        var member = member(Role.MEMBER);

        member.editProfile("  Ana  ", " ", "Europe/Madrid", "", "bio", List.of("Lean", " lean ", "Safety  Audits", ""));

        assertThat(member.displayName()).isEqualTo("Ana");
        assertThat(member.jobRole()).isNull();
        assertThat(member.languages()).isNull();
        assertThat(member.expertise()).containsExactly("lean", "safety audits");
    }
}
