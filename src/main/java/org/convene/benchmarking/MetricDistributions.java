package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The metric distributions of a round, one per dimension that has a metric and values. */
final class MetricDistributions {

    private MetricDistributions() {
    }

    static List<MetricDistribution> of(Assessments assessments) {
        List<MetricDistribution> distributions = new ArrayList<>();
        for (int d = 0; d < assessments.dimensionCount(); d++) {
            Dimension dimension = assessments.dimensions().get(d);
            Metric metric = dimension.metric();
            if (metric == null) {
                continue;
            }
            double[] values = new double[assessments.unitCount()];
            int count = 0;
            for (int u = 0; u < assessments.unitCount(); u++) {
                double value = assessments.metric(u, d);
                if (!Double.isNaN(value)) {
                    values[count++] = value;
                }
            }
            if (count == 0) {
                continue;
            }
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            double low = Quantiles.of(sorted, 0.25);
            double high = Quantiles.of(sorted, 0.75);
            double median = Quantiles.of(sorted, 0.5);
            distributions.add(metric.higherIsBetter()
                    ? new MetricDistribution(dimension, metric, count, low, median, high)
                    : new MetricDistribution(dimension, metric, count, high, median, low));
        }
        return List.copyOf(distributions);
    }
}
