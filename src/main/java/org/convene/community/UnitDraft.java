package org.convene.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new unit as a convener describes it, shared by the page form and the API: a name, a type
 * from the community's level names, and the parent ({@code null} for the top level).
 */
record UnitDraft(
        @NotBlank @Size(max = UnitDraft.NAME_MAX) String name,
        @NotBlank @Size(max = UnitDraft.TYPE_MAX) String type,
        @Nullable Long parentId) {

    static final int NAME_MAX = 120;
    static final int TYPE_MAX = 60;
}
