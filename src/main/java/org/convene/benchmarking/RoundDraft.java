package org.convene.benchmarking;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A round as a convener opens it; shared by the page form and the API. */
record RoundDraft(@NotNull Long modelId, @NotBlank @Size(max = 120) String name, @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn, @NotNull Visibility visibility, @NotNull @Size(min = 2) List<Long> unitIds) {
}
