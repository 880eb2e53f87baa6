package org.convene.benchmarking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The "open a round" page form. */
record RoundForm(@NotNull Long modelId, @NotBlank @Size(max = 120) String name, @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn, @NotNull Visibility visibility, @Nullable List<Long> unitIds) {

    static RoundForm startingOn(LocalDate today, @Nullable Long modelId, List<Long> unitIds) {
        var quarter = (today.getMonthValue() - 1) / 3 + 1;
        return new RoundForm(modelId, today.getYear() + " Q" + quarter, today, today.plusWeeks(3),
                Visibility.ANONYMOUS, new ArrayList<>(unitIds));
    }

    RoundDraft draft() {
        return new RoundDraft(modelId, name, opensOn, closesOn, visibility, unitIds == null ? List.of() : unitIds);
    }
}
