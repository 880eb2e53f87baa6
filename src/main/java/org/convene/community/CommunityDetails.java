package org.convene.community;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a convener writes about a community; shared by the page form and the API. */
record CommunityDetails(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 2000) String purpose,
        @Size(max = 4000) @Nullable String groundRules,
        @Size(max = 8) @Nullable List<@NotBlank @Size(max = 60) String> unitTypes) {

    @Override
    public String groundRules() {
        return groundRules == null ? "" : groundRules;
    }

    List<String> unitTypesOrDefault() {
        return unitTypes == null || unitTypes.stream().allMatch(String::isBlank)
                ? Community.DEFAULT_UNIT_TYPES : unitTypes;
    }
}
