package org.convene.community;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.convene.identity.ConveneUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Communities", description = "Communities you belong to")
class CommunityApi {

    private final CommunityService communities;
    private final CommunityAccess access;

    CommunityApi(CommunityService communities, CommunityAccess access) {
        this.communities = communities;
        this.access = access;
    }

    @GetMapping("/api/communities")
    @Operation(summary = "The communities you are a member of, with your role in each")
    List<CommunityView> list(@AuthenticationPrincipal ConveneUser user) {
        return communities.listFor(user.accountId());
    }

    @PostMapping("/api/communities")
    @Operation(summary = "Create a community; you become its convener")
    ResponseEntity<CommunityView> create(@AuthenticationPrincipal ConveneUser user,
            @Valid @RequestBody CommunityDetails details) {
        var created = communities.create(user.accountId(), details);
        return ResponseEntity.created(URI.create("/api/communities/" + created.id())).body(created);
    }

    @GetMapping("/api/communities/{communityId}")
    @Operation(summary = "One community (404 when you are not a member)")
    CommunityView get(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId) {
        return communities.get(access.require(communityId, user.accountId()));
    }

    @PatchMapping("/api/communities/{communityId}")
    @Operation(summary = "Change name, purpose, ground rules or unit level names (conveners; send the version you read)")
    CommunityView update(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @RequestBody CommunityUpdate update) {
        var current = communities.get(access.requireConvener(communityId, user.accountId()));
        return communities.update(communityId, update.version(), update.appliedTo(current));
    }

    /** Fields left out keep their current value; {@code version} is the one you read. */
    record CommunityUpdate(@NotNull Integer version, @Size(min = 1, max = 120) @Nullable String name,
            @Size(min = 1, max = 2000) @Nullable String purpose, @Size(max = 4000) @Nullable String groundRules,
            @Size(min = 1, max = 8) @Nullable List<@NotBlank @Size(max = 60) String> unitTypes) {

        CommunityDetails appliedTo(CommunityView current) {
            return new CommunityDetails(name == null ? current.name() : name,
                    purpose == null ? current.purpose() : purpose,
                    groundRules == null ? current.groundRules() : groundRules,
                    unitTypes == null ? current.unitTypes() : unitTypes);
        }
    }
}
