package org.convene.community;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** What a convener decides about a member: their role and unit, at the version they read. */
record Assignment(@NotNull @Nullable Role role, @Nullable Long unitId, @NotNull @Nullable Integer version) {

    static Assignment of(MemberView member) {
        return new Assignment(member.role(), member.unitId(), member.version());
    }
}
