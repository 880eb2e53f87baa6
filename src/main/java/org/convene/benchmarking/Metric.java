package org.convene.benchmarking;

/**
 * The optional quantitative measure of a dimension, e.g. "lead time" in "days".
 *
 * @param higherIsBetter {@code false} for measures such as lead time or defects, where
 *                       the best performers have the lowest values
 */
record Metric(String name, String unitOfMeasure, boolean higherIsBetter) {
}
