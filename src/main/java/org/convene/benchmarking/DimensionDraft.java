package org.convene.benchmarking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One dimension of a {@link ModelDraft}: element 0 of {@code descriptors} describes level 1. */
record DimensionDraft(@NotBlank @Size(max = 120) String name, @Size(max = 1000) @Nullable String description,
        @NotNull List<@NotBlank @Size(max = 1000) String> descriptors, @Valid @Nullable MetricDraft metric) {
}
