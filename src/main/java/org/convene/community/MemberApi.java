package org.convene.community;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.convene.identity.ConveneUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Members", description = "The member directory, profiles, and roles and units assigned by conveners")
class MemberApi {

    private final MemberService members;
    private final Directory directory;
    private final CommunityAccess access;

    MemberApi(MemberService members, Directory directory, CommunityAccess access) {
        this.members = members;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/api/communities/{id}/members")
    @Operation(summary = "Find members by name or job role, expertise tag, unit (with its sub-units) or region")
    DirectoryPage search(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @Parameter(description = "Part of a display name or job role, any case")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "An expertise tag, exactly") @RequestParam(required = false) @Nullable String tag,
            @Parameter(description = "A unit; members of its sub-units are included")
            @RequestParam(required = false) @Nullable Long unitId,
            @Parameter(description = "A top-level unit (region); members of all units below it are included")
            @RequestParam(required = false) @Nullable Long regionId,
            @Parameter(description = "Page number, 1 for the first") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") int size) {
        access.require(id, user.accountId());
        var result = directory.search(id, new Directory.Query(q, tag, unitId, regionId, page, size));
        return new DirectoryPage(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/api/communities/{id}/members/me")
    @Operation(summary = "Your own profile in the community")
    MemberView me(@AuthenticationPrincipal ConveneUser user, @PathVariable long id) {
        var membership = access.require(id, user.accountId());
        return members.get(id, membership.memberId());
    }

    @PutMapping("/api/communities/{id}/members/me/profile")
    @Operation(summary = "Replace your own profile",
            description = "Send the version you read; a stale version answers 409 and nothing is changed. Your unit "
                    + "is not part of your profile: conveners assign it (PATCH /api/communities/{id}/members/{memberId}).")
    MemberView updateProfile(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @Valid @RequestBody ProfileForm profile) {
        var membership = access.require(id, user.accountId());
        return members.updateProfile(membership, profile);
    }

    @GetMapping("/api/communities/{id}/members/{memberId}")
    @Operation(summary = "A member's profile")
    MemberView get(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, @PathVariable long memberId) {
        access.require(id, user.accountId());
        return members.get(id, memberId);
    }

    @PatchMapping("/api/communities/{id}/members/{memberId}")
    @Operation(summary = "Change a member's role and/or unit (conveners)",
            description = "Fields left out are unchanged; \"unitId\": null takes the member out of their unit. "
                    + "Send the version you read: a stale version answers 409. The last convener keeps the role.")
    MemberView assign(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, @PathVariable long memberId,
            @Valid @RequestBody MemberPatch patch) {
        access.requireConvener(id, user.accountId());
        var current = members.get(id, memberId);
        return members.assign(id, memberId, new Assignment(
                patch.getRole() == null ? current.role() : patch.getRole(),
                patch.unitIdGiven() ? patch.getUnitId() : current.unitId(),
                patch.getVersion()));
    }

    record DirectoryPage(List<Directory.Entry> items, int page, int size, long total) {
    }

    /** A partial change: tells a missing {@code unitId} (unchanged) from an explicit null (no unit). */
    static final class MemberPatch {

        private @Nullable Role role;
        private @Nullable Long unitId;
        private boolean unitIdGiven;
        private @Nullable Integer version;

        public @Nullable Role getRole() {
            return role;
        }

        public void setRole(@Nullable Role role) {
            this.role = role;
        }

        @Schema(nullable = true, description = "The unit; null for none; leave out to keep the current one")
        public @Nullable Long getUnitId() {
            return unitId;
        }

        public void setUnitId(@Nullable Long unitId) {
            this.unitId = unitId;
            this.unitIdGiven = true;
        }

        @NotNull
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version of the member you read")
        public @Nullable Integer getVersion() {
            return version;
        }

        public void setVersion(@Nullable Integer version) {
            this.version = version;
        }

        boolean unitIdGiven() {
            return unitIdGiven;
        }
    }
}
