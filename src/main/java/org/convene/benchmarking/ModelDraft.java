package org.convene.benchmarking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A practice model as written by a convener: the level labels from lowest to highest, and the
 * dimensions with one descriptor per level. Shared by the page form and the API.
 */
record ModelDraft(@NotBlank @Size(max = 120) String name,
        @NotNull @Size(min = 3, max = 7) List<@NotBlank @Size(max = 60) String> levels,
        @NotNull @Size(min = 1, max = ModelDraft.MAX_DIMENSIONS) List<@Valid DimensionDraft> dimensions) {

    /** The most dimensions a model may have; every report and chart is drawn for 1 to this many. */
    static final int MAX_DIMENSIONS = 40;

    static final List<String> DEFAULT_LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
}
