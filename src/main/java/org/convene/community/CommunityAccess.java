package org.convene.community;

import java.util.Optional;

import org.convene.web.ForbiddenException;
import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who sees a community: a non-member is told it does not exist
 * (404), a member whose role does not allow an action is refused (403).
 */
@Service
public class CommunityAccess {

    private final Memberships members;

    CommunityAccess(Memberships members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Optional<Membership> find(long communityId, long accountId) {
        return members.ofAccount(communityId, accountId);
    }

    /** @throws NotFoundException when the account is not a member of the community */
    @Transactional(readOnly = true)
    public Membership require(long communityId, long accountId) {
        return find(communityId, accountId).orElseThrow(() -> new NotFoundException("community"));
    }

    /** @throws ForbiddenException when the member is not a convener */
    @Transactional(readOnly = true)
    public Membership requireConvener(long communityId, long accountId) {
        var membership = require(communityId, accountId);
        if (!membership.isConvener()) {
            throw new ForbiddenException("community.convenerOnly");
        }
        return membership;
    }

    /** @throws ForbiddenException when the member may not facilitate */
    @Transactional(readOnly = true)
    public Membership requireFacilitator(long communityId, long accountId) {
        var membership = require(communityId, accountId);
        if (!membership.role().canFacilitate()) {
            throw new ForbiddenException("community.facilitatorOnly");
        }
        return membership;
    }
}
