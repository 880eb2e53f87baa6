package org.convene.community;

import org.convene.testing.ConveneIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.convene.identity.AccountSummary;
import org.convene.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@RecordApplicationEvents
@Import(MembersFixtures.class)
@ConveneIntegrationTest
class InvitationsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembersFixtures fixtures;
    @Autowired
    MemberRepository members;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    AccountSummary convener;
    CommunityView community;

    @BeforeEach
    void setUp() {
        convener = fixtures.account("Carla Convener");
        community = fixtures.community(convener);
    }

    @Test
    void shouldInviteThenAcceptAsANewAccountAndJoinWithTheInvitedRole() throws Exception {
        var email = "new-" + System.nanoTime() + "@example.org";
        var token = inviteByApi(email, "FACILITATOR");

        var accepted = mvc.perform(post("/api/invitations/{token}/accept", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Nadia New\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.communityId").value(community.id()))
                .andReturn();
        long memberId = ((Number) JsonPath.read(accepted.getResponse().getContentAsString(), "$.memberId")).longValue();

        var account = accounts.findByEmail(email).orElseThrow();
        var member = members.findById(memberId).orElseThrow();
        assertThat(member.communityId()).isEqualTo(community.id());
        assertThat(member.accountId()).isEqualTo(account.id());
        assertThat(member.role()).isEqualTo(Role.FACILITATOR);
        assertThat(member.displayName()).isEqualTo("Nadia New");
        assertThat(events.stream(MemberJoined.class))
                .anyMatch(joined -> joined.memberId() == memberId && joined.role() == Role.FACILITATOR);
        // The new account works at once, and the invitation is used up.
        mvc.perform(get("/api/communities/{id}/members/{memberId}", community.id(), memberId)
                        .with(httpBasic(email, "a long enough password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("FACILITATOR"));
        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Again\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invitationStatus").value("ACCEPTED"));
        mvc.perform(get("/api/communities/{id}/invitations", community.id()).with(basic(convener)))
                .andExpect(jsonPath("$[?(@.email == '" + email + "')].status").value(hasItem("ACCEPTED")));
    }

    @Test
    void shouldStoreOnlyTheHashOfTheToken() throws Exception {
        var token = inviteByApi("hash-" + System.nanoTime() + "@example.org", "MEMBER");

        var stored = jdbc.sql("select token_hash from invitation where community_id = ?").param(community.id())
                .query(String.class).list();
        assertThat(stored).isNotEmpty().doesNotContain(token).allSatisfy(hash -> assertThat(hash).hasSize(64));
        assertThat(token).startsWith("inv_");
    }

    @Test
    void shouldRefuseAnExpiredInvitation() throws Exception {
        var email = "late-" + System.nanoTime() + "@example.org";
        var token = inviteByApi(email, "MEMBER");
        jdbc.sql("update invitation set expires_at = created_at where email = ?").param(email).update();

        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Late\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.invitationStatus").value("EXPIRED"));
        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation has expired.")))
                .andExpect(content().string(not(containsString("Create account and join"))));
        assertThat(accounts.findByEmail(email)).isEmpty();
        mvc.perform(get("/api/communities/{id}/invitations", community.id()).with(basic(convener)))
                .andExpect(jsonPath("$[?(@.email == '" + email + "')].status").value(hasItem("EXPIRED")));
    }

    @Test
    void shouldRefuseARevokedInvitationAndRevokeOnlyOnce() throws Exception {
        var email = "revoked-" + System.nanoTime() + "@example.org";
        var created = mvc.perform(post("/api/communities/{id}/invitations", community.id()).with(basic(convener))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        long invitationId = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(delete("/api/communities/{id}/invitations/{invitationId}", community.id(), invitationId)
                        .with(basic(convener)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/communities/{id}/invitations/{invitationId}", community.id(), invitationId)
                        .with(basic(convener)))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Rita\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.invitationStatus").value("REVOKED"));
        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("withdrawn")));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownToken() throws Exception {
        mvc.perform(get("/invitations/{token}", "inv_nothing-like-this"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This invitation link is not valid")));
        mvc.perform(post("/api/invitations/{token}/accept", "inv_nothing-like-this")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"X\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldReplaceAPendingInvitationWhenReinvited() throws Exception {
        var email = "twice-" + System.nanoTime() + "@example.org";
        var first = inviteByApi(email, "MEMBER");
        var second = inviteByApi(email, "FACILITATOR");

        mvc.perform(get("/invitations/{token}", first)).andExpect(status().isGone());
        mvc.perform(get("/invitations/{token}", second))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Facilitator")));
    }

    @Test
    void shouldRefuseInvitingSomeoneWhoIsAlreadyAMember() throws Exception {
        mvc.perform(post("/api/communities/{id}/invitations", community.id()).with(basic(convener))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + convener.email().toUpperCase() + "\",\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("This person is already a member of the community."));
    }

    @Test
    void shouldValidateTheInvitationRequest() throws Exception {
        mvc.perform(post("/api/communities/{id}/invitations", community.id()).with(basic(convener))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not an email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("email", "role")));
    }

    @Test
    void shouldAskAnExistingAccountToAuthenticateAndThenJoinWithIt() throws Exception {
        var existing = fixtures.account("Erin Existing");
        var token = inviteByApi(existing.email(), "MEMBER");

        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Erin\",\"password\":\"a long enough password\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("sign in")));
        assertThat(members.findByCommunityIdAndAccountId(community.id(), existing.id())).isEmpty();

        mvc.perform(post("/api/invitations/{token}/accept", token).with(basic(existing)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.communityId").value(community.id()))
                .andExpect(jsonPath("$.role").value("MEMBER"));
        assertThat(members.findByCommunityIdAndAccountId(community.id(), existing.id())).isPresent();
    }

    @Test
    void shouldGiveARoleAboveMemberOnlyToTheInvitedEmail() throws Exception {
        var invited = fixtures.account("Fran Facilitator");
        var holder = fixtures.account("Hal Holder");
        var token = inviteByApi(invited.email(), "FACILITATOR");

        mvc.perform(post("/api/invitations/{token}/accept", token).with(basic(holder)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("only the invited email")));
        mvc.perform(get("/invitations/{token}", token).session(MembersFixtures.signIn(mvc, holder)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only the invited email can accept it")));
        assertThat(members.findByCommunityIdAndAccountId(community.id(), holder.id())).isEmpty();

        mvc.perform(post("/api/invitations/{token}/accept", token).with(basic(invited)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("FACILITATOR"));
    }

    @Test
    void shouldRequireNameAndAPasswordThePolicyAcceptsForANewAccount() throws Exception {
        var token = inviteByApi("short-" + System.nanoTime() + "@example.org", "MEMBER");

        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Sam\",\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Sam Sample\",\"password\":\"password123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("most common passwords")));
        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Sam Sample\",\"password\":\"sample sam sample\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Leave out your name")));
        mvc.perform(post("/api/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"a long enough password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
        mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk());
    }

    @Test
    void shouldInviteOnThePageShowTheLinkOnceAndLetANewPersonJoinAndBeSignedIn() throws Exception {
        var session = MembersFixtures.signIn(mvc, convener);
        var email = "page-" + System.nanoTime() + "@example.org";

        var created = mvc.perform(post("/communities/{id}/invitations", community.id()).session(session).with(csrf())
                        .param("email", email).param("role", "MEMBER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/communities/" + community.id() + "/invitations"))
                .andExpect(flash().attribute("issuedLink", startsWith("http://localhost/invitations/inv_")))
                .andReturn();
        String link = (String) created.getFlashMap().get("issuedLink");
        var token = link.substring(link.lastIndexOf('/') + 1);
        mvc.perform(get("/communities/{id}/invitations", community.id()).session(session)
                        .flashAttr("issuedLink", link).flashAttr("issuedEmail", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)))
                .andExpect(content().string(containsString("data-copy=\"#invitation-link\"")))
                .andExpect(content().string(containsString(email)));

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(community.name())))
                .andExpect(content().string(containsString("Learning from each other&#39;s lines.")))
                .andExpect(content().string(containsString("What is said here stays here.")))
                .andExpect(content().string(containsString("Create account and join")));

        // Bad input keeps what was typed and says what is wrong.
        mvc.perform(post("/invitations/{token}", token).with(csrf())
                        .param("displayName", "Pablo Page").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Pablo Page\"")))
                .andExpect(content().string(containsString("Use at least 10 characters.")));

        mvc.perform(post("/invitations/{token}", token).with(csrf())
                        .param("displayName", "Pablo Page").param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/communities/" + community.id()))
                .andExpect(authenticated().withUsername(email));
        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(members.findByCommunityIdAndAccountId(community.id(), account.id()))
                .get().extracting(Member::role).isEqualTo(Role.MEMBER);
    }

    @Test
    void shouldSendAnExistingAccountToSignInAndBackThenJoinWithOneClick() throws Exception {
        var existing = fixtures.account("Olga Other");
        var token = inviteByApi(existing.email(), "FACILITATOR");

        var anonymous = mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to join")))
                .andExpect(content().string(not(containsString("Create account and join"))))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) anonymous.getRequest().getSession();
        // Signing in from that page comes back to it.
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("email", existing.email()).param("password", MembersFixtures.PASSWORD))
                .andExpect(redirectedUrl("http://localhost/invitations/" + token + "?continue"));

        mvc.perform(get("/invitations/{token}", token).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Join " + community.name())));
        mvc.perform(post("/invitations/{token}/join", token).session(session).with(csrf()))
                .andExpect(redirectedUrl("/communities/" + community.id()));
        assertThat(members.findByCommunityIdAndAccountId(community.id(), existing.id()))
                .get().extracting(Member::role).isEqualTo(Role.FACILITATOR);
        mvc.perform(get("/invitations/{token}", token).session(session)).andExpect(status().isGone());
    }

    @Test
    void shouldShowInvitationsWithTheirStatusAndRevokeOnThePage() throws Exception {
        var session = MembersFixtures.signIn(mvc, convener);
        var email = "listed-" + System.nanoTime() + "@example.org";
        inviteByApi(email, "MEMBER");
        var invitationId = jdbc.sql("select id from invitation where email = ?").param(email).query(Long.class).single();

        mvc.perform(get("/communities/{id}/invitations", community.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Pending")))
                .andExpect(content().string(containsString("Revoke the invitation for " + email)));
        mvc.perform(post("/communities/{id}/invitations/{invitationId}/revoke", community.id(), invitationId)
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/communities/" + community.id() + "/invitations"))
                .andExpect(flash().attribute("revoked", true));
        mvc.perform(get("/communities/{id}/invitations", community.id()).session(session))
                .andExpect(content().string(containsString("Revoked")))
                .andExpect(content().string(not(containsString("Revoke the invitation for " + email))));
    }

    @Test
    void shouldRefuseTheInvitationFormWithFieldErrorsAndKeepWhatWasTyped() throws Exception {
        var session = MembersFixtures.signIn(mvc, convener);

        mvc.perform(post("/communities/{id}/invitations", community.id()).session(session).with(csrf())
                        .param("email", "nobody at all").param("role", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"nobody at all\"")))
                .andExpect(content().string(containsString("Please enter a valid email address.")));
        mvc.perform(post("/communities/{id}/invitations", community.id()).session(session).with(csrf())
                        .param("email", convener.email()).param("role", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person is already a member of the community.")));
    }

    @Test
    void shouldHideInvitationsFromNonMembersAndRefuseThemToNonConveners() throws Exception {
        var stranger = fixtures.account("Sam Stranger");
        var plain = fixtures.account("Mia Member");
        fixtures.join(community, convener, plain, Role.MEMBER);
        var invitationId = jdbc.sql("select id from invitation where community_id = ? fetch first 1 rows only")
                .param(community.id()).query(Long.class).single();
        var body = "{\"email\":\"x-" + System.nanoTime() + "@example.org\",\"role\":\"MEMBER\"}";

        for (var who : new AccountSummary[] {stranger, plain}) {
            var expected = who == stranger ? 404 : 403;
            mvc.perform(post("/api/communities/{id}/invitations", community.id()).with(basic(who))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().is(expected));
            mvc.perform(get("/api/communities/{id}/invitations", community.id()).with(basic(who)))
                    .andExpect(status().is(expected));
            mvc.perform(delete("/api/communities/{id}/invitations/{invitationId}", community.id(), invitationId)
                            .with(basic(who)))
                    .andExpect(status().is(expected));

            var session = MembersFixtures.signIn(mvc, who);
            mvc.perform(get("/communities/{id}/invitations", community.id()).session(session))
                    .andExpect(status().is(expected));
            mvc.perform(post("/communities/{id}/invitations", community.id()).session(session).with(csrf())
                            .param("email", "y@example.org").param("role", "MEMBER"))
                    .andExpect(status().is(expected));
            mvc.perform(post("/communities/{id}/invitations/{invitationId}/revoke", community.id(), invitationId)
                            .session(session).with(csrf()))
                    .andExpect(status().is(expected));
        }
        assertThat(jdbc.sql("select count(*) from invitation where email = 'y@example.org'").query(Long.class).single())
                .isZero();
    }

    @Test
    void shouldDocumentTheInvitationAndMemberEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/invitations/{token}/accept'].post").exists())
                .andExpect(jsonPath("$.paths['/api/communities/{id}/invitations/{invitationId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/communities/{id}/members/{memberId}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/communities/{id}/members/me/profile'].put").exists());
    }

    private String inviteByApi(String email, String role) throws Exception {
        var created = mvc.perform(post("/api/communities/{id}/invitations", community.id()).with(basic(convener))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.expiresAt").isString())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.token");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(AccountSummary account) {
        return httpBasic(account.email(), MembersFixtures.PASSWORD);
    }
}
