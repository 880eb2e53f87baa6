package org.convene.community;

/** What a member may do in one community; a person can hold different roles in different communities. */
public enum Role {
    /** Sets up the community, invites, builds units, changes roles. */
    CONVENER,
    /** Runs live clinics. */
    FACILITATOR,
    MEMBER;

    public boolean canManageCommunity() {
        return this == CONVENER;
    }

    public boolean canFacilitate() {
        return this == CONVENER || this == FACILITATOR;
    }
}
