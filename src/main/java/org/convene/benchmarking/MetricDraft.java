package org.convene.benchmarking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The optional measure of a dimension, e.g. "lead time" in "days", lower is better. */
record MetricDraft(@NotBlank @Size(max = 120) String name, @Size(max = 40) String unit, boolean higherIsBetter) {
}
