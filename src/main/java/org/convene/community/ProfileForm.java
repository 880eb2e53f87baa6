package org.convene.community;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member's own profile as they edit it, on the page and in the API. On the page the expertise
 * tags are typed comma separated; {@code version} is the one the profile was read at. The unit is
 * not part of it: a unit's members fill in its self-assessment, so conveners decide who belongs
 * where ({@link Assignment}).
 */
record ProfileForm(
        @NotBlank @Size(max = 100) @Nullable String displayName,
        @Size(max = 120) @Nullable String jobRole,
        @NotBlank @Size(max = 60) @Nullable String timeZone,
        @Size(max = 200) @Nullable String languages,
        @Size(max = 20) @Nullable List<String> expertise,
        @Size(max = 1000) @Nullable String bio,
        @NotNull @Nullable Integer version) {

    static ProfileForm of(MemberView member) {
        return new ProfileForm(member.displayName(), member.jobRole(), member.timeZone(),
                member.languages(), member.expertise(), member.bio(), member.version());
    }

    /** The tags joined back for the text input. */
    public String expertiseText() {
        return expertise == null ? "" : String.join(", ", MemberExpertise.normalizeAll(expertise));
    }
}
