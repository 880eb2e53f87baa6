package org.convene.benchmarking;

/** A unit taking part in a round, with the stable label others see when the round is anonymous. */
record RoundUnit(long unitId, String label) {
}
