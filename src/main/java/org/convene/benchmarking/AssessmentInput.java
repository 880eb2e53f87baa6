package org.convene.benchmarking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A unit's answers as sent by the page or the API; {@code submit} asks to hand it in. */
record AssessmentInput(@NotNull List<@Valid Entry> entries, boolean submit, @Nullable Integer version) {

    record Entry(@NotNull Long dimensionId, @Nullable Integer level, @Size(max = 2000) @Nullable String evidence,
            @Nullable Double metric) {
    }
}
