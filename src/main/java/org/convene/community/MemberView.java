package org.convene.community;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A member's profile as other members of the community see it. */
record MemberView(long id, String displayName, @Nullable String jobRole, Role role, @Nullable Long unitId,
        @Nullable String unitName, String timeZone, @Nullable String languages, List<String> expertise,
        @Nullable String bio, Instant joinedAt, int version) {

    static MemberView of(Member member, @Nullable String unitName) {
        return new MemberView(member.id(), member.displayName(), member.jobRole(), member.role(), member.unitId(),
                unitName, member.timeZone(), member.languages(), member.expertise(), member.bio(),
                member.joinedAt(), member.version());
    }

    public String initials() {
        return Initials.of(displayName);
    }
}
