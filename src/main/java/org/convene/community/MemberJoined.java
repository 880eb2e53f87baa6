package org.convene.community;

/** Someone became a member of a community (its creator, or through an invitation). */
public record MemberJoined(long communityId, long memberId, long accountId, Role role) {
}
