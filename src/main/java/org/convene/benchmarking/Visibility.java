package org.convene.benchmarking;

/** Who sees which unit's results in a round; chosen by the convener for the trust the community has. */
public enum Visibility {
    /** Everyone in the community sees unit names. */
    NAMED,
    /** A unit sees itself by name and the others by stable labels such as "Unit C". */
    ANONYMOUS,
    /** Only distributions, and your own unit's rows. */
    AGGREGATE
}
