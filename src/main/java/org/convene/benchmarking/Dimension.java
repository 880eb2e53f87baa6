package org.convene.benchmarking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dimension of practice with its maturity scale.
 *
 * @param descriptors what performance looks like at each level: element 0 describes
 *                    level 1, so there is one descriptor per level of the scale
 * @param metric      the dimension's optional quantitative measure
 */
record Dimension(long id, String name, List<String> descriptors, @Nullable Metric metric) {

    Dimension {
        descriptors = List.copyOf(descriptors);
    }

    Dimension(long id, String name, List<String> descriptors) {
        this(id, name, descriptors, null);
    }

    /** The descriptor of a level 1..L. */
    String descriptor(int level) {
        return descriptors.get(level - 1);
    }

    int levels() {
        return descriptors.size();
    }
}
