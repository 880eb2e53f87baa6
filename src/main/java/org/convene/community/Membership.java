package org.convene.community;

import org.jspecify.annotations.Nullable;

/** The signed-in person as a member of one community. */
public record Membership(long memberId, long communityId, long accountId, Role role, @Nullable Long unitId,
        String displayName, String timeZone) {

    public boolean isConvener() {
        return role.canManageCommunity();
    }
}
