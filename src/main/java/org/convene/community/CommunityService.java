package org.convene.community;

import java.time.Clock;
import java.util.List;

import org.convene.identity.Accounts;
import org.convene.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CommunityService {

    static final String DEFAULT_TIME_ZONE = "UTC";

    private final CommunityRepository communities;
    private final MemberRepository members;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityService(CommunityRepository communities, MemberRepository members, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.communities = communities;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The creator becomes the community's first convener. */
    @Transactional
    CommunityView create(long creatorAccountId, CommunityDetails details) {
        var community = communities.save(new Community(details.name(), details.purpose(), details.groundRules(),
                Community.joinUnitTypes(details.unitTypesOrDefault()), clock.instant()));
        var creator = accounts.findById(creatorAccountId).orElseThrow(() -> new NotFoundException("account"));
        var member = members.save(new Member(community.id(), creatorAccountId, Role.CONVENER, creator.displayName(),
                DEFAULT_TIME_ZONE, clock.instant()));
        events.publishEvent(new MemberJoined(community.id(), member.id(), creatorAccountId, Role.CONVENER));
        return view(community, Role.CONVENER);
    }

    @Transactional
    CommunityView update(long communityId, int expectedVersion, CommunityDetails details) {
        var community = load(communityId);
        community.expectVersion(expectedVersion);
        community.describe(details.name(), details.purpose(), details.groundRules(), details.unitTypesOrDefault());
        var saved = communities.save(community);
        return view(saved, Role.CONVENER);
    }

    @Transactional(readOnly = true)
    CommunityView get(Membership membership) {
        return view(load(membership.communityId()), membership.role());
    }

    @Transactional(readOnly = true)
    List<CommunityView> listFor(long accountId) {
        return members.findByAccountId(accountId).stream()
                .map(member -> view(load(member.communityId()), member.role()))
                .sorted(java.util.Comparator.comparing(CommunityView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Community load(long communityId) {
        return communities.findById(communityId).orElseThrow(() -> new NotFoundException("community"));
    }

    private CommunityView view(Community community, Role role) {
        return new CommunityView(community.id(), community.name(), community.purpose(), community.groundRules(),
                community.unitTypes(), members.countByCommunityId(community.id()), role, community.version());
    }
}
