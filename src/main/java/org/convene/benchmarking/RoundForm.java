package org.convene.benchmarking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "open a round" page form. Dates are ISO ({@code 2026-10-01}): the only format an
 * {@code <input type="date">} shows and sends, whatever the page's language.
 */
record RoundForm(@NotNull Long modelId, @NotBlank @Size(max = 120) String name,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, @NotNull Visibility visibility,
        @Nullable List<Long> unitIds) {

    static RoundForm startingOn(LocalDate today, @Nullable Long modelId, List<Long> unitIds) {
        var quarter = (today.getMonthValue() - 1) / 3 + 1;
        return new RoundForm(modelId, today.getYear() + " Q" + quarter, today, today.plusWeeks(3),
                Visibility.ANONYMOUS, new ArrayList<>(unitIds));
    }

    RoundDraft draft() {
        return new RoundDraft(modelId, name, opensOn, closesOn, visibility, unitIds == null ? List.of() : unitIds);
    }
}
