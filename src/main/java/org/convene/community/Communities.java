package org.convene.community;

import org.springframework.stereotype.Service;

/** A community as its member sees it, for the pages of other modules (their header and navigation). */
@Service
public class Communities {

    private final CommunityService communities;

    Communities(CommunityService communities) {
        this.communities = communities;
    }

    public CommunityView view(Membership membership) {
        return communities.get(membership);
    }
}
