package org.convene.clinic;

/** The part a person plays in one clinic; it decides what they may post and control. */
public enum RoomRole {

    /** Brings the case, frames it, answers questions and sums up. */
    PRESENTER,

    /** Runs the protocol: the clock, the steps and the speaking queue. May also post as a member. */
    FACILITATOR,

    /** Everyone else in the room: asks, shares stories, gives advice. */
    MEMBER;

    /** The facilitator is also a peer: whatever a member may post, they may post too. */
    public boolean postsAsMember() {
        return this == MEMBER || this == FACILITATOR;
    }
}
