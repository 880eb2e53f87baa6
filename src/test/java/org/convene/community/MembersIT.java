package org.convene.community;

import org.convene.testing.ConveneIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.convene.identity.AccountSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@Import(MembersFixtures.class)
@ConveneIntegrationTest
class MembersIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembersFixtures fixtures;
    @Autowired
    MemberRepository members;

    AccountSummary convener;
    AccountSummary ana;
    AccountSummary ben;
    AccountSummary chloe;
    CommunityView community;
    Membership anaMember;
    Membership benMember;
    Membership chloeMember;
    Unit europe;
    Unit madrid;
    Unit lineA;
    Unit americas;

    @BeforeEach
    void setUp() {
        convener = fixtures.account("Carla Convener");
        community = fixtures.community(convener);
        ana = fixtures.account("Ana Lima");
        ben = fixtures.account("Ben Okafor");
        chloe = fixtures.account("Chloe Martin");
        anaMember = fixtures.join(community, convener, ana, Role.MEMBER);
        benMember = fixtures.join(community, convener, ben, Role.FACILITATOR);
        chloeMember = fixtures.join(community, convener, chloe, Role.MEMBER);
        europe = fixtures.unit(community.id(), null, "Europe");
        madrid = fixtures.unit(community.id(), europe.id(), "Madrid plant");
        lineA = fixtures.unit(community.id(), madrid.id(), "Line A");
        americas = fixtures.unit(community.id(), null, "Americas");
        fixtures.profile(anaMember, "Quality engineer", lineA.id(), List.of("lean", "safety audits"));
        fixtures.profile(benMember, "Plant manager", madrid.id(), List.of("onboarding"));
        fixtures.profile(chloeMember, "Lean coach", americas.id(), List.of("lean"));
    }

    @Test
    void shouldFindMembersByNameOrJobRoleIgnoringCase() throws Exception {
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("q", "LIMA").with(basic(ben)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].displayName").value("Ana Lima"))
                .andExpect(jsonPath("$.items[0].unitName").value("Line A"))
                .andExpect(jsonPath("$.items[0].expertise", containsInAnyOrder("lean", "safety audits")));
        // "lean" matches Chloe's job role ("Lean coach"), not a tag.
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("q", "lean").with(basic(ben)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Chloe Martin")));
        // Wildcards typed by a person are taken literally.
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("q", "%").with(basic(ben)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldFindMembersByExactExpertiseTag() throws Exception {
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("tag", "Lean").with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Ana Lima", "Chloe Martin")));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("tag", "lea").with(basic(ana)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldFindMembersOfAUnitAndItsSubUnitsAndOfARegion() throws Exception {
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("unitId", madrid.id() + "")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Ana Lima", "Ben Okafor")));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("unitId", lineA.id() + "")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Ana Lima")));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("regionId", europe.id() + "")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Ana Lima", "Ben Okafor")));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("regionId", americas.id() + "")
                        .param("tag", "lean").with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Chloe Martin")));
        // A sub-unit is not a region; a unit of another community finds nobody.
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("regionId", madrid.id() + "")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.total").value(0));
        var otherCommunity = fixtures.community(convener);
        var foreignUnit = fixtures.unit(otherCommunity.id(), null, "Elsewhere");
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("unitId", foreignUnit.id() + "")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldPageResultsInNameOrder() throws Exception {
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("size", "3").with(basic(ana)))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.items[*].displayName").value(
                        org.hamcrest.Matchers.contains("Ana Lima", "Ben Okafor", "Carla Convener")));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("size", "3").param("page", "2")
                        .with(basic(ana)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].displayName").value("Chloe Martin"));
    }

    @Test
    void shouldServeTheDirectoryPageAndItsLiveSearchPartialFromOneHandler() throws Exception {
        var session = MembersFixtures.signIn(mvc, ana);

        mvc.perform(get("/communities/{id}/members", community.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")))
                .andExpect(content().string(containsString("<option value=\"safety audits\">safety audits</option>")))
                .andExpect(content().string(containsString("Ben Okafor")))
                .andExpect(content().string(containsString("1–4 of 4 members")));

        mvc.perform(get("/communities/{id}/members", community.id()).param("tag", "onboarding").session(session)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"member-results\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\"")))
                .andExpect(content().string(containsString("Ben Okafor")))
                .andExpect(content().string(not(containsString("Ana Lima"))))
                .andExpect(content().string(containsString("1–1 of 1 members")));

        mvc.perform(get("/communities/{id}/members", community.id()).session(session).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Encuentra miembros de quienes aprender")))
                .andExpect(content().string(containsString("1–4 de 4 miembros")));

        // Going back in history asks htmx for the whole page.
        mvc.perform(get("/communities/{id}/members", community.id()).session(session)
                        .header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void shouldLetAConvenerChangeRoleAndUnit() throws Exception {
        var version = members.findById(anaMember.memberId()).orElseThrow().version();

        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"FACILITATOR\",\"unitId\":" + americas.id() + ",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.unitName").value("Americas"));
        var saved = members.findById(anaMember.memberId()).orElseThrow();
        assertThat(saved.role()).isEqualTo(Role.FACILITATOR);
        assertThat(saved.unitId()).isEqualTo(americas.id());
        assertThat(saved.expertise()).containsExactly("lean", "safety audits");

        // Leaving out the unit keeps it; an explicit null takes the member out of it.
        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"MEMBER\",\"version\":" + saved.version() + "}"))
                .andExpect(jsonPath("$.unitId").value(americas.id()));
        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":null,\"version\":" + (saved.version() + 1) + "}"))
                .andExpect(jsonPath("$.unitId").doesNotExist())
                .andExpect(jsonPath("$.role").value("MEMBER"));
    }

    @Test
    void shouldRefuseRoleChangesByNonConveners() throws Exception {
        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), chloeMember.memberId())
                        .with(basic(ben)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"CONVENER\",\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var session = MembersFixtures.signIn(mvc, ben);
        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), chloeMember.memberId())
                        .session(session).with(csrf()).param("role", "CONVENER").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/communities/{id}/members/{memberId}", community.id(), chloeMember.memberId())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Save role and unit"))));
        assertThat(members.findById(chloeMember.memberId()).orElseThrow().role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void shouldRefuseAStaleVersionAndDemotingTheLastConvener() throws Exception {
        var stale = members.findById(benMember.memberId()).orElseThrow().version();
        var changed = patchRole(benMember.memberId(), "MEMBER", stale);
        changed.andExpect(status().isOk());
        patchRole(benMember.memberId(), "CONVENER", stale)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Someone else changed this")));
        assertThat(members.findById(benMember.memberId()).orElseThrow().role()).isEqualTo(Role.MEMBER);

        var me = fixtures.membership(community.id(), convener);
        var myVersion = members.findById(me.memberId()).orElseThrow().version();
        patchRole(me.memberId(), "MEMBER", myVersion)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("at least one convener")));
        assertThat(members.findById(me.memberId()).orElseThrow().role()).isEqualTo(Role.CONVENER);
    }

    @Test
    void shouldRefuseAUnitOfAnotherCommunity() throws Exception {
        var other = fixtures.community(convener);
        var foreignUnit = fixtures.unit(other.id(), null, "Elsewhere");
        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + foreignUnit.id() + ",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"));
    }

    @Test
    void shouldLetAMemberEditTheirOwnProfileButNotMoveThemselvesIntoAnotherUnit() throws Exception {
        var version = members.findById(chloeMember.memberId()).orElseThrow().version();

        mvc.perform(put("/api/communities/{id}/members/me/profile", community.id()).with(basic(chloe))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Chloé Martin","jobRole":"Continuous improvement lead",
                                 "unitId":%d,"timeZone":"America/New_York","languages":"English, French",
                                 "expertise":["Kaizen","lean","Kaizen"],"bio":"Twenty years on the floor.",
                                 "version":%d}""".formatted(lineA.id(), version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Chloé Martin"))
                .andExpect(jsonPath("$.expertise", containsInAnyOrder("kaizen", "lean")))
                .andExpect(jsonPath("$.timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.unitName").value("Americas"));
        mvc.perform(get("/api/communities/{id}/members/me", community.id()).with(basic(chloe)))
                .andExpect(jsonPath("$.bio").value("Twenty years on the floor."))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(get("/api/communities/{id}/members", community.id()).param("tag", "kaizen").with(basic(ana)))
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder("Chloé Martin")));
    }

    @Test
    void shouldValidateTheProfileWithFieldErrors() throws Exception {
        mvc.perform(put("/api/communities/{id}/members/me/profile", community.id()).with(basic(chloe))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\" \",\"timeZone\":\"UTC\",\"bio\":\"" + "x".repeat(1001)
                                + "\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("displayName", "bio")));
        mvc.perform(put("/api/communities/{id}/members/me/profile", community.id()).with(basic(chloe))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Chloe\",\"timeZone\":\"Mars/Olympus\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        mvc.perform(put("/api/communities/{id}/members/me/profile", community.id()).with(basic(chloe))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Chloe\",\"timeZone\":\"UTC\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(members.findById(chloeMember.memberId()).orElseThrow().displayName()).isEqualTo("Chloe Martin");
    }

    @Test
    void shouldEditTheProfileOnThePageAndKeepTypedValuesWhenStale() throws Exception {
        var session = MembersFixtures.signIn(mvc, ana);
        var version = members.findById(anaMember.memberId()).orElseThrow().version();

        mvc.perform(get("/communities/{id}/profile", community.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"lean, safety audits\"")))
                .andExpect(content().string(containsString("Conveners assign units")))
                .andExpect(content().string(not(containsString("name=\"unitId\""))))
                .andExpect(content().string(containsString("<option value=\"Europe/Madrid\">Europe/Madrid</option>")));

        mvc.perform(post("/communities/{id}/profile", community.id()).session(session).with(csrf())
                        .param("displayName", "Ana María Lima").param("jobRole", "Quality lead")
                        .param("unitId", madrid.id() + "").param("timeZone", "Europe/Madrid")
                        .param("languages", "Spanish, English").param("expertise", "Lean, 5S , kaizen")
                        .param("bio", "Hello").param("version", version + ""))
                .andExpect(redirectedUrl("/communities/" + community.id() + "/profile"));
        var saved = members.findById(anaMember.memberId()).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Ana María Lima");
        assertThat(saved.expertise()).containsExactly("5s", "kaizen", "lean");
        assertThat(saved.unitId()).as("conveners assign units").isEqualTo(lineA.id());
        assertThat(saved.timeZone()).isEqualTo("Europe/Madrid");

        mvc.perform(post("/communities/{id}/profile", community.id()).session(session).with(csrf())
                        .param("displayName", "Typed Again").param("timeZone", "UTC")
                        .param("expertise", "typed, tags").param("version", version + ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this in the meantime.")))
                .andExpect(content().string(containsString("value=\"Typed Again\"")))
                .andExpect(content().string(containsString("value=\"typed, tags\"")));
        assertThat(members.findById(anaMember.memberId()).orElseThrow().displayName()).isEqualTo("Ana María Lima");

        mvc.perform(post("/communities/{id}/profile", community.id()).session(session).with(csrf())
                        .param("displayName", "").param("timeZone", "UTC").param("bio", "x".repeat(1001))
                        .param("version", (version + 1) + ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Keep this to 1000 characters or fewer.")));
    }

    @Test
    void shouldLetAConvenerAssignOnTheMemberPageAndExplainRefusals() throws Exception {
        var session = MembersFixtures.signIn(mvc, convener);
        var version = members.findById(anaMember.memberId()).orElseThrow().version();

        mvc.perform(get("/communities/{id}/members/{memberId}", community.id(), anaMember.memberId()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quality engineer")))
                .andExpect(content().string(containsString("Save role and unit")));
        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .session(session).with(csrf()).param("role", "CONVENER")
                        .param("unitId", europe.id() + "").param("version", version + ""))
                .andExpect(redirectedUrl("/communities/" + community.id() + "/members/" + anaMember.memberId()));
        assertThat(members.findById(anaMember.memberId()).orElseThrow().role()).isEqualTo(Role.CONVENER);

        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .session(session).with(csrf()).param("role", "MEMBER").param("version", version + ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this in the meantime.")));

        var me = fixtures.membership(community.id(), convener);
        // Ana is a convener now, so Carla may step down; then Ana is the last one.
        var myVersion = members.findById(me.memberId()).orElseThrow().version();
        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), me.memberId())
                        .session(session).with(csrf()).param("role", "MEMBER").param("version", myVersion + ""))
                .andExpect(status().is3xxRedirection());
        var anaSession = MembersFixtures.signIn(mvc, ana);
        var anaVersion = members.findById(anaMember.memberId()).orElseThrow().version();
        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), anaMember.memberId())
                        .session(anaSession).with(csrf()).param("role", "MEMBER").param("version", anaVersion + ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least one convener")));
    }

    @Test
    void shouldHideEveryMembersEndpointAndPageFromNonMembers() throws Exception {
        var stranger = fixtures.account("Sam Stranger");
        var memberId = anaMember.memberId();
        var json = MediaType.APPLICATION_JSON;

        mvc.perform(get("/api/communities/{id}/members", community.id()).with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/communities/{id}/members/me", community.id()).with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/communities/{id}/members/{memberId}", community.id(), memberId).with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), memberId).with(basic(stranger))
                        .contentType(json).content("{\"role\":\"CONVENER\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/communities/{id}/members/me/profile", community.id()).with(basic(stranger))
                        .contentType(json).content("{\"displayName\":\"S\",\"timeZone\":\"UTC\",\"version\":0}"))
                .andExpect(status().isNotFound());

        var session = MembersFixtures.signIn(mvc, stranger);
        mvc.perform(get("/communities/{id}/members", community.id()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/communities/{id}/members", community.id()).session(session).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/communities/{id}/members/{memberId}", community.id(), memberId).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/communities/{id}/members/{memberId}", community.id(), memberId).session(session)
                        .with(csrf()).param("role", "CONVENER").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/communities/{id}/profile", community.id()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/communities/{id}/profile", community.id()).session(session).with(csrf())
                        .param("displayName", "S").param("timeZone", "UTC").param("version", "0"))
                .andExpect(status().isNotFound());

        // A member of another community cannot reach this one's members through their own community either.
        var otherCommunity = fixtures.community(stranger);
        mvc.perform(get("/api/communities/{id}/members/{memberId}", otherCommunity.id(), memberId)
                        .with(basic(stranger)))
                .andExpect(status().isNotFound());
        assertThat(members.findById(memberId).orElseThrow().role()).isEqualTo(Role.MEMBER);
    }

    private org.springframework.test.web.servlet.ResultActions patchRole(long memberId, String role, int version)
            throws Exception {
        return mvc.perform(patch("/api/communities/{id}/members/{memberId}", community.id(), memberId)
                .with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"" + role + "\",\"version\":" + version + "}"));
    }

    private static RequestPostProcessor basic(AccountSummary account) {
        return httpBasic(account.email(), MembersFixtures.PASSWORD);
    }
}
