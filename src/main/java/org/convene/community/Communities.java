package org.convene.community;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community as its member sees it, for the pages of other modules (their header and
 * navigation), and its members as other modules need them (to pick a facilitator, to show
 * who speaks).
 */
@Service
public class Communities {

    private final CommunityService communities;
    private final Memberships members;

    Communities(CommunityService communities, Memberships members) {
        this.communities = communities;
        this.members = members;
    }

    public CommunityView view(Membership membership) {
        return communities.get(membership);
    }

    /** Every member of the community, by display name. */
    @Transactional(readOnly = true)
    public List<Membership> members(long communityId) {
        return members.all(communityId).stream()
                .sorted(Comparator.comparing(Membership::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One member of the community; empty when the id names no member of it. */
    @Transactional(readOnly = true)
    public Optional<Membership> member(long communityId, long memberId) {
        return members.ofMember(communityId, memberId);
    }
}
