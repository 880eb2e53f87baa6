package org.convene.community;

import org.convene.testing.ConveneIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.convene.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Units through the JSON API and the pages, with the access rules on every endpoint. */
@ConveneIntegrationTest
class UnitsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    CommunityService communities;
    @Autowired
    MemberRepository members;
    @Autowired
    UnitService units;
    @Autowired
    UserDetailsService userDetails;

    UserDetails convener;
    UserDetails member;
    UserDetails outsider;
    long communityId;
    long memberId;

    @BeforeEach
    void setUp() {
        var run = SEQUENCE.incrementAndGet();
        var convenerAccount = accounts.register("convener" + run + "@units.test", "Ada Convener", PASSWORD);
        var memberAccount = accounts.register("member" + run + "@units.test", "Ben Member", PASSWORD);
        accounts.register("outsider" + run + "@units.test", "Cy Outsider", PASSWORD);
        communityId = communities.create(convenerAccount.id(),
                new CommunityDetails("Safety practice " + run, "Learn from each other", null, null)).id();
        memberId = members.save(new Member(communityId, memberAccount.id(), Role.MEMBER, "Ben Member", "UTC",
                Instant.now())).id();
        convener = userDetails.loadUserByUsername("convener" + run + "@units.test");
        member = userDetails.loadUserByUsername("member" + run + "@units.test");
        outsider = userDetails.loadUserByUsername("outsider" + run + "@units.test");
    }

    // ---- API ------------------------------------------------------------------------------------

    @Test
    void shouldCreateRenameMoveAndDeleteThroughTheApi() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        var france = createUnit("France", "Business unit", europe);
        mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Lyon", "Site", france)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/communities/" + communityId + "/units/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.parentId").value(france))
                .andExpect(jsonPath("$.depth").value(2))
                .andExpect(jsonPath("$.version").value(0));
        var lyon = idOf("Lyon");

        mvc.perform(get(unitsUrl()).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("Europe", "France", "Lyon")))
                .andExpect(jsonPath("$[*].depth", contains(0, 1, 2)))
                .andExpect(jsonPath("$[2].type").value("Site"))
                .andExpect(jsonPath("$[2].memberCount").value(0));

        mvc.perform(patch(unitUrl(france)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"France & Benelux\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("France & Benelux"))
                .andExpect(jsonPath("$.type").value("Business unit"))
                .andExpect(jsonPath("$.parentId").value(europe))
                .andExpect(jsonPath("$.version").value(1));

        // An explicit null parent moves to the top level; a missing one keeps the unit where it is.
        mvc.perform(patch(unitUrl(lyon)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":null,\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").isEmpty())
                .andExpect(jsonPath("$.depth").value(0));
        mvc.perform(patch(unitUrl(lyon)).with(user(convener)).contentType("application/merge-patch+json")
                        .content("{\"type\":\"team\",\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Team"))
                .andExpect(jsonPath("$.parentId").isEmpty());
        mvc.perform(patch(unitUrl(lyon)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + europe + ",\"version\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(europe))
                .andExpect(jsonPath("$.depth").value(1));

        mvc.perform(delete(unitUrl(lyon)).with(user(convener)).param("version", "3"))
                .andExpect(status().isNoContent());
        mvc.perform(get(unitsUrl()).with(user(convener)))
                .andExpect(jsonPath("$[*].name", contains("Europe", "France & Benelux")));
        mvc.perform(get(unitUrl(lyon)).with(user(convener))).andExpect(status().isNotFound());
    }

    @Test
    void shouldAcceptHttpBasicOnTheApi() throws Exception {
        createUnit("Europe", "Region", null);
        mvc.perform(get(unitsUrl()).with(httpBasic(member.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Europe"));
    }

    @Test
    void shouldRefuseMovingAUnitUnderItselfOrItsDescendants() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        var france = createUnit("France", "Business unit", europe);
        var lyon = createUnit("Lyon", "Site", france);

        for (var target : List.of(europe, france, lyon)) {
            mvc.perform(patch(unitUrl(europe)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"parentId\":" + target + ",\"version\":0}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("cannot move under itself")));
        }
        assertThat(units.tree(communityId).find(europe).orElseThrow().parentId()).isNull();
        assertThat(units.tree(communityId).depth(lyon)).isEqualTo(2);
    }

    @Test
    void shouldRefuseDeletingAUnitThatIsNotEmpty() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        var lyon = createUnit("Lyon", "Site", europe);

        mvc.perform(delete(unitUrl(europe)).with(user(convener)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("Europe still has a sub-unit: move or delete them first."));

        var placed = members.findById(memberId).orElseThrow();
        placed.placeIn(lyon);
        members.save(placed);
        mvc.perform(get(unitsUrl()).with(user(convener)))
                .andExpect(jsonPath("$[1].memberCount").value(1));
        mvc.perform(delete(unitUrl(lyon)).with(user(convener)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("still has a member")));

        assertThat(units.tree(communityId).size()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAStaleVersionWith409() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        mvc.perform(patch(unitUrl(europe)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Europe West\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(patch(unitUrl(europe)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Europe East\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value(containsString("stale-edit")));
        mvc.perform(delete(unitUrl(europe)).with(user(convener)).param("version", "0"))
                .andExpect(status().isConflict());

        assertThat(units.tree(communityId).find(europe).orElseThrow().name()).isEqualTo("Europe West");
    }

    @Test
    void shouldAnswerBadInputWithFieldErrors() throws Exception {
        mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  \",\"type\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")));
        mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Mars base", "Galaxy", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));

        var elsewhere = communities.create(accounts.findByEmail(convener.getUsername()).orElseThrow().id(),
                new CommunityDetails("Another community", "Elsewhere", null, null)).id();
        var foreignUnit = units.create(elsewhere, new UnitDraft("Foreign", "Region", null)).id();
        mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Lyon", "Site", foreignUnit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));

        var europe = createUnit("Europe", "Region", null);
        mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("europe", "Region", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(patch(unitUrl(europe)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Europe West\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(patch(unitUrl(europe)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        // A unit of another community is not found through this one.
        mvc.perform(patch(unitUrl(foreignUnit)).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Taken over\",\"version\":0}"))
                .andExpect(status().isNotFound());
        assertThat(units.tree(communityId).size()).isEqualTo(1);
    }

    @Test
    void shouldHideEveryUnitsEndpointAndPageFromNonMembers() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        var requests = List.of(
                get(unitsUrl()),
                get(unitUrl(europe)),
                post(unitsUrl()).contentType(MediaType.APPLICATION_JSON).content(json("X", "Region", null)),
                patch(unitUrl(europe)).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"version\":0}"),
                delete(unitUrl(europe)),
                get(pageUrl()),
                get(pageUrl() + "/" + europe + "/edit"),
                post(pageUrl()).with(csrf()).param("name", "X").param("type", "Region"),
                post(pageUrl() + "/" + europe + "/rename").with(csrf()).param("name", "X").param("type", "Region")
                        .param("version", "0"),
                post(pageUrl() + "/" + europe + "/move").with(csrf()).param("parentId", "").param("version", "0"),
                post(pageUrl() + "/" + europe + "/delete").with(csrf()).param("version", "0"));
        for (var request : requests) {
            mvc.perform(request.with(user(outsider))).andExpect(status().isNotFound());
        }
        assertThat(units.tree(communityId).find(europe).orElseThrow().name()).isEqualTo("Europe");
    }

    @Test
    void shouldForbidMembersEveryChange() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        List<MockHttpServletRequestBuilder> changes = List.of(
                post(unitsUrl()).contentType(MediaType.APPLICATION_JSON).content(json("X", "Region", null)),
                patch(unitUrl(europe)).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"version\":0}"),
                delete(unitUrl(europe)),
                get(pageUrl() + "/" + europe + "/edit"),
                post(pageUrl()).with(csrf()).param("name", "X").param("type", "Region"),
                post(pageUrl() + "/" + europe + "/rename").with(csrf()).param("name", "X").param("type", "Region")
                        .param("version", "0"),
                post(pageUrl() + "/" + europe + "/move").with(csrf()).param("parentId", "").param("version", "0"),
                post(pageUrl() + "/" + europe + "/delete").with(csrf()).param("version", "0"));
        for (var request : changes) {
            mvc.perform(request.with(user(member))).andExpect(status().isForbidden());
        }
        assertThat(units.tree(communityId).size()).isEqualTo(1);
        assertThat(units.tree(communityId).find(europe).orElseThrow().name()).isEqualTo("Europe");

        // Members do see the tree, without the convener's forms.
        mvc.perform(get(pageUrl()).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Europe")))
                .andExpect(content().string(not(containsString("Add a unit"))))
                .andExpect(content().string(not(containsString("aria-label=\"Edit Europe\""))));
    }

    @Test
    void shouldDocumentTheUnitsApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/communities/{communityId}/units'].get.tags[0]").value("Units"))
                .andExpect(jsonPath("$.paths['/api/communities/{communityId}/units/{unitId}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/communities/{communityId}/units/{unitId}'].delete").exists())
                .andExpect(jsonPath("$.components.schemas.UnitPatch.properties.parentId").exists());
    }

    // ---- Pages ----------------------------------------------------------------------------------

    @Test
    void shouldBuildTheTreeThroughThePages() throws Exception {
        mvc.perform(get(pageUrl()).with(user(convener)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a unit")))
                .andExpect(content().string(containsString("No units yet")));

        mvc.perform(post(pageUrl()).with(user(convener)).with(csrf())
                        .param("name", "Europe").param("type", "Region").param("parentId", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/communities/" + communityId + "/units#unit-*"));
        var europe = idOf("Europe");
        mvc.perform(post(pageUrl()).with(user(convener)).with(csrf())
                        .param("name", "Lyon").param("type", "Site").param("parentId", String.valueOf(europe)))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("notice"));
        var lyon = idOf("Lyon");

        var placed = members.findById(memberId).orElseThrow();
        placed.placeIn(lyon);
        members.save(placed);

        mvc.perform(get(pageUrl()).with(user(convener)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Edit Lyon\"")))
                .andExpect(content().string(containsString("aria-label=\"Add a sub-unit to Europe\"")))
                .andExpect(content().string(containsString("1 member")))
                .andExpect(content().string(containsString("1 including sub-units")))
                // Neither unit is empty, so neither offers a delete button.
                .andExpect(content().string(not(containsString("aria-label=\"Delete"))));

        // Rename: bad input keeps what was typed and says what is wrong next to the field.
        mvc.perform(post(pageUrl() + "/" + lyon + "/rename").with(user(convener)).with(csrf())
                        .param("name", "").param("type", "Team").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("<option value=\"Team\" selected=\"selected\">Team</option>")));
        mvc.perform(post(pageUrl() + "/" + lyon + "/rename").with(user(convener)).with(csrf())
                        .param("name", "Lyon Part-Dieu").param("type", "Site").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/communities/" + communityId + "/units#unit-" + lyon));

        // Stale: a second convener saving what they read before the rename is told, and keeps their text.
        mvc.perform(post(pageUrl() + "/" + lyon + "/rename").with(user(convener)).with(csrf())
                        .param("name", "Lyon Confluence").param("type", "Site").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this in the meantime")))
                .andExpect(content().string(containsString("value=\"Lyon Confluence\"")));

        // Move: under itself is refused, next to the field; to the top level works.
        mvc.perform(post(pageUrl() + "/" + europe + "/move").with(user(convener)).with(csrf())
                        .param("parentId", String.valueOf(lyon)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parentId-error\"")))
                .andExpect(content().string(containsString("cannot move under itself")));
        mvc.perform(post(pageUrl() + "/" + lyon + "/move").with(user(convener)).with(csrf())
                        .param("parentId", "").param("version", "1"))
                .andExpect(status().isFound());
        assertThat(units.tree(communityId).find(lyon).orElseThrow().parentId()).isNull();

        // Delete: refused while a member is in Lyon, done once they are moved out.
        mvc.perform(post(pageUrl() + "/" + lyon + "/delete").with(user(convener)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("problem"));
        assertThat(units.tree(communityId).contains(lyon)).isTrue();
        placed = members.findById(memberId).orElseThrow();
        placed.placeIn(null);
        members.save(placed);
        mvc.perform(post(pageUrl() + "/" + lyon + "/delete").with(user(convener)).with(csrf())
                        .param("version", "2"))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("notice"));
        assertThat(units.tree(communityId).contains(lyon)).isFalse();
    }

    @Test
    void shouldKeepTypedValuesWhenAddingFails() throws Exception {
        createUnit("Europe", "Region", null);
        mvc.perform(post(pageUrl()).with(user(convener)).with(csrf())
                        .param("name", "Europe").param("type", "Region").param("parentId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another unit in the same place already has this name.")))
                .andExpect(content().string(containsString("value=\"Europe\"")));
        assertThat(units.tree(communityId).size()).isEqualTo(1);
    }

    @Test
    void shouldShowTheEditPageWithOnlyValidPlacesToMove() throws Exception {
        var europe = createUnit("Europe", "Region", null);
        var france = createUnit("France", "Business unit", europe);
        createUnit("Lyon", "Site", france);
        var americas = createUnit("Americas", "Region", null);
        mvc.perform(get(pageUrl() + "/" + france + "/edit").with(user(convener)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit France")))
                .andExpect(content().string(containsString("<option value=\"" + americas + "\"")))
                .andExpect(content().string(containsString("<option value=\"" + europe + "\" selected=\"selected\"")))
                .andExpect(content().string(not(containsString("Lyon (Site)"))))
                .andExpect(content().string(containsString("1 sub-unit")));
    }

    @Test
    void shouldSpeakSpanish() throws Exception {
        createUnit("Europa", "Region", null);
        mvc.perform(get(pageUrl()).with(user(convener)).locale(Locale.forLanguageTag("es"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Árbol de unidades")))
                .andExpect(content().string(containsString("aria-label=\"Editar Europa\"")));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private long createUnit(String name, String type, Long parentId) throws Exception {
        var body = mvc.perform(post(unitsUrl()).with(user(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, type, parentId)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long idOf(String name) {
        return units.tree(communityId).rows().stream()
                .filter(row -> row.unit().name().equals(name))
                .findFirst().orElseThrow().unit().id();
    }

    private static String json(String name, String type, Long parentId) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"parentId\":" + parentId + "}";
    }

    private String unitsUrl() {
        return "/api/communities/" + communityId + "/units";
    }

    private String unitUrl(long unitId) {
        return unitsUrl() + "/" + unitId;
    }

    private String pageUrl() {
        return "/communities/" + communityId + "/units";
    }
}
