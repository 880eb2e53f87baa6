package org.convene.community;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.web.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A person's membership of one community, with the profile they show there. */
class Member {

    @Id
    private @Nullable Long id;
    private long communityId;
    private long accountId;
    private Role role;
    private @Nullable Long unitId;
    private String displayName;
    private @Nullable String jobRole;
    private String timeZone;
    private @Nullable String languages;
    private @Nullable String bio;
    @MappedCollection(idColumn = "member_id")
    private Set<MemberExpertise> expertise = new LinkedHashSet<>();
    private Instant joinedAt;
    @Version
    private @Nullable Integer version;

    Member(long communityId, long accountId, Role role, String displayName, String timeZone, Instant joinedAt) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.role = role;
        this.displayName = displayName.strip();
        this.timeZone = timeZone;
        this.joinedAt = joinedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("member not saved yet");
        }
        return id;
    }

    long communityId() {
        return communityId;
    }

    long accountId() {
        return accountId;
    }

    Role role() {
        return role;
    }

    @Nullable Long unitId() {
        return unitId;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String jobRole() {
        return jobRole;
    }

    String timeZone() {
        return timeZone;
    }

    @Nullable String languages() {
        return languages;
    }

    @Nullable String bio() {
        return bio;
    }

    List<String> expertise() {
        return expertise.stream().map(MemberExpertise::tag).sorted().toList();
    }

    Instant joinedAt() {
        return joinedAt;
    }

    int version() {
        return version == null ? 0 : version;
    }

    void expectVersion(int expected) {
        this.version = expected;
    }

    void editProfile(String displayName, @Nullable String jobRole, String timeZone, @Nullable String languages,
            @Nullable String bio, Collection<String> tags) {
        this.displayName = displayName.strip();
        this.jobRole = blankToNull(jobRole);
        this.timeZone = timeZone;
        this.languages = blankToNull(languages);
        this.bio = blankToNull(bio);
        this.expertise = new LinkedHashSet<>(tags.stream()
                .map(MemberExpertise::normalize)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .map(MemberExpertise::new)
                .toList());
    }

    void assign(Role newRole, @Nullable Long newUnitId) {
        this.role = newRole;
        this.unitId = newUnitId;
    }

    /**
     * Gives the member another role, keeping at least one convener in the community.
     *
     * @param convenersInCommunity how many conveners the community has now, this member included
     * @throws ConflictException when this member is the last convener and would stop being one
     */
    void changeRole(Role newRole, long convenersInCommunity) {
        if (role == Role.CONVENER && newRole != Role.CONVENER && convenersInCommunity <= 1) {
            throw new ConflictException("members.lastConvener");
        }
        this.role = newRole;
    }

    void placeIn(@Nullable Long newUnitId) {
        this.unitId = newUnitId;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
