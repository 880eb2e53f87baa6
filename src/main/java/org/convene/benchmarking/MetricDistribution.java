package org.convene.benchmarking;

/**
 * The spread of a dimension's metric values in a round, oriented so that "top" is always
 * the better end: for a lower-is-better metric the top quartile is the low values.
 *
 * <p>Quartiles interpolate linearly between the two nearest ranks (the method of
 * spreadsheet {@code PERCENTILE.INC}, R's type 7); the median is the 50% point of the
 * same method, so the mean of the two middle values for an even count.
 *
 * @param count          the units that reported a value
 * @param bottomQuartile the boundary of the weakest quarter (the 25th percentile of the
 *                       values when higher is better, the 75th when lower is better)
 * @param topQuartile    the boundary of the strongest quarter
 */
record MetricDistribution(Dimension dimension, Metric metric, int count,
        double bottomQuartile, double median, double topQuartile) {
}
