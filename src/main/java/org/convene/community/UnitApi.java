package org.convene.community;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.convene.identity.ConveneUser;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unit tree of a community as JSON: every member reads it, conveners change it. */
@RestController
@Tag(name = "Units", description = "A community's tree of units (regions, business units, sites, teams)")
class UnitApi {

    static final String UNITS = "/api/communities/{communityId}/units";
    static final String UNIT = UNITS + "/{unitId}";

    private final CommunityAccess access;
    private final UnitService service;

    UnitApi(CommunityAccess access, UnitService service) {
        this.access = access;
        this.service = service;
    }

    @GetMapping(UNITS)
    @Operation(summary = "The community's units, flat and in tree order",
            description = "Depth first, siblings by name; `depth` is 0 at the top level, `parentId` null there. "
                    + "`memberCount` counts the members placed directly in the unit. 404 for a non-member.")
    List<UnitResource> list(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId) {
        access.require(communityId, user.accountId());
        return service.tree(communityId).rows().stream().map(UnitResource::of).toList();
    }

    @GetMapping(UNIT)
    @Operation(summary = "One unit, with the version a change must carry")
    UnitResource get(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId) {
        access.require(communityId, user.accountId());
        var tree = service.tree(communityId);
        var unit = tree.find(unitId).orElseThrow(() -> new NotFoundException("unit"));
        return UnitResource.of(new UnitTree.Row(unit, tree.depth(unitId)));
    }

    @PostMapping(UNITS)
    @Operation(summary = "Create a unit (conveners)",
            description = "`type` must be one of the community's level names; `parentId` a unit of the same "
                    + "community, or null for the top level; siblings need different names. 201 with the unit.")
    ResponseEntity<UnitResource> create(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @RequestBody UnitDraft draft) {
        access.requireConvener(communityId, user.accountId());
        var created = service.create(communityId, draft);
        var tree = service.tree(communityId);
        return ResponseEntity.created(URI.create("/api/communities/" + communityId + "/units/" + created.id()))
                .body(UnitResource.of(new UnitTree.Row(created, tree.depth(created.id()))));
    }

    @PatchMapping(UNIT)
    @Operation(summary = "Rename and/or move a unit (conveners)",
            description = "Only the fields present change (JSON merge patch): `name`, `type`, and `parentId` "
                    + "(null moves the unit to the top level). `version` is required: the version you read; "
                    + "409 when someone changed the unit since. Moving a unit under itself or one of its "
                    + "sub-units is refused with 400.")
    UnitResource update(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, @Valid @RequestBody UnitPatch patch) {
        access.requireConvener(communityId, user.accountId());
        var version = patch.getVersion();
        var edit = new UnitEdit(version == null ? 0 : version, patch.getName(), patch.getType(),
                patch.parentIdPresent(), patch.getParentId());
        var saved = service.edit(communityId, unitId, edit);
        return UnitResource.of(new UnitTree.Row(saved, service.tree(communityId).depth(saved.id())));
    }

    @DeleteMapping(UNIT)
    @Operation(summary = "Delete an empty unit (conveners)",
            description = "409 when the unit still has sub-units or members. With `version`, 409 as well when "
                    + "someone changed the unit since you read it.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, @RequestParam(required = false) @Nullable Integer version) {
        access.requireConvener(communityId, user.accountId());
        service.delete(communityId, unitId, version);
        return ResponseEntity.noContent().build();
    }

    /** A unit in the API: where it sits, what it is called, and the version to send back with a change. */
    record UnitResource(long id, String name, String type, @Nullable Long parentId, int depth, long memberCount,
            int version) {

        static UnitResource of(UnitTree.Row row) {
            var unit = row.unit();
            return new UnitResource(unit.id(), unit.name(), unit.type(), unit.parentId(), row.depth(),
                    unit.memberCount(), unit.version());
        }
    }

    /**
     * A partial change. A class rather than a record so that an explicit {@code "parentId": null}
     * (move to the top level) can be told apart from a missing one (stay where it is).
     */
    @Schema(name = "UnitPatch")
    static final class UnitPatch {

        @Size(max = UnitDraft.NAME_MAX)
        private @Nullable String name;
        @Size(max = UnitDraft.TYPE_MAX)
        private @Nullable String type;
        private @Nullable Long parentId;
        private boolean parentIdPresent;
        @NotNull
        private @Nullable Integer version;

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getType() {
            return type;
        }

        public void setType(@Nullable String type) {
            this.type = type;
        }

        @Schema(description = "The new parent; null for the top level; leave out to keep the unit where it is")
        public @Nullable Long getParentId() {
            return parentId;
        }

        public void setParentId(@Nullable Long parentId) {
            this.parentId = parentId;
            this.parentIdPresent = true;
        }

        @Schema(description = "The version of the unit you read", requiredMode = Schema.RequiredMode.REQUIRED)
        public @Nullable Integer getVersion() {
            return version;
        }

        public void setVersion(@Nullable Integer version) {
            this.version = version;
        }

        boolean parentIdPresent() {
            return parentIdPresent;
        }
    }
}
