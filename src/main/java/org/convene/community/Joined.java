package org.convene.community;

/** The outcome of accepting an invitation: who joined which community, as which member. */
record Joined(long communityId, long memberId, long accountId, Role role) {
}
