package org.convene.benchmarking;

import org.jspecify.annotations.Nullable;

/** A unit's answer for one dimension: the level it recognises itself in, why, and the metric value. */
record AssessmentEntry(@Nullable Integer levelRank, @Nullable String evidence, @Nullable Double metricValue) {

    /** Metric values beyond this (in either direction) are typing mistakes, and would not fit a chart. */
    static final double METRIC_LIMIT = 1e15;

    /** Whether a metric value can be kept: a finite number of sensible size, as every page, CSV and API call asks. */
    static boolean acceptsMetric(double value) {
        return Double.isFinite(value) && Math.abs(value) <= METRIC_LIMIT;
    }

    boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
