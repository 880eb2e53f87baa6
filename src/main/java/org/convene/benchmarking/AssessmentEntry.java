package org.convene.benchmarking;

import org.jspecify.annotations.Nullable;

/** A unit's answer for one dimension: the level it recognises itself in, why, and the metric value. */
record AssessmentEntry(@Nullable Integer levelRank, @Nullable String evidence, @Nullable Double metricValue) {

    boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
