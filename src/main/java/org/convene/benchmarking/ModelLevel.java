package org.convene.benchmarking;

/** One step of a practice model's maturity scale: rank 1 is the lowest. */
record ModelLevel(int levelRank, String label) {
}
