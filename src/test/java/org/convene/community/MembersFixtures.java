package org.convene.community;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;
import java.util.UUID;

import org.convene.identity.AccountSummary;
import org.convene.identity.Accounts;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Test data for the members and invitations tests (import it): accounts, communities, members, units, sessions. */

class MembersFixtures {

    static final String PASSWORD = "correct horse battery";

    private final Accounts accounts;
    private final CommunityService communities;
    private final InvitationService invitations;
    private final MemberRepository members;
    private final Memberships memberships;
    private final UnitRepository units;

    MembersFixtures(Accounts accounts, CommunityService communities, InvitationService invitations,
            MemberRepository members, Memberships memberships, UnitRepository units) {
        this.accounts = accounts;
        this.communities = communities;
        this.invitations = invitations;
        this.members = members;
        this.memberships = memberships;
        this.units = units;
    }

    AccountSummary account(String name) {
        var email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.register(email, name, PASSWORD);
    }

    CommunityView community(AccountSummary convener) {
        return communities.create(convener.id(), new CommunityDetails("Lean practice " + UUID.randomUUID(),
                "Learning from each other's lines.", "What is said here stays here.", null));
    }

    Membership membership(long communityId, AccountSummary account) {
        return memberships.ofAccount(communityId, account.id()).orElseThrow();
    }

    /** Brings an existing account into the community with a role, as an accepted invitation does. */
    Membership join(CommunityView community, AccountSummary convener, AccountSummary account, Role role) {
        var issued = invitations.invite(membership(community.id(), convener),
                new InvitationRequest(account.email(), role));
        invitations.acceptAsAccount(issued.token(), account.id());
        return membership(community.id(), account);
    }

    Unit unit(long communityId, Long parentId, String name) {
        return units.save(new Unit(communityId, parentId, name, parentId == null ? "Region" : "Site"));
    }

    Member profile(Membership membership, String jobRole, Long unitId, List<String> tags) {
        var member = members.findById(membership.memberId()).orElseThrow();
        member.editProfile(member.displayName(), jobRole, "UTC", null, null, tags);
        member.placeIn(unitId);
        return members.save(member);
    }

    static MockHttpSession signIn(MockMvc mvc, AccountSummary account) throws Exception {
        var result = mvc.perform(formLogin("/login").user("email", account.email()).password(PASSWORD)).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || result.getResponse().getRedirectedUrl() == null
                || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }
}
